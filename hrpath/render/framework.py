"""Renderers for your own framework: the `hrpath validate` report."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text

from hrpath.datafile.validation import Validation


def validation_report(result: Validation) -> Text:
    """Every problem on its own line, then the summary line."""
    lines = [Text(str(problem)) for problem in result.problems]
    lines += [Text(str(replace(w, message=f"warning: {w.message}")), style="yellow") for w in result.warnings]
    count = len(result.problems)
    if count:
        summary = Text(f"{result.path}: {count} problem{'s' if count > 1 else ''} found", style="red")
    else:
        roles = result.role_count
        warned = len(result.warnings)
        more = f", {warned} warning{'' if warned == 1 else 's'}" if warned else ""
        summary = Text(f"{result.path}: OK ({roles} role{'' if roles == 1 else 's'}{more})", style="green")
    return Text("\n").join([*lines, summary])
