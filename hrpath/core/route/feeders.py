"""The `hrpath route --to ROLE` question: every role that can reach ROLE, nearest first.

One backwards search (`togoal.ToGoal`): each feeder keeps its next role on its
best route, so the answer grows linearly with the graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.names import resolve_role, role_resolver
from hrpath.core.route.results import Labels
from hrpath.core.route.routes import check_options, resolve_all
from hrpath.core.route.search import allowed_moves
from hrpath.core.route.togoal import ToGoal
from hrpath.core.route.walk import labels_for
from hrpath.core.text import tidy
from hrpath.errors import NoAnswer


@dataclass(frozen=True, slots=True)
class Feeder:
    """A role that can reach the target: its best route's years and moves, and where it goes first."""

    role: str
    years: float
    moves: int
    next: str  # the next role on the best route (the target itself for a direct move)

    def to_dict(self) -> dict[str, Any]:
        """A feeder of the `route --to --json` contract."""
        return {"from": self.role, "years": self.years, "moves": self.moves, "next": self.next}


@dataclass(frozen=True, slots=True)
class Feeders:
    """The `hrpath route --to ROLE` answer: every role that leads into it, nearest first.

    Each feeder keeps only its next role, so the answer grows linearly with
    the graph; `path` follows them. `paths` asks for whole paths in the JSON.
    """

    target: str
    by: str
    feeders: tuple[Feeder, ...]
    labels: Labels
    no_feeder: str | None = None  # why nothing leads in, when `feeders` is empty
    paths: bool = False

    def path_finder(self) -> Callable[[str], list[str]]:
        """A function: feeder role -> the roles of its best route to the target, following next roles."""
        following = {feeder.role: feeder.next for feeder in self.feeders}

        def path(role: str) -> list[str]:
            roles = [role]
            while roles[-1] != self.target:
                roles.append(following[roles[-1]])
            return roles

        return path

    def to_dict(self) -> dict[str, Any]:
        """The `route --to --json` contract (plus `by`; `roles` on each feeder with --paths)."""
        feeders = [feeder.to_dict() for feeder in self.feeders]
        if self.paths:
            path = self.path_finder()
            for item in feeders:
                item["roles"] = path(item["from"])
        return {"to": self.target, "by": self.by, "feeders": feeders}


def feeders_into(
    graph: RoleGraph,
    target: str,
    *,
    by: str = "years",
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
    paths: bool = False,
) -> Feeders:
    """Every role that can reach `target`, with its best route, nearest first.

    Each feeder keeps its next role on the best route (one backwards search);
    `paths` asks the JSON for whole paths.

    Nearest means fewest years, then fewest moves, then id (by steps: fewest
    moves, then years, then id). NoAnswer when nothing leads in.
    """
    resolve = role_resolver(graph)
    end, avoid_ids = resolve(target), resolve_all(resolve, "--avoid", avoid)
    check_options(graph, by, 1, (), avoid_ids, {end: "ends"})
    to_goal = ToGoal(allowed_moves(graph.moves(), avoid_ids, promotions_only), end, by)
    found = [
        Feeder(role, tidy(to_goal.years_of(role)), to_goal.moves_of(role), to_goal.next_hop(role))
        for role in to_goal.distance
        if role != end
    ]
    if not found:
        filters = " once --avoid and --promotions-only are applied" if avoid or promotions_only else ""
        raise NoAnswer(f"nothing leads into {graph.role(end).title}{filters}")
    order = (
        (lambda s: (s.years, s.moves, s.role)) if by == "years" else (lambda s: (s.moves, s.years, s.role))
    )
    return Feeders(end, by, tuple(sorted(found, key=order)), labels_for(graph), paths=paths)


def feeders_answer(
    graph: RoleGraph,
    target: str,
    *,
    by: str = "years",
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
    paths: bool = False,
) -> Feeders:
    """`feeders_into` as an answer: none, with the reason in `no_feeder`, when nothing leads in."""
    try:
        return feeders_into(graph, target, by=by, avoid=avoid, promotions_only=promotions_only, paths=paths)
    except NoAnswer as error:
        return Feeders(resolve_role(graph, target), by, (), labels_for(graph), str(error))
