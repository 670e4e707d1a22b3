"""Two roles side by side: both profiles and what differs between them.

"What A requires that B does not" is level-aware, as `gaps` is: it is what
someone who meets B's requirements still lacks for A (a master's degree covers
a bachelor's, a certification covers the ones it satisfies, years compare).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.browse import Link, RoleProfile, role_profile
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Pay
from hrpath.core.qualifications import Have, Missing, missing_for, with_requirements
from hrpath.errors import BadInput


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two role profiles and their differences."""

    a: RoleProfile
    b: RoleProfile
    only_a: Missing  # what A requires that B's requirements do not cover
    only_b: Missing
    higher_level: str | None  # "a", "b" or None when equal
    higher_education: str | None  # "a", "b" or None when equal (no education counts as lowest)
    a_to_b: Move | None  # a direct move from A to B, if the graph has one
    b_to_a: Move | None

    @property
    def pay_difference(self) -> float | None:
        """A's median pay minus B's, or None when either has no figure."""
        pay_a, pay_b = self.a.role.pay, self.b.role.pay
        if pay_a is None or pay_b is None or pay_a.median is None or pay_b.median is None:
            return None
        return pay_a.median - pay_b.median

    @property
    def pay_difference_estimate(self) -> bool:
        """True when either pay figure is an estimate."""
        return any(role.pay is not None and role.pay.estimate for role in (self.a.role, self.b.role))

    def to_dict(self) -> dict[str, Any]:
        """The `compare --json` contract: both profiles and the differences."""
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "differences": self._differences()}

    def _differences(self) -> dict[str, Any]:
        a, b = self.a.role, self.b.role
        return {
            "level": {"a": a.level, "b": b.level, "higher": self.higher_level},
            "track": {"a": a.track, "b": b.track, "same": a.track == b.track},
            "family": {"a": a.family, "b": b.family, "same": a.family == b.family},
            "ladder": {"a": a.ladder, "b": b.ladder, "same": a.ladder == b.ladder},
            "other": {"a": list(a.requires.other), "b": list(b.requires.other)},
            "education": {
                "a": a.requires.education,
                "b": b.requires.education,
                "higher": self.higher_education,
            },
            "only_a_requires": self.only_a.to_dict(),
            "only_b_requires": self.only_b.to_dict(),
            "pay": {
                "a_median_usd": _median_usd(a.pay),
                "a_year": a.pay.year if a.pay else None,
                "a_estimate": a.pay.estimate if a.pay else None,
                "b_median_usd": _median_usd(b.pay),
                "b_year": b.pay.year if b.pay else None,
                "b_estimate": b.pay.estimate if b.pay else None,
                "a_minus_b_usd": self.pay_difference if _currency(a.pay, b.pay) == "USD" else None,
                "a_minus_b": self.pay_difference,
                "a_minus_b_estimate": self.pay_difference_estimate,
                "currency": _currency(a.pay, b.pay),
            },
            "moves": {
                "a_to_b": _move_dict(self.a_to_b),
                "b_to_a": _move_dict(self.b_to_a),
                "next": split_links(self.a.moves_out, self.b.moves_out),
                "feeders": split_links(self.a.moves_in, self.b.moves_in),
            },
        }


def _median_usd(pay: Pay | None) -> float | None:
    return pay.median if pay is not None and pay.currency == "USD" else None


def _currency(*pays: Pay | None) -> str:
    return next((pay.currency for pay in pays if pay is not None), "USD")


def _move_dict(move: Move | None) -> dict[str, Any] | None:
    return None if move is None else {"kind": move.kind, "years": move.years, "estimate": move.estimate}


def split_links(a: tuple[Link, ...], b: tuple[Link, ...]) -> dict[str, list[str]]:
    """Role ids linked to both, to A only and to B only (each in file order)."""
    ids_a = [link.other.id for link in a]
    ids_b = [link.other.id for link in b]
    return {
        "shared": [i for i in ids_a if i in ids_b],
        "only_a": [i for i in ids_a if i not in ids_b],
        "only_b": [i for i in ids_b if i not in ids_a],
    }


def compare_roles(graph: RoleGraph, name_a: str, name_b: str) -> Comparison:
    """Compare the roles two names name (see `resolve_role`).

    Raises BadInput when both names are the same role.
    """
    a, b = role_profile(graph, name_a), role_profile(graph, name_b)
    if a.role.id == b.role.id:
        raise BadInput(f"{name_a!r} and {name_b!r} are both {a.role.title!r}; name two different roles")
    covered_by_a = with_requirements(graph, Have(), a.role.requires)
    covered_by_b = with_requirements(graph, Have(), b.role.requires)
    return Comparison(
        a=a,
        b=b,
        only_a=missing_for(graph, covered_by_b, a.role.requires),
        only_b=missing_for(graph, covered_by_a, b.role.requires),
        higher_level=_higher(graph.level_rank(a.role.level), graph.level_rank(b.role.level)),
        higher_education=_higher(_education_rank(graph, a), _education_rank(graph, b)),
        a_to_b=_direct(a, b.role.id),
        b_to_a=_direct(b, a.role.id),
    )


def _education_rank(graph: RoleGraph, profile: RoleProfile) -> int:
    education = profile.role.requires.education
    return -1 if education is None else graph.education_rank(education)


def _higher(rank_a: int, rank_b: int) -> str | None:
    if rank_a == rank_b:
        return None
    return "a" if rank_a > rank_b else "b"


def _direct(profile: RoleProfile, target: str) -> Move | None:
    return next((link.move for link in profile.moves_out if link.other.id == target), None)
