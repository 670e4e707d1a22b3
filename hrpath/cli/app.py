"""The typer app: global options, and the commands registered from their modules.

`build_app(command)` registers only the module that defines `command`, because
typer turns every registered function into a click command on each run: a
command line that names its command pays for that command alone.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Optional

import typer

from hrpath import __version__

# Command name -> the module that registers it, in the order `--help` lists them.
COMMAND_MODULES = {
    "show": "browse",
    "list": "browse",
    "route": "route",
    "next": "route",
    "gaps": "gaps",
    "compare": "compare",
    "map": "map_export",
    "export": "map_export",
    "validate": "framework",
    "init": "framework",
    "schema": "framework",
}


def _print_version(value: bool) -> None:
    if value:
        print(f"hrpath {__version__}")
        raise typer.Exit()


def _main_options(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Read and check the data file even if its checked graph is cached."),
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


def build_app(command: str | None = None) -> typer.Typer:
    """The typer app with every command, or only the module that defines `command`."""
    application = typer.Typer(
        name="hrpath",
        epilog="Exit codes: 0 success, 1 no answer (e.g. no route), 2 bad input, 130 interrupted. "
        "See `hrpath COMMAND --help`.",
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(_main_options)
    wanted = COMMAND_MODULES.values() if command is None else (COMMAND_MODULES[command],)
    for module in dict.fromkeys(wanted):
        importlib.import_module(f"hrpath.cli.{module}").register(application)
    return application


def command_named(argv: list[str]) -> str | None:
    """The command of a plain command line (global flags, then a command name), else None."""
    for arg in argv:
        if arg == "--no-cache":
            continue
        return arg if arg in COMMAND_MODULES else None
    return None
