"""The `hrpath list` question: roles in the file's level order, filtered by level,
track, family or ladder (also used by `gaps`, `map` and `export`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.choices import choose
from hrpath.core.graph import RoleGraph
from hrpath.core.models import LADDERS, Role
from hrpath.errors import NoAnswer


def list_roles(
    graph: RoleGraph,
    level: str | None = None,
    track: str | None = None,
    family: str | None = None,
    ladder: str | None = None,
) -> list[Role]:
    """Roles ordered by the file's levels (lowest first), then title; optionally filtered.

    `ladder` ic or manager also keeps roles whose ladder is `either`. Raises
    BadInput for a level, track, family or ladder no role can have, NoAnswer
    when the filters leave nothing.

    >>> from hrpath.core.models import Role
    >>> g = RoleGraph([Role("b", "Boss", "senior"), Role("a", "Aide", "entry")])
    >>> [r.id for r in list_roles(g)]
    ['a', 'b']
    """
    roles = filter_roles(graph, list(graph), level, track, family, ladder)
    return sorted(roles, key=lambda role: (graph.level_rank(role.level), role.title.casefold()))


def filter_roles(
    graph: RoleGraph,
    roles: list[Role],
    level: str | None = None,
    track: str | None = None,
    family: str | None = None,
    ladder: str | None = None,
) -> list[Role]:
    """The roles that match every filter given (see `list_roles`), in their order."""
    if level is not None:
        level = choose("--level", level, graph.level_ids())
    if track is not None:
        track = choose("--track", track, sorted({role.track for role in graph if role.track}))
    if family is not None:
        family = choose("--family", family, sorted({role.family for role in graph if role.family}))
    if ladder is not None:
        ladder = choose("--ladder", ladder, LADDERS)
    wanted = {"level": level, "track": track, "family": family}
    kept = [
        role
        for role in roles
        if all(value is None or getattr(role, key) == value for key, value in wanted.items())
        and (ladder is None or role.ladder in (ladder, "either" if ladder != "either" else None))
    ]
    if not kept:
        named = " and ".join(f"{k} {v!r}" for k, v in (*wanted.items(), ("ladder", ladder)) if v)
        raise NoAnswer(f"no role has {named}")
    return kept


@dataclass(frozen=True, slots=True)
class Listing:
    """The `hrpath list` answer: the roles in order and the labels of the file's levels."""

    roles: list[Role]
    level_labels: dict[str, str]  # level id -> label

    def to_dicts(self) -> list[dict[str, Any]]:
        """The `list --json` contract."""
        return list_to_dicts(self.roles)


def listing(
    graph: RoleGraph,
    level: str | None = None,
    track: str | None = None,
    family: str | None = None,
    ladder: str | None = None,
) -> Listing:
    """`list_roles` with the level labels a table needs."""
    roles = list_roles(graph, level, track, family, ladder)
    return Listing(roles, {term.id: term.label for term in graph.levels})


def list_to_dicts(roles: list[Role]) -> list[dict[str, Any]]:
    """The `list --json` contract."""
    return [
        {
            "id": r.id,
            "title": r.title,
            "level": r.level,
            "track": r.track,
            "family": r.family,
            "ladder": r.ladder,
        }
        for r in roles
    ]
