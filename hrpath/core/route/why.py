"""Why there is no route: one sentence naming the cause a person can act on."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from hrpath.core.graph import RoleGraph
from hrpath.core.route.search import allowed_moves, reaches


def why_no_route(
    graph: RoleGraph,
    source: str,
    target: str,
    *,
    via: Sequence[str] = (),
    avoid: Sequence[str] = (),
    promotions_only: bool = False,
) -> str:
    """The reason no loopless route leads from `source` to `target` under these options.

    Causes are tried from the most basic (nothing leads out) to the most
    specific (a via-route that must pass a role twice).
    """

    def title(*roles: str) -> str:
        return _names(graph, roles)

    head = f"no route from {title(source)} to {title(target)}"
    if not reaches(allowed_moves(graph.moves()), source, target):
        if not graph.moves_from(source):
            return f"{head}: nothing leads out of {title(source)}"
        if not graph.moves_into(target):
            return f"{head}: nothing leads into {title(target)}"
        return f"{head}: no sequence of moves leads from one to the other"
    allowed = allowed_moves(graph.moves(), avoid, promotions_only)
    if not reaches(allowed, source, target):
        return f"{head}: {_blame_filters(graph, source, target, avoid, promotions_only)}"
    ends = [source, *via, target]
    for before, after in pairwise(ends):
        if not reaches(allowed, before, after):
            return f"{head} through {title(*via)}: {title(after)} cannot be reached from {title(before)}"
    return f"{head} through {title(*via)}: every way passes some role twice"


def _blame_filters(
    graph: RoleGraph, source: str, target: str, avoid: Sequence[str], promotions_only: bool
) -> str:
    """Which of --avoid and --promotions-only removes every way (the route exists without them)."""
    avoided = f"--avoid {_names(graph, avoid)} removes every way"
    laterals = "every way needs a lateral move (--promotions-only)"
    if not promotions_only:
        return avoided
    if not avoid:
        return laterals
    if not reaches(allowed_moves(graph.moves(), avoid), source, target):
        return avoided
    if not reaches(allowed_moves(graph.moves(), (), True), source, target):
        return laterals
    return "--avoid and --promotions-only together remove every way"


def _names(graph: RoleGraph, roles: Sequence[str]) -> str:
    """Role titles joined as 'A, B and C'."""
    titles = [graph.role(role).title for role in roles]
    return ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles)
