"""Queries for browsing the graph: one role's profile and the list of roles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.choices import choose
from hrpath.core.graph import RoleGraph, level_rank
from hrpath.core.models import LEVELS, Move, Role, pay_to_dict, requirements_to_dict
from hrpath.core.names import resolve_role
from hrpath.errors import NoAnswer


@dataclass(frozen=True, slots=True)
class Link:
    """A move together with the role at its other end."""

    move: Move
    other: Role


@dataclass(frozen=True, slots=True)
class RoleProfile:
    """Everything `hrpath show` tells about a role."""

    role: Role
    moves_out: tuple[Link, ...]
    moves_in: tuple[Link, ...]
    labels: dict[str, str]  # requirement id -> readable label

    def to_dict(self) -> dict[str, Any]:
        """The `show --json` contract."""
        role = self.role
        return {
            "id": role.id,
            "title": role.title,
            "aliases": list(role.aliases),
            "level": role.level,
            "track": role.track,
            "summary": role.summary,
            "duties": list(role.duties),
            "requires": requirements_to_dict(role.requires),
            "pay": pay_to_dict(role.pay),
            "next": [_move_dict("to", link) for link in self.moves_out],
            "feeders": [_move_dict("from", link) for link in self.moves_in],
            "sources": list(role.sources),
        }


def _move_dict(end: str, link: Link) -> dict[str, Any]:
    return {end: link.other.id, "kind": link.move.kind, "years": link.move.years}


def role_profile(graph: RoleGraph, name: str) -> RoleProfile:
    """The profile of the role that `name` names (see `resolve_role`)."""
    role = graph.role(resolve_role(graph, name))
    return RoleProfile(
        role=role,
        moves_out=tuple(Link(m, graph.role(m.target)) for m in graph.moves_from(role.id)),
        moves_in=tuple(Link(m, graph.role(m.origin)) for m in graph.moves_into(role.id)),
        labels=requirement_labels(graph, role),
    )


def requirement_labels(graph: RoleGraph, role: Role) -> dict[str, str]:
    """Readable labels for the education, skills and certifications a role requires."""
    requires = role.requires
    labels = {skill: graph.skills[skill].label for skill in requires.skills}
    labels.update({cert: graph.certifications[cert].label for cert in requires.certifications})
    if requires.education:
        labels[requires.education] = graph.education_label(requires.education)
    return labels


def list_roles(graph: RoleGraph, level: str | None = None, track: str | None = None) -> list[Role]:
    """Roles ordered by level (entry first), then title; optionally filtered.

    Raises BadInput for a level or a track no role can have, NoAnswer when
    the filters leave nothing.

    >>> from hrpath.core.models import Role
    >>> g = RoleGraph([Role("b", "Boss", "senior"), Role("a", "Aide", "entry")])
    >>> [r.id for r in list_roles(g)]
    ['a', 'b']
    """
    if level is not None:
        level = choose("--level", level, LEVELS)
    tracks = sorted({role.track for role in graph if role.track})
    if track is not None:
        track = choose("--track", track, tracks)
    roles = [
        role
        for role in graph
        if (level is None or role.level == level) and (track is None or role.track == track)
    ]
    if not roles:
        wanted = " and ".join(f"{k} {v!r}" for k, v in (("level", level), ("track", track)) if v)
        raise NoAnswer(f"no role has {wanted}")
    return sorted(roles, key=lambda role: (level_rank(role.level), role.title.casefold()))


def list_to_dicts(roles: list[Role]) -> list[dict[str, Any]]:
    """The `list --json` contract."""
    return [{"id": r.id, "title": r.title, "level": r.level, "track": r.track} for r in roles]
