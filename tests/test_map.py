"""`hrpath map`: the level-by-track map and the --from tree, at 80 columns and piped."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.career_map import reach_tree, track_order
from hrpath.core.graph import RoleGraph, reachable_from

NARROW = {"COLUMNS": "80", "NO_COLOR": None, "TERM": "xterm-256color"}


@pytest.mark.parametrize("args", [["map"], ["map", "--from", "HR Assistant"], ["map", "--from", "recruiter"]])
def test_readable_at_80_columns_and_plain_when_piped(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args, env=NARROW)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b" not in result.stdout


def test_whole_map_groups_by_level_then_track(runner: CliRunner) -> None:
    lines = runner.invoke(app, ["map"], env=NARROW).stdout.splitlines()
    headings = [line for line in lines if line in {"ENTRY", "MID", "SENIOR", "EXECUTIVE"}]
    assert headings == ["ENTRY", "MID", "SENIOR", "EXECUTIVE"]
    entry_header = lines[lines.index("ENTRY") + 2]
    assert entry_header.split("┃")[1].strip() == "generalist"
    assert entry_header.split("┃")[2].strip() == "specialist"
    # Moves are visible beside their role: promotions with →, laterals with ⇢.
    assistant = next(i for i, line in enumerate(lines) if "│ HR Assistant " in line)
    assert "→ HR Generalist ~2y" in lines[assistant + 1]
    assert "⇢ Recruiter ~1y" in "".join(lines)


def test_every_role_appears_once_in_the_map(runner: CliRunner, shipped: RoleGraph) -> None:
    result = runner.invoke(app, ["map"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert (result.exit_code, result.stderr) == (0, "")
    # A role's own cell line holds just its title; move lines start with an arrow.
    cells = [cell.strip() for line in result.stdout.splitlines() for cell in line.split("│")[1:-1]]
    titles = Counter(cell for cell in cells if cell in {role.title for role in shipped})
    assert titles == Counter(role.title for role in shipped)
    assert set(titles.values()) == {1}


def test_track_order_known_tracks_first_then_others_then_none() -> None:
    tracks = [None, "zeta", "leadership", "alpha", "generalist", "specialist"]
    assert sorted(tracks, key=track_order) == [
        "generalist",
        "specialist",
        "leadership",
        "alpha",
        "zeta",
        None,
    ]


def test_reach_tree_expands_each_role_once(ladder: RoleGraph) -> None:
    tree = reach_tree(ladder, "recruiter")
    assert tree.to_dict() == {
        "id": "recruiter",
        "title": "Recruiter",
        "level": "entry",
        "repeat": False,
        "next": [
            {
                "to": "generalist",
                "title": "HR Generalist",
                "level": "mid",
                "kind": "lateral",
                "years": 1,
                "estimate": False,
                "repeat": False,
                "next": [
                    {
                        "to": "manager",
                        "title": "HR Manager",
                        "level": "senior",
                        "kind": "promotion",
                        "years": 3,
                        "estimate": False,
                        "repeat": False,
                        "next": [
                            {
                                "to": "director",
                                "title": "HR Director",
                                "level": "senior",
                                "kind": "promotion",
                                "years": 4,
                                "estimate": False,
                                "repeat": False,
                                "next": [],
                            }
                        ],
                    }
                ],
            }
        ],
    }


REPEATS = """\
roles:
  - {id: a, title: Alpha, level: entry, next: [{to: b, years: 1}, {to: c, years: 2}]}
  - {id: b, title: Beta, level: mid, next: [{to: c, years: 1}, {to: a, kind: lateral, years: 1}]}
  - {id: c, title: Gamma, level: senior}
"""


def test_tree_marks_repeats_above_and_below(runner: CliRunner, write_yaml: Callable[[str], Path]) -> None:
    result = runner.invoke(app, ["map", "--from", "a", "--data", str(write_yaml(REPEATS))], env=NARROW)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[2:] == [
        "Alpha (entry)",
        "├── → Beta (mid, 1y)",
        "│   ├── → Gamma (senior, 1y)  (see below)",
        "│   └── ⇢ Alpha (entry, 1y)  (see above)",
        "└── → Gamma (senior, 2y)",
    ]


def test_from_tree_on_the_shipped_graph_holds_every_reachable_role(
    runner: CliRunner, shipped: RoleGraph
) -> None:
    result = runner.invoke(app, ["map", "--from", "recruiter"], env=NARROW)
    lines = result.stdout.splitlines()
    assert lines[2] == "Recruiter (entry)"
    graph = shipped
    expanded = [line for line in lines[3:] if "(see " not in line]
    for role_id in reachable_from(graph, "recruiter")[1:]:
        title = graph.role(role_id).title
        assert sum(f" {title} (" in line for line in expanded) == 1, title
    assert "HR Assistant" not in result.stdout


def test_titles_with_markup_print_literally(runner: CliRunner, write_yaml: Callable[[str], Path]) -> None:
    data = str(write_yaml('roles:\n  - {id: ops, title: "Ops [/] [bold]Lead", level: entry}\n'))
    whole = runner.invoke(app, ["map", "--data", data], env=NARROW)
    assert (whole.exit_code, whole.stderr) == (0, "")
    assert "│ Ops [/] [bold]Lead" in whole.stdout
    tree = runner.invoke(app, ["map", "--from", "ops", "--data", data], env=NARROW)
    assert tree.stdout.splitlines()[2:] == ["Ops [/] [bold]Lead (entry)"]


def test_json_map_and_tree(runner: CliRunner) -> None:
    whole = json.loads(runner.invoke(app, ["map", "--json"]).stdout)
    assert [level["level"] for level in whole["levels"]] == ["entry", "mid", "senior", "executive"]
    entry_tracks = [track["track"] for track in whole["levels"][0]["tracks"]]
    assert entry_tracks == ["generalist", "specialist"]
    assert sum(len(t["roles"]) for level in whole["levels"] for t in level["tracks"]) == 27
    tree = json.loads(runner.invoke(app, ["map", "--from", "vp hr", "--json"]).stdout)
    assert tree["id"] == "vp-hr"
    assert [child["to"] for child in tree["next"]] == ["chro"]


def test_unknown_from_role_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["map", "--from", "astronaut"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: unknown role 'astronaut'")
