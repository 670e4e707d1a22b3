"""Best completions to one goal, computed once, so Yen's spur searches rarely search.

One backwards Dijkstra gives every role's distance to the goal, measured as
(years, moves) or (moves, years), and its next hop on the best completion:
the successor with the smallest (distance through it, role id). Following next
hops from a role spells its best completion under the full order (measure,
other measure, role ids): all best completions from a role have the same number
of moves, so the smallest first hop, then the smallest completion from there,
is the lexicographically smallest.

A spur search of Yen's algorithm from a role that must avoid the route's root
asks `spur`: the best allowed first hop by (distance through it, id) is the
answer when its completion avoids the root, because no path can beat that
distance. Only when it does not is a real search needed (None). Only for
searches without `--via` (states are then just roles).
"""

from __future__ import annotations

import heapq
from collections.abc import Set

from hrpath.core.route.search import Moves, Path, State, step_cost

Distance = tuple[float, float]
# Moves between kept chains: a longer chain is built from at most this many hops and a kept tail.
CHECKPOINT = 32


class ToGoal:
    """Distances to `goal` and next hops on the best completions, for one search space."""

    def __init__(self, moves: Moves, goal: str, by: str) -> None:
        self.moves, self.goal, self.by = moves, goal, by
        into: dict[str, list[tuple[str, float]]] = {}
        for source, out in moves.items():
            for target, move in out.items():
                into.setdefault(target, []).append((source, move.years))
        self.distance: dict[str, Distance] = {}
        self._next: dict[str, str] = {}
        # Each entry carries the move it came through: the first to settle a role is
        # its smallest (distance through it, id), which is the role's next hop.
        heap: list[tuple[float, float, str, str | None]] = [(0.0, 0.0, goal, None)]
        while heap:
            first, second, role, hop = heapq.heappop(heap)
            if role in self.distance:
                continue
            self.distance[role] = (first, second)
            if hop is not None:
                self._next[role] = hop
            for source, years in into.get(role, ()):
                if source not in self.distance:
                    step = self.step(years)
                    heapq.heappush(heap, (first + step[0], second + step[1], source, role))
        self._chains: dict[str, Path] = {}

    def step(self, years: float) -> Distance:
        """The distance of one move of `years`."""
        return step_cost(self.by, years)

    def _onto(self, target: str, years: float) -> tuple[float, float, str] | None:
        """(distance of a move of `years` into `target` and on to the goal, target id), or None."""
        rest = self.distance.get(target)
        if rest is None:
            return None
        step = self.step(years)
        return (step[0] + rest[0], step[1] + rest[1], target)

    def years_of(self, role: str) -> float:
        """Typical years of the best completion from `role`."""
        return self.distance[role][0 if self.by == "years" else 1]

    def moves_of(self, role: str) -> int:
        """Moves of the best completion from `role`."""
        return int(self.distance[role][1 if self.by == "years" else 0])

    def next_hop(self, role: str) -> str:
        """The role after `role` on its best completion (role must reach the goal and not be it).

        Each move adds a whole move to one of the two measures, so a role's next hop
        settled before it, strictly nearer the goal: following next hops never loops.
        """
        return self._next[role]

    def chain(self, role: str, keep_tails: bool = False) -> Path | None:
        """The best completion from `role` to the goal as states, or None if there is none.

        `keep_tails` also keeps the tails that start at a checkpoint, for the
        many completions a spur search asks for (one route needs none of them).
        """
        found = self._chains.get(role)
        if found is not None or role not in self.distance:
            return found
        roles, current = [role], role
        suffix: Path = ()
        while current != self.goal:
            current = self.next_hop(current)
            # Next hops are fixed, so a kept chain met on the way is this one's tail.
            suffix = self._chains.get(current, ())
            if suffix:
                break
            roles.append(current)
        chain = self._chains[role] = tuple((one, 0) for one in roles) + suffix
        # Keeping every suffix would be quadratic. Keeping those that start a whole
        # number of CHECKPOINT moves from the goal means a later walk meets one soon.
        for position in range(1, len(roles) if keep_tails else 0):
            if self.is_checkpoint(roles[position]):
                self._chains[roles[position]] = chain[position:]
        return chain

    def is_checkpoint(self, role: str) -> bool:
        """True when `role`'s chain is kept whenever a walk passes it (see `chain`)."""
        return self.moves_of(role) % CHECKPOINT == 0

    def spur(self, spur: State, root: Set[str], nearest: Distance | None, banned: Set[State]) -> str | None:
        """The first hop of the best path from `spur` avoiding `root` roles and `banned` next states.

        The path is then `spur` and the chain of that hop. `nearest` is the
        smallest distance to the goal among the root roles (None when none
        can reach it). Returns "" when no path exists and None when a real
        search is needed.
        """
        best = None  # a plain loop: this runs at every state of every route found
        for target, move in self.moves.get(spur[0], {}).items():
            if target in root or (target, 0) in banned:
                continue
            option = self._onto(target, move.years)
            if option is not None and (best is None or option < best):
                best = option
        if best is None:
            return ""
        hop = best[2]
        # A role on the chain is no farther from the goal than its first: a root role
        # farther than that cannot be on it, so the walk is needed only rarely.
        if nearest is not None and nearest <= self.distance[hop]:
            chain = self.chain(hop)
            if chain is None or any(state[0] in root for state in chain):
                return None
        return hop
