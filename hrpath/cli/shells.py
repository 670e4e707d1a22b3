"""What typer's bash, zsh and fish completion classes read and print, without typer.

`words` splits the request the way each class does; `format_items` prints
completion items the way each does, or returns None when typer would pass a
help text through rich and rich might change it (markup, emoji codes, escapes,
wrapping). Used by `complete.fast_complete`; the tests compare both.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

Item = tuple[str, str]  # (value, help)
# Help text rich renders unchanged: no markup, no emoji codes, no escapes.
_PLAIN = re.compile(r"[A-Za-z0-9 &'\",.()/+-]*")


@dataclass(frozen=True, slots=True)
class Answer:
    """What to print on stdout and the exit code."""

    output: str
    code: int = 0


def words(shell: str, environ: Mapping[str, str]) -> tuple[list[str], str] | None:
    """(complete args, incomplete word) the way typer's completion classes split them."""
    if shell == "bash":
        words = split_arg_string(environ.get("COMP_WORDS", ""))
        cword = environ.get("COMP_CWORD", "")
        if not cword.isdigit():
            return None
        index = int(cword)
        return words[1:index], words[index] if 0 <= index < len(words) else ""
    line = environ.get("_TYPER_COMPLETE_ARGS", "")
    args = split_arg_string(line)[1:]
    if args and not line.endswith(" "):
        return args[:-1], args[-1]
    return args, ""


def split_arg_string(string: str) -> list[str]:
    """Split like shlex, keeping an unfinished last token (click's `split_arg_string`)."""
    import shlex

    lex = shlex.shlex(string, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    out: list[str] = []
    try:
        out.extend(lex)
    except ValueError:
        out.append(lex.token)
    return out


def format_items(shell: str, items: list[Item], environ: Mapping[str, str]) -> Answer | None:
    """The bytes typer prints for these items in this shell; None if rich might alter a help text."""
    if shell == "bash":
        return Answer("\n".join(value for value, _ in items) + "\n")
    width = _rich_width(environ)
    if shell == "zsh":
        lines = []
        for value, help_text in items:
            shown = _zsh_escape(help_text)
            if help_text and not _plain(shown, width):
                return None
            lines.append(f'"{_zsh_escape(value)}":"{shown}"' if help_text else f'"{_zsh_escape(value)}"')
        text = "_arguments '*: :((" + "\n".join(lines) + "))'" if lines else "_files"
        return Answer(text + "\n")
    lines = []
    for value, help_text in items:
        shown = re.sub(r"\s", " ", help_text)
        if help_text and not _plain(shown, width):
            return None
        lines.append(f"{value}\t{shown}" if help_text else value)
    action = environ.get("_TYPER_COMPLETE_FISH_ACTION", "")
    if action == "is-args":
        return Answer("", 0 if lines else 1)
    return Answer(("\n".join(lines) if action == "get-args" else "") + "\n")


def _zsh_escape(text: str) -> str:
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


def _plain(text: str, width: int) -> bool:
    """True when rich would print `text` as it is: plain characters, no double spaces, one line."""
    return len(text) < width and "  " not in text and text == text.strip() and bool(_PLAIN.fullmatch(text))


def _rich_width(environ: Mapping[str, str]) -> int:
    """The console width rich would wrap typer's help text at (COLUMNS, else a terminal, else 80)."""
    columns = environ.get("COLUMNS", "")
    if columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            return os.get_terminal_size(descriptor).columns
        except OSError:
            continue
    return 80
