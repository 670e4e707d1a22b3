"""The `hrpath` entry point: `main()` and, built on first use, the whole typer `app`.

Start-up matters (every command, every TAB press), so this module imports
neither typer nor rich. A shell-completion request for a role or a `--have`
item is answered by `complete.fast_complete` from the cached graph, without
typer; anything else goes to typer. A command line that names its command gets
an app with only that command's module registered (`app.build_app`).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

_whole_app: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    """`app`: the whole app, built once on first use (tests and typer tooling)."""
    global _whole_app
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if _whole_app is None:
        from hrpath.cli.app import build_app

        _whole_app = build_app()
    return _whole_app


def main() -> None:
    """Console-script entry point: run the app, quietly survive a closed pipe."""
    command = None  # completion: anything the fast path declines goes to the whole app
    if "_HRPATH_COMPLETE" in os.environ:
        from hrpath.cli.complete import fast_complete

        answer = fast_complete(os.environ)
        if answer is not None:
            sys.stdout.write(answer.output)
            sys.stdout.flush()
            sys.exit(answer.code)
    else:
        from hrpath.cli.app import command_named

        command = command_named(sys.argv[1:])
    from hrpath.cli.app import build_app

    try:
        build_app(command)(prog_name="hrpath")
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
