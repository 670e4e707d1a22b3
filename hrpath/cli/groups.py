"""How `hrpath --help` groups the commands: the same groups, in the same order, as docs/.

One table serves the grouped command listing, the "Docs: ..." line that ends
each command's help, and the test that checks both against the files in docs/.
Typer's `rich_help_panel` only shows with rich help, which the app turns off
(`rich_markup_mode=None`), so the group class lists the commands from here.
"""

from __future__ import annotations

from typing import Any

import typer
from typer._click import Context, HelpFormatter

GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Browse", "docs/browse.md", ("show", "list", "sources")),
    ("Routes", "docs/route.md", ("route", "next", "plan")),
    ("Gaps", "docs/gaps.md", ("gaps",)),
    ("Pictures", "docs/pictures.md", ("map", "compare", "export")),
    ("Your own framework", "docs/framework.md", ("init", "validate", "schema")),
    ("Discover", "docs/discover.md", ("search", "terms", "profile")),
)
DOCS = {command: page for _, page, commands in GROUPS for command in commands}


def docs_line(command: str) -> str | None:
    """The last line of a command's help: the page that documents it (none for an ungrouped command)."""
    return f"Docs: {DOCS[command]}" if command in DOCS else None


def add_docs_pointers(app: typer.Typer) -> None:
    """End every command's help (a group's subcommands too) with its docs page."""
    for info in app.registered_commands:
        assert info.callback is not None
        info.epilog = docs_line(info.name or typer.main.get_command_name(info.callback.__name__))
    for group in app.registered_groups:
        assert group.name is not None and group.typer_instance is not None
        group.epilog = docs_line(group.name)
        for sub in group.typer_instance.registered_commands:
            sub.epilog = docs_line(group.name)


def format_grouped_commands(group: Any, ctx: Context, formatter: HelpFormatter) -> None:
    """The group's commands under one heading per docs page; any other command last."""
    commands = {name: group.get_command(ctx, name) for name in group.list_commands(ctx)}
    commands = {name: command for name, command in commands.items() if command and not command.hidden}
    if not commands:
        return
    width = max(len(name) for name in commands)  # one column for every section
    sections = [(f"{title} ({page})", names) for title, page, names in GROUPS]
    sections.append(("Other commands", tuple(name for name in commands if name not in DOCS)))
    for heading, names in sections:
        rows = [
            (name.ljust(width), commands[name].get_short_help_str(formatter.width - 6 - width))
            for name in names
            if name in commands
        ]
        if rows:
            with formatter.section(heading):
                formatter.write_dl(rows)
