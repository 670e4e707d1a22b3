"""Run the README's console examples and check (or rewrite) their output.

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

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```console\n\$ (?P<command>hrpath[^\n]*)\n(?P<output>.*?)```", re.DOTALL)
MERMAID = re.compile(r"```mermaid\n.*?```", re.DOTALL)
MERMAID_COMMAND = "hrpath export --format mermaid"
HEAD = re.compile(r"\s*\|\s*head -n (\d+)\s*$")


def examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for each console block of the README."""
    return [(m["command"], m["output"]) for m in BLOCK.finditer(text)]


def run_example(command: str) -> str:
    """Run one README command as a user would (no colour, 80 columns)."""
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
        cwd=README.parent,
    )
    output = done.stdout + done.stderr
    if head:
        output = "".join(output.splitlines(keepends=True)[: int(head.group(1))])
    return output


def update(text: str) -> str:
    """The README text with every console block's output replaced by the real one."""
    text = BLOCK.sub(lambda m: f"```console\n$ {m['command']}\n{run_example(m['command'])}```", text)
    picture = run_example(MERMAID_COMMAND)
    return MERMAID.sub(lambda _: f"```mermaid\n{picture}```", text)


def main() -> int:
    """Check or update the README; return the exit status."""
    text = README.read_text(encoding="utf-8")
    if "--update" in sys.argv:
        README.write_text(update(text), encoding="utf-8")
        return 0
    stale = [command for command, output in examples(text) if run_example(command) != output]
    if MERMAID.search(text) and f"```mermaid\n{run_example(MERMAID_COMMAND)}```" not in text:
        stale.append(MERMAID_COMMAND)
    for command in stale:
        print(f"README example out of date: {command}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
