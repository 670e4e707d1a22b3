"""The `hrpath route` and `hrpath next` commands: how to get there, and where to go next."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import exit_codes, lazy_renderer, run
from hrpath.cli.options import DataOption, HaveOption, JsonOption, RoleArgument, YearsOption, complete_role
from hrpath.core.qualifications import split_tokens
from hrpath.core.route.search import BY, MAX_ALTERNATIVES
from hrpath.errors import BadInput

FromArgument = Annotated[
    Optional[str],
    typer.Argument(metavar="[FROM]", help="Starting role: id, title or alias.", autocompletion=complete_role),
]
ToArgument = Annotated[
    Optional[str],
    typer.Argument(metavar="[TO]", help="Target role: id, title or alias.", autocompletion=complete_role),
]
ByOption = Annotated[
    str,
    typer.Option(
        "--by", metavar="|".join(BY), help="Best route by fewest typical years, or by fewest moves."
    ),
]
AlternativesOption = Annotated[
    Optional[int],
    typer.Option(
        "--alternatives",
        metavar="N",
        help=f"Show the N best routes, best first (default 3, at most {MAX_ALTERNATIVES}).",
    ),
]
ViaOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--via",
        metavar="ROLE",
        help="Pass through this role (repeatable, in order).",
        autocompletion=complete_role,
    ),
]
AvoidOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--avoid", metavar="ROLE", help="Never pass this role (repeatable).", autocompletion=complete_role
    ),
]
PromotionsOption = Annotated[
    bool, typer.Option("--promotions-only", help="Use promotions only, no lateral moves.")
]
IntoOption = Annotated[
    Optional[str],
    typer.Option(
        "--to",
        metavar="ROLE",
        help="Without FROM: list every role that leads to ROLE, nearest first.",
        autocompletion=complete_role,
    ),
]
PathsOption = Annotated[
    bool,
    typer.Option(
        "--paths",
        help="With --to and --json: give each role's whole route (`roles`), not just its next role.",
    ),
]


def route(
    from_role: FromArgument = None,
    to_role: ToArgument = None,
    by: ByOption = BY[0],
    alternatives: AlternativesOption = None,
    via: ViaOption = None,
    avoid: AvoidOption = None,
    promotions_only: PromotionsOption = False,
    into: IntoOption = None,
    have: HaveOption = None,
    years: YearsOption = 0,
    paths: PathsOption = False,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Plan the route from FROM to TO: each move with its years, pay change and gap.

    The best route has the fewest typical years in all (--by steps: fewest
    moves); ties go to fewer moves, then to role ids. Alternatives are the next
    best routes that visit no role twice. Each move's gap is what the next role
    requires beyond what you have (--have, --years) and what every role held
    so far on the route requires. Experience starts at the larger of --years and
    what FROM requires, and grows by each move's typical years.

    \b
    Examples:
      hrpath route recruiter "HR Director"
      hrpath route "HR Assistant" CHRO --alternatives 2 --have bachelors
      hrpath route "HR Generalist" CHRO --via "HR Business Partner" --avoid "HR Manager"
      hrpath route --to "HR Director"
      hrpath route recruiter "HR Director" --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.route.results import Feeders, RoutePlan
    from hrpath.core.route.routes import feeders_into, route_plan

    with exit_codes():
        source, target = _ends(from_role, to_role, into, alternatives, via, have, years)
        if paths and source is not None:
            raise BadInput("--paths applies only to --to ROLE")
    if source is None:
        into_role = partial(
            feeders_into,
            target=target,
            by=by,
            avoid=avoid or (),
            promotions_only=promotions_only,
            paths=paths,
        )
        run(into_role, data, as_json, Feeders.to_dict, lazy_renderer("hrpath.render.route", "feeders_view"))
        return
    plan = partial(
        route_plan,
        source=source,
        target=target,
        tokens=split_tokens(have),
        years=years,
        by=by,
        alternatives=3 if alternatives is None else alternatives,
        via=via or (),
        avoid=avoid or (),
        promotions_only=promotions_only,
    )
    run(plan, data, as_json, RoutePlan.to_dict, lazy_renderer("hrpath.render.route", "route_plan_view"))


def _ends(
    from_role: str | None,
    to_role: str | None,
    into: str | None,
    alternatives: int | None,
    via: list[str] | None,
    have: str | None,
    years: float,
) -> tuple[str | None, str]:
    """(FROM, TO), or (None, ROLE) for `--to ROLE`; BadInput for a mix that makes no sense."""
    if into is None:
        if from_role is None or to_role is None:
            raise BadInput("give FROM and TO (e.g. hrpath route recruiter 'HR Director'), or --to ROLE alone")
        return from_role, to_role
    if from_role is not None:
        raise BadInput("give either FROM TO, or --to ROLE alone (to list what leads to ROLE), not both")
    given = {"--alternatives": alternatives, "--via": via, "--have": have, "--years": years}
    unused = [name for name, value in given.items() if value]
    if unused:
        verb = "applies" if len(unused) == 1 else "apply"
        raise BadInput(
            f"--to ROLE lists every role that leads there; {', '.join(unused)} {verb} only to FROM TO"
        )
    return None, into


def next_command(
    role: RoleArgument,
    have: HaveOption = None,
    years: YearsOption = 0,
    data: DataOption = None,
    as_json: JsonOption = False,
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
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.route.results import NextMoves
    from hrpath.core.route.routes import next_moves

    run(
        lambda graph: next_moves(graph, role, tokens=split_tokens(have), years=years),
        data,
        as_json,
        NextMoves.to_dict,
        lazy_renderer("hrpath.render.route", "next_view"),
    )


def register(app: typer.Typer) -> None:
    """Add `route` and `next` to the app."""
    app.command()(route)
    app.command("next")(next_command)
