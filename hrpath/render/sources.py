"""Renderer for `hrpath sources`: each source with its publisher, URL and citing roles."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from hrpath.core.sources import SourceEntry, SourceList
from hrpath.render.text import DIM, HEADING, hanging_grid


def sources_view(answer: SourceList) -> RenderableType:
    """One block per source: id and title, then publisher, URL, note and citing roles."""
    blocks: list[RenderableType] = []
    for entry in answer.entries:
        if blocks:
            blocks.append(Text(""))
        blocks.append(_entry(entry, answer.labels))
    return Group(*blocks)


def _entry(entry: SourceEntry, labels: dict[str, str]) -> RenderableType:
    source = entry.source
    head = Text.assemble((source.id, "bold cyan"), "  ", (source.title or "", HEADING))
    rows: list[tuple[Text, Text]] = []
    published = ", ".join(str(part) for part in (source.publisher, source.edition, source.year) if part)
    if published:
        rows.append((Text("  Published", style=DIM), Text(published)))
    if source.url:
        # Folded, never cut: a terminal can still open the whole address.
        rows.append((Text("  URL", style=DIM), Text(source.url, overflow="fold")))
    if source.note:
        rows.append((Text("  Note", style=DIM), Text(source.note)))
    cited = ", ".join(labels[role] for role in entry.cited_by) or "no role"
    rows.append((Text("  Cited by", style=DIM), Text(cited)))
    return Group(head, hanging_grid(rows))
