"""`hrpath plan`: the timeline's order and ends, the JSON contract, and Markdown with the same facts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.graph import RoleGraph
from hrpath.core.plan import career_plan
from hrpath.datafile.loader import load_graph
from hrpath.errors import NoAnswer
from hrpath.render.plan import md, plan_markdown

ENV = {"COLUMNS": "80", "NO_COLOR": "1"}
SMALL = """\
education:
  - {id: high-school, label: High school diploma}
  - {id: bachelors, label: Bachelor's degree, aliases: [ba]}
skills:
  - {id: hiring, label: Hiring}
  - {id: law, label: Employment law}
certifications:
  - {id: cert, label: Cert One, body: Board, eligibility: {bachelors: 2}}
  - {id: late, label: Late Cert, body: Board, eligibility: {any: 9}}
roles:
  - {id: clerk, title: Clerk, level: entry, requires: {education: high-school},
     next: [{to: recruiter, years: 1}]}
  - {id: recruiter, title: "Recruiter | Sourcer", level: entry,
     requires: {education: bachelors, skills: [hiring], helpful: [cert]},
     next: [{to: lead, years: 3}]}
  - {id: lead, title: Lead, level: senior,
     requires: {education: bachelors, experience_years: 5, skills: [hiring, law], helpful: [late, cert]}}
"""


@pytest.fixture
def small(write_yaml: Callable[[str], Path]) -> Path:
    return write_yaml(SMALL)


@pytest.fixture(scope="module")
def shipped() -> RoleGraph:
    return load_graph()


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["plan", *args], env=ENV)
    return result.exit_code, result.stdout, result.stderr


def test_small_plan_json_is_exact(runner: CliRunner, small: Path) -> None:
    code, out, err = invoke(runner, "clerk", "lead", "--have", "high-school", "--json", "--data", str(small))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"from", "to", "by", "have", "route", "timeline"}
    assert (data["from"], data["to"], data["route"]["roles"], data["route"]["years"]) == (
        "clerk",
        "lead",
        ["clerk", "recruiter", "lead"],
        4,
    )
    timeline = data["timeline"]
    assert [
        (e["year"], e["event"], e.get("to") or e.get("certification") or e.get("role")) for e in timeline
    ] == [
        (0, "start", "clerk"),
        (1, "move", "recruiter"),
        (2, "certification", "cert"),  # a bachelor's from year 1 (the recruiter's), 2 years of experience
        (4, "move", "lead"),
    ]
    first = timeline[1]
    assert first["from"] == "clerk" and first["kind"] == "promotion"
    assert first["missing"]["education"] == "bachelors" and first["missing"]["skills"] == ["hiring"]
    assert first["close"] == [
        {"item": "bachelors", "kind": "education", "how": "earn a Bachelor's degree"},
        {"item": "hiring", "kind": "skill", "how": "no role in this framework builds it"},
    ]
    assert first["helpful_missing"] == []  # helpful items are listed for the target only
    assert timeline[2]["how"] == "awarded by Board; needs 2 years of HR experience with a Bachelor's degree"
    last = timeline[3]
    assert last["missing"]["experience_years"] == 1 and last["helpful_missing"] == ["late", "cert"]
    assert [c["item"] for c in last["close"]] == ["experience", "law", "late", "cert"]
    assert last["close"][0]["how"] == (
        "1 more year of HR experience (you have 4 of 5 years); time as Clerk or Recruiter | Sourcer counts"
    )


def test_a_certification_out_of_the_route_years_is_not_dated(small: Path) -> None:
    plan = career_plan(load_graph(small), "clerk", "lead", tokens=["high-school"])
    assert "late" not in {event.item for event in plan.timeline}


def test_text_shows_each_year_and_how_to_close(runner: CliRunner, small: Path) -> None:
    code, out, _ = invoke(runner, "clerk", "lead", "--have", "high-school", "--data", str(small))
    assert code == 0
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "Career plan: Clerk → Lead"
    assert "Year 1 •   Move to Recruiter | Sourcer (promotion)" in lines
    assert "         - Bachelor's degree: earn a Bachelor's degree" in lines
    assert "Year 4 •   Move to Lead (promotion, the target)" in lines
    assert "         - Late Cert (helps): awarded by Board; eligible in 5 years (needs 9" in lines


def test_markdown_is_plain_and_escapes_data(runner: CliRunner, small: Path) -> None:
    code, out, err = invoke(runner, "clerk", "lead", "--have", "ba", "--markdown", "--data", str(small))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "# Career plan: Clerk → Lead"
    assert "| 1 | Clerk → Recruiter \\| Sourcer | promotion | Hiring |" in lines
    assert "\x1b" not in out and "## Checklist" in lines
    assert max(len(line) for line in lines) > 80  # never wrapped by rich


def test_json_and_markdown_together_is_bad_input(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "recruiter", "HR Director", "--json", "--markdown")
    assert (code, out) == (2, "")
    assert err == "error: give --json or --markdown, not both\n"


def test_no_route_and_unknown_role(runner: CliRunner) -> None:
    code, out, err = invoke(runner, "chro", "HR Assistant")
    assert (code, out) == (1, "") and err.startswith("error: no route from Chief Human Resources Officer")
    code, _, err = invoke(runner, "recruter", "HR Director", "--markdown")
    assert code == 2 and err.startswith("error: unknown role 'recruter'")


def test_options_like_route(runner: CliRunner) -> None:
    code, out, _ = invoke(
        runner,
        "recruiter",
        "HR Director",
        "--via",
        "HR Generalist",
        "--by",
        "steps",
        "--avoid",
        "HR Manager",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["by"] == "steps" and "hr-generalist" in data["route"]["roles"]
    assert "hr-manager" not in data["route"]["roles"]
    code, out, _ = invoke(runner, "hr-assistant", "HR Manager", "--promotions-only", "--json")
    steps = json.loads(out)["route"]["steps"]
    assert code == 0 and {step["kind"] for step in steps} == {"promotion"}


def _check_timeline(plan_json: dict[str, object]) -> None:
    timeline = plan_json["timeline"]
    route = plan_json["route"]
    assert isinstance(timeline, list) and isinstance(route, dict)
    years = [event["year"] for event in timeline]
    assert years == sorted(years)
    assert timeline[0] == {"year": 0, "event": "start", "role": plan_json["from"]}
    moves = [event for event in timeline if event["event"] == "move"]
    assert [move["to"] for move in moves] == route["roles"][1:]
    assert years[-1] == route["years"]
    if moves:
        assert moves[-1]["year"] == route["years"]


def _same_facts(graph: RoleGraph, plan_json: dict[str, object], markdown: str) -> None:
    titles = {role.id: role.title for role in graph}
    for event in plan_json["timeline"]:  # type: ignore[attr-defined]
        assert f"**Year {event['year']:g}:**" in markdown
        if event["event"] == "move":
            assert md(titles[event["to"]]) in markdown
            for closing in event["close"]:
                assert md(closing["how"]) in markdown
        elif event["event"] == "certification":
            assert md(event["how"]) in markdown
    route = plan_json["route"]
    year = 0
    for step in route["steps"]:  # type: ignore[index]
        year += step["years"]
        assert (
            f"| {year:g} | {md(titles[step['from']])} → {md(titles[step['to']])} | {step['kind']} |"
            in markdown
        )


ROLES = [role.id for role in load_graph()]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(ROLES),
    st.sampled_from(ROLES),
    st.sampled_from([[], ["bachelors"], ["mba", "phr"]]),
    st.integers(0, 8),
)
def test_shipped_timelines_are_ordered_and_markdown_has_the_same_facts(
    shipped: RoleGraph, source: str, target: str, tokens: list[str], years: int
) -> None:
    try:
        plan = career_plan(shipped, source, target, tokens=tokens, years=years)
    except NoAnswer:
        return
    data = json.loads(json.dumps(plan.to_dict()))
    _check_timeline(data)
    _same_facts(shipped, data, plan_markdown(plan))
