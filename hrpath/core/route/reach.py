"""Where can I go from here: every role reachable from one, with its best route.

The "origin" view of an occupational mobility explorer: for each reachable
role, the best route's moves, total typical years and pay change, nearest
first (fewest years, then fewest moves, then id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from hrpath.core.graph import RoleGraph, reachable_from
from hrpath.core.have_tokens import personal_have
from hrpath.core.names import resolve_role
from hrpath.core.qualifications import Have
from hrpath.core.route.results import Labels, Route
from hrpath.core.route.routes import checked_in_role, find_routes
from hrpath.core.route.walk import labels_for


@dataclass(frozen=True, slots=True)
class Reach:
    """The `hrpath next ROLE --all` answer: the best route to every reachable role."""

    origin: str
    routes: tuple[Route, ...]
    labels: Labels
    have: Have | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `next --all --json` contract: routes as in `route --json`, nearest first."""
        return {"from": self.origin, "routes": [{"to": r.roles[-1], **r.to_dict()} for r in self.routes]}


def reach(
    graph: RoleGraph, role: str, *, tokens: Sequence[str] = (), years: float = 0, in_role: float = 0
) -> Reach:
    """Every role reachable from `role` with its best route (fewest typical years), nearest first."""
    start = resolve_role(graph, role)
    in_role = checked_in_role(in_role)
    have = personal_have(graph, tokens, max(years, in_role) if in_role else years)
    routes = [
        replace(find_routes(graph, start, target, have=have)[0], in_role=in_role)
        for target in reachable_from(graph, start)[1:]
    ]
    routes.sort(key=lambda route: (route.years, len(route.steps), route.roles[-1]))
    return Reach(start, tuple(routes), labels_for(graph), have)
