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
from hrpath.render.browse import DIM, HEADING

ARROWS = {"promotion": "→", "lateral": "⇢"}
LEGEND = "→ promotion   ⇢ lateral move   (typical years in the role before the move)"


def arrow(move: Move) -> str:
    """'→' for a promotion, '⇢' for a lateral move (and any other kind)."""
    return ARROWS.get(move.kind, "⇢")


def short_years(move: Move) -> str:
    """'3y', '2.5y'."""
    return f"{move.years:g}y"


def map_view(career: CareerMap) -> RenderableType:
    """The whole map: a legend, then one table per level, entry first."""
    parts: list[RenderableType] = [Text(LEGEND, style=DIM)]
    for level, cells in career.levels:
        parts += [Text(""), _level_table(level, cells, career.titles)]
    return Group(*parts)


def _level_table(level: str, cells: tuple[MapCell, ...], titles: dict[str, str]) -> RenderableType:
    table = Table(expand=True, header_style=HEADING)
    for cell in cells:
        table.add_column(Text(cell.track or "no track"), ratio=1)
    table.add_row(*(_cell(cell, titles) for cell in cells))
    return Group(Text(level.upper(), style=HEADING), table)


def _cell(cell: MapCell, titles: dict[str, str]) -> RenderableType:
    """Each role's title, then its moves out in a grid so long titles wrap under themselves."""
    parts: list[RenderableType] = []
    for role in cell.roles:
        if parts:
            parts.append(Text(""))
        parts.append(Text(role.title, style="bold cyan"))
        if role.moves:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            for move in role.moves:
                grid.add_row(
                    Text(f"  {arrow(move)}"),
                    Text.assemble(titles[move.target], (f" {short_years(move)}", DIM)),
                )
            parts.append(grid)
    return Group(*parts)


def reach_view(root: Branch) -> RenderableType:
    """The `map --from` tree: each role once, repeats marked '(see above/below)'."""
    label = Text.assemble((root.role.title, "bold cyan"), (f" ({root.role.level})", DIM))
    tree = Tree(label, guide_style=DIM)
    seen: set[str] = {root.role.id}
    _add_children(tree, root, seen)
    return Group(Text(LEGEND, style=DIM), Text(""), tree)


def _add_children(node: Tree, branch: Branch, seen: set[str]) -> None:
    """Draw depth first; `seen` holds the roles drawn so far, to say above or below."""
    for child in branch.children:
        label = Text.assemble(
            f"{arrow(child.move)} " if child.move else "",
            (child.role.title, "cyan"),
            (f" ({child.role.level}, {short_years(child.move)})" if child.move else "", DIM),
        )
        if child.repeat:
            where = "above" if child.role.id in seen else "below"
            label.append(f"  (see {where})", style=DIM)
            node.add(label)
        else:
            seen.add(child.role.id)
            _add_children(node.add(label), child, seen)
