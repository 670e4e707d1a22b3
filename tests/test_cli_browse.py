"""CLI tests for show, list, validate and the global options."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath import __version__
from hrpath.cli.main import app

ROOT = Path(__file__).resolve().parent.parent

SMALL = str(Path(__file__).parent / "data" / "small.yaml")
BROKEN = str(Path(__file__).parent / "data" / "broken.yaml")
SHOW_KEYS = {"id", "title", "aliases", "level", "track", "onet", "family", "ladder", "extends", "inherits", "summary",
             "duties", "requires", "pay", "next", "feeders", "sources", "source_urls"}  # fmt: skip


def test_show_json_follows_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "HR Generalist", "--json"])
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    assert set(profile) == SHOW_KEYS
    assert profile["id"] == "hr-generalist" and profile["level"] == "mid"
    assert set(profile["requires"]) == {
        "education", "experience_years", "experience_max", "skills", "certifications", "other", "skill_levels",
        "any_of", "source", "estimate", "helpful", "note",
    }  # fmt: skip
    assert profile["requires"]["helpful"] == ["performance-management", "shrm-cp", "phr"]
    assert profile["pay"]["median_usd"] == 72910 and profile["pay"]["year"] == 2024
    assert all(set(move) == {"to", "kind", "years", "years_stated", "estimate"} for move in profile["next"])
    assert all(
        set(move) == {"from", "kind", "years", "years_stated", "estimate"} for move in profile["feeders"]
    )
    assert all(set(source) >= {"id", "title", "url"} for source in profile["sources"])
    assert profile["onet"] == "13-1071.00"
    assert {"to": "hr-manager", "kind": "promotion"}.items() <= next(
        m for m in profile["next"] if m["to"] == "hr-manager"
    ).items()
    assert result.stderr == ""


def test_show_text_panel_has_the_facts(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "hr generalist"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("╭─ HR Generalist ")
    assert "│ hr-generalist · mid · generalist · O*NET 13-1071.00" in lines[1]
    assert any("$72,910 median (2024)" in line for line in lines)
    assert any(
        re.search(r"→ HR Manager \(hr-manager\) +promotion · 5 years \(estimate\)", line) for line in lines
    )
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_show_small_file_with_data_option(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "partner", "--data", SMALL, "--json"])
    profile = json.loads(result.stdout)
    assert profile["next"] == [
        {"to": "lead", "kind": "promotion", "years": 3, "years_stated": True, "estimate": False}
    ]
    assert profile["feeders"] == [
        {"from": "associate", "kind": "promotion", "years": 2, "years_stated": True, "estimate": False}
    ]
    assert profile["pay"] is None


def test_hrpath_data_environment_variable(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--json"], env={"HRPATH_DATA": SMALL})
    assert [role["id"] for role in json.loads(result.stdout)] == ["associate", "partner", "lead"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # ambiguous: exit 2 with the candidates
        (["show", "benefits"], "error: role 'benefits' is ambiguous; it matches 'Benefits Manager'"),
        # unknown: exit 2 with did-you-mean
        (["show", "HR Generalst"], "error: unknown role 'HR Generalst'; did you mean 'HR Generalist'"),
        # unknown track: exit 2 with the tracks
        (
            ["list", "--track", "generalst"],
            "error: --track must be one of generalist, leadership, specialist, not 'generalst' "
            "(did you mean 'generalist'?)",
        ),
        # an invalid data file on a query command: the first problem and a count
        (["show", "lead", "--data", BROKEN], f"(and 3 more problems; run `hrpath validate {BROKEN}`)"),
        # a missing data file
        (["list", "--data", "no-such.yaml"], "no-such.yaml: cannot read the file: No such file or directory"),
    ],
)
def test_bad_input_exits_2_with_one_line_on_stderr(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_option_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--level", "boss"])
    assert result.exit_code == 2
    assert result.stderr == "error: --level must be one of entry, mid, senior, executive, not 'boss'\n"


def test_list_filters_and_orders_by_level(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--track", "leadership", "--json"])
    roles = json.loads(result.stdout)
    assert {role["track"] for role in roles} == {"leadership"}
    levels = [role["level"] for role in roles]
    assert levels == sorted(levels, key=["entry", "mid", "senior", "executive"].index)
    assert set(roles[0]) == {"id", "title", "level", "track", "family", "ladder"}


def test_list_with_no_match_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--level", "executive", "--data", SMALL])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: no role has level 'executive'\n"


def test_validate_lists_every_problem_and_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", BROKEN])
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{BROKEN}: 4 problems found"
    assert (
        lines[0]
        == f"{BROKEN}:7: role 'coordinator': next.to: unknown role 'partnr' (did you mean 'partner'?)"
    )


def test_validate_json_and_valid_file(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    result = runner.invoke(app, ["validate", SMALL, "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"file": SMALL, "valid": True, "problems": [], "warnings": []}
    bad = write_yaml("roles:\n  - {id: a, title: A, level: top}\n")
    report = json.loads(runner.invoke(app, ["validate", str(bad), "--json"]).stdout)
    assert report["valid"] is False
    assert report["problems"] == [
        {
            "line": 2,
            "role": "a",
            "message": "roles[0].level: 'top' is not one of entry, mid, senior, executive",
        }
    ]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"hrpath {__version__}\n"


def test_every_command_has_help_with_examples(runner: CliRunner) -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Examples:" in result.stdout, name


def test_no_arguments_shows_help_grouped_like_the_docs_and_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, [], env={"COLUMNS": "80"})
    assert (result.exit_code, result.stdout) == (2, "")
    lines = result.stderr.splitlines()
    assert lines[0] == "Usage: hrpath [OPTIONS] COMMAND [ARGS]..."
    assert "Commands:" not in lines
    groups = {}
    for index, line in enumerate(lines):
        if line.endswith(".md):"):
            listed = lines[index + 1 :]
            groups[line] = [row.split()[0] for row in listed[: listed.index("")]]
    assert groups == {
        "Browse (docs/browse.md):": ["show", "list", "sources"],
        "Routes (docs/route.md):": ["route", "next", "plan"],
        "Gaps (docs/gaps.md):": ["gaps"],
        "Pictures (docs/pictures.md):": ["map", "compare", "export"],
        "Your own framework (docs/framework.md):": ["init", "validate", "schema"],
        "Discover (docs/discover.md):": ["search", "terms", "profile"],
    }
    for heading in groups:
        assert (ROOT / heading.split("(")[1].split(")")[0]).is_file(), heading


def test_every_command_help_ends_with_its_docs_page(runner: CliRunner) -> None:
    import typer.main

    group = typer.main.get_command(app)
    commands = [[name] for name in group.commands]  # type: ignore[attr-defined]
    commands += [["profile", name] for name in ("set", "show", "clear")]
    assert len(commands) == 19
    for command in commands:
        result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
        last = result.stdout.rstrip("\n").splitlines()[-1].strip()
        assert result.exit_code == 0 and last.startswith("Docs: docs/"), command
        assert (ROOT / last.removeprefix("Docs: ")).is_file(), command
    route_help = runner.invoke(app, ["route", "--help"]).stdout
    assert route_help.rstrip().endswith("Docs: docs/route.md")


def test_python_dash_m_runs_and_keeps_json_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hrpath", "show", "chro", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "Chief Human Resources Officer"
    assert done.stderr == ""


def test_validate_uses_hrpath_data_when_no_path_is_given(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate"], env={"HRPATH_DATA": BROKEN})
    assert result.exit_code == 2
    assert result.stdout.splitlines()[-1] == f"{BROKEN}: 4 problems found"
