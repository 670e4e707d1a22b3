"""The `hrpath` command line: the typer app, global options and entry point.

Commands live in `cli_*` modules; each parses its arguments, calls one core
function and hands the result to a renderer.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from hrpath import __version__
from hrpath.cli import browse, compare, discover, framework, gaps, map_export, next_moves, profile, route
from hrpath.cli.usage import OneLineErrors

app = typer.Typer(
    name="hrpath",
    cls=OneLineErrors,
    epilog="Exit codes: 0 success, 1 no answer (e.g. no route), 2 bad input, 130 interrupted. "
    "See `hrpath COMMAND --help`; `hrpath terms` lists the data file's education levels, skills, "
    "certifications, levels and tracks; `hrpath search TEXT` finds roles by words.",
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
compare.register(app)
map_export.register(app)
framework.register(app)
discover.register(app)
profile.register(app)


def _print_version(value: bool) -> None:
    if value:
        print(f"hrpath {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Explore Human Resources career paths: roles, routes, gaps and next steps.

    \b
    Examples:
      hrpath show "HR Generalist"
      hrpath list --level senior
    """


def main() -> None:
    """Console-script entry point: run the app, quietly survive a closed pipe."""
    try:
        app(prog_name="hrpath")
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
