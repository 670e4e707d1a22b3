"""`hrpath export`: each format, escaping of hostile titles, --from, and the README picture."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.export import dot_string, export_graph, mermaid_ids, subgraph
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role

HOSTILE = 'Ops [/] "Lead" <A&B> | x; y \\ #1 `z` {c}'
README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def hostile() -> RoleGraph:
    """Two roles, one with a title full of characters that mean something in some format."""
    return RoleGraph(
        [
            Role("ops", HOSTILE, "mid", moves=(Move("ops", "end", "lateral", 2.5),)),
            Role("end", "End, of: line", "senior", moves=(Move("end", "ops", years=1),)),
        ]
    )


def _unmermaid(label: str) -> str:
    """Undo Mermaid entity codes, as Mermaid does when it renders a label."""
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), label.replace("#quot;", '"'))


def _undot(text: str) -> list[str]:
    """Every double-quoted DOT string in `text`, unescaped."""
    return [re.sub(r"\\(.)", r"\1", s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def test_mermaid_escapes_labels_and_sanitises_ids(hostile: RoleGraph) -> None:
    text = export_graph(hostile, "mermaid")
    node = next(line.strip() for line in text.splitlines() if line.strip().startswith("r_ops["))
    label = node[len('r_ops["') : -len('"]')]
    assert not set(re.sub(r"#(\d+|quot);", "", label)) & set('"[]<>|;&#`{}\\')
    assert _unmermaid(label) == HOSTILE
    assert '    r_end["End, of: line"]' in text.splitlines()
    assert "  r_ops -.->|2.5y lateral| r_end" in text.splitlines()
    assert "  r_end -->|1y| r_ops" in text.splitlines()


def test_mermaid_ids_stay_unique_when_sanitising_collides() -> None:
    roles = (Role("a-b", "A", "entry"), Role("a_b", "B", "entry"), Role("a.b", "C", "entry"))
    assert mermaid_ids(roles) == {"a-b": "r_a_b", "a_b": "r_a_b_2", "a.b": "r_a_b_3"}


def test_dot_quotes_and_escapes_every_string(hostile: RoleGraph) -> None:
    text = export_graph(hostile, "dot")
    assert text.startswith("digraph hrpath {") and text.endswith("}")
    assert HOSTILE in _undot(text)
    assert '  "ops" -> "end" [label="2.5y lateral", style=dashed];' in text.splitlines()
    # Outside quoted strings only DOT syntax is left: no stray quote or bracket from a title.
    outside = re.sub(r'"((?:[^"\\]|\\.)*)"', '""', text)
    assert "Ops" not in outside and "<" not in outside


def test_dot_string_writes_newlines_as_backslash_n() -> None:
    assert dot_string("Ops\nLead\r\nX") == '"Ops\\nLead\\nX"'


def test_a_title_with_a_newline_stays_on_one_dot_line(
    runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    # The loader accepts a newline in a quoted YAML title; DOT must not break the label line.
    data = write_yaml('roles:\n  - {id: ops, title: "Ops\\nLead", level: entry}\n')
    result = runner.invoke(app, ["export", "--format", "dot", "--data", str(data)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "digraph hrpath {",
        "  rankdir=TB;",
        "  node [shape=box];",
        '  subgraph "level_entry" {',
        "    rank=same;",
        '    "ops" [label="Ops\\nLead"];',
        "  }",
        "}",
    ]


def test_csv_round_trips_through_the_csv_module(hostile: RoleGraph) -> None:
    rows = list(csv.reader(io.StringIO(export_graph(hostile, "csv"))))
    assert rows == [
        ["from", "from_title", "to", "to_title", "kind", "years", "estimate"],
        ["ops", HOSTILE, "end", "End, of: line", "lateral", "2.5", "false"],
        ["end", "End, of: line", "ops", HOSTILE, "promotion", "1", "false"],
    ]


def test_json_round_trips(hostile: RoleGraph) -> None:
    data = json.loads(export_graph(hostile, "json"))
    node = {"id": "ops", "title": HOSTILE, "level": "mid", "track": None, "family": None, "ladder": None}
    assert data["nodes"][0] == node
    assert data["edges"] == [
        {"from": "ops", "to": "end", "kind": "lateral", "years": 2.5, "estimate": False},
        {"from": "end", "to": "ops", "kind": "promotion", "years": 1, "estimate": False},
    ]


def test_from_keeps_exactly_what_is_reachable(shipped: RoleGraph) -> None:
    graph = shipped
    oracle = nx.DiGraph([(m.origin, m.target) for m in graph.moves()])
    sub = subgraph(graph, "Recruiter")
    ids = {role.id for role in sub.roles}
    assert ids == {"recruiter"} | nx.descendants(oracle, "recruiter")
    assert "hr-assistant" not in ids
    assert {(m.origin, m.target) for m in sub.moves} == set(oracle.subgraph(ids).edges)


def test_whole_graph_has_every_role_and_move(shipped: RoleGraph) -> None:
    graph = shipped
    data = json.loads(export_graph(graph, "json"))
    assert len(data["nodes"]) == len(graph)
    assert len(data["edges"]) == len(list(graph.moves()))
    assert len(export_graph(graph, "csv").splitlines()) == len(data["edges"]) + 1


@pytest.mark.parametrize("fmt", ["mermaid", "dot", "json", "csv"])
def test_cli_prints_each_format(runner: CliRunner, shipped: RoleGraph, fmt: str) -> None:
    result = runner.invoke(app, ["export", "--format", fmt, "--from", "vp hr"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == export_graph(shipped, fmt, "vp-hr") + "\n"


def test_cli_writes_output_file(runner: CliRunner, shipped: RoleGraph, tmp_path: Path) -> None:
    target = tmp_path / "graph.csv"
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == export_graph(shipped, "csv") + "\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.csv"]


def test_cli_bad_format_and_unknown_role_exit_2(runner: CliRunner) -> None:
    bad_format = runner.invoke(app, ["export", "--format", "xml"])
    assert bad_format.exit_code == 2
    unknown = runner.invoke(app, ["export", "--from", "astronaut"])
    assert unknown.exit_code == 2
    assert unknown.stdout == ""
    assert unknown.stderr.startswith("error: unknown role 'astronaut'")


def test_readme_embeds_the_mermaid_picture_of_the_default_graph(runner: CliRunner) -> None:
    blocks = re.findall(r"```mermaid\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    result = runner.invoke(app, ["export", "--format", "mermaid"], env={"HRPATH_DATA": None})
    assert blocks == [result.stdout]
