"""Frozen dataclasses for roles, moves, requirements and vocabularies.

Plain data: no I/O, no printing. The loader builds them once from a data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Career levels, lowest first, and the kinds of move between roles.
LEVELS = ("entry", "mid", "senior", "executive")
MOVE_KINDS = ("promotion", "lateral")
# A sanity bound on any number of years, not a fact: it catches typos and
# numbers too large to print or add before they reach an answer.
MAX_YEARS = 100
MAX_USD = 100_000_000  # pay figures, same idea
PAY_YEARS = (1900, 2100)  # the years a pay figure or a source may carry


@dataclass(frozen=True, slots=True)
class Term:
    """An entry of a vocabulary: an education level or a skill."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Certification:
    """A professional certification and who may sit its exam."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()
    body: str | None = None
    # Years of experience needed by highest education id ("any" = every level).
    eligibility: tuple[tuple[str, float], ...] = ()
    satisfies: tuple[str, ...] = ()
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Requirements:
    """What a role requires: minimum education, years, skills, certifications."""

    education: str | None = None
    experience_years: float = 0
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    source: str | None = None
    estimate: bool = False


@dataclass(frozen=True, slots=True)
class Pay:
    """A median annual pay figure with its year and source."""

    median_usd: float
    year: int | None = None
    source: str | None = None
    estimate: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """A move from one role to another: a promotion or a lateral move."""

    origin: str  # the role the move leaves
    target: str
    kind: str = "promotion"
    years: float = 0
    source: str | None = None  # the citation behind the move
    estimate: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """One role of the career graph."""

    id: str
    title: str
    level: str
    aliases: tuple[str, ...] = ()
    track: str | None = None
    onet: str | None = None
    summary: str | None = None
    duties: tuple[str, ...] = ()
    requires: Requirements = field(default_factory=Requirements)
    pay: Pay | None = None
    sources: tuple[str, ...] = ()
    moves: tuple[Move, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every name the role answers to: id, title and aliases."""
        return (self.id, self.title, *self.aliases)


def pay_to_dict(pay: Pay | None) -> dict[str, Any] | None:
    """The JSON form of a pay figure (None stays None)."""
    if pay is None:
        return None
    return {
        "median_usd": pay.median_usd,
        "year": pay.year,
        "source": pay.source,
        "estimate": pay.estimate,
    }


def requirements_to_dict(requires: Requirements) -> dict[str, Any]:
    """The JSON form of requirements, as in the `show --json` contract."""
    return {
        "education": requires.education,
        "experience_years": requires.experience_years,
        "skills": list(requires.skills),
        "certifications": list(requires.certifications),
    }
