"""Shared fixtures: tiny inline graphs, the shipped graph, a YAML file writer and a CLI runner.

Hypothesis profiles: "dev" (the default) runs few examples so the suite stays fast;
`HYPOTHESIS_PROFILE=ci` runs many more. Neither has a deadline (timing is never asserted).
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Requirements, Role, Term
from hrpath.datafile.loader import load_graph

_NO_DEADLINE = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("dev", max_examples=25, **_NO_DEADLINE)
settings.register_profile("ci", max_examples=100, **_NO_DEADLINE)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str], Path]:
    """Write dedented YAML text to a file and return its path."""

    def write(text: str, name: str = "roles.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def shipped() -> RoleGraph:
    """The shipped data/roles.yaml, loaded once for the whole session (tests only read it)."""
    return load_graph()


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


@pytest.fixture(autouse=True)
def _profile_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own profile path: the real config directory is never touched."""
    path = tmp_path / "profile" / "profile.yaml"
    monkeypatch.setenv("HRPATH_PROFILE", str(path))
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own graph cache (and the cache is on): ~/.cache is never written."""
    from hrpath.datafile import cache

    # Beside tmp_path, not in it: tests assert what their tmp_path holds.
    path = tmp_path_factory.mktemp("cache") / "hrpath"
    monkeypatch.setenv("HRPATH_CACHE", str(path))
    monkeypatch.delenv("HRPATH_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_enabled", True)
    return path


@pytest.fixture
def runner() -> CliRunner:
    """A CLI runner (stdout and stderr are kept apart in typer's runner)."""
    return CliRunner()
