"""The `hrpath next ROLE` question: the moves out of a role, each with its personal gap, closest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import personal_have
from hrpath.core.names import resolve_role
from hrpath.core.qualifications import Have
from hrpath.core.route.results import Labels, Step
from hrpath.core.route.routes import checked_in_role
from hrpath.core.route.walk import gap_size, labels_for, walk
from hrpath.core.text import tidy


@dataclass(frozen=True, slots=True)
class NextMoves:
    """The `hrpath next ROLE` answer: the moves out of a role, closest first."""

    origin: str
    moves: tuple[Step, ...]
    labels: Labels
    have: Have | None = None
    in_role: float = 0  # years already spent in the role (--in-role)

    def to_dict(self) -> dict[str, Any]:
        """The `next --json` contract: each move also says its years still ahead."""
        moves = []
        for step in self.moves:
            move = {key: value for key, value in step.to_dict().items() if key != "from"}
            move["remaining_years"] = tidy(max(0, step.move.years - self.in_role))
            moves.append(move)
        return {"from": self.origin, "moves": moves}


def next_moves(
    graph: RoleGraph, role: str, *, tokens: Sequence[str] = (), years: float = 0, in_role: float = 0
) -> NextMoves:
    """The moves out of `role`, each with its personal gap and pay change, closest first.

    `tokens`, `years` and `in_role` are `--have`, `--years` and `--in-role`.

    Closest: fewest missing items (education, each skill and certification,
    and experience as one item), then fewest missing years, then fewest
    typical years, then the target's id. No moves when nothing leads out
    (the CLI then exits 1, after printing the empty answer as JSON if asked).
    """
    start = resolve_role(graph, role)
    have = personal_have(graph, tokens, max(years, checked_in_role(in_role)))
    steps = [walk(graph, start, (move,), have).steps[0] for move in graph.moves_from(start)]
    steps.sort(key=lambda step: (*gap_size(step.gap), step.move.years, step.move.target))
    return NextMoves(start, tuple(steps), labels_for(graph), have, tidy(in_role))
