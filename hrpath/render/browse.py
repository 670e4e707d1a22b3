"""Renderers for browsing: the `show` panel and the `list` table.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hrpath.core.browse import Link, RoleProfile
from hrpath.core.models import Pay, Requirements, Role
from hrpath.render.text import (
    DIM,
    HEADING,
    MAX_ROWS,
    PERCENTILE_NAMES,
    experience_text,
    hanging_grid,
    left_out,
    money,
    move_summary,
    pay_text,
    requirement_skills,
)

# `list` only: `show` need not define the Listing dataclass (a millisecond of every start).
if TYPE_CHECKING:
    from hrpath.core.listing import Listing


def role_panel(profile: RoleProfile) -> RenderableType:
    """The `hrpath show` panel: facts, requirements, pay and moves of one role."""
    role = profile.role
    parts: list[RenderableType] = [_role_line(role, profile.level_label)]
    if role.extends is not None:
        parts += [_inherits_line(role, profile.parent_title or role.extends)]
    if role.summary:
        parts += [Text(""), Text(role.summary)]
    if role.duties:
        parts += [Text(""), Text("Duties", style=HEADING)]
        parts += [Text(f"  • {duty}") for duty in role.duties]
    parts += [Text(""), Text("Requires", style=HEADING), _requirements_grid(role.requires, profile.labels)]
    parts += [Text(""), Text.assemble(("Pay  ", HEADING), pay_text(role.pay)), *_pay_details(role.pay)]
    parts += _links_section("Moves out", "→", profile.moves_out)
    parts += _links_section("Leads in from", "←", profile.moves_in)
    panel = Panel(Group(*parts), title=Text(role.title, style="bold cyan"), title_align="left")
    # Sources go under the panel, where a URL can run past the border whole.
    return Group(panel, *_sources_section(profile))


def _pay_details(pay: Pay | None) -> list[RenderableType]:
    """The occupation's published range and the note on how the figure was chosen."""
    if pay is None:
        return []
    rows: list[tuple[Text, Text]] = []
    published = [f"{money(amount)} ({PERCENTILE_NAMES[key]})" for key, amount in pay.percentiles]
    if published:
        occupation = f"SOC {pay.soc}: " if pay.soc else ""
        rows.append((Text("  Range:", style=DIM), Text(occupation + " · ".join(published), style=DIM)))
    if pay.note:
        rows.append((Text("  Note:", style=DIM), Text(pay.note, style=DIM)))
    return [hanging_grid(rows)] if rows else []


def _sources_section(profile: RoleProfile) -> list[RenderableType]:
    """Each cited source by title, publisher and year, then its URL whole on its own line."""
    urls = [item for item in profile.role.sources if item.startswith(("http://", "https://"))]
    if not profile.sources and not urls:
        return []
    lines: list[RenderableType] = [Text("Sources", style=HEADING)]
    for source in profile.sources:
        said = ", ".join(str(part) for part in (source.publisher, source.edition or source.year) if part)
        title = Text.assemble(source.title or source.id, (f" ({said})" if said else "", DIM))
        lines.append(hanging_grid([(Text("  •"), title)]))
        if source.url:
            lines.append(_url(source.url))
    lines += [_url(url) for url in urls]
    return lines


def _url(url: str) -> Text:
    """A URL is never wrapped or cut, so a terminal can open it."""
    return Text(f"    {url}", style=DIM, no_wrap=True, overflow="ignore")


def _role_line(role: Role, level_label: str | None) -> Text:
    fields = [role.id, level_label or role.level, role.track or "no track"]
    fields += [f"{key} {value}" for key, value in (("family", role.family), ("ladder", role.ladder)) if value]
    if role.onet:
        fields.append(f"O*NET {role.onet}")
    return Text(" · ".join(fields), style=DIM)


def _requirements_grid(requires: Requirements, labels: dict[str, str]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=DIM)
    grid.add_column()
    education = labels[requires.education] if requires.education else "none stated"
    grid.add_row(Text("  Education"), Text(education))
    grid.add_row(Text("  Experience"), Text(experience_text(requires)))
    grid.add_row(Text("  Skills"), Text(", ".join(requirement_skills(requires, labels)) or "none"))
    grid.add_row(
        Text("  Certifications"), Text(", ".join(labels[i] for i in requires.certifications) or "none")
    )
    if requires.helpful:
        grid.add_row(Text("  Helpful"), Text(", ".join(labels[i] for i in requires.helpful)))
    for line in requires.other:
        grid.add_row(Text("  Other"), Text(line))
    if requires.note:
        grid.add_row(Text("  Note"), Text(requires.note))
    return grid


def _inherits_line(role: Role, parent_title: str) -> Text:
    """'Extends Sourcer (sourcer): inherits its skills and duties.'"""
    inherited = [_INHERITED.get(key, key) for key in role.inherited]
    what = ", ".join(inherited[:-1]) + " and " + inherited[-1] if len(inherited) > 1 else "".join(inherited)
    tail = f": inherits its {what}." if inherited else ": inherits nothing it does not set itself."
    return Text.assemble(("Extends ", DIM), (parent_title, "cyan"), (f" ({role.extends}){tail}", DIM))


_INHERITED = {"experience_years": "experience", "other": "other requirements", "helpful": "helpful items"}


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
    # The title column is never narrower than "(id)", so an id is never cut.
    widest = max(len(link.other.id) + 2 for link in links)
    return [*parts, hanging_grid(rows, ratios=(3, 2), min_widths=(widest,))]


def roles_table(listing: Listing) -> RenderableType:
    """The `hrpath list` table: one row per role, grouped by level (at most MAX_ROWS rows).

    Track, Family and Ladder columns appear when some listed role has one (Track always in a file without families).
    """
    if len(listing.roles) > MAX_ROWS:
        shown = replace(listing, roles=listing.roles[:MAX_ROWS])
        return Group(roles_table(shown), left_out(len(listing.roles) - MAX_ROWS, "roles"))
    roles = listing.roles
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING)
    extra = [key for key in ("track", "family", "ladder") if any(getattr(role, key) for role in roles)]
    if "family" not in extra:
        extra.insert(0, "track")  # format 1 tables always had a Track column
    for column in ("Level", "Role", "Id", *(key.title() for key in dict.fromkeys(extra))):
        # Ids are what people copy: never wrapped or cut; the other columns wrap instead.
        table.add_column(column, no_wrap=column == "Id", overflow="fold")
    previous_level = None
    for role in roles:
        if previous_level is not None and role.level != previous_level:
            table.add_section()
        level = listing.level_labels.get(role.level, role.level) if role.level != previous_level else ""
        cells = [Text(level), Text(role.title), Text(role.id, style=DIM)]
        table.add_row(*cells, *(Text(getattr(role, key) or "") for key in dict.fromkeys(extra)))
        previous_level = role.level
    return table
