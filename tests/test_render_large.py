"""Huge answers stay readable as text: tables cap their rows, long routes collapse their middle."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType

from hrpath.core.graph import RoleGraph
from hrpath.core.listing import listing
from hrpath.core.models import Move, Role
from hrpath.core.route.feeders import feeders_into
from hrpath.core.route.routes import route_plan
from hrpath.render.browse import roles_table
from hrpath.render.route import feeders_view, route_plan_view


def chain(count: int) -> RoleGraph:
    """r0 -> r1 -> ... -> r(count-1), one year each."""
    return RoleGraph(
        Role(
            f"r{i}", f"Role {i}", "mid", moves=(Move(f"r{i}", f"r{i + 1}", years=1),) if i + 1 < count else ()
        )
        for i in range(count)
    )


def text(renderable: RenderableType) -> list[str]:
    console = Console(file=StringIO(), width=120)
    console.print(renderable)
    return console.file.getvalue().splitlines()  # type: ignore[attr-defined]


def test_a_long_table_says_how_many_rows_it_left_out() -> None:
    lines = text(roles_table(listing(chain(250))))
    assert lines[-1] == "… 50 more roles not shown; --json lists them all"
    assert sum("│ Role " in line for line in lines) == 200


def test_feeders_table_caps_rows_and_shortens_long_routes() -> None:
    lines = text(feeders_view(feeders_into(chain(250), "r249")))
    assert lines[-1] == "… 49 more roles not shown; --json lists them all"
    assert lines[4].startswith("Role 248 │     1 │     1 │ (direct)")  # the nearest first
    assert "Role 246 → Role 247 → Role 248" in lines[7]
    assert any("… (" in line and " more)" in line for line in lines)


def test_a_long_route_collapses_its_middle() -> None:
    lines = text(route_plan_view(route_plan(chain(60), "r0", "r59", alternatives=1)))
    assert sum("→ Role" in line for line in lines) == 40
    assert any(line.endswith("… 19 more moves not shown; --json lists them all") for line in lines)
    assert any("Role 0 → Role 1" in line for line in lines)
    assert any("Role 58 → Role 59" in line for line in lines)
