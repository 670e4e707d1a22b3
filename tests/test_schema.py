"""The JSON Schema is generated from the spec and agrees with `hrpath validate`."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.datafile.json_schema import data_file_schema
from hrpath.datafile.loader import check_file, default_data_path
from hrpath.datafile.spec import DOCUMENT, ROLE, ListOf, Obj
from hrpath.datafile.starter import starter_text

SCHEMA = data_file_schema()
VALIDATOR = Draft202012Validator(SCHEMA)
SMALL = Path(__file__).parent / "data" / "small.yaml"

BASE: dict[str, Any] = {
    "education": [{"id": "bachelors", "label": "Bachelor's degree"}],
    "skills": [{"id": "recruiting", "label": "Recruiting"}],
    "certifications": [{"id": "phr", "eligibility": {"bachelors": 2}}],
    "roles": [
        {
            "id": "assistant",
            "title": "HR Assistant",
            "level": "entry",
            "duties": ["Keep records"],
            "requires": {"education": "bachelors", "experience_years": 0, "skills": ["recruiting"]},
            "pay": {"median_usd": 50000, "year": 2024},
            "next": [{"to": "manager", "kind": "promotion", "years": 2}],
        },
        {"id": "manager", "title": "HR Manager", "level": "senior"},
    ],
}


def _role(doc: dict[str, Any]) -> dict[str, Any]:
    role: dict[str, Any] = doc["roles"][0]
    return role


INVALID: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown top-level key": lambda d: d.update(rolez=[]),
    "unknown role key": lambda d: _role(d).update(titel="x"),
    "unknown key in a move": lambda d: _role(d)["next"][0].update(too="manager"),
    "missing roles": lambda d: d.pop("roles"),
    "missing title": lambda d: _role(d).pop("title"),
    "id is a boolean": lambda d: _role(d).update(id=False),
    "bad id pattern": lambda d: _role(d).update(id="HR_Assistant"),
    "bad move kind": lambda d: _role(d)["next"][0].update(kind="sideways"),
    "negative move years": lambda d: _role(d)["next"][0].update(years=-1),
    "years as text": lambda d: _role(d)["next"][0].update(years="two"),
    "negative experience": lambda d: _role(d)["requires"].update(experience_years=-2),
    "non-list duties": lambda d: _role(d).update(duties="Keep records"),
    "non-list skills": lambda d: _role(d)["requires"].update(skills="recruiting"),
    "title is a number": lambda d: _role(d).update(title=123),
    "pay without median": lambda d: _role(d)["pay"].pop("median_usd"),
    "pay year not an integer": lambda d: _role(d)["pay"].update(year=2024.5),
    "estimate as text": lambda d: _role(d)["pay"].update(estimate="maybe"),
    "eligibility years as text": lambda d: d["certifications"][0]["eligibility"].update(bachelors="two"),
    "roles not a list": lambda d: d.update(roles={"id": "a"}),
    "role not a mapping": lambda d: d["roles"].append("manager"),
    "no roles at all": lambda d: d.update(roles=[]),
    "move years beyond the sanity bound": lambda d: _role(d)["next"][0].update(years=10**400),
    "pay beyond the sanity bound": lambda d: _role(d)["pay"].update(median_usd=10**9),
}


def _write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    "text",
    [default_data_path().read_text(encoding="utf-8"), starter_text(), SMALL.read_text(encoding="utf-8")],
    ids=["shipped", "init starter", "small"],
)
def test_valid_files_validate_against_the_schema(text: str) -> None:
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text))) == []


def test_the_base_document_is_valid_for_both(tmp_path: Path) -> None:
    assert VALIDATOR.is_valid(BASE)
    assert check_file(_write(tmp_path, BASE))[1] == []


@pytest.mark.parametrize("mutate", INVALID.values(), ids=INVALID.keys())
def test_schema_and_validate_agree_a_file_is_invalid(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None]
) -> None:
    document = copy.deepcopy(BASE)
    mutate(document)
    assert not VALIDATOR.is_valid(document)
    assert check_file(_write(tmp_path, document))[1] != []


def test_yaml_1_1_no_is_invalid_for_both(tmp_path: Path) -> None:
    text = "roles:\n  - {id: no, title: Norway lead, level: entry}\n"
    path = tmp_path / "no.yaml"
    path.write_text(text, encoding="utf-8")
    assert not VALIDATOR.is_valid(yaml.safe_load(text))
    assert "YAML 1.1 reads no as false" in check_file(path)[1][0].message


def test_schema_mirrors_the_spec_keys_and_required_fields() -> None:
    role_schema = SCHEMA["properties"]["roles"]["items"]
    assert list(SCHEMA["properties"]) == list(DOCUMENT.fields)
    assert list(role_schema["properties"]) == list(ROLE.fields)
    assert role_schema["required"] == ["id", "title", "level"]
    assert role_schema["additionalProperties"] is False
    # A file may declare its own levels, so `validate` checks `level`, not the schema.
    assert role_schema["properties"]["level"]["type"] == "string"
    assert role_schema["properties"]["title"]["description"] == "Job title."
    move = role_schema["properties"]["next"]["items"]["properties"]
    assert move["years"] == {
        "description": ROLE.fields["next"].spec.item.fields["years"].description,
        "type": "number",
        "minimum": 0,
        "maximum": 100,
    }
    assert SCHEMA["properties"]["roles"]["minItems"] == 1
    assert isinstance(ROLE.fields["next"].spec, ListOf) and isinstance(ROLE.fields["next"].spec.item, Obj)


def test_cross_references_are_beyond_the_schema(tmp_path: Path) -> None:
    """A dangling move target passes the schema and fails `validate`: the README says so."""
    document = copy.deepcopy(BASE)
    _role(document)["next"][0]["to"] = "nobody"
    assert VALIDATOR.is_valid(document)
    assert "unknown role 'nobody'" in check_file(_write(tmp_path, document))[1][0].message


def test_schema_command_prints_the_generated_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA
    assert result.stderr == ""
