"""Pictures of the whole graph: the career map on screen, and exports for other tools."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import exit_codes, run
from hrpath.cli.options import (
    DataOption,
    FamilyOption,
    JsonOption,
    LadderOption,
    complete_choices,
    complete_role,
)
from hrpath.core.export import FORMATS
from hrpath.datafile.loader import load_graph

FromOption = Annotated[
    Optional[str],
    typer.Option(
        "--from", metavar="ROLE", help="Only what is reachable from this role.", autocompletion=complete_role
    ),
]


def map_command(
    from_role: FromOption = None,
    family: FamilyOption = None,
    ladder: LadderOption = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Draw the career map: roles by level and track (or family) with the moves out of each.

    With --from, draw only what is reachable from one role, as a tree.

    \b
    Examples:
      hrpath map
      hrpath map --from recruiter
      hrpath map | less
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.career_map import Branch, CareerMap, career_map, reach_tree
    from hrpath.render import career_map as render_map

    if from_role is None:
        compute = partial(career_map, family=family, ladder=ladder)
        run(compute, data, as_json, CareerMap.to_dict, render_map.map_view)
    else:
        run(partial(reach_tree, name=from_role), data, as_json, Branch.to_dict, render_map.reach_view)


def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Output format: {', '.join(FORMATS)}.",
            autocompletion=complete_choices(FORMATS),
        ),
    ] = FORMATS[0],
    from_role: FromOption = None,
    family: FamilyOption = None,
    ladder: LadderOption = None,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
    data: DataOption = None,
) -> None:
    """Export the graph as Mermaid, Graphviz DOT, JSON (nodes and edges) or CSV (one row per move).

    -o never replaces an existing file unless --force is given; a Markdown
    file (.md) gets Mermaid inside a ```mermaid fence.

    \b
    Examples:
      hrpath export --format mermaid > career.mmd
      hrpath export --format dot | dot -Tsvg > career.svg
      hrpath export --format csv --from recruiter
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.cli.streams import encodable_json
    from hrpath.core.export import export_graph, for_file, safe_text
    from hrpath.datafile.atomic import output_path, write_atomic

    with exit_codes():
        text = safe_text(export_graph(load_graph(data), fmt, from_role, family, ladder), fmt)
        if output is not None:
            target = output_path(output)
            write_atomic(target, for_file(text, fmt, target.suffix) + "\n", overwrite=force)
    if output is None:
        # Machine output: plain print, so rich never wraps or styles it.
        print(encodable_json(text) if fmt.casefold() == "json" else text)


def register(app: typer.Typer) -> None:
    """Add `map` and `export` to the app."""
    app.command("map")(map_command)
    app.command()(export)
