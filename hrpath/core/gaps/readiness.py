"""Readiness: how close a person is to each role, and what is still missing.

A role's requirements are its gates (the education level, the years of
experience and any required certification) and its essential skills; its
helpful items (skills or certifications) only help. A person is *eligible*
for a role when every gate is met, and *ready* when eligible and holding every
essential skill.

The score is the share of gate and essential-skill items met: the education
level (one item, if the role states one), the years of experience (one item,
if the role asks for more than 0, met in part: 3 of 5 years counts 0.6), and
each required certification and essential skill (one item each). A role that
requires nothing scores 1; only a ready role scores 1. Helpful items never
change a score or readiness: they only break ties in the ranking. Matching is
level-aware (see `hrpath.core.qualifications.missing_for`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hrpath.core.gaps.closing import Closing, Reach, closings
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Requirements, Role
from hrpath.core.qualifications import Have, Missing, held_certifications, helpful_missing, missing_for

# The highest score a role with something missing can show, so "1" always means ready.
_BELOW_READY = 0.999


@dataclass(frozen=True, slots=True)
class RoleGap:
    """One role measured against what a person has."""

    role: Role
    missing: Missing  # gates and essential skills
    score: float
    helpful_missing: tuple[str, ...] = ()  # helpful skill or certification ids not held
    close: tuple[Closing, ...] = ()  # how to close each missing and helpful item

    @property
    def ready(self) -> bool:
        """True when nothing is missing: eligible and every essential skill held."""
        return self.missing.is_empty()

    @property
    def eligible(self) -> bool:
        """True when the gates are met: education, experience and required certifications."""
        return self.missing.gates_met()

    def shares(self) -> tuple[float, float]:
        """The share of essential skills held (1 when none) and of helpful items held (0 when none)."""
        skills, helpful = self.role.requires.skills, self.role.requires.helpful
        essential = 1 - len(self.missing.skills) / len(skills) if skills else 1.0
        return essential, (1 - len(self.helpful_missing) / len(helpful) if helpful else 0.0)

    def to_dict(self) -> dict[str, Any]:
        """One entry of `roles` in the gaps JSON contract."""
        return {
            "id": self.role.id,
            "title": self.role.title,
            "level": self.role.level,
            "track": self.role.track,
            "ready": self.ready,
            "eligible": self.eligible,
            "score": self.score,
            "missing": self.missing.to_dict(),
            "helpful_missing": list(self.helpful_missing),
            "close": [closing.to_dict() for closing in self.close],
        }


def readiness(graph: RoleGraph, have: Have, requires: Requirements) -> float:
    """The readiness score in [0, 1] of `have` for `requires` (see the module docstring).

    Rounded down to 3 decimals, and below 1 whenever something is missing.

    >>> from hrpath.core.models import Term
    >>> g = RoleGraph([], education=[Term("bachelors", "BA")], skills=[Term("payroll", "Payroll")])
    >>> readiness(g, Have(None, 3), Requirements("bachelors", 5, ("payroll",)))
    0.2
    """
    missing = missing_for(graph, have, requires)
    if missing.is_empty():
        return 1.0
    items = len(requires.skills) + len(requires.certifications) + len(requires.any_of)
    met: float = items - len(missing.skills) - len(missing.certifications) - len(missing.any_of)
    if requires.education:
        items += 1
        met += missing.education is None
    # Unstated years (None) are no requirement: neither a gap nor a met item.
    if requires.experience_years:
        items += 1
        met += min(1.0, have.experience_years / requires.experience_years)
    # The tiny epsilon keeps float noise (0.6 / 3 = 0.1999...) from rounding a whole step down.
    return min(_BELOW_READY, math.floor(met / items * 1000 + 1e-9) / 1000)


def role_gap(graph: RoleGraph, have: Have, role: Role, reach: Reach | None = None) -> RoleGap:
    """What `have` lacks for `role`, with its score and, given `reach`, how to close each gap."""
    missing = missing_for(graph, have, role.requires)
    helpful = helpful_missing(graph, have, role.requires)
    close = closings(graph, have, role, missing, helpful, reach) if reach is not None else ()
    return RoleGap(role, missing, readiness(graph, have, role.requires), helpful, close)


def rank_roles(
    graph: RoleGraph, have: Have, roles: Iterable[Role], reach: Reach | None = None
) -> list[RoleGap]:
    """Roles measured against `have`: eligible first, ready next, then the larger share of essential
    skills held, then of helpful items held, then the lower level, then the higher
    score, then the lower education asked, then fewer missing items, then the title."""

    def key(gap: RoleGap) -> tuple[bool, bool, float, float, int, float, int, int, str]:
        essential, helpful = gap.shares()
        education = gap.role.requires.education
        asked = graph.education_rank(education) if education else -1
        level = graph.level_rank(gap.role.level)
        missing = gap.missing.count()
        return (
            not gap.eligible,
            not gap.ready,  # a ready role holds every essential skill, any-of items included
            -essential,
            -helpful,
            level,
            -gap.score,
            asked,
            missing,
            gap.role.title.casefold(),
        )

    return sorted((role_gap(graph, have, role, reach) for role in roles), key=key)


def satisfied_by(graph: RoleGraph, have: Have, cert_id: str) -> str | None:
    """The held certification that covers `cert_id` (itself if held), or None."""
    if cert_id in have.certifications:
        return cert_id
    for held in sorted(have.certifications):
        if cert_id in held_certifications(graph, [held]):
            return held
    return None
