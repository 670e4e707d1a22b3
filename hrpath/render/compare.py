"""Renderer for `hrpath compare`: two roles side by side, then what differs."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from hrpath.core.browse import Link, RoleProfile
from hrpath.core.compare import Comparison
from hrpath.core.models import Move, Role
from hrpath.core.qualifications import Missing
from hrpath.core.text import years_label
from hrpath.render.career_map import arrow
from hrpath.render.text import (
    DIM,
    HEADING,
    experience_text,
    hanging_grid,
    missing_items,
    money,
    move_summary,
    pay_text,
    requirement_skills,
)


def comparison_view(comparison: Comparison) -> RenderableType:
    """A field | A | B table, then a few sentences on the differences."""
    a, b = comparison.a, comparison.b
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING, show_lines=False)
    table.add_column("", style=HEADING, no_wrap=True)
    table.add_column(Text(a.role.title, style="bold cyan"), ratio=1)
    table.add_column(Text(b.role.title, style="bold cyan"), ratio=1)
    for label, cell in _ROWS:
        if label == "Other" and not (a.role.requires.other or b.role.requires.other):
            continue  # prose requirements: a row only when either role has some
        table.add_row(Text(label), cell(a), cell(b))
    table.add_section()
    only = Text("Only this one\nrequires")
    table.add_row(only, _only_cell(comparison.only_a, a), _only_cell(comparison.only_b, b))
    return Group(table, Text(""), *_summary_lines(comparison))


def _role_fields(role: Role, level_label: str | None = None) -> Text:
    fields = [
        level_label or role.level,
        role.track or "no track",
        *(v for v in (role.family, role.ladder) if v),
    ]
    return Text(f"{role.id}\n{' · '.join(fields)}")


def _lines(items: list[str], empty: str = "none") -> Text:
    return Text("\n".join(items)) if items else Text(empty, style=DIM)


def _hanging(rows: list[tuple[str, Text]], empty: str = "none") -> RenderableType:
    """Marker + text rows whose wrapped lines stay under the text, not the marker."""
    if not rows:
        return Text(empty, style=DIM)
    return hanging_grid([(Text(marker), text) for marker, text in rows])


def _education(profile: RoleProfile) -> Text:
    education = profile.role.requires.education
    return Text(profile.labels[education]) if education else Text("none stated", style=DIM)


def _links(links: tuple[Link, ...], pointer: str) -> RenderableType:
    return _hanging(
        [
            (
                pointer or arrow(link.move),
                Text.assemble(link.other.title, (f" {years_label(link.move)}", DIM)),
            )
            for link in links
        ]
    )


_ROWS = (
    ("Role", lambda p: _role_fields(p.role, p.level_label)),
    ("Summary", lambda p: Text(p.role.summary or "")),
    ("Duties", lambda p: _hanging([("•", Text(duty)) for duty in p.role.duties])),
    ("Education", _education),
    ("Experience", lambda p: Text(experience_text(p.role.requires))),
    ("Skills", lambda p: _lines(requirement_skills(p.role.requires, p.labels))),
    ("Certifications", lambda p: _lines([p.labels[c] for c in p.role.requires.certifications])),
    ("Other", lambda p: _lines(list(p.role.requires.other))),
    ("Pay", lambda p: pay_text(p.role.pay)),
    ("Moves out", lambda p: _links(p.moves_out, "")),
    ("Leads in from", lambda p: _links(p.moves_in, "←")),
)


def _only_cell(missing: Missing, profile: RoleProfile) -> Text:
    """What this role requires that the other's requirements do not cover."""
    return _lines(missing_items(missing, profile.labels), "nothing more")


def _summary_lines(comparison: Comparison) -> list[Text]:
    a, b = comparison.a.role, comparison.b.role
    lines = [_pay_line(comparison)]
    lines += [
        _direct_line(x, y, move) for x, y, move in ((a, b, comparison.a_to_b), (b, a, comparison.b_to_a))
    ]
    return [line for line in lines if line is not None]


def _pay_line(comparison: Comparison) -> Text | None:
    a, b = comparison.a.role, comparison.b.role
    difference = comparison.pay_difference
    if difference is None or a.pay is None or b.pay is None:
        return None
    years = sorted({pay.year for pay in (a.pay, b.pay) if pay.year})
    notes = [f"figures from {' and '.join(map(str, years))}"] if years else []
    notes += ["estimate"] if comparison.pay_difference_estimate else []
    when = f" ({', '.join(notes)})" if notes else ""
    if difference == 0:
        return Text(f"Pay: the same median, {money(b.pay.median or 0, a.pay.currency)}{when}.")
    more, less = (a, b) if difference > 0 else (b, a)
    return Text.assemble(
        "Pay: ",
        (more.title, "cyan"),
        f" pays {money(abs(difference), a.pay.currency)} more than ",
        (less.title, "cyan"),
        f"{when}.",
    )


def _direct_line(source: Role, target: Role, move: Move | None) -> Text | None:
    if move is None:
        return None
    return Text.assemble(
        (source.title, "cyan"), f" {arrow(move)} ", (target.title, "cyan"), f": {move_summary(move)}."
    )
