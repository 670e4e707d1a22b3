"""Run the console examples of README.md and docs/*.md and check (or rewrite) their output.

Each ```console block starts with `$ hrpath ...`; the rest of the block is
that command's output (stdout and stderr together, as a terminal shows it).
`| head -n N` after the command keeps the first N lines. The ```mermaid block
is the output of `hrpath export --format mermaid` (the default graph's picture).

    python scripts/readme_examples.py           # check, exit 1 on a difference
    python scripts/readme_examples.py --update  # rewrite the blocks with real output
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n\$ (?P<command>hrpath[^\n]*)\n(?P<output>.*?)```", re.DOTALL)
MERMAID = re.compile(r"```mermaid\n.*?```", re.DOTALL)
MERMAID_COMMAND = "hrpath export --format mermaid"
HEAD = re.compile(r"\s*\|\s*head -n (\d+)\s*$")


def pages() -> list[Path]:
    """The files whose examples are checked: the README and every page in docs/."""
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


def examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for each console block of one page."""
    return [(m["command"], m["output"]) for m in BLOCK.finditer(text)]


def all_examples() -> list[tuple[str, str, str]]:
    """(page relative to the repository, command, expected output) for every page."""
    return [
        (page.relative_to(ROOT).as_posix(), command, output)
        for page in pages()
        for command, output in examples(page.read_text(encoding="utf-8"))
    ]


def run_example(command: str) -> str:
    """Run one example command as a user would (no colour, 80 columns)."""
    head = HEAD.search(command)
    argv = shlex.split(HEAD.sub("", command))
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb"}
    env.pop("HRPATH_DATA", None)
    done = subprocess.run(
        [sys.executable, "-m", "hrpath", *argv[1:]],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=ROOT,
    )
    output = done.stdout + done.stderr
    if head:
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    return output


def update(text: str) -> str:
    """The page's text with every console block's output replaced by the real one."""
    text = BLOCK.sub(lambda m: f"```console\n$ {m['command']}\n{run_example(m['command'])}```", text)
    picture = run_example(MERMAID_COMMAND)
    return MERMAID.sub(lambda _: f"```mermaid\n{picture}```", text)


def main() -> int:
    """Check or update every page; return the exit status."""
    stale = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        if "--update" in sys.argv:
            page.write_text(update(text), encoding="utf-8")
            continue
        name = page.relative_to(ROOT).as_posix()
        stale += [
            f"{name}: {command}" for command, output in examples(text) if run_example(command) != output
        ]
        if MERMAID.search(text) and f"```mermaid\n{run_example(MERMAID_COMMAND)}```" not in text:
            stale.append(f"{name}: {MERMAID_COMMAND}")
    for example in stale:
        print(f"example out of date: {example}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
