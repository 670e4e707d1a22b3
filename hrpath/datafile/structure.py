"""Structural warnings: a file that checks out but describes an odd career graph.

Promotions that go round in a circle, promotions to a lower level, and roles
cut off from every other role are legal but almost always mistakes, so
`hrpath validate` warns about them (and `--strict` fails on them).
"""

from __future__ import annotations

from hrpath.core.models import LEVELS
from hrpath.datafile.yamlsource import YamlList, YamlMap
from hrpath.errors import Problem

_SHOWN = 6  # roles named in a cycle warning before "..."


def structure_warnings(document: YamlMap, filename: str) -> list[Problem]:
    """Warnings for a document that passed every check (see `loader.check_file`)."""
    roles: list[YamlMap] = list(document["roles"])
    # The file's own levels, lowest first (format 2), else the default four.
    levels = tuple(level["id"] for level in document.get("levels", ())) or LEVELS
    warnings = _downward_promotions(roles, levels, filename)
    warnings += _promotion_cycles(roles, filename)
    warnings += _cut_off(roles, filename)
    warnings.sort(key=lambda warning: warning.line or 0)
    return warnings


def _moves(role: YamlMap) -> list[tuple[YamlMap, int]]:
    """A role's moves with the line of each."""
    moves = role.get("next", YamlList())
    return list(zip(moves, getattr(moves, "item_lines", []), strict=False))


def _downward_promotions(roles: list[YamlMap], levels: tuple[str, ...], filename: str) -> list[Problem]:
    level = {role["id"]: levels.index(role["level"]) for role in roles}
    warnings = []
    for role in roles:
        for move, line in _moves(role):
            target = move["to"]
            if move.get("kind", "promotion") == "promotion" and level[target] < level[role["id"]]:
                message = f"promotion to {target!r} goes down from {role['level']} to {levels[level[target]]}"
                warnings.append(Problem(filename, line, message, role["id"]))
    return warnings


def _promotion_cycles(roles: list[YamlMap], filename: str) -> list[Problem]:
    edges = {
        role["id"]: [move["to"] for move, _ in _moves(role) if move.get("kind", "promotion") == "promotion"]
        for role in roles
    }
    lines = {role["id"]: role.line for role in roles}
    warnings = []
    for members in strongly_connected(edges):
        if len(members) > 1:
            ordered = sorted(members, key=lines.__getitem__)
            named = ", ".join(map(repr, ordered[:_SHOWN])) + (", ..." if len(ordered) > _SHOWN else "")
            message = f"promotions go round in a cycle through {named}"
            warnings.append(Problem(filename, lines[ordered[0]], message, ordered[0]))
    return warnings


def _cut_off(roles: list[YamlMap], filename: str) -> list[Problem]:
    if len(roles) < 2:
        return []
    reached = {move["to"] for role in roles for move, _ in _moves(role)}
    return [
        Problem(filename, role.line, "no move leads to this role and it leads nowhere", role["id"])
        for role in roles
        if role["id"] not in reached and not _moves(role)
    ]


def strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, with an explicit stack (no recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, [])
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components
