"""Text helpers every renderer shares: years, money, pay, moves, what is
missing, and the one hanging grid that keeps wrapped lines under their text.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.table import Table
from rich.text import Text

from hrpath.core.models import Move, Pay
from hrpath.core.qualifications import Missing

HEADING = "bold"
DIM = "dim"
# Text output of huge answers stays readable and fast: tables show this many rows,
# routes this many moves at each end; --json always has everything.
MAX_ROWS = 200
ROUTE_ENDS = 20


def left_out(count: int, what: str) -> Text:
    """The line that says how much of a long answer the text leaves out."""
    return Text(f"… {count:,} more {what} not shown; --json lists them all", style=DIM)


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


def move_summary(move: Move) -> str:
    """'promotion · 3 years (estimate)'."""
    estimate = " (estimate)" if move.estimate else ""
    return f"{move.kind} · {years_text(move.years)}{estimate}"


def missing_items(missing: Missing, labels: Mapping[str, str]) -> list[str]:
    """What is missing, in one order everywhere: education, experience, skills, certifications."""
    items = [labels.get(missing.education, missing.education)] if missing.education else []
    if missing.experience_years:
        items.append(more_years(missing.experience_years))
    items += [labels.get(item, item) for item in (*missing.skills, *missing.certifications)]
    return items


def hanging_grid(rows: Sequence[Sequence[Text]], ratios: Sequence[int | None] = ()) -> Table:
    """Rows of a marker then text columns; wrapped text stays under its column.

    The marker column never wraps; `ratios` share the width among the others.
    """
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    columns = max((len(row) for row in rows), default=2) - 1
    for index in range(columns):
        grid.add_column(ratio=ratios[index] if index < len(ratios) else None)
    for row in rows:
        grid.add_row(*row)
    return grid
