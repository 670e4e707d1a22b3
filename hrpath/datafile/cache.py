"""A content-addressed cache of checked graphs, so a query skips YAML and the checks.

An entry's name is the SHA-256 of the data file's bytes, hrpath's version and
the cache format's version: an edited file, a new hrpath or a new format
simply misses. Entries are JSON (`codec.encode`), never pickle or marshal,
and are read back strictly (`codec.decode`): a damaged or tampered entry is
ignored and rebuilt, never trusted. Writes go to a temporary file renamed into
place, so two processes racing write the same bytes and readers never see half
a file. A missing or read-only cache directory only costs speed.

Beside each graph entry, a small names entry holds what a TAB press offers
(`core.completion`): role ids and `--have` terms with their help. The entry
point's fast path answers completions from it without loading the graph.

Where: `$HRPATH_CACHE`, else `$XDG_CACHE_HOME/hrpath`, else `~/.cache/hrpath`.
Off: `HRPATH_NO_CACHE=1` or the global `--no-cache` option (`use_cache(False)`).
"""

from __future__ import annotations

import contextlib
import json
import os

from hrpath import __version__
from hrpath.datafile.limits import MAX_BYTES, read_bounded

# typing is not imported at run time: a TAB press loads this module and no more.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from hrpath.core.graph import RoleGraph

# Bump when the encoding changes shape in a way the key would not notice.
FORMAT_VERSION = 3
_PREFIX = "graph-"
_NAMES_PREFIX = "names-"
_WRAPPER = {"hrpath", "format", "key", "graph"}
# O_EXCL: never through a file or link already there; O_BINARY: no newline translation on Windows.
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_NAMES_WRAPPER = {"hrpath", "format", "key", "roles", "have"}
_enabled = True


def use_cache(enabled: bool) -> None:
    """Turn the cache on or off for this process (the `--no-cache` option)."""
    global _enabled
    _enabled = enabled


def cache_enabled() -> bool:
    """False under `--no-cache` or `HRPATH_NO_CACHE` set to anything but '' or '0'."""
    return _enabled and os.environ.get("HRPATH_NO_CACHE", "") in ("", "0")


def cache_folder() -> str | None:
    """Where entries live, or None when no home directory can be found (os.path, not
    pathlib: a few milliseconds of every start)."""
    if os.environ.get("HRPATH_CACHE"):
        return os.environ["HRPATH_CACHE"]
    if os.environ.get("XDG_CACHE_HOME"):
        return os.path.join(os.environ["XDG_CACHE_HOME"], "hrpath")
    home = os.path.expanduser("~")
    return None if home == "~" else os.path.join(home, ".cache", "hrpath")


def cache_key(data: bytes) -> str:
    """The entry name of a data file's bytes under this hrpath and cache format."""
    digest = sha256(len(data))(data)
    digest.update(f"\0hrpath {__version__}\0format {FORMAT_VERSION}".encode())
    return str(digest.hexdigest())


def sha256(size: int = 0) -> Any:
    """SHA-256 for `size` bytes: CPython's built-in module for small data, as hashlib
    loads OpenSSL (~3 ms a run); OpenSSL's for a megabyte or more (7 times faster)."""
    from importlib import import_module

    if size >= 1 << 20:
        return import_module("hashlib").sha256
    for name in ("_sha256", "_sha2"):  # CPython 3.11; 3.12 and later
        with contextlib.suppress(ImportError):
            return import_module(name).sha256
    return import_module("hashlib").sha256


def load_entry(key: str) -> RoleGraph | None:
    """The cached graph for `key`, or None when there is none or it does not check out."""
    value = _read_entry(key)
    if value is None:
        return None
    from hrpath.datafile.codec import Damaged, decode

    try:
        return decode(value)
    except Damaged:
        return None


def store_entry(key: str, graph: RoleGraph) -> None:
    """Write the graph's entry and its names entry; any failure is silent (it only costs speed)."""
    from hrpath.datafile.codec import encode

    write_entry(f"{_PREFIX}{key}.json", _json(_wrapped(key, graph=encode(graph))))
    store_names(key, graph)


def store_names(key: str, graph: RoleGraph) -> None:
    """Write the names entry of a graph: its completion candidates."""
    write_entry(f"{_NAMES_PREFIX}{key}.json", _json(_wrapped(key, **_names_of(graph))))


def keep_names(key: str, graph: RoleGraph) -> None:
    """Write the names entry again when it is missing (a TAB press removes a damaged one).

    A stat, not a read: this runs on every load of a cached graph. (A
    well-formed entry is trusted, as a well-formed graph entry is.)
    """
    folder = cache_folder()
    if folder is None or not cache_enabled():
        return
    if not os.path.isfile(os.path.join(folder, f"{_NAMES_PREFIX}{key}.json")):
        store_names(key, graph)


def _names_of(graph: RoleGraph) -> dict[str, list[tuple[str, str]]]:
    from hrpath.core.completion import have_candidates, role_candidates

    return {"roles": role_candidates(graph), "have": have_candidates(graph)}


def _wrapped(key: str, **fields: Any) -> dict[str, Any]:
    return {"hrpath": __version__, "format": FORMAT_VERSION, "key": key, **fields}


def _json(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def write_entry(name: str, text: str | bytes) -> None:
    """Write one entry (text, or its UTF-8 bytes) atomically: a temporary file renamed
    into place. Failures are silent."""
    folder = cache_folder()
    if folder is None or not cache_enabled():
        return
    # Not tempfile: importing it (shutil, random) took 4 ms of every run that writes.
    # A name no other process picks (pid and random bytes), created only if absent.
    temporary = os.path.join(folder, f".{name}.{os.getpid()}-{os.urandom(6).hex()}.tmp")
    created = False
    try:
        os.makedirs(folder, exist_ok=True)
        handle = os.open(temporary, _CREATE_NEW, 0o600)
        created = True
        with os.fdopen(handle, "wb") as stream:
            stream.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        # Same key, same bytes: whichever racing writer renames last wins harmlessly.
        os.replace(temporary, os.path.join(folder, name))
    except (OSError, ValueError):
        if created:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


# An entry is a few times its data file (the 20,000-role chain: 13 MB); data files stop at 64 MB.
_MAX_ENTRY_BYTES = 4 * MAX_BYTES
# A names entry is read on every TAB press: ids and titles, about 25 bytes a role.
_MAX_NAMES_BYTES = 8 * 1024 * 1024


def _read_entry(key: str) -> Any | None:
    """The entry's graph value when its wrapper is intact, else None (missing, damaged, foreign)."""
    value = _read(f"{_PREFIX}{key}.json", key, _WRAPPER)
    return None if value is None else value["graph"]


def names_entry(key: str) -> dict[str, list[tuple[str, str]]] | None:
    """The completion candidates of `key` ("roles", "have"), or None when missing or damaged."""
    from hrpath.core.text import visible

    name = f"{_NAMES_PREFIX}{key}.json"
    value = _read(name, key, _NAMES_WRAPPER, limit=_MAX_NAMES_BYTES)
    names = {} if value is None else {field: value[field] for field in ("roles", "have")}
    if not all(type(items) is list and all(map(_is_pair, items)) for items in names.values()):
        names = {}
    # These strings go to the shell as they are; hrpath wrote them escaped
    # (`completion.one_line`), so a control character means tampering.
    every = " ".join(part for items in names.values() for item in items for part in item)
    if not names or visible(every, keep=frozenset()) != every:
        _remove(name)  # the next run that loads the graph writes it again
        return None
    return {field: [(item[0], item[1]) for item in items] for field, items in names.items()}


def _remove(name: str) -> None:
    folder = cache_folder()
    if folder is not None and cache_enabled():
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(folder, name))


def _is_pair(item: Any) -> bool:
    return type(item) is list and len(item) == 2 and type(item[0]) is str and type(item[1]) is str


def _read(name: str, key: str, fields: set[str], limit: int = _MAX_ENTRY_BYTES) -> Any | None:
    """An entry whose wrapper is intact and names this hrpath, format and key; else None."""
    folder = cache_folder()
    if folder is None or not cache_enabled():
        return None
    try:
        # Bounded like a data file: anyone who can write the cache directory
        # could plant a FIFO (a hang) or a huge file (memory) there.
        raw = read_bounded(os.path.join(folder, name), limit=limit)
        value = json.loads(raw, parse_constant=_no_constant)
    except (OSError, ValueError, RecursionError):
        return None  # missing, unreadable, not UTF-8, not JSON, NaN, too deep: rebuild
    if type(value) is not dict or value.keys() != fields:
        return None
    if (value["hrpath"], value["format"], value["key"]) != (__version__, FORMAT_VERSION, key):
        return None
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
