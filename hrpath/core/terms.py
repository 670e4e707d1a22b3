"""The vocabulary of a data file: education levels, skills and certifications.

What `--have` accepts, with how many roles require each term; and one term in
detail (who awards a certification and its eligibility rule, which roles need
a skill). Terms are looked up apart from roles, so a term id that is also a
role alias never clashes with `show`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.choices import choose
from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import vocabulary_index
from hrpath.core.models import LEVELS, Certification, Term
from hrpath.core.qualifications import CERTIFICATION, EDUCATION, SKILL

# The kinds `hrpath terms KIND` lists, in order, and the kind each one names.
KINDS = {
    "education": EDUCATION,
    "skills": SKILL,
    "certifications": CERTIFICATION,
    "levels": "level",
    "tracks": "track",
}


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One term, its kind and the roles that require it (education: exactly that level;
    a level or track: the roles at it)."""

    kind: str
    term: Term | Certification
    required_by: tuple[tuple[str, str], ...]  # (role id, title)

    def to_dict(self) -> dict[str, Any]:
        """A term of the `terms --json` contract (certifications add body, eligibility, satisfies)."""
        entry: dict[str, Any] = {
            "kind": self.kind,
            "id": self.term.id,
            "label": self.term.label,
            "aliases": list(self.term.aliases),
            "required_by": [role_id for role_id, _ in self.required_by],
        }
        if isinstance(self.term, Certification):
            entry.update(
                body=self.term.body,
                eligibility=dict(self.term.eligibility),
                satisfies=list(self.term.satisfies),
            )
        return entry


@dataclass(frozen=True, slots=True)
class Terms:
    """The `hrpath terms [KIND | ID]` answer: the terms listed, or one term in detail."""

    terms: tuple[TermEntry, ...]
    detail: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The `terms --json` contract: `{"terms": [...]}`, or one term's object for `terms ID`."""
        if self.detail:
            return self.terms[0].to_dict()
        return {"terms": [entry.to_dict() for entry in self.terms]}


def _required_by(graph: RoleGraph, kind: str, term_id: str) -> tuple[tuple[str, str], ...]:
    def requires(role_requires: Any) -> bool:
        if kind == EDUCATION:
            return bool(role_requires.education == term_id)
        return term_id in (role_requires.skills if kind == SKILL else role_requires.certifications)

    return tuple((role.id, role.title) for role in graph if requires(role.requires))


def _all(graph: RoleGraph) -> list[TermEntry]:
    entries = [
        TermEntry(EDUCATION, term, _required_by(graph, EDUCATION, term.id)) for term in graph.education
    ]
    entries += [TermEntry(SKILL, term, _required_by(graph, SKILL, term.id)) for term in graph.skills.values()]
    entries += [
        TermEntry(CERTIFICATION, cert, _required_by(graph, CERTIFICATION, cert.id))
        for cert in graph.certifications.values()
    ]
    for kind, values in (("level", LEVELS), ("track", sorted({role.track for role in graph if role.track}))):
        for value in values:
            roles = tuple((role.id, role.title) for role in graph if getattr(role, kind) == value)
            entries.append(TermEntry(kind, Term(value, value.capitalize()), roles))
    return entries


def list_terms(graph: RoleGraph, kind_or_id: str | None = None) -> Terms:
    """Every term, the terms of one kind ("skills"), or one term in detail (an id, label or alias).

    Raises UnknownName or AmbiguousName for a name that is neither a kind nor a term.
    """
    entries = _all(graph)
    if kind_or_id is None:
        return Terms(tuple(entries))
    wanted = kind_or_id.strip().casefold()
    kinds = {name: kind for name, kind in KINDS.items()} | {kind: kind for kind in KINDS.values()}
    if wanted in kinds:
        kind = kinds[choose("KIND", wanted, tuple(kinds))]
        return Terms(tuple(entry for entry in entries if entry.kind == kind))
    for entry in entries:
        if entry.kind in ("level", "track") and entry.term.id == wanted:
            return Terms((entry,), True)
    kind, term_id = vocabulary_index(graph).resolve(kind_or_id)
    return Terms(tuple(entry for entry in entries if (entry.kind, entry.term.id) == (kind, term_id)), True)
