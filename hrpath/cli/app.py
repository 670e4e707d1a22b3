"""The typer app: every command, the global options and the group's error handling.

Commands live in the other `cli` modules; each parses its arguments, calls one
core function and hands the result to a renderer. The entry point is in `main`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Annotated, Any, Optional

import typer

from hrpath import __version__
from hrpath.cli import (
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
from hrpath.cli.boundary import fail
from hrpath.cli.groups import add_docs_pointers, format_grouped_commands
from hrpath.cli.options import NOTHING_TO_COMPLETE
from hrpath.cli.streams import quiet_stdout
from hrpath.cli.usage import OneLineErrors
from hrpath.core.text import visible
from hrpath.errors import ExitCode


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
            quiet_stdout()
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
