"""Renderers for `hrpath map`: the level-by-track map and the reach tree.

Both stay readable at 80 columns: the map gives each level its own table with
one column per track present at that level, and the tree expands each role once.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from hrpath.core.career_map import Branch, CareerMap, MapCell
from hrpath.core.models import Move
from hrpath.core.text import years_label
from hrpath.render.text import DIM, HEADING, hanging_grid

ARROWS = {"promotion": "→", "lateral": "⇢"}
LEGEND = "→ promotion   ⇢ lateral move   (typical years in the role before it; ~ estimate)"


def arrow(move: Move) -> str:
    """'→' for a promotion, '⇢' for a lateral move (and any other kind)."""
    return ARROWS.get(move.kind, "⇢")


def map_view(career: CareerMap) -> RenderableType:
    """The whole map: a legend, then one table per level, entry first."""
    parts: list[RenderableType] = [Text(LEGEND, style=DIM)]
    for level, cells in career.levels:
        heading = career.level_labels.get(level, level)
        parts += [Text(""), _level_table(heading, cells, career.labels, career.by)]
    return Group(*parts)


def _level_table(level: str, cells: tuple[MapCell, ...], labels: dict[str, str], by: str) -> RenderableType:
    table = Table(expand=True, header_style=HEADING)
    for cell in cells:
        table.add_column(Text(cell.track or f"no {by}"), ratio=1)
    table.add_row(*(_cell(cell, labels) for cell in cells))
    return Group(Text(level.upper(), style=HEADING), table)


def _cell(cell: MapCell, labels: dict[str, str]) -> RenderableType:
    """Each role's title, then its moves out in a grid so long titles wrap under themselves."""
    parts: list[RenderableType] = []
    for role in cell.roles:
        if parts:
            parts.append(Text(""))
        parts.append(Text(role.title, style="bold cyan"))
        if role.moves:
            rows = [
                (Text(f"  {arrow(move)}"), Text.assemble(labels[move.target], (f" {years_label(move)}", DIM)))
                for move in role.moves
            ]
            parts.append(hanging_grid(rows))
    return Group(*parts)


def reach_view(root: Branch) -> RenderableType:
    """The `map --from` tree: each role once, repeats marked '(see above/below)'."""
    label = Text.assemble((root.role.title, "bold cyan"), (f" ({root.role.level})", DIM))
    tree = Tree(label, guide_style=DIM)
    seen: set[str] = {root.role.id}
    _add_children(tree, root, seen)
    return Group(Text(LEGEND, style=DIM), Text(""), tree)


def _add_children(node: Tree, branch: Branch, seen: set[str]) -> None:
    """Draw depth first with an explicit stack (chains may be thousands deep);
    `seen` holds the roles drawn so far, to say above or below.
    """
    stack = [(node, child) for child in reversed(branch.children)]
    while stack:
        parent, child = stack.pop()
        label = Text.assemble(
            f"{arrow(child.move)} " if child.move else "",
            (child.role.title, "cyan"),
            (f" ({child.role.level}, {years_label(child.move)})" if child.move else "", DIM),
        )
        if child.repeat:
            where = "above" if child.role.id in seen else "below"
            label.append(f"  (see {where})", style=DIM)
            parent.add(label)
        else:
            seen.add(child.role.id)
            added = parent.add(label)
            stack.extend((added, grandchild) for grandchild in reversed(child.children))
