"""The `hrpath plan` command: the best route as a personal timeline, as text, JSON or Markdown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Annotated

import typer

from hrpath.cli.boundary import exit_codes, run
from hrpath.cli.options import DataOption, HaveOption, JsonOption, YearsOption, complete_role
from hrpath.cli.route import AvoidOption, ByOption, PromotionsOption, ViaOption
from hrpath.core.route.search import BY
from hrpath.core.text import split_tokens
from hrpath.datafile.loader import load_graph
from hrpath.errors import BadInput

if TYPE_CHECKING:
    pass

FromArgument = Annotated[
    str,
    typer.Argument(
        metavar="FROM", help="The role you hold: id, title or alias.", autocompletion=complete_role
    ),
]
ToArgument = Annotated[
    str,
    typer.Argument(
        metavar="TO", help="The role you aim for: id, title or alias.", autocompletion=complete_role
    ),
]
MarkdownOption = Annotated[
    bool, typer.Option("--markdown", help="Print a Markdown document (heading, steps table, checklist).")
]


def plan(
    from_role: FromArgument,
    to_role: ToArgument,
    have: HaveOption = None,
    years: YearsOption = 0,
    via: ViaOption = None,
    avoid: AvoidOption = None,
    promotions_only: PromotionsOption = False,
    by: ByOption = BY[0],
    data: DataOption = None,
    as_json: JsonOption = False,
    markdown: MarkdownOption = False,
) -> None:
    """A personal plan from FROM to TO: the best route as a timeline in years from today.

    Year 0 is today, in FROM; each move comes after the typical years of the
    roles before it, so the last move lands at the route's total. Each move
    says what to have by then and how to close each item; each certification
    required or helpful along the route appears in the year it becomes
    reachable (experience grows a year a year from --years).

    \b
    Examples:
      hrpath plan recruiter "HR Director" --have bachelors --years 3
      hrpath plan "HR Assistant" "HR Manager" --markdown > plan.md
      hrpath plan recruiter CHRO --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.plan import Plan, career_plan
    from hrpath.render.plan import plan_markdown, plan_view

    compute = partial(
        career_plan,
        source=from_role,
        target=to_role,
        tokens=split_tokens(have),
        years=years,
        by=by,
        via=via or (),
        avoid=avoid or (),
        promotions_only=promotions_only,
    )

    if not markdown:
        run(compute, data, as_json, Plan.to_dict, plan_view)
        return
    with exit_codes():
        if as_json:
            raise BadInput("give --json or --markdown, not both")
        # Plain print: Markdown must reach the file exactly as written, never wrapped by rich.
        print(plan_markdown(compute(load_graph(data))))


def register(app: typer.Typer) -> None:
    """Add the plan command to the app."""
    app.command()(plan)
