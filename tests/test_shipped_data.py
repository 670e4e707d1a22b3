"""The shipped data/roles.yaml: complete, consistent, sourced, and connected."""

from __future__ import annotations

from collections import Counter

import pytest

from hrpath.core.graph import RoleGraph, reachable_from
from hrpath.core.names import normalize
from hrpath.datafile.loader import check_file, default_data_path

REQUIRED_ROLES = [
    # the 15 positions of seed 003
    "staffing-coordinator", "staffing-specialist", "hr-assistant", "hr-associate", "hr-representative",
    "hr-administrator", "personnel-manager", "hr-specialist", "hr-generalist", "hr-supervisor",
    "hr-analyst", "hr-manager", "hr-director", "chro", "vp-hr",
    # the career-path table of seed 001
    "recruiter", "benefits-specialist", "training-specialist", "benefits-manager", "training-development-manager",
    # specialist areas of seed 003, plus HR Business Partner
    "compensation-analyst", "dei-specialist", "hris-analyst", "employee-relations-specialist",
    "talent-acquisition-manager", "hr-business-partner",
]  # fmt: skip


@pytest.fixture
def graph(shipped: RoleGraph) -> RoleGraph:
    return shipped


def test_shipped_file_has_no_problems() -> None:
    _, problems = check_file(default_data_path())
    assert problems == []


def test_every_required_role_is_present(graph: RoleGraph) -> None:
    assert [role_id for role_id in REQUIRED_ROLES if role_id not in graph] == []


def test_every_role_has_the_fields_a_user_reads(graph: RoleGraph) -> None:
    for role in graph:
        assert role.title and role.level and role.track, role.id
        assert role.summary and role.duties and role.sources, role.id
        assert role.requires.education, role.id


def test_every_pay_figure_has_year_and_source(graph: RoleGraph) -> None:
    for role in graph:
        assert role.pay is not None, role.id
        assert role.pay.year == 2024 and role.pay.source == "OEWS24", role.id


def test_every_move_has_a_source_and_unsourced_years_are_estimates(graph: RoleGraph) -> None:
    for move in graph.moves():
        assert move.source, (move.origin, move.target)
        if not move.estimate:  # sourced years: Monster's time at level, BLS's or GitLab's years asked
            assert any(key in move.source for key in ("MONSTER", "OOH-", "GITLAB-")), (
                move.origin,
                move.target,
            )


def test_every_role_is_reachable_from_an_entry_role(graph: RoleGraph) -> None:
    reached = {rid for role in graph if role.level == "entry" for rid in reachable_from(graph, role.id)}
    assert sorted(role.id for role in graph if role.id not in reached) == []


def test_both_promotions_and_lateral_moves_cross_tracks(graph: RoleGraph) -> None:
    kinds = Counter(move.kind for move in graph.moves())
    assert kinds["promotion"] > 0 and kinds["lateral"] > 0
    crossing = [
        move for move in graph.moves()
        if move.kind == "lateral" and graph.role(move.origin).track != graph.role(move.target).track
    ]  # fmt: skip
    assert crossing


def test_no_two_roles_share_a_name(graph: RoleGraph) -> None:
    owners: dict[str, set[str]] = {}
    for role in graph:
        for name in role.names():
            owners.setdefault(normalize(name), set()).add(role.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_certification_eligibility_matches_the_fact_sheet(graph: RoleGraph) -> None:
    eligibility = {cert_id: dict(cert.eligibility) for cert_id, cert in graph.certifications.items()}
    assert eligibility["phr"] == {"masters": 1, "bachelors": 2, "high-school": 4}
    assert eligibility["sphr"] == {"masters": 4, "bachelors": 5, "high-school": 7}
    assert eligibility["aphr"] == {"any": 0}
    assert "phr" in graph.certifications["sphr"].satisfies
