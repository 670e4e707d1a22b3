"""Compact JSON text of an answer, writing an object that the answer holds many times once.

Big answers repeat whole objects: a route's alternatives share most of their
steps, and `RoutePlan.to_dict` gives a shared step the same dict each time.
`json.dumps` would encode every occurrence again (most of the time of a
50-route answer). `dumps_shared` encodes each repeated object once and reuses
its text; everything else still goes through the C encoder in as few calls as
it can. The text is the same as `json.dumps(value, ensure_ascii=False,
allow_nan=False)`, character for character: which parts are encoded apart
changes only the speed, never the text.
"""

from __future__ import annotations

import json
from collections import Counter

# typing is not imported at run time: this is on the path of every --json answer.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Lists shorter than this are encoded whole: splitting them cannot save much.
LONG = 16

_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode
_encode_string = json.encoder.encode_basestring  # what the encoder above writes for a str


def dumps_shared(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, allow_nan=False)`, encoding each
    object the answer holds more than once (the same object, by identity) once."""
    counts: Counter[int] = Counter()
    if _is_branch(value):
        _count(value, counts)
    shared = {key for key, count in counts.items() if count > 1}
    if not shared:
        return _encode(value)
    parts: list[str] = []
    _write(value, shared, {}, parts)
    return "".join(parts)


def _is_branch(value: Any) -> bool:
    """True for a long list, or a dict with string keys holding one: where repeats are looked for."""
    if type(value) is list:
        return len(value) >= LONG
    if type(value) is not dict:
        return False
    return all(type(key) is str for key in value) and any(
        type(item) is list and len(item) >= LONG for item in value.values()
    )


def _count(value: Any, counts: Counter[int]) -> None:
    """Count, by identity, the containers in the long lists under `value`."""
    if type(value) is dict:
        for item in value.values():
            if _is_branch(item):
                _count(item, counts)
        return
    if type(value[0]) in (dict, list):
        counts.update(map(id, value))
    # Answers' lists hold one kind of thing: the first says whether to look deeper.
    if _is_branch(value[0]):
        for item in value:
            if _is_branch(item):
                _count(item, counts)


def _write(value: Any, shared: set[int], known: dict[int, str], parts: list[str]) -> None:
    """Append the text of `value` to `parts`: repeated objects from `known`, the rest encoded."""
    if id(value) in known:
        parts.append(known[id(value)])
        return
    start = len(parts)
    if not _is_branch(value):
        parts.append(_encode(value))
    elif type(value) is dict:
        _write_dict(value, shared, known, parts)
    else:
        _write_list(value, shared, known, parts)
    if id(value) in shared:
        known[id(value)] = parts[start] if len(parts) == start + 1 else "".join(parts[start:])


def _write_dict(value: dict[str, Any], shared: set[int], known: dict[int, str], parts: list[str]) -> None:
    parts.append("{")
    for position, (key, item) in enumerate(value.items()):
        parts.append(f"{', ' if position else ''}{_encode_string(key)}: ")
        _write(item, shared, known, parts)
    parts.append("}")


def _write_list(value: list[Any], shared: set[int], known: dict[int, str], parts: list[str]) -> None:
    """A long list: repeated and branching items one by one, runs of the others in one encoding."""
    deeper = _is_branch(value[0])
    parts.append("[")
    run = 0  # where the run of items not yet written starts
    for position, item in enumerate(value):
        if id(item) in shared or (deeper and _is_branch(item)):
            if run < position:
                parts.append(_encode(value[run:position])[1:-1])
                parts.append(", ")
            text = known.get(id(item))  # most repeats: written here without a call
            if text is None:
                _write(item, shared, known, parts)
            else:
                parts.append(text)
            parts.append(", ")
            run = position + 1
    if run < len(value):
        parts.append(_encode(value[run:])[1:-1])
    else:
        parts.pop()  # the last item's separator
    parts.append("]")
