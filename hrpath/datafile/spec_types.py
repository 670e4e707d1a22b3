"""The building blocks of the data-file declarations in `spec`: scalars, lists, maps, objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Scalar:
    """A string, number, integer or boolean, with optional limits."""

    kind: str  # "string" | "number" | "integer" | "boolean"
    pattern: str | None = None
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern_hint: str = "lowercase letters and digits joined by '-'"


@dataclass(frozen=True)
class ListOf:
    """A YAML sequence whose items all follow `item`."""

    item: Spec
    min_items: int = 0


@dataclass(frozen=True)
class MapOf:
    """A YAML mapping with free string keys whose values follow `value`."""

    value: Spec
    description: str = ""


@dataclass(frozen=True)
class Field:
    """One key of an object: its spec, whether it is required, what it means."""

    spec: Spec
    required: bool = False
    description: str = ""


@dataclass(frozen=True)
class Obj:
    """A YAML mapping with a fixed set of keys."""

    fields: dict[str, Field] = field(default_factory=dict)
    needs_one_of: tuple[str, ...] = ()  # at least one of these keys must be present


@dataclass(frozen=True)
class OneOf:
    """A value that may take one of several shapes: a scalar, or a mapping (at most one of each)."""

    options: tuple[Spec, ...]
    description: str = ""


Spec = Union[Scalar, ListOf, MapOf, Obj, OneOf]
