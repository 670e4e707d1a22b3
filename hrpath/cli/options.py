"""Option and argument types every command shares, and their shell completion.

Choices are never restated here: each option that takes a fixed set of values
reads it from the core constant that defines the set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from hrpath.cli.complete import completion_graph, have_items, role_items
from hrpath.core.models import LEVELS, MAX_YEARS

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="HRPATH_DATA",
        metavar="PATH",
        help="Data file to use instead of the shipped roles.yaml [env: HRPATH_DATA].",
        show_envvar=False,
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of text.")]


def complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids (with titles as help) that start with `incomplete`.

    Only ids: the shell keeps candidates that start with the typed word, so a
    title match offering an id would be dropped anyway.
    """
    graph = completion_graph(ctx.params.get("data"), os.environ)
    return [] if graph is None else role_items(graph, incomplete)


def complete_have(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Vocabulary ids for the last item of a comma-separated `--have` value."""
    graph = completion_graph(ctx.params.get("data"), os.environ)
    return [] if graph is None else have_items(graph, incomplete)


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
HaveOption = Annotated[
    Optional[str],
    typer.Option(
        "--have",
        metavar="LIST",
        help="What you have, comma-separated: education, skills, certifications "
        "(ids, names or aliases, e.g. mba,recruiting,shrm-cp).",
        autocompletion=complete_have,
    ),
]
LevelOption = Annotated[
    Optional[str],
    typer.Option("--level", metavar="LEVEL", help=f"Only roles at this level: {', '.join(LEVELS)}."),
]
TrackOption = Annotated[
    Optional[str],
    typer.Option(
        "--track", metavar="TRACK", help="Only roles on this track, e.g. specialist (see `hrpath list`)."
    ),
]
