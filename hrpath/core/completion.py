"""Shell-completion candidates: role ids and `--have` terms, with one-line help.

One home for what a TAB press offers, used by the typer app's completion
callbacks and by the entry point's fast path, which reads the same lists from
the graph cache (`datafile.cache`) without loading the graph. Matching ignores
case, like every name hrpath reads; a candidate keeps the user's own spelling
of the typed part, because shells drop candidates that do not start with it.

The module imports nothing at import time, so a TAB press stays cheap.
"""

from __future__ import annotations

# typing is not imported at run time: a TAB press loads this module and no more.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from hrpath.core.graph import RoleGraph

Candidate = tuple[str, str]  # (value, one-line help)


def role_candidates(graph: RoleGraph) -> list[Candidate]:
    """Every role id with its title as help, in the graph's order.

    Only ids: a title match offering an id would be dropped by the shell anyway.
    """
    return [(role.id, one_line(role.title)) for role in graph]


def have_candidates(graph: RoleGraph) -> list[Candidate]:
    """Every `--have` term id with its label: education, skills, then certifications."""
    terms = [*graph.education, *graph.skills.values()]
    labelled = [(term.id, term.label) for term in terms]
    labelled += [(cert.id, cert.label) for cert in graph.certifications.values()]
    return [(item_id, one_line(label)) for item_id, label in labelled]


def one_line(description: str) -> str:
    """A completion description as zsh and fish show it: one line, no control characters."""
    from hrpath.core.text import visible

    return visible(description, keep=frozenset())


def starts(value: str, incomplete: str) -> bool:
    """Whether `value` starts with the typed word, ignoring case."""
    return value.casefold().startswith(incomplete.casefold())


def typed(incomplete: str, value: str) -> str:
    """`value` with the user's own spelling of the typed part ("HR-D" -> "HR-Director")."""
    return incomplete + value[len(incomplete) :]


def matching(candidates: list[Candidate], incomplete: str) -> list[Candidate]:
    """The candidates that start with `incomplete`, spelled the way it was typed."""
    return [(typed(incomplete, value), text) for value, text in candidates if starts(value, incomplete)]


def matching_list_item(candidates: list[Candidate], incomplete: str) -> list[Candidate]:
    """Matches for the last item of a comma-separated value ("mba,rec" -> "mba,recruiting")."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [(prefix + value, text) for value, text in matching(candidates, last)]
