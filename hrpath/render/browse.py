"""Renderers for browsing: role panels, role lists and validation reports.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hrpath.core.browse import Link, RoleProfile
from hrpath.core.models import Move, Pay, Requirements, Role
from hrpath.errors import Problem

HEADING = "bold"
DIM = "dim"


def years_text(years: float) -> str:
    """'1 year', '2.5 years', '0 years'."""
    shown = f"{years:g}"
    return f"{shown} year" if shown == "1" else f"{shown} years"


def more_years(years: float) -> str:
    """'2 more years', '1 more year'."""
    number, unit = years_text(years).split(" ", 1)
    return f"{number} more {unit}"


def money(amount: float) -> str:
    """'$72,910'."""
    return f"${amount:,.0f}"


def pay_text(pay: Pay | None) -> Text:
    """Median pay with year and source, flagged when it is an estimate."""
    if pay is None:
        return Text("not given", style=DIM)
    year = f" ({pay.year})" if pay.year else ""
    text = Text.assemble((money(pay.median_usd), HEADING), f" median{year}")
    if pay.source:
        text.append(f" · {pay.source}", style=DIM)
    if pay.estimate:
        text.append(" [estimate]", style="yellow")
    return text


def role_panel(profile: RoleProfile) -> RenderableType:
    """The `hrpath show` panel: facts, requirements, pay and moves of one role."""
    role = profile.role
    parts: list[RenderableType] = [_role_line(role)]
    if role.summary:
        parts += [Text(""), Text(role.summary)]
    if role.duties:
        parts += [Text(""), Text("Duties", style=HEADING)]
        parts += [Text(f"  • {duty}") for duty in role.duties]
    parts += [Text(""), Text("Requires", style=HEADING), _requirements_grid(role.requires, profile.labels)]
    parts += [Text(""), Text.assemble(("Pay  ", HEADING), pay_text(role.pay))]
    parts += _links_section("Moves out", "→", profile.moves_out)
    parts += _links_section("Leads in from", "←", profile.moves_in)
    if role.sources:
        parts += [Text(""), Text.assemble(("Sources  ", HEADING), (", ".join(role.sources), DIM))]
    return Panel(Group(*parts), title=Text(role.title, style="bold cyan"), title_align="left")


def _role_line(role: Role) -> Text:
    fields = [role.id, role.level, role.track or "no track"]
    if role.onet:
        fields.append(f"O*NET {role.onet}")
    return Text(" · ".join(fields), style=DIM)


def _requirements_grid(requires: Requirements, labels: dict[str, str]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=DIM)
    grid.add_column()
    education = labels[requires.education] if requires.education else "none stated"
    grid.add_row(Text("  Education"), Text(education))
    experience = years_text(requires.experience_years)
    grid.add_row(Text("  Experience"), Text(experience + (" (estimate)" if requires.estimate else "")))
    for name, ids in (("Skills", requires.skills), ("Certifications", requires.certifications)):
        grid.add_row(Text(f"  {name}"), Text(", ".join(labels[i] for i in ids) or "none"))
    return grid


def _links_section(heading: str, arrow: str, links: tuple[Link, ...]) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), Text(heading, style=HEADING)]
    if not links:
        return [*parts, Text("  none", style=DIM)]
    # A grid keeps each move on its own row and wraps long titles inside
    # their column instead of back to the panel's left edge.
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=3)
    grid.add_column(ratio=2)
    for link in links:
        role = Text.assemble((link.other.title, "cyan"), (f" ({link.other.id})", DIM))
        grid.add_row(Text(f"  {arrow}"), role, Text(move_summary(link.move)))
    return [*parts, grid]


def move_summary(move: Move) -> str:
    """'promotion · 3 years (estimate)'."""
    estimate = " (estimate)" if move.estimate else ""
    return f"{move.kind} · {years_text(move.years)}{estimate}"


def roles_table(roles: list[Role]) -> RenderableType:
    """The `hrpath list` table: one row per role, grouped by level."""
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING)
    for column in ("Level", "Role", "Id", "Track"):
        table.add_column(column)
    previous_level = None
    for role in roles:
        if previous_level is not None and role.level != previous_level:
            table.add_section()
        level = role.level if role.level != previous_level else ""
        table.add_row(Text(level), Text(role.title), Text(role.id, style=DIM), Text(role.track or ""))
        previous_level = role.level
    return table


def validation_report(path: str, problems: list[Problem], role_count: int | None) -> Text:
    """The `hrpath validate` summary line, printed after the problems."""
    if problems:
        count = len(problems)
        return Text(f"{path}: {count} problem{'s' if count > 1 else ''} found", style="red")
    return Text(f"{path}: OK ({role_count} roles)", style="green")
