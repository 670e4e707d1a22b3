"""Hostile and broken inputs: data files, paths, streams, encodings and shell state.

A framework file may come from anyone, so every case here must end in a
correct answer or one `error:` line with a documented exit code: no
traceback, no hang (subprocess cases carry a timeout), no raw control
character on the terminal, and nothing but a regular file ever replaced.
Big inputs are generated here, in tmp_path.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.text import Text
from typer.testing import CliRunner

from hrpath.cli.boundary import dumps_json
from hrpath.cli.console import safe_console
from hrpath.cli.main import app
from hrpath.core.text import visible
from hrpath.datafile import limits

# Raw characters that must never reach a terminal (newline and tab are layout).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
HOSTILE_TITLE = "A\x1b[31mX\x1b]0;PWN\x07\x9b31m\u202e\x08\r\x00"
TIMEOUT = 30  # seconds; generous for a loaded CI machine, short enough to fail rather than hang

ROLE = "  - id: a\n    title: A\n    level: entry\n"


def hrpath(*args: str, timeout: float = TIMEOUT, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run `python -m hrpath` in a subprocess: for crashes, hangs and real streams."""
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("HRPATH", "_HRPATH", "COMP_"))
    }
    env["HRPATH_CACHE"] = os.environ["HRPATH_CACHE"]  # the test's own cache (conftest), never ~/.cache
    env.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run(
        [sys.executable, "-m", "hrpath", *args],
        capture_output="stdout" not in kwargs,
        text=True,
        timeout=timeout,
        env=env,
        **kwargs,  # type: ignore[call-overload]
    )


def assert_one_error(stderr: str, *fragments: str) -> None:
    """Exactly one `error:` line, no traceback, no raw control character."""
    assert "Traceback" not in stderr
    assert not RAW_CONTROL.search(stderr), repr(stderr)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def assert_clean(*outputs: str) -> None:
    for output in outputs:
        assert "Traceback" not in output
        assert not RAW_CONTROL.search(output), repr(output)


def chain(path: Path, length: int) -> Path:
    """A data file with roles r0 -> r1 -> ... -> r<length-1>."""
    parts = ["roles:\n"]
    for index in range(length):
        parts.append(f"  - id: r{index}\n    title: R{index}\n    level: entry\n")
        if index < length - 1:
            parts.append(f"    next:\n      - {{to: r{index + 1}, kind: lateral, years: 1}}\n")
    path.write_text("".join(parts), encoding="utf-8")
    return path


# --- bounded reading ----------------------------------------------------------------


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join([*lines, "roles: *a8"]) + "\n", encoding="utf-8")
    done = hrpath("validate", str(bomb))
    assert done.returncode == 2
    assert f"{bomb}:1: aliases (*name) expand to more than 10,000 nodes" in done.stdout
    assert_clean(done.stdout, done.stderr)
    # TAB completion with that file offers nothing instead of hanging.
    env = {
        "_HRPATH_COMPLETE": "complete_bash",
        "COMP_WORDS": f"hrpath show --data {bomb} hr",
        "COMP_CWORD": "4",
    }
    completed = hrpath(env=env)
    assert completed.returncode == 0 and completed.stdout.strip() == ""


@pytest.mark.parametrize("opener", ["[", "{a: "])
def test_deep_nesting_is_refused_before_the_parser(tmp_path: Path, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    deep = tmp_path / "deep.yaml"
    deep.write_text("roles: " + opener * 30_000 + closer * 30_000 + "\n", encoding="utf-8")
    done = hrpath("validate", str(deep))
    assert done.returncode == 2, done.stderr  # not 139 (segfault)
    assert f"{deep}:1: the YAML nests deeper than 64 levels" in done.stdout
    assert_clean(done.stdout, done.stderr)


def test_deep_block_nesting_is_refused(tmp_path: Path, runner: CliRunner) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("roles:\n" + "".join(" " * i + "-\n" for i in range(200)), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(deep)])
    assert result.exit_code == 2 and "nests deeper than 64 levels" in result.stdout


def test_a_fifo_as_data_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = hrpath("list", "--data", str(fifo))
    assert done.returncode == 2
    assert_one_error(done.stderr, "cannot read the file: a FIFO (named pipe), not a regular file")


def test_a_device_as_data_is_not_read(tmp_path: Path) -> None:
    done = hrpath("list", env={"HRPATH_DATA": "/dev/zero"})
    assert done.returncode == 2
    assert_one_error(done.stderr, "/dev/zero: cannot read the file: a character device, not a regular file")


def test_a_directory_as_data(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "a directory, not a regular file")


def test_a_file_over_the_size_limit(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, write_yaml: Callable[..., Path]
) -> None:
    path = write_yaml("roles:\n" + ROLE * 10)
    monkeypatch.setattr(limits, "MAX_BYTES", 100)
    result = runner.invoke(app, ["list", "--data", str(path)])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "cannot read the file: larger than the 0 MB limit")


@pytest.mark.parametrize(
    "value",
    ["0x" + "f" * 4000, "9" * 5000, ":".join(["1"] * 2500), "1" * 3000 + ".5"],
    ids=["hex", "decimal", "sexagesimal", "float"],
)
@pytest.mark.parametrize("where", ["title", "years", "key"])
def test_huge_numbers_are_located_problems(
    runner: CliRunner, write_yaml: Callable[..., Path], value: str, where: str
) -> None:
    text = {
        "title": f"roles:\n  - id: a\n    title: {value}\n    level: entry\n",
        "years": f"roles:\n{ROLE}    next:\n      - {{to: a, years: {value}}}\n",
        "key": f"roles:\n{ROLE}    ? {value}\n    : 1\n",  # implicit keys stop at 1024 characters
    }[where]
    result = runner.invoke(app, ["validate", str(write_yaml(text))])
    assert result.exit_code == 2
    assert "number too long (" in result.stdout
    assert re.search(r"roles\.yaml:[3-6]: number too long", result.stdout), result.stdout
    assert_clean(result.stdout, result.stderr)


def test_tab_indentation_is_explained(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    result = runner.invoke(app, ["validate", str(write_yaml("roles:\n\t- id: a\n"))])
    assert result.exit_code == 2
    assert "roles.yaml:2: YAML syntax error: a tab character; YAML indents with spaces only" in result.stdout


def test_odd_keys_get_clear_messages(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    text = f"roles:\n{ROLE}? [a, b]\n: 1\n!foo x: 2\n~: 3\n~: 4\n"
    result = runner.invoke(app, ["validate", str(write_yaml(text))])
    assert result.exit_code == 2
    assert "keys must be plain text, not lists or mappings" in result.stdout
    assert "could not determine a constructor for the tag '!foo'" in result.stdout
    assert "unknown key 'null'" in result.stdout
    assert "duplicate key 'null'" in result.stdout
    assert "<object object" not in result.stdout and "'None'" not in result.stdout


def test_one_role_is_singular(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("roles:\n" + ROLE)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0 and result.stdout == f"{path}: OK (1 role)\n"


# --- safe output ---------------------------------------------------------------------


def test_validate_reports_control_characters(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    text = 'roles:\n  - id: a\n    title: "A\\e[31mX\\x9b\\u202e"\n    level: entry\n    summary: "two\\nlines\\tok"\n'
    result = runner.invoke(app, ["validate", str(write_yaml(text))])
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0].endswith(
        "roles[0].title: control characters are not allowed in text (\\x1b, \\x9b, \\u202e)"
    )
    assert "summary" not in result.stdout
    assert_clean(result.stdout, result.stderr)


def test_key_names_and_file_names_are_shown_escaped(
    tmp_path: Path, runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    path = write_yaml(f'roles:\n{ROLE}    "\\e[31mkey": 1\n')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2 and "unknown key '\\x1b[31mkey'" in result.stdout
    assert_clean(result.stdout, result.stderr)
    result = runner.invoke(app, ["validate", str(tmp_path / "\x1b[31mx.yaml")])
    assert result.exit_code == 2 and "\\x1b[31mx.yaml: cannot read the file" in result.stdout
    assert_clean(result.stdout, result.stderr)


@pytest.mark.parametrize("command", [["show"], ["route", "recruiter"], ["compare", "recruiter"], ["next"]])
def test_arguments_in_error_messages_are_escaped(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, HOSTILE_TITLE])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "\\x1b[31mX")


def test_usage_errors_are_escaped(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "--\x1b[31m", "x"])
    assert result.exit_code == 2
    assert_clean(result.stdout, result.stderr)


def test_every_console_escapes_control_characters() -> None:
    stream = io.StringIO()
    safe_console(file=stream, width=200).print(Text(HOSTILE_TITLE + "\nnext line"))
    # rich itself drops BEL, BS and CR; every other control is shown escaped.
    assert (
        stream.getvalue() == visible(HOSTILE_TITLE.translate({7: None, 8: None, 13: None})) + "\nnext line\n"
    )
    assert "\\x1b[31mX" in stream.getvalue() and "\\u202e" in stream.getvalue()
    assert not RAW_CONTROL.search(stream.getvalue())


def test_json_escapes_c1_and_bidi_losslessly() -> None:
    value = {"title": HOSTILE_TITLE + "\x7f\u2066"}
    text = dumps_json(value)
    assert not RAW_CONTROL.search(text)
    assert "\\u009b" in text and "\\u202e" in text and "\\u007f" in text
    assert json.loads(text) == value


def test_completion_descriptions_are_one_safe_line() -> None:
    from hrpath.core.completion import one_line as _one_line

    assert _one_line("A\x1b[31m\nB\u202e") == "A\\x1b[31m\\x0aB\\u202e"


# --- files written safely -----------------------------------------------------------


@pytest.mark.parametrize("command", ["export", "init"])
def test_a_fifo_is_never_replaced(tmp_path: Path, runner: CliRunner, command: str) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    args = ["export", "-o", str(fifo), "--force"] if command == "export" else ["init", str(fifo), "--force"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert_one_error(result.stderr, "is a FIFO (named pipe); only regular files are written")
    assert fifo.is_fifo()


def test_a_directory_is_never_replaced(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path), "--force"])
    assert result.exit_code == 2 and tmp_path.is_dir()
    assert_one_error(result.stderr, "is a directory; only regular files are written")
    (tmp_path / "sub").mkdir()
    result = runner.invoke(app, ["init", str(tmp_path / "sub"), "--force"])
    assert result.exit_code == 2 and (tmp_path / "sub").is_dir()
    assert_one_error(result.stderr, "is a directory; only regular files are written")


def test_a_trailing_slash_names_a_directory(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["init", f"{tmp_path / 'x'}/"])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "names a directory; give a file name")
    assert not (tmp_path / "x").exists()


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path, runner: CliRunner) -> None:
    target, link = tmp_path / "real.mmd", tmp_path / "link.mmd"
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    result = runner.invoke(app, ["export", "-o", str(link)])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "already exists; use --force to overwrite it")
    result = runner.invoke(app, ["export", "-o", str(link), "--force"])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("flowchart")


def test_export_refuses_an_existing_file_without_force(tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "graph.dot"
    out.write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["export", "-f", "dot", "-o", str(out)])
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "mine\n"
    assert_one_error(result.stderr, f"{out} already exists; use --force to overwrite it")
    assert runner.invoke(app, ["export", "-f", "dot", "-o", str(out), "--force"]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("digraph")


def test_export_to_markdown_is_fenced(tmp_path: Path, runner: CliRunner) -> None:
    wiki = tmp_path / "wiki.md"
    assert runner.invoke(app, ["export", "-o", str(wiki)]).exit_code == 0
    text = wiki.read_text(encoding="utf-8")
    assert text.startswith("```mermaid\nflowchart") and text.endswith("\n```\n")
    csv_in_md = tmp_path / "table.md"
    assert runner.invoke(app, ["export", "-f", "csv", "-o", str(csv_in_md)]).exit_code == 0
    assert csv_in_md.read_text(encoding="utf-8").startswith("from,from_title")


def test_a_file_name_too_long(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / ("a" * 300))])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "File name too long")


# --- any encoding --------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_any_stdout_encoding(encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding}
    shown = hrpath("route", "recruiter", "HR Director", env=env, encoding=encoding)
    assert shown.returncode == 0 and "Recruiter -> Talent Acquisition Manager" in shown.stdout, shown.stderr
    assert_clean(shown.stderr)
    as_json = hrpath("route", "recruiter", "HR Director", "--json", env=env, encoding=encoding)
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["from"] == "recruiter"
    exported = hrpath("export", "-f", "json", env=env, encoding=encoding)
    assert exported.returncode == 0 and json.loads(exported.stdout)["nodes"]


def test_json_under_ascii_escapes_what_it_cannot_encode(
    tmp_path: Path, write_yaml: Callable[..., Path]
) -> None:
    path = write_yaml("roles:\n  - id: a\n    title: Ré → 人事 😀\n    level: entry\n")
    done = hrpath("show", "a", "--json", "--data", str(path), env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii() and json.loads(done.stdout)["title"] == "Ré → 人事 😀"
    text = hrpath("show", "a", "--data", str(path), env={"PYTHONIOENCODING": "ascii"})
    assert text.returncode == 0 and "Re -> " in text.stdout
    assert_clean(text.stderr)


def test_init_message_in_ascii(tmp_path: Path) -> None:
    done = hrpath("init", "é.yaml", env={"PYTHONIOENCODING": "ascii"}, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("wrote ")
    assert (tmp_path / "é.yaml").is_file()
    assert_clean(done.stderr)


# --- deep graphs, odd streams, signals, completion ----------------------------------


def test_map_of_a_long_chain(tmp_path: Path, runner: CliRunner) -> None:
    path = chain(tmp_path / "chain.yaml", 500)
    result = runner.invoke(app, ["map", "--from", "r0", "--data", str(path)])
    assert result.exit_code == 0 and "⇢ R1 (entry, 1y)" in result.stdout
    result = runner.invoke(app, ["map", "--from", "r0", "--data", str(path), "--json"])
    assert result.exit_code == 0 and result.stdout.startswith('{\n  "id": "r0"')
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(5_000)  # the JSON nests 1,000 deep; Python's reader needs room
    try:
        branch, depth = json.loads(result.stdout), 0
    finally:
        sys.setrecursionlimit(limit)
    while branch["next"]:
        branch, depth = branch["next"][0], depth + 1
    assert (branch["to"], depth) == ("r499", 499)  # a child names its role "to", the root "id"


def test_map_of_a_chain_too_deep_to_draw(tmp_path: Path, runner: CliRunner) -> None:
    path = chain(tmp_path / "chain.yaml", 2000)
    for extra in ([], ["--json"]):
        result = runner.invoke(app, ["map", "--from", "r0", "--data", str(path), *extra])
        assert result.exit_code == 2
        assert_one_error(result.stderr, "more than 500 moves deep", "hrpath export --from r0")
    result = runner.invoke(app, ["export", "--from", "r0", "--data", str(path), "-f", "csv"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2000


def test_a_full_disk_on_stdout(tmp_path: Path) -> None:
    # Like `> /dev/full`, without pointing a write at a system path: a file
    # size limit makes the write fail (Python ignores SIGXFSZ, so it is EFBIG).
    import resource

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))

    with (tmp_path / "out.txt").open("w") as out:
        done = hrpath("export", "-f", "json", stdout=out, stderr=subprocess.PIPE, preexec_fn=small_files)
    assert done.returncode == 74
    assert_one_error(done.stderr, "cannot write the output: File too large")


def test_a_closed_stdout() -> None:
    done = subprocess.run(
        ["sh", "-c", 'exec "$0" -m hrpath show "HR Generalist" >&-', sys.executable],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 74
    assert_one_error(done.stderr, "cannot write the output: standard output is closed")


def test_a_broken_pipe_exits_141_quietly(tmp_path: Path) -> None:
    path = chain(tmp_path / "chain.yaml", 300)
    process = subprocess.Popen(
        [sys.executable, "-m", "hrpath", "export", "-f", "csv", "--data", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before the answer is written
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=TIMEOUT) == 141
    assert stderr == ""


# The entry point's first act is to install its Ctrl-C guard; this child says
# "ready" once the guard is in, so the signal lands in hrpath's own start-up (the
# typer app loading), never in the interpreter's, where no program can answer.
_STARTING = (
    "import sys; from hrpath.cli import main as entry; entry._guard_interrupts(); "
    "sys.stderr.write('ready\\n'); sys.stderr.flush(); entry.main()"
)


def test_ctrl_c_while_starting_exits_130() -> None:
    # --alternatives is not a fast-path shape: the run imports the typer app first.
    words = ["route", "recruiter", "HR Director", "--alternatives", "3"]
    process = subprocess.Popen(
        [sys.executable, "-c", _STARTING, *words], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    assert process.stderr.readline() == "ready\n"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert "Traceback" not in stderr
    if process.returncode != 0:  # it may have finished before the signal arrived
        assert process.returncode == 130
        assert stderr.strip().splitlines() == ["error: interrupted"]


@pytest.mark.parametrize(
    "env",
    [
        {"COMP_WORDS": "hrpath show ", "COMP_CWORD": "abc"},
        {"COMP_WORDS": "hrpath show ", "COMP_CWORD": ""},
        {"COMP_CWORD": "2"},
        {"COMP_WORDS": "hrpath --version show ", "COMP_CWORD": "3"},
        {"COMP_WORDS": "hrpath show --data {dir} hr", "COMP_CWORD": "4"},
    ],
    ids=["cword-abc", "cword-empty", "no-words", "version", "data-dir"],
)
def test_odd_completion_environments_offer_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    env = {key: value.replace("{dir}", str(tmp_path)) for key, value in env.items()}
    done = hrpath(env={"_HRPATH_COMPLETE": "complete_bash", **env})
    assert done.returncode == 0
    assert done.stdout.strip() == "" and done.stderr == ""


# --- long inputs and structure -------------------------------------------------------


def test_a_very_long_argument_gets_no_suggestion(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "x" * 120_000])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "unknown role 'xxxx")
    assert len(result.stderr) < 200


STRANGE = """\
roles:
  - id: a
    title: A
    level: mid
    next:
      - {to: b, years: 1}
  - id: b
    title: B
    level: mid
    next:
      - {to: a, years: 1}
      - {to: c, years: 1}
  - id: c
    title: C
    level: entry
  - id: lonely
    title: Lonely
    level: entry
"""


def test_structural_warnings(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(STRANGE)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{path}:2: role 'a': warning: promotions go round in a cycle through 'a', 'b'",
        f"{path}:12: role 'b': warning: promotion to 'c' goes down from mid to entry",
        f"{path}:16: role 'lonely': warning: no move leads to this role and it leads nowhere",
        f"{path}: OK (4 roles, 3 warnings)",
    ]
    report = json.loads(runner.invoke(app, ["validate", str(path), "--json"]).stdout)
    assert report["valid"] is True and report["problems"] == []
    assert [(w["line"], w["role"]) for w in report["warnings"]] == [(2, "a"), (12, "b"), (16, "lonely")]
    strict = runner.invoke(app, ["validate", str(path), "--strict"])
    assert strict.exit_code == 2
    assert strict.stdout.splitlines()[-1] == f"{path}: 3 problems found"
    assert "warning:" not in strict.stdout


def test_the_shipped_data_has_no_warnings(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "--strict"])
    assert result.exit_code == 0 and "warning" not in result.stdout


def test_a_megabyte_title_is_refused(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("roles:\n  - id: a\n    title: " + "A" * 1_000_000 + "\n    level: entry\n")
    result = runner.invoke(app, ["compare", "a", "a", "--data", str(path)])
    assert result.exit_code == 2
    assert_one_error(result.stderr, "roles[0].title: text too long (1,000,000 characters; at most 10,000)")


def test_ctrl_c_in_a_command_says_interrupted(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from hrpath.cli import framework

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(framework, "schema", interrupted)
    monkeypatch.setattr("hrpath.datafile.json_schema.data_file_schema", interrupted)
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 130
    assert_one_error(result.stderr, "interrupted")


def test_feeders_of_a_long_chain_name_the_ends(tmp_path: Path, runner: CliRunner) -> None:
    path = chain(tmp_path / "chain.yaml", 30)
    result = runner.invoke(app, ["route", "--to", "r29", "--data", str(path)], terminal_width=200)
    assert result.exit_code == 0
    first = next(line for line in result.stdout.splitlines() if line.startswith("R0 "))
    assert first.split("│")[-1].strip() == "R1 → R2 → R3 → … (22 more) → R26 → R27 → R28"
