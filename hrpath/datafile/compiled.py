"""The compiled form of a checked graph: plain JSON values, read back strictly.

`encode` turns a RoleGraph into JSON-ready dicts and lists; `decode` turns
them back into the same RoleGraph, or raises `Damaged` for anything a checked
file could not have produced: a missing or extra key, a value of the wrong
type, a number out of its range, a duplicate id or an id that names nothing.
A cache entry is bytes anyone could have edited, so nothing here trusts it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import (
    LEVELS,
    MAX_USD,
    MAX_YEARS,
    MOVE_KINDS,
    PAY_YEARS,
    Certification,
    Move,
    Pay,
    Requirements,
    Role,
    Term,
)
from hrpath.datafile import strict
from hrpath.datafile.strict import Damaged


def encode(graph: RoleGraph) -> dict[str, Any]:
    """The graph as plain JSON values (every field present, tuples as lists)."""
    return {
        "education": [_term(term) for term in graph.education],
        "skills": [_term(term) for term in graph.skills.values()],
        "certifications": [_certification(cert) for cert in graph.certifications.values()],
        "roles": [_role(role) for role in graph],
    }


def _term(term: Term) -> dict[str, Any]:
    return {"id": term.id, "label": term.label, "aliases": list(term.aliases)}


def _certification(cert: Certification) -> dict[str, Any]:
    return {
        "id": cert.id,
        "label": cert.label,
        "aliases": list(cert.aliases),
        "body": cert.body,
        "eligibility": [[education, years] for education, years in cert.eligibility],
        "satisfies": list(cert.satisfies),
        "source": cert.source,
        "note": cert.note,
    }


def _role(role: Role) -> dict[str, Any]:
    need, pay = role.requires, role.pay
    return {
        "id": role.id,
        "title": role.title,
        "level": role.level,
        "aliases": list(role.aliases),
        "track": role.track,
        "onet": role.onet,
        "summary": role.summary,
        "duties": list(role.duties),
        "requires": [
            need.education,
            need.experience_years,
            list(need.skills),
            list(need.certifications),
            need.source,
            need.estimate,
        ],
        "pay": None if pay is None else [pay.median_usd, pay.year, pay.source, pay.estimate, pay.note],
        "sources": list(role.sources),
        "moves": [[m.target, m.kind, m.years, m.source, m.estimate, m.note] for m in role.moves],
    }


# -- reading back -----------------------------------------------------------------------------

_TERM_KEYS = frozenset(("id", "label", "aliases"))
_CERT_KEYS = frozenset(("id", "label", "aliases", "body", "eligibility", "satisfies", "source", "note"))
_ROLE_KEYS = frozenset(
    (
        "id",
        "title",
        "level",
        "aliases",
        "track",
        "onet",
        "summary",
        "duties",
        "requires",
        "pay",
        "sources",
        "moves",
    )
)
_GRAPH_KEYS = frozenset(("education", "skills", "certifications", "roles"))


def decode(value: Any) -> RoleGraph:
    """The RoleGraph `value` encodes; Damaged if it is not exactly such a value."""
    top = strict.obj(value, _GRAPH_KEYS)
    education = [_read_term(item) for item in strict.items(top["education"])]
    skills = [_read_term(item) for item in strict.items(top["skills"])]
    certifications = [_read_certification(item) for item in strict.items(top["certifications"])]
    roles = [_read_role(item) for item in strict.items(top["roles"])]
    _check_links(roles, education, skills, certifications)
    return RoleGraph(roles, education, skills, certifications)


def _read_term(value: Any) -> Term:
    item = strict.obj(value, _TERM_KEYS)
    return Term(strict.text(item["id"]), strict.text(item["label"]), strict.texts(item["aliases"]))


def _read_certification(value: Any) -> Certification:
    item = strict.obj(value, _CERT_KEYS)
    eligibility = []
    for pair in strict.items(item["eligibility"]):
        education, years = strict.fixed(pair, 2)
        eligibility.append((strict.text(education), _years(years)))
    return Certification(
        id=strict.text(item["id"]),
        label=strict.text(item["label"]),
        aliases=strict.texts(item["aliases"]),
        body=strict.optional_text(item["body"]),
        eligibility=tuple(eligibility),
        satisfies=strict.texts(item["satisfies"]),
        source=strict.optional_text(item["source"]),
        note=strict.optional_text(item["note"]),
    )


def _read_role(value: Any) -> Role:
    item = strict.obj(value, _ROLE_KEYS)
    role_id = strict.text(item["id"])
    education, experience, skills, certifications, source, estimate = strict.fixed(item["requires"], 6)
    level = strict.text(item["level"])
    if level not in LEVELS:
        raise Damaged(f"level {level!r}")
    return Role(
        id=role_id,
        title=strict.text(item["title"]),
        level=level,
        aliases=strict.texts(item["aliases"]),
        track=strict.optional_text(item["track"]),
        onet=strict.optional_text(item["onet"]),
        summary=strict.optional_text(item["summary"]),
        duties=strict.texts(item["duties"]),
        requires=Requirements(
            strict.optional_text(education),
            _years(experience),
            strict.texts(skills),
            strict.texts(certifications),
            strict.optional_text(source),
            strict.flag(estimate),
        ),
        pay=_opt(_read_pay, item["pay"]),
        sources=strict.texts(item["sources"]),
        moves=tuple(_read_move(role_id, move) for move in strict.items(item["moves"])),
    )


def _read_pay(value: Any) -> Pay:
    median, year, source, estimate, note = strict.fixed(value, 5)
    return Pay(
        strict.number(median, 0, MAX_USD),
        _opt(lambda v: int(strict.number(v, *PAY_YEARS, (int,))), year),
        strict.optional_text(source),
        strict.flag(estimate),
        strict.optional_text(note),
    )


def _read_move(origin: str, value: Any) -> Move:
    target, kind, years, source, estimate, note = strict.fixed(value, 6)
    if kind not in MOVE_KINDS:
        raise Damaged(f"move kind {kind!r}")
    return Move(
        origin,
        strict.text(target),
        kind,
        _years(years),
        strict.optional_text(source),
        strict.flag(estimate),
        strict.optional_text(note),
    )


def _check_links(
    roles: list[Role], education: list[Term], skills: list[Term], certifications: list[Certification]
) -> None:
    """Every id unique and every reference pointing at something, as the file checks demand."""
    role_ids = _unique(role.id for role in roles)
    education_ids = _unique(term.id for term in education)
    skill_ids = _unique(term.id for term in skills)
    cert_ids = _unique(cert.id for cert in certifications)
    for cert in certifications:
        _within((key for key, _ in cert.eligibility if key != "any"), education_ids)
        _within(cert.satisfies, cert_ids)
    for role in roles:
        need = role.requires
        _within(() if need.education is None else (need.education,), education_ids)
        _within(need.skills, skill_ids)
        _within(need.certifications, cert_ids)
        targets = [move.target for move in role.moves]
        _within(targets, role_ids)
        if role.id in targets or len(set(targets)) != len(targets):
            raise Damaged(f"moves of {role.id!r}")


def _unique(ids: Any) -> set[str]:
    listed = list(ids)
    found = set(listed)
    if len(found) != len(listed):
        raise Damaged("duplicate id")
    return found


def _within(ids: Any, known: set[str]) -> None:
    if not known.issuperset(ids):
        raise Damaged("unknown id")


def _years(value: Any) -> float:
    return strict.number(value, 0, MAX_YEARS)


def _opt(read: Callable[[Any], Any], value: Any) -> Any:
    return None if value is None else read(value)
