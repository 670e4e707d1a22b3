"""Rendered text of `show` and `list`: exact lines, and data strings that look like rich markup.

Driven through the CLI (`hrpath.cli.main.app`), so the renderers' module names may change freely.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

HOSTILE = "Ops [/] Lead [bold red]x[/]"
MARKUP = f"""\
roles:
  - id: ops
    title: "{HOSTILE}"
    level: mid
    summary: "Uses [link=http://x]links[/link]."
    duties: ["[/]"]
    pay: {{median_usd: 140030, year: 2024, source: "BLS OEWS May 2024, 11-3121", estimate: true}}
    next: [{{to: b, years: 1}}, {{to: c, years: 2.5}}]
  - {{id: b, title: "B [i]", level: senior}}
  - {{id: c, title: C, level: senior}}
"""
LADDER = """\
education: [{id: bachelors, label: Bachelor's degree}]
skills: [{id: recruiting, label: Recruiting}]
roles:
  - {id: assistant, title: HR Assistant, level: entry, track: generalist}
  - {id: recruiter, title: Recruiter, level: entry, track: specialist,
     requires: {education: bachelors, skills: [recruiting]}}
  - {id: generalist, title: HR Generalist, level: mid, track: generalist}
  - {id: manager, title: HR Manager, level: senior, track: leadership}
  - {id: director, title: HR Director, level: senior, track: leadership}
"""


@pytest.fixture
def show(runner: CliRunner, write_yaml: Callable[[str], Path]) -> Callable[[str], list[str]]:
    """`hrpath show ROLE` on the MARKUP file at 80 columns: its lines without panel edges, spaces squeezed."""
    data = str(write_yaml(MARKUP))

    def lines(role: str) -> list[str]:
        result = runner.invoke(app, ["show", role, "--data", data], env={"COLUMNS": "80", "NO_COLOR": "1"})
        assert (result.exit_code, result.stderr) == (0, "")
        return [" ".join(line.strip("│ ").split()) for line in result.stdout.splitlines()]

    return lines


def test_titles_that_look_like_markup_print_literally(
    show: Callable[[str], list[str]], runner: CliRunner, write_yaml: Callable[[str], Path]
) -> None:
    panel = show("ops")
    assert panel[0].startswith(f"╭─ {HOSTILE} ─")  # the title's own spaces are single
    assert "Uses [link=http://x]links[/link]." in panel
    assert "• [/]" in panel
    assert "→ B [i] (b) promotion · 1 year" in panel
    listed = runner.invoke(app, ["list", "--data", str(write_yaml(MARKUP))]).stdout.splitlines()
    assert [cell.strip() for cell in listed[2].split("│")] == ["mid", HOSTILE, "ops", ""]


def test_roles_table_groups_by_level(runner: CliRunner, write_yaml: Callable[[str], Path]) -> None:
    result = runner.invoke(app, ["list", "--data", str(write_yaml(LADDER))], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Level", "┃", "Role", "┃", "Id", "┃", "Track"]
    rows = [line.split("│") for line in lines if "│" in line]
    assert [cells[0].strip() for cells in rows] == ["entry", "", "mid", "senior", ""]
    assert [cells[2].strip() for cells in rows] == [
        "assistant",
        "recruiter",
        "generalist",
        "director",
        "manager",
    ]


def test_years_money_and_pay_are_written_out(show: Callable[[str], list[str]]) -> None:
    panel = show("ops")
    assert "→ B [i] (b) promotion · 1 year" in panel  # one year, singular
    assert "→ C (c) promotion · 2.5 years" in panel
    assert "Experience not stated" in panel
    assert "Pay $140,030 median (2024) [estimate]" in panel
    assert "Pay not given" in show("b")
