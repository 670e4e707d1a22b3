"""The JSON contract: every command"s keys, as the table in docs/json.md lists them.

CONTRACT mirrors that table; one test checks docs/json.md lists the same keys,
the other runs each command and checks each object"s keys.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

JSON_DOCS = Path(__file__).resolve().parent.parent / "docs" / "json.md"

COMMANDS = {
    "show ROLE": ["show", "recruiter"],
    "list": ["list"],
    "route FROM TO": ["route", "recruiter", "chro"],
    "route --to ROLE": ["route", "--to", "chro"],
    "next ROLE": ["next", "recruiter"],
    "next ROLE --all": ["next", "recruiter", "--all"],
    "gaps --role R --target T": ["gaps", "--role", "recruiter", "--target", "chro"],
    "compare A B": ["compare", "recruiter", "hr-generalist"],
    "map": ["map"],
    "map --from ROLE": ["map", "--from", "hr-director"],
    "validate": ["validate"],
    "search TEXT": ["search", "benefits"],
    "terms": ["terms"],
    "terms CERTIFICATION": ["terms", "sphr"],
    "profile show": ["profile", "show"],
    "plan FROM TO": ["plan", "recruiter", "hr-director"],
    "sources": ["sources"],
}

CONTRACT: dict[tuple[str, str], set[str]] = {
    ("show ROLE", "top"): {
        "id",
        "title",
        "aliases",
        "level",
        "track",
        "onet",
        "family",
        "ladder",
        "extends",
        "inherits",
        "summary",
        "duties",
        "requires",
        "pay",
        "next",
        "feeders",
        "sources",
        "source_urls",
    },
    ("show ROLE", "requires"): {
        "education",
        "experience_years",
        "skills",
        "certifications",
        "source",
        "estimate",
        "helpful",
        "note",
        "experience_max",
        "other",
        "skill_levels",
        "any_of",
    },
    ("show ROLE", "next[]"): {"to", "kind", "years", "years_stated", "estimate"},
    ("show ROLE", "feeders[]"): {"from", "kind", "years", "years_stated", "estimate"},
    ("list", "[]"): {"id", "title", "level", "track", "family", "ladder"},
    ("route FROM TO", "top"): {"from", "to", "by", "routes"},
    ("route FROM TO", "routes[]"): {
        "roles",
        "years",
        "remaining_years",
        "years_estimate",
        "steps",
        "pay_change",
    },
    ("route FROM TO", "routes[].steps[]"): {
        "from",
        "to",
        "kind",
        "years",
        "years_stated",
        "years_estimate",
        "gap",
        "pay_change",
    },
    ("route FROM TO", "routes[].steps[].gap"): {"education", "experience_years", "skills", "certifications"},
    ("route FROM TO", "routes[].pay_change"): {
        "from_usd",
        "to_usd",
        "change_usd",
        "from_year",
        "to_year",
        "estimate",
        "currency",
    },
    ("route --to ROLE", "top"): {"to", "by", "feeders"},
    ("route --to ROLE", "feeders[]"): {"from", "years", "moves", "next"},
    ("next ROLE", "top"): {"from", "moves"},
    ("next ROLE", "moves[]"): {
        "to",
        "kind",
        "years",
        "years_stated",
        "years_estimate",
        "gap",
        "pay_change",
        "remaining_years",
    },
    ("next ROLE --all", "top"): {"from", "routes"},
    ("next ROLE --all", "routes[]"): {
        "to",
        "roles",
        "years",
        "remaining_years",
        "years_estimate",
        "steps",
        "pay_change",
    },
    ("gaps --role R --target T", "top"): {"have", "roles", "target"},
    ("gaps --role R --target T", "have"): {"education", "experience_years", "skills", "certifications"},
    ("gaps --role R --target T", "roles[]"): {
        "id",
        "title",
        "level",
        "track",
        "ready",
        "eligible",
        "score",
        "missing",
        "helpful_missing",
        "close",
    },
    ("gaps --role R --target T", "target"): {
        "id",
        "title",
        "ready",
        "eligible",
        "score",
        "missing",
        "helpful_missing",
        "close",
        "certifications",
        "route",
    },
    ("compare A B", "top"): {"a", "b", "differences"},
    ("compare A B", "differences"): {
        "level",
        "track",
        "family",
        "ladder",
        "other",
        "education",
        "only_a_requires",
        "only_b_requires",
        "pay",
        "moves",
    },
    ("map", "levels[]"): {"level", "tracks"},
    ("map", "levels[].tracks[]"): {"track", "roles"},
    ("map", "levels[].tracks[].roles[]"): {"id", "title", "next"},
    ("map", "levels[].tracks[].roles[].next[]"): {"to", "kind", "years", "estimate"},
    ("map --from ROLE", "top"): {"id", "title", "level", "repeat", "next"},
    ("map --from ROLE", "next[]"): {"to", "title", "level", "kind", "years", "estimate", "repeat", "next"},
    ("validate", "top"): {"file", "valid", "problems", "warnings"},
    ("search TEXT", "top"): {"query", "results"},
    ("search TEXT", "results[]"): {"id", "title", "level", "score", "matched"},
    ("search TEXT", "results[].matched[]"): {"field", "text"},
    ("terms", "top"): {"terms"},
    ("terms", "terms[]"): {"kind", "id", "label", "aliases", "required_by"},
    ("terms CERTIFICATION", "top"): {
        "kind",
        "id",
        "label",
        "aliases",
        "required_by",
        "body",
        "eligibility",
        "satisfies",
    },
    ("profile show", "top"): {"path", "have", "years", "role", "in_role"},
    ("plan FROM TO", "top"): {"from", "to", "by", "have", "route", "timeline"},
    ("plan FROM TO", "timeline[]"): {"year", "event", "role"},
    ("sources", "top"): {"sources"},
    ("sources", "sources[]"): {"id", "title", "publisher", "year", "edition", "url", "note", "cited_by"},
}


def documented_contract() -> dict[tuple[str, str], set[str]]:
    """The rows of the contract table in docs/json.md."""
    text = JSON_DOCS.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+)` \| (top|`[^`]+`) \| (.+) \|$", text, flags=re.MULTILINE)
    return {(command, path.strip("`")): set(re.findall(r"`([^`]+)`", keys)) for command, path, keys in rows}


def test_the_docs_list_the_contract() -> None:
    assert documented_contract() == CONTRACT


def _at(document: Any, path: str) -> Any:
    """The object at a table path: `top`, `key`, `key[]` (first item), joined with dots."""
    if path == "top":
        return document
    for part in path.split("."):
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        document = document[name] if name else document
        if is_list:
            assert document, f"{path}: empty list, nothing to check"
            document = document[0]
    return document


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_json_follows_the_contract(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [*COMMANDS[command], "--json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    paths = [path for (name, path) in CONTRACT if name == command]
    assert paths
    for path in paths:
        assert set(_at(document, path)) == CONTRACT[(command, path)], path


def test_empty_answers_are_valid_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["next", "chro", "--json"])
    assert (result.exit_code, json.loads(result.stdout)) == (1, {"from": "chro", "moves": []})
    result = runner.invoke(app, ["next", "chro", "--all", "--json"])
    assert (result.exit_code, json.loads(result.stdout)) == (1, {"from": "chro", "routes": []})
    result = runner.invoke(app, ["route", "CHRO", "recruiter", "--json"])
    no_route = {"from": "chro", "to": "recruiter", "by": "years", "routes": []}
    assert (result.exit_code, json.loads(result.stdout)) == (1, no_route)
    assert result.stderr.startswith("error: no route from Chief Human Resources Officer to Recruiter")
    result = runner.invoke(app, ["route", "--to", "hr-assistant", "--json"])
    assert (result.exit_code, json.loads(result.stdout)) == (
        1,
        {"to": "hr-assistant", "by": "years", "feeders": []},
    )
