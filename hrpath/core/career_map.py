"""The career map: roles by level and track, or the tree of what one role reaches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph, first_moves
from hrpath.core.models import LEVELS, Move, Role
from hrpath.core.names import resolve_role

# The usual tracks first, in this order; any other track follows alphabetically.
KNOWN_TRACKS = ("generalist", "specialist", "leadership")


@dataclass(frozen=True, slots=True)
class MapCell:
    """The roles of one track at one level, in file order, with their moves out."""

    track: str | None
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class CareerMap:
    """Every role, grouped by level (entry first) and then by track."""

    levels: tuple[tuple[str, tuple[MapCell, ...]], ...]
    labels: dict[str, str]  # role id -> title, to name move targets

    def to_dict(self) -> dict[str, Any]:
        """The `map --json` contract."""
        return {
            "levels": [
                {"level": level, "tracks": [_cell_dict(cell) for cell in cells]}
                for level, cells in self.levels
            ]
        }


def _cell_dict(cell: MapCell) -> dict[str, Any]:
    roles = [
        {
            "id": role.id,
            "title": role.title,
            "next": [{"to": m.target, "kind": m.kind, "years": m.years} for m in role.moves],
        }
        for role in cell.roles
    ]
    return {"track": cell.track, "roles": roles}


def track_order(track: str | None) -> tuple[int, str]:
    """Sort key: known tracks first, then others by name, no track last."""
    if track in KNOWN_TRACKS:
        return (KNOWN_TRACKS.index(track), "")
    return (len(KNOWN_TRACKS) + (track is None), track or "")


def career_map(graph: RoleGraph) -> CareerMap:
    """Group every role by level and track; levels without roles are left out."""
    levels = []
    for level in LEVELS:
        roles = [role for role in graph if role.level == level]
        tracks = sorted({role.track for role in roles}, key=track_order)
        cells = tuple(MapCell(track, tuple(r for r in roles if r.track == track)) for track in tracks)
        if cells:
            levels.append((level, cells))
    return CareerMap(tuple(levels), {role.id: role.title for role in graph})


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
        # A move's target is "to" here as in the full map; only the root is an "id".
        key = "id" if self.move is None else "to"
        entry: dict[str, Any] = {key: self.role.id, "title": self.role.title, "level": self.role.level}
        if self.move is not None:
            entry.update(kind=self.move.kind, years=self.move.years)
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
