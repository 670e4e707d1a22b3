"""A checked graph as plain JSON values and back, derived from the models themselves.

Encoding and decoding walk `dataclasses.fields` and the resolved type hints
(each model's reader is written once from them: `model_reader`), so a field
added to a model is encoded and checked without touching this module: the
codec cannot drift from the model. A field that holds its
default is left out (most do, and an entry of 20,000 roles then reads in half
the time); decoding lets the model fill it in again. Decoding is strict (no
unknown or missing required keys, exact types, finite numbers) and then
checks every link the file checks demand; anything else raises `Damaged`. JSON types carry through
unchanged: an int stays an int and a float a float, so answers print alike.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import cache
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Certification, Role, Source, Term
from hrpath.datafile.links import Damaged as Damaged  # re-exported: readers of entries catch it here
from hrpath.datafile.links import check_links
from hrpath.datafile.model_reader import model_reader

# The graph's own constructor arguments, in order.
GRAPH_PARTS: dict[str, Any] = {
    "roles": tuple[Role, ...],
    "education": tuple[Term, ...],
    "skills": tuple[Term, ...],
    "certifications": tuple[Certification, ...],
    "sources": tuple[Source, ...],
    "levels": tuple[Term, ...],
}


def encode(graph: RoleGraph) -> dict[str, Any]:
    """The graph as JSON values: one key per constructor argument."""
    parts = {
        "roles": list(graph),
        "education": graph.education,
        "skills": graph.skills.values(),
        "certifications": graph.certifications.values(),
        "sources": graph.sources.values(),
        "levels": graph.levels,
    }
    return {name: [encode_value(item) for item in items] for name, items in parts.items()}


def encode_value(value: Any) -> Any:
    """A model (or a part of one) as JSON values: dataclasses as objects, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        defaults = _defaults(type(value))
        return {
            f.name: encode_value(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not _is_default(getattr(value, f.name), defaults.get(f.name, _REQUIRED))
        }
    if isinstance(value, tuple):
        return [encode_value(item) for item in value]
    return value


_REQUIRED = object()  # stands for "no default" in the defaults of a model


@cache
def _defaults(model: type) -> dict[str, Any]:
    """The default value of each field of a model that has one."""
    found = {}
    for f in dataclasses.fields(model):
        if f.default is not dataclasses.MISSING:
            found[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            found[f.name] = f.default_factory()
    return found


def _is_default(value: Any, default: Any) -> bool:
    # The type too: 0 and False, or 2 and 2.0, are equal but print differently.
    return default is not _REQUIRED and type(value) is type(default) and value == default


def decode(value: Any) -> RoleGraph:
    """The graph an `encode` value stands for; Damaged unless it is exactly a valid one.

    Any failure on the way (a wrong type, a missing key, a dangling id, a
    constructor that trips) counts as damage: the entry is then rebuilt.
    """
    try:
        compiled = type(value) is dict and len(value.get("roles", ())) >= COMPILED_FROM
        parts = _decode_object(value, {name: decoder(hint, compiled) for name, hint in GRAPH_PARTS.items()})
        graph = RoleGraph(**parts)
        check_links(parts, graph.level_ids())
    except Damaged:
        raise
    except Exception as error:  # tampered bytes may trip anything
        raise Damaged(f"{type(error).__name__}: {error}") from None
    return graph


def decode_value(value: Any, hint: Any) -> Any:
    """A JSON value read back as `hint` (a model, tuple, union or str/int/float/bool)."""
    return decoder(hint)(value)


Decoder = Callable[[Any], Any]
# From this many roles on, models are read by readers written as straight-line code
# (`model_reader`): reading takes about 40% less time, but writing them takes about 4 ms,
# more than they save on a smaller file (the shipped one has a hundred roles).
COMPILED_FROM = 1_000


@cache
def decoder(hint: Any, compiled: bool = False) -> Decoder:
    """The strict reader of one type, built once from the hint (a walk per value is slow).

    `compiled` reads models with `model_reader`'s readers; both kinds accept the same values.
    """
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _model_decoder(hint, compiled)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if args[0] in (str, int, bool):
            return _exact_list(args[0])
        return _list_decoder(decoder(args[0], compiled))
    if origin is tuple:
        return _fixed_decoder(tuple(decoder(arg, compiled) for arg in args))
    if origin in (types.UnionType, typing.Union):
        others = tuple(decoder(arg, compiled) for arg in args if arg is not type(None))
        return _union_decoder(others, type(None) in args)
    if hint is type(None):
        return _exactly(type(None))
    if hint is float:
        return _number
    if hint in (str, int, bool):
        return _exactly(hint)
    raise TypeError(f"the cache cannot encode {hint!r}: teach codec.decoder")


def _model_decoder(model: type, compiled: bool) -> Decoder:
    resolved = typing.get_type_hints(model)
    fields = {f.name: decoder(resolved[f.name], compiled) for f in dataclasses.fields(model)}
    if compiled:
        return model_reader(model, {name: resolved[name] for name in fields}, fields)
    required = fields.keys() - _defaults(model).keys()

    def read(value: Any) -> Any:
        return model(**_decode_object(value, fields, required))

    return read


def _decode_object(
    value: Any, fields: dict[str, Decoder], required: AbstractSet[str] | None = None
) -> dict[str, Any]:
    """The fields of a JSON object, each read strictly; keys outside `fields` or missing
    from `required` (default: every field) are damage. Absent fields keep their defaults.
    """
    if type(value) is not dict:
        raise Damaged("not an object")
    keys = value.keys()
    if not keys <= fields.keys() or not keys >= (fields.keys() if required is None else required):
        raise Damaged("not an object with the expected keys")
    return {name: fields[name](item) for name, item in value.items()}


def _list_decoder(item: Decoder) -> Decoder:
    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Damaged("not a list")
        return tuple(map(item, value))

    return read


def _exact_list(kind: type) -> Decoder:
    """A list of exactly `kind` items (ids, labels, duties): checked without a call per item."""

    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Damaged("not a list")
        for item in value:
            if type(item) is not kind:
                raise Damaged(f"not a {kind.__name__}")
        return tuple(value)

    return read


def _fixed_decoder(items: tuple[Decoder, ...]) -> Decoder:
    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(items):
            raise Damaged("not a list of the right length")
        return tuple(read_one(part) for read_one, part in zip(items, value, strict=True))

    return read


def _union_decoder(options: tuple[Decoder, ...], optional: bool) -> Decoder:
    def read(value: Any) -> Any:
        if value is None and optional:
            return None  # most optional fields are unset: no exception to catch
        for option in options:
            try:
                return option(value)
            except Damaged:
                continue
        raise Damaged("none of the union's types")

    return read


def _exactly(kind: type) -> Decoder:
    def read(value: Any) -> Any:
        if type(value) is not kind:
            raise Damaged(f"not a {kind.__name__}")
        return value

    return read


def _number(value: Any) -> Any:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise Damaged("not a finite number")
    return value  # kept as given: 2 and 2.0 print differently
