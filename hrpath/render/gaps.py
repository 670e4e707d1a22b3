"""Renderers for `hrpath gaps`: the ranked readiness table and the target panel.

Renderers return rich renderables and never print; data strings go in through
`Text`, never markup. Labels come from the report, so no graph is needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hrpath.core.gaps.closing import Closing
from hrpath.core.gaps.readiness import RoleGap
from hrpath.core.gaps.report import GapsReport, Met, TargetGap
from hrpath.render.route import route_ladder
from hrpath.render.text import (
    DIM,
    HEADING,
    hanging_grid,
    missing_items,
    more_years,
    skill_text,
    years_text,
)

LEGEND = (
    "Eligible: you meet the role's education, experience and required certifications. "
    "Ready (100%): eligible and holding every essential skill. Readiness: the share of "
    "those requirements you meet (experience counts in part); helpful items only break ties."
)


def gaps_view(report: GapsReport) -> RenderableType:
    """The `hrpath gaps` text answer: the target in detail, or every role ranked."""
    parts: list[RenderableType] = [have_line(report)]
    if report.current is not None:
        parts.append(
            Text.assemble("You hold ", (report.current.title, "cyan"), ": its requirements count as had.")
        )
    if report.target is not None:
        return Group(*parts, Text(""), *target_view(report.target, report))
    parts += [Text(LEGEND, style=DIM), Text(""), readiness_table(report)]
    if len(report.roles) < report.total:
        parts.append(Text(f"Showing the {len(report.roles)} closest of {report.total} roles.", style=DIM))
    return Group(*parts)


def have_line(report: GapsReport) -> Text:
    """'You have: Master's degree · 0 years of HR experience · Recruiting'."""
    have, labels = report.have, report.labels
    items = [labels[have.education] if have.education else "no degree given"]
    items.append(f"{years_text(have.experience_years)} of HR experience")
    levels = {skill: have.level_of(skill) for skill, _ in have.skill_levels}
    items += sorted(skill_text(skill, levels.get(skill), labels) for skill in have.skills)
    items += sorted(labels[cert] for cert in have.certifications)
    return Text.assemble(("You have: ", HEADING), " · ".join(items))


def percent(gap: RoleGap) -> str:
    """The readiness as a whole percentage; only a ready role shows 100%."""
    shown = round(gap.score * 100)
    return f"{shown if gap.ready else min(shown, 99)}%"


def readiness_table(report: GapsReport) -> Table:
    """One row per role: title, level, readiness and what is missing."""
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING)
    # Titles wrap at about 24 columns so the "Missing" column gets most of an 80-column line.
    table.add_column("Role", max_width=24)
    table.add_column("Level", no_wrap=True)
    table.add_column("Eligible", no_wrap=True)
    table.add_column("Ready", justify="right", no_wrap=True)
    table.add_column("Missing, gates first", ratio=1)
    for gap in report.roles:
        missing = (
            Text("nothing: ready now", style="green")
            if gap.ready
            else Text("; ".join(missing_items(gap.missing, report.labels)))
        )
        ready = Text(percent(gap), style="green" if gap.ready else "")
        eligible = Text("yes", style="green") if gap.eligible else Text("no")
        table.add_row(Text(gap.role.title), Text(gap.role.level), eligible, ready, missing)
    return table


def target_view(target: TargetGap, report: GapsReport) -> list[RenderableType]:
    """The target panel, then the route from the held role (or why there is none)."""
    role, needed = target.gap.role, target.gap.missing.count()
    eligible = "eligible" if target.gap.eligible else "not eligible yet"
    fields = [role.id, role.level, role.track or "no track", eligible, f"readiness {percent(target.gap)}"]
    body: list[RenderableType] = [Text(" · ".join(fields), style=DIM), Text("")]
    if target.gap.ready:
        body.append(Text("Ready now: you meet every requirement.", style="green"))
    else:
        body.append(Text("Still missing, and how to close it", style=HEADING))
        body.append(_bullets_grid(close_lines(target.gap.close[:needed], report.labels)))
    if target.gap.close[needed:]:
        body += [Text(""), Text("Would help (not required)", style=HEADING)]
        body.append(_bullets_grid(close_lines(target.gap.close[needed:], report.labels)))
    met = _met_lines(target.met, report)
    if not role.requires.certifications:
        met.append("No certification required")
    if met:
        body += [Text(""), Text("Already met", style=HEADING), _bullets_grid(met)]
    title = Text.assemble(("Gaps for ", "bold cyan"), (role.title, "bold cyan"))
    return [Panel(Group(*body), title=title, title_align="left"), *_route_part(target, report)]


def close_lines(closings: Sequence[Closing], labels: dict[str, str]) -> list[str]:
    """One short line per item: 'Recruiting: build it on the job as Recruiter'."""
    return [f"{labels.get(c.item, c.item.capitalize())}: {c.how}" for c in closings]


def _met_lines(met: Met, report: GapsReport) -> list[str]:
    labels, lines = report.labels, []
    if met.education:
        required, held = met.education
        via = "" if required == held else f" (met by your {labels[held]})"
        lines.append(f"{labels[required]}{via}")
    if met.experience_years:
        lines.append(
            f"{years_text(met.experience_years)} of experience "
            f"(you have {years_text(report.have.experience_years)})"
        )
    for required, held in met.certifications:
        lines.append(labels[required] + ("" if required == held else f" (covered by your {labels[held]})"))
    lines += [labels[skill] for skill in met.skills]
    return lines


def _route_part(target: TargetGap, report: GapsReport) -> list[RenderableType]:
    if report.current is None:
        return [Text("Add --role CURRENT to see the route from the role you hold.", style=DIM)]
    if target.route is None or target.route_labels is None:
        return [Text(f"No route shown: {target.route_note}.", style=DIM)]
    heading = f"Best route from {report.current.title}"
    note = "Each step's needs count what you have, the roles held before it and the years spent in them."
    parts: list[RenderableType] = [Text(""), route_ladder(target.route, target.route_labels, heading)]
    return [*parts, Text(note, style=DIM), *_two_numbers(target)]


def _two_numbers(target: TargetGap) -> list[RenderableType]:
    """One sentence when the required experience and the route's typical time differ."""
    route, role, missing = target.route, target.gap.role, target.gap.missing.experience_years
    if route is None or not role.requires.experience_years or missing == route.remaining_years:
        return []
    needed = f" ({more_years(missing)} for you)" if missing else " (you have it)"
    return [
        Text(
            f"{role.title} requires at least {years_text(role.requires.experience_years)} of HR experience"
            f"{needed}: the minimum to qualify. The route's {years_text(route.remaining_years)} are "
            "how long its moves typically take.",
            style=DIM,
        )
    ]


def _bullets_grid(lines: list[str]) -> Table:
    """A bulleted list whose wrapped lines stay indented under their text."""
    return hanging_grid([(Text("  •"), Text(line)) for line in lines])
