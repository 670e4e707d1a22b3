"""Every v1 data file answers as it did before the v2 format (tests/data/v1_answers.json).

The answers were recorded by scripts/v1_answers.py before v2 existed. Text
answers must match exactly. JSON answers must keep every recorded key and
value; v2 may only add keys (family, ladder, inherits_from, currency...).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("v1_answers", ROOT / "scripts" / "v1_answers.py")
assert _spec and _spec.loader
v1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(v1)

RECORDED = json.loads(v1.ANSWERS.read_text(encoding="utf-8"))


def _kept(before: Any, after: Any) -> bool:
    """True when `after` holds every key and value of `before` (dict keys may be added)."""
    if isinstance(before, dict):
        return isinstance(after, dict) and all(k in after and _kept(v, after[k]) for k, v in before.items())
    if isinstance(before, list):
        return isinstance(after, list) and len(before) == len(after) and all(map(_kept, before, after))
    return bool(before == after and type(before) is type(after))


def _unstated_experience(entry: dict[str, Any]) -> dict[str, Any]:
    """The one change of meaning v2 makes: tests/data/small.yaml states no experience_years,
    which format 1 read as 0 years and format 2 reads as "not stated" (README, Changes)."""
    if "tests/data/small.yaml" not in entry["args"]:
        return entry
    if "--json" not in entry["args"]:
        lines = [
            re.sub(r"0 years( *)", lambda m: "not stated" + m.group(1)[3:], line)
            if "Experience" in line
            else line
            for line in entry["stdout"].split("\n")
        ]
        return {**entry, "stdout": "\n".join(lines)}
    answer = json.loads(entry["stdout"])
    profiles = (answer, answer.get("a"), answer.get("b")) if isinstance(answer, dict) else ()
    for profile in profiles:
        if isinstance(profile, dict) and isinstance(profile.get("requires"), dict):
            profile["requires"]["experience_years"] = None
    return {**entry, "stdout": json.dumps(answer)}


def test_the_recorded_commands_are_the_scripts_commands() -> None:
    assert [entry["args"] for entry in RECORDED] == v1.commands()


@pytest.mark.parametrize("entry", RECORDED, ids=[" ".join(e["args"]) for e in RECORDED])
def test_v1_answer_unchanged(entry: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    entry = _unstated_experience(entry)
    result = CliRunner().invoke(app, entry["args"], env=v1.ENV)
    assert (result.exit_code, result.stderr) == (entry["exit"], entry["stderr"])
    if "--json" in entry["args"] or entry["args"][-2:] == ["--format", "json"] or "json" in entry["args"]:
        recorded, answered = json.loads(entry["stdout"]), json.loads(result.stdout)
        if entry["args"][0] == "validate":
            # The file's absolute path depends on where the checkout lives.
            recorded.pop("file"), answered.pop("file")
        assert _kept(recorded, answered)
    else:
        assert result.stdout == entry["stdout"]
