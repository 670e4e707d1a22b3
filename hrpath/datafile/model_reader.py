"""Strict readers of the models, written once per model as straight-line Python.

A cached graph of 10,000 roles holds about 30,000 model objects; reading
each field through its own small function was most of the time of a query
on such a file. `model_reader` writes one function per model instead, the
way `dataclasses` writes `__init__`: it checks the fields of exact types
(str, int, bool, or None) inline, hands every other value to `codec`'s reader
for its type, and fills the model's slots. Its source is made from the model's
field names and types only, never from the data it reads. It accepts exactly
the JSON values the field types allow (`tests/test_model_reader.py` checks
that against a type check of its own). Writing the readers takes about
4 ms, so `codec` uses them for big files only (`COMPILED_FROM` roles).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from typing import Any

from hrpath.datafile.links import Damaged

Reader = Callable[[Any], Any]
_EXACT = (str, int, bool)


def model_reader(model: type, hints: dict[str, Any], readers: dict[str, Reader]) -> Reader:
    """The reader of `model` objects. `hints` are its resolved field types; `readers`
    the reader of each field, used for the fields not checked inline."""
    names: dict[str, Any] = {
        "Damaged": Damaged,
        "ABSENT": object(),  # a required field's stand-in: it fails every check
        "MODEL": model,
        "FIELDS": frozenset(hints),
    }
    lines = [
        "def read(value):",
        "    if type(value) is not dict:",
        "        raise Damaged('not an object')",
        "    if not value.keys() <= FIELDS:",
        "        raise Damaged('not an object with the expected keys')",
        "    get = value.get",
    ]
    arguments = []
    for number, field in enumerate(dataclasses.fields(model)):
        if not field.init or field.kw_only:
            raise TypeError(f"the cache cannot read {model.__name__}.{field.name}: teach codec.model_reader")
        variable = f"x{number}"
        names[f"READ{number}"] = readers[field.name]
        lines += _field_lines(field, variable, number, hints[field.name], names)
        arguments.append(variable)
    lines += _construct(model, arguments, names)
    exec("\n".join(lines), names)  # the source holds field names and types, never data
    reader: Reader = names["read"]
    return reader


def _construct(model: type, arguments: list[str], names: dict[str, Any]) -> list[str]:
    """Statements that return the model made of `arguments`, its fields in order.

    A frozen dataclass's `__init__` sets each field through `object.__setattr__`;
    for a model with slots and nothing else in `__init__`, setting the slots
    directly makes the same object in half the time (a third of a big read).
    """
    fields = dataclasses.fields(model)
    slots = all(isinstance(vars(model).get(field.name), types.MemberDescriptorType) for field in fields)
    if not slots or hasattr(model, "__post_init__"):
        return [f"    return MODEL({', '.join(arguments)})"]
    names["NEW"] = object.__new__
    lines = ["    made = NEW(MODEL)"]
    for number, (field, argument) in enumerate(zip(fields, arguments, strict=True)):
        names[f"SET{number}"] = vars(model)[field.name].__set__
        lines.append(f"    SET{number}(made, {argument})")
    return [*lines, "    return made"]


def _field_lines(
    field: dataclasses.Field[Any], variable: str, number: int, hint: Any, names: dict[str, Any]
) -> list[str]:
    """Read one field into `variable`: its default when absent, else the value checked."""
    lines = [f"    {variable} = get({field.name!r}, ABSENT)"]
    args = typing.get_args(hint)
    others = [arg for arg in args if arg is not type(None)]
    fails = None
    if hint in _EXACT:
        fails = _fails(variable, hint)
    elif len(args) == 2 and len(others) == 1 and others[0] in _EXACT:
        fails = f"{variable} is not None and {_fails(variable, others[0])}"
    reader = f"READ{number}"
    if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
        # Required: ABSENT fails every check and every reader.
        check = (
            f"if {fails}: raise Damaged({field.name!r})" if fails else f"{variable} = {reader}({variable})"
        )
        return [*lines, f"    {check}"]
    if field.default_factory is not dataclasses.MISSING:
        names[f"DEFAULT{number}"] = field.default_factory
        default = f"DEFAULT{number}()"
    else:
        names[f"DEFAULT{number}"] = field.default
        default = f"DEFAULT{number}"
    if fails:
        return [
            *lines,
            f"    if {variable} is ABSENT: {variable} = {default}",
            f"    elif {fails}: raise Damaged({field.name!r})",
        ]
    return [*lines, f"    {variable} = {default} if {variable} is ABSENT else {reader}({variable})"]


def _fails(variable: str, kind: type) -> str:
    """An expression true when `variable` is not exactly a `kind`."""
    return f"type({variable}) is not {kind.__name__}"
