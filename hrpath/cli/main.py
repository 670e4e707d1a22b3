"""The `hrpath` command line: the typer app, global options and entry point.

Commands live in `cli_*` modules; each parses its arguments, calls one core
function and hands the result to a renderer.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C while the modules below load: the same one line and exit code as later."""
    os.write(2, b"error: interrupted\n")
    os._exit(130)


try:
    _previous_handler = signal.signal(signal.SIGINT, _interrupted_while_starting)
    if _previous_handler == signal.SIG_IGN:  # started with Ctrl-C ignored (a background job): keep it so
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _previous_handler = None
except ValueError:  # imported outside the main thread: nothing to guard
    _previous_handler = None

from collections.abc import Iterator, MutableMapping  # noqa: E402
from contextlib import contextmanager, suppress  # noqa: E402
from typing import Annotated, Any, Optional  # noqa: E402

import typer  # noqa: E402

from hrpath import __version__  # noqa: E402
from hrpath.cli import (  # noqa: E402
    browse,
    compare,
    discover,
    framework,
    gaps,
    map_export,
    next_moves,
    plan,
    profile,
    route,
)
from hrpath.cli.boundary import fail  # noqa: E402
from hrpath.cli.groups import add_docs_pointers, format_grouped_commands  # noqa: E402
from hrpath.cli.options import NOTHING_TO_COMPLETE  # noqa: E402
from hrpath.cli.streams import degrade_gracefully  # noqa: E402
from hrpath.cli.usage import OneLineErrors  # noqa: E402
from hrpath.core.text import visible  # noqa: E402
from hrpath.errors import ExitCode  # noqa: E402


@contextmanager
def _visible_errors() -> Iterator[None]:
    """Usage errors quote the user's words: show their control characters escaped."""
    try:
        yield
    except Exception as error:
        message = getattr(error, "message", None)
        if isinstance(message, str):
            error.message = visible(message)  # type: ignore[attr-defined]
        raise


class _SafeGroup(OneLineErrors):
    """The app's group: escaped usage errors, quiet completion, a documented broken-pipe exit."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            with _visible_errors():
                return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            fail("interrupted", ExitCode.INTERRUPTED)  # typer alone would exit 130 silently

    def invoke(self, ctx: Any) -> Any:
        try:
            with _visible_errors():
                return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(int(ExitCode.BROKEN_PIPE)) from None
        except KeyboardInterrupt:
            fail("interrupted", ExitCode.INTERRUPTED)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        format_grouped_commands(self, ctx, formatter)

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        # Odd shell state (COMP_CWORD=abc, no COMP_WORDS) means no candidates,
        # never a traceback in the user's prompt.
        try:
            super()._main_shell_completion(ctx_args, prog_name, complete_var)
        except Exception:
            sys.exit(0)


app = typer.Typer(
    name="hrpath",
    cls=_SafeGroup,
    epilog="Exit codes: 0 success, 1 no answer (e.g. no route), 2 bad input, 74 cannot write the output, "
    "130 interrupted, 141 output closed early (broken pipe). See `hrpath COMMAND --help`; `hrpath terms` "
    "lists the data file's education levels, skills, certifications, levels and tracks; "
    "`hrpath search TEXT` finds roles by words. Reference: README.md and docs/ (one page per group above).",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    # Command and option names ignore case like everything else ("hrpath Show", "--JSON").
    context_settings={"help_option_names": ["-h", "--help"], "token_normalize_func": str.casefold},
)
browse.register(app)
route.register(app)
next_moves.register(app)
gaps.register(app)
plan.register(app)
compare.register(app)
map_export.register(app)
framework.register(app)
discover.register(app)
profile.register(app)
add_docs_pointers(app)


def _print_version(ctx: typer.Context, value: bool) -> None:
    if value and ctx.resilient_parsing:
        # Completing: words after --version would never run, so offer nothing.
        ctx.meta[NOTHING_TO_COMPLETE] = True
    elif value:
        print(f"hrpath {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Check the data file again; skip the graph cache.")
    ] = False,
) -> None:
    """Explore Human Resources career paths: roles, routes, gaps and next steps.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath list --level senior
    """
    from hrpath.datafile.cache import use_cache

    use_cache(not no_cache)


def main() -> None:
    """Console-script entry point: run the app and turn every stream failure into one line.

    Broken pipe -> 141 quietly; stdout closed, full or failing -> 74 with one
    line on stderr; Ctrl-C -> 130 "interrupted".
    """
    try:
        code = _run() if sys.stdout is not None else _cannot_write("standard output is closed")
    except KeyboardInterrupt:
        code = _say("interrupted", ExitCode.INTERRUPTED)
    sys.exit(code)


def _run() -> int:
    degrade_gracefully()
    try:
        try:
            app(prog_name="hrpath")
            code: int = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        sys.stdout.flush()  # here, not at exit, so a full disk is reported
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return int(ExitCode.BROKEN_PIPE)
    except OSError as error:
        _quiet_stdout()
        return _cannot_write(error.strerror or str(error))


def _cannot_write(reason: str) -> int:
    return _say(f"cannot write the output: {reason}", ExitCode.OUTPUT_ERROR)


def _say(message: str, code: ExitCode) -> int:
    """One error line on stderr, even when the streams are in a bad state."""
    with suppress(OSError):
        os.write(2, f"error: {visible(message)}\n".encode("ascii", "backslashreplace"))
    return int(code)


def _quiet_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if _previous_handler is not None:
    signal.signal(signal.SIGINT, _previous_handler)
