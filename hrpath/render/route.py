"""Renderers for `route`, `route --to` and `next`: ladders of steps, a table of feeder roles.

Each route is a tree whose branches are its moves, in order: who you are, who
you become, the kind of move and its typical years, the pay change and what you
still need. Data strings only go in through `Text`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from hrpath.core.qualifications import Have, Missing
from hrpath.core.route.reach import Reach
from hrpath.core.route.results import Labels, PayChange, Route, RoutePlan, Step
from hrpath.render.text import (
    DIM,
    HEADING,
    MAX_ROWS,
    ROUTE_ENDS,
    left_out,
    missing_items,
    money,
    more_years,
    move_summary,
    years_text,
)

if TYPE_CHECKING:  # `route FROM TO` need not define the answers of `route --to` and `next`
    from hrpath.core.route.feeders import Feeders
    from hrpath.core.route.next_moves import NextMoves

BY_TEXT = {"years": "fewest typical years", "steps": "fewest moves"}


def pay_change_text(change: PayChange | None) -> Text:
    """'pay +$67,120 (2024)', 'pay unchanged (2024)', or that it is not known."""
    if change is None:
        return Text("pay change not known", style=DIM)
    years = [str(year) for year in dict.fromkeys((change.from_year, change.to_year)) if year]
    notes = [" → ".join(years)] if years else []
    notes += ["estimate"] if change.estimate else []
    when = f" ({', '.join(notes)})" if notes else ""
    if change.change_usd == 0:
        return Text(f"pay unchanged{when}")
    sign, style = ("+", "green") if change.change_usd > 0 else ("-", "red")
    return Text.assemble("pay ", (f"{sign}{money(abs(change.change_usd), change.currency)}", style), when)


def gap_text(gap: Missing, labels: Labels) -> Text:
    """'needs: Bachelor's degree, 1 more year, Recruiting', or 'nothing missing'."""
    if gap.is_empty():
        return Text("nothing missing", style="green")
    return Text.assemble(("needs: ", "yellow"), ", ".join(missing_items(gap, labels.terms)))


def step_label(step: Step, labels: Labels, *, show_from: bool = True, in_role: float = 0) -> Text:
    """The three lines of one move: from → to; kind, years and pay; the gap.

    With years already in the role (`in_role`), the years still ahead follow the typical ones.
    """
    move = step.move
    head = Text.assemble((labels.roles[move.origin], ""), " → ") if show_from else Text("→ ")
    head.append(labels.roles[move.target], style="bold cyan")
    facts = Text(move_summary(move))
    if in_role:
        left = max(0, move.years - in_role)
        facts.append(f", about {more_years(left)} for you" if left else ", typical time already served")
    facts.append_text(Text.assemble(" · ", pay_change_text(step.pay_change)))
    return Text("\n").join([head, facts, gap_text(step.gap, labels)])


def how_long(route: Route, start: str) -> str:
    """'8 years', or with time in the first role: 'about 5 more years: typically 8 from starting
    as Recruiter, and you have 3'."""
    if not route.in_role or not route.steps:
        return years_text(route.years)
    return (
        f"about {more_years(route.remaining_years)}: typically {route.years:g} from starting as {start}, "
        f"and you have {route.in_role:g}"
    )


def route_summary(route: Route, heading: str = "Best route", start: str = "") -> Text:
    """'Best route: 2 moves, 8 years, pay +$67,120 (2024)'."""
    moves = len(route.steps)
    counts = f"{moves} move{'' if moves == 1 else 's'}, {how_long(route, start)}"
    if any(not step.move.years_stated for step in route.steps):
        counts += " (estimate: some moves state no years)"
    elif route.estimate:
        counts += " (estimate)"
    text = Text.assemble((f"{heading}: ", HEADING), counts)
    if moves:
        text.append_text(Text.assemble(", ", pay_change_text(route.pay_change)))
    return text


def route_ladder(route: Route, labels: Labels, heading: str = "Best route") -> RenderableType:
    """One route as a tree: its summary, then one branch per move, in order."""
    start = labels.roles[route.roles[0]]
    if not route.steps:
        return Text.assemble(route_summary(route, heading), f"; you are already {start}")
    tree = Tree(route_summary(route, heading, start), guide_style=DIM)
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
        via = _via(tuple(path(source.role)[1:-1]), labels) or "(direct)"
        table.add_row(
            Text(labels.roles[source.role]), Text(f"{source.years:g}"), Text(str(source.moves)), Text(via)
        )
    parts: list[RenderableType] = [title, Text(""), table]
    if len(answer.feeders) > MAX_ROWS:
        parts.append(left_out(len(answer.feeders) - MAX_ROWS, "roles"))
    return Group(*parts)


# A long chain's feeders each pass through hundreds of roles: name the ends.
_VIA_SHOWN = 8


def _via(roles: tuple[str, ...], labels: Labels) -> str:
    """'A → B → C', or for long routes 'A → B → C → … (12 more) → X → Y → Z'."""
    if len(roles) > _VIA_SHOWN:
        hidden = len(roles) - 6
        return " → ".join(
            [*(labels.roles[r] for r in roles[:3]), f"… ({hidden} more)"]
            + [labels.roles[r] for r in roles[-3:]]
        )
    return " → ".join(labels.roles[role] for role in roles)


def next_view(answer: NextMoves) -> RenderableType:
    """The `hrpath next ROLE` tree: the moves out, closest first."""
    labels = answer.labels
    title = Text.assemble("Moves out of ", (labels.roles[answer.origin], HEADING), ", closest first")
    tree = Tree(title, guide_style=DIM)
    for step in answer.moves:
        tree.add(step_label(step, labels, show_from=False, in_role=answer.in_role))
    note = f"{labels.roles[answer.origin]} requires"
    return Group(tree, _have_text(answer.have, labels, note))


def reach_view(answer: Reach) -> RenderableType:
    """The `hrpath next ROLE --all` table: every reachable role, nearest first."""
    labels = answer.labels
    title = Text.assemble("Where ", (labels.roles[answer.origin], HEADING), " can lead, nearest first")
    table = Table(show_edge=False, pad_edge=False, header_style=HEADING)
    table.add_column("To", min_width=20)
    table.add_column("Id", no_wrap=True)
    table.add_column("Years", justify="right")
    table.add_column("Moves", justify="right")
    table.add_column("Pay", justify="right", no_wrap=True)
    for route in answer.routes:
        target = route.roles[-1]
        years = route.remaining_years if route.in_role else route.years
        table.add_row(
            Text(labels.roles[target]),
            Text(target, style=DIM),
            Text(f"{years:g}"),
            Text(str(len(route.steps))),
            _pay_delta(route.pay_change),
        )
    note = "Years: typical years of the best route" + (
        " still ahead (--in-role counted)." if any(r.in_role for r in answer.routes) else "."
    )
    return Group(title, Text(""), table, Text(note, style=DIM))


def _pay_delta(change: PayChange | None) -> Text:
    """'+$67,120', 'same' or 'unknown': the pay column of a table."""
    if change is None:
        return Text("unknown", style=DIM)
    if change.change_usd == 0:
        return Text("same")
    sign, style = ("+", "green") if change.change_usd > 0 else ("-", "red")
    return Text(f"{sign}{money(abs(change.change_usd))}", style=style)
