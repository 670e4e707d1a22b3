"""Record what hrpath answers for the v1 data files, to prove a format change keeps them.

`python scripts/v1_answers.py --update` runs every command in `COMMANDS` on the
shipped graph and on each tests/data file and writes tests/data/v1_answers.json;
tests/test_v1_regression.py runs the same argv lists and compares. Run --update
only on purpose: the recorded file is the "before" of the v2 format.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "data" / "v1_answers.json"
SMALL = "tests/data/small.yaml"
# A fixed, plain terminal so the text answers do not depend on who runs them.
ENV: dict[str, str | None] = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "HRPATH_DATA": None}

SHIPPED = [
    ["list"],
    ["list", "--json"],
    ["list", "--level", "senior", "--json"],
    ["list", "--track", "specialist"],
    ["show", "HR Generalist"],
    ["show", "chro"],
    ["show", "recruiter", "--json"],
    ["show", "hr-manager", "--json"],
    ["route", "recruiter", "hr director"],
    ["route", "recruiter", "chro", "--json"],
    ["route", "hr-assistant", "vp-hr", "--by", "steps", "--json"],
    ["route", "--to", "hr-manager", "--json"],
    ["next", "hr-generalist"],
    ["next", "hr-generalist", "--json", "--have", "bachelors", "--years", "3"],
    ["gaps", "--have", "bachelors,recruiting", "--years", "2"],
    ["gaps", "--have", "bachelors,recruiting", "--years", "2", "--json"],
    ["gaps", "--have", "bachelors", "--target", "hr-manager", "--json"],
    ["gaps", "--have", "bachelors", "--level", "mid", "--json"],
    ["compare", "hr-generalist", "hr-manager"],
    ["compare", "recruiter", "hr-director", "--json"],
    ["map"],
    ["map", "--json"],
    ["map", "--from", "recruiter"],
    ["export", "--format", "mermaid"],
    ["export", "--format", "dot"],
    ["export", "--format", "json"],
    ["export", "--format", "csv"],
    ["validate", "--json"],
]

FILE = [
    ["list"],
    ["list", "--json"],
    ["show", "associate"],
    ["show", "partner", "--json"],
    ["route", "associate", "lead"],
    ["route", "associate", "lead", "--json"],
    ["next", "associate", "--json"],
    ["gaps", "--json"],
    ["gaps"],
    ["compare", "associate", "lead"],
    ["compare", "associate", "lead", "--json"],
    ["map"],
    ["map", "--json"],
    ["export", "--format", "json"],
    ["export", "--format", "csv"],
    ["export", "--format", "mermaid"],
]


def commands() -> list[list[str]]:
    """Every argv recorded: the shipped graph's, then the small test file's."""
    return SHIPPED + [[*argv, "--data", SMALL] for argv in FILE]


def answer(argv: list[str]) -> dict[str, object]:
    """Run one command from the checkout root and keep everything it answers."""
    from hrpath.cli.main import app

    result = CliRunner().invoke(app, argv, env=ENV)
    return {"args": argv, "exit": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}


def main() -> None:
    """With --update, rewrite the recorded answers."""
    if "--update" not in sys.argv:
        sys.exit("usage: python scripts/v1_answers.py --update")
    answers = [answer(argv) for argv in commands()]
    ANSWERS.write_text(json.dumps(answers, indent=1) + "\n", encoding="utf-8")
    print(f"recorded {len(answers)} answers in {ANSWERS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
