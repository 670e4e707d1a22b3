"""Renderers for `hrpath plan`: the timeline on the terminal, and a Markdown document.

`plan_view` returns a rich renderable; `plan_markdown` returns plain text to be
printed as it is (no rich), ready to paste into a wiki or an email. Both show
the same facts: the route, each dated event and how to close each item.
"""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.text import Text

from hrpath.core.gaps.closing import Closing
from hrpath.core.plan import CERTIFICATION_EVENT, MOVE, START, Event, Plan
from hrpath.render.text import DIM, HEADING, hanging_grid, missing_items, years_text

BY_TEXT = {"years": "fewest typical years", "steps": "fewest moves"}
NOTE = (
    "Years are the typical years in each role before a move (many are estimates). A move's needs "
    "count what you have, the roles held before it and the years spent in them."
)


def plan_view(plan: Plan) -> RenderableType:
    """The `hrpath plan` text answer: a summary, then the timeline year by year."""
    rows: list[tuple[Text, Text, Text]] = []
    for event in plan.timeline:
        rows.append((Text(f"Year {event.year:g}", style=HEADING), Text("•"), Text(event_line(plan, event))))
        for line in close_lines(plan, event):
            rows.append((Text(""), Text("  -"), Text(line)))
    return Group(
        Text(title(plan), style="bold cyan"),
        Text(summary(plan), style=DIM),
        Text(have_text(plan)),
        Text(""),
        hanging_grid(rows),
        Text(""),
        Text(NOTE, style=DIM),
    )


def title(plan: Plan) -> str:
    """'Career plan: Recruiter → HR Director'."""
    roles = plan.labels.roles
    return f"Career plan: {roles[plan.origin]} → {roles[plan.target]}"


def summary(plan: Plan) -> str:
    """'2 moves · 8 years · best by fewest typical years · Recruiter → … → HR Director'."""
    moves = len(plan.route.steps)
    route = " → ".join(plan.labels.roles[role] for role in plan.route.roles)
    count = f"{moves} move" + ("" if moves == 1 else "s")
    return f"{count} · {years_text(plan.route.years)} · best by {BY_TEXT[plan.by]} · {route}"


def have_text(plan: Plan) -> str:
    """'You have: Bachelor's degree, 3 years of HR experience, Recruiting'."""
    have, terms = plan.have, plan.labels.terms
    items = [terms[have.education] if have.education else "no degree given"]
    items.append(f"{years_text(have.experience_years)} of HR experience")
    items += sorted(terms[item] for item in (*have.skills, *have.certifications))
    return "You have: " + ", ".join(items)


def event_line(plan: Plan, event: Event) -> str:
    """'Start as Recruiter', 'Move to HR Director (promotion)', 'PHR within reach: …'."""
    roles, terms = plan.labels.roles, plan.labels.terms
    if event.event == START:
        return f"Start as {roles[event.role or '']}"
    if event.event == CERTIFICATION_EVENT:
        return f"{terms[event.item or '']} within reach: {event.how}"
    target = ", the target" if event.role == plan.target else ""
    return f"Move to {roles[event.role or '']} ({event.kind}{target})"


def close_lines(plan: Plan, event: Event) -> list[str]:
    """What to have by a move, one line per item; helpful items say so."""
    if event.event != MOVE or event.missing is None:
        return []
    needed = event.missing.count()
    return [item_line(plan, closing, helpful=index >= needed) for index, closing in enumerate(event.close)]


def item_line(plan: Plan, closing: Closing, helpful: bool = False) -> str:
    """'Recruiting: build it on the job as Recruiter' ('(helps)' after a helpful item's name)."""
    label = plan.labels.terms.get(closing.item, closing.item.capitalize())
    return f"{label}{' (helps)' if helpful else ''}: {closing.how}"


def plan_markdown(plan: Plan) -> str:
    """A self-contained Markdown document: heading, a table of the steps and a checklist."""
    roles = plan.labels.roles
    lines = [f"# {md(title(plan))}", "", md(summary(plan)) + ".", "", md(have_text(plan)) + ".", ""]
    lines += ["## Steps", "", "| Year | Step | Kind | Still missing |", "| ---: | --- | --- | --- |"]
    lines.append(f"| 0 | Start as {md(roles[plan.origin])} |  |  |")
    year = 0.0
    for step in plan.route.steps:
        year += step.move.years
        move = f"{md(roles[step.move.origin])} → {md(roles[step.move.target])}"
        missing = "; ".join(md(item) for item in missing_items(step.gap, plan.labels.terms)) or "nothing"
        lines.append(f"| {year:g} | {move} | {step.move.kind} | {missing} |")
    lines += ["", "## Timeline", ""]
    lines += [f"- **Year {event.year:g}:** {md(event_line(plan, event))}" for event in plan.timeline]
    lines += ["", "## Checklist", ""]
    for event in plan.timeline:
        if event.event == CERTIFICATION_EVENT:
            lines.append(f"- [ ] From year {event.year:g}: {md(event_line(plan, event))}")
        for line in close_lines(plan, event):
            lines.append(f"- [ ] By year {event.year:g} ({md(roles[event.role or ''])}): {md(line)}")
    return "\n".join([*lines, "", f"_{md(NOTE)}_"])


_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Text with Markdown's special characters escaped, safe inside a table cell."""
    return _SPECIAL.sub(r"\\\1", text)
