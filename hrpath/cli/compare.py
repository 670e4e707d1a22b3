"""The `hrpath compare` command: two roles side by side."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from hrpath.cli.boundary import run
from hrpath.cli.options import DataOption, JsonOption, complete_role

RoleA = Annotated[
    str, typer.Argument(metavar="A", help="First role: id, title or alias.", autocompletion=complete_role)
]
RoleB = Annotated[
    str, typer.Argument(metavar="B", help="Second role: id, title or alias.", autocompletion=complete_role)
]


def compare(
    role_a: RoleA,
    role_b: RoleB,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two roles side by side, and say what one requires that the other does not.

    \b
    Examples:
      hrpath compare "HR Generalist" "HR Specialist"
      hrpath compare recruiter "talent acquisition manager" --json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.core.compare import Comparison, compare_roles
    from hrpath.render import compare as render_compare

    run(
        partial(compare_roles, name_a=role_a, name_b=role_b),
        data,
        as_json,
        Comparison.to_dict,
        render_compare.comparison_view,
    )


def register(app: typer.Typer) -> None:
    """Add `compare` to the app."""
    app.command()(compare)
