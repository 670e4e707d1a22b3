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

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role
from hrpath.core.qualifications import Have, Missing, missing_for, vocabulary_labels, with_requirements
from hrpath.core.route.results import Labels, PayChange, Route, Step
from hrpath.core.text import tidy


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
        # Built directly, not with dataclasses.replace: routes can have thousands of steps.
        held = Have(
            held.education, tidy(held.experience_years + move.years), held.skills, held.certifications
        )
        gap = missing_for(graph, held, role.requires)  # its experience_years is already tidy
        steps.append(Step(move, gap, pay_change(graph.role(move.origin), role)))
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
