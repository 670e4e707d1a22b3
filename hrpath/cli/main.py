"""The `hrpath` entry point: the fast path first, then the typer app.

Most runs are a TAB press or a plain question (`show ROLE`, `route FROM TO`,
`list`). `fast` answers those without importing typer (and, for `--json`,
without rich); anything it does not recognise word for word goes to the typer
app in `app`, which owns every message and error. Both run inside the same
stream guard, so they fail the same way.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable
from contextlib import suppress
from types import FrameType

# typing is not imported at run time: a TAB press loads this module and no more.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Exit codes (hrpath.errors.ExitCode, documented in docs/exit-codes.md), spelled
# out here so a TAB press never imports the exception module.
_OUTPUT_ERROR, _INTERRUPTED, _BROKEN_PIPE = 74, 130, 141


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C while modules load: the same one line and exit code as later."""
    os.write(2, b"error: interrupted\n")
    os._exit(_INTERRUPTED)


def __getattr__(name: str) -> Any:
    """`hrpath.cli.main.app`: the typer app, imported on first use."""
    if name == "app":
        from hrpath.cli.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point: answer, and turn every stream failure into one line.

    Broken pipe -> 141 quietly; stdout closed, full or failing -> 74 with one
    line on stderr; Ctrl-C -> 130 "interrupted".
    """
    previous = _guard_interrupts()
    # A run builds objects that live until it ends (modules, the graph); at the
    # default thresholds the collector rescans them again and again: a fifth of a
    # query on 20,000 roles, 5 ms of a `show`. Collect rarely instead, not never.
    gc.set_threshold(100_000, 50, 100)
    try:
        if sys.stdout is None:
            code = _cannot_write("standard output is closed")
        else:
            code = _run(_answer(sys.argv[1:], previous))
    except KeyboardInterrupt:
        code = _say("interrupted", _INTERRUPTED)
    sys.exit(code)


def console() -> None:
    """What `hrpath` and `python -m hrpath` run: `main`, then an exit that skips the
    interpreter's teardown.

    Freeing every module and object one by one at exit takes about a tenth of a
    `show`; by then nothing is left to do: the answer is flushed (`_run`), files
    written were closed and renamed into place, and exit handlers run here.
    """
    import atexit

    try:
        main()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with suppress(Exception):  # a stream already in a bad state was reported by main
            if stream is not None:
                stream.flush()
    os._exit(code)


def _guard_interrupts() -> Any:
    """Install the start-up Ctrl-C handler; return the one to restore (None: leave it)."""
    try:
        previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    except ValueError:  # not the main thread: nothing to guard
        return None
    if previous == signal.SIG_IGN:  # started with Ctrl-C ignored (a background job): keep it so
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        return None
    return previous


def _answer(words: list[str], previous: Any) -> Callable[[], None]:
    """The fast answer for these words, else the typer app (imported here, not before)."""
    if "_HRPATH_COMPLETE" in os.environ:  # a TAB press
        from hrpath.cli.completing import completion_answer

        answer = completion_answer(os.environ)
    else:
        from hrpath.cli.fast import fast_answer

        answer = fast_answer(words, os.environ)
    if answer is None:
        from hrpath.cli.app import app

        answer = lambda: app(prog_name="hrpath")  # noqa: E731
    if previous is not None:
        signal.signal(signal.SIGINT, previous)
    return answer


def _run(answer: Callable[[], None]) -> int:
    """Run the answer; its exit code, or the documented one for a failing stdout."""
    from hrpath.cli.streams import degrade_gracefully, quiet_stdout

    degrade_gracefully()
    try:
        try:
            answer()
            code: int = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        sys.stdout.flush()  # here, not at exit, so a full disk is reported
        return code
    except BrokenPipeError:
        quiet_stdout()
        return _BROKEN_PIPE
    except OSError as error:
        quiet_stdout()
        return _cannot_write(error.strerror or str(error))


def _cannot_write(reason: str) -> int:
    return _say(f"cannot write the output: {reason}", _OUTPUT_ERROR)


def _say(message: str, code: int) -> int:
    """One error line on stderr, even when the streams are in a bad state."""
    from hrpath.core.text import visible

    with suppress(OSError):
        os.write(2, f"error: {visible(message)}\n".encode("ascii", "backslashreplace"))
    return code
