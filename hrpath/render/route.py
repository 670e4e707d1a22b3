"""Renderers for `route`, `route --to` and `next`: ladders of steps, a table of feeder roles.

Each route is a tree whose branches are its moves, in order: who you are, who
you become, the kind of move and its typical years, the pay change and what you
still need. Data strings only go in through `Text`, never markup.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from hrpath.core.qualifications import Have, Missing
from hrpath.core.route.results import Feeders, Labels, NextMoves, PayChange, Route, RoutePlan, Step
from hrpath.render.text import (
    DIM,
    HEADING,
    MAX_ROWS,
    ROUTE_ENDS,
    left_out,
    missing_items,
    money,
    move_summary,
    years_text,
)

BY_TEXT = {"years": "fewest typical years", "steps": "fewest moves"}


def pay_change_text(change: PayChange | None) -> Text:
    """'pay +$67,120 (2024)', 'pay unchanged (2024)', or that it is not known."""
    if change is None:
        return Text("pay change not known", style=DIM)
    years = dict.fromkeys(year for year in (change.from_year, change.to_year) if year)
    when = f" ({' → '.join(map(str, years))})" if years else ""
    if change.change_usd == 0:
        return Text(f"pay unchanged{when}")
    sign, style = ("+", "green") if change.change_usd > 0 else ("-", "red")
    return Text.assemble("pay ", (f"{sign}{money(abs(change.change_usd))}", style), when)


def gap_text(gap: Missing, labels: Labels) -> Text:
    """'needs: Bachelor's degree, 1 more year, Recruiting', or 'nothing missing'."""
    if gap.is_empty():
        return Text("nothing missing", style="green")
    return Text.assemble(("needs: ", "yellow"), ", ".join(missing_items(gap, labels.terms)))


def step_label(step: Step, labels: Labels, *, show_from: bool = True) -> Text:
    """The three lines of one move: from → to; kind, years and pay; the gap."""
    move = step.move
    head = Text.assemble((labels.roles[move.origin], ""), " → ") if show_from else Text("→ ")
    head.append(labels.roles[move.target], style="bold cyan")
    facts = Text.assemble(move_summary(move), " · ", pay_change_text(step.pay_change))
    return Text("\n").join([head, facts, gap_text(step.gap, labels)])


def route_summary(route: Route, heading: str = "Best route") -> Text:
    """'Best route: 2 moves, 8 years, pay +$67,120 (2024)'."""
    moves = len(route.steps)
    counts = f"{moves} move{'' if moves == 1 else 's'}, {years_text(route.years)}"
    text = Text.assemble((f"{heading}: ", HEADING), counts)
    if moves:
        text.append_text(Text.assemble(", ", pay_change_text(route.pay_change)))
    return text


def route_ladder(route: Route, labels: Labels, heading: str = "Best route") -> RenderableType:
    """One route as a tree: its summary, then one branch per move, in order."""
    if not route.steps:
        return Text.assemble(
            route_summary(route, heading), f"; you are already {labels.roles[route.roles[0]]}"
        )
    tree = Tree(route_summary(route, heading), guide_style=DIM)
    steps = route.steps
    if len(steps) > 2 * ROUTE_ENDS + 1:
        # A long route keeps both ends and collapses its middle into one line.
        for step in steps[:ROUTE_ENDS]:
            tree.add(step_label(step, labels))
        tree.add(left_out(len(steps) - 2 * ROUTE_ENDS, "moves"))
        steps = steps[-ROUTE_ENDS:]
    for step in steps:
        tree.add(step_label(step, labels))
    return tree


def _have_text(have: Have | None, labels: Labels, counted: str) -> Text:
    """The note saying what the gaps are measured against."""
    if have is None or have == Have():
        return Text(f"Gaps count what {counted} as had; --have and --years add yours.", style=DIM)
    had = [labels.terms.get(have.education, have.education)] if have.education else []
    had += [labels.terms.get(item, item) for item in sorted(have.skills | have.certifications)]
    had.append(f"{years_text(have.experience_years)} of experience")
    return Text(f"Gaps count what you have ({', '.join(had)}) plus what {counted}.", style=DIM)


def route_plan_view(plan: RoutePlan) -> RenderableType:
    """The `hrpath route FROM TO` output: the best route, then numbered alternatives."""
    labels = plan.labels
    title = Text.assemble(
        (labels.roles[plan.origin], HEADING),
        " to ",
        (labels.roles[plan.target], HEADING),
        f", {BY_TEXT[plan.by]}",
    )
    note = _have_text(plan.have, labels, "earlier roles require")
    parts: list[RenderableType] = [title, note]
    for number, route in enumerate(plan.routes):
        heading = f"Alternative {number}" if number else "Best route"
        parts += [Text(""), route_ladder(route, labels, heading)]
    return Group(*parts)


def feeders_view(answer: Feeders) -> RenderableType:
    """The `hrpath route --to ROLE` table: every role that leads in, nearest first."""
    labels = answer.labels
    title = Text.assemble("Roles that lead to ", (labels.roles[answer.target], HEADING), ", nearest first")
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING)
    table.add_column("From")
    table.add_column("Years", justify="right")
    table.add_column("Moves", justify="right")
    table.add_column("Via")
    path = answer.path_finder()
    for source in answer.feeders[:MAX_ROWS]:
        via = _via_text([labels.roles[role] for role in path(source.role)[1:-1]])
        table.add_row(
            Text(labels.roles[source.role]), Text(f"{source.years:g}"), Text(str(source.moves)), Text(via)
        )
    parts: list[RenderableType] = [title, Text(""), table]
    if len(answer.feeders) > MAX_ROWS:
        parts.append(left_out(len(answer.feeders) - MAX_ROWS, "roles"))
    return Group(*parts)


def _via_text(titles: list[str]) -> str:
    """The roles a feeder passes, its middle shortened when there are many."""
    if not titles:
        return "(direct)"
    if len(titles) > 6:
        titles = [*titles[:2], f"… {len(titles) - 4} more …", *titles[-2:]]
    return " → ".join(titles)


def next_view(answer: NextMoves) -> RenderableType:
    """The `hrpath next ROLE` tree: the moves out, closest first."""
    labels = answer.labels
    title = Text.assemble("Moves out of ", (labels.roles[answer.origin], HEADING), ", closest first")
    tree = Tree(title, guide_style=DIM)
    for step in answer.moves:
        tree.add(step_label(step, labels, show_from=False))
    note = f"{labels.roles[answer.origin]} requires"
    return Group(tree, _have_text(answer.have, labels, note))
