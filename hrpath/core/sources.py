"""The sources a data file cites: the catalogue, who cites what, and one source's detail.

A role cites sources in its `sources` list and in the `source` notes of its
pay, requirements and moves. In the shipped file those notes hold source ids
("OOH-HRM, ONET"); custom files may keep free text there, so only the words
that are defined source ids count as citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Role, Source
from hrpath.core.text import closest
from hrpath.errors import NoAnswer, UnknownName

_WORD = re.compile(r"[^\s,;()]+")


def source_dict(source: Source) -> dict[str, Any]:
    """The JSON form of one source."""
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "year": source.year,
        "edition": source.edition,
        "url": source.url,
        "note": source.note,
    }


def cited_in(text: str | None, graph: RoleGraph) -> list[str]:
    """The defined source ids that a free-text `source` note names, in order."""
    found = [word for word in _WORD.findall(text or "") if word in graph.sources]
    return list(dict.fromkeys(found))


def role_citations(graph: RoleGraph, role: Role) -> tuple[Source, ...]:
    """Every defined source a role cites anywhere, in order of first mention."""
    ids = [item for item in role.sources if item in graph.sources]
    notes = [role.pay.source if role.pay else None, role.requires.source]
    notes += [move.source for move in role.moves]
    for note in notes:
        ids += cited_in(note, graph)
    return tuple(graph.sources[item] for item in dict.fromkeys(ids))


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source with the roles that cite it."""

    source: Source
    cited_by: tuple[str, ...]  # role ids

    def to_dict(self) -> dict[str, Any]:
        """One source of the `sources --json` contract."""
        return {**source_dict(self.source), "cited_by": list(self.cited_by)}


@dataclass(frozen=True, slots=True)
class SourceList:
    """The `hrpath sources [ID]` answer, with role titles for the renderer."""

    entries: tuple[SourceEntry, ...]
    labels: dict[str, str]  # role id -> title

    def to_dict(self) -> dict[str, Any]:
        """The `sources --json` contract."""
        return {"sources": [entry.to_dict() for entry in self.entries]}


def list_sources(graph: RoleGraph, source_id: str | None = None) -> SourceList:
    """Every source the file defines (or the one asked for), each with the roles citing it."""
    if not graph.sources:
        raise NoAnswer("this data file defines no sources")
    wanted = list(graph.sources)
    if source_id is not None:
        wanted = [_source_id(graph, source_id)]
    citing: dict[str, list[str]] = {item: [] for item in wanted}
    for role in graph:
        for source in role_citations(graph, role):
            if source.id in citing:
                citing[source.id].append(role.id)
    entries = tuple(SourceEntry(graph.sources[item], tuple(citing[item])) for item in wanted)
    return SourceList(entries, {role.id: role.title for role in graph})


def _source_id(graph: RoleGraph, name: str) -> str:
    """The defined id `name` means, ignoring case; UnknownName otherwise."""
    by_folded = {item.casefold(): item for item in graph.sources}
    found = by_folded.get(name.strip().casefold())
    if found is None:
        near = closest(name.strip().upper(), graph.sources)
        raise UnknownName("source", name, [near] if near else [])
    return found
