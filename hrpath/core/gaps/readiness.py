"""Readiness: how close a person is to each role, and what is still missing.

Readiness is the share of a role's requirement items the person meets. The
items are: the education level (one item, if the role states one), the years
of experience (one item, if the role asks for more than 0, met in part: 3 of 5
years counts 0.6), and each skill and each certification (one item each). A
role that requires nothing scores 1. Ready means nothing is missing, and only
a ready role scores 1. Matching is level-aware (see `hrpath.core.qualifications.missing_for`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Requirements, Role
from hrpath.core.qualifications import Have, Missing, held_certifications, missing_for

# The highest score a role with something missing can show, so "1" always means ready.
_BELOW_READY = 0.999


@dataclass(frozen=True, slots=True)
class RoleGap:
    """One role measured against what a person has."""

    role: Role
    missing: Missing
    score: float

    @property
    def ready(self) -> bool:
        """True when nothing is missing."""
        return self.missing.is_empty()

    def to_dict(self) -> dict[str, Any]:
        """One entry of `roles` in the gaps JSON contract."""
        return {
            "id": self.role.id,
            "title": self.role.title,
            "level": self.role.level,
            "track": self.role.track,
            "ready": self.ready,
            "score": self.score,
            "missing": self.missing.to_dict(),
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


def role_gap(graph: RoleGraph, have: Have, role: Role) -> RoleGap:
    """What `have` lacks for `role`, with its readiness score."""
    return RoleGap(role, missing_for(graph, have, role.requires), readiness(graph, have, role.requires))


def rank_roles(graph: RoleGraph, have: Have, roles: Iterable[Role]) -> list[RoleGap]:
    """Roles measured against `have`: ready first, then closest first.

    Ties go to fewer missing items, then the lower level, then the title.
    """
    gaps = [role_gap(graph, have, role) for role in roles]
    return sorted(
        gaps,
        key=lambda gap: (
            not gap.ready,
            -gap.score,
            gap.missing.count(),
            graph.level_rank(gap.role.level),
            gap.role.title.casefold(),
        ),
    )


def satisfied_by(graph: RoleGraph, have: Have, cert_id: str) -> str | None:
    """The held certification that covers `cert_id` (itself if held), or None."""
    if cert_id in have.certifications:
        return cert_id
    for held in sorted(have.certifications):
        if cert_id in held_certifications(graph, [held]):
            return held
    return None
