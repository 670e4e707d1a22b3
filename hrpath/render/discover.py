"""Renderers for `search` and `terms`: ranked roles with why they matched; the vocabulary.

Data strings go in through `Text`, never markup. Ids are never wrapped.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from hrpath.core.models import Certification
from hrpath.core.search import SearchResult
from hrpath.core.terms import TermEntry, Terms
from hrpath.render.text import DIM, HEADING, hanging_grid

_FIELD_TEXT = {
    "title": "title",
    "summary": "summary",
    "duties": "duty",
    "skills": "skill",
    "certifications": "certification",
}


def search_view(result: SearchResult) -> RenderableType:
    """The `hrpath search` list: each role with its id, then why it matched."""
    parts: list[RenderableType] = [Text.assemble("Roles matching ", (result.query, HEADING), ", best first")]
    for hit in result.hits:
        parts.append(Text(""))
        parts.append(
            Text.assemble((hit.role.title, "bold cyan"), (f" ({hit.role.id}, {hit.role.level})", DIM))
        )
        rows = [
            (Text("  •"), Text(_FIELD_TEXT[match.field], style=DIM), Text(match.text))
            for match in hit.matches
        ]
        parts.append(hanging_grid(rows, ratios=(None, 1)))
    return Group(*parts)


def terms_view(answer: Terms) -> RenderableType:
    """The `hrpath terms` table, or one term in detail."""
    if answer.detail:
        return _term_detail(answer.terms[0])
    parts: list[RenderableType] = []
    for kind in dict.fromkeys(entry.kind for entry in answer.terms):
        rows = [
            (
                Text(f"  {entry.term.id}"),
                Text.assemble(
                    entry.term.label,
                    (f" (also {', '.join(entry.term.aliases)})", DIM) if entry.term.aliases else "",
                ),
                Text(_roles_text(entry.kind, len(entry.required_by)), style=DIM),
            )
            for entry in answer.terms
            if entry.kind == kind
        ]
        parts += [Text(_KIND_TEXT[kind], style=HEADING), hanging_grid(rows, ratios=(3, 1)), Text("")]
    parts.append(Text("Use ids, labels or aliases with --have. `hrpath terms ID` shows one term.", style=DIM))
    return Group(*parts)


_KIND_TEXT = {
    "education": "Education levels",
    "skill": "Skills",
    "certification": "Certifications",
    "level": "Levels (--level)",
    "track": "Tracks (--track)",
}


def _roles_text(kind: str, count: int) -> str:
    roles = f"{count} role{'' if count == 1 else 's'}"
    return roles if kind in ("level", "track") else f"required by {roles}"


def _term_detail(entry: TermEntry) -> RenderableType:
    term = entry.term
    rows = [("Id", term.id), ("Kind", entry.kind)]
    rows += [("Also", ", ".join(term.aliases))] if term.aliases else []
    if isinstance(term, Certification):
        rows += [("Awarded by", term.body)] if term.body else []
        rule = "; ".join(f"{education}: {years:g} years" for education, years in term.eligibility)
        rows += [("Eligibility", rule)] if rule else []
        rows += [("Covers", ", ".join(term.satisfies))] if term.satisfies else []
        rows += [("Note", term.note)] if term.note else []
    who = ", ".join(f"{title} ({role_id})" for role_id, title in entry.required_by) or "no role"
    rows.append(("Roles" if entry.kind in ("level", "track") else "Required by", who))
    cells = [(Text(" "), Text(name, style=DIM), Text(value, overflow="fold")) for name, value in rows]
    grid = hanging_grid(cells, ratios=(None, 1))
    return Group(Text(term.label, style="bold cyan"), grid)
