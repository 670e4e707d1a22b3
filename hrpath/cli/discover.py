"""Commands to discover with: `hrpath search TEXT` and `hrpath terms [KIND | ID]`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from hrpath.cli.boundary import emit_answer, exit_codes
from hrpath.cli.options import DataOption, JsonOption
from hrpath.datafile.loader import load_graph


def search(
    text: Annotated[list[str], typer.Argument(metavar="TEXT", help="Words to look for, e.g. payroll.")],
    limit: Annotated[int, typer.Option("--limit", metavar="N", min=1, help="Show the N best roles.")] = 10,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find roles by words: title and aliases first, then summary, duties, skills, certifications.

    Typos are tolerated; each role says why it matched. Exit 1 when nothing matches.

    \b
    Examples:
      hrpath search payroll
      hrpath search "labour relations" --json
    """
    from hrpath.core.search import SearchResult, search_roles
    from hrpath.render.discover import search_view

    with exit_codes():
        result = search_roles(load_graph(data), " ".join(text), limit)
        empty = None if result.hits else f"no role matches {result.query!r}"
        emit_answer(result, empty, as_json, SearchResult.to_dict, search_view)


def terms(
    kind_or_id: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[KIND | ID]",
            help="education, skills or certifications; or one term's id, label or alias.",
        ),
    ] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """List what --have accepts: education levels, skills and certifications, with aliases.

    Each term shows how many roles require it; `hrpath terms ID` shows one term
    in detail (who awards a certification and its eligibility; which roles need it).

    \b
    Examples:
      hrpath terms
      hrpath terms certifications
      hrpath terms shrm-cp --json
    """
    from hrpath.cli.boundary import run
    from hrpath.core.terms import Terms, list_terms
    from hrpath.render.discover import terms_view

    run(lambda graph: list_terms(graph, kind_or_id), data, as_json, Terms.to_dict, terms_view)


def register(app: typer.Typer) -> None:
    """Add `search` and `terms` to the app."""
    app.command()(search)
    app.command()(terms)
