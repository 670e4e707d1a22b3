"""The career map: roles by level and track, or the tree of what one role reaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrpath.core.browse import filter_roles
from hrpath.core.graph import RoleGraph, first_moves
from hrpath.core.models import Move, Role
from hrpath.core.names import resolve_role

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
        """The `map --from --json` contract: a nested tree."""
        entry: dict[str, Any] = {"id": self.role.id, "title": self.role.title, "level": self.role.level}
        if self.move is not None:
            entry.update(kind=self.move.kind, years=self.move.years, estimate=self.move.estimate)
        entry["repeat"] = self.repeat
        entry["next"] = [child.to_dict() for child in self.children]
        return entry


def reach_tree(graph: RoleGraph, name: str) -> Branch:
    """The tree of roles reachable from the role `name` names.

    Breadth first, so each role is expanded at its shortest distance from the
    root and the tree stays shallow enough for 80 columns.
    """
    root = resolve_role(graph, name)
    return _branch(graph, root, None, first_moves(graph, root))


def _branch(graph: RoleGraph, role_id: str, move: Move | None, entered_by: dict[str, Move | None]) -> Branch:
    children = tuple(
        _branch(graph, m.target, m, entered_by)
        if entered_by[m.target] is m
        else Branch(graph.role(m.target), m, (), repeat=True)
        for m in graph.moves_from(role_id)
    )
    return Branch(graph.role(role_id), move, children)
