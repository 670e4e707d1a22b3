"""The error boundary and the output: the only place that prints and that
turns exceptions into exit codes.

rich is imported only when something is rendered: `--json` answers never load it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from hrpath.datafile.loader import load_graph
from hrpath.errors import ExitCode, HrpathError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from hrpath.core.graph import RoleGraph

Answer = TypeVar("Answer")


def stdout_console() -> Console:
    """A console on stdout; rich turns colour off when piped or under NO_COLOR."""
    from rich.console import Console

    return Console(soft_wrap=False)


def stderr_console() -> Console:
    """A console on stderr for messages that are not the answer."""
    from rich.console import Console

    return Console(stderr=True)


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print one error line on stderr and exit with `code`."""
    from rich.text import Text

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


# Above this size JSON is printed on one line: indenting makes Python use its pure-Python
# encoder, 10x slower (seconds for a 20,000-move route); parsers see no difference.
PRETTY_LIMIT = 1_000_000


def print_json(value: Any) -> None:
    """Write JSON on stdout with plain print (rich would wrap long strings), indented unless huge."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    if len(text) < PRETTY_LIMIT:
        text = json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)
    print(text)


def emit(
    result: Answer,
    as_json: bool,
    to_json: Callable[[Answer], Any],
    render: Callable[[Answer], RenderableType],
) -> None:
    """Print a result as JSON or as the renderable its renderer builds."""
    if as_json:
        print_json(to_json(result))
    else:
        from rich.text import Text

        renderable = render(result)
        # A bare Text is a list of lines meant to be copied (file:line problems):
        # the terminal may fold it, rich must not cut it into pieces.
        stdout_console().print(renderable, soft_wrap=isinstance(renderable, Text))


def lazy_renderer(module: str, name: str) -> Callable[[Any], RenderableType]:
    """A renderer imported on first call: a `--json` answer never imports rich or the renderers."""

    def render(result: Any) -> RenderableType:
        import importlib

        function: Callable[[Any], RenderableType] = getattr(importlib.import_module(module), name)
        return function(result)

    return render


def run(
    compute: Callable[[RoleGraph], Answer],
    data: Path | None,
    as_json: bool,
    to_json: Callable[[Answer], Any],
    render: Callable[[Answer], RenderableType],
) -> None:
    """Load the graph, compute one answer and emit it, inside the error boundary."""
    with exit_codes():
        result = compute(load_graph(data))
        emit(result, as_json, to_json, render)
