"""What reaches the terminal: control characters made visible, any encoding survived.

A data file from someone else, or a pasted argument, may hold escape codes;
every console the CLI prints through wraps its renderables so their text is
passed through `visible` after layout, and the standard streams degrade
characters they cannot encode to readable replacements instead of failing.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console, ConsoleOptions, RenderableType, RenderHook, RenderResult
from rich.segment import Segment

from hrpath.core.text import visible

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


class _Visible:
    """A renderable whose segments are shown with control characters escaped."""

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            if segment.control or not segment.text:
                yield segment
            else:
                yield Segment(visible(segment.text), segment.style)


class _VisibleHook(RenderHook):
    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        return [_Visible(renderable) for renderable in renderables]


def safe_console(stderr: bool = False, **options: Any) -> Console:
    """A rich console that never writes a raw control character from data."""
    console = Console(stderr=stderr, **options)
    console.push_render_hook(_VisibleHook())
    return console


def _readable(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: 'é' -> 'e', '→' -> '->', anything else -> '\\u2603'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_replacement(char, error.encoding) for char in text), error.end


def _replacement(char: str, encoding: str) -> str:
    if char in _ASCII:
        return _ASCII[char]
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
