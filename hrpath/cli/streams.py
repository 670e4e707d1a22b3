"""The standard streams: any encoding survived, and a quiet stdout after a failure.

The streams degrade characters they cannot encode to readable replacements
instead of failing, and JSON is escaped for the stream it goes to. The rich
consoles that make control characters visible are in `console`; this module
imports no rich, so a `--json` answer never loads it.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable

# typing is not imported at run time: a TAB press loads this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

READABLE = "hrpath-readable"

# Stand-ins for the non-ASCII characters hrpath itself prints.
_ASCII = {
    "→": "->",
    "⇢": "~>",
    "←": "<-",
    "…": "...",
    "—": "--",
    "\u2013": "-",
    "·": "-",
    "•": "*",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "✓": "v",
    "✗": "x",
    "≥": ">=",
    "≤": "<=",
    "\u00d7": "x",
}


def _readable(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: 'é' -> 'e', '→' -> '->', anything else -> '\\u2603'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_replacement(char, error.encoding) for char in text), error.end


def _replacement(char: str, encoding: str) -> str:
    if char in _ASCII:
        return _ASCII[char]
    import unicodedata  # only a character the stream cannot encode pays for it

    plain = unicodedata.normalize("NFKD", char).encode(encoding, "ignore").decode(encoding)
    if plain.strip():
        return plain
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


codecs.register_error(READABLE, _readable)


def degrade_gracefully(streams: Iterable[IO[str] | None] = ()) -> None:
    """Make stdout and stderr replace what their encoding cannot show instead of raising."""
    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=READABLE)


def encodable_json(text: str, stream: IO[str] | None = None) -> str:
    """JSON text with every character the stream cannot encode written as \\uXXXX.

    Non-ASCII characters only occur inside JSON strings, so the escapes keep
    the document valid and lossless in any encoding.
    """
    encoding = getattr(stream or sys.stdout, "encoding", None) or "utf-8"
    if text.isascii() and encoding.lower().replace("_", "-") in ("utf-8", "utf8", "ascii"):
        return text  # no trial encoding of a 6 MB answer that is plain ASCII
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        return "".join(char if _encodes(char, encoding) else _json_escape(char) for char in text)


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
        return True
    except (UnicodeEncodeError, LookupError):
        return ord(char) < 0x80


def _json_escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def quiet_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
