"""Routes between roles, the roles that lead into one, and the next moves out of one.

The best route minimises typical years (the sum of `next.years`), or the number
of moves with `by="steps"`; ties go to fewer moves (or fewer years), then to the
role ids in order. Alternatives are the next best loopless routes (Yen's
algorithm). `via` roles are passed in the order given: the search runs over
(role, via roles passed) states and keeps routes that visit each role once, so
the best via-route is exact, not just the best legs glued together.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from hrpath.core.graph import RoleGraph
from hrpath.core.names import resolve_role, role_index
from hrpath.core.qualifications import Have, personal_have
from hrpath.core.route.results import Feeder, Feeders, NextMoves, Route, RoutePlan
from hrpath.core.route.search import BY, MAX_ALTERNATIVES, Space, allowed_moves, loopless_paths
from hrpath.core.route.togoal import ToGoal
from hrpath.core.route.walk import gap_size, labels_for, walk
from hrpath.core.route.why import why_no_route
from hrpath.core.text import did_you_mean, tidy
from hrpath.errors import BadInput, NoAnswer

# Routes examined before giving up on a --via that keeps forcing a role twice.
_SEARCH_LIMIT = 200


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
    resolve = role_index(graph).resolve  # built once: it is most of the time on big graphs
    start, end = resolve(source), resolve(target)
    via_ids, avoid_ids = tuple(map(resolve, via)), tuple(map(resolve, avoid))
    _check_options(graph, by, alternatives, via_ids, avoid_ids, {start: "starts", end: "ends"})
    space = Space(allowed_moves(graph.moves(), avoid_ids, promotions_only), via_ids, by)
    paths = islice(loopless_paths(space, space.start(start), space.goal(end)), _SEARCH_LIMIT + alternatives)
    # A via-route's states are all different, yet it may still pass a role twice.
    once = (path for path in paths if len({role for role, _ in path}) == len(path))
    found = list(islice(once, alternatives))
    if not found:
        why = why_no_route(graph, start, end, via=via_ids, avoid=avoid_ids, promotions_only=promotions_only)
        raise NoAnswer(why)
    return [walk(graph, start, space.path_moves(path), have) for path in found]


def _check_options(
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
    if not 1 <= alternatives <= MAX_ALTERNATIVES:
        raise BadInput(f"--alternatives must be from 1 to {MAX_ALTERNATIVES}, not {alternatives}")
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
    by: str = "years",
    alternatives: int = 3,
    via: Sequence[str] = (),
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
) -> RoutePlan:
    """The `hrpath route FROM TO` answer; `tokens` and `years` are `--have` and `--years`."""
    have = personal_have(graph, tokens, years)
    routes = find_routes(
        graph,
        source,
        target,
        by=by,
        alternatives=alternatives,
        via=via,
        avoid=avoid,
        promotions_only=promotions_only,
        have=have,
    )
    ends = routes[0].roles
    return RoutePlan(ends[0], ends[-1], by, tuple(routes), labels_for(graph), have)


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
    resolve = role_index(graph).resolve
    end, avoid_ids = resolve(target), tuple(map(resolve, avoid))
    _check_options(graph, by, 1, (), avoid_ids, {end: "ends"})
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
    return Feeders(end, by, tuple(sorted(found, key=order)), labels_for(graph), paths)


def next_moves(graph: RoleGraph, role: str, *, tokens: Sequence[str] = (), years: float = 0) -> NextMoves:
    """The moves out of `role`, each with its personal gap and pay change, closest first.

    `tokens` and `years` are `--have` and `--years`.

    Closest: fewest missing items (education, each skill and certification,
    and experience as one item), then fewest missing years, then fewest
    typical years, then the target's id. NoAnswer when nothing leads out.
    """
    start, have = resolve_role(graph, role), personal_have(graph, tokens, years)
    steps = [walk(graph, start, (move,), have).steps[0] for move in graph.moves_from(start)]
    if not steps:
        raise NoAnswer(f"nothing leads out of {graph.role(start).title} in this data")
    steps.sort(key=lambda step: (*gap_size(step.gap), step.move.years, step.move.target))
    return NextMoves(start, tuple(steps), labels_for(graph), have)
