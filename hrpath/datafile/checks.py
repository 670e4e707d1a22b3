"""Structural checks of parsed YAML against the declarations in `spec`.

Every problem is collected (not just the first) with its line and the id of
the role it belongs to, so `hrpath validate` can list them all.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

from hrpath.core.text import control_characters, did_you_mean, plain_number
from hrpath.datafile.spec import DOCUMENT, MAX_TEXT
from hrpath.datafile.spec_types import ListOf, MapOf, Obj, OneOf, Scalar, Spec
from hrpath.datafile.yamlsource import BAD_VALUE, YamlList, YamlMap
from hrpath.errors import Problem


class StructureChecker:
    """Walks a parsed document beside its spec and records every mismatch."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[Problem] = []

    def check_document(self, document: Any) -> None:
        """Check a whole data file; the top level must be a mapping with `roles`."""
        if not isinstance(document, YamlMap):
            self._add(getattr(document, "line", 1), "the file must be a mapping with a `roles` list")
            return
        self._check(document, DOCUMENT, "", None, document.line, None)

    def _add(self, line: int | None, message: str, role: str | None = None) -> None:
        self.problems.append(Problem(self.filename, line, message, role))

    def _check(self, value: Any, spec: Spec, path: str, role: str | None, line: int, raw: str | None) -> None:
        if value is BAD_VALUE:
            return
        while isinstance(spec, OneOf):
            spec = _shape_for(value, spec)
        if isinstance(spec, Obj):
            self._check_object(value, spec, path, role, line)
        elif isinstance(spec, ListOf):
            self._check_list(value, spec, path, role, line)
        elif isinstance(spec, MapOf):
            self._check_map(value, spec, path, role, line)
        else:
            self._check_scalar(value, spec, path, role, line, raw)

    def _check_object(self, value: Any, spec: Obj, path: str, role: str | None, line: int) -> None:
        if not isinstance(value, YamlMap):
            self._add(line, f"{path or 'file'}: expected a mapping, got {_describe(value)}", role)
            return
        if path.startswith("roles[") and path.count(".") == 0 and isinstance(value.get("id"), str):
            role = value["id"]
        for key in value:
            if key not in spec.fields:
                hint = did_you_mean(key, list(spec.fields))
                self._add(value.key_lines[key], f"{_join(path, key)}: unknown key {key!r}{hint}", role)
        for key, field in spec.fields.items():
            if key in value:
                self._check(
                    value[key], field.spec, _join(path, key), role, value.key_lines[key], value.raw.get(key)
                )
            elif field.required:
                self._add(value.line, f"{path or 'file'}: missing required key {key!r}", role)
        if spec.needs_one_of and not any(key in value for key in spec.needs_one_of):
            keys = ", ".join(spec.needs_one_of)
            self._add(value.line, f"{path or 'file'}: needs one of the keys {keys}", role)

    def _check_list(self, value: Any, spec: ListOf, path: str, role: str | None, line: int) -> None:
        if not isinstance(value, YamlList):
            self._add(line, f"{path}: expected a list, got {_describe(value)}", role)
            return
        if len(value) < spec.min_items:
            self._add(line, f"{path}: needs at least {spec.min_items} item", role)
        for index, item in enumerate(value):
            self._check(item, spec.item, f"{path}[{index}]", role, value.item_lines[index], value.raw[index])

    def _check_map(self, value: Any, spec: MapOf, path: str, role: str | None, line: int) -> None:
        if not isinstance(value, YamlMap):
            self._add(line, f"{path}: expected a mapping, got {_describe(value)}", role)
            return
        for key, item in value.items():
            self._check(item, spec.value, _join(path, key), role, value.key_lines[key], value.raw.get(key))

    def _check_scalar(
        self, value: Any, spec: Scalar, path: str, role: str | None, line: int, raw: str | None
    ) -> None:
        message = scalar_problem(value, spec, raw) or _text_problem(value)
        if message:
            self._add(line, f"{path}: {message}", role)


def _shape_for(value: Any, spec: OneOf) -> Spec:
    """The option of `spec` matching the value's shape (a mapping, a list or a scalar).

    When none matches, the first option reports the mismatch: it is the plain form.
    """
    shaped = [
        option
        for option in spec.options
        if isinstance(value, YamlMap) == isinstance(option, (Obj, MapOf))
        and isinstance(value, YamlList) == isinstance(option, ListOf)
    ]
    # Of several mappings, the one that knows every key given.
    for option in shaped:
        if not isinstance(option, Obj) or all(key in option.fields for key in value):
            return option
    return shaped[0] if shaped else spec.options[0]


def _text_problem(value: Any) -> str | None:
    """Text is at most MAX_TEXT characters and holds no terminal controls
    (escape codes, bidi overrides); newline and tab are fine.
    """
    if not isinstance(value, str):
        return None
    if len(value) > MAX_TEXT:
        return f"text too long ({len(value):,} characters; at most {MAX_TEXT:,})"
    found = [char for char in control_characters(value) if char not in ("\\x0a", "\\x09")]
    if not found:
        return None
    return f"control characters are not allowed in text ({', '.join(dict.fromkeys(found))})"


def scalar_problem(value: Any, spec: Scalar, raw: str | None = None) -> str | None:
    """Say what is wrong with a scalar value for `spec`, or None when it fits."""
    if not _has_kind(value, spec.kind):
        message = f"expected {_article(spec.kind)}, got {_describe(value)}"
        if isinstance(value, bool) and spec.kind == "string" and raw:
            message += f' (YAML 1.1 reads {raw} as {str(value).lower()}; quote it: "{raw}")'
        elif spec.kind == "string" and raw and value is not None:
            message += f' (quote it: "{raw}")'
        return message
    if spec.enum is not None and value not in spec.enum:
        return f"{value!r} is not one of {', '.join(spec.enum)}{did_you_mean(value, list(spec.enum))}"
    if spec.pattern is not None and not re.fullmatch(spec.pattern, value):
        return f"{value!r} must be {spec.pattern_hint}"
    if spec.minimum is not None and value < spec.minimum:
        return f"{value!r} must be at least {spec.minimum:g}"
    if spec.maximum is not None and value > spec.maximum:
        return f"{_short(value)} must be at most {plain_number(spec.maximum)}"
    return None


def _has_kind(value: Any, kind: str) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int)
    if kind == "number":
        return isinstance(value, (int, float)) and _is_finite(value)
    return isinstance(value, str)


def _is_finite(value: float) -> bool:
    """NaN, infinities and ints too big for a float are not usable numbers."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 20 else text[:17] + "..."


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        if _is_finite(value):
            return f"number {_short(value)}"
        return f"number {_short(value)} ({'too large' if isinstance(value, int) else 'not a finite number'})"
    if isinstance(value, str):
        return f"string {_short(value)}"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else f"a {type(value).__name__} value"


def _article(kind: str) -> str:
    return {"integer": "an integer", "string": "a string", "number": "a number"}.get(kind, "a boolean")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
