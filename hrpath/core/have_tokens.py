"""Reading what a person says they have: `--have` tokens and `--years` into a Have.

Tokens are ids, labels or aliases of education levels, skills and
certifications, optionally with a skill level (`communication:3`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from hrpath.core.graph import RoleGraph
from hrpath.core.names import NameIndex
from hrpath.core.qualifications import CERTIFICATION, EDUCATION, SKILL, Have, higher_education
from hrpath.core.text import tidy
from hrpath.errors import BadInput


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
