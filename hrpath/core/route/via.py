"""Routes through `--via` roles that visit each role once, best first and exactly.

Yen's algorithm over (role, via roles passed) states finds paths that are
loopless in states, yet may pass a role twice (once before a via role, once
after). Where cheap cycles abound, those can outnumber the real routes without
bound, so filtering them out of Yen's stream may never reach the second real
route. This search extends only partial routes that visit each role once,
taken best first by (measure + a bound on the rest, other measure + its bound,
role ids). A partial route never ranks below its own extensions, and the bound
never overestimates, so complete routes come out exactly in the documented
order. The bound is each state's best distance to the goal when roles may
repeat: one backwards Dijkstra over the states.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from hrpath.core.route.search import Path, Space, State
from hrpath.errors import NoAnswer

Distance = tuple[float, float]
# Partial routes taken before a search that has found nothing gives up.
MAX_EXPANSIONS = 200_000
# Float sums in another order may differ in the last bits: a bound is lowered by this.
_SLACK = 1e-9


def via_paths(space: Space, start: str, goal: str, limit: int) -> Iterator[Path]:
    """The `limit` best routes from `start` to `goal` through `space.via`, in order, each role once.

    Raises NoAnswer when MAX_EXPANSIONS partial routes are taken before any
    route is found; after one is found, running out of that budget just ends
    the list.
    """
    first, last = space.start(start), space.goal(goal)
    bound = _bounds(space, last)
    if first not in bound or limit < 1:
        return
    heap: list[tuple[float, float, tuple[str, ...], float, float, Path]] = [
        (*bound[first], (start,), 0.0, 0.0, (first,))
    ]
    found = expanded = 0
    while heap and found < limit:
        _, _, roles, measure, other, path = heapq.heappop(heap)
        if path[-1] == last:
            found += 1
            yield path
            continue
        expanded += 1
        if expanded > MAX_EXPANSIONS:
            if found:
                return
            raise NoAnswer(
                f"no route found within {MAX_EXPANSIONS:,} partial routes through the --via roles; "
                "try fewer --via roles"
            )
        for state, move in space.successors(path[-1]):
            rest = bound.get(state)
            if rest is None or state[0] in roles:
                continue
            step = _step(space.by, move.years)
            then, then_other = measure + step[0], other + step[1]
            entry = (
                then + rest[0],
                then_other + rest[1],
                (*roles, state[0]),
                then,
                then_other,
                (*path, state),
            )
            heapq.heappush(heap, entry)


def _step(by: str, years: float) -> Distance:
    """The cost of one move of `years`: (years, 1 move), or (1 move, years) by steps."""
    return (years, 1.0) if by == "years" else (1.0, years)


def _bounds(space: Space, goal: State) -> dict[State, Distance]:
    """Each state's best distance to `goal` when roles may repeat, lowered by _SLACK."""
    into: dict[State, list[tuple[State, float]]] = {}
    for source in space.moves:
        for stage in range(len(space.via) + 1):
            for state, move in space.successors((source, stage)):
                into.setdefault(state, []).append(((source, stage), move.years))
    distance: dict[State, Distance] = {}
    heap: list[tuple[float, float, State]] = [(0.0, 0.0, goal)]
    while heap:
        first, second, state = heapq.heappop(heap)
        if state in distance:
            continue
        distance[state] = (max(0.0, first - _SLACK), max(0.0, second - _SLACK))
        for before, years in into.get(state, ()):
            if before not in distance:
                step = _step(space.by, years)
                heapq.heappush(heap, (first + step[0], second + step[1], before))
    distance[goal] = (0.0, 0.0)
    return distance
