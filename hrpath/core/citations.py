"""What a role cites: the defined sources named in its `sources` list and in the
`source` notes of its pay, requirements and moves.

In the shipped file those notes hold source ids ("OOH-HRM, ONET"); custom files
may keep free text there, so only the words that are defined source ids count.
"""

from __future__ import annotations

import re
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Role, Source

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
