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
from hrpath.core.models import Requirements
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

    def to_dict(self) -> dict[str, Any]:
        """The `have` object of the gaps JSON contract."""
        return {
            "education": self.education,
            "experience_years": self.experience_years,
            "skills": sorted(self.skills),
            "certifications": sorted(self.certifications),
        }


@dataclass(frozen=True, slots=True)
class Missing:
    """What is still missing for a set of requirements; empty means ready."""

    education: str | None = None
    experience_years: float = 0
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()

    def count(self) -> int:
        """How many separate things are missing (education, experience, each skill and certification)."""
        items = len(self.skills) + len(self.certifications)
        return items + (self.education is not None) + (self.experience_years > 0)

    def is_empty(self) -> bool:
        """True when nothing is missing."""
        return not (self.education or self.experience_years or self.skills or self.certifications)

    def to_dict(self) -> dict[str, Any]:
        """The `missing`/`gap` object of the JSON contracts."""
        return {
            "education": self.education,
            "experience_years": self.experience_years,
            "skills": list(self.skills),
            "certifications": list(self.certifications),
        }


def vocabulary_labels(graph: RoleGraph) -> dict[str, str]:
    """Readable labels of every education level, skill and certification, by id."""
    labels = {term.id: term.label for term in graph.education}
    labels.update({skill_id: term.label for skill_id, term in graph.skills.items()})
    labels.update({cert_id: cert.label for cert_id, cert in graph.certifications.items()})
    return labels


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
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        kind, item_id = index.resolve(token)
        if kind == EDUCATION:
            education = higher_education(graph, education, item_id)
        else:
            (skills if kind == SKILL else certifications).add(item_id)
    return Have(education, years, frozenset(skills), frozenset(certifications))


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
        experience_years=max(have.experience_years, requires.experience_years),
        skills=have.skills | set(requires.skills),
        certifications=have.certifications | set(requires.certifications),
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
    return Missing(
        education=education,
        experience_years=tidy(max(0, requires.experience_years - have.experience_years)),
        skills=tuple(skill for skill in requires.skills if skill not in have.skills),
        certifications=tuple(cert for cert in requires.certifications if cert not in held),
    )
