"""Remembered answers (`datafile.memo`): the same bytes as a computed answer, never a stale one.

Most tests set REMEMBER_AFTER to 0 so every JSON answer is kept; a recalled
answer is proved to be recalled by making the graph impossible to load.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli import boundary
from hrpath.cli.main import app
from hrpath.datafile import memo
from tests.test_cache import _files, generated_yaml

QUESTIONS = [
    ["show", "{0}"],
    ["list"],
    ["route", "{0}", "{2}"],
    ["route", "{0}", "{2}", "--alternatives", "4", "--by", "steps"],
    ["route", "--to", "{2}"],
    ["gaps"],
    ["plan", "{0}", "{2}"],
    ["compare", "{0}", "{1}"],
    ["map"],
]


@pytest.fixture
def remember_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "REMEMBER_AFTER", 0.0)


def _no_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, an answer can only come from the memo."""

    def refuse(_: object) -> None:
        raise AssertionError("the graph was loaded: the answer was not recalled")

    monkeypatch.setattr(boundary, "load_graph", refuse)


def _answers(folder: Path) -> list[Path]:
    return sorted(folder.glob("answer-*.json"))


def _answered(path: Path) -> str:
    """The role id a remembered `show --json` answer is about."""
    answer: str = json.loads(path.read_text(encoding="utf-8").partition("\n")[2])["id"]
    return answer


def test_a_recalled_answer_is_the_computed_one_byte_for_byte(
    tmp_path: Path,
    private_cache: Path,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    remember_all: None,
) -> None:
    asked = [
        [*(word.format(*names) for word in question), "--json", "--data", str(path)]
        for path, names in _files(tmp_path)
        for question in QUESTIONS
    ]
    computed = {}
    for args in asked:
        result = runner.invoke(app, ["--no-cache", *args])
        assert result.exit_code == 0, (args, result.stderr)
        computed[tuple(args)] = result.stdout
        assert runner.invoke(app, args).stdout == result.stdout  # computed, then remembered
    assert len(_answers(private_cache)) == memo.KEEP
    monkeypatch.setattr(memo, "KEEP", 100)
    for args in asked:
        runner.invoke(app, args)
    assert len(_answers(private_cache)) == len(asked)
    _no_graph(monkeypatch)
    for args in asked:
        recalled = runner.invoke(app, args)
        assert (recalled.exit_code, recalled.stdout) == (0, computed[tuple(args)]), args


def test_each_question_and_each_file_has_its_own_answer(
    tmp_path: Path, private_cache: Path, runner: CliRunner, remember_all: None
) -> None:
    path = tmp_path / "generated.yaml"
    path.write_text(generated_yaml(), encoding="utf-8")
    one = runner.invoke(app, ["route", "g0", "g20", "--alternatives", "1", "--json", "--data", str(path)])
    two = runner.invoke(app, ["route", "g0", "g20", "--alternatives", "2", "--json", "--data", str(path)])
    assert len(json.loads(one.stdout)["routes"]) == 2 and len(json.loads(two.stdout)["routes"]) == 3
    path.write_text(generated_yaml().replace("Generated 20", "Renamed 20"), encoding="utf-8")
    edited = runner.invoke(app, ["show", "g20", "--json", "--data", str(path)])
    assert json.loads(edited.stdout)["title"] == "Renamed 20"
    assert len(_answers(private_cache)) == 3


def test_a_saved_profile_is_part_of_the_question(
    tmp_path: Path,
    private_cache: Path,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    remember_all: None,
) -> None:
    profile = tmp_path / "profile.yaml"
    monkeypatch.setenv("HRPATH_PROFILE", str(profile))
    args = ["route", "recruiter", "HR director", "--json"]
    plain = runner.invoke(app, args).stdout
    profile.write_text("have: [bachelors]\nyears: 9\n", encoding="utf-8")
    mine = runner.invoke(app, args)
    assert "using your profile" in mine.stderr
    assert mine.stdout != plain
    assert mine.stdout == runner.invoke(app, ["--no-cache", *args]).stdout


def test_only_slow_answers_that_answer_are_kept(
    private_cache: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(app, ["show", "HR Generalist", "--json"]).exit_code == 0
    assert _answers(private_cache) == []  # far faster than REMEMBER_AFTER
    monkeypatch.setattr(memo, "REMEMBER_AFTER", 0.0)
    missing = runner.invoke(app, ["route", "chro", "hr-assistant", "--json"])
    assert missing.exit_code == 1 and json.loads(missing.stdout)["routes"] == []
    assert runner.invoke(app, ["route", "recruiter", "hr-director"]).exit_code == 0  # text
    assert _answers(private_cache) == []


@pytest.mark.parametrize("switch", [["--no-cache"], []])
def test_the_cache_switches_turn_remembering_off(
    private_cache: Path,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    remember_all: None,
    switch: list[str],
) -> None:
    if not switch:
        monkeypatch.setenv("HRPATH_NO_CACHE", "1")
    assert runner.invoke(app, [*switch, "route", "recruiter", "hr-director", "--json"]).exit_code == 0
    assert _answers(private_cache) == []


def _truncate(text: str) -> str:
    return text[:-10]


def _flip(text: str) -> str:
    return text[:-5] + ("x" if text[-5] != "x" else "y") + text[-4:]


def _other_version(text: str) -> str:
    header, _, body = text.partition("\n")
    return json.dumps({**json.loads(header), "hrpath": "0.0.0"}) + "\n" + body


@pytest.mark.parametrize(
    "damage",
    [_truncate, _flip, _other_version, lambda text: "not a header\n" + text, lambda text: ""],
    ids=["truncated", "flipped", "other-version", "no-header", "empty"],
)
def test_a_damaged_answer_is_computed_again_and_kept_again(
    private_cache: Path, runner: CliRunner, remember_all: None, damage: Callable[[str], str]
) -> None:
    args = ["route", "recruiter", "hr-director", "--alternatives", "3", "--json"]
    expected = runner.invoke(app, args).stdout
    (entry,) = _answers(private_cache)
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    again = runner.invoke(app, args)
    assert (again.exit_code, again.stdout) == (0, expected)
    assert memo.recall(entry.name.removeprefix("answer-").removesuffix(".json")) == expected.rstrip("\n")


@pytest.mark.parametrize(
    ("planted", "shown"),
    [
        ('{"planted": "\x1b[2J\u202e"}', '{"planted": "\\u001b[2J\\u202e"}'),
        ('{"planted": "\x1b[2J\x07\r"}', '{"planted": "\\u001b[2J\\u0007\\u000d"}'),
    ],
    ids=["with-non-ascii", "ascii-only"],
)
def test_a_tampered_answer_never_reaches_the_terminal_raw(
    private_cache: Path,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    remember_all: None,
    planted: str,
    shown: str,
) -> None:
    args = ["route", "recruiter", "hr-director", "--json"]
    runner.invoke(app, args)
    (entry,) = _answers(private_cache)
    key = entry.name.removeprefix("answer-").removesuffix(".json")
    memo.remember(key, planted)
    _no_graph(monkeypatch)
    assert runner.invoke(app, args).stdout == shown + "\n"


def test_the_oldest_answers_go_first(
    private_cache: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, remember_all: None
) -> None:
    monkeypatch.setattr(memo, "KEEP", 2)
    for when, role in enumerate(("hr-generalist", "hr-manager", "hr-director"), start=1):
        assert runner.invoke(app, ["show", role, "--json"]).exit_code == 0
        for path in _answers(private_cache):  # the one just written is the newest by a clear margin
            if _answered(path) == role:
                os.utime(path, (when * 1000, when * 1000))
    kept = [_answered(path) for path in _answers(private_cache)]
    assert sorted(kept) == ["hr-director", "hr-manager"]


def test_other_files_in_the_cache_folder_are_never_removed(
    private_cache: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, remember_all: None
) -> None:
    monkeypatch.setattr(memo, "KEEP", 1)
    private_cache.mkdir(parents=True, exist_ok=True)
    mine = [
        private_cache / name for name in ("answer-sheet.txt", "answer-key.pdf", f"answer-{'x' * 64}.json")
    ]
    for path in mine:
        path.write_text("keep me", encoding="utf-8")
    for role in ("hr-generalist", "hr-manager"):
        assert runner.invoke(app, ["show", role, "--json"]).exit_code == 0
    assert all(path.read_text(encoding="utf-8") == "keep me" for path in mine)
    assert len(_answers(private_cache)) == 1 + 1  # one answer kept, and the look-alike


def test_new_code_does_not_print_what_old_code_answered(
    private_cache: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, remember_all: None
) -> None:
    args = ["route", "recruiter", "hr-director", "--json"]
    runner.invoke(app, args)
    monkeypatch.setattr(memo, "_code_stamp", lambda: [("hrpath/core/route/walk.py", 1, 2)])
    runner.invoke(app, args)
    assert len(_answers(private_cache)) == 2


@pytest.mark.parametrize("words", [["show", "\udcff"], ["route", "recruiter", "caf\udce9"]])
def test_an_argument_that_was_not_utf_8_is_an_ordinary_unknown_name(
    private_cache: Path, runner: CliRunner, remember_all: None, words: list[str]
) -> None:
    result = runner.invoke(app, [*words, "--json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: unknown role")


_LOADED = """
import sys
from hrpath.cli.main import main
from hrpath.datafile import memo
if sys.argv[1] == "remember":
    memo.REMEMBER_AFTER = 0.0
sys.argv = ["hrpath", "route", "recruiter", "hr-director", "--json"]
try:
    main()
except SystemExit:
    pass
print(sorted(name for name in sys.modules if name.startswith("hrpath.core.")), file=sys.stderr)
"""


def test_a_recalled_answer_loads_no_model(tmp_path: Path, private_cache: Path) -> None:
    env = {**os.environ, "HRPATH_PROFILE": str(tmp_path / "no-profile.yaml")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _LOADED, step], capture_output=True, text=True, check=True, env=env
        )
        for step in ("remember", "recall")
    ]
    assert len(_answers(private_cache)) == 1
    assert runs[1].stdout == runs[0].stdout
    assert "hrpath.core.models" in runs[0].stderr
    assert runs[1].stderr.strip() == "['hrpath.core.text']"


def test_deferred_questions_name_what_they_stand_for() -> None:
    from hrpath.cli.answers import _Deferred
    from hrpath.core.route.results import RoutePlan
    from hrpath.core.route.routes import route_plan
    from hrpath.core.route.search import BY

    for real in (route_plan, RoutePlan.to_dict):
        deferred = _Deferred(real.__module__, real.__qualname__)
        assert (deferred.__module__, deferred.__qualname__) == (real.__module__, real.__qualname__)
    assert BY[0] == "years"  # the default answers.route_between spells out
