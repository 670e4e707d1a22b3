"""Option and argument types every command shares, and their shell completion.

Choices are never restated here: each option that takes a fixed set of values
reads it from the core constant that defines the set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from hrpath.core.completion import (
    have_candidates,
    matching,
    matching_list_item,
    role_candidates,
    starts,
    typed,
)
from hrpath.core.models import LADDERS, LEVELS, MAX_YEARS

if TYPE_CHECKING:
    from hrpath.core.graph import RoleGraph

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="HRPATH_DATA",
        metavar="PATH",
        help="Data file to use instead of the shipped roles.yaml [env: HRPATH_DATA].",
        show_envvar=False,
    ),
]
# Set in the context's shared meta when the words typed so far can never run.
NOTHING_TO_COMPLETE = "hrpath.nothing_to_complete"

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of text.")]


def _completion_graph(ctx: typer.Context) -> RoleGraph | None:
    """The graph named by the command line so far, or None if it cannot load.

    Completion runs on every key press, so errors are swallowed, not shown.
    """
    from hrpath.datafile.loader import load_graph

    if ctx.meta.get(NOTHING_TO_COMPLETE):
        return None
    data = ctx.params.get("data") or os.environ.get("HRPATH_DATA")
    try:
        return load_graph(Path(data) if data else None)
    except Exception:
        # A traceback here would land in the user's shell prompt.
        return None


def complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids (with titles as help) that start with `incomplete`."""
    graph = _completion_graph(ctx)
    return [] if graph is None else matching(role_candidates(graph), incomplete)


def complete_have(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Vocabulary ids for the last item of a comma-separated `--have` value."""
    graph = _completion_graph(ctx)
    return [] if graph is None else matching_list_item(have_candidates(graph), incomplete)


def complete_choices(choices: Sequence[str]) -> Callable[[str], list[str]]:
    """Completion for an option with fixed choices, ignoring case."""
    return lambda incomplete: [typed(incomplete, choice) for choice in choices if starts(choice, incomplete)]


def complete_track(ctx: typer.Context, incomplete: str) -> list[str]:
    """The data file's tracks that start with `incomplete`, ignoring case."""
    graph = _completion_graph(ctx)
    tracks = sorted({role.track for role in graph or () if role.track})
    return [typed(incomplete, track) for track in tracks if starts(track, incomplete)]


RoleArgument = Annotated[
    str,
    typer.Argument(
        metavar="ROLE",
        help="Role id, title or alias, e.g. 'HR Generalist'.",
        autocompletion=complete_role,
    ),
]
YearsOption = Annotated[
    float,
    typer.Option(
        "--years",
        metavar="N",
        min=0,
        max=MAX_YEARS,
        help="Years of professional HR experience you have (default 0).",
    ),
]
InRoleOption = Annotated[
    float,
    typer.Option(
        "--in-role",
        metavar="N",
        min=0,
        max=MAX_YEARS,
        help="Years you have already spent in the starting role (counts toward the first move; "
        "--years is raised to it).",
    ),
]
HaveOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--have",
        metavar="LIST",
        help="What you have, comma-separated or repeated: education, skills, certifications "
        "(ids, names or aliases, e.g. mba,recruiting,shrm-cp; see `hrpath terms`).",
        autocompletion=complete_have,
    ),
]
LevelOption = Annotated[
    Optional[str],
    typer.Option(
        "--level",
        metavar="LEVEL",
        help=f"Only roles at this level: one of the file's levels (default {', '.join(LEVELS)}; see `hrpath terms`).",
        autocompletion=complete_choices(LEVELS),
    ),
]
FamilyOption = Annotated[
    Optional[str],
    typer.Option("--family", metavar="FAMILY", help="Only roles of this job family (see `hrpath list`)."),
]
LadderOption = Annotated[
    Optional[str],
    typer.Option(
        "--ladder",
        metavar="LADDER",
        help=f"Only roles on this ladder: {', '.join(LADDERS)} (ic and manager include either).",
    ),
]
TrackOption = Annotated[
    Optional[str],
    typer.Option(
        "--track",
        metavar="TRACK",
        help="Only roles on this track, e.g. specialist (the data file's tracks: `hrpath terms`).",
        autocompletion=complete_track,
    ),
]
