"""What a person has (education, years, skills, certifications) and what is missing.

Shared by `gaps`, `route --have` and `next --have`. Matching is level-aware:
education is ordered, certifications can satisfy others, experience compares years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hrpath.core.graph import RoleGraph
from hrpath.core.models import AnyOf, Requirements
from hrpath.core.text import tidy

EDUCATION, SKILL, CERTIFICATION = "education", "skill", "certification"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Have:
    """A person's qualifications: highest education, years and held credentials."""

    education: str | None = None
    experience_years: float = 0
    skills: frozenset[str] = field(default_factory=frozenset)
    certifications: frozenset[str] = field(default_factory=frozenset)
    # Proficiency held in levelled skills; a held skill without a level counts as level 1.
    skill_levels: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    # Any-of items met by holding a role that requires them (which of the skills is not known).
    any_met: frozenset[AnyOf] = field(default_factory=frozenset)

    def level_of(self, skill: str) -> int:
        """The level held in a skill: 0 when not held, 1 when held without a level."""
        if skill not in self.skills:
            return 0
        if not self.skill_levels:
            return 1
        return max((level for held, level in self.skill_levels if held == skill), default=1)

    def with_years(self, years: float) -> Have:
        """The same qualifications with `years` of experience."""
        return Have(self.education, years, self.skills, self.certifications, self.skill_levels, self.any_met)

    def to_dict(self) -> dict[str, Any]:
        """The `have` object of the gaps JSON contract."""
        answer: dict[str, Any] = {
            "education": self.education,
            "experience_years": self.experience_years,
            "skills": sorted(self.skills),
            "certifications": sorted(self.certifications),
        }
        if self.skill_levels:
            answer["skill_levels"] = {skill: self.level_of(skill) for skill, _ in sorted(self.skill_levels)}
        return answer


@dataclass(frozen=True, slots=True)
class Missing:
    """What is still missing for a set of requirements; empty means ready."""

    education: str | None = None
    experience_years: float = 0
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    skill_levels: tuple[tuple[str, int], ...] = ()  # the level needed, for missing levelled skills
    any_of: tuple[AnyOf, ...] = ()  # each counts as one missing item

    def count(self) -> int:
        """How many separate things are missing (education, experience, each skill, any-of and certification)."""
        items = len(self.skills) + len(self.certifications) + len(self.any_of)
        return items + (self.education is not None) + (self.experience_years > 0)

    def gates_met(self) -> bool:
        """True when education, experience and certifications are met (skills may be missing)."""
        return self.education is None and not self.experience_years and not self.certifications

    def is_empty(self) -> bool:
        """True when nothing is missing."""
        return not (
            self.education or self.experience_years or self.skills or self.certifications or self.any_of
        )

    def to_dict(self) -> dict[str, Any]:
        """The `missing`/`gap` object of the JSON contracts (levels and any-of only when present)."""
        answer: dict[str, Any] = {
            "education": self.education,
            "experience_years": self.experience_years,
            "skills": list(self.skills),
            "certifications": list(self.certifications),
        }
        if self.skill_levels:
            answer["skill_levels"] = dict(self.skill_levels)
        if self.any_of:
            answer["any_of"] = [item.to_dict() for item in self.any_of]
        return answer


# Shared by every step that misses nothing (frozen: sharing is safe).
NOTHING_MISSING = Missing()


def higher_education(graph: RoleGraph, first: str | None, second: str | None) -> str | None:
    """The higher of two education ids (None counts as lowest)."""
    if first is None or second is None:
        return first or second
    return max(first, second, key=graph.education_rank)


def with_requirements(graph: RoleGraph, have: Have, requires: Requirements) -> Have:
    """`have` plus everything `requires` asks for (holding a role counts as having it).

    Returns `have` itself when `requires` adds nothing: a long route mostly adds nothing.
    """
    if asks_only_years(requires, have.experience_years):
        return have
    education = higher_education(graph, have.education, requires.education)
    experience = max(have.experience_years, requires.experience_years or 0)
    skills = _joined(have.skills, requires.skills)
    certifications = _joined(have.certifications, requires.certifications)
    levels = _joined(have.skill_levels, requires.skill_levels)
    any_met = _joined(have.any_met, requires.any_of)
    unchanged = (have.skills, have.certifications, have.skill_levels, have.any_met)
    if (
        education == have.education
        and experience == have.experience_years
        and (skills, certifications, levels, any_met) == unchanged
    ):
        return have
    return Have(education, experience, skills, certifications, levels, any_met)


def asks_only_years(requires: Requirements, years: float) -> bool:
    """True when `requires` asks for no education, skill or certification and at most
    `years` of experience: it is then met by anyone with those years, and holding
    it adds nothing."""
    asks = requires.education or requires.skills or requires.certifications or requires.any_of
    return not asks and (requires.experience_years or 0) <= years


def _joined(held: frozenset[T], extra: tuple[T, ...]) -> frozenset[T]:
    """`held` with `extra` added (the same set when it holds them all already)."""
    return held if held.issuperset(extra) else held.union(extra)


def held_certifications(graph: RoleGraph, certifications: Iterable[str]) -> set[str]:
    """Held certifications plus every one they satisfy, transitively."""
    held: set[str] = set()
    pending = list(certifications)
    while pending:
        cert = pending.pop()
        if cert not in held:
            held.add(cert)
            pending.extend(graph.certifications[cert].satisfies if cert in graph.certifications else ())
    return held


def missing_for(graph: RoleGraph, have: Have, requires: Requirements) -> Missing:
    """What `have` still lacks for `requires`, in the requirements' own order."""
    education = requires.education
    if (
        education
        and have.education
        and graph.education_rank(have.education) >= graph.education_rank(education)
    ):
        education = None
    # Unstated years (None) ask for nothing.
    short_by = (requires.experience_years or 0) - have.experience_years
    experience = tidy(short_by) if short_by > 0 else 0
    if not (education or experience or requires.skills or requires.certifications or requires.any_of):
        return NOTHING_MISSING
    # Each part is looked up only when it can miss something: on a long route most ask nothing new.
    short: tuple[str, ...] = ()
    if requires.skill_levels or not have.skills.issuperset(requires.skills):
        needed = dict(requires.skill_levels)
        short = tuple(s for s in requires.skills if have.level_of(s) < needed.get(s, 1))
    certifications: tuple[str, ...] = ()
    if requires.certifications:
        held = held_certifications(graph, have.certifications)
        certifications = tuple(cert for cert in requires.certifications if cert not in held)
    any_of: tuple[AnyOf, ...] = ()
    if requires.any_of:
        any_of = tuple(
            i
            for i in requires.any_of
            if i not in have.any_met and sum(s in have.skills for s in i.ids) < i.count
        )
    if not (education or experience or short or certifications or any_of):
        return NOTHING_MISSING
    levels = dict(requires.skill_levels)
    return Missing(
        education=education,
        experience_years=experience,
        skills=short,
        certifications=certifications,
        skill_levels=tuple((s, levels[s]) for s in short if s in levels),
        any_of=any_of,
    )


def helpful_missing(graph: RoleGraph, have: Have, requires: Requirements) -> tuple[str, ...]:
    """The helpful items of `requires` (skills or certifications) that `have` lacks, in order."""
    held = held_certifications(graph, have.certifications)
    return tuple(item for item in requires.helpful if item not in have.skills and item not in held)


def item_kind(graph: RoleGraph, item: str) -> str:
    """Whether a helpful item id is a skill or a certification (the loader checked it is one)."""
    return SKILL if item in graph.skills else CERTIFICATION
