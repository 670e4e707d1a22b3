"""TAB presses answered before typer loads: command names, role ids, `--have` terms.

The shells' completion functions run `hrpath` with `_HRPATH_COMPLETE` set on
every TAB press. For the common cases this module prints exactly what typer's
own completion prints, for bash, zsh and fish, reading the candidates from the
graph cache's names entry (`datafile.cache.names_entry`) instead of loading the
graph. Whenever the words typed so far are anything else (an option, a quote,
a subcommand, no names entry yet, a description rich would reflow), it returns
None and typer answers. `tests/test_fast_path.py` proves both print the same.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from hrpath.cli.command_table import COMMANDS, HAVE_OPTION, ROLE_ARGUMENTS
from hrpath.core.completion import Candidate, matching, matching_list_item

_SHELLS = ("bash", "zsh", "fish")
# What typer splits with shlex and the fast path leaves to it: quotes and escapes.
_SHELL_SYNTAX = frozenset("\"'\\")
_SHLEX_SPACE = frozenset(" \t\r\n")  # shlex splits on these only; str.split() on every space
_NARROWEST = 60  # columns: below this, rich may fold a description; leave it to typer
_DUMB_WIDTH = 80  # rich's width for a dumb terminal it is told to treat as a terminal
_DIGITS = 6  # longest number read from the environment


def completion_answer(environ: Mapping[str, str]) -> Callable[[], None] | None:
    """The TAB answer for this environment, or None to let typer answer."""
    instruction, _, shell = environ.get("_HRPATH_COMPLETE", "").partition("_")
    if instruction != "complete" or shell not in _SHELLS or _no_cache():
        return None
    words = _words(shell, environ)
    if words is None:
        return None
    candidates = _candidates(*words, environ)
    if candidates is None or not _plain([_shown(shell, text) for _, text in candidates], environ):
        return None
    if not _utf8_stdout() and not all(value.isascii() and text.isascii() for value, text in candidates):
        return None  # click writes such text its own way on other encodings
    return lambda: _answer(shell, candidates, environ)


def _utf8_stdout() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8")


def _answer(shell: str, candidates: list[Candidate], environ: Mapping[str, str]) -> None:
    """Print the candidates; a stdout that fails is as quiet as typer's completion (exit 0)."""
    try:
        _print(shell, candidates, environ)
        sys.stdout.flush()
    except OSError:
        from hrpath.cli.streams import quiet_stdout

        quiet_stdout()


def _no_cache() -> bool:
    """The cache's own switch (HRPATH_NO_CACHE): with it off there is no names entry to read."""
    from hrpath.datafile.cache import cache_enabled

    return not cache_enabled()


def _words(shell: str, environ: Mapping[str, str]) -> tuple[list[str], str] | None:
    """(complete words after `hrpath`, the word being typed), as typer reads them."""
    if shell == "bash":
        if "COMP_WORDS" not in environ:
            return None  # typer fails on it and offers nothing: left to typer
        line, index = environ["COMP_WORDS"], environ.get("COMP_CWORD", "")
        if not (index.isascii() and index.isdigit() and len(index) <= _DIGITS):
            return None  # typer fails on it (int() refuses 5,000 digits) and offers nothing
        words = line.split()
        cword = int(index)
        incomplete = words[cword] if cword < len(words) else ""
        words = words[1:cword]
    else:
        line = environ.get("_TYPER_COMPLETE_ARGS", "")
        words = line.split()[1:]
        incomplete = words.pop() if words and not line.endswith(" ") else ""
    if any(char in _SHELL_SYNTAX or (char.isspace() and char not in _SHLEX_SPACE) for char in line):
        return None
    return words, incomplete


def _candidates(words: list[str], incomplete: str, environ: Mapping[str, str]) -> list[Candidate] | None:
    """What typer would offer for `incomplete` after `words`, or None when unsure."""
    if incomplete.startswith("-") or (incomplete and not incomplete[0].isalnum()):
        return None
    if not words:
        return [(name, text) for name, text in COMMANDS if name.startswith(incomplete)]
    command = words[0].casefold()
    arguments = ROLE_ARGUMENTS.get(command)
    if arguments is None or words[0].startswith("-"):
        return None
    rest = words[1:]
    wants_have = bool(rest) and rest[-1] == "--have" and command in HAVE_OPTION
    if wants_have:
        rest = rest[:-1]
    if any(word.startswith("-") for word in rest) or len(rest) > len(arguments):
        return None
    if not wants_have and (len(rest) == len(arguments) or not arguments[len(rest)]):
        return None
    names = _names(environ)
    if names is None:
        return None
    if wants_have:
        return matching_list_item(names["have"], incomplete)
    return matching(names["roles"], incomplete)


def _names(environ: Mapping[str, str]) -> dict[str, list[Candidate]] | None:
    """The cached names entry of the data file the command would read."""
    from hrpath.datafile import cache
    from hrpath.datafile.limits import read_bytes_bounded
    from hrpath.datafile.places import default_data_file

    data = environ.get("HRPATH_DATA")
    if data == "":
        return None
    try:
        # (Only a UTF-8 file is ever cached: other bytes simply find no entry.)
        data_bytes = read_bytes_bounded(data or default_data_file())
    except Exception:  # unreadable or no file: typer's path stays quiet the same way
        return None
    return cache.names_entry(cache.cache_key(data_bytes))


def _shown(shell: str, text: str) -> str:
    """A description as typer hands it to rich: escaped for zsh, one line for fish, unused by bash."""
    if shell == "zsh":
        return _zsh_escape(text)
    return _one_spaced(text) if shell == "fish" else ""


def _plain(texts: list[str], environ: Mapping[str, str]) -> bool:
    """Whether typer's rich rendering of every description is the description itself.

    Rich reads markup and :emoji: codes and folds lines longer than the
    terminal; a description with brackets, two colons, edge spaces or no room
    to spare is left to typer.
    """
    texts = [text for text in texts if text]
    if not texts:
        return True
    width = _rich_width(environ)
    return all(_plain_text(text) and _cells(text) < width for text in texts)


def _cells(text: str) -> int:
    """Terminal cells a description may take: two for anything past Latin, Greek and Cyrillic."""
    return sum(2 if ord(char) >= 0x1100 else 1 for char in text)


def _plain_text(text: str) -> bool:
    """No markup brackets, at most one colon (no :emoji: code), no doubled or edge spaces."""
    return not ("[" in text or "]" in text or text.count(":") > 1 or "  " in text) and text == text.strip()


def _rich_width(environ: Mapping[str, str]) -> int:
    """A lower bound on the width rich renders descriptions at (0: unsure).

    Rich takes TERMINAL_WIDTH (typer passes it), COLUMNS or the terminal's size,
    but 80 columns for a dumb terminal it is forced to treat as one: the bound
    never exceeds 80.
    """
    for name in ("TERMINAL_WIDTH", "COLUMNS"):
        value = environ.get(name)
        if value is not None:
            readable = value.isascii() and value.isdigit() and len(value) <= _DIGITS
            return _bounded(int(value)) if readable else 0
    for descriptor in (0, 1, 2):
        try:
            return _bounded(os.get_terminal_size(descriptor).columns)
        except (OSError, ValueError):
            continue
    return _DUMB_WIDTH


def _bounded(width: int) -> int:
    return min(width, _DUMB_WIDTH) if width >= _NARROWEST else 0


def _print(shell: str, candidates: list[Candidate], environ: Mapping[str, str]) -> None:
    """Print the candidates the way typer's completion class for `shell` does."""
    if shell == "bash":
        print("\n".join(value for value, _ in candidates))
    elif shell == "zsh":
        lines = [_zsh_item(value, text) for value, text in candidates]
        print(f"_arguments '*: :(({chr(10).join(lines)}))'" if lines else "_files")
    else:
        _print_fish(candidates, environ.get("_TYPER_COMPLETE_FISH_ACTION", ""))


def _one_spaced(text: str) -> str:
    """Every whitespace character a space, as typer's fish completion shows a description."""
    return "".join(" " if char.isspace() else char for char in text)  # as re's \s matches


def _zsh_item(value: str, text: str) -> str:
    return f'"{_zsh_escape(value)}":"{_zsh_escape(text)}"' if text else f'"{_zsh_escape(value)}"'


def _zsh_escape(text: str) -> str:
    for plain, escaped in (('"', '""'), ("'", "''"), ("$", "\\$"), ("`", "\\`"), (":", r"\\:")):
        text = text.replace(plain, escaped)
    return text


def _print_fish(candidates: list[Candidate], action: str) -> None:
    """fish asks twice: "is-args" (exit status only), then "get-args" (the lines)."""
    if action == "is-args":
        sys.exit(0 if candidates else 1)
    lines = [f"{value}\t{_one_spaced(text)}" if text else value for value, text in candidates]
    print("\n".join(lines) if action == "get-args" and lines else "")
