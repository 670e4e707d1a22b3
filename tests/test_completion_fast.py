"""The typer-free completion fast path prints exactly what typer's completion prints.

Each case runs twice in process: through `fast_complete` and through the whole
typer app (whose completion callbacks call the same item lists), for bash, zsh
and fish; the bytes and exit codes must match. Cases the fast path must answer
itself are marked, so a fast path that silently declines everything fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrpath.cli.app import COMMAND_MODULES
from hrpath.cli.complete import COMMANDS, fast_complete
from hrpath.cli.main import app

SMALL = Path(__file__).parent / "data" / "small.yaml"

# (words after `hrpath`, the last one being completed; answered by the fast path?)
CASES: list[tuple[list[str], bool]] = [
    (["show", "hr-g"], True),
    (["show", ""], True),
    (["show", "HR-G"], True),
    (["show", "nothing-starts-so"], True),
    (["next", "recr"], True),
    (["route", "recruiter", "hr-d"], True),
    (["route", "rec"], True),
    (["route", "--to", "hr-dir"], True),
    (["route", "recruiter", "chro", "--via", "hr-m"], True),
    (["route", "--by", "steps", "--avoid", "hr-"], True),
    (["route", "--promotions-only", "recruiter", "c"], True),
    (["compare", "hr-generalist", "hr-sp"], True),
    (["map", "--from", "vp"], True),
    (["gaps", "--target", "hr-dir"], True),
    (["gaps", "--role", "benefits-s"], True),
    (["gaps", "--have", "mba,rec"], True),
    (["gaps", "--have", "s"], True),
    (["next", "recruiter", "--have", "bach"], True),
    (["route", "--have", "MBA,sh"], True),
    (["--no-cache", "show", "hr-g"], True),
    (["show", "--data", str(SMALL), "p"], True),
    (["show", "--json", "--data", str(SMALL), ""], True),
    (["show", "--data", "/nonexistent/roles.yaml", "a"], True),
    ([""], True),
    (["ro"], True),
    (["s"], True),
    (["zzz"], True),
    (["--no-cache", "v"], True),
    # Left to typer: option names, other option values, unusual lines.
    (["show", "--"], False),
    (["route", "--by", ""], False),
    (["show", "--data", str(SMALL.parent), "a"], False),
    (["export", "--from", "vp"], False),
    (["validate", ""], False),
    (["show", "hr-generalist", ""], False),
    (["--version", "show", "a"], False),
]
SHELLS = ["bash", "zsh", "fish-get-args", "fish-is-args"]


def _environment(shell: str, words: list[str]) -> dict[str, str]:
    name, _, action = shell.partition("-")
    env = {"_HRPATH_COMPLETE": f"complete_{name}", "COLUMNS": "80"}
    if name == "bash":
        env["COMP_WORDS"] = "\n".join(["hrpath", *words])
        env["COMP_CWORD"] = str(len(words))
    else:
        env["_TYPER_COMPLETE_ARGS"] = " ".join(["hrpath", *words])
        env["_TYPER_COMPLETE_FISH_ACTION"] = action
    return env


def _typer_output(capsys: pytest.CaptureFixture[str]) -> tuple[str, int]:
    with pytest.raises(SystemExit) as stop:
        app(prog_name="hrpath", args=[])
    code = stop.value.code
    return capsys.readouterr().out, code if isinstance(code, int) else 0


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize(("words", "handled"), CASES, ids=[" ".join(w) or "''" for w, _ in CASES])
def test_fast_path_prints_what_typer_prints(
    words: list[str],
    handled: bool,
    shell: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("HRPATH_DATA", raising=False)
    for key, value in _environment(shell, words).items():
        monkeypatch.setenv(key, value)
    fast = fast_complete(os.environ)
    expected = _typer_output(capsys)
    if handled and shell == "bash":
        assert fast is not None
    if fast is not None:
        assert (fast.output, fast.code) == expected
    if not handled:
        assert fast is None


def test_fast_path_reads_hrpath_data(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HRPATH_DATA", str(SMALL))
    for key, value in _environment("zsh", ["show", "pa"]).items():
        monkeypatch.setenv(key, value)
    fast = fast_complete(os.environ)
    assert fast is not None
    assert fast.output == '_arguments \'*: :(("partner":"People Partner"))\'\n'
    assert (fast.output, fast.code) == _typer_output(capsys)


def test_command_table_matches_the_app() -> None:
    import typer.main

    group = typer.main.get_command(app)
    names = group.list_commands(None)  # type: ignore[attr-defined]
    assert list(COMMAND_MODULES) == names
    assert [(name, group.commands[name].get_short_help_str()) for name in names] == list(COMMANDS)  # type: ignore[attr-defined]


def test_fast_path_imports_neither_typer_nor_rich(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom hrpath.cli.main import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'rich', 'yaml'}))"
    )
    env = {
        **{
            k: v for k, v in os.environ.items() if not k.startswith(("_HRPATH", "_TYPER", "COMP_", "HRPATH_"))
        },
        "HRPATH_CACHE": str(tmp_path),
        **_environment("bash", ["show", "hr-g"]),
    }
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True) for _ in "12"
    ]
    # The first request reads the YAML and fills the cache; the second needs neither typer, rich nor YAML.
    assert runs[0].stdout == "hr-generalist\n['yaml']\n"
    assert runs[1].stdout == "hr-generalist\n[]\n"
