"""Full-text search over roles: which roles do payroll, which need SHRM-CP.

Words are compared in the same normal form as names (`hrpath.core.spelling.words`),
so case, plurals, British spelling and "Human Resources"/"HR" do not matter.
A typed word matches a word of the role that equals it, starts with it (3
letters or more) or is one typo away (5 letters or more). Roles are ranked by
how many typed words they match, then by where they match: title and aliases
weigh most, then summary, duties, skills and certifications.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Role
from hrpath.core.spelling import words
from hrpath.errors import BadInput

# Where a word can match, in rank order, with the weight of a match there.
FIELDS = (("title", 5.0), ("summary", 3.0), ("duties", 2.0), ("skills", 1.5), ("certifications", 1.0))
_WEIGHT = dict(FIELDS)


@dataclass(frozen=True, slots=True)
class Match:
    """One reason a role matched: the field and the text in it."""

    field: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """A `matched` item of the `search --json` contract."""
        return {"field": self.field, "text": self.text}


@dataclass(frozen=True, slots=True)
class Hit:
    """A role that matched, its score and why."""

    role: Role
    words_matched: int
    score: float
    matches: tuple[Match, ...]

    def to_dict(self) -> dict[str, Any]:
        """A result of the `search --json` contract."""
        return {
            "id": self.role.id,
            "title": self.role.title,
            "level": self.role.level,
            "score": round(self.score, 2),
            "matched": [match.to_dict() for match in self.matches],
        }


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The `hrpath search TEXT` answer: matching roles, best first."""

    query: str
    hits: tuple[Hit, ...]

    def to_dict(self) -> dict[str, Any]:
        """The `search --json` contract."""
        return {"query": self.query, "results": [hit.to_dict() for hit in self.hits]}


def _texts(graph: RoleGraph, role: Role) -> list[tuple[str, str]]:
    """(field, text) pairs of one role, in field order."""
    pairs = [("title", name) for name in (role.title, *role.aliases)]
    pairs += [("summary", role.summary)] if role.summary else []
    pairs += [("duties", duty) for duty in role.duties]
    for skill_id in role.requires.skills:
        skill = graph.skills.get(skill_id)
        pairs += [("skills", name) for name in (skill.label, *skill.aliases)] if skill else []
    for cert_id in role.requires.certifications:
        cert = graph.certifications.get(cert_id)
        pairs += [("certifications", name) for name in (cert.id, cert.label, *cert.aliases)] if cert else []
    return pairs


def _word_matches(wanted: str, text_words: list[str]) -> float:
    """1 for the word itself, 0.9 for a word it starts, 0.7 for a one-typo word, else 0."""
    if wanted in text_words:
        return 1.0
    if len(wanted) >= 3 and any(word.startswith(wanted) for word in text_words):
        return 0.9
    if len(wanted) >= 5 and difflib.get_close_matches(wanted, text_words, n=1, cutoff=0.8):
        return 0.7
    return 0.0


def _hit(graph: RoleGraph, role: Role, query_words: list[str]) -> Hit | None:
    best: dict[str, tuple[float, Match]] = {}
    for field, text in _texts(graph, role):
        text_words = words(text)
        for wanted in query_words:
            quality = _word_matches(wanted, text_words) * _WEIGHT[field]
            if quality > best.get(wanted, (0.0, None))[0]:
                best[wanted] = (quality, Match(field, text))
    if not best:
        return None
    matches: list[Match] = []
    for _, match in sorted(best.values(), key=lambda item: -item[0]):
        if match not in matches:
            matches.append(match)
    return Hit(role, len(best), sum(quality for quality, _ in best.values()), tuple(matches))


def search_roles(graph: RoleGraph, text: str, limit: int | None = 10) -> SearchResult:
    """Roles whose title, aliases, summary, duties, skills or certifications match `text`.

    Ranked by typed words matched, then score, then title. BadInput for a query with no words.
    """
    query_words = list(dict.fromkeys(words(text)))
    if not query_words:
        raise BadInput(f"search needs a word to look for, not {text!r}")
    if limit is not None and limit < 1:
        raise BadInput(f"--limit must be 1 or more, not {limit}")
    hits = [hit for role in graph if (hit := _hit(graph, role, query_words)) is not None]
    hits.sort(key=lambda hit: (-hit.words_matched, -hit.score, hit.role.title))
    return SearchResult(text, tuple(hits[:limit]))
