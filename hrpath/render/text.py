"""Text helpers every renderer shares: years, money, pay, moves, what is
missing, and the one hanging grid that keeps wrapped lines under their text.

Renderers return rich renderables and never print. Data strings always go in
through `Text`, never into markup, so a title like "Ops [/] Lead" is safe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hrpath.core.models import AnyOf, Move, Pay, Requirements
from hrpath.core.text import years_text as years_text  # re-exported: renderers import it from here

if TYPE_CHECKING:  # the `show` panel needs no Have or Missing dataclass: not imported at run time
    from hrpath.core.qualifications import Missing

HEADING = "bold"
DIM = "dim"
PERCENTILE_NAMES = {"p10": "10th", "p25": "25th", "median": "median", "p75": "75th", "p90": "90th"}
# Text output of huge answers stays readable and fast: tables show this many rows,
# routes this many moves at each end; --json always has everything.
MAX_ROWS = 200
ROUTE_ENDS = 20


def left_out(count: int, what: str) -> Text:
    """The line that says how much of a long answer the text leaves out."""
    return Text(f"… {count:,} more {what} not shown; --json lists them all", style=DIM)


def more_years(years: float) -> str:
    """'2 more years', '1 more year'."""
    number, unit = years_text(years).split(" ", 1)
    return f"{number} more {unit}"


def money(amount: float, currency: str = "USD") -> str:
    """'$72,910' in US dollars; '58,000 GBP' in any other currency (never converted)."""
    if currency == "USD":
        return f"${amount:,.0f}"
    return f"{amount:,.0f} {currency}"


def experience_text(requires: Requirements) -> str:
    """'5 years', '3 to 5 years', 'not stated', with '(estimate)' when no source backs it."""
    shown = years_text(requires.experience_years)
    if requires.experience_max is not None and requires.experience_years is not None:
        shown = f"{requires.experience_years:g} to {years_text(requires.experience_max)}"
    return shown + (" (estimate)" if requires.estimate else "")


def pay_text(pay: Pay | None) -> Text:
    """Pay (median and/or band) with its year, flagged when it is an estimate.

    Called "median" only when it is one: a figure placed elsewhere in the
    occupation's published range says so.
    """
    if pay is None:
        return Text("not given", style=DIM)
    year = f" ({pay.year})" if pay.year else ""
    text = Text()
    if pay.median is not None:
        published = pay.percentile("median")
        text.append(money(pay.median, pay.currency), style=HEADING)
        text.append(" median" if published in (None, pay.median) else " a year, placed in the range")
    if pay.band is not None:
        text.append(", band " if pay.median is not None else "band ")
        text.append(
            f"{money(pay.band[0], pay.currency)} to {money(pay.band[1], pay.currency)}", style=HEADING
        )
    text.append(year)
    if pay.estimate:
        text.append(" [estimate]", style="yellow")
    return text


def move_summary(move: Move) -> str:
    """'promotion · 3 years (estimate)'; an unstated move shows the stand-in it was given."""
    if not move.years_stated:
        return f"{move.kind} · years not stated ({years_text(move.years)} assumed, estimate)"
    estimate = " (estimate)" if move.estimate else ""
    return f"{move.kind} · {years_text(move.years)}{estimate}"


def missing_items(missing: Missing, labels: Mapping[str, str]) -> list[str]:
    """What is missing, in one order everywhere: education, experience, skills, certifications."""
    items = [labels.get(missing.education, missing.education)] if missing.education else []
    if missing.experience_years:
        items.append(more_years(missing.experience_years))
    levels = dict(missing.skill_levels)
    items += [skill_text(skill, levels.get(skill), labels) for skill in missing.skills]
    items += [any_of_text(item, labels) for item in missing.any_of]
    items += [labels.get(item, item) for item in missing.certifications]
    return items


def skill_text(skill: str, level: int | None, labels: Mapping[str, str]) -> str:
    """'Communication', 'Communication (level 3)' or, with level labels, '... (level 3: Influential)'."""
    label = labels.get(skill, skill)
    if level is None:
        return label
    name = labels.get(f"{skill}:{level}")
    return f"{label} (level {level}{': ' + name if name else ''})"


def any_of_text(item: AnyOf, labels: Mapping[str, str]) -> str:
    """'one of SQL, Excel or Tableau', '2 of ...'."""
    names = [labels.get(skill, skill) for skill in item.ids]
    listed = ", ".join(names[:-1]) + " or " + names[-1]
    return f"{'one' if item.count == 1 else item.count} of {listed}"


def requirement_skills(requires: Requirements, labels: Mapping[str, str]) -> list[str]:
    """Every skill requirement as text: levelled skills with their level, then any-of items."""
    levels = dict(requires.skill_levels)
    items = [skill_text(skill, levels.get(skill), labels) for skill in requires.skills]
    return items + [any_of_text(item, labels) for item in requires.any_of]


def hanging_grid(
    rows: Sequence[Sequence[RenderableType]],
    ratios: Sequence[int | None] = (),
    min_widths: Sequence[int] = (),
) -> Table:
    """Rows of a marker then text columns; wrapped text stays under its column.

    The marker column never wraps; `ratios` share the width among the others,
    each at least its `min_widths` entry.
    """
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    columns = max((len(row) for row in rows), default=2) - 1
    for index in range(columns):
        grid.add_column(
            ratio=ratios[index] if index < len(ratios) else None,
            min_width=min_widths[index] if index < len(min_widths) else None,
        )
    for row in rows:
        grid.add_row(*row)
    return grid
