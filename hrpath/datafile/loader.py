"""Find, read, check and build a career graph from a YAML data file.

A checked graph is kept in the cache (`cache`) under its file's hash, so an
unchanged file is neither parsed nor checked again; YAML and the checks are
imported only when a file has to be read for real.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Certification, Move, Pay, Requirements, Role, Term
from hrpath.datafile import cache
from hrpath.errors import DataError, Problem

if TYPE_CHECKING:
    from hrpath.datafile.yamlsource import YamlMap


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
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [_unreadable(path, error)]
    return check_bytes(data, path)


def check_bytes(data: bytes, path: Path) -> tuple[Any, list[Problem]]:
    """Check a data file's bytes (read from `path`); the parsed document and every problem."""
    from hrpath.datafile.checks import StructureChecker
    from hrpath.datafile.references import check_references
    from hrpath.datafile.yamlsource import YamlMap, parse_yaml

    filename = str(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [_unreadable(path, error)]
    document, problems = parse_yaml(text, filename)
    if problems and document is None:
        return None, problems
    checker = StructureChecker(filename)
    checker.check_document(document)
    problems.extend(checker.problems)
    if isinstance(document, YamlMap):
        problems.extend(check_references(document, filename))
    problems.sort(key=lambda problem: problem.line or 0)
    return document, problems


@dataclass(frozen=True, slots=True)
class Validation:
    """The `hrpath validate` answer: the file checked, its problems and its size."""

    path: Path
    problems: tuple[Problem, ...]
    role_count: int | None  # None when the file has problems

    @property
    def valid(self) -> bool:
        """True when the file has no problem."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """The `validate --json` contract."""
        return {
            "file": str(self.path),
            "valid": self.valid,
            "problems": [{"line": p.line, "role": p.role, "message": p.message} for p in self.problems],
        }


def _unreadable(path: Path, error: OSError | UnicodeDecodeError) -> Problem:
    reason = getattr(error, "strerror", None) or str(error)
    return Problem(str(path), None, f"cannot read the file: {reason}")


def validate_file(path: Path | None = None) -> Validation:
    """Check a data file (the shipped one by default) and count its roles when it is valid."""
    target = path or default_data_path()
    graph, problems = _checked_graph(target)
    return Validation(target, tuple(problems), None if graph is None else len(graph))


def load_graph(path: Path | None = None) -> RoleGraph:
    """Load a data file (the shipped one by default) into a RoleGraph.

    An unchanged file comes from the cache. Raises DataError listing every
    problem when the file does not check out.
    """
    graph, problems = _checked_graph(path or default_data_path())
    if graph is None:
        raise DataError(problems)
    return graph


def _checked_graph(path: Path) -> tuple[RoleGraph | None, list[Problem]]:
    """The graph of a file that checks out (cached, or checked and then cached), else its problems."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [_unreadable(path, error)]
    key = cache.cache_key(data) if cache.cache_enabled() else None
    graph = None if key is None else cache.load_entry(key)
    if graph is not None:
        return graph, []
    document, problems = check_bytes(data, path)
    if problems:
        return None, problems
    graph = build_graph(document)
    if key is not None:
        cache.store_entry(key, graph)
    return graph, []


def build_graph(document: YamlMap) -> RoleGraph:
    """Build models from a checked document (see `check_file`)."""
    return RoleGraph(
        roles=[_role(item) for item in document["roles"]],
        education=[_term(item) for item in document.get("education", [])],
        skills=[_term(item) for item in document.get("skills", [])],
        certifications=[_certification(item) for item in document.get("certifications", [])],
    )


def _term(item: YamlMap) -> Term:
    return Term(item["id"], item.get("label", item["id"]), tuple(item.get("aliases", ())))


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


def _role(item: YamlMap) -> Role:
    requires = item.get("requires", {})
    pay = item.get("pay")
    return Role(
        id=item["id"],
        title=item["title"],
        level=item["level"],
        aliases=tuple(item.get("aliases", ())),
        track=item.get("track"),
        onet=item.get("onet"),
        summary=item.get("summary"),
        duties=tuple(item.get("duties", ())),
        requires=Requirements(
            education=requires.get("education"),
            experience_years=requires.get("experience_years", 0),
            skills=tuple(requires.get("skills", ())),
            certifications=tuple(requires.get("certifications", ())),
            source=requires.get("source"),
            estimate=requires.get("estimate", False),
        ),
        pay=None if pay is None else Pay(**pay),
        sources=tuple(item.get("sources", ())),
        moves=tuple(_move(item["id"], move) for move in item.get("next", ())),
    )


def _move(origin: str, item: YamlMap) -> Move:
    return Move(
        origin=origin,
        target=item["to"],
        kind=item.get("kind", "promotion"),
        years=item["years"],
        source=item.get("source"),
        estimate=item.get("estimate", False),
        note=item.get("note"),
    )
