"""Strict readers of untrusted JSON values: exactly the type asked for, or `Damaged`.

`type(x) is ...` rather than isinstance: True is an int to Python, not to a data file.
"""

from __future__ import annotations

from typing import Any


class Damaged(Exception):
    """A compiled graph that is not exactly what `encode` writes for a checked file."""


def obj(value: Any, keys: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict or value.keys() != keys:
        raise Damaged("not the expected object")
    return value


def items(value: Any) -> list[Any]:
    if type(value) is not list:
        raise Damaged("not a list")
    return value


def fixed(value: Any, size: int) -> list[Any]:
    if type(value) is not list or len(value) != size:
        raise Damaged(f"not a list of {size}")
    return value


def text(value: Any) -> str:
    if type(value) is not str:
        raise Damaged("not a string")
    return value


def texts(value: Any) -> tuple[str, ...]:
    """A list of strings, as a tuple (one call per list, not per item: roles have many)."""
    if type(value) is not list or not all(type(item) is str for item in value):
        raise Damaged("not a list of strings")
    return tuple(value)


def optional_text(value: Any) -> str | None:
    """A string or null."""
    if value is None or type(value) is str:
        return value
    raise Damaged("not a string or null")


def flag(value: Any) -> bool:
    if type(value) is not bool:
        raise Damaged("not a boolean")
    return value


def number(value: Any, low: float, high: float, kinds: tuple[type, ...] = (int, float)) -> float:
    """A number of one of `kinds` from `low` to `high` (never a boolean, NaN or infinity)."""
    if type(value) not in kinds:
        raise Damaged("not a number")
    if not low <= value <= high:  # also false for NaN
        raise Damaged("number out of range")
    return value  # type: ignore[no-any-return]
