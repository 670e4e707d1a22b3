"""The `hrpath show` question: one role's profile (the list of roles: `listing`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.citations import role_citations, source_dict
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role, Source, pay_to_dict, requirements_to_dict
from hrpath.core.names import resolve_role
from hrpath.core.vocabulary import level_labels, vocabulary_labels


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
    sources: tuple[Source, ...] = ()  # every defined source the role cites
    parent_title: str | None = None  # the title of the role this one extends
    level_label: str | None = None  # the level's label, when the file gives one other than its id

    def to_dict(self) -> dict[str, Any]:
        """The `show --json` contract."""
        role = self.role
        return {
            "id": role.id,
            "title": role.title,
            "aliases": list(role.aliases),
            "level": role.level,
            "track": role.track,
            "onet": role.onet,
            "family": role.family,
            "ladder": role.ladder,
            "extends": role.extends,
            "inherits": list(role.inherited),
            "summary": role.summary,
            "duties": list(role.duties),
            "requires": requirements_to_dict(role.requires),
            "pay": pay_to_dict(role.pay),
            "next": [_move_dict("to", link) for link in self.moves_out],
            "feeders": [_move_dict("from", link) for link in self.moves_in],
            "sources": [source_dict(source) for source in self.sources],
            "source_urls": [item for item in role.sources if item.startswith(("http://", "https://"))],
        }


def _move_dict(end: str, link: Link) -> dict[str, Any]:
    move = link.move
    return {
        end: link.other.id,
        "kind": move.kind,
        "years": move.years,
        "years_stated": move.years_stated,
        "estimate": move.estimate,
    }


def role_profile(graph: RoleGraph, name: str) -> RoleProfile:
    """The profile of the role that `name` names (see `resolve_role`)."""
    role = graph.role(resolve_role(graph, name))
    return RoleProfile(
        role=role,
        moves_out=tuple(Link(m, graph.role(m.target)) for m in graph.moves_from(role.id)),
        moves_in=tuple(Link(m, graph.role(m.origin)) for m in graph.moves_into(role.id)),
        labels=requirement_labels(graph, role),
        sources=role_citations(graph, role),
        parent_title=graph.role(role.extends).title if role.extends else None,
        level_label=graph.level_label(role.level),
    )


def requirement_labels(graph: RoleGraph, role: Role) -> dict[str, str]:
    """Readable labels for the education, skills and certifications a role requires."""
    requires = role.requires
    skills = [*requires.skills, *(skill for item in requires.any_of for skill in item.ids)]
    labels = {skill: graph.skills[skill].label for skill in skills}
    labels.update(level_labels(graph.skills[skill] for skill, _ in requires.skill_levels))
    labels.update({cert: graph.certifications[cert].label for cert in requires.certifications})
    if requires.helpful:
        vocabulary = vocabulary_labels(graph)
        labels.update({item: vocabulary[item] for item in requires.helpful})
    if requires.education:
        labels[requires.education] = graph.education_label(requires.education)
    return labels
