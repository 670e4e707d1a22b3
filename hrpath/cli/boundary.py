"""The error boundary and the output: the only place that prints and that
turns exceptions into exit codes.

It imports neither typer nor rich: a `--json` answer never loads rich, and the
fast path in `main` answers without typer. An exit is a plain SystemExit, which
typer (click) passes through and `main` turns into the process's exit code.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from hrpath.cli.json_dump import dumps_shared
from hrpath.cli.streams import encodable_json
from hrpath.core.text import json_safe
from hrpath.datafile.loader import keyed_bytes, load_graph
from hrpath.errors import ExitCode, HrpathError, NoAnswer

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, RenderableType

    from hrpath.core.graph import RoleGraph

Answer = TypeVar("Answer")


def stdout_console() -> Console:
    """A console on stdout; rich turns colour off when piped or under NO_COLOR."""
    from hrpath.cli.console import safe_console

    return safe_console(soft_wrap=False)


def stderr_console() -> Console:
    """A console on stderr for messages that are not the answer."""
    from hrpath.cli.console import safe_console

    return safe_console(stderr=True)


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print one error line on stderr and exit with `code`."""
    from rich.text import Text

    stderr_console().print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True)
    raise SystemExit(int(code))


@contextmanager
def exit_codes() -> Iterator[None]:
    """The error boundary: HrpathError -> one stderr line and its exit code."""
    try:
        yield
    except HrpathError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", ExitCode.INTERRUPTED)


# Answers this long print on one line: indenting forces Python's pure-Python encoder,
# about 0.2 s a megabyte (nobody reads 6,000 indented lines; jq indents them again).
PRETTY_LIMIT = 256 * 1024


def print_json(value: Any) -> str:
    """Write JSON on stdout with plain print (rich would wrap long strings); returns the
    text before any escaping for stdout's encoding."""
    text = json_text(value)
    print(encodable_json(text))
    return text


def dumps_json(value: Any) -> str:
    """JSON text safe for any terminal and encoding: control characters and
    whatever stdout cannot encode are written as \\uXXXX escapes.
    """
    return encodable_json(json_text(value))


def json_text(value: Any) -> str:
    """JSON text with every control character escaped (`json_safe`), pretty when short."""
    try:
        return json_safe(_dumped(value))
    except RecursionError:
        # Deep answers (the reach tree of a long chain) are bounded by the core;
        # give the encoders the room they need, and lay them out by the same rule.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20_000))
        try:
            return json_safe(_dumped(value))
        finally:
            sys.setrecursionlimit(limit)


def _dumped(value: Any) -> str:
    """Compact JSON text, or indented when shorter than PRETTY_LIMIT."""
    text = dumps_shared(value)
    if len(text) < PRETTY_LIMIT:
        text = json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)
    return text


def emit(
    result: Answer,
    as_json: bool,
    to_json: Callable[[Answer], Any],
    render: Callable[[Answer], RenderableType],
) -> str | None:
    """Print a result as JSON or as the renderable its renderer builds; returns the JSON text."""
    if as_json:
        return print_json(to_json(result))
    from rich.text import Text

    renderable = render(result)
    # A bare Text is a list of lines meant to be copied (file:line problems):
    # the terminal may fold it, rich must not cut it into pieces. crop=False
    # lets a no-wrap line (an id, a URL) run past the width whole.
    stdout_console().print(renderable, soft_wrap=isinstance(renderable, Text), crop=False)
    return None


def emit_answer(
    result: Answer,
    no_answer: str | None,
    as_json: bool,
    to_json: Callable[[Answer], Any],
    render: Callable[[Answer], RenderableType],
) -> str | None:
    """Emit a result; an empty one (`no_answer` says why) is still printed as JSON, then exit 1."""
    if no_answer is None:
        return emit(result, as_json, to_json, render)
    if as_json:
        print_json(to_json(result))
    raise NoAnswer(no_answer)


def run(
    compute: Callable[[RoleGraph], Answer],
    data: Path | None,
    as_json: bool,
    to_json: Callable[[Answer], Any],
    render: Callable[[Answer], RenderableType],
    no_answer: Callable[[Answer], str | None] = lambda _: None,
) -> None:
    """Load the graph, compute one answer and emit it, inside the error boundary.

    `no_answer` says why a result is empty (see `emit_answer`), or None. A JSON
    answer to a question asked before about the same file may come from the
    cache (`datafile.memo`); a slow one is kept there.
    """
    with exit_codes():
        # The file is read once: the answer kept is the answer of these very bytes.
        keyed, key = None, None
        if as_json and isinstance(compute, partial):  # a lambda's question cannot be spelled out
            keyed = keyed_bytes(data)
            key = None if keyed is None else _question_key(compute, to_json, keyed[1])
        if key is not None:
            from hrpath.datafile import memo  # JSON answers only: text is never remembered

            remembered = memo.recall(key)
            if remembered is not None:
                print(encodable_json(remembered))  # recall escapes anything not plain ASCII
                return
        started = time.perf_counter()
        result = compute(load_graph(data, keyed))
        printed = emit_answer(result, no_answer(result), as_json, to_json, render)
        if key is not None and printed is not None and time.perf_counter() - started >= memo.REMEMBER_AFTER:
            memo.remember(key, printed)


def _question_key(compute: partial[Any], to_json: Callable[..., Any], graph_key: str) -> str | None:
    """The memo key of a question: a core function given plain arguments, about one file."""
    from hrpath.datafile import memo

    function = f"{compute.func.__module__}.{compute.func.__qualname__}"
    contract = f"{to_json.__module__}.{to_json.__qualname__}"
    return memo.question_key(graph_key, [function, list(compute.args), compute.keywords, contract])
