"""Routes as a person walks them: each step's personal gap and change in pay.

The gap rule: when you make a move you count as having what you gave in
`--have`, plus everything each role held so far on the route requires (holding
a role counts as having its requirements). Experience starts at the larger of
`--years` and what the starting role requires; each move adds its typical
years, the time spent in the role you leave. So a step needs more experience
only when the next role asks for more than you will have by then.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role
from hrpath.core.qualifications import (
    NOTHING_MISSING,
    Have,
    Missing,
    asks_only_years,
    missing_for,
    with_requirements,
)
from hrpath.core.route.results import Labels, PayChange, Route, Step
from hrpath.core.text import tidy
from hrpath.core.vocabulary import vocabulary_labels


def labels_for(graph: RoleGraph) -> Labels:
    """Titles of every role and labels of every education level, skill and certification."""
    return Labels({role.id: role.title for role in graph}, vocabulary_labels(graph))


def pay_change(before: Role, after: Role) -> PayChange | None:
    """The change in median pay from one role to another, if both have pay."""
    if before.pay is None or after.pay is None or before.pay.median is None or after.pay.median is None:
        return None
    low, high = before.pay.median, after.pay.median
    change = tidy(high - low)
    estimate = before.pay.estimate or after.pay.estimate
    return PayChange(low, high, change, before.pay.year, after.pay.year, estimate, after.pay.currency)


def holdings(graph: RoleGraph, start: str, moves: Sequence[Move], have: Have | None = None) -> Iterator[Have]:
    """What you hold as you make each move (the gap rule above), one Have per move."""
    for years, held, current in _holding(graph, start, moves, have):
        yield current or held.with_years(years)


def _holding(
    graph: RoleGraph, start: str, moves: Sequence[Move], have: Have | None
) -> Iterator[tuple[float, Have, Have | None]]:
    """For each move: your years of experience then, what else you hold (its
    `experience_years` may lag behind) and, when the next role asks for more than
    years, the whole Have. Most roles on a long route ask only for years, and a
    Have made at every step was most of a walk's time.
    """
    held = with_requirements(graph, have or Have(), graph.role(start).requires)
    years = held.experience_years
    for move in moves:
        years = tidy(years + move.years)
        requires = graph.role(move.target).requires
        if asks_only_years(requires, years):
            yield years, held, None  # holding it adds nothing either
            continue
        current = held.with_years(years)
        yield years, held, current
        held = with_requirements(graph, current, requires)
        years = held.experience_years


def walk(
    graph: RoleGraph,
    start: str,
    moves: Sequence[Move],
    have: Have | None = None,
    plain_steps: dict[int, Step] | None = None,
) -> Route:
    """The route from `start` along consecutive `moves`, each step with its personal gap.

    `plain_steps` keeps the step of each move that misses nothing (it depends on
    the move alone) for the next walk over the same graph's moves: routes found
    together share most of their moves, and then share those steps.
    """
    plain = {} if plain_steps is None else plain_steps
    steps: list[Step] = []
    for move, (_, _, current) in zip(moves, _holding(graph, start, moves, have), strict=True):
        if current is None:
            step = plain.get(id(move))  # the move is the graph's: its id is stable while the graph lives
            if step is None:
                step = plain[id(move)] = _step(graph, move, NOTHING_MISSING)
        else:
            step = _step(graph, move, missing_for(graph, current, graph.role(move.target).requires))
        steps.append(step)
    return Route(
        roles=(start, *(move.target for move in moves)),
        years=tidy(sum(move.years for move in moves)),
        steps=tuple(steps),
        pay_change=pay_change(graph.role(start), graph.role(moves[-1].target if moves else start)),
    )


def _step(graph: RoleGraph, move: Move, gap: Missing) -> Step:
    """The step of `move` with its gap and the change in pay between its roles."""
    return Step(move, gap, pay_change(graph.role(move.origin), graph.role(move.target)))


def gap_size(gap: Missing) -> tuple[int, float]:
    """How far a gap is: missing items (experience counts as one), then missing years."""
    return gap.count(), gap.experience_years
