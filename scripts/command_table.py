"""Write `hrpath/cli/command_table.py`, the fast path's copy of the app's commands.

    python scripts/command_table.py [--update]

The entry point answers TAB presses and plain questions before typer is
imported, so it needs the command names, their short help and which
arguments complete role ids, without the app. This script reads them from the
typer app; `tests/test_fast_path.py` fails when the file is stale. Without
--update it prints the file instead of writing it.
"""

from __future__ import annotations

import argparse
import pprint
import subprocess
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parent.parent / "hrpath" / "cli" / "command_table.py"

HEADER = '''"""The app's commands as the fast path needs them. Generated: do not edit.

Written by `python scripts/command_table.py --update` from the typer app;
tests/test_fast_path.py fails when it is stale.
"""

'''


def _completes(param: Any) -> str | None:
    """'role' or 'have' when the parameter completes with that callback, else None."""
    # Typer keeps the callback (a copy of it) in the closure of its wrapper.
    wrapper = getattr(param, "_custom_shell_complete", None)
    for cell in getattr(wrapper, "__closure__", None) or ():
        callback = cell.cell_contents
        if getattr(callback, "__module__", None) == "hrpath.cli.options":
            return {"complete_role": "role", "complete_have": "have"}.get(callback.__name__)
    return None


def table_text() -> str:
    """The module's text, read from the typer app."""
    commands, roles, have = table_values()
    return (
        HEADER
        + "# (name, short help) of each visible command, in the order typer lists them.\n"
        + f"COMMANDS = {pprint.pformat(commands, width=110)}\n\n"
        + "# For each command without subcommands: whether each positional argument completes role ids.\n"
        + f"ROLE_ARGUMENTS = {pprint.pformat(roles, width=110, sort_dicts=False)}\n\n"
        + "# Commands whose --have option completes education, skills and certifications.\n"
        + f"HAVE_OPTION = frozenset({pprint.pformat(sorted(have), width=100)})\n"
    )


def table_values() -> tuple[tuple[tuple[str, str], ...], dict[str, tuple[bool, ...]], frozenset[str]]:
    """COMMANDS, ROLE_ARGUMENTS and HAVE_OPTION as the typer app defines them."""
    import typer.main
    from typer.core import TyperArgument, TyperGroup, TyperOption

    from hrpath.cli.app import app

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    context = typer.Context(group, info_name="hrpath")
    commands: list[tuple[str, str]] = []
    roles: dict[str, tuple[bool, ...]] = {}
    have: list[str] = []
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if command is None or command.hidden:
            continue
        commands.append((name, command.get_short_help_str()))
        if isinstance(command, TyperGroup):
            continue  # subcommands: left to typer
        arguments = [param for param in command.params if isinstance(param, TyperArgument)]
        roles[name] = tuple(_completes(param) == "role" for param in arguments)
        options = [param for param in command.params if isinstance(param, TyperOption)]
        if any(_completes(param) == "have" and "--have" in param.opts for param in options):
            have.append(name)
    return tuple(commands), roles, frozenset(have)


def main() -> None:
    """Print the table, or write it with --update."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--update", action="store_true", help=f"write {TARGET.name}")
    text = table_text()
    if parser.parse_args().update:
        TARGET.write_text(text, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(TARGET)], check=False)
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
