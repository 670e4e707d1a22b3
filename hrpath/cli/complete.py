"""Shell completion without typer: role ids, `--have` items and command names, fast.

A shell runs `hrpath` on every TAB press with `_HRPATH_COMPLETE` set. For the
requests it fully understands (a role argument or a role option of a known
command, a `--have` item, a command name), `fast_complete` answers from the
cached graph with exactly the bytes typer's own completion would print, for
bash, zsh and fish, without importing typer or rich. Anything else (option
names, other values, unusual command lines, help text rich might alter) it
declines with None, and typer answers. `tests/test_completion_fast.py` compares
both for every case handled.

The item lists (`role_items`, `have_items`) are the one definition of what
completes; the typer callbacks in `options` call them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from hrpath.cli.shells import Answer, Item, format_items
from hrpath.cli.shells import words as shell_words

if TYPE_CHECKING:
    from hrpath.core.graph import RoleGraph


# What the fast path knows of each command: how many role arguments it takes, its
# options that take a value (-> "role", "have" or None when they complete
# otherwise) and its flags. Checked against the typer app by the tests.
_ROLE_ARGS = {"show": 1, "next": 1, "route": 2, "gaps": 0, "compare": 2, "map": 0}
_VALUES: dict[str, dict[str, str | None]] = {
    "show": {"--data": None},
    "next": {"--have": "have", "--years": None, "--data": None},
    "route": {
        "--by": None,
        "--alternatives": None,
        "--via": "role",
        "--avoid": "role",
        "--to": "role",
        "--have": "have",
        "--years": None,
        "--data": None,
    },
    "gaps": {
        "--have": "have",
        "--years": None,
        "--role": "role",
        "--target": "role",
        "--level": None,
        "--track": None,
        "--limit": None,
        "--data": None,
    },
    "compare": {"--data": None},
    "map": {"--from": "role", "--data": None},
}
_FLAGS = {"show": {"--json"}, "next": {"--json"}, "route": {"--promotions-only", "--json"}}
# Command names and their short help, in typer's order (checked by the tests).
COMMANDS: tuple[Item, ...] = (
    ("show", "Show one role: duties, requirements, pay..."),
    ("list", "List every role by level, entry first."),
    ("route", "Plan the route from FROM to TO: each move..."),
    ("next", "Show the moves out of ROLE, closest first:..."),
    ("gaps", "Rank roles by how ready you are for them,..."),
    ("compare", "Compare two roles side by side, and say..."),
    ("map", "Draw the career map: roles by level and..."),
    ("export", "Export the graph as Mermaid, Graphviz DOT,..."),
    ("validate", "Check a data file and report every..."),
    ("init", "Start your own framework: write a small,..."),
    ("schema", "Print the JSON Schema of the data file,..."),
)


def role_items(graph: RoleGraph, incomplete: str) -> list[Item]:
    """Role ids (with titles as help) that start with `incomplete`."""
    wanted = incomplete.casefold()
    return [(role.id, role.title) for role in graph if role.id.startswith(wanted)]


def have_items(graph: RoleGraph, incomplete: str) -> list[Item]:
    """Vocabulary ids for the last item of a comma-separated `--have` value."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    labelled = [(term.id, term.label) for term in (*graph.education, *graph.skills.values())]
    labelled += [(cert.id, cert.label) for cert in graph.certifications.values()]
    return [(prefix + item_id, label) for item_id, label in labelled if item_id.startswith(last.casefold())]


def completion_graph(data: str | Path | None, environ: Mapping[str, str]) -> RoleGraph | None:
    """The graph a completion reads (--data, else HRPATH_DATA, else shipped); None if it cannot load.

    Completion runs on every key press, so errors are swallowed, not shown.
    """
    from hrpath.datafile.loader import load_graph

    chosen = data or environ.get("HRPATH_DATA")
    try:
        return load_graph(Path(chosen) if chosen else None)
    except Exception:
        # A traceback here would land in the user's shell prompt.
        return None


def fast_complete(environ: Mapping[str, str]) -> Answer | None:
    """Answer a completion request as typer would, or None to let typer answer it."""
    instruction, _, shell = environ.get("_HRPATH_COMPLETE", "").partition("_")
    if instruction != "complete" or shell not in ("bash", "zsh", "fish"):
        return None
    words = shell_words(shell, environ)
    if words is None:
        return None
    items = _items(*words, environ)
    return None if items is None else format_items(shell, items, environ)


def _items(args: list[str], incomplete: str, environ: Mapping[str, str]) -> list[Item] | None:
    """The completion items, or None for a request the fast path does not handle."""
    if incomplete[:1] == "-" or incomplete == "=":
        return None
    start = 0
    while start < len(args) and args[start] == "--no-cache":
        start += 1
    if start == len(args):
        if incomplete and not incomplete[0].isalnum():
            return None
        return [item for item in COMMANDS if item[0].startswith(incomplete)]
    command, rest = args[start], args[start + 1 :]
    if command not in _ROLE_ARGS:
        return None
    parsed = _parse(command, rest)
    if parsed is None:
        return None
    wanted, data = parsed
    if wanted is None:
        return None
    if data is not None and (data == "" or Path(data).is_dir()):
        return None  # click would reject or reinterpret it: leave it to typer
    graph = completion_graph(data, environ)
    if graph is None:
        return []
    found = role_items(graph, incomplete) if wanted == "role" else have_items(graph, incomplete)
    # typer keeps only values that start with the word as typed (case included).
    return [item for item in found if item[0].startswith(incomplete)]


def _parse(command: str, rest: list[str]) -> tuple[str | None, str | None] | None:
    """(what completes: "role", "have" or None, the --data value) for a command's args; None if unusual."""
    values, flags = _VALUES[command], _FLAGS.get(command, {"--json"})
    positionals, data, index = 0, None, 0
    while index < len(rest):
        arg = rest[index]
        if arg in values:
            if index + 1 == len(rest):
                return values[arg], data  # completing this option's value
            value = rest[index + 1]
            if value[:1] == "-":
                return None
            data = value if arg == "--data" else data
            index += 2
        elif arg in flags:
            index += 1
        elif arg[:1] == "-":
            return None
        else:
            positionals += 1
            index += 1
    return ("role" if positionals < _ROLE_ARGS[command] else None), data
