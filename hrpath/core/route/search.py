"""Shortest and k-shortest loopless paths: Dijkstra and Yen's algorithm, with heapq.

The search runs over states `(role id, via roles passed so far)`, so `--via` is
part of the graph searched: the goal state is the target role with every via
role passed, in order. Without `--via` the states are just the roles.

Order is total and deterministic: a path's rank is (years, moves, role ids) by
years, or (moves, years, role ids) by steps. Extending a path never lowers its
rank, and two paths to the same state keep their order when both are extended
the same way, which is all Dijkstra and Yen need to stay exact under this order.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from hrpath.core.graph import breadth_first
from hrpath.core.models import Move

State = tuple[str, int]
Path = tuple[State, ...]
Rank = tuple[float, float, tuple[Any, ...]]
Moves = Mapping[str, Mapping[str, Move]]  # source id -> target id -> move

BY = ("years", "steps")
# More alternatives than anyone reads; also keeps the search bounded.
MAX_ALTERNATIVES = 50


def rank(by: str, path: tuple[Any, ...], years: float) -> Rank:
    """The sort key of a path: the chosen measure, then the other, then the ids."""
    moves = len(path) - 1
    return (years, moves, path) if by == "years" else (moves, years, path)


def step_cost(by: str, years: float) -> tuple[float, float]:
    """The cost of one move of `years` in the search's measures: (years, 1 move), or (1 move, years) by steps."""
    return (years, 1.0) if by == "years" else (1.0, years)


def allowed_moves(moves: Iterable[Move], avoid: Iterable[str] = (), promotions_only: bool = False) -> Moves:
    """The moves a search may use: none into or out of an avoided role.

    If a graph built in memory lists two moves between the same roles, the
    shorter one is kept (the loader rejects such files).
    """
    banned = set(avoid)
    allowed: dict[str, dict[str, Move]] = {}
    for move in moves:
        if move.origin in banned or move.target in banned:
            continue
        if promotions_only and move.kind != "promotion":
            continue
        out = allowed.setdefault(move.origin, {})
        if move.target not in out or move.years < out[move.target].years:
            out[move.target] = move
    return allowed


def reaches(moves: Moves, source: str, target: str) -> bool:
    """True when some sequence of `moves` leads from source to target."""
    return target in breadth_first(source, lambda role: moves.get(role, {}).values())


@dataclass(frozen=True, slots=True)
class Space:
    """What a search explores: the allowed moves, the --via roles and the measure."""

    moves: Moves
    via: tuple[str, ...] = ()
    by: str = "years"

    def _advance(self, stage: int, role: str) -> int:
        # Entering the next via role in order moves on to the next stage.
        return stage + 1 if stage < len(self.via) and self.via[stage] == role else stage

    def start(self, role: str) -> State:
        """The state of a route that starts at `role`."""
        return (role, self._advance(0, role))

    def goal(self, role: str) -> State:
        """The state of a route that ends at `role` having passed every via role."""
        return (role, len(self.via))

    def successors(self, state: State) -> Iterator[tuple[State, Move]]:
        """The states one move away, with the move."""
        role, stage = state
        for target, move in self.moves.get(role, {}).items():
            yield (target, self._advance(stage, target)), move

    def years(self, path: Path) -> float:
        """Total typical years of a path."""
        return sum(self.moves[a][b].years for (a, _), (b, _) in pairwise(path))

    def states(self, roles: Sequence[str]) -> Path:
        """The states of a route through `roles`, from its start."""
        path = [self.start(roles[0])]
        for role in roles[1:]:
            path.append((role, self._advance(path[-1][1], role)))
        return tuple(path)

    def path_moves(self, path: Path) -> list[Move]:
        """The moves along a path, in order."""
        return [self.moves[a][b] for (a, _), (b, _) in pairwise(path)]


def shortest(
    space: Space,
    start: State,
    goal: State,
    banned_states: frozenset[State] = frozenset(),
    banned_edges: frozenset[tuple[State, State]] = frozenset(),
) -> Path | None:
    """The best path from start to goal (Dijkstra), or None when there is none."""
    heap: list[tuple[Rank, float]] = [(rank(space.by, (start,), 0.0), 0.0)]
    settled: set[State] = set()
    while heap:
        (_, _, path), years = heapq.heappop(heap)
        state = path[-1]
        if state in settled:
            continue
        if state == goal:
            return path
        settled.add(state)
        for nxt, move in space.successors(state):
            if nxt in settled or nxt in banned_states or (state, nxt) in banned_edges:
                continue
            total = years + move.years
            heapq.heappush(heap, (rank(space.by, (*path, nxt), total), total))
    return None


def loopless_paths(space: Space, start: State, goal: State, limit: int) -> Iterator[Path]:
    """The `limit` best loopless paths from start to goal, best first, lazily (Yen's algorithm).

    Candidates are ranked by (measure, other measure, ids), the ids compared
    as fixed-width bytes of each state's sort position (a memcmp, not a walk
    through tuples), and built into paths only when they come out best.
    Without --via, spur searches start from the best completions to the goal
    (`togoal.ToGoal`) and search only when those cross the root; the moves
    already taken at each root come from a trie of the found paths.
    """
    from hrpath.core.route.candidates import Candidates
    from hrpath.core.route.togoal import ToGoal

    to_goal = None if space.via else ToGoal(space.moves, goal[0], space.by)
    first = shortest(space, start, goal) if to_goal is None else to_goal.chain(start[0])
    if first is None or limit < 1:
        return
    candidates = Candidates(space, to_goal, limit - 1)
    trie: dict[State, dict[State, Any]] = {}
    while first is not None:
        yield first
        node = trie
        for state in first:
            node = node.setdefault(state, {})
        _spurs(space, first, goal, trie, candidates)
        first = candidates.pop()


def _spurs(space: Space, last: Path, goal: State, trie: dict[State, Any], candidates: Any) -> None:
    """Add Yen's spur paths of the last found path: one deviation at each of its states.

    The spurs are taken from the goal end back to the start: a spur's best
    completion then mostly runs into one already built (`ToGoal.chain`).
    """
    to_goal = candidates.to_goal
    roots = _roots(space, last, trie, to_goal)
    root = {state[0] for state in last[:-1]} if to_goal is not None else set()
    for i in reversed(range(len(last) - 1)):
        node, years, nearest = roots[i]
        # Ban the next move of every found path sharing this root, so the spur must deviate here.
        banned_next = node.keys()
        if to_goal is not None:
            hop = to_goal.spur(last[i], root, nearest, banned_next)
            root.discard(last[i][0])  # loopless without --via: each role is on the path once
            if hop == "":
                continue  # nothing allowed from here reaches the goal
            if hop is not None and candidates.add_hop(last, i, hop, years):
                continue
        banned = frozenset((last[i], nxt) for nxt in banned_next)
        spur = shortest(space, last[i], goal, frozenset(last[:i]), banned)
        if spur is not None:
            candidates.add_path(last[:i] + spur, years + space.years(spur))


def _roots(space: Space, last: Path, trie: dict[State, Any], to_goal: Any) -> list[tuple[Any, float, Any]]:
    """For each state of `last` but the goal: its trie node, the years to it and the
    smallest distance to the goal among the roles up to it (None without ToGoal)."""
    roots = []
    node, years, nearest = trie, 0.0, None
    for i in range(len(last) - 1):
        if i:
            years += space.moves[last[i - 1][0]][last[i][0]].years
        node = node[last[i]]
        if to_goal is not None:
            near = to_goal.distance.get(last[i][0])
            nearest = near if nearest is None or (near is not None and near < nearest) else nearest
        roots.append((node, years, nearest))
    return roots
