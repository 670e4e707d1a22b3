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
from hrpath.core.models import LEVELS, MOVE_KINDS, Certification, Move, Pay, Requirements, Role, Term
from hrpath.datafile.spec import PAY, USD, YEARS, Scalar


class Damaged(Exception):
    """A compiled graph that is not exactly what `encode` writes for a checked file."""


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


def _scalar_spec(spec: object) -> Scalar:
    if not isinstance(spec, Scalar):
        raise TypeError(f"{spec!r} is not a scalar spec")
    return spec


_PAY_YEAR = _scalar_spec(PAY.fields["year"].spec)


def decode(value: Any) -> RoleGraph:
    """The RoleGraph `value` encodes; Damaged if it is not exactly such a value."""
    top = _obj(value, _GRAPH_KEYS)
    education = [_read_term(item) for item in _list(top["education"])]
    skills = [_read_term(item) for item in _list(top["skills"])]
    certifications = [_read_certification(item) for item in _list(top["certifications"])]
    roles = [_read_role(item) for item in _list(top["roles"])]
    _check_links(roles, education, skills, certifications)
    return RoleGraph(roles, education, skills, certifications)


def _read_term(value: Any) -> Term:
    item = _obj(value, _TERM_KEYS)
    return Term(_str(item["id"]), _str(item["label"]), _strs(item["aliases"]))


def _read_certification(value: Any) -> Certification:
    item = _obj(value, _CERT_KEYS)
    eligibility = []
    for pair in _list(item["eligibility"]):
        education, years = _fixed(pair, 2)
        eligibility.append((_str(education), _years(years)))
    return Certification(
        id=_str(item["id"]),
        label=_str(item["label"]),
        aliases=_strs(item["aliases"]),
        body=_opt(_str, item["body"]),
        eligibility=tuple(eligibility),
        satisfies=_strs(item["satisfies"]),
        source=_opt(_str, item["source"]),
        note=_opt(_str, item["note"]),
    )


def _read_role(value: Any) -> Role:
    item = _obj(value, _ROLE_KEYS)
    role_id = _str(item["id"])
    education, experience, skills, certifications, source, estimate = _fixed(item["requires"], 6)
    level = _str(item["level"])
    if level not in LEVELS:
        raise Damaged(f"level {level!r}")
    return Role(
        id=role_id,
        title=_str(item["title"]),
        level=level,
        aliases=_strs(item["aliases"]),
        track=_opt(_str, item["track"]),
        onet=_opt(_str, item["onet"]),
        summary=_opt(_str, item["summary"]),
        duties=_strs(item["duties"]),
        requires=Requirements(
            _opt(_str, education),
            _years(experience),
            _strs(skills),
            _strs(certifications),
            _opt(_str, source),
            _bool(estimate),
        ),
        pay=_opt(_read_pay, item["pay"]),
        sources=_strs(item["sources"]),
        moves=tuple(_read_move(role_id, move) for move in _list(item["moves"])),
    )


def _read_pay(value: Any) -> Pay:
    median, year, source, estimate, note = _fixed(value, 5)
    return Pay(
        _number(median, USD),
        _opt(lambda v: int(_number(v, _PAY_YEAR, int)), year),
        _opt(_str, source),
        _bool(estimate),
        _opt(_str, note),
    )


def _read_move(origin: str, value: Any) -> Move:
    target, kind, years, source, estimate, note = _fixed(value, 6)
    if kind not in MOVE_KINDS:
        raise Damaged(f"move kind {kind!r}")
    return Move(
        origin, _str(target), kind, _years(years), _opt(_str, source), _bool(estimate), _opt(_str, note)
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


def _obj(value: Any, keys: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict or value.keys() != keys:
        raise Damaged("not the expected object")
    return value


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise Damaged("not a list")
    return value


def _fixed(value: Any, size: int) -> list[Any]:
    if type(value) is not list or len(value) != size:
        raise Damaged(f"not a list of {size}")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise Damaged("not a string")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(_str(item) for item in _list(value))


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise Damaged("not a boolean")
    return value


def _number(value: Any, spec: Scalar, kinds: type | tuple[type, ...] = (int, float)) -> float:
    # type() rather than isinstance: True is an int to Python, not to a data file.
    if type(value) not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise Damaged("not a number")
    low = spec.minimum if spec.minimum is not None else value
    high = spec.maximum if spec.maximum is not None else value
    if not low <= value <= high:  # also false for NaN
        raise Damaged("number out of range")
    return value  # type: ignore[no-any-return]


def _years(value: Any) -> float:
    return _number(value, YEARS)


def _opt(read: Callable[[Any], Any], value: Any) -> Any:
    return None if value is None else read(value)
