"""The `hrpath next` command: where to go next from a role, or everywhere it leads (--all)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import emit, exit_codes, print_json
from hrpath.cli.options import DataOption, HaveOption, InRoleOption, JsonOption, YearsOption, complete_role
from hrpath.cli.profile import NoProfileOption, with_profile
from hrpath.core.qualifications import split_tokens
from hrpath.datafile.loader import load_graph
from hrpath.errors import BadInput, NoAnswer


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
    from hrpath.core.route.results import NextMoves
    from hrpath.core.route.routes import next_moves
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
            if not found.routes:
                if as_json:
                    print_json(found.to_dict())
                raise NoAnswer(f"nothing leads out of {found.labels.roles[found.origin]} in this data")
            emit(found, as_json, Reach.to_dict, render_route.reach_view)
            return
        answer = next_moves(graph, mine["role"], tokens=tokens, years=mine["years"], in_role=mine["in_role"])
        if not answer.moves:
            if as_json:
                print_json(answer.to_dict())
            raise NoAnswer(f"nothing leads out of {answer.labels.roles[answer.origin]} in this data")
        emit(answer, as_json, NextMoves.to_dict, render_route.next_view)


def register(app: typer.Typer) -> None:
    """Add `next` to the app."""
    app.command("next")(next_command)
