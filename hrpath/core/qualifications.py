"""What a person has (education, years, skills, certifications) and what is missing.

Shared by `gaps`, `route --have` and `next --have`. Matching is level-aware:
education is ordered, certifications can satisfy others, experience compares years.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import AnyOf, Requirements, Term
from hrpath.core.names import NameIndex
from hrpath.core.text import tidy
from hrpath.errors import BadInput

EDUCATION, SKILL, CERTIFICATION = "education", "skill", "certification"


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
        return max((level for held, level in self.skill_levels if held == skill), default=1)

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


def vocabulary_labels(graph: RoleGraph) -> dict[str, str]:
    """Readable labels of every education level, skill and certification, by id."""
    labels = {term.id: term.label for term in graph.education}
    labels.update({skill_id: term.label for skill_id, term in graph.skills.items()})
    labels.update(level_labels(graph.skills.values()))
    labels.update({cert_id: cert.label for cert_id, cert in graph.certifications.items()})
    return labels


def level_labels(skills: Iterable[Term]) -> dict[str, str]:
    """'skill:N' -> the label of level N, for levelled skills that name their levels."""
    return {f"{t.id}:{n}": name for t in skills for n, name in enumerate(t.level_labels, start=1)}


def vocabulary_index(graph: RoleGraph) -> NameIndex[tuple[str, str]]:
    """A name index over education levels, skills and certifications together."""
    entries: list[tuple[tuple[str, str], str, Iterable[str]]] = []
    for term in graph.education:
        entries.append(((EDUCATION, term.id), f"{term.id} (education)", (term.id, term.label, *term.aliases)))
    for term in graph.skills.values():
        entries.append(((SKILL, term.id), f"{term.id} (skill)", (term.id, term.label, *term.aliases)))
    for cert in graph.certifications.values():
        entries.append(
            ((CERTIFICATION, cert.id), f"{cert.id} (certification)", (cert.id, cert.label, *cert.aliases))
        )
    return NameIndex("qualification", entries)


def personal_have(graph: RoleGraph, tokens: Sequence[str] = (), years: float = 0) -> Have:
    """A Have from `--have` tokens and `--years` (BadInput for negative or odd years)."""
    if not math.isfinite(years) or years < 0:
        raise BadInput(f"years of experience must be a number 0 or more, not {years}")
    return parse_have(graph, tokens, tidy(years))


def parse_have(graph: RoleGraph, tokens: Iterable[str], years: float = 0) -> Have:
    """Resolve `--have` tokens (ids, labels or aliases) into a Have.

    The highest education given counts. Raises UnknownName or AmbiguousName
    for a token that matches nothing or more than one thing.
    """
    index = vocabulary_index(graph)
    education: str | None = None
    skills: set[str] = set()
    certifications: set[str] = set()
    levels: set[tuple[str, int]] = set()
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        name, level = _split_level(token)
        kind, item_id = index.resolve(name)
        if level is not None:
            levels.add((item_id, _check_level(graph, kind, item_id, level, token)))
        if kind == EDUCATION:
            education = higher_education(graph, education, item_id)
        else:
            (skills if kind == SKILL else certifications).add(item_id)
    return Have(education, years, frozenset(skills), frozenset(certifications), frozenset(levels))


def _split_level(token: str) -> tuple[str, int | None]:
    """'communication:3' -> ('communication', 3); a token without ':N' has no level."""
    name, colon, level = token.rpartition(":")
    if colon and level.strip().isdigit() and name.strip():
        return name.strip(), int(level)
    return token, None


def _check_level(graph: RoleGraph, kind: str, item_id: str, level: int, token: str) -> int:
    term = graph.skills.get(item_id) if kind == SKILL else None
    if term is None or not term.levels:
        raise BadInput(f"{token!r}: only a skill with levels takes ':N'")
    if not 1 <= level <= term.levels:
        raise BadInput(f"{token!r}: {term.label} has levels 1 to {term.levels}")
    return level


def split_tokens(values: str | Iterable[str] | None) -> list[str]:
    """The tokens of one or more comma-separated values (`--have a,b --have c`), in order.

    >>> split_tokens(["bachelors, recruiting", "phr"])
    ['bachelors', 'recruiting', 'phr']
    """
    texts = [values] if isinstance(values, str) else list(values or ())
    return [token.strip() for text in texts for token in text.split(",") if token.strip()]


def higher_education(graph: RoleGraph, first: str | None, second: str | None) -> str | None:
    """The higher of two education ids (None counts as lowest)."""
    if first is None or second is None:
        return first or second
    return max(first, second, key=graph.education_rank)


def with_requirements(graph: RoleGraph, have: Have, requires: Requirements) -> Have:
    """`have` plus everything `requires` asks for (holding a role counts as having it)."""
    return Have(
        education=higher_education(graph, have.education, requires.education),
        experience_years=max(have.experience_years, requires.experience_years or 0),
        skills=have.skills | set(requires.skills),
        certifications=have.certifications | set(requires.certifications),
        skill_levels=have.skill_levels | set(requires.skill_levels),
        any_met=have.any_met | set(requires.any_of),
    )


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
    held = held_certifications(graph, have.certifications)
    needed = dict(requires.skill_levels)
    short = tuple(s for s in requires.skills if have.level_of(s) < needed.get(s, 1))
    return Missing(
        education=education,
        # Unstated years (None) ask for nothing.
        experience_years=tidy(max(0, (requires.experience_years or 0) - have.experience_years)),
        skills=short,
        certifications=tuple(cert for cert in requires.certifications if cert not in held),
        skill_levels=tuple((s, needed[s]) for s in short if s in needed),
        any_of=tuple(
            i
            for i in requires.any_of
            if i not in have.any_met and sum(s in have.skills for s in i.ids) < i.count
        ),
    )


def helpful_missing(graph: RoleGraph, have: Have, requires: Requirements) -> tuple[str, ...]:
    """The helpful items of `requires` (skills or certifications) that `have` lacks, in order."""
    held = held_certifications(graph, have.certifications)
    return tuple(item for item in requires.helpful if item not in have.skills and item not in held)


def item_kind(graph: RoleGraph, item: str) -> str:
    """Whether a helpful item id is a skill or a certification (the loader checked it is one)."""
    return SKILL if item in graph.skills else CERTIFICATION
