"""Text helpers every renderer shares: years, money, pay, moves, what is
missing, and the one hanging grid that keeps wrapped lines under their text.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hrpath.core.models import Move, Pay
from hrpath.core.qualifications import Missing
from hrpath.core.text import years_text as years_text  # re-exported: renderers import it from here

HEADING = "bold"
DIM = "dim"
PERCENTILE_NAMES = {"p10": "10th", "p25": "25th", "median": "median", "p75": "75th", "p90": "90th"}


def more_years(years: float) -> str:
    """'2 more years', '1 more year'."""
    number, unit = years_text(years).split(" ", 1)
    return f"{number} more {unit}"


def money(amount: float) -> str:
    """'$72,910'."""
    return f"${amount:,.0f}"


def pay_text(pay: Pay | None) -> Text:
    """The role's pay with its year, flagged when it is an estimate.

    Called "median" only when it is one: a figure placed elsewhere in the
    occupation's range says so.
    """
    if pay is None:
        return Text("not given", style=DIM)
    year = f" ({pay.year})" if pay.year else ""
    published = pay.percentile("median")
    kind = " median" if published in (None, pay.median_usd) else " a year, placed in the range"
    text = Text.assemble((money(pay.median_usd), HEADING), f"{kind}{year}")
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


def hanging_grid(rows: Sequence[Sequence[RenderableType]], ratios: Sequence[int | None] = ()) -> Table:
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
