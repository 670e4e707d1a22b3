"""The career map: roles by level and track, or the tree of what one role reaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrpath.core.graph import RoleGraph, first_moves
from hrpath.core.listing import filter_roles
from hrpath.core.models import Move, Role
from hrpath.core.names import resolve_role
from hrpath.errors import BadInput

# Deeper trees are refused: their JSON indentation alone grows with the
# square of the depth (a 2,000-role chain would print hundreds of MB).
MAX_TREE_DEPTH = 500

# The usual tracks first, in this order; any other track follows alphabetically.
KNOWN_TRACKS = ("generalist", "specialist", "leadership")


@dataclass(frozen=True, slots=True)
class MapCell:
    """The roles of one column (a track, or a family) at one level, in file order, with their moves out."""

    track: str | None  # the column's track, or its family when the map is by family
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class CareerMap:
    """Every role, grouped by level (entry first) and then by track."""

    levels: tuple[tuple[str, tuple[MapCell, ...]], ...]
    labels: dict[str, str]  # role id -> title, to name move targets
    by: str = "track"  # "family" when the file's roles have families
    level_labels: dict[str, str] = field(default_factory=dict)  # level id -> label, when it differs

    def to_dict(self) -> dict[str, Any]:
        """The `map --json` contract (cells are "families" when the map is by family)."""
        key = "tracks" if self.by == "track" else "families"
        return {
            "levels": [
                {"level": level, key: [_cell_dict(cell, self.by) for cell in cells]}
                for level, cells in self.levels
            ]
        }


def _cell_dict(cell: MapCell, by: str = "track") -> dict[str, Any]:
    roles = [
        {
            "id": role.id,
            "title": role.title,
            "next": [
                {"to": m.target, "kind": m.kind, "years": m.years, "estimate": m.estimate} for m in role.moves
            ],
        }
        for role in cell.roles
    ]
    return {by: cell.track, "roles": roles}


def track_order(track: str | None) -> tuple[int, str]:
    """Sort key: known tracks first, then others by name, no track last."""
    if track in KNOWN_TRACKS:
        return (KNOWN_TRACKS.index(track), "")
    return (len(KNOWN_TRACKS) + (track is None), track or "")


def career_map(graph: RoleGraph, family: str | None = None, ladder: str | None = None) -> CareerMap:
    """Group roles by level (the file's order) and track; levels without roles are left out.

    When any role has a family, the columns are families instead of tracks.
    `family` and `ladder` keep only the matching roles (see `filter_roles`).
    """
    chosen = list(graph)
    if family is not None or ladder is not None:
        chosen = filter_roles(graph, chosen, family=family, ladder=ladder)
    by = "family" if any(role.family for role in graph) else "track"
    levels = []
    for level in graph.level_ids():
        roles = [role for role in chosen if role.level == level]
        columns = sorted({getattr(role, by) for role in roles}, key=track_order)
        cells = tuple(MapCell(col, tuple(r for r in roles if getattr(r, by) == col)) for col in columns)
        if cells:
            levels.append((level, cells))
    labels = {term.id: term.label for term in graph.levels if term.label != term.id}
    return CareerMap(tuple(levels), {role.id: role.title for role in graph}, by, labels)


@dataclass(frozen=True, slots=True)
class Branch:
    """A role in the reach tree, entered by `move` (None for the root).

    Each role is expanded once, where it is nearest the root; elsewhere it
    appears as a `repeat` leaf.
    """

    role: Role
    move: Move | None
    children: tuple[Branch, ...]
    repeat: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The `map --from --json` contract: a nested tree (built without recursion)."""
        entries: dict[int, dict[str, Any]] = {}
        for branch in reversed(_preorder(self)):
            # A move's target is "to" here as in the full map; only the root is an "id".
            entry: dict[str, Any] = {
                "id" if branch.move is None else "to": branch.role.id,
                "title": branch.role.title,
                "level": branch.role.level,
            }
            if branch.move is not None:
                entry.update(kind=branch.move.kind, years=branch.move.years, estimate=branch.move.estimate)
            entry["repeat"] = branch.repeat
            entry["next"] = [entries.pop(id(child)) for child in branch.children]
            entries[id(branch)] = entry
        return entries[id(self)]


def _preorder(root: Branch) -> list[Branch]:
    """Every branch of the tree, parents before children, with an explicit stack."""
    order, stack = [], [root]
    while stack:
        branch = stack.pop()
        order.append(branch)
        stack.extend(branch.children)
    return order


def reach_tree(graph: RoleGraph, name: str) -> Branch:
    """The tree of roles reachable from the role `name` names.

    Breadth first, so each role is expanded at its shortest distance from the
    root and the tree stays shallow enough for 80 columns.
    """
    root = resolve_role(graph, name)
    entered_by = first_moves(graph, root)
    # Built leaves first with an explicit stack: a chain of thousands of
    # roles must not hit Python's recursion limit.
    order: list[tuple[str, Move | None]] = []
    stack: list[tuple[str, Move | None, int]] = [(root, None, 0)]
    while stack:
        role_id, move, depth = stack.pop()
        if depth > MAX_TREE_DEPTH:
            raise BadInput(
                f"what {graph.role(root).title!r} reaches is more than {MAX_TREE_DEPTH} moves deep, "
                f"too deep to draw as a tree; try `hrpath export --from {root}`"
            )
        order.append((role_id, move))
        stack.extend((m.target, m, depth + 1) for m in graph.moves_from(role_id) if entered_by[m.target] is m)
    built: dict[str, Branch] = {}
    for role_id, move in reversed(order):
        children = tuple(
            built.pop(m.target)
            if entered_by[m.target] is m
            else Branch(graph.role(m.target), m, (), repeat=True)
            for m in graph.moves_from(role_id)
        )
        built[role_id] = Branch(graph.role(role_id), move, children)
    return built[root]
