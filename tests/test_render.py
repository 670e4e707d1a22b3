"""Renderer tests: exact text, and data strings that look like rich markup."""

from __future__ import annotations

from rich.console import Console, RenderableType

from hrpath.core.browse import listing, role_profile
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Pay, Role
from hrpath.render.browse import role_panel, roles_table
from hrpath.render.text import money, pay_text, years_text


def plain(renderable: RenderableType, width: int = 80) -> str:
    console = Console(width=width, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def test_titles_that_look_like_markup_print_literally() -> None:
    hostile = "Ops [/] Lead [bold red]x[/]"
    graph = RoleGraph([
        Role("ops", hostile, "mid", summary="Uses [link=http://x]links[/link].", duties=("[/]",),
             moves=(Move("ops", "b", years=1),)),
        Role("b", "B [i]", "senior"),
    ])  # fmt: skip
    panel = plain(role_panel(role_profile(graph, "ops")))
    assert hostile in panel
    assert "Uses [link=http://x]links[/link]." in panel
    assert "• [/]" in panel
    assert "→ B [i] (b)" in panel
    table = plain(roles_table(listing(graph)))
    assert hostile in table


def test_roles_table_groups_by_level(ladder: RoleGraph) -> None:
    lines = plain(roles_table(listing(ladder))).splitlines()
    assert lines[0].split() == ["Level", "┃", "Role", "┃", "Id", "┃", "Track"]
    rows = [line.split("│") for line in lines if "│" in line]
    assert [cells[0].strip() for cells in rows] == ["entry", "", "mid", "senior", ""]
    assert [cells[2].strip() for cells in rows] == [
        "assistant",
        "recruiter",
        "generalist",
        "director",
        "manager",
    ]


def test_small_formatting_helpers() -> None:
    assert years_text(1) == "1 year"
    assert years_text(2.5) == "2.5 years"
    assert years_text(0) == "0 years"
    assert money(140030) == "$140,030"
    text = pay_text(Pay(140030, 2024, "BLS OEWS May 2024, 11-3121", estimate=True))
    assert text.plain == "$140,030 median (2024) · BLS OEWS May 2024, 11-3121 [estimate]"
    assert pay_text(None).plain == "not given"
