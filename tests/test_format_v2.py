"""Format 2 of the data file: levels, families, ladders, extends, unstated values, ranges,
prose requirements, currency and bands, each on a small file with known answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.datafile.loader import load_graph
from hrpath.datafile.validation import validate_file

FRAMEWORK = """\
format: 2
currency: GBP
levels:
  - {id: l1, label: Level 1}
  - {id: l2, label: Level 2}
  - {id: l3, label: Level 3}
skills:
  - {id: sourcing, label: Sourcing}
  - {id: coaching, label: Coaching}
  - {id: managing, label: Managing}
roles:
  - id: top
    title: Head of Talent
    level: l3
    family: talent
    ladder: manager
    requires: {skills: [managing], experience_years: {min: 6, max: 9}}
    pay: {band: {min: 80000, max: 90000}}
  - id: sourcer
    title: Sourcer
    level: l1
    family: talent
    ladder: ic
    duties: [Find people]
    requires: {skills: [sourcing], other: [Must hold a UK driving licence]}
    pay: {median: 30000}
    next:
      - {to: senior, years: 2}
      - {to: lead}
  - id: senior
    title: Senior Sourcer
    level: l2
    family: talent
    ladder: ic
    extends: sourcer
    duties: [Coach sourcers]
    requires: {skills: [coaching], experience_years: 3}
    pay: {median: 40000}
    next:
      - {to: top, years: 4}
  - id: lead
    title: Sourcing Lead
    level: l2
    family: ops
    ladder: either
    next:
      - {to: top}
"""


@pytest.fixture
def framework(write_yaml: Callable[..., Path]) -> str:
    return str(write_yaml(FRAMEWORK))


def _json(runner: CliRunner, *args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_newer_format_is_refused_in_one_line(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("format: 3\nroles: [{id: a, title: A, level: entry, shiny: true}]\n")
    result = runner.invoke(app, ["list", "--data", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}:1: this file needs a newer hrpath (format 3)\n"


def test_v2_keys_without_format_load_and_validate_warns(
    runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    path = write_yaml("roles:\n  - {id: a, title: A, level: entry, family: ops}\n")
    report = _json(runner, "validate", str(path))
    assert report["valid"] is True
    assert report["warnings"] == [
        {
            "line": 1,
            "role": None,
            "message": "uses format 2 keys (family); add `format: 2` at the top of the file",
        }
    ]
    text = runner.invoke(app, ["validate", str(path)]).stdout
    assert "warning: " in text and text.endswith("OK (1 role, 1 warning)\n")


def test_the_framework_validates_without_warnings(framework: str) -> None:
    result = validate_file(Path(framework))
    assert (result.problems, result.warnings, result.role_count) == ((), (), 4)


def test_custom_levels_order_list_compare_and_level_filter(runner: CliRunner, framework: str) -> None:
    roles = _json(runner, "list", "--data", framework)
    assert [r["id"] for r in roles] == ["sourcer", "senior", "lead", "top"]
    assert [r["id"] for r in _json(runner, "list", "--level", "L2", "--data", framework)] == [
        "senior",
        "lead",
    ]
    differences = _json(runner, "compare", "top", "senior", "--data", framework)["differences"]
    assert differences["level"] == {"a": "l3", "b": "l2", "higher": "a"}
    bad = runner.invoke(app, ["list", "--level", "senior", "--data", framework])
    assert bad.exit_code == 2 and "l1, l2, l3" in bad.stderr
    table = runner.invoke(app, ["list", "--data", framework]).stdout
    assert table.index("Level 1") < table.index("Level 2") < table.index("Level 3")


def test_a_level_not_declared_is_a_located_problem(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(FRAMEWORK.replace("level: l2\n    family: ops", "level: l9\n    family: ops"))
    messages = [(p.line, p.message) for p in validate_file(path).problems]
    assert messages == [(43, "roles[3].level: 'l9' is not one of l1, l2, l3")]


def test_family_and_ladder_filters(runner: CliRunner, framework: str) -> None:
    ids = lambda *args: [r["id"] for r in _json(runner, "list", *args, "--data", framework)]  # noqa: E731
    assert ids("--family", "talent") == ["sourcer", "senior", "top"]
    assert ids("--ladder", "manager") == ["lead", "top"]  # `either` counts as both
    assert ids("--ladder", "ic") == ["sourcer", "senior", "lead"]
    assert ids("--ladder", "either") == ["lead"]
    levels = _json(runner, "map", "--family", "ops", "--data", framework)["levels"]
    assert levels == [
        {
            "level": "l2",
            "families": [
                {
                    "family": "ops",
                    "roles": [
                        {
                            "id": "lead",
                            "title": "Sourcing Lead",
                            "next": [{"to": "top", "kind": "promotion", "years": 3, "estimate": True}],
                        }
                    ],
                }
            ],
        }
    ]
    export = runner.invoke(app, ["export", "--format", "json", "--ladder", "ic", "--data", framework])
    graph = json.loads(export.stdout)
    assert [n["id"] for n in graph["nodes"]] == ["sourcer", "senior", "lead"]
    assert [(e["from"], e["to"]) for e in graph["edges"]] == [("sourcer", "senior"), ("sourcer", "lead")]


def test_extends_resolves_requirements_and_duties(runner: CliRunner, framework: str) -> None:
    profile = _json(runner, "show", "senior", "--data", framework)
    assert profile["extends"] == "sourcer" and profile["inherits"] == ["skills", "other", "duties"]
    assert profile["requires"]["skills"] == ["sourcing", "coaching"]
    assert profile["requires"]["other"] == ["Must hold a UK driving licence"]
    assert profile["requires"]["experience_years"] == 3
    assert profile["duties"] == ["Find people", "Coach sourcers"]
    text = runner.invoke(app, ["show", "senior", "--data", framework], env={"COLUMNS": "200"}).stdout
    assert "Extends Sourcer (sourcer): inherits its skills, other requirements and duties." in text


@pytest.mark.parametrize(
    ("extends", "message"),
    [
        ("nobody", "extends: unknown role 'nobody'"),
        ("senior", "extends: 'sourcer' inherits from itself through 'senior'"),
    ],
)
def test_bad_extends_are_located_problems(
    write_yaml: Callable[..., Path], extends: str, message: str
) -> None:
    text = FRAMEWORK.replace(
        "    ladder: ic\n    duties:", f"    ladder: ic\n    extends: {extends}\n    duties:"
    )
    problems = validate_file(write_yaml(text)).problems
    assert [(p.role, p.message) for p in problems][:1] == [("sourcer", message)]


def test_unstated_experience_is_neither_gap_nor_met(runner: CliRunner, framework: str) -> None:
    assert load_graph(Path(framework)).role("lead").requires.experience_years is None
    answer = _json(runner, "gaps", "--data", framework)
    lead = next(r for r in answer["roles"] if r["id"] == "lead")
    assert lead["ready"] is True and lead["missing"]["experience_years"] == 0
    text = runner.invoke(app, ["show", "lead", "--data", framework]).stdout
    assert "Experience      not stated" in text


def test_unstated_move_years_use_the_median_and_are_marked(runner: CliRunner, framework: str) -> None:
    # Stated move years are 2 and 4: the stand-in is their median, 3.
    plan = _json(runner, "route", "sourcer", "top", "--data", framework)
    routes = {tuple(route["roles"]): route for route in plan["routes"]}
    assert routes["sourcer", "senior", "top"]["years_estimate"] is False
    other = routes["sourcer", "lead", "top"]
    assert other["years"] == 6
    assert other["years_estimate"] is True
    assert [s["years_stated"] for s in other["steps"]] == [False, False]
    text = runner.invoke(app, ["route", "sourcer", "top", "--data", framework]).stdout
    assert "6 years (estimate: some moves state no years)" in text
    assert "promotion · years not stated (3 years assumed, estimate)" in text


def test_a_range_shows_and_its_minimum_gates(runner: CliRunner, framework: str) -> None:
    text = runner.invoke(app, ["show", "top", "--data", framework]).stdout
    assert "Experience      6 to 9 years" in text
    answer = _json(runner, "gaps", "--have", "managing", "--years", "6", "--data", framework)
    top = next(r for r in answer["roles"] if r["id"] == "top")
    assert top["ready"] is True


def test_other_requirements_are_shown_never_scored(runner: CliRunner, framework: str) -> None:
    assert (
        "Other           Must hold a UK driving licence"
        in runner.invoke(app, ["show", "sourcer", "--data", framework]).stdout
    )
    compare = runner.invoke(app, ["compare", "sourcer", "lead", "--data", framework]).stdout
    assert "Must hold a UK driving" in compare
    answer = _json(runner, "gaps", "--have", "sourcing", "--data", framework)
    assert next(r for r in answer["roles"] if r["id"] == "sourcer")["ready"] is True


def test_currency_and_bands_are_never_converted(runner: CliRunner, framework: str) -> None:
    show = runner.invoke(app, ["show", "top", "--data", framework]).stdout
    assert "band 80,000 GBP to 90,000 GBP" in show
    pay = _json(runner, "show", "sourcer", "--data", framework)["pay"]
    assert (pay["median"], pay["median_usd"], pay["currency"]) == (30000, None, "GBP")
    route = runner.invoke(app, ["route", "sourcer", "senior", "--data", framework]).stdout
    assert "pay +10,000 GBP" in route
    compare = runner.invoke(app, ["compare", "sourcer", "senior", "--data", framework]).stdout
    assert "pays 10,000 GBP more than" in compare


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("title: Sourcer\n", "title: '  '\n", "title: must not be blank"),
        ("pay: {median: 30000}", "pay: {median_usd: 30000}", "pay.median_usd: the file's currency is GBP"),
        ("{min: 80000, max: 90000}", "{min: 90000, max: 80000}", "pay.band: min is above max"),
        ("{min: 6, max: 9}", "{min: 9, max: 6}", "requires.experience_years: min is above max"),
        ("pay: {median: 30000}", "pay: {year: 2025}", "pay: needs one of the keys median_usd, median, band"),
        ("currency: GBP", "currency: pounds", "currency: 'pounds' must be three capital letters (ISO 4217)"),
        ("{to: lead}", "{to: elsewhere}", "next.to: unknown role 'elsewhere'"),
    ],
)
def test_format_2_problems(write_yaml: Callable[..., Path], old: str, new: str, message: str) -> None:
    assert old in FRAMEWORK
    problems = validate_file(write_yaml(FRAMEWORK.replace(old, new, 1))).problems
    assert len(problems) == 1 and message in problems[0].message


def test_init_example_company_validates_and_uses_format_2(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fernhill.yaml"
    assert runner.invoke(app, ["init", str(path), "--example", "company"]).exit_code == 0
    result = validate_file(path)
    assert (result.problems, result.warnings, result.role_count) == ((), (), 10)
    graph = load_graph(path)
    assert len(graph.levels) == 7
    assert {role.family for role in graph} == {"talent", "partnering", "reward"}
    assert {role.ladder for role in graph} == {"ic", "manager", "either"}
    assert any(role.extends for role in graph) and any(role.requires.other for role in graph)
    assert any(not move.years_stated for move in graph.moves())
    assert any(role.requires.experience_max for role in graph)
    assert any(role.requires.any_of for role in graph) and any(role.requires.skill_levels for role in graph)
    bad = runner.invoke(app, ["init", str(tmp_path / "x.yaml"), "--example", "bank"])
    assert bad.exit_code == 2 and "company" in bad.stderr


LEVELLED = """\
format: 2
skills:
  - {id: communication, label: Communication, levels: 4}
  - {id: sql, label: SQL}
  - {id: excel, label: Excel}
  - {id: tableau, label: Tableau}
roles:
  - id: analyst
    title: People Analyst
    level: mid
    requires:
      skills: [{id: communication, level: 3}, {any: [sql, excel, tableau], count: 1}]
"""


@pytest.fixture
def levelled(write_yaml: Callable[..., Path]) -> str:
    return str(write_yaml(LEVELLED))


@pytest.mark.parametrize(
    ("have", "score", "missing"),
    [
        ("communication:3,excel", 1.0, []),
        ("communication:4,tableau", 1.0, []),  # a higher level meets a lower one
        ("communication:2,excel", 0.5, ["Communication (level 3)"]),
        ("communication,sql", 0.5, ["Communication (level 3)"]),  # no level given counts as level 1
        ("communication:3", 0.5, ["one of SQL, Excel or Tableau"]),
        ("excel,sql", 0.5, ["Communication (level 3)"]),
        ("", 0.0, ["Communication (level 3)", "one of SQL, Excel or Tableau"]),
    ],
)
def test_levels_and_any_of_are_one_item_each(
    levelled: str, have: str, score: float, missing: list[str]
) -> None:
    from hrpath.core.gaps.readiness import readiness
    from hrpath.core.have_tokens import parse_have
    from hrpath.core.qualifications import missing_for
    from hrpath.core.text import split_tokens
    from hrpath.render.text import missing_items

    graph = load_graph(Path(levelled))
    held = parse_have(graph, split_tokens(have))
    requires = graph.role("analyst").requires
    assert readiness(graph, held, requires) == score
    gap = missing_for(graph, held, requires)
    assert (
        missing_items(
            gap, {"communication": "Communication", "sql": "SQL", "excel": "Excel", "tableau": "Tableau"}
        )
        == missing
    )
    assert gap.count() == len(missing)


def test_levelled_have_on_the_command_line(runner: CliRunner, levelled: str) -> None:
    answer = _json(runner, "gaps", "--have", "communication:3,excel", "--data", levelled)
    assert answer["have"]["skill_levels"] == {"communication": 3}
    assert answer["roles"][0]["ready"] is True
    profile = _json(runner, "show", "analyst", "--data", levelled)
    assert profile["requires"]["skill_levels"] == {"communication": 3}
    assert profile["requires"]["any_of"] == [{"any": ["sql", "excel", "tableau"], "count": 1}]
    text = runner.invoke(app, ["show", "analyst", "--data", levelled]).stdout
    assert "Communication (level 3), one of SQL, Excel or Tableau" in text
    for token, message in (
        ("communication:5", "error: 'communication:5': Communication has levels 1 to 4\n"),
        ("sql:2", "error: 'sql:2': only a skill with levels takes ':N'\n"),
    ):
        result = runner.invoke(app, ["gaps", "--have", token, "--data", levelled])
        assert (result.exit_code, result.stderr) == (2, message)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("level: 3}", "level: 5}", "requires.skills: skill 'communication' has 4 levels, not 5"),
        ("count: 1}", "count: 4}", "requires.skills: count 4 is more than the 3 skills listed"),
        ("[sql, excel", "[sequel, excel", "requires.skills: unknown skill 'sequel' (did you mean 'sql'?)"),
    ],
)
def test_levelled_and_any_of_problems(
    write_yaml: Callable[..., Path], old: str, new: str, message: str
) -> None:
    problems = validate_file(write_yaml(LEVELLED.replace(old, new))).problems
    assert [p.message for p in problems] == [message]


def test_the_stand_in_is_1_when_no_move_states_years(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(
        "roles:\n  - {id: a, title: A, level: entry, next: [{to: b}]}\n  - {id: b, title: B, level: mid}\n"
    )
    (move,) = load_graph(path).moves()
    assert (move.years, move.years_stated, move.estimate) == (1, False, True)
