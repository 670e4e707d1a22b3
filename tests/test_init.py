"""`hrpath init`: a starter that validates, no clobbering, atomic writes; every command on it."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.datafile import atomic
from hrpath.datafile.atomic import write_atomic
from hrpath.datafile.loader import default_data_path, load_graph
from hrpath.datafile.starter import starter_text
from hrpath.errors import BadInput


@pytest.fixture
def company(runner: CliRunner, tmp_path: Path) -> Path:
    """A starter file written by `hrpath init`."""
    path = tmp_path / "company.yaml"
    result = runner.invoke(app, ["init", str(path)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == wrote(path)
    return path


def wrote(path: Path) -> str:
    """What `hrpath init PATH` prints on success."""
    return f"wrote {path}; check it with: hrpath validate {path}\n"


def test_init_writes_the_commented_starter(runner: CliRunner, company: Path) -> None:
    text = company.read_text(encoding="utf-8")
    assert text == starter_text()
    assert text.startswith("# ")
    assert "hrpath schema > hrpath.schema.json" in text
    assert [p.name for p in company.parent.iterdir()] == ["company.yaml"]


def test_starter_has_three_roles_a_vocabulary_a_promotion_and_a_lateral(company: Path) -> None:
    graph = load_graph(company)
    assert len(graph) == 3
    assert graph.education and graph.skills
    assert {move.kind for move in graph.moves()} == {"promotion", "lateral"}


def test_starter_validates(runner: CliRunner, company: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A relative name: `validate` wraps its line at 80 columns even when piped, so a long
    # temporary path (pytest-of-USER/pytest-NNN/...) would split it.
    monkeypatch.chdir(company.parent)
    result = runner.invoke(app, ["validate", company.name])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "company.yaml: OK (3 roles)\n", "")


INIT_COMMANDS = [
    (["show", "associate"], ["╭─ People Associate ─", "associate · entry · generalist", "→ People Partner (partner) promotion · 2 years (estimate)"]),
    (["list"], ["entry|People Associate|associate|generalist", "Recruiter|recruiter|specialist", "mid|People Partner|partner|generalist"]),
    (["map"], ["People Associate|Recruiter", "→ People Partner ~2y|⇢ People Associate 1y", "People Partner"]),
    (["map", "--from", "recruiter"], ["Recruiter (entry)", "└── ⇢ People Associate (entry, 1y)", "└── → People Partner (mid, ~2y)"]),
    (["compare", "People Associate", "People Partner"], ["People Associate|People Partner", "Role|associate|partner"]),
    (["export", "--format", "dot"], ['"associate" -> "partner" [label="~2y"];', '"recruiter" -> "associate" [label="1y lateral", style=dashed];']),
    (["export", "--format", "csv", "--from", "associate"], ["from,from_title,to,to_title,kind,years,estimate", "associate,People Associate,partner,People Partner,promotion,2,true"]),
]  # fmt: skip


def cells(line: str) -> str:
    """A table or panel line as its cells joined by '|', without edges and padding."""
    return "|".join(cell.strip() for cell in re.split("[│┃]", line)).strip("|")


@pytest.mark.parametrize(("args", "lines"), INIT_COMMANDS, ids=[" ".join(args) for args, _ in INIT_COMMANDS])
def test_commands_work_on_an_init_file(
    runner: CliRunner, company: Path, args: list[str], lines: list[str]
) -> None:
    result = runner.invoke(app, [*args, "--data", str(company)], env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert (result.exit_code, result.stderr) == (0, "")
    shown = [cells(line) for line in result.stdout.splitlines()]
    found = [next((i for i, text in enumerate(shown) if text.startswith(line)), None) for line in lines]
    assert None not in found and found == sorted(found), (found, shown)


def test_json_on_an_init_file_parses(runner: CliRunner, company: Path) -> None:
    env = {"HRPATH_DATA": str(company)}
    show = runner.invoke(app, ["show", "partner", "--json"], env=env)
    assert (show.exit_code, show.stderr) == (0, "")
    partner = json.loads(show.stdout)
    assert (partner["id"], partner["title"], partner["level"]) == ("partner", "People Partner", "mid")
    assert partner["feeders"] == [
        {"from": "associate", "kind": "promotion", "years": 2, "years_stated": True, "estimate": True}
    ]
    levels = json.loads(runner.invoke(app, ["map", "--json"], env=env).stdout)["levels"]
    titles = [[role["title"] for track in level["tracks"] for role in track["roles"]] for level in levels]
    assert [level["level"] for level in levels] == ["entry", "mid"]
    assert titles == [["People Associate", "Recruiter"], ["People Partner"]]
    compare = runner.invoke(app, ["compare", "associate", "recruiter", "--json"], env=env)
    assert (compare.exit_code, compare.stderr) == (0, "")
    both = json.loads(compare.stdout)
    assert (both["a"]["id"], both["b"]["id"]) == ("associate", "recruiter")


def test_refuses_to_overwrite_without_force(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("roles: []  # my own work\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {path} already exists; use --force to overwrite it\n"
    assert path.read_text(encoding="utf-8") == "roles: []  # my own work\n"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]


def test_force_overwrites_and_keeps_the_file_mode(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("roles: []\n", encoding="utf-8")
    path.chmod(0o640)
    result = runner.invoke(app, ["init", str(path), "--force"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, wrote(path), "")
    assert path.read_text(encoding="utf-8") == starter_text()
    assert path.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_the_usual_mode_not_the_temp_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.yaml", "x", overwrite=False)
    finally:
        os.umask(old)
    assert (tmp_path / "new.yaml").stat().st_mode & 0o777 == 0o644


def test_from_default_copies_the_shipped_graph(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "copy.yaml"
    result = runner.invoke(app, ["init", str(path), "--from-default"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, wrote(path), "")
    assert path.read_text(encoding="utf-8") == default_data_path().read_text(encoding="utf-8")


def test_interrupted_write_leaves_old_file_and_no_temp(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("old\n", encoding="utf-8")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new\n" * 1000, overwrite=True)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]


def test_a_file_created_meanwhile_is_not_clobbered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The existence check and the write race; the hard link settles it."""
    path = tmp_path / "raced.yaml"
    real_link = os.link

    def someone_else_first(source: str, target: Path) -> None:
        target.write_text("theirs\n", encoding="utf-8")
        real_link(source, target)

    monkeypatch.setattr(atomic.os, "link", someone_else_first)
    with pytest.raises(BadInput, match="already exists"):
        write_atomic(path, "mine\n", overwrite=False)
    assert path.read_text(encoding="utf-8") == "theirs\n"
    assert [p.name for p in tmp_path.iterdir()] == ["raced.yaml"]


def test_missing_directory_exits_2_with_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "missing-dir" / "company.yaml")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot write {tmp_path / 'missing-dir' / 'company.yaml'}: ")
    assert result.stderr.count("\n") == 1


def test_a_directory_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a directory" in result.stderr
    with pytest.raises(BadInput, match="is a directory"):
        write_atomic(tmp_path, "x", overwrite=True)
