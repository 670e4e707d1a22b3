"""Renderers for `hrpath gaps`: the ranked readiness table and the target panel.

Renderers return rich renderables and never print; data strings go in through
`Text`, never markup. Labels come from the report, so no graph is needed.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hrpath.core.gaps.eligibility import ANY, Eligibility
from hrpath.core.gaps.readiness import RoleGap
from hrpath.core.gaps.report import GapsReport, Met, TargetGap
from hrpath.render.route import route_ladder
from hrpath.render.text import DIM, HEADING, hanging_grid, missing_items, more_years, years_text

LEGEND = (
    "Readiness: the share of a role's requirements you meet (education, each skill and "
    "certification count 1; experience counts in part). 100% = ready now."
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
    items += sorted(labels[skill] for skill in have.skills)
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
    table.add_column("Ready", justify="right", no_wrap=True)
    table.add_column("Missing, most important first", ratio=1)
    for gap in report.roles:
        missing = (
            Text("nothing: ready now", style="green")
            if gap.ready
            else Text("; ".join(missing_items(gap.missing, report.labels)))
        )
        ready = Text(percent(gap), style="green" if gap.ready else "")
        table.add_row(Text(gap.role.title), Text(gap.role.level), ready, missing)
    return table


def target_view(target: TargetGap, report: GapsReport) -> list[RenderableType]:
    """The target panel, then the route from the held role (or why there is none)."""
    role = target.gap.role
    fields = [role.id, role.level, role.track or "no track", f"readiness {percent(target.gap)}"]
    body: list[RenderableType] = [Text(" · ".join(fields), style=DIM), Text("")]
    if target.gap.ready:
        body.append(Text("Ready now: you meet every requirement.", style="green"))
    else:
        body.append(Text("Still missing, most important first", style=HEADING))
        body.append(_bullets_grid(_how_to_close(target, report)))
    met = _met_lines(target.met, report)
    if not role.requires.certifications:
        met.append("No certification required")
    if met:
        body += [Text(""), Text("Already met", style=HEADING), _bullets_grid(met)]
    title = Text.assemble(("Gaps for ", "bold cyan"), (role.title, "bold cyan"))
    return [Panel(Group(*body), title=title, title_align="left"), *_route_part(target, report)]


def _how_to_close(target: TargetGap, report: GapsReport) -> list[str]:
    """One line per missing item, saying how to close it."""
    missing, labels, requires = target.gap.missing, report.labels, target.gap.role.requires
    lines = []
    if missing.education:
        degree = labels[missing.education]
        lines.append(f"Education: earn {_article(degree)} {degree}")
    if missing.experience_years:
        lines.append(
            f"Experience: {more_years(missing.experience_years)} of HR experience "
            f"(you have {report.have.experience_years:g} of {years_text(requires.experience_years)})"
        )
    lines += [
        f"Certification: {_cert_name(cert)}: {eligibility_text(cert, labels)}"
        for cert in target.certifications
    ]
    if missing.skills:
        skills = ", ".join(labels[skill] for skill in missing.skills)
        lines.append(f"Skills to build (on the job, in training or a stretch assignment): {skills}")
    return lines


def _cert_name(cert: Eligibility) -> str:
    return f"{cert.label} ({cert.body})" if cert.body else cert.label


def eligibility_text(cert: Eligibility, labels: dict[str, str]) -> str:
    """'eligible now', 'eligible in 1 year (needs 2 years with a Bachelor's degree)', or why not."""
    if not cert.recorded:
        return "eligibility not recorded in the data file"
    if cert.needs_label is not None:
        return f"not eligible yet: needs {_article(cert.needs_label)} {cert.needs_label} first"
    assert cert.years_needed is not None and cert.years_to_eligible is not None
    rule = "" if cert.rule in (None, ANY) else f" with {_article(labels[cert.rule])} {labels[cert.rule]}"
    need = f"needs {years_text(cert.years_needed)} of HR experience{rule}"
    if cert.years_needed == 0:
        need = "no experience needed" if not rule else f"no experience needed{rule}"
    if cert.eligible_now:
        return f"eligible to sit it now ({need})"
    return f"eligible in {years_text(cert.years_to_eligible)} ({need})"


def _article(label: str) -> str:
    return "an" if label[:1].lower() in "aeiou" else "a"


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
