"""Essential and helpful requirements: loading, ranking rules with known answers,
monotonicity properties, and how every gap closes on the shipped graph."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.gaps.closing import EXPERIENCE, NO_ROLE_BUILDS_IT, reach_for
from hrpath.core.gaps.readiness import RoleGap, rank_roles
from hrpath.core.gaps.report import gaps_report
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Certification, Requirements, Role, Term
from hrpath.core.qualifications import CERTIFICATION, EDUCATION, SKILL, held_certifications
from hrpath.datafile.json_schema import data_file_schema
from hrpath.datafile.loader import load_graph
from hrpath.datafile.starter import starter_text

SMALL = """\
education:
  - {id: high-school, label: High school diploma}
  - {id: bachelors, label: Bachelor's degree, aliases: [ba], typical_years: 4}
skills:
  - {id: typing, label: Typing}
  - {id: hiring, label: Hiring}
  - {id: law, label: Employment law}
  - {id: excel, label: Excel}
certifications:
  - {id: cert, label: Cert One, body: Board, eligibility: {bachelors: 2, high-school: 4}}
roles:
  - id: clerk
    title: Clerk
    level: entry
    requires: {education: high-school, skills: [typing], helpful: [excel]}
    next: [{to: recruiter, years: 1}, {to: advisor, years: 2}]
  - id: recruiter
    title: Recruiter
    level: entry
    requires: {education: bachelors, skills: [hiring, typing], helpful: [law, cert]}
    next: [{to: lead, years: 3}]
  - id: analyst
    title: Analyst
    level: entry
    requires: {education: bachelors, skills: [hiring, typing], helpful: [excel]}
  - id: advisor
    title: Advisor
    level: mid
    requires: {education: bachelors, experience_years: 2, skills: [law]}
    next: [{to: lead, years: 2}]
  - id: lead
    title: Lead
    level: senior
    requires:
      education: bachelors
      experience_years: 5
      skills: [hiring, law]
      helpful: [cert]
      note: Often asks for Cert One.
"""


@pytest.fixture(scope="module")
def shipped() -> RoleGraph:
    return load_graph()


@pytest.fixture
def small(write_yaml: Callable[[str], Path]) -> RoleGraph:
    return load_graph(write_yaml(SMALL))


def _order(graph: RoleGraph, tokens: list[str], years: float = 0) -> list[str]:
    return [gap.role.id for gap in gaps_report(graph, tokens, years).roles]


def test_helpful_note_and_length_are_loaded(small: RoleGraph) -> None:
    lead = small.role("lead").requires
    assert (lead.helpful, lead.note) == (("cert",), "Often asks for Cert One.")
    assert small.education[1].typical_years == 4 and small.education[0].typical_years is None


# --- ranking rules, with known answers


def test_nothing_given_puts_entry_roles_first_and_the_lowest_education_first(small: RoleGraph) -> None:
    # Nobody is eligible; no skill or helpful item is held: level decides, then the
    # score (all 0), then the lower education asked (the clerk's high school).
    assert _order(small, []) == ["clerk", "analyst", "recruiter", "advisor", "lead"]


def test_eligible_first_then_essential_share_then_helpful_share(small: RoleGraph) -> None:
    # With a bachelor's: clerk, recruiter and analyst are eligible. Typing gives the
    # clerk all its essential skills (ready), recruiter and analyst half of theirs;
    # excel is helpful for the analyst only, so it breaks their tie.
    assert _order(small, ["ba", "typing", "excel"]) == ["clerk", "analyst", "recruiter", "advisor", "lead"]
    # The law skill is helpful for the recruiter: now the recruiter wins the tie.
    assert _order(small, ["ba", "typing", "law"]) == ["clerk", "recruiter", "analyst", "advisor", "lead"]


def test_an_ineligible_role_ranks_below_every_eligible_one(small: RoleGraph) -> None:
    # The advisor's essential skill is held, but 2 years are missing: below the
    # eligible entry roles whose skills are not held at all.
    gaps = {gap.role.id: gap for gap in gaps_report(small, ["ba", "law"]).roles}
    assert not gaps["advisor"].eligible and gaps["recruiter"].eligible
    assert _order(small, ["ba", "law"]).index("advisor") > _order(small, ["ba", "law"]).index("analyst")


def test_score_counts_gates_and_essential_skills_only(small: RoleGraph) -> None:
    gap = next(
        g for g in gaps_report(small, ["ba", "typing", "law", "cert"]).roles if g.role.id == "recruiter"
    )
    # bachelors met, typing met, hiring missing: 2 of 3; helpful law and cert change nothing.
    assert (gap.score, gap.ready, gap.eligible, gap.helpful_missing) == (0.666, False, True, ())


def test_ready_means_eligible_and_every_essential_skill(small: RoleGraph) -> None:
    gap = next(g for g in gaps_report(small, ["ba", "typing", "hiring"]).roles if g.role.id == "recruiter")
    assert gap.ready and gap.score == 1 and gap.helpful_missing == ("law", "cert")


# --- how to close each gap


def test_close_covers_every_missing_and_helpful_item_in_order(small: RoleGraph) -> None:
    report = gaps_report(small, ["high-school"], 1, target="lead")
    assert report.target is not None
    close = report.target.gap.close
    assert [(c.kind, c.item) for c in close] == [
        (EDUCATION, "bachelors"),
        (EXPERIENCE, EXPERIENCE),
        (SKILL, "hiring"),
        (SKILL, "law"),
        (CERTIFICATION, "cert"),
    ]
    education, experience, hiring, law, cert = (c.how for c in close)
    assert education == "earn a Bachelor's degree (usually 4 years of study)"
    # Only the clerk's gates are met: the roles within reach are the clerk's moves.
    assert (
        experience
        == "4 more years of HR experience (you have 1 of 5 years); time as Recruiter or Advisor counts"
    )
    assert hiring == "build it on the job as Recruiter"  # the analyst is out of reach
    assert law == "build it on the job as Advisor"
    assert (
        cert
        == "awarded by Board; eligible in 3 years (needs 4 years of HR experience with a High school diploma)"
    )


def test_a_skill_no_lower_role_requires_is_said_so(small: RoleGraph) -> None:
    report = gaps_report(small, [], target="clerk")
    assert report.target is not None
    assert [c.how for c in report.target.gap.close if c.item == "typing"] == [NO_ROLE_BUILDS_IT]


def test_a_skill_out_of_reach_names_where_it_is_built(small: RoleGraph) -> None:
    # With nothing, no role's gates are met: nothing is within reach.
    report = gaps_report(small, [], target="lead")
    assert report.target is not None
    hiring = next(c for c in report.target.gap.close if c.item == "hiring")
    assert hiring.how == "built on the job as Analyst or Recruiter, none within your reach yet"


def test_a_route_decides_which_roles_count_for_experience(small: RoleGraph) -> None:
    report = gaps_report(small, ["ba"], current="clerk", target="lead")
    assert report.target is not None and report.target.route is not None
    experience = next(c for c in report.target.gap.close if c.kind == EXPERIENCE)
    assert experience.roles == report.target.route.roles[:-1]


def test_every_how_on_the_shipped_graph_names_something_that_exists(shipped: RoleGraph) -> None:
    degrees = {term.id for term in shipped.education}
    for tokens, years in ((), 0), (["bachelors"], 0), (["high-school", "recruiting"], 3), (["mba"], 6):
        report = gaps_report(shipped, tokens, years)
        for gap in report.roles:
            covered = {c.item for c in gap.close}
            assert covered == {
                *([gap.missing.education] if gap.missing.education else []),
                *([EXPERIENCE] if gap.missing.experience_years else []),
                *gap.missing.skills,
                *gap.missing.certifications,
                *gap.helpful_missing,
            }
            for closing in gap.close:
                assert closing.how
                assert all(role in shipped for role in closing.roles)
                if closing.kind == EDUCATION:
                    assert closing.item in degrees and shipped.education_label(closing.item) in closing.how
                elif closing.kind == CERTIFICATION:
                    cert = shipped.certifications[closing.item]
                    assert cert.body is not None and cert.body in closing.how
                    assert cert.eligibility or "not recorded" in closing.how
                elif closing.kind == SKILL:
                    assert closing.item in shipped.skills
                    assert closing.roles or closing.how == NO_ROLE_BUILDS_IT
                    for role in closing.roles:
                        assert closing.item in shipped.role(role).requires.skills
                        assert shipped.level_rank(shipped.role(role).level) < shipped.level_rank(
                            gap.role.level
                        )
                        assert shipped.role(role).title in closing.how or "other role" in closing.how


def test_shipped_roles_show_certification_eligibility(shipped: RoleGraph) -> None:
    report = gaps_report(shipped, ["bachelors"], 0, target="HR Generalist")
    assert report.target is not None
    how = {c.item: c.how for c in report.target.gap.close}
    assert how["shrm-cp"] == "awarded by SHRM; eligible now"
    assert (
        how["phr"]
        == "awarded by HRCI; eligible in 2 years (needs 2 years of HR experience with a Bachelor's degree)"
    )


def test_new_graduate_sees_eligible_entry_roles_first(shipped: RoleGraph) -> None:
    roles = gaps_report(shipped, ["bachelors"]).roles
    eligible = [gap.eligible for gap in roles]
    assert eligible == sorted(eligible, reverse=True) and eligible[0]
    assert roles[0].role.level == "entry"
    entry = sum(role.level == "entry" for role in shipped)
    assert [gap.role.level for gap in gaps_report(shipped).roles[:entry]] == ["entry"] * entry
    assert gaps_report(shipped).roles[0].role.requires.education == "high-school"


# --- monotonicity properties

EDU = [f"e{i}" for i in range(3)]
SKILLS = [f"s{i}" for i in range(4)]
CERTS = [f"c{i}" for i in range(3)]
ITEMS = st.sampled_from(EDU + SKILLS + CERTS)
YEARS = st.integers(0, 10)


@st.composite
def graphs(draw: st.DrawFn) -> RoleGraph:
    """A few roles with random gates, essential skills and helpful items."""
    roles = [
        Role(
            f"r{i}",
            f"Role {i}",
            draw(st.sampled_from(["entry", "mid", "senior"])),
            requires=Requirements(
                education=draw(st.none() | st.sampled_from(EDU)),
                experience_years=draw(YEARS),
                skills=tuple(draw(st.lists(st.sampled_from(SKILLS), unique=True, max_size=3))),
                certifications=tuple(draw(st.lists(st.sampled_from(CERTS), unique=True, max_size=1))),
                helpful=tuple(draw(st.lists(st.sampled_from(SKILLS + CERTS), unique=True, max_size=3))),
            ),
        )
        for i in range(draw(st.integers(1, 5)))
    ]
    certs = [
        Certification(c, c, satisfies=tuple(draw(st.lists(st.sampled_from(CERTS), max_size=1))))
        for c in CERTS
    ]
    return RoleGraph(roles, [Term(e, e) for e in EDU], [Term(s, s) for s in SKILLS], certs)


def _gaps(graph: RoleGraph, tokens: list[str], years: float) -> dict[str, RoleGap]:
    have = gaps_report(graph, tokens, years).have
    return {gap.role.id: gap for gap in rank_roles(graph, have, graph, reach_for(graph, have))}


@settings(max_examples=150)
@given(graphs(), st.lists(ITEMS, max_size=5), YEARS, ITEMS, YEARS)
def test_adding_anything_never_lowers_a_score_nor_unreadies_a_role(
    graph: RoleGraph, tokens: list[str], years: int, extra: str, more: int
) -> None:
    before, after = _gaps(graph, tokens, years), _gaps(graph, [*tokens, extra], years + more)
    for role_id, gap in after.items():
        assert gap.score >= before[role_id].score
        assert gap.ready or not before[role_id].ready
        assert gap.eligible or not before[role_id].eligible


@settings(max_examples=150)
@given(graphs(), st.lists(ITEMS, max_size=5), YEARS, st.data())
def test_adding_a_helpful_item_never_changes_ready_nor_the_score(
    graph: RoleGraph, tokens: list[str], years: int, data: st.DataObject
) -> None:
    role = data.draw(st.sampled_from(list(graph)))
    if not role.requires.helpful:
        return
    extra = data.draw(st.sampled_from(role.requires.helpful))
    # Only items that meet no requirement of the role (a certification may cover a required one).
    covered = held_certifications(graph, [extra]) if extra in graph.certifications else {extra}
    if covered & {*role.requires.skills, *role.requires.certifications}:
        return
    before, after = _gaps(graph, tokens, years)[role.id], _gaps(graph, [*tokens, extra], years)[role.id]
    assert (after.ready, after.score, after.eligible) == (before.ready, before.score, before.eligible)
    assert len(after.helpful_missing) <= len(before.helpful_missing)


def test_schema_starter_and_show_know_helpful_items(
    runner: CliRunner, write_yaml: Callable[[str], Path]
) -> None:
    schema = data_file_schema()["properties"]
    requires = schema["roles"]["items"]["properties"]["requires"]["properties"]
    assert requires["helpful"]["type"] == "array" and "note" in requires
    assert "typical_years" in schema["education"]["items"]["properties"]
    assert "helpful: [shrm-cp]" in starter_text()
    result = runner.invoke(app, ["show", "lead", "--data", str(write_yaml(SMALL))], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "│   Helpful         Cert One" in result.stdout
    assert "│   Note            Often asks for Cert One." in result.stdout
