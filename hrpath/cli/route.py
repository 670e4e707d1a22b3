"""The `hrpath route` command: how to get there."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Optional

import typer

from hrpath.cli.answers import route_between
from hrpath.cli.boundary import exit_codes, run
from hrpath.cli.options import (
    DataOption,
    HaveOption,
    InRoleOption,
    JsonOption,
    YearsOption,
    complete_choices,
    complete_role,
)
from hrpath.cli.profile import NoProfileOption, with_profile
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
        "--by",
        metavar="|".join(BY),
        help="Best route by fewest typical years, or by fewest moves.",
        autocompletion=complete_choices(BY),
    ),
]
AlternativesOption = Annotated[
    Optional[int],
    typer.Option(
        "--alternatives",
        metavar="N",
        help=f"Show N more routes after the best one (default 2, at most {MAX_ALTERNATIVES}).",
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
    ctx: typer.Context,
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
    in_role: InRoleOption = 0,
    paths: PathsOption = False,
    data: DataOption = None,
    as_json: JsonOption = False,
    no_profile: NoProfileOption = False,
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
    from hrpath.core.route.feeders import Feeders, feeders_answer
    from hrpath.render import route as render_route

    with exit_codes():
        if into is None:
            # One role given: the route from the role in your profile to it.
            one = to_role is None and from_role is not None
            fields = {"have": "have", "years": "years", "in_role": "in_role"} | (
                {"role": "saved"} if one else {}
            )
            mine = with_profile(ctx, no_profile, fields)
            have, years, in_role = mine["have"], mine["years"], mine["in_role"]
            if mine.get("saved"):
                from_role, to_role = mine["saved"], from_role
        source, target = _ends(from_role, to_role, into, alternatives, via, have, years + in_role)
        if paths and source is not None:
            raise BadInput("--paths applies only to --to ROLE")
    if source is None:
        into_role = partial(
            feeders_answer,
            target=target,
            by=by,
            avoid=avoid or (),
            promotions_only=promotions_only,
            paths=paths,
        )
        run(
            into_role,
            data,
            as_json,
            Feeders.to_dict,
            render_route.feeders_view,
            lambda found: found.no_feeder,
        )
        return
    route_between(
        source,
        target,
        have=have,
        years=years,
        in_role=in_role,
        by=by,
        alternatives=alternatives,
        via=via,
        avoid=avoid,
        promotions_only=promotions_only,
        data=data,
        as_json=as_json,
    )


def _ends(
    from_role: str | None,
    to_role: str | None,
    into: str | None,
    alternatives: int | None,
    via: list[str] | None,
    have: list[str] | None,
    years: float,
) -> tuple[str | None, str]:
    """(FROM, TO), or (None, ROLE) for `--to ROLE`; BadInput for a mix that makes no sense."""
    if into is None:
        if from_role is None or to_role is None:
            raise BadInput("give FROM and TO (e.g. hrpath route recruiter 'HR Director'), or --to ROLE alone")
        return from_role, to_role
    if from_role is not None:
        raise BadInput("give either FROM TO, or --to ROLE alone (to list what leads to ROLE), not both")
    given = {
        "--alternatives": alternatives is not None,
        "--via": via,
        "--have": have,
        "--years/--in-role": years,
    }
    unused = [name for name, value in given.items() if value]
    if unused:
        verb = "applies" if len(unused) == 1 else "apply"
        raise BadInput(
            f"--to ROLE lists every role that leads there; {', '.join(unused)} {verb} only to FROM TO"
        )
    return None, into


def register(app: typer.Typer) -> None:
    """Add `route` to the app."""
    app.command()(route)
