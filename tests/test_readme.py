"""The examples in README.md and docs/*.md are real: each console block is the command's output.

The examples run in-process through typer's CliRunner with the environment
scripts/readme_examples.py gives a subprocess (no colour, 80 columns, no
HRPATH_DATA, the repository as working directory), which is what a terminal
shows. One example also runs as a subprocess through the installed console
script (tests/test_cli_browse.py runs `python -m hrpath`).
"""

from __future__ import annotations

import importlib.util
import os
import re
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

PAGES = readme.all_examples()
EXAMPLES = [(command, output) for _, command, output in PAGES]
TERMINAL = {"NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb", "HRPATH_DATA": None}
HRPATH = shutil.which("hrpath", path=str(Path(sys.executable).parent))


def run_in_process(command: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`readme.run_example(command)`, without starting a new interpreter."""
    monkeypatch.chdir(readme.ROOT)
    head = readme.HEAD.search(command)
    argv = shlex.split(readme.HEAD.sub("", command))
    result = CliRunner().invoke(app, argv[1:], env=TERMINAL, prog_name="hrpath")
    output = result.stdout + result.stderr  # a terminal shows both
    if head:
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    return output


def test_the_docs_have_examples_of_every_command() -> None:
    import typer.main

    commands = {command.split()[1] for command, _ in EXAMPLES}
    assert set(typer.main.get_command(app).commands) <= commands  # type: ignore[attr-defined]


def test_the_readme_and_every_command_page_are_checked() -> None:
    checked = {page for page, _, _ in PAGES}
    groups = "browse route gaps pictures framework discover exit-codes"
    assert checked >= {"README.md", *(f"docs/{name}.md" for name in groups.split())}


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[f"{p}: {c}" for p, c, _ in PAGES])
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
        cwd=readme.ROOT,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == dict(EXAMPLES)[SMOKE]


def test_the_changelog_names_this_version_as_the_latest_release() -> None:
    from hrpath import __version__

    changelog = (readme.ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, flags=re.MULTILINE)
    assert releases[0] == __version__


def test_links_between_the_pages_lead_to_files() -> None:
    pages = [*readme.pages(), readme.ROOT / "CHANGELOG.md"]
    links = [
        (page, target)
        for page in pages
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8"))
        if not target.startswith(("http://", "https://"))
    ]
    assert len(links) > 20
    assert [(page.name, target) for page, target in links if not (page.parent / target).exists()] == []
