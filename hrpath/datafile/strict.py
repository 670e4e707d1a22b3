"""Strict readers of untrusted JSON values: exactly the type asked for, or `Damaged`.

`type(x) is ...` rather than isinstance: True is an int to Python, not to a data file.
"""

from __future__ import annotations

from typing import Any

from hrpath.datafile.spec import Scalar


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
    return tuple(text(item) for item in items(value))


def flag(value: Any) -> bool:
    if type(value) is not bool:
        raise Damaged("not a boolean")
    return value


def number(value: Any, spec: Scalar, kinds: type | tuple[type, ...] = (int, float)) -> float:
    # type() rather than isinstance: True is an int to Python, not to a data file.
    if type(value) not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise Damaged("not a number")
    low = spec.minimum if spec.minimum is not None else value
    high = spec.maximum if spec.maximum is not None else value
    if not low <= value <= high:  # also false for NaN
        raise Damaged("number out of range")
    return value  # type: ignore[no-any-return]
