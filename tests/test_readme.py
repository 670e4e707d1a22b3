"""The README's examples are real: each console block is the command's output.

The examples run in-process through typer's CliRunner with the environment
scripts/readme_examples.py gives a subprocess (no colour, 80 columns, no
HRPATH_DATA, the repository as working directory), which is what a terminal
shows. One example also runs as a subprocess through the installed console
script (tests/test_cli_browse.py runs `python -m hrpath`).
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "readme_examples.py"
_spec = importlib.util.spec_from_file_location("readme_examples", SCRIPT)
assert _spec and _spec.loader
readme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readme)

EXAMPLES = readme.examples(readme.README.read_text(encoding="utf-8"))
TERMINAL = {"NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb", "HRPATH_DATA": None}
HRPATH = shutil.which("hrpath", path=str(Path(sys.executable).parent))


def run_in_process(command: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`readme.run_example(command)`, without starting a new interpreter."""
    monkeypatch.chdir(readme.README.parent)
    head = readme.HEAD.search(command)
    argv = shlex.split(readme.HEAD.sub("", command))
    result = CliRunner().invoke(app, argv[1:], env=TERMINAL, prog_name="hrpath")
    output = result.stdout + result.stderr  # a terminal shows both
    if head:
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    return output


def test_readme_has_examples_of_every_command() -> None:
    commands = {command.split()[1] for command, _ in EXAMPLES}
    documented = "show list validate gaps map compare export init schema route next"
    assert set(documented.split()) <= commands


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_real(command: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_in_process(command, monkeypatch) == expected


SMOKE = 'hrpath route recruiter "HR director"'


@pytest.mark.skipif(HRPATH is None, reason="needs the installed hrpath script")
def test_an_example_is_the_same_through_the_console_script() -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb"}
    env.pop("HRPATH_DATA", None)
    done = subprocess.run(
        [str(HRPATH), *shlex.split(SMOKE)[1:]],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=readme.README.parent,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == dict(EXAMPLES)[SMOKE]
