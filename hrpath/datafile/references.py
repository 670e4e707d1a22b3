"""Cross-reference checks of a data file: unique ids and ids that exist.

Runs after the structural checks and skips values of the wrong type, which
those checks have already reported.
"""

from __future__ import annotations

from typing import Any

from hrpath.core.text import did_you_mean
from hrpath.datafile.yamlsource import YamlList, YamlMap
from hrpath.errors import Problem


def check_references(document: YamlMap, filename: str) -> list[Problem]:
    """Report duplicate ids, unknown referenced ids, self-moves and repeated moves."""
    problems: list[Problem] = []
    vocab = {
        name: _unique_ids(document.get(name), name, filename, problems)
        for name in ("education", "skills", "certifications", "roles", "sources")
    }
    # A helpful item may be a skill or a certification.
    vocab["helpful"] = {**vocab["skills"], **vocab["certifications"]}
    for cert in _items(document.get("certifications")):
        _check_certification(cert, vocab, filename, problems)
    for role in _items(document.get("roles")):
        _check_role(role, vocab, filename, problems)
    return problems


def _items(value: Any) -> list[YamlMap]:
    return [item for item in value if isinstance(item, YamlMap)] if isinstance(value, YamlList) else []


def _unique_ids(value: Any, kind: str, filename: str, problems: list[Problem]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for item in _items(value):
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        line = item.key_lines["id"]
        if item_id in seen:
            role = item_id if kind == "roles" else None
            problems.append(
                Problem(
                    filename, line, f"duplicate {kind} id {item_id!r} (first at line {seen[item_id]})", role
                )
            )
        else:
            seen[item_id] = line
    return seen  # id -> line: membership tests stay O(1) on big files


def _check_certification(
    cert: YamlMap, vocab: dict[str, dict[str, int]], filename: str, problems: list[Problem]
) -> None:
    where = f"certification {cert.get('id')!r}"
    eligibility = cert.get("eligibility")
    if isinstance(eligibility, YamlMap):
        for key in eligibility:
            if key != "any" and key not in vocab["education"]:
                problems.append(
                    Problem(
                        filename,
                        eligibility.key_lines[key],
                        f"{where}: eligibility: {_unknown('education', key, vocab)}",
                    )
                )
    _check_ids(cert, "satisfies", "certifications", vocab, filename, problems, where)


def _check_role(
    role: YamlMap, vocab: dict[str, dict[str, int]], filename: str, problems: list[Problem]
) -> None:
    role_id = role.get("id") if isinstance(role.get("id"), str) else None
    requires = role.get("requires")
    if isinstance(requires, YamlMap):
        education = requires.get("education")
        if isinstance(education, str) and education not in vocab["education"]:
            problems.append(
                Problem(
                    filename,
                    requires.key_lines["education"],
                    f"requires.education: {_unknown('education', education, vocab)}",
                    role_id,
                )
            )
        for kind in ("skills", "certifications"):
            _check_ids(requires, kind, kind, vocab, filename, problems, f"requires.{kind}", role_id)
        _check_ids(requires, "helpful", "helpful", vocab, filename, problems, "requires.helpful", role_id)
    _check_moves(role, role_id, vocab, filename, problems)
    _check_citations(role, role_id, vocab, filename, problems)


def _check_citations(
    role: YamlMap,
    role_id: str | None,
    vocab: dict[str, dict[str, int]],
    filename: str,
    problems: list[Problem],
) -> None:
    """Every entry of a role's `sources` is a URL or the id of a source the file defines."""
    cited = role.get("sources")
    if not isinstance(cited, YamlList):
        return
    for index, value in enumerate(cited):
        is_url = isinstance(value, str) and value.startswith(("http://", "https://"))
        if isinstance(value, str) and not is_url and value not in vocab["sources"]:
            message = f"sources: {_unknown('sources', value, vocab)} (define it in the top-level sources)"
            problems.append(Problem(filename, cited.item_lines[index], message, role_id))


def _check_moves(
    role: YamlMap,
    role_id: str | None,
    vocab: dict[str, dict[str, int]],
    filename: str,
    problems: list[Problem],
) -> None:
    targets: set[str] = set()
    for move in _items(role.get("next")):
        target = move.get("to")
        if not isinstance(target, str):
            continue
        line = move.key_lines["to"]
        if target not in vocab["roles"]:
            message = f"next.to: {_unknown('roles', target, vocab)}"
        elif target == role_id:
            message = "next.to: a role cannot move to itself"
        elif target in targets:
            message = f"next.to: the move to {target!r} is listed twice"
        else:
            targets.add(target)
            continue
        problems.append(Problem(filename, line, message, role_id))


def _check_ids(
    owner: YamlMap,
    key: str,
    kind: str,
    vocab: dict[str, dict[str, int]],
    filename: str,
    problems: list[Problem],
    where: str,
    role_id: str | None = None,
) -> None:
    values = owner.get(key)
    if not isinstance(values, YamlList):
        return
    for index, value in enumerate(values):
        if isinstance(value, str) and value not in vocab[kind]:
            problems.append(
                Problem(
                    filename, values.item_lines[index], f"{where}: {_unknown(kind, value, vocab)}", role_id
                )
            )


_SINGULAR = {
    "education": "education level",
    "skills": "skill",
    "certifications": "certification",
    "roles": "role",
    "sources": "source",
    "helpful": "skill or certification",
}


def _unknown(kind: str, value: str, vocab: dict[str, dict[str, int]]) -> str:
    hint = did_you_mean(value, vocab[kind])
    plural = "skills or certifications" if kind == "helpful" else kind
    declared = "" if vocab[kind] else f" (the file declares no {plural})"
    return f"unknown {_SINGULAR[kind]} {value!r}{hint}{declared}"
