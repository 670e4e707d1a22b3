"""Shared fixtures: tiny inline graphs, a YAML file writer and a CLI runner."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Requirements, Role, Term
from hrpath.datafile.cache import use_cache


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own graph cache: the suite never writes into ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("HRPATH_CACHE", str(folder))
    monkeypatch.delenv("HRPATH_NO_CACHE", raising=False)
    use_cache(True)  # a `--no-cache` run earlier in this process turned it off
    return folder


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str], Path]:
    """Write dedented YAML text to a file and return its path."""

    def write(text: str, name: str = "roles.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def ladder() -> RoleGraph:
    """assistant -> generalist -> manager -> director, plus a lateral recruiter."""
    return RoleGraph(
        roles=[
            Role(
                "assistant",
                "HR Assistant",
                "entry",
                track="generalist",
                moves=(Move("assistant", "generalist", years=2),),
            ),
            Role(
                "recruiter",
                "Recruiter",
                "entry",
                track="specialist",
                requires=Requirements("bachelors", 0, ("recruiting",)),
                moves=(Move("recruiter", "generalist", "lateral", 1),),
            ),
            Role(
                "generalist",
                "HR Generalist",
                "mid",
                aliases=("Human Resources Generalist",),
                track="generalist",
                moves=(Move("generalist", "manager", years=3),),
            ),
            Role(
                "manager",
                "HR Manager",
                "senior",
                track="leadership",
                moves=(Move("manager", "director", years=4),),
            ),
            Role("director", "HR Director", "senior", aliases=("HRD",), track="leadership"),
        ],
        education=[Term("high-school", "High school"), Term("bachelors", "Bachelor's degree")],
        skills=[Term("recruiting", "Recruiting")],
    )


@pytest.fixture
def runner() -> CliRunner:
    """A CLI runner (stdout and stderr are kept apart in typer's runner)."""
    return CliRunner()
