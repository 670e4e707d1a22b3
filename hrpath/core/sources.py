"""The `hrpath sources` answer: the catalogue of sources a data file defines, each with
the roles that cite it (what counts as a citation: `citations`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.citations import role_citations, source_dict
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Source
from hrpath.core.text import closest
from hrpath.errors import NoAnswer, UnknownName


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
