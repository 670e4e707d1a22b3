"""Find, read, check and build a career graph from a YAML data file."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import LEVELS, AnyOf, Certification, Move, Pay, Requirements, Role, Term
from hrpath.core.text import tidy
from hrpath.datafile.checks import StructureChecker
from hrpath.datafile.framework import check_framework, format_warnings, newer_format
from hrpath.datafile.inherit import Resolved, resolve_roles
from hrpath.datafile.references import check_references
from hrpath.datafile.yamlsource import YamlMap, parse_yaml
from hrpath.errors import DataError, Problem


def default_data_path() -> Path:
    """The shipped roles.yaml: inside the installed package, else the checkout copy.

    The wheel puts the file in `hrpath/data/`; editable installs import the
    package from the source tree, where only the checkout's `data/` exists. A
    plain path beside the package is enough here and cheaper than
    importlib.resources on every start.
    """
    package = Path(__file__).resolve().parent.parent
    packaged = package / "data" / "roles.yaml"
    if packaged.is_file():
        return packaged
    checkout = package.parent / "data" / "roles.yaml"
    if checkout.is_file():
        return checkout
    raise DataError([Problem(str(packaged), None, f"no roles.yaml found here nor at {checkout}")])


def check_file(path: Path) -> tuple[Any, list[Problem]]:
    """Read and check a data file; return the parsed document and every problem."""
    filename = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return None, [Problem(filename, None, f"cannot read the file: {reason}")]
    document, problems = parse_yaml(text, filename)
    if problems and document is None:
        return None, problems
    too_new = newer_format(document, filename)
    if too_new:
        # Nothing else is worth saying: the file is written for keys we do not know.
        return None, [too_new]
    checker = StructureChecker(filename)
    checker.check_document(document)
    problems.extend(checker.problems)
    if isinstance(document, YamlMap):
        problems.extend(check_references(document, filename))
        problems.extend(check_framework(document, filename))
    problems.sort(key=lambda problem: problem.line or 0)
    return document, problems


@dataclass(frozen=True, slots=True)
class Validation:
    """The `hrpath validate` answer: the file checked, its problems, warnings and size."""

    path: Path
    problems: tuple[Problem, ...]
    role_count: int | None  # None when the file has problems
    warnings: tuple[Problem, ...] = ()  # notes that do not make the file invalid

    @property
    def valid(self) -> bool:
        """True when the file has no problem."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """The `validate --json` contract."""
        return {
            "file": str(self.path),
            "valid": self.valid,
            "problems": [_problem_dict(p) for p in self.problems],
            "warnings": [_problem_dict(p) for p in self.warnings],
        }


def _problem_dict(problem: Problem) -> dict[str, Any]:
    return {"line": problem.line, "role": problem.role, "message": problem.message}


def validate_file(path: Path | None = None) -> Validation:
    """Check a data file (the shipped one by default) and count its roles when it is valid."""
    target = path or default_data_path()
    document, problems = check_file(target)
    roles = None if problems else len(build_graph(document))
    return Validation(target, tuple(problems), roles, tuple(format_warnings(document, str(target))))


def load_graph(path: Path | None = None) -> RoleGraph:
    """Load a data file (the shipped one by default) into a RoleGraph.

    Raises DataError listing every problem when the file does not check out.
    """
    document, problems = check_file(path or default_data_path())
    if problems:
        raise DataError(problems)
    return build_graph(document)


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
        education=[_term(item) for item in document.get("education", [])],
        skills=[_term(item) for item in document.get("skills", [])],
        certifications=[_certification(item) for item in document.get("certifications", [])],
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
    )


def _is_any(item: Any) -> bool:
    return isinstance(item, dict) and "any" in item


def _pay(pay: YamlMap | None, currency: str) -> Pay | None:
    if pay is None:
        return None
    band = pay.get("band")
    return Pay(
        median=pay.get("median", pay.get("median_usd")),
        year=pay.get("year"),
        source=pay.get("source"),
        estimate=pay.get("estimate", False),
        note=pay.get("note"),
        band=None if band is None else (band["min"], band["max"]),
        currency=currency,  # `median_usd` only in a USD file: the checks see to it
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
