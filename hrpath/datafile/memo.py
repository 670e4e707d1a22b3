"""Answers to repeated questions, kept in the cache beside the graph entries.

On a big framework one answer can take a second to compute and megabytes to
print. Asked again about the same unchanged file, it is printed from here.
The key is the SHA-256 of the graph entry's key (the file's bytes, hrpath's
version, the cache format), of hrpath's own modules (each one's size and
time) and of the question: the core function, its arguments and the JSON
contract it is printed in. So an edited file, edited code or any other
argument (a saved profile's too) simply misses.

Only JSON answers that took REMEMBER_AFTER seconds or more are kept, and at
most KEEP of them: writing one more removes the oldest. An entry is one header
line (hrpath's version, the format, the key, the length and CRC-32 of the
answer) and the answer's text. One that does not match is ignored and written
again. hrpath writes answers with every control character escaped, so an
entry that is not plain printable ASCII is escaped in full when read back: a
tampered entry cannot put a raw control character on the terminal. Like a
well-formed graph entry, a well-formed answer is trusted.
The cache switches (`HRPATH_NO_CACHE`, `--no-cache`) turn this off too.
"""

from __future__ import annotations

import json
import os
import zlib
from contextlib import suppress
from typing import Any

from hrpath import __version__
from hrpath.core.text import json_safe
from hrpath.datafile import cache
from hrpath.datafile.limits import MAX_BYTES, read_bytes_bounded

# Seconds from loading the file to the answer's JSON: faster answers are not worth a file.
REMEMBER_AFTER = 0.1
KEEP = 16
_PREFIX = "answer-"
_FORMAT = 1
_HEADER = ("hrpath", "format", "key", "length", "crc32")
_PLAIN = bytes(range(0x20, 0x7F)) + b"\n"  # what an ASCII answer is made of
_HEX = frozenset("0123456789abcdef")


def question_key(graph_key: str, question: Any) -> str | None:
    """The entry name of `question` about the file of `graph_key`, or None when the
    question is not plain JSON values (then it is not remembered).

    hrpath's own code is part of the key too (each module's size and time), so
    an edited checkout never prints what older code answered.
    """
    try:
        # ASCII: an argument may hold lone surrogates (bytes that were not UTF-8).
        spelled = json.dumps([_code_stamp(), question], sort_keys=True, allow_nan=False)
    except (TypeError, ValueError, OSError):  # OSError: hrpath's files changing under it
        return None
    digest = cache.sha256()(f"{graph_key}\0{spelled}".encode())
    return str(digest.hexdigest())


def _code_stamp() -> list[tuple[str, int, int]]:
    """(module path, size, modification time) of every module of the installed hrpath."""
    stamp: list[tuple[str, int, int]] = []
    folders = [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    status = entry.stat()
                    stamp.append((entry.path, status.st_size, status.st_mtime_ns))
                elif entry.is_dir() and entry.name != "__pycache__":
                    folders.append(entry.path)
    return sorted(stamp)


def recall(key: str) -> str | None:
    """The remembered answer of `key`, or None when there is none or it does not check out."""
    folder = cache.cache_folder()
    if folder is None or not cache.cache_enabled():
        return None
    try:
        header, _, body = read_bytes_bounded(os.path.join(folder, f"{_PREFIX}{key}.json")).partition(b"\n")
        fields = json.loads(header)
        text = body.decode("utf-8")
    except (OSError, ValueError, RecursionError):
        return None  # missing, unreadable, not UTF-8, too big: answered afresh
    expected = [__version__, _FORMAT, key, len(text), zlib.crc32(body)]
    if type(fields) is not dict or [fields.get(name) for name in _HEADER] != expected:
        return None
    if body.translate(None, _PLAIN):
        # Anything but printable ASCII: escape every control character, as if
        # the entry had been tampered with (what hrpath writes has none).
        return json_safe(text, dumped=False)
    return text


def remember(key: str, text: str) -> None:
    """Keep `text` as the answer of `key`, then drop the oldest answers beyond KEEP.

    An answer longer than a data file may be (MAX_BYTES) is not kept: it could not be read back.
    """
    body = text.encode("utf-8")  # once: a big answer is megabytes
    if len(body) > MAX_BYTES - 1024:
        return
    header = dict(zip(_HEADER, [__version__, _FORMAT, key, len(text), zlib.crc32(body)], strict=True))
    name = f"{_PREFIX}{key}.json"
    cache.write_entry(name, json.dumps(header).encode() + b"\n" + body)
    _forget_oldest(name)


def _forget_oldest(newest: str) -> None:
    """Remove the least recently written answers beyond KEEP (never `newest`, whose
    time may equal others': file times tick coarsely). Failures only cost disk."""
    folder = cache.cache_folder()
    if folder is None:
        return
    try:
        with os.scandir(folder) as entries:
            others = [e for e in entries if _is_answer(e.name) and e.name != newest and e.is_file()]
            written = sorted(others, key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for entry in written[KEEP - 1 :]:
        with suppress(OSError):
            os.unlink(entry.path)


def _is_answer(name: str) -> bool:
    """True for the name of an answer entry: any other file in the folder is left alone."""
    key = name.removeprefix(_PREFIX).removesuffix(".json")
    return len(name) == len(_PREFIX) + 64 + 5 and len(key) == 64 and set(key) <= _HEX
