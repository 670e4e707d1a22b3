"""Routes as a person walks them: each step's personal gap and change in pay.

The gap rule: when you make a move you count as having what you gave in
`--have`, plus everything each role held so far on the route requires (holding
a role counts as having its requirements). Experience starts at the larger of
`--years` and what the starting role requires; each move adds its typical
years, the time spent in the role you leave. So a step needs more experience
only when the next role asks for more than you will have by then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role
from hrpath.core.qualifications import Have, Missing, missing_for, tidy, vocabulary_labels, with_requirements


@dataclass(frozen=True, slots=True)
class PayChange:
    """The change in median pay between two roles that both have pay."""

    from_usd: float
    to_usd: float
    change_usd: float
    from_year: int | None
    to_year: int | None

    def to_dict(self) -> dict[str, Any]:
        """The `pay_change` object of the JSON contracts."""
        return {
            "from_usd": self.from_usd,
            "to_usd": self.to_usd,
            "change_usd": self.change_usd,
            "from_year": self.from_year,
            "to_year": self.to_year,
        }


@dataclass(frozen=True, slots=True)
class Step:
    """One move of a route, with what you still need for it and the pay change."""

    move: Move
    gap: Missing
    pay_change: PayChange | None

    def to_dict(self) -> dict[str, Any]:
        """A step of the `route --json` contract."""
        return {
            "from": self.move.source,
            "to": self.move.target,
            "kind": self.move.kind,
            "years": self.move.years,
            "gap": self.gap.to_dict(),
            "pay_change": self.pay_change.to_dict() if self.pay_change else None,
        }


@dataclass(frozen=True, slots=True)
class Route:
    """A loopless route: its roles, total typical years and annotated steps."""

    roles: tuple[str, ...]
    years: float
    steps: tuple[Step, ...]
    pay_change: PayChange | None = None  # first role to last, when both have pay

    def to_dict(self) -> dict[str, Any]:
        """A route of the `route --json` contract (plus the end-to-end pay change)."""
        return {
            "roles": list(self.roles),
            "years": self.years,
            "steps": [step.to_dict() for step in self.steps],
            "pay_change": self.pay_change.to_dict() if self.pay_change else None,
        }


@dataclass(frozen=True, slots=True)
class Labels:
    """Readable names, so renderers need no graph: role titles and vocabulary labels."""

    roles: dict[str, str]
    terms: dict[str, str]  # education, skill and certification id -> label


def labels_for(graph: RoleGraph) -> Labels:
    """Titles of every role and labels of every education level, skill and certification."""
    return Labels({role.id: role.title for role in graph}, vocabulary_labels(graph))


def pay_change(before: Role, after: Role) -> PayChange | None:
    """The change in median pay from one role to another, if both have pay."""
    if before.pay is None or after.pay is None:
        return None
    change = tidy(after.pay.median_usd - before.pay.median_usd)
    return PayChange(before.pay.median_usd, after.pay.median_usd, change, before.pay.year, after.pay.year)


def walk(graph: RoleGraph, start: str, moves: Sequence[Move], have: Have | None = None) -> Route:
    """The route from `start` along consecutive `moves`, each step with its personal gap."""
    held = with_requirements(graph, have or Have(), graph.role(start).requires)
    steps: list[Step] = []
    for move in moves:
        role = graph.role(move.target)
        held = replace(held, experience_years=tidy(held.experience_years + move.years))
        gap = missing_for(graph, held, role.requires)
        gap = replace(gap, experience_years=tidy(gap.experience_years))
        steps.append(Step(move, gap, pay_change(graph.role(move.source), role)))
        held = with_requirements(graph, held, role.requires)
    return Route(
        roles=(start, *(move.target for move in moves)),
        years=tidy(sum(move.years for move in moves)),
        steps=tuple(steps),
        pay_change=pay_change(graph.role(start), graph.role(moves[-1].target if moves else start)),
    )


def gap_size(gap: Missing) -> tuple[int, float]:
    """How far a gap is: missing items (experience counts as one), then missing years."""
    return gap.count(), gap.experience_years
