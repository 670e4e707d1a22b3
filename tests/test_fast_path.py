"""The fast path (hrpath.cli.fast, hrpath.cli.completing) answers exactly as the typer app does.

Every case runs both ways in-process: the fast answer, and typer's own (the app
called directly, as `main` does when the fast path declines), each inside
`main._run`. Output, errors and exit codes must be the same. The cases the fast
path is meant to answer assert that it did answer; the others that it declined.
"""

from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.main
from typer.core import TyperArgument, TyperOption

from hrpath.cli import main as entry
from hrpath.cli.app import app
from hrpath.cli.command_table import COMMANDS, HAVE_OPTION, ROLE_ARGUMENTS
from hrpath.cli.completing import completion_answer
from hrpath.cli.fast import COMMANDS as FAST_COMMANDS
from hrpath.cli.fast import fast_answer
from hrpath.datafile import places
from hrpath.datafile.loader import load_graph
from hrpath.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
Outcome = tuple[int, str, str]

# Titles and labels that shells and rich treat specially.
ODD_FILE = """
education:
  - {id: bachelors, label: "Bachelor's degree"}
  - {id: mba, label: "MBA: master's"}
skills:
  - {id: recruiting, label: "Recruiting [core]"}
  - {id: records, label: "Records $HOME `x`"}
roles:
  - id: ops-lead
    title: "Ops: lead"
    level: entry
    next: [{to: ops-head, years: 2}]
  - id: ops-head
    title: "Ops [head]"
    level: senior
  - id: ops-chief
    title: "Chief \\"Ops\\" officer of every operation the company has anywhere in the world"
    level: executive
  - {id: opsy, title: "Ops — é 漢字", level: mid}
  - {id: ops-wide, title: "Ops\u2003wide\u00a0desk", level: mid}
  - {id: long-title, title: "Senior Principal Vice President of Global Human Resources Operations and Strategy", level: executive}
"""


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("_HRPATH", "_TYPER", "COMP_")) or name in ("HRPATH_DATA", "COLUMNS"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HRPATH_PROFILE", str(tmp_path / "no-profile.yaml"))
    monkeypatch.setenv("TERMINAL_WIDTH", "100")  # descriptions never fold, whatever the terminal


@pytest.fixture
def odd_file(tmp_path: Path) -> Path:
    path = tmp_path / "odd.yaml"
    path.write_text(ODD_FILE, encoding="utf-8")
    load_graph(path)  # writes the cache entry and its names entry
    return path


def _outcome(answer: Callable[[], None], capsys: pytest.CaptureFixture[str]) -> Outcome:
    code = entry._run(answer)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _typer_answer(words: list[str]) -> Callable[[], None]:
    return lambda: app(args=words, prog_name="hrpath")


# --- TAB presses --------------------------------------------------------------------


def _completion_env(shell: str, words: list[str], action: str) -> dict[str, str]:
    """What each shell's completion function sets; the last word is the one being typed."""
    if shell == "bash":
        return {"COMP_WORDS": "\n".join(["hrpath", *words]), "COMP_CWORD": str(len(words))}
    env = {"_TYPER_COMPLETE_ARGS": " ".join(["hrpath", *words])}
    return env | ({"_TYPER_COMPLETE_FISH_ACTION": action} if shell == "fish" else {})


def _both_complete(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shell: str,
    words: list[str],
    action: str = "get-args",
) -> tuple[Callable[[], None] | None, Outcome, Outcome]:
    monkeypatch.setenv("_HRPATH_COMPLETE", f"complete_{shell}")
    for name, value in _completion_env(shell, words, action).items():
        monkeypatch.setenv(name, value)
    fast = completion_answer(os.environ)
    typer_says = _outcome(_typer_answer([]), capsys)
    fast_says = _outcome(fast, capsys) if fast is not None else typer_says
    return fast, fast_says, typer_says


SHELLS = [("bash", "get-args"), ("zsh", "get-args"), ("fish", "get-args"), ("fish", "is-args")]
ANSWERED = [
    [""],
    ["s"],
    ["ro"],
    ["zzz"],
    ["show", ""],
    ["show", "hr-g"],
    ["show", "HR-G"],
    ["SHOW", "c"],
    ["show", "nothing-starts-so"],
    ["route", "recruiter", "hr-d"],
    ["compare", ""],
    ["next", "hr-"],
    ["gaps", "--have", ""],
    ["gaps", "--have", "mba,rec"],
    ["route", "recruiter", "--have", "MBA,SHRM"],
    ["plan", "recruiter", "hr-director", "--have", "bach"],
]
DECLINED = [
    ["-"],
    ["--v"],
    ["show", "--json", ""],
    ["show", "--data", "x", "hr"],
    ["show", "hr-generalist", ""],
    ["profile", ""],
    ["gaps", "--HAVE", "mb"],
    ["gaps", "--have=mb"],
    ["search", ""],
    ["show", "'hr"],
    ["nope", "x"],
]


@pytest.mark.parametrize(("shell", "action"), SHELLS)
@pytest.mark.parametrize("words", ANSWERED, ids=" ".join)
def test_tab_on_the_shipped_file_is_answered_as_typer_does(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shell: str,
    action: str,
    words: list[str],
) -> None:
    load_graph()  # the names entry exists after any run
    fast, fast_says, typer_says = _both_complete(monkeypatch, capsys, shell, words, action)
    assert fast is not None
    assert fast_says == typer_says


@pytest.mark.parametrize(("shell", "action"), SHELLS)
@pytest.mark.parametrize("words", DECLINED, ids=" ".join)
def test_tab_cases_left_to_typer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shell: str,
    action: str,
    words: list[str],
) -> None:
    load_graph()
    fast, _, _ = _both_complete(monkeypatch, capsys, shell, words, action)
    assert fast is None


@pytest.mark.parametrize(("shell", "action"), SHELLS)
@pytest.mark.parametrize(
    "words",
    [
        ["show", ""],
        ["show", "o"],
        ["show", "OPS-"],
        ["gaps", "--have", ""],
        ["gaps", "--have", "mba,r"],
        [""],
    ],
    ids=" ".join,
)
def test_tab_on_awkward_titles_matches_typer_or_is_left_to_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    odd_file: Path,
    shell: str,
    action: str,
    words: list[str],
) -> None:
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    _, fast_says, typer_says = _both_complete(monkeypatch, capsys, shell, words, action)
    assert fast_says == typer_says


def test_tab_answers_from_the_names_entry_and_declines_without_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], odd_file: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    fast, fast_says, _ = _both_complete(monkeypatch, capsys, "bash", ["show", "ops-"])
    assert fast is not None and fast_says == (0, "ops-lead\nops-head\nops-chief\nops-wide\n", "")
    monkeypatch.setenv("HRPATH_CACHE", str(tmp_path / "empty-cache"))
    assert completion_answer(os.environ) is None
    monkeypatch.setenv("HRPATH_NO_CACHE", "1")
    assert completion_answer(os.environ) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.replace('"ops-lead"', '"ops-lead\\u001b[31m"'),  # an escape code for the shell
        lambda entry: entry.replace('"roles":[[', '"roles":[[1,', 1),
        lambda entry: entry[: len(entry) // 2],
        lambda entry: entry.replace('"have":', '"extra":0,"have":', 1),
    ],
)
def test_a_tampered_names_entry_is_left_to_typer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    odd_file: Path,
    damage: Callable[[str], str],
) -> None:
    (entry,) = Path(os.environ["HRPATH_CACHE"]).glob("names-*.json")
    text = entry.read_text(encoding="utf-8")
    assert damage(text) != text
    entry.write_text(damage(text), encoding="utf-8")
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    fast, _, typer_says = _both_complete(monkeypatch, capsys, "bash", ["show", "ops-l"])
    assert fast is None
    assert typer_says == (0, "ops-lead\n", "")


def test_a_removed_names_entry_is_written_again_by_the_next_load(odd_file: Path) -> None:
    folder = Path(os.environ["HRPATH_CACHE"])
    for entry_file in folder.glob("names-*.json"):
        entry_file.unlink()
    load_graph(odd_file)
    assert list(folder.glob("names-*.json"))


# --- plain questions ------------------------------------------------------------------

FAST_QUESTIONS = [
    ["show", "HR Generalist"],
    ["show", "hr-generalist", "--json"],
    ["show", "--JSON", "chro"],
    ["Show", "chief human resources officer"],
    ["show", "nobody"],
    ["show", "generalist"],
    ["show", ""],
    ["list"],
    ["list", "--json"],
    ["list", "--level", "senior"],
    ["list", "--level=SENIOR", "--track", "specialist", "--json"],
    ["list", "--level", "wizard"],
    ["list", "--ladder", "manager", "--family", "recruiting"],
    ["route", "recruiter", "HR director"],
    ["route", "recruiter", "hr-director", "--json"],
    ["route", "chro", "hr-assistant"],
    ["route", "recruiter", "nobody"],
    ["route", "recruiter", "chro", "--alternatives", "3"],
    ["route", "recruiter", "chro", "--alternatives=0", "--json"],
    ["route", "recruiter", "chro", "--alternatives", "0050", "--by", "years"],
    ["route", "recruiter", "chro", "--alternatives", "51"],
    ["route", "recruiter", "chro", "--by", "steps", "--json"],
    ["route", "recruiter", "chro", "--BY=wizard"],
    ["route", "--alternatives", "1", "recruiter", "nobody"],
]


@pytest.mark.parametrize("words", FAST_QUESTIONS, ids=" ".join)
def test_plain_questions_are_answered_as_typer_does(
    capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    fast = fast_answer(words, os.environ)
    assert fast is not None
    assert _outcome(fast, capsys) == _outcome(_typer_answer(words), capsys)


def test_data_option_and_variable_are_read_as_typer_reads_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], odd_file: Path
) -> None:
    for words in (
        ["show", "ops-lead", "--data", str(odd_file)],
        ["route", f"--data={odd_file}", "ops-lead", "ops-head"],
    ):
        fast = fast_answer(words, os.environ)
        assert fast is not None
        assert _outcome(fast, capsys) == _outcome(_typer_answer(words), capsys)
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    fast = fast_answer(["list", "--json"], os.environ)
    assert fast is not None
    fast_says = _outcome(fast, capsys)
    assert fast_says == _outcome(_typer_answer(["list", "--json"]), capsys)
    assert '"ops-chief"' in fast_says[1]
    missing = ["show", "x", "--data", str(odd_file.parent / "missing.yaml")]
    fast = fast_answer(missing, os.environ)
    assert fast is not None
    assert _outcome(fast, capsys) == _outcome(_typer_answer(missing), capsys)


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--help"],
        ["--no-cache", "show", "chro"],
        ["show"],
        ["show", "a", "b"],
        ["show", "chro", "--help"],
        ["show", "chro", "-h"],
        ["show", "chro", "--json", "--json"],
        ["show", "chro", "--json=yes"],
        ["show", "chro", "--data"],
        ["show", "chro", "--data", ""],
        ["show", "chro", "--data", "--json"],
        ["show", "-"],
        ["show", "--", "chro"],
        ["list", "--level", "senior", "--level", "entry"],
        ["route", "recruiter"],
        ["route", "--to", "hr-director"],
        ["route", "recruiter", "chro", "--alternatives", "-1"],
        ["route", "recruiter", "chro", "--alternatives=x"],
        ["route", "recruiter", "chro", "--alternatives", "+3"],
        ["route", "recruiter", "chro", "--alternatives", "\u0663"],
        ["route", "recruiter", "chro", "--alternatives", "99999"],
        ["route", "recruiter", "chro", "--alternatives", "3", "--alternatives", "4"],
        ["route", "recruiter", "chro", "--by"],
        ["route", "recruiter", "chro", "--via", "hr-generalist"],
        ["route", "recruiter", "chro", "--have", "mba"],
        ["gaps", "--have", "mba"],
        ["validate"],
    ],
    ids=lambda words: " ".join(words) or "(nothing)",
)
def test_anything_else_is_left_to_typer(words: list[str]) -> None:
    assert fast_answer(words, os.environ) is None


@pytest.mark.parametrize(
    "profile",
    [
        "have: [bachelors, recruiting]\nyears: 3\nin_role: 1.5\n",
        "have: [mba]\nrole: recruiter\n",
        "years: 12\n",
        "{}\n",
        "have: [nonsense-skill]\n",
        "years: [not a number]\n",
        "have: [\n",
    ],
    ids=["have-years-in-role", "have-and-role", "years", "empty", "unknown-skill", "bad-value", "not-yaml"],
)
@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["text", "json"])
def test_route_applies_a_saved_profile_as_typer_does(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    profile: str,
    json_flag: list[str],
) -> None:
    saved = tmp_path / "profile.yaml"
    saved.write_text(profile, encoding="utf-8")
    monkeypatch.setenv("HRPATH_PROFILE", str(saved))
    for words in (
        ["route", "recruiter", "HR Director", *json_flag],
        ["route", "recruiter", "HR Director", "--alternatives", "1", "--by", "steps", *json_flag],
    ):
        fast = fast_answer(words, os.environ)
        assert fast is not None
        assert _outcome(fast, capsys) == _outcome(_typer_answer(words), capsys)


def test_an_unreadable_profile_is_reported_as_typer_does(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HRPATH_PROFILE", str(tmp_path))  # a directory
    words = ["route", "recruiter", "chro"]
    fast = fast_answer(words, os.environ)
    assert fast is not None
    fast_says = _outcome(fast, capsys)
    assert fast_says == _outcome(_typer_answer(words), capsys)
    assert fast_says[0] == 2 and "cannot read the profile" in fast_says[2]


# --- the copies the fast path keeps stay true --------------------------------------------


def test_command_table_is_what_the_app_defines() -> None:
    spec = importlib.util.spec_from_file_location(
        "command_table_script", ROOT / "scripts" / "command_table.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.table_values() == (COMMANDS, ROLE_ARGUMENTS, HAVE_OPTION), (
        "stale: run `python scripts/command_table.py --update`"
    )


@pytest.mark.parametrize("name", sorted(FAST_COMMANDS))
def test_fast_commands_read_the_options_typer_defines(name: str) -> None:
    group = typer.main.get_command(app)
    command = group.get_command(typer.Context(group, info_name="hrpath"), name)  # type: ignore[attr-defined]
    fast = FAST_COMMANDS[name]
    arguments = [param for param in command.params if isinstance(param, TyperArgument)]
    assert len(arguments) == len(fast.arguments)
    options = {opt: param for param in command.params if isinstance(param, TyperOption) for opt in param.opts}
    for option in (*fast.options, "--data"):
        param = options[option]
        assert not param.is_flag and not param.multiple and param.nargs == 1, option
    assert options["--json"].is_flag
    assert ("--no-profile" in options) == fast.applies_profile


@pytest.mark.parametrize("config_home", [None, "/srv/config"])
def test_config_dir_is_where_typer_puts_it(monkeypatch: pytest.MonkeyPatch, config_home: str | None) -> None:
    if config_home is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", config_home)
    assert places.config_dir() == Path(typer.get_app_dir("hrpath"))


def test_entry_point_exit_codes_are_the_documented_ones() -> None:
    assert (entry._OUTPUT_ERROR, entry._INTERRUPTED, entry._BROKEN_PIPE) == (
        ExitCode.OUTPUT_ERROR,
        ExitCode.INTERRUPTED,
        ExitCode.BROKEN_PIPE,
    )


# --- what each kind of run imports ---------------------------------------------------

_IMPORTS = """
import sys
from hrpath.cli.main import main
try:
    main()
except SystemExit:
    pass
loaded = {name.split(".")[0] for name in sys.modules} | {name.split(".")[-1] for name in sys.modules}
watched = {"typer", "rich", "yaml", "dataclasses", "typing", "pathlib", "memo"}  # memo: JSON answers only
print(" ".join(sorted(loaded & watched)), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("words", "env", "expected"),
    [
        (["show", "chro", "--json"], {}, "dataclasses memo typing"),
        (["show", "chro"], {}, "dataclasses rich typing"),
        (["route", "recruiter", "hr-director", "--json"], {}, "dataclasses memo typing"),
        (["route", "recruiter", "hr-director"], {}, "dataclasses rich typing"),
        (
            ["list", "--data", str(ROOT / "data" / "roles.yaml"), "--json"],
            {},
            "dataclasses memo pathlib typing",
        ),
        ([], {"_HRPATH_COMPLETE": "complete_bash", "COMP_WORDS": "hrpath\nshow\nhr-", "COMP_CWORD": "2"}, ""),
        (["show", "--help"], {}, "dataclasses pathlib rich typer typing"),
    ],
)
def test_each_run_imports_only_what_it_needs(
    tmp_path: Path, words: list[str], env: dict[str, str], expected: str
) -> None:
    load_graph()
    run_env = {k: v for k, v in os.environ.items() if not k.startswith(("_HRPATH", "COMP_"))}
    run_env.update(env, HRPATH_PROFILE=str(tmp_path / "none.yaml"))
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTS, *words], env=run_env, capture_output=True, text=True, check=False
    )
    assert done.stderr.splitlines()[-1:] == [expected] or (expected == "" and done.stderr == "\n"), (
        done.stderr
    )


# --- what a review found -------------------------------------------------------------


def test_an_unreadable_data_file_is_left_to_typer(monkeypatch: pytest.MonkeyPatch, odd_file: Path) -> None:
    import hrpath.cli.fast as fast

    words = ["show", "ops-lead", "--data", str(odd_file)]
    assert fast_answer(words, os.environ) is not None
    monkeypatch.setattr(fast.os, "access", lambda *_: False)  # root reads everything: pretend
    assert fast_answer(words, os.environ) is None  # typer says "is not readable"
    assert fast_answer(["show", "x", "--data", str(odd_file.parent / "missing.yaml")], os.environ) is not None


@pytest.mark.parametrize(
    "env",
    [
        {"_HRPATH_COMPLETE": "complete_bash", "COMP_WORDS": "hrpath\nshow\nc", "COMP_CWORD": "9" * 5000},
        {"_HRPATH_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "hrpath show c", "COLUMNS": "9" * 5000},
        {"_HRPATH_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "hrpath show c", "TERMINAL_WIDTH": "x"},
    ],
    ids=["cword", "columns", "terminal-width"],
)
def test_numbers_typer_cannot_read_are_left_to_it(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    load_graph()
    monkeypatch.delenv("TERMINAL_WIDTH")  # typer hands it to rich, which then never reads COLUMNS
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert completion_answer(os.environ) is None


def test_descriptions_are_bounded_by_rich_s_dumb_terminal_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], odd_file: Path
) -> None:
    from hrpath.cli.completing import _rich_width

    monkeypatch.setenv("TERMINAL_WIDTH", "200")
    assert _rich_width(os.environ) == 80  # TERM=dumb with FORCE_COLOR makes rich use 80
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("FORCE_COLOR", "1")
    # An 81-character title: rich folds it at 80 columns, so it is left to typer.
    fast, fast_says, typer_says = _both_complete(monkeypatch, capsys, "fish", ["show", "long"])
    assert fast is None and fast_says == typer_says
    assert fast_says[1].count("\n") == 2  # typer's answer: the title folded onto a second line
    fast, fast_says, typer_says = _both_complete(monkeypatch, capsys, "fish", ["show", "ops-c"])
    assert fast is not None and fast_says == typer_says  # 77 characters fit


def test_non_ascii_candidates_on_another_encoding_are_left_to_typer(
    monkeypatch: pytest.MonkeyPatch, odd_file: Path
) -> None:
    import hrpath.cli.completing as completing

    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    monkeypatch.setenv("_HRPATH_COMPLETE", "complete_zsh")
    monkeypatch.setattr(completing, "_utf8_stdout", lambda: False)
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "hrpath show opsy")  # "Ops — é 漢字"
    assert completion_answer(os.environ) is None
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "hrpath show ops-l")  # plain ASCII
    assert completion_answer(os.environ) is not None


class _FullStdout(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_failing_stdout_on_a_tab_press_is_quiet_like_typer_s(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    load_graph()
    monkeypatch.setenv("_HRPATH_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "hrpath\nshow\nc")
    monkeypatch.setenv("COMP_CWORD", "2")
    fast = completion_answer(os.environ)
    assert fast is not None
    for answer in (fast, _typer_answer([])):
        monkeypatch.setattr(sys, "stdout", _FullStdout())
        assert entry._run(answer) == 0
        assert capsys.readouterr().err == ""


def test_an_oversized_names_entry_is_not_read(monkeypatch: pytest.MonkeyPatch, odd_file: Path) -> None:
    from hrpath.datafile import cache

    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    monkeypatch.setenv("_HRPATH_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "hrpath\nshow\nops-")
    monkeypatch.setenv("COMP_CWORD", "2")
    assert completion_answer(os.environ) is not None
    monkeypatch.setattr(cache, "_MAX_NAMES_BYTES", 100)
    assert completion_answer(os.environ) is None


@pytest.mark.parametrize(
    "damage",
    [lambda text: text[:-5], lambda text: text.replace('"ops-lead"', '"ops-lead\\u0007"'), lambda text: "{}"],
)
def test_a_damaged_names_entry_is_put_right_by_the_next_load(
    monkeypatch: pytest.MonkeyPatch, odd_file: Path, damage: Callable[[str], str]
) -> None:
    (names,) = Path(os.environ["HRPATH_CACHE"]).glob("names-*.json")
    original = names.read_text(encoding="utf-8")
    names.write_text(damage(original), encoding="utf-8")
    monkeypatch.setenv("HRPATH_DATA", str(odd_file))
    monkeypatch.setenv("_HRPATH_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "hrpath\nshow\nops-")
    monkeypatch.setenv("COMP_CWORD", "2")
    assert completion_answer(os.environ) is None  # the TAB press goes to typer and drops the entry
    load_graph(odd_file)
    assert names.read_text(encoding="utf-8") == original
