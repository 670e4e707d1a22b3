"""Rich consoles that never write a raw control character from the data.

A data file from someone else, or a pasted argument, may hold escape codes;
every console the CLI prints through wraps its renderables so their text is
passed through `visible` after layout.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType, RenderHook, RenderResult
from rich.segment import Segment

from hrpath.core.text import visible


class _Visible:
    """A renderable whose segments are shown with control characters escaped."""

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            if segment.control or not segment.text:
                yield segment
            else:
                yield Segment(visible(segment.text), segment.style)


class _VisibleHook(RenderHook):
    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        return [_Visible(renderable) for renderable in renderables]


def safe_console(stderr: bool = False, **options: Any) -> Console:
    """A rich console that never writes a raw control character from data."""
    console = Console(stderr=stderr, **options)
    console.push_render_hook(_VisibleHook())
    return console
