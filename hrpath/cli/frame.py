"""Commands for pictures and your own framework: map, compare, export, init and schema."""

from __future__ import annotations

import shlex
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from hrpath.cli.common import (
    DataOption,
    JsonOption,
    complete_role,
    exit_codes,
    print_json,
    run,
    stdout_console,
)
from hrpath.datafile.loader import load_graph


class Format(StrEnum):
    """Export formats."""

    mermaid = "mermaid"
    dot = "dot"
    json = "json"
    csv = "csv"


FromOption = Annotated[
    Optional[str],
    typer.Option(
        "--from", metavar="ROLE", help="Only what is reachable from this role.", autocompletion=complete_role
    ),
]


RoleA = Annotated[
    str, typer.Argument(metavar="A", help="First role: id, title or alias.", autocompletion=complete_role)
]
RoleB = Annotated[
    str, typer.Argument(metavar="B", help="Second role: id, title or alias.", autocompletion=complete_role)
]


def map_command(from_role: FromOption = None, data: DataOption = None, as_json: JsonOption = False) -> None:
    """Draw the career map: roles by level and track with the moves out of each.

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
        run(career_map, data, as_json, CareerMap.to_dict, render_map.map_view)
    else:
        run(lambda graph: reach_tree(graph, from_role), data, as_json, Branch.to_dict, render_map.reach_view)


def compare(
    role_a: RoleA,
    role_b: RoleB,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two roles side by side, and say what one requires that the other does not.

    \b
    Examples:
      hrpath compare "HR Generalist" "HR Specialist"
      hrpath compare recruiter "talent acquisition manager" --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.compare import Comparison, compare_roles
    from hrpath.render import compare as render_compare

    run(
        lambda graph: compare_roles(graph, role_a, role_b),
        data,
        as_json,
        Comparison.to_dict,
        render_compare.comparison_view,
    )


def export(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.mermaid,
    from_role: FromOption = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output", "-o", metavar="FILE", dir_okay=False, help="Write to FILE instead of stdout."
        ),
    ] = None,
    data: DataOption = None,
) -> None:
    """Export the graph as Mermaid, Graphviz DOT, JSON (nodes and edges) or CSV (one row per move).

    \b
    Examples:
      hrpath export --format mermaid > career.mmd
      hrpath export --format dot | dot -Tsvg > career.svg
      hrpath export --format csv --from recruiter
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.export import export_graph
    from hrpath.datafile.atomic import write_atomic

    with exit_codes():
        text = export_graph(load_graph(data), fmt.value, from_role)
        if output is not None:
            write_atomic(output, text + "\n", overwrite=True)
    if output is None:
        # Machine output: plain print, so rich never wraps or styles it.
        print(text)


def init(
    path: Annotated[Path, typer.Argument(metavar="PATH", dir_okay=False, help="File to create.")],
    from_default: Annotated[
        bool, typer.Option("--from-default", help="Write a copy of the shipped graph instead of the starter.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
) -> None:
    """Start your own framework: write a small, commented data file that validates as it is.

    Never overwrites an existing file unless --force is given.

    \b
    Examples:
      hrpath init company.yaml
      hrpath init company.yaml --from-default --force
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.datafile.starter import init_file

    with exit_codes():
        written = init_file(path, from_default, force)
    stdout_console().print(
        Text(f"wrote {written}; check it with: hrpath validate {shlex.quote(str(written))}"),
        soft_wrap=True,
        highlight=False,
    )


def schema() -> None:
    """Print the JSON Schema of the data file, for editors and other checkers.

    \b
    Examples:
      hrpath schema > hrpath.schema.json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.datafile.json_schema import data_file_schema

    print_json(data_file_schema())


def register(app: typer.Typer) -> None:
    """Add the map, compare, export, init and schema commands to the app."""
    app.command("map")(map_command)
    app.command()(compare)
    app.command()(export)
    app.command()(init)
    app.command()(schema)
