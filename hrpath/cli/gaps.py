"""The `hrpath gaps` command: what fits you now, and what a target role still needs."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import exit_codes, run
from hrpath.cli.options import (
    DataOption,
    HaveOption,
    InRoleOption,
    JsonOption,
    LevelOption,
    TrackOption,
    YearsOption,
    complete_role,
)
from hrpath.cli.profile import NoProfileOption, with_profile
from hrpath.core.text import split_tokens

CurrentOption = Annotated[
    Optional[str],
    typer.Option(
        "--role",
        metavar="CURRENT",
        help="The role you hold: its requirements count as had.",
        autocompletion=complete_role,
    ),
]
TargetOption = Annotated[
    Optional[str],
    typer.Option(
        "--target",
        metavar="ROLE",
        help="Detail this role: each missing item and how to close it (with --role: the route).",
        autocompletion=complete_role,
    ),
]


def gaps(
    ctx: typer.Context,
    have: HaveOption = None,
    years: YearsOption = 0,
    in_role: InRoleOption = 0,
    role: CurrentOption = None,
    target: TargetOption = None,
    level: LevelOption = None,
    track: TrackOption = None,
    limit: Annotated[
        Optional[int], typer.Option(metavar="N", min=1, help="Show the N closest roles.")
    ] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
    no_profile: NoProfileOption = False,
) -> None:
    """Rank roles by how ready you are for them, or show what one role still needs.

    Eligible: you meet the role's gates (its education, years of experience
    and required certifications). Ready: eligible and holding every essential
    skill. Readiness is the share of gates and essential skills you meet: the
    education, each required certification and each essential skill count one
    item each, experience counts in part (3 of 5 years = 0.6 of an item); 100%
    means ready now. Helpful items (skills or certifications that help but are
    not required) never change readiness. Roles are ranked eligible first, then
    by the share of essential skills you hold, then by the share of helpful
    items you hold, then lowest level first, then by readiness. Matching is
    level-aware: a master's meets a bachelor's requirement, a senior credential
    covers the junior one (SPHR covers PHR). With nothing given, roles are
    ranked for someone just starting out: entry roles first. --target says how
    to close each missing and helpful item.

    \b
    Examples:
      hrpath gaps --have mba,recruiting
      hrpath gaps --have bachelors,shrm-cp --years 3 --target "HR Manager"
      hrpath gaps --role recruiter --target "HR Director"
      hrpath gaps --have bachelors --years 2 --level mid --limit 5 --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.gaps.report import GapsReport, gaps_report
    from hrpath.render.gaps import gaps_view

    with exit_codes():
        mine = with_profile(ctx, no_profile, {name: name for name in ("have", "years", "role", "in_role")})
    run(
        partial(
            gaps_report,
            tokens=split_tokens(mine["have"]),
            years=mine["years"],
            in_role=mine["in_role"],
            current=mine["role"],
            target=target,
            level=level,
            track=track,
            limit=limit,
        ),
        data,
        as_json,
        GapsReport.to_dict,
        gaps_view,
    )


def register(app: typer.Typer) -> None:
    """Add the gaps command to the app."""
    app.command()(gaps)
