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


@dataclass(frozen=True, slots=True)
class Term:
    """An entry of a vocabulary: an education level or a skill."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()
    typical_years: float | None = None  # education only: the usual years of study, when sourced


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
    """What a role requires: the gates (education, years, certifications), the
    essential skills, and the skills or certifications that only help."""

    education: str | None = None
    experience_years: float = 0
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    source: str | None = None
    estimate: bool = False
    helpful: tuple[str, ...] = ()  # skill or certification ids that help but are not required
    note: str | None = None


# Wage percentiles as published, lowest first; top-coded values are left out.
PERCENTILES = ("p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True, slots=True)
class Pay:
    """The annual pay figure of a role, with its occupation's published range.

    `median_usd` is the figure used for the role: the occupation's median, or
    the role's place in the occupation's range (then `estimate` is true and
    `note` says how it was placed).
    """

    median_usd: float
    year: int | None = None
    source: str | None = None
    estimate: bool = False
    note: str | None = None
    soc: str | None = None
    percentiles: tuple[tuple[str, float], ...] = ()  # (PERCENTILES key, US dollars)

    def percentile(self, key: str) -> float | None:
        """One published percentile of the occupation, if given."""
        return dict(self.percentiles).get(key)


@dataclass(frozen=True, slots=True)
class Source:
    """A source the data file cites: what it is, who publishes it and where to read it."""

    id: str
    title: str | None = None
    publisher: str | None = None
    year: int | None = None
    edition: str | None = None
    url: str | None = None
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
        "soc": pay.soc,
        "range_usd": dict(pay.percentiles),
        "source": pay.source,
        "estimate": pay.estimate,
        "note": pay.note,
    }


def requirements_to_dict(requires: Requirements) -> dict[str, Any]:
    """The JSON form of requirements, as in the `show --json` contract."""
    return {
        "education": requires.education,
        "experience_years": requires.experience_years,
        "skills": list(requires.skills),
        "certifications": list(requires.certifications),
        "source": requires.source,
        "estimate": requires.estimate,
        "helpful": list(requires.helpful),
        "note": requires.note,
    }
