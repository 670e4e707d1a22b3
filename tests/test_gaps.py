"""Readiness scores, ranking, eligibility and the gaps report (core, no CLI)."""

from __future__ import annotations

import json
import math

import pytest

from hrpath.core.gaps.eligibility import eligibility
from hrpath.core.gaps.readiness import rank_roles, readiness, role_gap
from hrpath.core.gaps.report import Met, gaps_report, target_gap
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Certification, Requirements, Role, Term
from hrpath.core.qualifications import Have, Missing
from hrpath.errors import BadInput, NoAnswer, UnknownName

EDUCATION = [
    Term("high-school", "High school diploma"),
    Term("bachelors", "Bachelor's degree"),
    Term("masters", "Master's degree"),
]
CERTS = [
    Certification("aphr", "aPHR", body="HRCI", eligibility=(("any", 0),)),
    Certification(
        "phr",
        "PHR",
        body="HRCI",
        eligibility=(("masters", 1), ("bachelors", 2), ("high-school", 4)),
        satisfies=("aphr",),
    ),
    Certification(
        "sphr", "SPHR", body="HRCI", eligibility=(("masters", 4), ("bachelors", 5)), satisfies=("phr",)
    ),
    Certification("hrip", "HRIP"),  # no eligibility recorded
]


@pytest.fixture
def certified() -> RoleGraph:
    """Three roles with certification requirements, over a small vocabulary."""
    return RoleGraph(
        [
            Role("open", "Open Role", "entry"),
            Role(
                "pro",
                "Professional",
                "mid",
                track="generalist",
                requires=Requirements("bachelors", 2, ("payroll",), ("phr",)),
            ),
            Role(
                "lead",
                "Lead",
                "senior",
                track="leadership",
                requires=Requirements("masters", 5, ("payroll", "budgeting"), ("sphr",)),
            ),
        ],
        education=EDUCATION,
        skills=[Term("payroll", "Payroll"), Term("budgeting", "Budgeting")],
        certifications=CERTS,
    )


# --- the design's own example, on the shipped graph


def test_mba_and_recruiting_meet_recruiters_education_and_recruiting(shipped: RoleGraph) -> None:
    report = gaps_report(shipped, ["mba", "recruiting"])
    assert report.have.education == "masters"
    assert report.have.skills == {"recruiting"}
    recruiter = next(gap for gap in report.roles if gap.role.id == "recruiter")
    assert recruiter.missing.education is None
    assert "recruiting" not in recruiter.missing.skills
    assert recruiter.missing.skills == ("communication", "active-listening")
    assert recruiter.helpful_missing == ("negotiation", "aphr", "shrm-cp", "phr")
    detail = target_gap(shipped, report.have, shipped.role("recruiter"))
    assert detail.met == Met(education=("bachelors", "masters"), skills=("recruiting",))


# --- eligibility


@pytest.mark.parametrize(("years", "now", "to_go"), [(1, False, 1), (2, True, 0), (3.5, True, 0)])
def test_phr_eligibility_with_a_bachelors(shipped: RoleGraph, years: float, now: bool, to_go: float) -> None:
    phr = eligibility(shipped, "phr", Have("bachelors", years))
    assert (phr.eligible_now, phr.years_to_eligible, phr.years_needed, phr.rule) == (
        now,
        to_go,
        2,
        "bachelors",
    )


def test_the_easiest_rule_your_education_reaches_applies() -> None:
    graph = RoleGraph([], education=EDUCATION, certifications=CERTS)
    assert eligibility(graph, "phr", Have("masters", 0)).years_to_eligible == 1  # master's rule: 1 year
    assert eligibility(graph, "phr", Have("high-school", 1)).years_to_eligible == 3  # high-school rule: 4
    assert eligibility(graph, "aphr", Have(None, 0)).eligible_now  # `any` applies to everyone


def test_an_any_rule_wins_over_an_education_rule_of_the_same_years() -> None:
    # Listed first, the bachelor's rule would win a plain min(); `any` is preferred among equals.
    cert = Certification("x", "X", eligibility=(("bachelors", 2), ("any", 2), ("high-school", 3)))
    graph = RoleGraph([], education=EDUCATION, certifications=[cert])
    for have in (Have("bachelors", 0), Have("masters", 5), Have(None, 1)):
        found = eligibility(graph, "x", have)
        assert (found.rule, found.years_needed) == ("any", 2), have


def test_no_applicable_rule_names_the_education_needed_first() -> None:
    graph = RoleGraph([], education=EDUCATION, certifications=CERTS)
    sphr = eligibility(graph, "sphr", Have("high-school", 10))
    assert (sphr.eligible_now, sphr.years_to_eligible, sphr.needs_education) == (False, None, "bachelors")
    assert sphr.needs_label == "Bachelor's degree"
    assert eligibility(graph, "phr", Have(None, 10)).needs_education == "high-school"


def test_unrecorded_eligibility_is_unknown_not_eligible() -> None:
    graph = RoleGraph([], education=EDUCATION, certifications=CERTS)
    hrip = eligibility(graph, "hrip", Have("masters", 20))
    assert (hrip.recorded, hrip.eligible_now, hrip.years_to_eligible) == (False, False, None)
    assert hrip.to_dict() == {"id": "hrip", "eligible_now": False, "years_to_eligible": None}


# --- readiness


def test_readiness_counts_items_and_experience_in_part(certified: RoleGraph) -> None:
    pro = certified.role("pro").requires  # bachelors, 2 years, payroll, phr: 4 items
    assert readiness(certified, Have(), pro) == 0
    assert readiness(certified, Have("masters", 1), pro) == 0.375  # (1 + 0.5) / 4
    assert readiness(certified, Have("bachelors", 2, frozenset({"payroll"}), frozenset({"sphr"})), pro) == 1


def test_a_role_requiring_nothing_scores_one(certified: RoleGraph) -> None:
    assert readiness(certified, Have(), Requirements()) == 1


def test_score_is_below_one_whenever_something_is_missing(certified: RoleGraph) -> None:
    many = tuple(f"s{i}" for i in range(2000))
    have = Have(skills=frozenset(many[:-1]))
    score = readiness(certified, have, Requirements(skills=many))
    assert 0.99 <= score < 1


def test_a_score_just_under_one_stays_below_one() -> None:
    # Half a year short of 1e12: the share rounds to 1.000, yet something is missing.
    graph = RoleGraph([Role("lead", "Lead", "senior", requires=Requirements(experience_years=1e12))])
    gap = role_gap(graph, Have(None, 1e12 - 0.5), graph.role("lead"))
    assert (gap.ready, gap.score, gap.missing) == (False, 0.999, Missing(experience_years=0.5))


def test_ranking_puts_ready_roles_first_then_the_closest(certified: RoleGraph) -> None:
    have = Have("bachelors", 2, frozenset({"payroll"}))
    ranked = rank_roles(certified, have, list(certified))
    assert [gap.role.id for gap in ranked] == ["open", "pro", "lead"]
    assert [gap.ready for gap in ranked] == [True, False, False]
    assert ranked[1].score == 0.75 and ranked[1].missing.certifications == ("phr",)


def test_equal_scores_break_by_fewer_missing_items_before_level_and_title() -> None:
    # Both score 0.5 and hold half their essential skills; "Zulu" misses 1 skill of 2, "Alpha"
    # 2 of 4 (same level, Alpha first by title): fewer missing items wins.
    skills = ("s1", "s2", "s3", "s4")
    graph = RoleGraph(
        [
            Role("alpha", "Alpha", "mid", requires=Requirements(skills=skills)),
            Role("zulu", "Zulu", "mid", requires=Requirements(skills=skills[:2])),
        ],
        skills=[Term(skill, skill.upper()) for skill in skills],
    )
    ranked = rank_roles(graph, Have(skills=frozenset({"s1", "s3"})), list(graph))
    assert [(gap.role.id, gap.score, gap.missing.count()) for gap in ranked] == [
        ("zulu", 0.5, 1),
        ("alpha", 0.5, 2),
    ]


def test_ready_ties_break_by_level_then_title(ladder: RoleGraph) -> None:
    ranked = rank_roles(ladder, Have(), list(ladder))
    assert [gap.role.id for gap in ranked] == ["assistant", "generalist", "director", "manager", "recruiter"]


# --- the report


def test_role_counts_its_requirements_as_had(certified: RoleGraph) -> None:
    report = gaps_report(certified, current="Professional")
    assert report.current is not None and report.current.id == "pro"
    assert report.have == Have("bachelors", 2, frozenset({"payroll"}), frozenset({"phr"}))
    assert role_gap(certified, report.have, certified.role("pro")).ready


def test_target_lists_each_missing_certification_with_eligibility(certified: RoleGraph) -> None:
    report = gaps_report(certified, ["bachelors", "phr"], 3, target="lead")
    assert report.target is not None
    missing = report.target.gap.missing
    assert (missing.education, missing.experience_years, missing.certifications) == ("masters", 2, ("sphr",))
    (sphr,) = report.target.certifications
    assert (sphr.id, sphr.eligible_now, sphr.years_to_eligible) == ("sphr", False, 2)


def test_target_met_shows_what_covers_a_certification(certified: RoleGraph) -> None:
    report = gaps_report(certified, ["masters", "sphr", "payroll"], 2, target="pro")
    assert report.target is not None and report.target.gap.ready
    assert report.target.met == Met(("bachelors", "masters"), 2, ("payroll",), (("phr", "sphr"),))


def test_filters_and_limit(certified: RoleGraph) -> None:
    report = gaps_report(certified, track="leadership")
    assert [gap.role.id for gap in report.roles] == ["lead"]
    limited = gaps_report(certified, limit=1)
    assert (len(limited.roles), limited.total) == (1, 3)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"years": -1}, BadInput),
        ({"years": math.nan}, BadInput),
        ({"limit": 0}, BadInput),
        ({"track": "nope"}, BadInput),
        ({"level": "executive"}, NoAnswer),  # no executive role in this graph
        ({"target": "nobody"}, UnknownName),
        ({"current": "nobody"}, UnknownName),
    ],
)
def test_bad_questions_raise(certified: RoleGraph, kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        gaps_report(certified, **kwargs)  # type: ignore[arg-type]


def test_json_contract(certified: RoleGraph) -> None:
    data = json.loads(json.dumps(gaps_report(certified, ["bachelors"], 1, target="pro").to_dict()))
    assert data["have"] == {
        "education": "bachelors",
        "experience_years": 1,
        "skills": [],
        "certifications": [],
    }
    assert data["roles"][1] == {
        "id": "pro",
        "title": "Professional",
        "level": "mid",
        "track": "generalist",
        "ready": False,
        "eligible": False,
        "score": 0.375,
        "missing": {
            "education": None,
            "experience_years": 1,
            "skills": ["payroll"],
            "certifications": ["phr"],
        },
        "helpful_missing": [],
        "close": [
            {
                "item": "experience",
                "kind": "experience",
                "how": "1 more year of HR experience (you have 1 of 2 years)",
            },
            {
                "item": "phr",
                "kind": "certification",
                "how": "awarded by HRCI; eligible in 1 year (needs 2 years of HR experience with a Bachelor's degree)",
            },
            {"item": "payroll", "kind": "skill", "how": "no role in this framework builds it"},
        ],
    }
    assert data["target"]["certifications"] == [{"id": "phr", "eligible_now": False, "years_to_eligible": 1}]
    assert data["target"]["route"] is None
    assert "target" not in gaps_report(certified).to_dict()


# --- the route from a held role


def test_target_with_a_held_role_has_the_best_route(ladder: RoleGraph) -> None:
    report = gaps_report(ladder, current="assistant", target="director")
    assert report.target is not None and report.target.route is not None
    assert report.target.route.roles == ("assistant", "generalist", "manager", "director")
    assert report.target.route_labels is not None
    assert report.target.to_dict()["route"]["roles"] == ["assistant", "generalist", "manager", "director"]


def test_no_route_is_null_with_the_reason(ladder: RoleGraph) -> None:
    report = gaps_report(ladder, current="director", target="assistant")
    assert report.target is not None
    assert report.target.route is None and report.target.to_dict()["route"] is None
    assert report.target.route_note is not None and "HR Director" in report.target.route_note


def test_held_role_as_target_needs_no_route(ladder: RoleGraph) -> None:
    report = gaps_report(ladder, current="manager", target="HR Manager")
    assert report.target is not None and report.target.gap.ready
    assert (report.target.route, report.target.route_note) == (None, "you already hold HR Manager")
