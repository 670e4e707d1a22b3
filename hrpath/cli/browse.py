"""Browsing commands: show one role, list them all, list the sources behind them."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

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
from hrpath.core.browse import Listing, RoleProfile, listing, role_profile
from hrpath.render import browse as render


def show(role: RoleArgument, data: DataOption = None, as_json: JsonOption = False) -> None:
    """Show one role: duties, requirements, pay and the moves in and out.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath show chro --json
    """
    run(lambda graph: role_profile(graph, role), data, as_json, RoleProfile.to_dict, render.role_panel)


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
    compute = lambda graph: listing(graph, level, track, family, ladder)  # noqa: E731
    run(compute, data, as_json, Listing.to_dicts, render.roles_table)


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
