"""CLI tests for `hrpath route` and `hrpath next`: lines, JSON contracts, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

ENV = {"COLUMNS": "80", "NO_COLOR": "1"}
GAP_KEYS = {"education", "experience_years", "skills", "certifications"}
STEP_KEYS = {"from", "to", "kind", "years", "years_stated", "years_estimate", "gap", "pay_change"}

ODD = """\
roles:
  - id: clerk
    title: Clerk
    level: entry
    pay: {median_usd: 40000, year: 2024}
    next: [{to: ops-lead, years: 2}]
  - id: ops-lead
    title: "Ops [/] Lead"
    level: mid
    pay: {median_usd: 39000, year: 2023}
"""


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


def test_route_ladder(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "route", "recruiter", "HR director")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Recruiter to HR Director, fewest typical years"
    assert lines[3:9] == [
        "Best route: 2 moves, 9 years (estimate), pay +$134,090 (2024, estimate)",
        "├── Recruiter → Talent Acquisition Manager",
        "│   promotion · 5 years · pay +$84,160 (2024, estimate)",
        "│   needs: People management, Workforce planning",
        "└── Talent Acquisition Manager → HR Director",
        "    promotion · 4 years (estimate) · pay +$49,930 (2024, estimate)",
    ]
    assert "Alternative 1: 3 moves, 9 years (estimate), pay +$134,090 (2024, estimate)" in lines
    assert "Alternative 2: 3 moves, 11 years (estimate), pay +$134,090 (2024, estimate)" in lines
    assert "Alternative 3" not in out


def test_route_gaps_are_personal_with_have(runner: CliRunner) -> None:
    args = ("route", "recruiter", "HR Director", "--have", "bachelors,people-management", "--years", "2")
    code, out, _ = invoke(runner, *args, "--alternatives", "1")
    assert code == 0
    assert (
        "Gaps count what you have (Bachelor's degree, People management, 2 years of experience) plus what earlier roles require."
        in " ".join(out.split())
    )
    # 2 years + 4 in the role cover the 5 the manager role needs; people management is had
    assert "│   needs: Workforce planning" in out.splitlines()


def test_route_json_contract(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "route", "HR Assistant", "CHRO", "--alternatives", "1", "--json")
    assert (code, err) == (0, "")
    answer = json.loads(out)
    assert (answer["from"], answer["to"], answer["by"]) == ("hr-assistant", "chro", "years")
    assert [route["years"] for route in answer["routes"]] == [14, 14]
    route = answer["routes"][0]
    assert route["roles"] == [
        "hr-assistant",
        "benefits-specialist",
        "benefits-manager",
        "hr-director",
        "chro",
    ]
    assert all(set(step) == STEP_KEYS and set(step["gap"]) == GAP_KEYS for step in route["steps"])
    assert route["steps"][0]["gap"]["education"] == "bachelors"
    assert route["pay_change"] == {
        "from_usd": 49440,
        "to_usd": 206420,
        "change_usd": 156980,
        "from_year": 2024,
        "to_year": 2024,
        "estimate": True,
        "currency": "USD",
    }


def test_route_by_steps_and_filters(runner: CliRunner) -> None:
    args = ("route", "hr-generalist", "hr-director", "--by", "steps", "--avoid", "hr-manager", "--json")
    answer = json.loads(invoke(runner, *args, "--via", "hr-business-partner", "--alternatives", "1")[1])
    assert answer["by"] == "steps"
    assert answer["routes"][0]["roles"] == [
        "hr-generalist",
        "hr-business-partner",
        "hr-director",
    ]


def test_route_into(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "route", "--to", "HR Manager")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Roles that lead to HR Manager, nearest first"
    assert [cell.strip() for cell in lines[4].split("│")] == ["Personnel Manager", "2", "1", "(direct)"]
    answer = json.loads(invoke(runner, "route", "--to", "HR Manager", "--json")[1])
    assert answer["to"] == "hr-manager"
    assert answer["feeders"][0] == {"from": "personnel-manager", "years": 2, "moves": 1, "next": "hr-manager"}
    with_paths = json.loads(invoke(runner, "route", "--to", "HR Manager", "--json", "--paths")[1])
    assert with_paths["feeders"][0] == {**answer["feeders"][0], "roles": ["personnel-manager", "hr-manager"]}
    assert [feeder["from"] for feeder in with_paths["feeders"]] == [f["from"] for f in answer["feeders"]]


def test_paths_only_with_to(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "route", "recruiter", "HR Manager", "--paths")
    assert (code, out) == (2, "")
    assert err == "error: --paths applies only to --to ROLE\n"


def test_next_moves(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "next", "HR Generalist", "--have", "bachelors,recruiting")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:4] == [
        "Moves out of HR Generalist, closest first",
        "├── → Benefits Specialist",
        "│   lateral · 2 years (estimate) · pay +$4,110 (2024)",
        "│   needs: Communication",
    ]
    answer = json.loads(invoke(runner, "next", "HR Generalist", "--json")[1])
    assert answer["from"] == "hr-generalist"
    assert [move["to"] for move in answer["moves"]][-1] == "hr-manager"
    assert set(answer["moves"][0]) == STEP_KEYS - {"from"} | {"remaining_years"}


def test_one_role_route(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "route", "chro", "CHRO")
    assert code == 0
    assert "Best route: 0 moves, 0 years; you are already Chief Human Resources Officer" in out
    assert json.loads(invoke(runner, "route", "chro", "chro", "--json")[1])["routes"] == [
        {
            "roles": ["chro"],
            "years": 0,
            "years_estimate": False,
            "remaining_years": 0,
            "steps": [],
            "pay_change": {
                "from_usd": 206420,
                "to_usd": 206420,
                "change_usd": 0,
                "from_year": 2024,
                "to_year": 2024,
                "estimate": True,
                "currency": "USD",
            },
        }
    ]


def test_titles_print_literally(runner: CliRunner, write_yaml: Callable[[str], Path]) -> None:
    data = str(write_yaml(ODD))
    code, out, _ = invoke(runner, "route", "clerk", "ops-lead", "--data", data)
    assert code == 0
    assert "├── Clerk → Ops [/] Lead" not in out  # a single step is the last branch
    assert "└── Clerk → Ops [/] Lead" in out.splitlines()
    assert "    promotion · 2 years · pay -$1,000 (2024 → 2023)" in out.splitlines()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        # unknown role, with a suggestion
        (
            ["route", "recruiter", "HR Directr"],
            2,
            "error: unknown role 'HR Directr'; did you mean 'HR Director'",
        ),
        # nothing leads out of the top role
        (["route", "chro", "hr-assistant"], 1, "nothing leads out of Chief Human Resources Officer"),
        # --avoid removes every way
        (
            ["route", "recruiter", "chro", "--avoid", "hr-director"],
            1,
            "--avoid HR Director removes every way",
        ),
        # more alternatives than the cap
        (
            ["route", "recruiter", "chro", "--alternatives", "51"],
            2,
            "--alternatives must be from 0 to 50, not 51",
        ),
        # typer rejects an unknown measure
        (["route", "recruiter", "chro", "--by", "fast"], 2, "--by must be one of years, steps, not 'fast'"),
        # avoiding where the route starts
        (
            ["route", "recruiter", "chro", "--avoid", "recruiter"],
            2,
            "cannot --avoid Recruiter: the route starts there",
        ),
        # neither FROM TO nor --to
        (["route"], 2, "give FROM and TO"),
        # FROM without TO
        (["route", "recruiter"], 2, "give FROM and TO"),
        # FROM and --to together
        (["route", "recruiter", "--to", "chro"], 2, "give either FROM TO, or --to ROLE alone"),
        # options that only make sense for FROM TO
        (["route", "--to", "chro", "--via", "hr-manager"], 2, "--via applies only to FROM TO"),
        # nothing leads into an entry role
        (["route", "--to", "hr-assistant"], 1, "error: nothing leads into HR Assistant"),
        # a bad --have token
        (["route", "recruiter", "chro", "--have", "wizardry"], 2, "unknown qualification 'wizardry'"),
        # next from the top of the graph
        (["next", "chro"], 1, "error: nothing leads out of Chief Human Resources Officer in this data"),
        # next with an ambiguous name
        (["next", "benefits"], 2, "error: role 'benefits' is ambiguous"),
    ],
)
def test_exit_codes(runner: CliRunner, args: list[str], code: int, message: str) -> None:
    got, out, err = invoke(runner, *args)
    assert got == code
    assert out == ""
    assert message in " ".join(err.split())
