"""The graph as text for other tools: Mermaid, Graphviz DOT, JSON and CSV.

Every writer returns a string and escapes role titles for its own format, so a
title such as `Ops [/] "Lead" <A&B> | x; y` survives in each of them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from hrpath.core.choices import choose
from hrpath.core.graph import RoleGraph, reachable_from
from hrpath.core.listing import filter_roles, list_to_dicts
from hrpath.core.models import LEVELS, Move, Role
from hrpath.core.names import resolve_role
from hrpath.core.text import json_safe, visible, years_label

CSV_COLUMNS = ("from", "from_title", "to", "to_title", "kind", "years", "estimate")


@dataclass(frozen=True, slots=True)
class Subgraph:
    """The roles to export (in file order, or reachable order) and the moves among them."""

    roles: tuple[Role, ...]
    moves: tuple[Move, ...]
    levels: tuple[str, ...] = LEVELS  # the file's level ids, lowest first


def subgraph(
    graph: RoleGraph, from_name: str | None = None, family: str | None = None, ladder: str | None = None
) -> Subgraph:
    """The whole graph, or only what is reachable from the role `from_name` names.

    `family` and `ladder` keep only the matching roles (see `filter_roles`) and the moves among them.
    """
    if from_name is None:
        roles = tuple(graph)
    else:
        roles = tuple(
            graph.role(role_id) for role_id in reachable_from(graph, resolve_role(graph, from_name))
        )
    if family is not None or ladder is not None:
        roles = tuple(filter_roles(graph, list(roles), family=family, ladder=ladder))
    kept = {role.id for role in roles}
    moves = tuple(move for role in roles for move in role.moves if move.target in kept)
    return Subgraph(roles, moves, graph.level_ids())


def export_graph(
    graph: RoleGraph,
    fmt: str,
    from_name: str | None = None,
    family: str | None = None,
    ladder: str | None = None,
) -> str:
    """The graph (or what `from_name` reaches) in one of the WRITERS formats, without a final newline."""
    writer = WRITERS[choose("--format", fmt, FORMATS)]
    return writer(subgraph(graph, from_name, family, ladder))


def _by_level(sub: Subgraph) -> list[tuple[str, list[Role]]]:
    """Roles grouped by level, lowest first; levels with no role are left out."""
    return [
        (level, [r for r in sub.roles if r.level == level])
        for level in sub.levels
        if any(r.level == level for r in sub.roles)
    ]


# -- Mermaid -------------------------------------------------------------------

# Characters a quoted Mermaid label may hold as they are; any other is written
# as an entity code (#quot; or #NNN;), which Mermaid turns back into the character.
_MERMAID_PLAIN = re.compile(r"[\w ,.'()/+?!:-]", re.UNICODE)


def mermaid_text(text: str) -> str:
    """Text with every character that could end or alter a label entity-coded.

    >>> mermaid_text('Ops [/] "Lead" <A&B>')
    'Ops #91;/#93; #quot;Lead#quot; #60;A#38;B#62;'
    """
    return "".join(
        c if _MERMAID_PLAIN.fullmatch(c) else "#quot;" if c == '"' else f"#{ord(c)};" for c in text
    )


def mermaid_label(text: str) -> str:
    """A double-quoted Mermaid node label."""
    return f'"{mermaid_text(text)}"'


def mermaid_ids(roles: tuple[Role, ...]) -> dict[str, str]:
    """Safe, unique Mermaid node ids: `r_` plus the role id with `_` for anything else.

    The prefix keeps clear of Mermaid keywords such as `end` and of ids that
    start like an edge (`o`, `x`).
    """
    ids: dict[str, str] = {}
    for role in roles:
        base = "r_" + re.sub(r"[^A-Za-z0-9]", "_", role.id)
        node, count = base, 1
        while node in ids.values():
            count += 1
            node = f"{base}_{count}"
        ids[role.id] = node
    return ids


def to_mermaid(sub: Subgraph) -> str:
    """A Mermaid flowchart: one box per role, levels as subgraphs, laterals dotted."""
    ids = mermaid_ids(sub.roles)
    lines = ["flowchart TB"]
    for level, roles in _by_level(sub):
        lines.append(f'  subgraph level_{level}["{level}"]')
        lines += [f"    {ids[role.id]}[{mermaid_label(role.title)}]" for role in roles]
        lines.append("  end")
    for move in sub.moves:
        arrow = "-->" if move.kind == "promotion" else "-.->"
        lines.append(
            f"  {ids[move.origin]} {arrow}|{mermaid_text(years_label(move, with_kind=True))}| {ids[move.target]}"
        )
    return "\n".join(lines)


# -- Graphviz DOT ------------------------------------------------------------------


def dot_string(text: str) -> str:
    """A double-quoted DOT string: backslashes and quotes escaped, newlines as \\n.

    >>> print(dot_string('a "b" \\\\ c'))
    "a \\"b\\" \\\\ c"
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(sub: Subgraph) -> str:
    """A Graphviz digraph: roles of one level on one rank, laterals dashed."""
    lines = ["digraph hrpath {", "  rankdir=TB;", "  node [shape=box];"]
    for level, roles in _by_level(sub):
        lines.append(f"  subgraph {dot_string('level_' + level)} {{")
        lines.append("    rank=same;")
        lines += [f"    {dot_string(role.id)} [label={dot_string(role.title)}];" for role in roles]
        lines.append("  }")
    for move in sub.moves:
        style = "" if move.kind == "promotion" else ", style=dashed"
        label = dot_string(years_label(move, with_kind=True))
        lines.append(f"  {dot_string(move.origin)} -> {dot_string(move.target)} [label={label}{style}];")
    lines.append("}")
    return "\n".join(lines)


# -- JSON and CSV ----------------------------------------------------------------


def to_json(sub: Subgraph) -> str:
    """`{"nodes": [...], "edges": [...]}`, one node per role and one edge per move."""
    nodes = list_to_dicts(list(sub.roles))  # a node is a role as `list --json` gives it
    edges = [
        {"from": m.origin, "to": m.target, "kind": m.kind, "years": m.years, "estimate": m.estimate}
        for m in sub.moves
    ]
    return json.dumps({"nodes": nodes, "edges": edges}, indent=2, ensure_ascii=False)


def to_csv(sub: Subgraph) -> str:
    """One row per move, with a header row (see CSV_COLUMNS)."""
    titles = {role.id: role.title for role in sub.roles}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in sub.moves:
        estimate = "true" if m.estimate else "false"
        row = (m.origin, titles[m.origin], m.target, titles[m.target], m.kind, f"{m.years:g}", estimate)
        writer.writerow(row)
    return buffer.getvalue().rstrip("\n")


WRITERS: dict[str, Callable[[Subgraph], str]] = {
    "mermaid": to_mermaid,
    "dot": to_dot,
    "json": to_json,
    "csv": to_csv,
}

# The export formats, default first: the one list `--format` offers.
FORMATS = tuple(WRITERS)


_MARKDOWN = (".md", ".markdown")


def safe_text(text: str, fmt: str) -> str:
    """An export with control characters escaped the way its format allows:
    `\\uXXXX` inside JSON strings, visible `\\x1b` escapes in the text formats.
    """
    return json_safe(text) if choose("--format", fmt, FORMATS) == "json" else visible(text)


def for_file(text: str, fmt: str, suffix: str) -> str:
    """What `export -o FILE` writes: Mermaid in a Markdown file goes inside a ```mermaid fence."""
    if suffix.lower() in _MARKDOWN and choose("--format", fmt, FORMATS) == "mermaid":
        return f"```mermaid\n{text}\n```"
    return text
