"""Browsing commands: show one role, list them all, list the sources behind them."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from hrpath.cli.answers import list_roles, show_role
from hrpath.cli.boundary import run
from hrpath.cli.options import (
    DataOption,
    FamilyOption,
    JsonOption,
    LadderOption,
    LevelOption,
    RoleArgument,
    TrackOption,
)


def show(role: RoleArgument, data: DataOption = None, as_json: JsonOption = False) -> None:
    """Show one role: duties, requirements, pay and the moves in and out.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath show chro --json
    """
    show_role(role, data, as_json)


def list_command(
    level: LevelOption = None,
    track: TrackOption = None,
    family: FamilyOption = None,
    ladder: LadderOption = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """List every role by level, lowest first (the file's own levels when it declares them).

    \b
    Examples:
      hrpath list
      hrpath list --level senior --track leadership
      hrpath list --family recruiting --ladder manager
      hrpath list --json
    """
    list_roles(level, track, family, ladder, data, as_json)


def sources(
    source_id: Annotated[
        Optional[str], typer.Argument(metavar="[ID]", help="Only this source, e.g. OEWS24.")
    ] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the sources the data cites: title, publisher, year, URL and the roles citing each.

    \b
    Examples:
      hrpath sources
      hrpath sources OEWS24
      hrpath sources --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.sources import SourceList, list_sources
    from hrpath.render.sources import sources_view

    run(lambda graph: list_sources(graph, source_id), data, as_json, SourceList.to_dict, sources_view)


def register(app: typer.Typer) -> None:
    """Add `show`, `list` and `sources` to the app."""
    app.command()(show)
    app.command("list")(list_command)
    app.command()(sources)
