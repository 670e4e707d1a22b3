"""Renderers for browsing: the `show` panel and the `list` table.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hrpath.core.browse import Link, RoleProfile
from hrpath.core.models import Requirements, Role
from hrpath.render.text import (
    DIM,
    HEADING,
    MAX_ROWS,
    hanging_grid,
    left_out,
    move_summary,
    pay_text,
    years_text,
)


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
    rows = [
        (
            Text(f"  {arrow}"),
            Text.assemble((link.other.title, "cyan"), (f" ({link.other.id})", DIM)),
            Text(move_summary(link.move)),
        )
        for link in links
    ]
    return [*parts, hanging_grid(rows, ratios=(3, 2))]


def roles_table(roles: list[Role]) -> RenderableType:
    """The `hrpath list` table: one row per role, grouped by level (at most MAX_ROWS rows)."""
    if len(roles) > MAX_ROWS:
        return Group(roles_table(roles[:MAX_ROWS]), left_out(len(roles) - MAX_ROWS, "roles"))
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
