"""Yen's candidate paths, kept best first and only as many as can still be asked for.

A candidate is its sort key (measure, other measure, ids as bytes) until it
comes out best. A spur that takes a hop and then its best completion
(`togoal.ToGoal`) is kept as (found path, index, hop); its key is the found
path's key up to the spur, then the completion's key, built from the keys of
completions already seen. With `room` candidates better than a new one, the
new one can never be asked for, so it is dropped, mostly before its key is made.
"""

from __future__ import annotations

import bisect
from typing import Any

from hrpath.core.route.search import Path, Space
from hrpath.core.route.togoal import ToGoal


class Candidates:
    """Yen's candidate paths, best first, each kept as its sort key until it is the best."""

    def __init__(self, space: Space, to_goal: ToGoal | None, room: int) -> None:
        self.space, self.to_goal = space, to_goal
        # How many more paths may be asked for: a candidate with that many better ones is dropped.
        self.room = room
        stages = len(space.via) + 1
        roles = sorted({role for role in space.moves} | {t for out in space.moves.values() for t in out})
        self._code = {
            (role, stage): (position * stages + stage).to_bytes(4, "big")
            for position, role in enumerate(roles)
            for stage in range(stages)
        }
        self._kept: list[tuple[float, float, bytes, int, Any]] = []  # best first
        self._seen: set[bytes] = set()  # the keys in _kept
        self._pushed = 0
        self._compared: tuple[bytes, bytes, int, bool] = (b"", b"", 0, False)
        self._chain_keys: dict[str, bytes] = {}
        self._last: tuple[Path, bytes] = ((), b"")

    def key(self, path: Path) -> bytes:
        """The ids of a path as bytes that sort the way the state tuples sort."""
        return b"".join(self._code[state] for state in path)

    def add_hop(self, last: Path, index: int, hop: str, years: float) -> bool:
        """The spur at last[index] that takes `hop`, then its best completion.

        False (nothing added) when that completion cannot be followed: a real search must answer.
        """
        assert self.to_goal is not None
        tail = self._chain_keys.get(hop)
        if tail is None:
            chain = self.to_goal.chain(hop, keep_tails=True)
            if chain is None:
                return False
            tail = self._chain_keys[hop] = self._tail_key(chain)
        years += self.to_goal.moves[last[index][0]][hop].years + self.to_goal.years_of(hop)
        moves = index + len(tail) // 4
        if self._last[0] is not last:
            self._last = (last, self.key(last))
        prefix, last_key = 4 * (index + 1), self._last[1]
        if not self._beaten(self._measures(years, moves), last_key, prefix, tail):
            self._push(last_key[:prefix] + tail, years, moves, (None, last, index, hop))
        return True

    def _tail_key(self, chain: Path) -> bytes:
        """The key of a best completion: its first states, then a key already made for its tail."""
        assert self.to_goal is not None
        codes, known = [self._code[chain[0]]], b""
        for position in range(1, len(chain)):
            known = self._chain_keys.get(chain[position][0], b"")
            if known:
                break  # the completion from a role on the chain is that role's own completion
            codes.append(self._code[chain[position]])
        key = b"".join(codes) + known
        for position in range(1, len(codes)):
            if self.to_goal.is_checkpoint(chain[position][0]):
                self._chain_keys[chain[position][0]] = key[4 * position :]
        return key

    def add_path(self, path: Path, years: float) -> None:
        """A spur found by a real search, as a whole path."""
        self._push(self.key(path), years, len(path) - 1, path)

    def _measures(self, years: float, moves: int) -> tuple[float, float]:
        return (years, moves) if self.space.by == "years" else (moves, years)

    def _beaten(self, measures: tuple[float, float], last_key: bytes, prefix: int, tail: bytes) -> bool:
        """True when `room` kept candidates all beat last_key[:prefix] + tail, decided
        without making that key: by the measures, else by where `last_key` first
        differs from the worst kept key (worked out once per found path and worst)."""
        if len(self._kept) < self.room:
            return False
        if not self._kept:
            return True
        worst = self._kept[-1]
        if measures != worst[:2]:
            return measures > worst[:2]
        same, greater = self._against(last_key, worst[2])
        if prefix > same:
            return greater  # the keys differ before the spur: its completion cannot matter
        return tail >= worst[2][prefix:]  # an equal key is a candidate kept already

    def _against(self, last_key: bytes, worst: bytes) -> tuple[int, bool]:
        """(bytes `last_key` shares with `worst` from the start, whether it is greater where they part)."""
        if self._compared[0] is not last_key or self._compared[1] is not worst:
            low, high = 0, min(len(last_key), len(worst))
            while low < high:  # a binary search of memcmp slices, not a walk byte by byte
                middle = (low + high + 1) // 2
                low, high = (middle, high) if last_key[:middle] == worst[:middle] else (low, middle - 1)
            greater = low == len(worst) or (low < len(last_key) and last_key[low] > worst[low])
            self._compared = (last_key, worst, low, greater)
        return self._compared[2], self._compared[3]

    def _push(self, key: bytes, years: float, moves: int, payload: Any) -> None:
        first, second = self._measures(years, moves)
        if len(self._kept) >= self.room and (not self._kept or (first, second, key) >= self._kept[-1][:3]):
            return
        if key in self._seen:
            return
        self._seen.add(key)
        self._pushed += 1
        bisect.insort(self._kept, (first, second, key, self._pushed, payload))
        if len(self._kept) > self.room:
            self._seen.discard(self._kept.pop()[2])

    def pop(self) -> Path | None:
        """The best candidate as a path, or None when there are none left."""
        if not self._kept or self.room < 1:
            return None
        self.room -= 1
        _, _, key, _, payload = self._kept.pop(0)
        self._seen.discard(key)
        if payload[0] is not None:
            path: Path = payload
            return path
        last: Path = payload[1]
        index, hop = payload[2], payload[3]
        assert self.to_goal is not None
        chain = self.to_goal.chain(hop)
        assert chain is not None
        return last[: index + 1] + chain
