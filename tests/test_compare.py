"""`hrpath compare`: profiles side by side and level-aware differences."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.compare import compare_roles
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Certification, Pay, Requirements, Role, Term
from hrpath.errors import BadInput


@pytest.fixture
def credentials() -> RoleGraph:
    """Two roles whose requirements overlap through education order and certifications."""
    return RoleGraph(
        [
            Role(
                "senior",
                "Senior Partner",
                "senior",
                requires=Requirements("masters", 5, ("recruiting", "payroll"), ("sphr",)),
                pay=Pay(120000, 2024),
            ),
            Role(
                "partner",
                "Partner",
                "mid",
                requires=Requirements("bachelors", 2, ("recruiting",), ("phr",)),
                pay=Pay(80000, 2023),
            ),
        ],
        education=[Term("bachelors", "Bachelor's degree"), Term("masters", "Master's degree")],
        skills=[Term("recruiting", "Recruiting"), Term("payroll", "Payroll")],
        certifications=[Certification("phr", "PHR"), Certification("sphr", "SPHR", satisfies=("phr",))],
    )


def test_differences_are_level_aware(credentials: RoleGraph) -> None:
    comparison = compare_roles(credentials, "senior partner", "partner")
    differences = comparison.to_dict()["differences"]
    assert differences["only_a_requires"] == {
        "education": "masters",
        "experience_years": 3,
        "skills": ["payroll"],
        "certifications": ["sphr"],
    }
    # A master's covers a bachelor's and SPHR satisfies PHR: B asks nothing more.
    assert differences["only_b_requires"] == {
        "education": None,
        "experience_years": 0,
        "skills": [],
        "certifications": [],
    }
    assert differences["education"] == {"a": "masters", "b": "bachelors", "higher": "a"}
    assert differences["level"] == {"a": "senior", "b": "mid", "higher": "a"}
    assert differences["pay"]["a_minus_b_usd"] == 40000
    assert (differences["pay"]["a_year"], differences["pay"]["b_year"]) == (2024, 2023)


def test_moves_split_into_shared_and_own(ladder: RoleGraph) -> None:
    comparison = compare_roles(ladder, "HR Assistant", "Recruiter")
    moves = comparison.to_dict()["differences"]["moves"]
    assert moves["next"] == {"shared": ["generalist"], "only_a": [], "only_b": []}
    assert moves["a_to_b"] is None and moves["b_to_a"] is None
    direct = compare_roles(ladder, "recruiter", "generalist").to_dict()["differences"]["moves"]
    assert direct["a_to_b"] == {"kind": "lateral", "years": 1, "estimate": False}
    assert direct["feeders"] == {"shared": [], "only_a": [], "only_b": ["assistant", "recruiter"]}


def test_no_education_counts_as_lowest(ladder: RoleGraph) -> None:
    differences = compare_roles(ladder, "assistant", "recruiter").to_dict()["differences"]
    assert differences["education"] == {"a": None, "b": "bachelors", "higher": "b"}
    assert differences["only_b_requires"]["education"] == "bachelors"
    assert differences["pay"]["a_minus_b_usd"] is None


def test_the_same_role_twice_is_bad_input(ladder: RoleGraph) -> None:
    with pytest.raises(BadInput, match="are both 'HR Generalist'"):
        compare_roles(ladder, "generalist", "Human Resources Generalist")


def test_json_has_both_profiles_and_the_differences(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "HR Generalist", "HR Specialist", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"a", "b", "differences"}
    assert (data["a"]["id"], data["b"]["id"]) == ("hr-generalist", "hr-specialist")
    assert data["differences"]["only_b_requires"]["skills"] == ["hris", "communication"]
    assert data["differences"]["moves"]["b_to_a"] == {"kind": "lateral", "years": 2, "estimate": True}


def test_text_puts_the_roles_side_by_side(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "HR Generalist", "HR Specialist"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("┃")[1:] == [" HR Generalist".ljust(32), " HR Specialist".ljust(31)]
    only = next(i for i, line in enumerate(lines) if line.startswith("Only this one"))
    assert "Employee relations" in lines[only] and "HR information systems" in lines[only]
    assert "Pay: the same median, $72,910 (figures from 2024)." in lines
    assert "HR Specialist ⇢ HR Generalist: lateral · 2 years (estimate)." in lines
    assert max(len(line) for line in lines) <= 80
    assert "\x1b" not in result.stdout


def test_unknown_or_same_role_exit_2(runner: CliRunner) -> None:
    unknown = runner.invoke(app, ["compare", "HR Generalist", "astronaut"])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("error: unknown role 'astronaut'")
    same = runner.invoke(app, ["compare", "chro", "CHRO"])
    assert same.exit_code == 2
    assert same.stdout == ""
