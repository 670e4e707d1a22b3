"""The answers of `route`, `route --to` and `next`: routes, steps, pay changes and
labels, so renderers need no graph. One home for every route result type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.models import Move
from hrpath.core.qualifications import Have, Missing
from hrpath.core.text import tidy


@dataclass(frozen=True, slots=True)
class PayChange:
    """The change in median pay between two roles that both have a median.

    The `_usd` names are format 1's; amounts are in `currency`, the file's, never converted.
    """

    from_usd: float
    to_usd: float
    change_usd: float
    from_year: int | None
    to_year: int | None
    estimate: bool = False  # true when either figure is an estimate
    currency: str = "USD"

    def to_dict(self) -> dict[str, Any]:
        """The `pay_change` object of the JSON contracts."""
        return {
            "from_usd": self.from_usd,
            "to_usd": self.to_usd,
            "change_usd": self.change_usd,
            "from_year": self.from_year,
            "to_year": self.to_year,
            "estimate": self.estimate,
            "currency": self.currency,
        }


@dataclass(frozen=True, slots=True)
class Step:
    """One move of a route, with what you still need for it and the pay change."""

    move: Move
    gap: Missing
    pay_change: PayChange | None

    def to_dict(self) -> dict[str, Any]:
        """A step of the `route --json` contract."""
        return {
            "from": self.move.origin,
            "to": self.move.target,
            "kind": self.move.kind,
            "years": self.move.years,
            "years_stated": self.move.years_stated,
            "years_estimate": self.move.estimate or not self.move.years_stated,
            "gap": self.gap.to_dict(),
            "pay_change": self.pay_change.to_dict() if self.pay_change else None,
        }


@dataclass(frozen=True, slots=True)
class Route:
    """A loopless route: its roles, total typical years and annotated steps."""

    roles: tuple[str, ...]
    years: float
    steps: tuple[Step, ...]
    pay_change: PayChange | None = None  # first role to last, when both have pay
    in_role: float = 0  # years already spent in the first role (--in-role)

    @property
    def remaining_years(self) -> float:
        """Typical years still ahead: the first move's years less `in_role` (never below 0), plus the rest."""
        first = self.steps[0].move.years if self.steps else 0
        return tidy(max(0, first - self.in_role) + self.years - first)

    @property
    def estimate(self) -> bool:
        """True when some step's years are an estimate or the file's stand-in for unstated years."""
        return any(step.move.estimate or not step.move.years_stated for step in self.steps)

    def to_dict(self, shared_steps: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
        """A route of the `route --json` contract (plus the end-to-end pay change).

        `shared_steps` gives a step object met before the dict made for it then
        (routes found together share step objects, see `walk`), so their JSON is one tree.
        """
        shared = {} if shared_steps is None else shared_steps
        steps = []
        for step in self.steps:
            made = shared.get(id(step))  # the steps are alive while self is: ids are not reused
            if made is None:
                made = shared[id(step)] = step.to_dict()
            steps.append(made)
        return {
            "roles": list(self.roles),
            "years": self.years,
            "remaining_years": self.remaining_years,
            "years_estimate": self.estimate,
            "steps": steps,
            "pay_change": self.pay_change.to_dict() if self.pay_change else None,
        }


@dataclass(frozen=True, slots=True)
class Labels:
    """Readable names, so renderers need no graph: role titles and vocabulary labels."""

    roles: dict[str, str]
    terms: dict[str, str]  # education, skill and certification id -> label


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """The `hrpath route FROM TO` answer: the best route first, then alternatives."""

    origin: str
    target: str
    by: str
    routes: tuple[Route, ...]
    labels: Labels
    have: Have | None = None  # what `--have`/`--years` gave, when anything
    no_route: str | None = None  # why there is no route, when `routes` is empty

    def to_dict(self) -> dict[str, Any]:
        """The `route --json` contract."""
        shared_steps: dict[int, dict[str, Any]] = {}
        return {
            "from": self.origin,
            "to": self.target,
            "by": self.by,
            "routes": [route.to_dict(shared_steps) for route in self.routes],
        }
