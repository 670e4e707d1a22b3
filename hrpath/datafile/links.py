"""The links a decoded cache entry must hold: unique ids and references that resolve.

A cache entry is read back strictly (`codec.decode`); these are the checks the
data file's own checks would have made, so a tampered entry that still has the
right shape cannot carry a dangling id or an impossible move into the graph.
"""

from __future__ import annotations

from typing import Any

from hrpath.core.models import LADDERS, MAX_YEARS, MOVE_KINDS, Move, Role


class Damaged(ValueError):
    """A cache entry that is not exactly the encoding of a valid graph."""


def check_links(parts: dict[str, Any], level_ids: tuple[str, ...]) -> None:
    """Every id unique and every reference pointing at something, as the file checks demand.

    `parts` are the decoded constructor arguments (the graph's dicts would hide
    duplicates); `level_ids` the graph's levels (the default four when none).
    """
    roles: tuple[Role, ...] = parts["roles"]
    role_ids = _unique(role.id for role in roles)
    education = _unique(term.id for term in parts["education"])
    skills = _unique(term.id for term in parts["skills"])
    certifications = _unique(cert.id for cert in parts["certifications"])
    _unique(source.id for source in parts["sources"])
    levels = _unique(level_ids)
    for cert in parts["certifications"]:
        _within((key for key, _ in cert.eligibility if key != "any"), education)
        _within(cert.satisfies, certifications)
    # One pass per kind of reference over every role: a 20,000-role entry is read on each query.
    needs = [role.requires for role in roles]
    _within((role.level for role in roles), levels)
    _within((role.extends for role in roles if role.extends is not None), role_ids)
    _within((need.education for need in needs if need.education is not None), education)
    _within((skill for need in needs for skill in need.skills), skills)
    _within((skill for need in needs for skill, _ in need.skill_levels), skills)
    _within((skill for need in needs for group in need.any_of for skill in group.ids), skills)
    _within((cert for need in needs for cert in need.certifications), certifications)
    _within((item for need in needs for item in need.helpful), skills | certifications)
    _within((move.target for role in roles for move in role.moves), role_ids)
    _within((role.ladder for role in roles if role.ladder is not None), set(LADDERS))
    for role in roles:
        if not all(_sound(move, role.id) for move in role.moves):
            raise Damaged(f"moves of {role.id!r}")


def _sound(move: Move, origin: str) -> bool:
    return move.origin == origin and move.kind in MOVE_KINDS and 0 <= move.years <= MAX_YEARS


def _unique(ids: Any) -> set[str]:
    listed = list(ids)
    found = set(listed)
    if len(found) != len(listed):
        raise Damaged("duplicate id")
    return found


def _within(ids: Any, known: set[str]) -> None:
    if not known.issuperset(ids):
        raise Damaged("unknown id")
