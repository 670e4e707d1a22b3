"""Routes between two roles: the best, its alternatives, and the `route FROM TO` answer.

(What leads into a role is `feeders`; the moves out of one, `next_moves`.)

The best route minimises typical years (the sum of `next.years`), or the number
of moves with `by="steps"`; ties go to fewer moves (or fewer years), then to the
role ids in order. Alternatives are the next best loopless routes (Yen's
algorithm). `via` roles are passed in the order given: a best-first search
over partial routes that visit each role once (`via.py`), so via-routes are
exact, not just the best legs glued together.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import personal_have
from hrpath.core.names import resolve_role, role_resolver
from hrpath.core.qualifications import Have
from hrpath.core.route.results import Route, RoutePlan, Step
from hrpath.core.route.search import BY, MAX_ALTERNATIVES, Space, allowed_moves, loopless_paths
from hrpath.core.route.via import via_routes
from hrpath.core.route.walk import labels_for, walk
from hrpath.core.route.why import why_no_route
from hrpath.core.text import did_you_mean, tidy
from hrpath.errors import BadInput, NoAnswer


def find_routes(
    graph: RoleGraph,
    source: str,
    target: str,
    *,
    by: str = "years",
    alternatives: int = 1,
    via: Sequence[str] = (),
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
    have: Have | None = None,
) -> list[Route]:
    """The best route from `source` to `target`, then up to `alternatives - 1` more, best first.

    Role names are resolved with `resolve_role`. Raises UnknownName or
    AmbiguousName for a bad name, BadInput for contradictory options and
    NoAnswer, with the reason, when no route exists.

    >>> from hrpath.core.models import Move, Role
    >>> g = RoleGraph([Role("a", "A", "entry", moves=(Move("a", "b", years=2), Move("a", "c", years=1))),
    ...                Role("b", "B", "mid"), Role("c", "C", "mid", moves=(Move("c", "b", years=3),))])
    >>> [(r.roles, r.years) for r in find_routes(g, "a", "b", alternatives=3)]
    [(('a', 'b'), 2), (('a', 'c', 'b'), 4)]
    """
    resolve = role_resolver(graph)
    start, end = resolve(source), resolve(target)
    via_ids, avoid_ids = resolve_all(resolve, "--via", via), resolve_all(resolve, "--avoid", avoid)
    check_options(graph, by, alternatives, via_ids, avoid_ids, {start: "starts", end: "ends"})
    space = Space(allowed_moves(graph.moves(), avoid_ids, promotions_only), via_ids, by)
    if via_ids:
        found = via_routes(space, start, end, alternatives)
    else:
        found = list(loopless_paths(space, space.start(start), space.goal(end), alternatives))
    if not found:
        why = why_no_route(graph, start, end, via=via_ids, avoid=avoid_ids, promotions_only=promotions_only)
        raise NoAnswer(why)
    plain_steps: dict[int, Step] = {}  # routes found together share most of their steps
    return [walk(graph, start, space.path_moves(path), have, plain_steps) for path in found]


def resolve_all(resolve: Callable[[str], str], option: str, names: Sequence[str]) -> tuple[str, ...]:
    """Role ids of an option's values; a bad name's error says which option it came from."""
    try:
        return tuple(map(resolve, names))
    except BadInput as error:
        raise BadInput(f"{option}: {error}") from error


def check_options(
    graph: RoleGraph,
    by: str,
    alternatives: int,
    via: tuple[str, ...],
    avoid: tuple[str, ...],
    ends: dict[str, str],
) -> None:
    """BadInput for options that contradict each other or the route's ends."""
    if by not in BY:
        raise BadInput(f"--by must be one of {', '.join(BY)}, not {by!r}{did_you_mean(by, BY)}")
    if not 1 <= alternatives <= MAX_ALTERNATIVES + 1:
        raise BadInput(f"routes must be from 1 to {MAX_ALTERNATIVES + 1}, not {alternatives}")
    for role in avoid:
        if role in ends:
            raise BadInput(f"cannot --avoid {graph.role(role).title}: the route {ends[role]} there")
    for role in via:
        if role in avoid:
            raise BadInput(f"{graph.role(role).title} is both in --via and in --avoid")
        if via.count(role) > 1:
            raise BadInput(f"--via {graph.role(role).title} is given twice; a route visits each role once")


def route_plan(
    graph: RoleGraph,
    source: str,
    target: str,
    *,
    tokens: Sequence[str] = (),
    years: float = 0,
    in_role: float = 0,
    by: str = "years",
    alternatives: int = 2,
    via: Sequence[str] = (),
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
) -> RoutePlan:
    """The `hrpath route FROM TO` answer: the best route and up to `alternatives` more
    (none, with the reason in `no_route`, when there is no route).

    `tokens`, `years` and `in_role` are `--have`, `--years` and `--in-role`
    (years already in FROM; total experience is at least that).
    """
    in_role = checked_in_role(in_role)
    have = personal_have(graph, tokens, max(years, in_role) if in_role else years)
    if not 0 <= alternatives <= MAX_ALTERNATIVES:
        raise BadInput(f"--alternatives must be from 0 to {MAX_ALTERNATIVES}, not {alternatives}")
    try:
        routes = find_routes(
            graph,
            source,
            target,
            by=by,
            alternatives=alternatives + 1,
            via=via,
            avoid=avoid,
            promotions_only=promotions_only,
            have=have,
        )
    except NoAnswer as error:
        # Still an answer: no routes, and why (the CLI prints it and exits 1).
        start, end = resolve_role(graph, source), resolve_role(graph, target)
        return RoutePlan(start, end, by, (), labels_for(graph), have, str(error))
    ends = routes[0].roles
    timed = tuple(replace(route, in_role=in_role) for route in routes)
    return RoutePlan(ends[0], ends[-1], by, timed, labels_for(graph), have)


def checked_in_role(in_role: float) -> float:
    """`--in-role` when it is a number of years (BadInput otherwise)."""
    if not math.isfinite(in_role) or in_role < 0:
        raise BadInput(f"--in-role must be a number of years, 0 or more, not {in_role}")
    return tidy(in_role)
