"""Build the models from a checked document: roles (with inherited requirements
resolved), vocabularies, levels, sources, pay and moves."""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import (
    LEVELS,
    PERCENTILES,
    AnyOf,
    Certification,
    Move,
    Pay,
    Requirements,
    Role,
    Source,
    Term,
)
from hrpath.core.text import tidy
from hrpath.datafile.inherit import Resolved, resolve_roles
from hrpath.datafile.yamlsource import YamlMap


def build_graph(document: YamlMap) -> RoleGraph:
    """Build models from a checked document (see `check_file`).

    Resolves `extends`, and gives each move without years the file's stand-in.
    """
    items = list(document["roles"])
    resolved = resolve_roles(items)
    currency = document.get("currency", "USD")
    stand_in = stand_in_years(items)
    return RoleGraph(
        roles=[_role(item, resolved[item["id"]], currency, stand_in) for item in items],
        education=[
            replace(_term(item), typical_years=item.get("typical_years"))
            for item in document.get("education", [])
        ],
        skills=[_term(item) for item in document.get("skills", [])],
        certifications=[_certification(item) for item in document.get("certifications", [])],
        sources=[Source(**item) for item in document.get("sources", [])],
        levels=[_term(item) for item in document["levels"]] if "levels" in document else _default_levels(),
    )


def stand_in_years(roles: list[YamlMap]) -> float:
    """The years routing uses for a move whose years are not stated.

    The median of the file's stated move years, or 1 when it states none: a
    neutral guess that keeps such moves comparable with the stated ones.
    """
    stated = [move["years"] for role in roles for move in role.get("next", ()) if "years" in move]
    return tidy(statistics.median(stated)) if stated else 1


def _default_levels() -> list[Term]:
    return [Term(level, level) for level in LEVELS]


def _term(item: YamlMap) -> Term:
    return Term(
        item["id"],
        item.get("label", item["id"]),
        tuple(item.get("aliases", ())),
        item.get("levels", 0),
        tuple(item.get("level_labels", ())),
    )


def _certification(item: YamlMap) -> Certification:
    return Certification(
        id=item["id"],
        label=item.get("label", item["id"]),
        aliases=tuple(item.get("aliases", ())),
        body=item.get("body"),
        eligibility=tuple(item.get("eligibility", {}).items()),
        satisfies=tuple(item.get("satisfies", ())),
        source=item.get("source"),
        note=item.get("note"),
    )


def _role(item: YamlMap, resolved: Resolved, currency: str, stand_in: float) -> Role:
    return Role(
        id=item["id"],
        title=item["title"],
        level=item["level"],
        aliases=tuple(item.get("aliases", ())),
        track=item.get("track"),
        onet=item.get("onet"),
        summary=item.get("summary"),
        duties=tuple(resolved.duties),
        requires=_requirements(resolved.requires),
        pay=_pay(item.get("pay"), currency),
        sources=tuple(item.get("sources", ())),
        moves=tuple(_move(item["id"], move, stand_in) for move in item.get("next", ())),
        family=item.get("family"),
        ladder=item.get("ladder"),
        extends=item.get("extends"),
        inherited=resolved.inherited,
    )


def _requirements(requires: dict[str, Any]) -> Requirements:
    experience = requires.get("experience_years")
    span = experience if isinstance(experience, dict) else None
    items = requires.get("skills", ())
    levels: dict[str, int] = {}
    for item in items:
        if isinstance(item, dict) and "id" in item:
            levels[item["id"]] = max(levels.get(item["id"], 0), item["level"])
    plain = [item if isinstance(item, str) else item["id"] for item in items if not _is_any(item)]
    return Requirements(
        education=requires.get("education"),
        experience_years=span["min"] if span is not None else experience,
        skills=tuple(dict.fromkeys(plain)),
        skill_levels=tuple(levels.items()),
        any_of=tuple(AnyOf(tuple(i["any"]), i.get("count", 1)) for i in items if _is_any(i)),
        certifications=tuple(requires.get("certifications", ())),
        source=requires.get("source"),
        estimate=requires.get("estimate", False),
        experience_max=span.get("max") if span is not None else None,
        other=tuple(requires.get("other", ())),
        helpful=tuple(requires.get("helpful", ())),
        note=requires.get("note"),
    )


def _is_any(item: Any) -> bool:
    return isinstance(item, dict) and "any" in item


def _pay(pay: YamlMap | None, currency: str) -> Pay | None:
    if pay is None:
        return None
    band, published = pay.get("band"), pay.get("range_usd", {})
    return Pay(
        median=pay.get("median", pay.get("median_usd")),
        year=pay.get("year"),
        source=pay.get("source"),
        estimate=pay.get("estimate", False),
        note=pay.get("note"),
        band=None if band is None else (band["min"], band["max"]),
        currency=currency,  # `median_usd` only in a USD file: the checks see to it
        soc=pay.get("soc"),
        percentiles=tuple((key, published[key]) for key in PERCENTILES if key in published),
    )


def _move(origin: str, item: YamlMap, stand_in: float) -> Move:
    stated = "years" in item
    return Move(
        origin=origin,
        target=item["to"],
        kind=item.get("kind", "promotion"),
        years=item["years"] if stated else stand_in,
        source=item.get("source"),
        estimate=item.get("estimate", False) or not stated,
        note=item.get("note"),
        years_stated=stated,
    )
