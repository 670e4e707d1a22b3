"""Browsing commands: show one role, list them all."""

from __future__ import annotations

import typer

from hrpath.cli.boundary import lazy_renderer, run
from hrpath.cli.options import DataOption, JsonOption, LevelOption, RoleArgument, TrackOption


def show(role: RoleArgument, data: DataOption = None, as_json: JsonOption = False) -> None:
    """Show one role: duties, requirements, pay and the moves in and out.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath show chro --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.browse import RoleProfile, role_profile

    panel = lazy_renderer("hrpath.render.browse", "role_panel")
    run(lambda graph: role_profile(graph, role), data, as_json, RoleProfile.to_dict, panel)


def list_command(
    level: LevelOption = None,
    track: TrackOption = None,
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
    from hrpath.core.browse import list_roles, list_to_dicts

    table = lazy_renderer("hrpath.render.browse", "roles_table")
    run(lambda graph: list_roles(graph, level, track), data, as_json, list_to_dicts, table)


def register(app: typer.Typer) -> None:
    """Add `show` and `list` to the app."""
    app.command()(show)
    app.command("list")(list_command)
