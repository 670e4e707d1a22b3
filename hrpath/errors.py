"""The exception hierarchy raised by the core, and the exit codes they map to.

The core never prints or exits; the CLI turns these into one line on stderr and
the documented exit code (see README "Exit codes").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    NO_ANSWER = 1
    BAD_INPUT = 2
    OUTPUT_ERROR = 74  # stdout closed, full or failing (EX_IOERR)
    INTERRUPTED = 130
    BROKEN_PIPE = 141  # the reader went away early (128 + SIGPIPE)


_SHOWN = 8  # candidates listed in an ambiguity message before "and N more"


class HrpathError(Exception):
    """Base class: a problem the user can fix; its message is one readable line."""

    exit_code: ExitCode = ExitCode.BAD_INPUT


class BadInput(HrpathError):
    """An argument or option value that cannot be used."""


class UnknownName(BadInput):
    """A name (role, skill, certification, education level) that matches nothing."""

    def __init__(self, kind: str, name: str, suggestions: list[str], hint: str = "") -> None:
        self.kind, self.name, self.suggestions = kind, name, suggestions
        near = f"; did you mean {_or_list(suggestions)}?" if suggestions else ""
        if hint:
            near += f" Or try `{hint}`" if near else f"; try `{hint}`"
        super().__init__(f"unknown {kind} {_clip(name)!r}{near}")


class AmbiguousName(BadInput):
    """A name that matches more than one thing."""

    def __init__(self, kind: str, name: str, candidates: list[str]) -> None:
        self.kind, self.name, self.candidates = kind, name, candidates
        shown = candidates if len(candidates) <= _SHOWN else candidates[:_SHOWN]
        more = f" and {len(candidates) - _SHOWN} more" if len(candidates) > _SHOWN else ""
        joined = ", ".join(map(repr, shown)) + more if more else _or_list(shown)
        super().__init__(f"{kind} {_clip(name)!r} is ambiguous; it matches {joined}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a data file, located by file, line and role id."""

    file: str
    line: int | None
    message: str
    role: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        who = f" role {self.role!r}:" if self.role else ""
        return f"{where}:{who} {self.message}"


class DataError(HrpathError):
    """A data file that cannot be read or does not follow the format."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        more = len(problems) - 1
        import shlex

        command = f"hrpath validate {shlex.quote(problems[0].file)}"
        tail = f" (and {more} more problem{'s' if more > 1 else ''}; run `{command}`)"
        super().__init__(str(problems[0]) + (tail if more else ""))


class NoAnswer(HrpathError):
    """A valid question with no answer in this graph (for example, no route)."""

    exit_code = ExitCode.NO_ANSWER


def _clip(name: str, limit: int = 60) -> str:
    """A user's input shortened for an error line (a pasted paragraph stays one line)."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _or_list(items: list[str]) -> str:
    """Join quoted items as `'a', 'b' or 'c'`."""
    quoted = [repr(item) for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
