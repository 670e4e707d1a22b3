"""The `hrpath validate` question: every problem of a data file, its warnings and its size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrpath.datafile.loader import check_file
from hrpath.datafile.places import default_data_path
from hrpath.errors import Problem


@dataclass(frozen=True, slots=True)
class Validation:
    """The `hrpath validate` answer: the file checked, its problems, its warnings and its size."""

    path: Path
    problems: tuple[Problem, ...]
    role_count: int | None  # None when the file has problems
    warnings: tuple[Problem, ...] = ()  # odd structure; problems instead under --strict

    @property
    def valid(self) -> bool:
        """True when the file has no problem."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """The `validate --json` contract."""
        return {
            "file": str(self.path),
            "valid": self.valid,
            "problems": [_problem_dict(p) for p in self.problems],
            "warnings": [_problem_dict(p) for p in self.warnings],
        }


def _problem_dict(problem: Problem) -> dict[str, Any]:
    return {"line": problem.line, "role": problem.role, "message": problem.message}


def validate_file(path: Path | None = None, strict: bool = False) -> Validation:
    """Check a data file (the shipped one by default) and count its roles when it is valid.

    A valid file is also checked for odd structure (see `structure`) and for
    format 2 keys without `format: 2`: those are warnings, or problems when `strict`.
    """
    from hrpath.datafile.build import build_graph
    from hrpath.datafile.framework import format_warnings
    from hrpath.datafile.structure import structure_warnings

    target = path or default_data_path()
    document, problems = check_file(target)
    warnings = format_warnings(document, str(target)) if document is not None else []
    warnings += [] if problems else structure_warnings(document, str(target))
    if strict:
        problems, warnings = problems + warnings, []
    roles = None if problems else len(build_graph(document))
    return Validation(target, tuple(problems), roles, tuple(warnings))
