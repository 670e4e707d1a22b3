"""The fast path: plain questions and TAB presses answered before typer is imported.

Typer and click cost about half of a run's start-up. The questions people ask
most (`show ROLE`, `route FROM TO` with `--alternatives` and `--by`, `list` with its
filters, each with `--json` and `--data`)
are recognised here word for word and answered
by the same function the typer command calls (`answers`). Anything else (help,
another option, a word starting with `-`, a repeated option) returns None, and the typer app answers: it owns
every usage message. `tests/test_fast_path.py` runs each shape both ways and
requires the same output and exit code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any


class FastCommand:
    """What the fast path accepts after a command name, and the answer it calls.

    A plain class: typing.NamedTuple or a dataclass would cost a millisecond of every start.
    """

    __slots__ = ("answer", "applies_profile", "arguments", "counts", "options")

    def __init__(
        self,
        arguments: tuple[str, ...],
        options: tuple[str, ...],
        answer: str,
        applies_profile: bool = False,
        counts: tuple[str, ...] = (),
    ) -> None:
        self.arguments = arguments  # keyword names of the positional arguments, in order
        self.options = options  # options taking one value: "--level" is passed as level=
        self.answer = answer  # function name in `hrpath.cli.answers`
        self.applies_profile = applies_profile  # the answer fills have/years/in-role from a saved profile
        self.counts = counts  # those of `options` whose value is a whole number (passed as int)


# Every command here also takes --json and --data PATH (env HRPATH_DATA).
COMMANDS = {
    "show": FastCommand(("role",), (), "show_role"),
    "list": FastCommand((), ("--level", "--track", "--family", "--ladder"), "list_roles"),
    "route": FastCommand(
        ("source", "target"),
        ("--by", "--alternatives"),
        "route_with_profile",
        applies_profile=True,
        counts=("--alternatives",),
    ),
}


def fast_answer(words: list[str], environ: Mapping[str, str]) -> Callable[[], None] | None:
    """The answer for this command line, or None when typer should answer it."""
    if not words or environ.get("HRPATH_DATA") == "":
        return None
    command = COMMANDS.get(words[0].casefold())
    if command is None:
        return None
    keywords = _keywords(command, words[1:], environ.get("HRPATH_DATA"))
    if keywords is None:
        return None
    from hrpath.cli import answers

    call: Callable[..., None] = getattr(answers, command.answer)
    return lambda: call(**keywords)


def _keywords(command: FastCommand, words: list[str], env_data: str | None) -> dict[str, Any] | None:
    """The answer's keyword arguments, or None unless every word is one the fast path reads."""
    valued = {option: option[2:] for option in (*command.options, "--data")}
    keywords: dict[str, Any] = {}
    positional: list[str] = []
    remaining = iter(words)
    for word in remaining:
        name, equals, value = word.partition("=")
        name = name.casefold()  # the app ignores case in option names
        if not word.startswith("-"):
            positional.append(word)
        elif word.casefold() == "--json" and "as_json" not in keywords:
            keywords["as_json"] = True
        elif name in valued and valued[name] not in keywords:
            given = value if equals else next(remaining, None)
            if not given or (not equals and given.startswith("-")):
                return None  # a missing or option-like value: typer says what is wrong
            if name in command.counts:
                if not (given.isascii() and given.isdigit() and len(given) <= 4):
                    return None  # typer says what is not a whole number, in its own words
                keywords[valued[name]] = int(given)
                continue
            keywords[valued[name]] = given
        else:
            return None
    if len(positional) != len(command.arguments):
        return None
    keywords.update(zip(command.arguments, positional, strict=True))
    data = keywords.get("data") or env_data
    if data and not _readable_or_missing(data):
        return None  # typer's Path option says "is not readable" in its own words
    if data:
        from pathlib import Path  # only for a named file: pathlib costs a few ms of a start

        keywords["data"] = Path(data)
    else:
        keywords["data"] = None
    return keywords


def _readable_or_missing(path: str) -> bool:
    """What click's readable Path check lets through: a path that is missing or readable."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return True  # load_graph says what is wrong, as it does after typer
    return os.access(path, os.R_OK)
