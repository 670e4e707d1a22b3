"""The README's examples are real: each console block is the command's output."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "readme_examples.py"
_spec = importlib.util.spec_from_file_location("readme_examples", SCRIPT)
assert _spec and _spec.loader
readme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readme)

EXAMPLES = readme.examples(readme.README.read_text(encoding="utf-8"))


def test_readme_has_examples_of_every_command() -> None:
    commands = {command.split()[1] for command, _ in EXAMPLES}
    documented = "show list validate gaps map compare export init schema route next"
    assert set(documented.split()) <= commands


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_real(command: str, expected: str) -> None:
    assert readme.run_example(command) == expected
