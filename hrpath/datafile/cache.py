"""A content-addressed cache of checked graphs, so a query skips YAML and the checks.

An entry's name is the SHA-256 of the data file's bytes, hrpath's version and
the cache format's version: an edited file, a new hrpath or a new format
simply misses. Entries are JSON (`codec.encode`), never pickle or marshal,
and are read back strictly (`codec.decode`): a damaged or tampered entry is
ignored and rebuilt, never trusted. Writes go to a temporary file renamed into
place, so two processes racing write the same bytes and readers never see half
a file. A missing or read-only cache directory only costs speed.

Where: `$HRPATH_CACHE`, else `$XDG_CACHE_HOME/hrpath`, else `~/.cache/hrpath`.
Off: `HRPATH_NO_CACHE=1` or the global `--no-cache` option (`use_cache(False)`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrpath import __version__
from hrpath.datafile.limits import MAX_BYTES, read_bounded

if TYPE_CHECKING:
    from hrpath.core.graph import RoleGraph

# Bump when the encoding changes shape in a way the key would not notice.
FORMAT_VERSION = 1
_PREFIX = "graph-"
_WRAPPER = {"hrpath", "format", "key", "graph"}
_enabled = True


def use_cache(enabled: bool) -> None:
    """Turn the cache on or off for this process (the `--no-cache` option)."""
    global _enabled
    _enabled = enabled


def cache_enabled() -> bool:
    """False under `--no-cache` or `HRPATH_NO_CACHE` set to anything but '' or '0'."""
    return _enabled and os.environ.get("HRPATH_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path | None:
    """Where entries live, or None when no home directory can be found."""
    if os.environ.get("HRPATH_CACHE"):
        return Path(os.environ["HRPATH_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "hrpath"
    try:
        return Path.home() / ".cache" / "hrpath"
    except RuntimeError:
        return None


def cache_key(data: bytes) -> str:
    """The entry name of a data file's bytes under this hrpath and cache format."""
    digest = hashlib.sha256(data)
    digest.update(f"\0hrpath {__version__}\0format {FORMAT_VERSION}".encode())
    return digest.hexdigest()


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
    """Write the graph's entry atomically; any failure is silent (it only costs speed)."""
    folder = cache_dir()
    if folder is None or not cache_enabled():
        return
    import tempfile

    from hrpath.datafile.codec import encode

    entry = {"hrpath": __version__, "format": FORMAT_VERSION, "key": key, "graph": encode(graph)}
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{_PREFIX}", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        # Same key, same bytes: whichever racing writer renames last wins harmlessly.
        os.replace(temporary, folder / f"{_PREFIX}{key}.json")
    except (OSError, ValueError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


# An entry is a few times its data file (the 20,000-role chain: 13 MB); data files stop at 64 MB.
_MAX_ENTRY_BYTES = 4 * MAX_BYTES


def _read_entry(key: str) -> Any | None:
    """The entry's graph value when its wrapper is intact, else None (missing, damaged, foreign)."""
    folder = cache_dir()
    if folder is None or not cache_enabled():
        return None
    try:
        # Bounded like a data file: anyone who can write the cache directory
        # could plant a FIFO (a hang) or a huge file (memory) there.
        raw = read_bounded(folder / f"{_PREFIX}{key}.json", limit=_MAX_ENTRY_BYTES)
        value = json.loads(raw, parse_constant=_no_constant)
    except (OSError, ValueError, RecursionError):
        return None  # missing, unreadable, not UTF-8, not JSON, NaN, too deep: rebuild
    if type(value) is not dict or value.keys() != _WRAPPER:
        return None
    if (value["hrpath"], value["format"], value["key"]) != (__version__, FORMAT_VERSION, key):
        return None
    return value["graph"]


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
