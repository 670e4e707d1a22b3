"""CLI tests for `hrpath gaps`: text lines, the JSON contract and exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

ENV = {"COLUMNS": "80", "NO_COLOR": "1"}
ROLE_KEYS = {"id", "title", "level", "track", "ready", "score", "missing"}
MISSING_KEYS = {"education", "experience_years", "skills", "certifications"}

CERTIFIED = """\
education:
  - {id: high-school, label: High school diploma}
  - {id: bachelors, label: Bachelor's degree, aliases: [ba]}
  - {id: masters, label: Master's degree, aliases: [mba]}
skills:
  - {id: payroll, label: Payroll}
certifications:
  - {id: phr, label: Professional in Human Resources, aliases: [PHR], body: HRCI,
     eligibility: {masters: 1, bachelors: 2, high-school: 4}}
  - {id: sphr, label: Senior Professional in Human Resources, aliases: [SPHR], body: HRCI,
     eligibility: {masters: 4, bachelors: 5}, satisfies: [phr]}
  - {id: hrip, label: HR Information Professional, body: IHRIM}
roles:
  - id: clerk
    title: Clerk
    level: entry
  - id: ops-lead
    title: "Ops [/] Lead"
    level: mid
    requires: {education: bachelors, experience_years: 2, skills: [payroll], certifications: [phr, sphr, hrip]}
"""


def flat(out: str) -> str:
    """Panel text with borders and line wraps removed, for phrases that may wrap."""
    return " ".join(line.strip("│ ") for line in out.splitlines())


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["gaps", *args], env=ENV)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def certified(write_yaml: Callable[[str], Path]) -> str:
    return str(write_yaml(CERTIFIED))


def test_design_example_text(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "--have", "mba,recruiting")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "You have: Master's degree · 0 years of HR experience · Recruiting"
    assert lines[1].startswith("Readiness: the share of a role's requirements you meet")
    recruiter = next(line for line in lines if line.startswith("Recruiter "))
    assert "40% │ Communication; Negotiation;" in recruiter
    assert "Bachelor" not in recruiter  # the MBA meets the education


def test_design_example_json(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--have", "mba,recruiting", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"have", "roles"}
    assert data["have"] == {
        "education": "masters",
        "experience_years": 0.0,
        "skills": ["recruiting"],
        "certifications": [],
    }
    assert len(data["roles"]) == 27
    assert all(set(role) == ROLE_KEYS and set(role["missing"]) == MISSING_KEYS for role in data["roles"])
    recruiter = next(role for role in data["roles"] if role["id"] == "recruiter")
    assert recruiter["missing"] == {
        "education": None,
        "experience_years": 0,
        "skills": ["communication", "negotiation", "active-listening"],
        "certifications": [],
    }
    assert recruiter["score"] == 0.4 and recruiter["ready"] is False
    scores = [(not role["ready"], -role["score"]) for role in data["roles"]]
    assert scores == sorted(scores)


def test_target_text_explains_each_gap(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--have", "bachelors,shrm-cp", "--years", "3", "--target", "HR Manager")
    assert code == 0
    assert "│ hr-manager · senior · leadership · readiness 27%" in out
    assert "│   • Experience: 2 more years of HR experience (you have 3 of 5 years)" in out
    assert "│   • Bachelor's degree " in out
    assert "│   • No certification required " in out
    assert out.rstrip().endswith("Add --role CURRENT to see the route from the role you hold.")


def test_target_certifications_with_eligibility(runner: CliRunner, certified: str) -> None:
    code, out, _ = invoke(runner, "--have", "ba", "--years", "1", "--target", "ops lead", "--data", certified)
    assert code == 0
    assert "╭─ Gaps for Ops [/] Lead ─" in out  # a data string, never markup
    assert (
        "Certification: Professional in Human Resources (HRCI): eligible in 1 year "
        "(needs 2 years of HR experience with a Bachelor's degree)"
    ) in flat(out)
    assert "HR Information Professional (IHRIM): eligibility not recorded in the data file" in flat(out)
    assert "Skills to build" in out and "Payroll" in out


def test_target_json(runner: CliRunner, certified: str) -> None:
    code, out, _ = invoke(
        runner, "--have", "mba", "--years", "1", "--target", "ops-lead", "--data", certified, "--json"
    )
    target = json.loads(out)["target"]
    assert code == 0
    assert target["id"] == "ops-lead" and target["route"] is None
    assert target["missing"] == {
        "education": None,
        "experience_years": 1.0,
        "skills": ["payroll"],
        "certifications": ["phr", "sphr", "hrip"],
    }
    assert target["certifications"] == [
        {"id": "phr", "eligible_now": True, "years_to_eligible": 0},
        {"id": "sphr", "eligible_now": False, "years_to_eligible": 3.0},
        {"id": "hrip", "eligible_now": False, "years_to_eligible": None},
    ]


def test_a_degree_first_when_no_rule_applies(runner: CliRunner, certified: str) -> None:
    _, out, _ = invoke(
        runner, "--have", "high-school", "--years", "9", "--target", "ops-lead", "--data", certified
    )
    expected = (
        "Senior Professional in Human Resources (HRCI): not eligible yet: needs a Bachelor's degree first"
    )
    assert expected in flat(out)


def test_role_counts_as_had_and_is_ready(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["have"]["education"] == "bachelors"
    assert data["have"]["skills"] == ["active-listening", "communication", "negotiation", "recruiting"]
    recruiter = next(role for role in data["roles"] if role["id"] == "recruiter")
    assert recruiter["ready"] is True and recruiter["score"] == 1


def test_role_and_target_text(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--target", "HR Director")
    assert code == 0
    assert "You hold Recruiter: its requirements count as had." in out
    assert "│   • Experience: 5 more years of HR experience (you have 0 of 5 years)" in out
    lines = out.splitlines()
    start = lines.index("Best route from Recruiter: 2 moves, 8 years, pay +$67,120 (2024)")
    assert lines[start + 1] == "├── Recruiter → Talent Acquisition Manager"
    assert lines[start + 3] == "│   needs: 1 more year, People management, Workforce planning"
    assert lines[start + 4] == "└── Talent Acquisition Manager → HR Director"


def test_role_and_target_json_has_the_route(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--target", "HR Director", "--json")
    route = json.loads(out)["target"]["route"]
    assert code == 0
    assert route["roles"] == ["recruiter", "talent-acquisition-manager", "hr-director"]
    assert route["steps"][0]["gap"]["experience_years"] == 1


def test_no_route_says_why(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "chro", "--target", "HR Assistant")
    assert code == 0  # the gap is still an answer
    assert "No route shown: no route from Chief Human Resources Officer to HR Assistant" in flat(out)
    data = json.loads(invoke(runner, "--role", "chro", "--target", "HR Assistant", "--json")[1])
    assert data["target"]["route"] is None


def test_filters_and_limit(runner: CliRunner) -> None:
    code, out, _ = invoke(
        runner, "--have", "ba", "--level", "senior", "--track", "leadership", "--limit", "2"
    )
    assert code == 0
    assert out.splitlines()[-1] == "Showing the 2 closest of 7 roles."
    data = json.loads(invoke(runner, "--level", "executive", "--json")[1])
    assert {role["id"] for role in data["roles"]} == {"vp-hr", "chro"}


def test_nothing_given_ranks_for_a_beginner(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--limit", "1")
    assert code == 0
    assert out.splitlines()[0] == "You have: no degree given · 0 years of HR experience"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--have", "mba,recruting"],
            "error: unknown qualification 'recruting'; did you mean 'recruiting (skill)'",
        ),
        (
            ["--have", "shrm"],
            "error: qualification 'shrm' is ambiguous; it matches 'shrm-cp (certification)' or 'shrm-scp (certification)'",
        ),
        (["--target", "benefits"], "error: role 'benefits' is ambiguous"),
        (["--role", "recruter"], "error: unknown role 'recruter'; did you mean 'Recruiter'"),
        (
            ["--track", "sales"],
            "error: --track must be one of generalist, leadership, specialist, not 'sales'",
        ),
    ],
)
def test_bad_names_exit_2_with_suggestions_on_stderr(
    runner: CliRunner, args: list[str], message: str
) -> None:
    code, out, err = invoke(runner, *args)
    assert (code, out) == (2, "")
    assert err.replace("\n", " ").startswith(message)


@pytest.mark.parametrize("args", [["--years", "-1"], ["--limit", "0"], ["--level", "boss"]])
def test_bad_option_values_exit_2(runner: CliRunner, args: list[str]) -> None:
    code, out, _ = invoke(runner, *args)
    assert (code, out) == (2, "")


def test_nan_years_exit_2(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "--years", "nan")
    assert (code, out) == (2, "")
    assert err.startswith("error: years of experience must be a number 0 or more")


def test_help_explains_readiness(runner: CliRunner) -> None:
    result = runner.invoke(app, ["gaps", "--help"], env=ENV)
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Readiness is the share of a role's requirements you meet" in text
    assert "hrpath gaps --have mba,recruiting" in text
