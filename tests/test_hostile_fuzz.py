"""Fuzzing the CLI in-process: random YAML-ish data files and random command lines.

Whatever comes in, hrpath answers with a documented exit code (0, 1 or 2),
never a traceback, and never writes a raw control character.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hrpath.cli.main import app

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")

# Pieces that steer YAML parsers and terminals, mixed with plausible data.
YAML_PIECES = st.sampled_from(
    [
        "roles:\n",
        "- id: a\n",
        "  title: A\n",
        "  level: entry\n",
        "  next:\n",
        "  - {to: a, years: 1}\n",
        "  - to: b\n",
        "    years: 0x1f\n",
        "&x ",
        "*x ",
        "!!int ",
        "!foo ",
        "? ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "'",
        '"',
        "\t",
        "\n",
        "  ",
        "<<: *x\n",
        "~",
        "1:2:3",
        "2024-02-30",
        ".inf",
        "\x1b[31m",
        "\x9b",
        "\u202e",
        "\x00",
        "é",
        "#",
        "|\n",
        "---\n",
        "...\n",
    ]
)
DOCUMENTS = st.lists(st.one_of(YAML_PIECES, st.text(max_size=8)), max_size=40).map("".join)

WORDS = st.sampled_from(
    [
        "show",
        "list",
        "route",
        "next",
        "gaps",
        "compare",
        "map",
        "export",
        "validate",
        "schema",
        "--json",
        "--from",
        "--to",
        "--have",
        "--years",
        "--level",
        "--track",
        "--format",
        "--by",
        "--help",
        "--version",
        "--strict",
        "-f",
        "recruiter",
        "HR Director",
        "hr-generalist",
        "mba,recruiting",
        "3",
        "-1",
        "nan",
        "1e309",
        "",
        "\x1b[31mX",
        "\x9b",
        "\u202e",
        "é",
    ]
)
ARGV = st.lists(
    st.one_of(WORDS, st.text(alphabet=st.characters(exclude_characters="/~"), max_size=12)), max_size=6
)


def assert_behaved(result: object) -> None:
    exit_code = getattr(result, "exit_code")  # noqa: B009 - typer's Result, typed loosely here
    stdout, stderr = getattr(result, "stdout"), getattr(result, "stderr")  # noqa: B009
    exception = getattr(result, "exception")  # noqa: B009
    assert exception is None or isinstance(exception, SystemExit), repr(exception)
    assert exit_code in (0, 1, 2), (exit_code, stderr)
    for output in (stdout, stderr):
        assert "Traceback" not in output
        assert not RAW_CONTROL.search(output), repr(output)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=DOCUMENTS, command=st.sampled_from([["validate"], ["list", "--data"], ["show", "a", "--data"]])
)
def test_random_data_files(document: str, command: list[str]) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "fuzz.yaml"
        path.write_text(document, encoding="utf-8", errors="surrogatepass")
        result = runner.invoke(app, [*command, str(path)])
    assert_behaved(result)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=ARGV)
def test_random_command_lines(argv: list[str]) -> None:
    # Only relative names can be formed (no '/' or '~'): anything `init` or
    # `export -o` writes lands in the scratch directory.
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as directory:
        old = os.getcwd()
        os.chdir(directory)
        try:
            result = runner.invoke(app, argv, env={"HRPATH_DATA": None})
        finally:
            os.chdir(old)
    assert_behaved(result)
