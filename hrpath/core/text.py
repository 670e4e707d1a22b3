"""Small wording helpers shared by the core and the data-file checks: numbers
without float noise, "did you mean" hints and the short years label of a move.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# typing is not imported at run time: a TAB press checks its names with `visible`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from hrpath.core.models import Move

# difflib is quadratic in the word's length: a pasted essay gets no hint
# rather than a multi-second wait.
LONGEST_HINTED = 100


def tidy(value: float) -> float:
    """Whole numbers as int (JSON says 3, not 3.0), others rounded off float noise."""
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def years_text(years: float | None) -> str:
    """'1 year', '2.5 years', '0 years'; 'not stated' for None."""
    if years is None:
        return "not stated"
    shown = f"{years:g}"
    return f"{shown} year" if shown == "1" else f"{shown} years"


def plain_number(value: float) -> str:
    """'100,000,000' rather than '1e+08'; '2.5' stays '2.5'."""
    return f"{tidy(value):,}"


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option nearest to `word`, if one is near enough to suggest."""
    if len(word) > LONGEST_HINTED:
        return None

    import difflib  # here, not at the top: only a miss pays for it

    near = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return near[0] if near else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for a near option, or an empty string."""
    near = closest(str(word), options)
    return f" (did you mean {near!r}?)" if near else ""


def years_label(move: Move, with_kind: bool = False) -> str:
    """'3y' or '2.5y', '~3y' when the years are an estimate (or a stand-in for years
    the file does not state); with_kind adds the kind of a lateral move: '2y lateral'."""
    label = f"{'~' if move.estimate or not move.years_stated else ''}{move.years:g}y"
    return label if not with_kind or move.kind == "promotion" else f"{label} {move.kind}"


# Characters that steer a terminal or reorder text rather than show: C0 and C1
# controls, DEL, bidirectional overrides and isolates, and line/paragraph
# separators. A data file from someone else must never emit them raw.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_LAYOUT = frozenset("\n\t")


def control_characters(text: str) -> list[str]:
    """The control characters in `text` (newline and tab included), each as a visible escape."""
    return [_escape(found.group()) for found in _CONTROL.finditer(text)]


def visible(text: str, keep: frozenset[str] = _LAYOUT) -> str:
    """`text` with every control character shown as an escape (`\\x1b`, `\\u202e`).

    Newline and tab are kept by default, where the layout wants them; pass
    `keep=frozenset()` for one-line fields such as completion descriptions.
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(
        lambda found: found.group() if found.group() in keep else _escape(found.group()), text
    )


def json_safe(text: str, dumped: bool = True) -> str:
    """JSON text with the control characters json.dumps leaves raw (DEL, C1, bidi) escaped as \\uXXXX.

    Outside strings JSON is plain ASCII, so only string contents change and
    the document stays valid and lossless. `dumped` False for text that did
    not come straight from json.dumps: then every control character is escaped.
    """
    if dumped and text.isascii() and "\x7f" not in text:
        return text  # json.dumps escaped every other ASCII control: no scan needed
    return _CONTROL.sub(
        lambda found: found.group() if found.group() == "\n" else f"\\u{ord(found.group()):04x}", text
    )


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def split_tokens(values: str | Iterable[str] | None) -> list[str]:
    """The tokens of one or more comma-separated values (`--have a,b --have c`), in order.

    >>> split_tokens(["bachelors, recruiting", "phr"])
    ['bachelors', 'recruiting', 'phr']
    """
    texts = [values] if isinstance(values, str) else list(values or ())
    return [token.strip() for text in texts for token in text.split(",") if token.strip()]
