"""The `hrpath next` command: where to go next from a role, or everywhere it leads (--all)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import emit_answer, exit_codes
from hrpath.cli.options import DataOption, HaveOption, InRoleOption, JsonOption, YearsOption, complete_role
from hrpath.cli.profile import NoProfileOption, with_profile
from hrpath.core.text import split_tokens
from hrpath.datafile.loader import load_graph
from hrpath.errors import BadInput


def next_command(
    ctx: typer.Context,
    role: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[ROLE]",
            help="Role id, title or alias (default: the role in your profile).",
            autocompletion=complete_role,
        ),
    ] = None,
    have: HaveOption = None,
    years: YearsOption = 0,
    in_role: InRoleOption = 0,
    data: DataOption = None,
    as_json: JsonOption = False,
    no_profile: NoProfileOption = False,
    every: Annotated[
        bool, typer.Option("--all", help="Every role reachable from ROLE: best route, years and pay change.")
    ] = False,
) -> None:
    """Show the moves out of ROLE, closest first: years, pay change and what is missing.

    Closest first: fewest missing items (education, each skill and
    certification, and experience as one item), then fewest missing years,
    then fewest typical years. Missing experience counts the move's typical
    years as gained in ROLE.

    \b
    Examples:
      hrpath next "HR Generalist"
      hrpath next "HR Generalist" --have bachelors,recruiting --years 2
      hrpath next recruiter --json
      hrpath next recruiter --all
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.route.next_moves import NextMoves, next_moves
    from hrpath.render import route as render_route

    with exit_codes():
        mine = with_profile(
            ctx, no_profile, {"have": "have", "years": "years", "in_role": "in_role", "role": "role"}
        )
        if mine["role"] is None:
            raise BadInput("give ROLE, or save one with `hrpath profile set --role ROLE`")
        graph = load_graph(data)
        tokens = split_tokens(mine["have"])
        if every:
            from hrpath.core.route.reach import Reach, reach

            found = reach(graph, mine["role"], tokens=tokens, years=mine["years"], in_role=mine["in_role"])
            empty = None if found.routes else _nothing_out(found.labels.roles[found.origin])
            emit_answer(found, empty, as_json, Reach.to_dict, render_route.reach_view)
            return
        answer = next_moves(graph, mine["role"], tokens=tokens, years=mine["years"], in_role=mine["in_role"])
        empty = None if answer.moves else _nothing_out(answer.labels.roles[answer.origin])
        emit_answer(answer, empty, as_json, NextMoves.to_dict, render_route.next_view)


def _nothing_out(title: str) -> str:
    return f"nothing leads out of {title} in this data"


def register(app: typer.Typer) -> None:
    """Add `next` to the app."""
    app.command("next")(next_command)
