"""What every command shares: option types, the error boundary and output.

The only place that prints and the only place that turns exceptions into
exit codes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from hrpath.core.graph import RoleGraph
from hrpath.datafile.loader import load_graph
from hrpath.errors import ExitCode, HrpathError

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


def _completion_graph(ctx: typer.Context) -> RoleGraph | None:
    """The graph named by the command line so far, or None if it cannot load.

    Completion runs on every key press, so errors are swallowed, not shown.
    """
    data = ctx.params.get("data") or os.environ.get("HRPATH_DATA")
    try:
        return load_graph(Path(data) if data else None)
    except Exception:
        # A traceback here would land in the user's shell prompt.
        return None


def complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids (with titles as help) that start with `incomplete`.

    Only ids: the shell keeps candidates that start with the typed word, so a
    title match offering an id would be dropped anyway.
    """
    graph = _completion_graph(ctx)
    if graph is None:
        return []
    wanted = incomplete.casefold()
    return [(role.id, role.title) for role in graph if role.id.startswith(wanted)]


def complete_have(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Vocabulary ids for the last item of a comma-separated `--have` value."""
    graph = _completion_graph(ctx)
    if graph is None:
        return []
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    terms = [*graph.education, *graph.skills.values()]
    labelled = [(term.id, term.label) for term in terms]
    labelled += [(cert.id, cert.label) for cert in graph.certifications.values()]
    return [(prefix + item_id, label) for item_id, label in labelled if item_id.startswith(last.casefold())]


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
        max=100,
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


def stdout_console() -> Console:
    """A console on stdout; rich turns colour off when piped or under NO_COLOR."""
    return Console(soft_wrap=False)


def stderr_console() -> Console:
    """A console on stderr for messages that are not the answer."""
    return Console(stderr=True)


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print one error line on stderr and exit with `code`."""
    stderr_console().print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True)
    raise typer.Exit(int(code))


@contextmanager
def exit_codes() -> Iterator[None]:
    """The error boundary: HrpathError -> one stderr line and its exit code."""
    try:
        yield
    except HrpathError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", ExitCode.INTERRUPTED)


def print_json(value: Any) -> None:
    """Write JSON on stdout with plain print: rich would wrap long strings."""
    print(json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False))


def emit(
    result: Any, as_json: bool, to_json: Callable[[Any], Any], render: Callable[[Any], RenderableType]
) -> None:
    """Print a result as JSON or as the renderable its renderer builds."""
    if as_json:
        print_json(to_json(result))
    else:
        stdout_console().print(render(result))


def run(
    compute: Callable[[RoleGraph], Any],
    data: Path | None,
    as_json: bool,
    to_json: Callable[[Any], Any],
    render: Callable[[Any], RenderableType],
) -> None:
    """Load the graph, compute one answer and emit it, inside the error boundary."""
    with exit_codes():
        result = compute(load_graph(data))
        emit(result, as_json, to_json, render)
