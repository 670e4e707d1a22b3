"""A content-addressed cache of checked graphs, so a query skips YAML and the checks.

An entry's name is the SHA-256 of the data file's bytes, hrpath's version and
the compiled format's version: an edited file, a new hrpath or a new format
simply misses. Entries are JSON (`compiled.encode`), never pickle or marshal,
and are read back strictly (`compiled.decode`): a damaged or tampered entry is
ignored and rebuilt, never trusted. Writes go to a temporary file renamed into
place, so two processes racing write the same bytes and readers never see half
a file. A missing or read-only cache directory only costs speed.

Where: `$HRPATH_CACHE`, else `$XDG_CACHE_HOME/hrpath`, else `~/.cache/hrpath`.
Off: `HRPATH_NO_CACHE=1` or the global `--no-cache` option (`use_cache(False)`).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrpath import __version__

if TYPE_CHECKING:
    from hrpath.core.graph import RoleGraph

# Bump when `compiled.encode` or the models change shape: old entries then miss.
FORMAT_VERSION = 1
_PREFIX = "graph-"
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
    chosen = os.environ.get("HRPATH_CACHE") or os.environ.get("XDG_CACHE_HOME")
    if chosen:
        return Path(chosen) if os.environ.get("HRPATH_CACHE") else Path(chosen) / "hrpath"
    try:
        return Path.home() / ".cache" / "hrpath"
    except RuntimeError:
        return None


def cache_key(data: bytes) -> str:
    """The entry name of a data file's bytes under this hrpath and format version."""
    try:
        # The builtin module, not hashlib: hashlib loads OpenSSL, a tenth of a TAB press.
        from _sha256 import sha256  # type: ignore[import-not-found]
    except ImportError:
        from hashlib import sha256
    digest = sha256(data)
    digest.update(f"\0hrpath {__version__}\0format {FORMAT_VERSION}".encode())
    return str(digest.hexdigest())


def read_entry(key: str) -> Any | None:
    """The entry's JSON value when its wrapper is intact, else None (missing, damaged, foreign)."""
    folder = cache_dir()
    if folder is None or not cache_enabled():
        return None
    try:
        raw = (folder / f"{_PREFIX}{key}.json").read_bytes()
        value = json.loads(raw, parse_constant=_no_constant)
    except (OSError, ValueError, RecursionError):
        return None  # missing, unreadable, not UTF-8, not JSON, NaN, too deep: rebuild
    if type(value) is not dict or value.keys() != {"hrpath", "format", "key", "graph"}:
        return None
    if (value["hrpath"], value["format"], value["key"]) != (__version__, FORMAT_VERSION, key):
        return None
    return value["graph"]


def load_entry(key: str) -> RoleGraph | None:
    """The cached graph for `key`, or None when there is none or it does not check out."""
    graph = read_entry(key)
    if graph is None:
        return None
    from hrpath.datafile.compiled import decode
    from hrpath.datafile.strict import Damaged

    try:
        return decode(graph)
    except (Damaged, RecursionError):
        return None


def store_entry(key: str, graph: RoleGraph) -> None:
    """Write the graph's entry atomically; any failure is silent (it only costs speed)."""
    folder = cache_dir()
    if folder is None or not cache_enabled():
        return
    import tempfile

    from hrpath.datafile.compiled import encode

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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
