"""Routes through `--via` roles that visit each role once, best first and exactly.

Yen's algorithm over (role, via roles passed) states finds paths that are
loopless in states, in the documented order, yet some pass a role twice (once
before a via role, once after). Dropping those keeps the order, so the first
routes it yields usually answer. Only where paths that pass a role twice
outnumber the real ones (cheap cycles around a via role) does it give up, and
then a best-first search over partial routes that visit each role once takes
over: taken by (measure + a bound on the rest, other measure + its bound,
role ids), complete routes come out exactly in order, because a partial route
never ranks below its extensions and the bound never overestimates. The bound
is each state's best distance to the goal when roles may repeat (one backwards
Dijkstra over the states); sums are compared rounded to 9 decimals, so float
noise never outranks a tie.
"""

from __future__ import annotations

import heapq

from hrpath.core.route.search import Path, Space, State, loopless_paths, step_cost
from hrpath.errors import NoAnswer

Distance = tuple[float, float]
# State paths Yen may yield beyond those asked for before the exact search takes over.
YEN_LIMIT = 200
# Partial routes the exact search may keep before it gives up (memory stays bounded).
MAX_STEPS = 200_000
_DIGITS = 9


def via_routes(space: Space, start: str, goal: str, limit: int) -> list[Path]:
    """The `limit` best routes from `start` to `goal` through `space.via`, each role once, in order.

    Raises NoAnswer when the exact search needs more than MAX_STEPS partial
    routes before it finds one.
    """
    first, last = space.start(start), space.goal(goal)
    found, yielded = [], 0
    for path in loopless_paths(space, first, last, YEN_LIMIT + limit):
        yielded += 1
        if len({role for role, _ in path}) == len(path):
            found.append(path)
            if len(found) == limit:
                return found
    if yielded < YEN_LIMIT + limit:
        return found  # Yen ran out of paths: these are all there are
    return _best_first(space, start, goal, limit)


def _best_first(space: Space, start: str, goal: str, limit: int) -> list[Path]:
    """The exact search of the module docstring: only routes that visit each role once."""
    first, last = space.start(start), space.goal(goal)
    bound = _bounds(space, last)
    if first not in bound:
        return []
    # (priority, other priority, roles, measure, other measure, via stage)
    heap: list[tuple[float, float, tuple[str, ...], float, float, int]] = [
        (*bound[first], (start,), 0.0, 0.0, first[1])
    ]
    found: list[Path] = []
    steps = 0
    while heap and len(found) < limit:
        _, _, roles, measure, other, stage = heapq.heappop(heap)
        if (roles[-1], stage) == last:
            found.append(space.states(roles))
            continue
        for state, move in space.successors((roles[-1], stage)):
            rest = bound.get(state)
            if rest is None or state[0] in roles or not _reaches(space, state, last, roles):
                continue
            steps += 1
            if steps > MAX_STEPS:
                return found if found else _too_tangled()
            step = step_cost(space.by, move.years)
            then, then_other = measure + step[0], other + step[1]
            priority = (round(then + rest[0], _DIGITS), round(then_other + rest[1], _DIGITS))
            heapq.heappush(heap, (*priority, (*roles, state[0]), then, then_other, state[1]))
    return found


def _reaches(space: Space, state: State, goal: State, used: tuple[str, ...]) -> bool:
    """True when `goal` can be reached from `state` without the roles in `used`.

    The bound lets roles repeat, so without this a partial route walled in by
    its own roles (a clique of free lateral moves) would be extended in every
    order before the search moved on.
    """
    seen, banned, pending = {state}, set(used), [state]
    while pending:
        current = pending.pop()
        if current == goal:
            return True
        for following, _ in space.successors(current):
            if following not in seen and following[0] not in banned:
                seen.add(following)
                pending.append(following)
    return False


def _too_tangled() -> list[Path]:
    raise NoAnswer(
        f"no route found within {MAX_STEPS:,} partial routes through the --via roles; try fewer --via roles"
    )


def _bounds(space: Space, goal: State) -> dict[State, Distance]:
    """Each state's best distance to `goal` when roles may repeat."""
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
        distance[state] = (first, second)
        for before, years in into.get(state, ()):
            if before not in distance:
                step = step_cost(space.by, years)
                heapq.heappush(heap, (first + step[0], second + step[1], before))
    return distance
