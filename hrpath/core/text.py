"""Small wording helpers shared by the core and the data-file checks: numbers
without float noise, "did you mean" hints and the short years label of a move.
"""

from __future__ import annotations

from collections.abc import Iterable

from hrpath.core.models import Move

# difflib is quadratic in the word's length: a pasted essay gets no hint
# rather than a multi-second wait.
_LONGEST_HINTED = 100


def tidy(value: float) -> float:
    """Whole numbers as int (JSON says 3, not 3.0), others rounded off float noise."""
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def plain_number(value: float) -> str:
    """'100,000,000' rather than '1e+08'; '2.5' stays '2.5'."""
    return f"{tidy(value):,}"


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option nearest to `word`, if one is near enough to suggest."""
    if len(word) > _LONGEST_HINTED:
        return None
    import difflib  # only when something is wrong: not at start-up

    near = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return near[0] if near else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for a near option, or an empty string."""
    near = closest(str(word), options)
    return f" (did you mean {near!r}?)" if near else ""


def years_label(move: Move, with_kind: bool = False) -> str:
    """'3y' or '2.5y'; with_kind adds the kind of a lateral move: '2y lateral'."""
    label = f"{move.years:g}y"
    return label if not with_kind or move.kind == "promotion" else f"{label} {move.kind}"
