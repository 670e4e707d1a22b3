"""The cache's model readers accept exactly the values their field types allow, and
build the same objects the models' own constructors build."""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from pathlib import Path
from typing import Any

import pytest

from hrpath.core.models import AnyOf, Certification, Move, Pay, Requirements, Role, Source, Term
from hrpath.datafile import codec
from hrpath.datafile.codec import Damaged, decode, decode_value, decoder, encode, encode_value
from hrpath.datafile.loader import load_graph
from hrpath.datafile.model_reader import model_reader
from tests.test_cache import generated_yaml

SAMPLES = (
    Role("r", "R", "entry", moves=(Move("r", "s"),), pay=Pay(1.0)),
    Move("a", "b", "lateral", 2.5, estimate=True),
    Requirements("bachelors", 2, ("s",), any_of=(AnyOf(("s", "t")),), skill_levels=(("s", 2),)),
    Pay(50_000, 2024, band=(1.0, 2.0), percentiles=(("p10", 1.0),)),
    Term("t", "T", ("alias",), 3, ("a", "b", "c"), 4.0),
    Certification("c", "C", eligibility=(("any", 2),)),
    Source("s", year=2024, url="https://example.org"),
    AnyOf(("a", "b"), 2),
)
PROBES: tuple[Any, ...] = (
    "x", "", 0, 2, -1, 2.5, 1e308, math.inf, True, False, None, [], ["x"], ["x", "y"], [1], [["x", 1]],
    [["x", 1.5]], [["x", "y"]], [0.5, 2.0], [1, 2, 3], {}, {"median": 1.0}, {"ids": ["a"]},
    [{"origin": "a", "target": "b"}], [{"ids": []}], {"x": 1}, (), ("x",),
)  # fmt: skip


def fits(value: Any, hint: Any) -> bool:
    """Whether a JSON value is a `hint`, spelled out independently of the readers."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in (str, int, bool):
        return type(value) is hint
    if hint is float:
        return type(value) in (int, float) and math.isfinite(value)
    if hint is type(None):
        return value is None
    if origin in (types.UnionType, typing.Union):
        return any(fits(value, arg) for arg in args)
    if origin is tuple and args[-1] is Ellipsis:
        return type(value) is list and all(fits(item, args[0]) for item in value)
    if origin is tuple:
        return type(value) is list and len(value) == len(args) and all(map(fits, value, args))
    assert dataclasses.is_dataclass(hint), hint
    if type(value) is not dict:
        return False
    fields = {field.name: field for field in dataclasses.fields(hint)}
    hints = typing.get_type_hints(hint)
    required = {
        name
        for name, field in fields.items()
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    }
    return required <= value.keys() <= fields.keys() and all(fits(value[key], hints[key]) for key in value)


COMPILED = pytest.mark.parametrize("compiled", [False, True], ids=["closures", "compiled"])


@COMPILED
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: type(sample).__name__)
def test_each_field_takes_what_its_type_allows_and_nothing_else(sample: Any, compiled: bool) -> None:
    model = type(sample)
    base = encode_value(sample)
    assert decoder(model, compiled)(base) == sample
    for field in dataclasses.fields(model):
        for probe in PROBES:
            value = {**base, field.name: probe}
            if fits(value, model):
                read = decoder(model, compiled)(value)
                assert encode_value(getattr(read, field.name)) == probe, (field.name, probe)
                assert read == model(**{**vars_of(read)}), (field.name, probe)
            else:
                with pytest.raises(Damaged):
                    decoder(model, compiled)(value)


def vars_of(made: Any) -> dict[str, Any]:
    return {field.name: getattr(made, field.name) for field in dataclasses.fields(made)}


@COMPILED
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: type(sample).__name__)
def test_missing_required_fields_unknown_keys_and_non_objects_are_damage(sample: Any, compiled: bool) -> None:
    model = type(sample)
    base = encode_value(sample)
    for field in dataclasses.fields(model):
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            with pytest.raises(Damaged):
                decoder(model, compiled)({key: value for key, value in base.items() if key != field.name})
    for wrong in ({**base, "unknown": 1}, [base], None, "x", 1):
        with pytest.raises(Damaged):
            decoder(model, compiled)(wrong)


@COMPILED
def test_absent_fields_take_their_defaults(compiled: bool) -> None:
    role = decoder(Role, compiled)({"id": "a", "title": "A", "level": "entry"})
    assert role == Role("a", "A", "entry")
    assert role.requires == Requirements() and role.moves == () and role.pay is None


def test_a_big_graph_is_read_by_the_compiled_readers_into_the_same_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(generated_yaml(codec.COMPILED_FROM), encoding="utf-8")
    encoded = json.loads(json.dumps(encode(load_graph(path))))
    written: list[type] = []
    monkeypatch.setattr(
        codec, "model_reader", lambda model, *rest: written.append(model) or model_reader(model, *rest)
    )
    codec.decoder.cache_clear()
    try:
        graph = decode(encoded)
    finally:
        codec.decoder.cache_clear()  # no reader made by the spy outlives this test
    assert {Role, Move, Requirements} <= set(written)
    assert list(graph) == [decode_value(role, Role) for role in encoded["roles"]]
    assert encode(graph) == encoded
