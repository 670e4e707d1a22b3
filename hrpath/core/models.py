"""Frozen dataclasses for roles, moves, requirements and vocabularies.

Plain data: no I/O, no printing. The loader builds them once from a data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Career levels, lowest first, and the kinds of move between roles.
LEVELS = ("entry", "mid", "senior", "executive")
MOVE_KINDS = ("promotion", "lateral")
LADDERS = ("ic", "manager", "either")
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
    levels: int = 0  # a skill's proficiency levels, 1..levels; 0 = not levelled
    level_labels: tuple[str, ...] = ()
    typical_years: float | None = None  # education only: the usual years of study, when sourced


@dataclass(frozen=True, slots=True)
class AnyOf:
    """A requirement met by holding `count` of several skills: "one of a, b or c"."""

    ids: tuple[str, ...]
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: {"any": [ids], "count": n}."""
        return {"any": list(self.ids), "count": self.count}


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
    essential skills, and the skills or certifications that only help.

    `experience_years` None means the framework does not state it: never a gap
    and never a met requirement. `experience_max` is the top of a stated range
    (shown, never gating); `other` holds prose requirements (shown, never scored).
    """

    education: str | None = None
    experience_years: float | None = None
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    source: str | None = None
    estimate: bool = False
    helpful: tuple[str, ...] = ()  # skill or certification ids that help but are not required
    note: str | None = None
    experience_max: float | None = None
    other: tuple[str, ...] = ()
    skill_levels: tuple[tuple[str, int], ...] = ()  # (skill in `skills`, lowest level that meets it)
    any_of: tuple[AnyOf, ...] = ()


# Wage percentiles as published, lowest first; top-coded values are left out.
PERCENTILES = ("p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True, slots=True)
class Pay:
    """Annual pay: a median and/or a band, in the file's currency (never converted),
    with the occupation's published percentiles when the file gives them.

    `median` is the figure used for the role: the occupation's median, or the
    role's place in the occupation's range (then `estimate` is true and `note`
    says how it was placed).
    """

    median: float | None
    year: int | None = None
    source: str | None = None
    estimate: bool = False
    note: str | None = None
    band: tuple[float, float] | None = None
    currency: str = "USD"
    soc: str | None = None
    percentiles: tuple[tuple[str, float], ...] = ()  # (PERCENTILES key, amount)

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
    # False when the file states no years: `years` is then the file's stand-in
    # (see datafile.loader.STAND_IN) and every answer marks it an estimate.
    years_stated: bool = True


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
    family: str | None = None
    ladder: str | None = None  # ic, manager or either
    extends: str | None = None  # the role whose requirements and duties this one inherits
    inherited: tuple[str, ...] = ()  # what came from `extends`: "education", "skills", "duties"...

    def names(self) -> tuple[str, ...]:
        """Every name the role answers to: id, title and aliases."""
        return (self.id, self.title, *self.aliases)


def pay_to_dict(pay: Pay | None) -> dict[str, Any] | None:
    """The JSON form of a pay figure (None stays None)."""
    if pay is None:
        return None
    return {
        # Kept for format 1 readers: only a US-dollar median is one.
        "median_usd": pay.median if pay.currency == "USD" else None,
        "year": pay.year,
        "soc": pay.soc,
        "range_usd": dict(pay.percentiles),
        "source": pay.source,
        "estimate": pay.estimate,
        "median": pay.median,
        "band": None if pay.band is None else {"min": pay.band[0], "max": pay.band[1]},
        "currency": pay.currency,
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
        "experience_max": requires.experience_max,
        "other": list(requires.other),
        "skill_levels": dict(requires.skill_levels),
        "any_of": [item.to_dict() for item in requires.any_of],
    }
