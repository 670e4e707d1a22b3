"""CLI tests for `hrpath gaps`: text lines, the JSON contract and exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

ENV = {"COLUMNS": "80", "NO_COLOR": "1"}
ROLE_KEYS = {
    "id",
    "title",
    "level",
    "track",
    "ready",
    "eligible",
    "score",
    "missing",
    "helpful_missing",
    "close",
}
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
    assert lines[1].startswith("Eligible: you meet the role's education, experience and required")
    recruiter = next(line for line in lines if line.startswith("Recruiter "))
    assert "│ yes      │   50% │ Communication; Active" in recruiter
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
        "skills": ["communication", "active-listening"],
        "certifications": [],
    }
    assert recruiter["score"] == 0.5 and recruiter["ready"] is False and recruiter["eligible"] is True
    assert recruiter["helpful_missing"] == ["negotiation", "aphr", "shrm-cp", "phr"]
    assert [c["item"] for c in recruiter["close"]] == ["communication", "active-listening"] + recruiter[
        "helpful_missing"
    ]
    eligible = [not role["eligible"] for role in data["roles"]]
    assert eligible == sorted(eligible)


def test_target_text_explains_each_gap(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--have", "bachelors,shrm-cp", "--years", "3", "--target", "HR Manager")
    assert code == 0
    assert "│ hr-manager · senior · leadership · not eligible yet · readiness 27%" in out
    assert "│   • Experience: 2 more years of HR experience (you have 3 of 5 years); time " in out
    assert "Strategic planning: no role in this framework builds it" in flat(out)
    assert "Would help (not required)" in out
    assert "│   • Bachelor's degree " in out
    assert "│   • No certification required " in out
    assert out.rstrip().endswith("Add --role CURRENT to see the route from the role you hold.")


def test_target_certifications_with_eligibility(runner: CliRunner, certified: str) -> None:
    code, out, _ = invoke(runner, "--have", "ba", "--years", "1", "--target", "ops lead", "--data", certified)
    assert code == 0
    assert "╭─ Gaps for Ops [/] Lead ─" in out  # a data string, never markup
    assert (
        "Professional in Human Resources: awarded by HRCI; eligible in 1 year "
        "(needs 2 years of HR experience with a Bachelor's degree)"
    ) in flat(out)
    assert "HR Information Professional: awarded by IHRIM; eligibility not recorded in the data file" in flat(
        out
    )
    assert "Payroll: no role in this framework builds it" in flat(out)


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
    code, out, err = invoke(
        runner, "--have", "high-school", "--years", "9", "--target", "ops-lead", "--data", certified
    )
    assert (code, err) == (0, "")
    expected = "Senior Professional in Human Resources: awarded by HRCI; needs a Bachelor's degree first"
    assert expected in flat(out)


def test_role_counts_as_had_and_is_ready(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["have"]["education"] == "bachelors"
    assert data["have"]["skills"] == ["active-listening", "communication", "recruiting"]
    recruiter = next(role for role in data["roles"] if role["id"] == "recruiter")
    assert recruiter["ready"] is True and recruiter["score"] == 1


def test_role_and_target_text(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--target", "HR Director")
    assert code == 0
    assert "You hold Recruiter: its requirements count as had." in out
    assert "│   • Experience: 8 more years of HR experience (you have 0 of 8 years)" in out
    lines = out.splitlines()
    start = lines.index("Best route from Recruiter: 2 moves, 9 years (estimate), pay +$134,090 (2024, ")
    assert lines[start + 1 : start + 6] == [
        "estimate)",
        "├── Recruiter → Talent Acquisition Manager",
        "│   promotion · 5 years · pay +$84,160 (2024, estimate)",
        "│   needs: People management, Workforce planning",
        "└── Talent Acquisition Manager → HR Director",
    ]


def test_role_and_target_json_has_the_route(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "--role", "recruiter", "--target", "HR Director", "--json")
    route = json.loads(out)["target"]["route"]
    assert code == 0
    assert route["roles"] == ["recruiter", "talent-acquisition-manager", "hr-director"]
    assert route["steps"][0]["gap"]["experience_years"] == 0


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
    code, out, err = invoke(runner, "--limit", "1")
    assert (code, err) == (0, "")
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "You have: no degree given · 0 years of HR experience"
    assert lines[-4:] == [
        "HR Associate │ entry │ no       │    0% │ High school diploma; 1 more year; HR",
        "             │       │          │       │ records and administration; Onboarding",
        "             │       │          │       │ and orientation; Communication",
        "Showing the 1 closest of 27 roles.",
    ]


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


def test_level_is_checked_by_the_core_in_one_line(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "--level", "boss")
    assert (code, out) == (2, "")
    assert err == "error: --level must be one of entry, mid, senior, executive, not 'boss'\n"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--years", "-1"], "error: invalid value for '--years': -1.0 is not in the range 0<=x<=100"),
        (["--limit", "0"], "error: invalid value for '--limit': 0 is not in the range x>=1"),
    ],
)
def test_bad_option_values_exit_2(runner: CliRunner, args: list[str], error: str) -> None:
    code, out, err = invoke(runner, *args)
    assert (code, out) == (2, "")
    assert err == f"{error} (see `hrpath gaps --help`)\n"


def test_nan_years_exit_2(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "--years", "nan")
    assert (code, out) == (2, "")
    assert err.startswith("error: years of experience must be a number 0 or more")


def test_help_explains_readiness(runner: CliRunner) -> None:
    result = runner.invoke(app, ["gaps", "--help"], env=ENV)
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Readiness is the share of gates and essential skills you meet" in text
    assert "Roles are ranked eligible first, then by the share of essential skills you hold" in text
    assert "hrpath gaps --have mba,recruiting" in text


def test_a_role_not_ready_never_shows_100_percent(
    runner: CliRunner, write_yaml: Callable[[str], Path]
) -> None:
    # 9.99 of 10 years scores 0.999, which rounds to 100: the table must still say 99%.
    lead = write_yaml(
        "roles:\n  - {id: lead, title: Lead, level: senior, requires: {experience_years: 10}}\n"
    )
    code, out, err = invoke(runner, "--data", str(lead), "--years", "9.99")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].split() == [
        "Lead",
        "│",
        "senior",
        "│",
        "no",
        "│",
        "99%",
        "│",
        "0.01",
        "more",
        "years",
    ]
    code, out, err = invoke(runner, "--data", str(lead), "--years", "10")
    assert out.splitlines()[-1].split() == [
        "Lead",
        "│",
        "senior",
        "│",
        "yes",
        "│",
        "100%",
        "│",
        "nothing:",
        "ready",
        "now",
    ]
    role = json.loads(invoke(runner, "--data", str(lead), "--years", "9.99", "--json")[1])["roles"][0]
    assert (role["ready"], role["score"]) == (False, 0.999)
