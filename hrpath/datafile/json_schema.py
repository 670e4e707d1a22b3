"""A JSON Schema of the data file, generated from the declarations in `spec`.

The loader's structural checks walk the same declarations, so the schema an
editor uses and the checks `hrpath validate` runs cannot drift apart. What JSON
Schema cannot say (ids that must exist, ids that must be unique) is checked by
the loader only.
"""

from __future__ import annotations

from typing import Any

from hrpath.core.text import tidy
from hrpath.datafile.spec import DOCUMENT, MAX_TEXT
from hrpath.datafile.spec_types import ListOf, MapOf, Obj, OneOf, Scalar, Spec

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "hrpath career-path data file"
DESCRIPTION = (
    "Roles, the moves between them and the vocabularies they use. Cross-references "
    "(ids that must exist and be unique) are checked by `hrpath validate`, not by this schema."
)


def data_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a whole data file.

    >>> schema = data_file_schema()
    >>> schema["required"], schema["properties"]["roles"]["type"]
    (['roles'], 'array')
    """
    return {"$schema": DIALECT, "title": TITLE, "description": DESCRIPTION, **spec_schema(DOCUMENT)}


def spec_schema(spec: Spec) -> dict[str, Any]:
    """The JSON Schema of one declaration (object, list, map or scalar).

    >>> spec_schema(Scalar("number", minimum=0))
    {'type': 'number', 'minimum': 0}
    """
    schema: dict[str, Any]
    if isinstance(spec, Obj):
        return _object_schema(spec)
    if isinstance(spec, OneOf):
        return {"anyOf": [spec_schema(option) for option in spec.options]}
    if isinstance(spec, ListOf):
        schema = {"type": "array", "items": spec_schema(spec.item)}
        if spec.min_items:
            schema["minItems"] = spec.min_items
        return schema
    if isinstance(spec, MapOf):
        schema = {"type": "object", "additionalProperties": spec_schema(spec.value)}
        if spec.description:
            schema["description"] = spec.description
        return schema
    return _scalar_schema(spec)


def _object_schema(spec: Obj) -> dict[str, Any]:
    properties = {}
    for key, field in spec.fields.items():
        properties[key] = spec_schema(field.spec)
        if field.description:
            # Description first, so the generated file reads well.
            properties[key] = {"description": field.description, **properties[key]}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [key for key, field in spec.fields.items() if field.required]
    if required:
        schema["required"] = required
    if spec.needs_one_of:
        schema["anyOf"] = [{"required": [key]} for key in spec.needs_one_of]
    schema["additionalProperties"] = False
    return schema


def _scalar_schema(spec: Scalar) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": spec.kind}
    if spec.kind == "string" and spec.enum is None:
        schema["maxLength"] = MAX_TEXT
    if spec.enum is not None:
        schema["enum"] = list(spec.enum)
    if spec.pattern is not None:
        schema["pattern"] = spec.pattern
    if spec.minimum is not None:
        # 0 rather than 0.0, so the printed schema says what the file would say.
        schema["minimum"] = tidy(spec.minimum)
    if spec.maximum is not None:
        schema["maximum"] = tidy(spec.maximum)
    return schema
