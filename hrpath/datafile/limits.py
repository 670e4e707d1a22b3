"""Bounds on what a data file may cost to read: size, kind, nesting depth.

A framework file may come from anyone, so reading one must never hang on a
FIFO, fill memory from a device, or hand the C parser nesting deep enough to
overflow its stack. Alias expansion and number sizes are bounded where the
YAML is built (`yamlsource`).
"""

from __future__ import annotations

import os
import stat

# typing is not imported at run time: a TAB press loads this module and no more.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from hrpath.errors import Problem

MAX_BYTES = 64 * 1024 * 1024  # documented in the README and SECURITY.md
MAX_DEPTH = 64  # the format itself nests about 6 deep
MAX_ALIAS_NODES = 10_000  # nodes built again through `*alias` references
MAX_NUMBER_CHARS = 64  # digits of an int or float scalar

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """'a FIFO (named pipe)', 'a directory'... for anything that is not a regular file."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_bounded(path: str | os.PathLike[str], limit: int | None = None) -> str:
    """The text of a regular file of at most `limit` bytes (default MAX_BYTES), as UTF-8.

    Raises OSError, UnicodeDecodeError or ValueError with a one-line reason.
    """
    return read_bytes_bounded(path, limit).decode("utf-8")


def read_bytes_bounded(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (default MAX_BYTES).

    Opens without blocking (a FIFO with no writer would wait forever) and
    checks the kind and size before reading a byte. Raises OSError or
    ValueError with a one-line reason.
    """
    limit = MAX_BYTES if limit is None else limit
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(descriptor)
    except OSError:
        os.close(descriptor)
        raise
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        raise ValueError(f"{file_kind(status.st_mode)}, not a regular file")
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(limit + 1)  # the file may grow after fstat
    if len(data) > limit:
        raise ValueError(f"larger than the {limit // (1024 * 1024)} MB limit")
    return data


def nesting_problem(text: str, filename: str) -> Problem | None:
    """A problem when collections nest deeper than MAX_DEPTH, found before composing.

    libyaml's composer recurses in C and crashes the process on very deep
    nesting, so the depth is counted on the parser's event stream, which
    stops as soon as the limit is passed. A cheap upper bound skips that pass
    for ordinary files.
    """
    if _depth_bound(text) <= MAX_DEPTH:
        return None
    import yaml  # here, not at the top: the cache reads files with this module, YAML-free

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return _too_deep(filename, event.start_mark)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError as error:
        # libyaml's own limit (newer wheels) can fire first; str(error) would also
        # hold the user's line, so only the problem itself is compared.
        if getattr(error, "problem", None) == "exceeded maximum nesting depth":
            return _too_deep(filename, getattr(error, "problem_mark", None))
        return None  # the composer reports syntax errors with their line
    return None


def _too_deep(filename: str, mark: Any) -> Problem:
    from hrpath.errors import Problem

    line = mark.line + 1 if mark is not None else None
    return Problem(filename, line, f"the YAML nests deeper than {MAX_DEPTH} levels")


def _depth_bound(text: str) -> int:
    """An upper bound on nesting depth: every flow level needs a bracket, and
    block levels need a deeper indent (two per column: a mapping and its
    list) or a compact `- `/`? ` indicator on the line.
    """
    flow = text.count("[") + text.count("{")
    if flow > MAX_DEPTH:
        return flow
    block = 0
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        block = max(block, 2 * (indent + 1) + stripped.count("-") + stripped.count("?") + 1)
        if block > MAX_DEPTH:
            break
    return flow + block
