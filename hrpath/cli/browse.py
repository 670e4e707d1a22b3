"""Commands for browsing the graph: show, list and validate."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from hrpath.cli.common import (
    DataOption,
    JsonOption,
    RoleArgument,
    exit_codes,
    print_json,
    run,
    stdout_console,
)
from hrpath.core.browse import RoleProfile, list_roles, list_to_dicts, role_profile
from hrpath.datafile.loader import build_graph, check_file, default_data_path
from hrpath.errors import ExitCode, Problem
from hrpath.render import browse as render


class Level(StrEnum):
    """Role levels, lowest first."""

    entry = "entry"
    mid = "mid"
    senior = "senior"
    executive = "executive"


def show(role: RoleArgument, data: DataOption = None, as_json: JsonOption = False) -> None:
    """Show one role: duties, requirements, pay and the moves in and out.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath show chro --json
    """
    run(lambda graph: role_profile(graph, role), data, as_json, RoleProfile.to_dict, render.role_panel)


def list_command(
    level: Annotated[Optional[Level], typer.Option(help="Only roles at this level.")] = None,
    track: Annotated[Optional[str], typer.Option(help="Only roles on this track, e.g. specialist.")] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """List every role by level, entry first.

    \b
    Examples:
      hrpath list
      hrpath list --level senior --track leadership
      hrpath list --json
    """
    level_value = level.value if level else None
    run(lambda graph: list_roles(graph, level_value, track), data, as_json, list_to_dicts, render.roles_table)


def validate(
    path: Annotated[
        Optional[Path],
        typer.Argument(
            metavar="[PATH]",
            help="Data file to check (default: --data, HRPATH_DATA, or the shipped file).",
            dir_okay=False,
        ),
    ] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check a data file and report every problem, each with its line and role.

    Exits 0 when the file is valid and 2 when it is not.

    \b
    Examples:
      hrpath validate company.yaml
      hrpath validate --json
      HRPATH_DATA=company.yaml hrpath validate
    """
    with exit_codes():
        target = path or data or default_data_path()
        document, problems = check_file(target)
        roles = None if problems else len(build_graph(document))
    if as_json:
        print_json(_validation_dict(target, problems))
    else:
        console = stdout_console()
        for problem in problems:
            console.print(Text(str(problem)), soft_wrap=True)
        console.print(render.validation_report(str(target), problems, roles))
    if problems:
        raise typer.Exit(int(ExitCode.BAD_INPUT))


def _validation_dict(path: Path, problems: list[Problem]) -> dict[str, object]:
    return {
        "file": str(path),
        "valid": not problems,
        "problems": [{"line": p.line, "role": p.role, "message": p.message} for p in problems],
    }


def register(app: typer.Typer) -> None:
    """Add the browsing commands to the app."""
    app.command()(show)
    app.command("list")(list_command)
    app.command()(validate)
