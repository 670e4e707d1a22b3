"""The answers of `route`, `route --to` and `next`, with labels so renderers need no graph."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.qualifications import Have
from hrpath.core.route.walk import Labels, Route, Step


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """The `hrpath route FROM TO` answer: the best route first, then alternatives."""

    source: str
    target: str
    by: str
    routes: tuple[Route, ...]
    labels: Labels
    have: Have | None = None  # what `--have`/`--years` gave, when anything

    def to_dict(self) -> dict[str, Any]:
        """The `route --json` contract."""
        return {
            "from": self.source,
            "to": self.target,
            "by": self.by,
            "routes": [route.to_dict() for route in self.routes],
        }


@dataclass(frozen=True, slots=True)
class Source:
    """A role that can reach the target, with its best route there."""

    role: str
    years: float
    roles: tuple[str, ...]

    @property
    def moves(self) -> int:
        """Number of moves on the route."""
        return len(self.roles) - 1

    def to_dict(self) -> dict[str, Any]:
        """A source of the `route --to --json` contract."""
        return {"from": self.role, "years": self.years, "roles": list(self.roles)}


@dataclass(frozen=True, slots=True)
class Sources:
    """The `hrpath route --to ROLE` answer: every role that leads into it, nearest first."""

    target: str
    by: str
    sources: tuple[Source, ...]
    labels: Labels

    def to_dict(self) -> dict[str, Any]:
        """The `route --to --json` contract (plus `by`)."""
        return {"to": self.target, "by": self.by, "sources": [source.to_dict() for source in self.sources]}


@dataclass(frozen=True, slots=True)
class NextMoves:
    """The `hrpath next ROLE` answer: the moves out of a role, closest first."""

    source: str
    moves: tuple[Step, ...]
    labels: Labels
    have: Have | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `next --json` contract."""
        moves = [
            {key: value for key, value in step.to_dict().items() if key != "from"} for step in self.moves
        ]
        return {"from": self.source, "moves": moves}
