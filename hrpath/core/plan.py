"""`hrpath plan FROM TO`: the best route as a personal timeline in years from today.

Year 0 is today, in FROM. Each move happens after the typical years of the
roles before it, so the last move lands at the route's total years. Along the
way the timeline says what to have by each move (the step's gap, as `route`
counts it, and how to close each item) and the year each relevant
certification (required or helpful for a role on the route, not yet held)
becomes reachable: experience grows by one year a year from what you have
today, and education by what the roles on the route require.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hrpath.core.gaps.closing import Closing, Reach, closings, reach_for, rule_text
from hrpath.core.gaps.eligibility import Eligibility, eligibility
from hrpath.core.graph import RoleGraph
from hrpath.core.qualifications import (
    CERTIFICATION,
    Have,
    Missing,
    held_certifications,
    helpful_missing,
    item_kind,
    with_requirements,
)
from hrpath.core.route.results import Labels, Route
from hrpath.core.route.routes import route_plan
from hrpath.core.route.walk import holdings
from hrpath.core.text import tidy
from hrpath.errors import NoAnswer

START, CERTIFICATION_EVENT, MOVE = "start", "certification", "move"
_ORDER = {START: 0, CERTIFICATION_EVENT: 1, MOVE: 2}  # at the same year: start, then exams, then moves


@dataclass(frozen=True, slots=True)
class Event:
    """One dated entry of the timeline: the start, a certification within reach, or a move."""

    year: float
    event: str  # start | certification | move
    role: str | None = None  # start: the role held; move: the role moved to
    origin: str | None = None  # move: the role left
    kind: str | None = None  # move: promotion or lateral
    item: str | None = None  # certification id
    how: str | None = None  # certification: who awards it and the rule that opens it
    missing: Missing | None = None  # move: the step's gap
    helpful_missing: tuple[str, ...] = ()  # last move: the target's helpful items not held
    close: tuple[Closing, ...] = ()  # move: how to close each item

    def to_dict(self) -> dict[str, Any]:
        """One entry of `timeline` in the plan JSON contract."""
        result: dict[str, Any] = {"year": self.year, "event": self.event}
        if self.event == START:
            result["role"] = self.role
        elif self.event == CERTIFICATION_EVENT:
            result.update(certification=self.item, how=self.how)
        else:
            assert self.missing is not None
            result.update({"from": self.origin, "to": self.role, "kind": self.kind})
            result["missing"] = self.missing.to_dict()
            result["helpful_missing"] = list(self.helpful_missing)
            result["close"] = [closing.to_dict() for closing in self.close]
        return result


@dataclass(frozen=True, slots=True)
class Plan:
    """The `hrpath plan` answer: the best route and its timeline, with labels for renderers."""

    origin: str
    target: str
    by: str
    have: Have  # what --have and --years gave
    route: Route
    timeline: tuple[Event, ...]
    labels: Labels

    def to_dict(self) -> dict[str, Any]:
        """The `plan --json` contract."""
        return {
            "from": self.origin,
            "to": self.target,
            "by": self.by,
            "have": self.have.to_dict(),
            "route": self.route.to_dict(),
            "timeline": [event.to_dict() for event in self.timeline],
        }


def career_plan(
    graph: RoleGraph,
    source: str,
    target: str,
    *,
    tokens: Sequence[str] = (),
    years: float = 0,
    by: str = "years",
    via: Sequence[str] = (),
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
) -> Plan:
    """The best route from `source` to `target` as a timeline (see the module docstring).

    Raises what `route_plan` raises: UnknownName, AmbiguousName, BadInput, NoAnswer.
    """
    found = route_plan(
        graph, source, target, tokens=tokens, years=years, by=by, alternatives=1,
        via=via, avoid=avoid, promotions_only=promotions_only,
    )  # fmt: skip
    if not found.routes:
        raise NoAnswer(found.no_route or "no route")
    have = found.have or Have()
    route = found.routes[0]
    events = [Event(0, START, role=route.roles[0]), *_moves(graph, route, have)]
    events += _certifications(graph, route, have)
    events.sort(key=lambda event: (event.year, _ORDER[event.event]))
    return Plan(found.origin, found.target, by, have, route, tuple(events), found.labels)


def _moves(graph: RoleGraph, route: Route, have: Have) -> list[Event]:
    """One event per move, at the years spent so far, with how to close the step's gap."""
    start = route.roles[0]
    moves = [step.move for step in route.steps]
    reachable = reach_for(graph, have, graph.role(start)).roles
    events, year = [], 0.0
    for index, (step, held) in enumerate(zip(route.steps, holdings(graph, start, moves, have), strict=True)):
        year = tidy(year + step.move.years)
        role = graph.role(step.move.target)
        last = index == len(route.steps) - 1
        helpful = helpful_missing(graph, held, role.requires) if last else ()
        reach = Reach(reachable, route.roles[: index + 1])
        close = closings(graph, held, role, step.gap, helpful, reach)
        events.append(Event(year, MOVE, role.id, step.move.origin, step.move.kind, None, None, step.gap,
                            helpful, close))  # fmt: skip
    return events


def _certifications(graph: RoleGraph, route: Route, have: Have) -> list[Event]:
    """The year each relevant certification becomes reachable, within the route's years."""
    start = graph.role(route.roles[0])
    today = with_requirements(graph, have, start.requires)
    held = held_certifications(graph, today.certifications)
    wanted: dict[str, None] = {}
    for role_id in route.roles[1:]:
        requires = graph.role(role_id).requires
        helpful = (item for item in requires.helpful if item_kind(graph, item) == CERTIFICATION)
        wanted.update(
            dict.fromkeys(cert for cert in (*requires.certifications, *helpful) if cert not in held)
        )
    # (year, education held from then on): education only grows along the route.
    states, year = [(0.0, today)], 0.0
    moves = [step.move for step in route.steps]
    for move, state in zip(moves, holdings(graph, start.id, moves, have), strict=True):
        year = tidy(year + move.years)
        states.append((year, with_requirements(graph, state, graph.role(move.target).requires)))
    events = []
    for cert in wanted:
        found = _reachable(graph, cert, today.experience_years, states)
        if found is not None and found[0] <= route.years:
            when, status = found
            body = f"awarded by {status.body}; " if status.body else ""
            events.append(Event(when, CERTIFICATION_EVENT, item=cert, how=body + rule_text(graph, status)))
    return events


def _reachable(
    graph: RoleGraph, cert: str, start_years: float, states: list[tuple[float, Have]]
) -> tuple[float, Eligibility] | None:
    """The first year the certification's rule is met (experience grows a year a year), and the rule."""
    found: list[tuple[float, Eligibility]] = []
    for year, state in states:
        status = eligibility(graph, cert, state.with_years(start_years + year))
        if status.years_to_eligible is not None:
            found.append((tidy(year + status.years_to_eligible), status))
    return min(found, key=lambda item: item[0], default=None)
