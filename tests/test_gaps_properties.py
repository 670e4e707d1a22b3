"""Property-based tests of readiness: more never hurts, and all given means ready."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from hrpath.core.gaps.readiness import RoleGap
from hrpath.core.gaps.report import GapsReport, gaps_report
from hrpath.core.graph import RoleGraph
from hrpath.core.models import AnyOf, Certification, Requirements, Role, Term
from hrpath.core.qualifications import Missing

EDUCATION = [f"e{i}" for i in range(4)]  # ordered, lowest first
SKILLS = [f"s{i}" for i in range(5)]
CERTS = [f"c{i}" for i in range(4)]
# s0 is a levelled skill (1 to 3): tokens may carry a level, requirements may ask for one.
LEVELLED = ["s0:1", "s0:2", "s0:3"]
TOKENS = st.sampled_from(EDUCATION + SKILLS + CERTS + LEVELLED)
YEARS = st.one_of(st.integers(0, 15), st.floats(0, 15, allow_nan=False))


@st.composite
def graphs(draw: st.DrawFn) -> RoleGraph:
    """A few roles with random requirements over small vocabularies.

    Certifications satisfy random others (cycles included) and carry random
    eligibility rules, so level-aware matching is exercised.
    """
    certs = [
        Certification(
            cert,
            f"Cert {cert}",
            satisfies=tuple(draw(st.lists(st.sampled_from(CERTS), max_size=2))),
            eligibility=tuple(
                draw(st.dictionaries(st.sampled_from(["any", *EDUCATION]), YEARS, max_size=2)).items()
            ),
        )
        for cert in CERTS
    ]
    roles = [
        Role(
            f"r{i}",
            f"Role {i}",
            draw(st.sampled_from(["entry", "mid", "senior", "executive"])),
            requires=Requirements(
                education=draw(st.none() | st.sampled_from(EDUCATION)),
                experience_years=draw(YEARS),
                certifications=tuple(draw(st.lists(st.sampled_from(CERTS), unique=True, max_size=2))),
                **_skills(draw),
            ),
        )
        for i in range(draw(st.integers(1, 5)))
    ]
    return RoleGraph(
        roles,
        education=[Term(e, f"Edu {e}") for e in EDUCATION],
        skills=[Term(s, f"Skill {s}", levels=3 if s == "s0" else 0) for s in SKILLS],
        certifications=certs,
    )


def _skills(draw: st.DrawFn) -> dict[str, Any]:
    """Required skills, maybe a level for s0 (then s0 is also required), and maybe any-of items."""
    skills = draw(st.lists(st.sampled_from(SKILLS), unique=True, max_size=3))
    extra: dict[str, Any] = {}
    level = draw(st.none() | st.integers(1, 3))
    if level is not None:  # as the loader does, a levelled requirement is also a required skill
        extra["skill_levels"] = (("s0", level),)
    items = draw(st.lists(st.lists(st.sampled_from(SKILLS), min_size=2, max_size=3, unique=True), max_size=2))
    extra["any_of"] = tuple(AnyOf(tuple(ids), draw(st.integers(1, len(ids)))) for ids in items)
    if level is not None and "s0" not in skills:
        skills.append("s0")
    return {"skills": tuple(skills), **extra}


def _by_role(report: GapsReport) -> dict[str, RoleGap]:
    return {gap.role.id: gap for gap in report.roles}


def _no_new_items(after: Missing, before: Missing) -> bool:
    """True when `after` misses nothing that `before` did not."""
    return (
        (after.education is None or after.education == before.education)
        and after.experience_years <= before.experience_years
        and set(after.skills) <= set(before.skills)
        and set(after.certifications) <= set(before.certifications)
        and set(after.any_of) <= set(before.any_of)
    )


def _never_worse(before: GapsReport, after: GapsReport) -> None:
    old, new = _by_role(before), _by_role(after)
    assert old.keys() == new.keys()
    for role_id, gap in new.items():
        assert gap.score >= old[role_id].score
        assert _no_new_items(gap.missing, old[role_id].missing)


@given(graphs(), st.lists(TOKENS, max_size=6), YEARS, TOKENS)
def test_adding_a_token_never_lowers_a_score_nor_adds_a_missing_item(
    graph: RoleGraph, tokens: list[str], years: float, extra: str
) -> None:
    _never_worse(gaps_report(graph, tokens, years), gaps_report(graph, [*tokens, extra], years))


@given(graphs(), st.lists(TOKENS, max_size=6), YEARS, YEARS)
def test_adding_years_never_lowers_a_score_nor_adds_a_missing_item(
    graph: RoleGraph, tokens: list[str], years: float, more: float
) -> None:
    _never_worse(gaps_report(graph, tokens, years), gaps_report(graph, tokens, years + more))


@given(graphs(), st.lists(TOKENS, max_size=6), YEARS, st.data())
def test_holding_a_role_never_hurts_and_makes_it_ready(
    graph: RoleGraph, tokens: list[str], years: float, data: st.DataObject
) -> None:
    held = data.draw(st.sampled_from([role.id for role in graph]))
    after = gaps_report(graph, tokens, years, current=held)
    _never_worse(gaps_report(graph, tokens, years), after)
    assert _by_role(after)[held].ready and _by_role(after)[held].score == 1


@given(graphs(), st.data())
def test_a_role_whose_requirements_are_all_given_is_ready(graph: RoleGraph, data: st.DataObject) -> None:
    role = graph.role(data.draw(st.sampled_from([role.id for role in graph])))
    requires = role.requires
    tokens = [
        *([requires.education] if requires.education else []),
        *requires.skills,
        *requires.certifications,
        *(f"{skill}:{level}" for skill, level in requires.skill_levels),
        *(skill for item in requires.any_of for skill in item.ids[: item.count]),
    ]
    gap = _by_role(gaps_report(graph, tokens, requires.experience_years))[role.id]
    assert gap.ready and gap.score == 1 and gap.missing == Missing()


@given(graphs(), st.lists(TOKENS, max_size=6), YEARS)
def test_scores_are_in_range_and_only_ready_roles_score_one(
    graph: RoleGraph, tokens: list[str], years: float
) -> None:
    report = gaps_report(graph, tokens, years)
    assert [gap.ready for gap in report.roles] == sorted((gap.ready for gap in report.roles), reverse=True)
    for gap in report.roles:
        assert 0 <= gap.score <= 1
        assert (gap.score == 1) == gap.ready
