"""Loader tests: the small file loads; every kind of bad input gets one clear problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hrpath.datafile.loader import check_file, load_graph
from hrpath.errors import DataError

VOCABULARY = """\
education:
  - {id: high-school, label: High school diploma}
  - {id: bachelors, label: Bachelor's degree, aliases: [ba, bs]}
  - {id: masters, label: Master's degree, aliases: [mba]}
skills:
  - {id: recruiting, label: Recruiting, aliases: [recruitment]}
  - {id: payroll, label: Payroll}
certifications:
  - {id: phr, label: Professional in Human Resources, eligibility: {masters: 1, bachelors: 2, any: 4}}
"""
SMALL = Path(__file__).parent / "data" / "small.yaml"


def test_small_company_file_without_vocabularies_loads() -> None:
    graph = load_graph(SMALL)
    assert [role.id for role in graph] == ["associate", "partner", "lead"]
    assert [m.target for m in graph.moves_from("associate")] == ["partner"]
    assert graph.moves_from("associate")[0].kind == "promotion"  # the default kind


def test_vocabulary_and_requirements_are_built(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(
        VOCABULARY
        + """\
roles:
  - id: recruiter
    title: Recruiter
    level: entry
    requires: {education: bachelors, experience_years: 1.5, skills: [recruiting], certifications: [phr]}
    pay: {median_usd: 72910, year: 2024, source: BLS, estimate: false}
"""
    )
    graph = load_graph(path)
    role = graph.role("recruiter")
    assert role.requires.experience_years == 1.5
    assert role.requires.skills == ("recruiting",)
    assert role.pay is not None and role.pay.median == 72910 and role.pay.year == 2024
    assert graph.education_rank("masters") > graph.education_rank("bachelors")
    assert dict(graph.certifications["phr"].eligibility) == {"masters": 1, "bachelors": 2, "any": 4}


def _problems(write_yaml: Callable[..., Path], text: str) -> list[str]:
    _, problems = check_file(write_yaml(text))
    return [str(problem).split(": ", 1)[1] for problem in problems]


ROLE_HEAD = "roles:\n  - id: a\n    title: A\n    level: entry\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # YAML syntax error, with its line
        ("roles: [\n  {id: a\n", "YAML syntax error"),
        # a tab where YAML does not allow one (the Monzo framework's real quirk)
        ("roles:\n-\t{id: a}\n", "YAML syntax error"),
        # the top level is not a mapping
        ("- a\n- b\n", "the file must be a mapping"),
        # required keys
        ("roles:\n  - id: a\n    level: entry\n", "role 'a': roles[0]: missing required key 'title'"),
        ("name: x\n", "file: missing required key 'roles'"),
        # unknown key with a close-match hint
        (
            ROLE_HEAD + "    titel: B\n",
            "role 'a': roles[0].titel: unknown key 'titel' (did you mean 'title'?)",
        ),
        # wrong type
        (ROLE_HEAD + "    duties: Recruiting\n", "roles[0].duties: expected a list, got string 'Recruiting'"),
        # YAML 1.1 surprise: id: no is the boolean false
        (
            "roles:\n  - id: no\n    title: A\n    level: entry\n",
            'roles[0].id: expected a string, got boolean false (YAML 1.1 reads no as false; quote it: "no")',
        ),
        # bad level, with a hint
        (
            "roles:\n  - id: a\n    title: A\n    level: senor\n",
            "roles[0].level: 'senor' is not one of entry, mid, senior, executive (did you mean 'senior'?)",
        ),
        # id shape
        ("roles:\n  - id: HR Lead\n    title: A\n    level: entry\n", "must be lowercase letters and digits"),
        # duplicate role ids
        (
            ROLE_HEAD + "  - id: a\n    title: B\n    level: mid\n",
            "role 'a': duplicate roles id 'a' (first at line 2)",
        ),
        # duplicate mapping keys, which PyYAML would silently merge
        (ROLE_HEAD + "    title: B\n", "duplicate key 'title' (first at line 3)"),
        # dangling next.to, with a hint
        (
            ROLE_HEAD + "    next: [{to: bb, years: 1}]\n  - id: b\n    title: B\n    level: mid\n",
            "role 'a': next.to: unknown role 'bb' (did you mean 'b'?)",
        ),
        # a move to itself
        (ROLE_HEAD + "    next: [{to: a, years: 1}]\n", "a role cannot move to itself"),
        # negative and non-numeric years
        (
            ROLE_HEAD + "    next: [{to: b, years: -1}]\n  - id: b\n    title: B\n    level: mid\n",
            "roles[0].next[0].years: -1 must be at least 0",
        ),
        (
            ROLE_HEAD + "    next: [{to: b, years: three}]\n  - id: b\n    title: B\n    level: mid\n",
            "roles[0].next[0].years: expected a number, got string 'three'",
        ),
        (
            ROLE_HEAD + "    requires: {experience_years: yes}\n",
            "roles[0].requires.experience_years: expected a number, got boolean true",
        ),
        # unknown vocabulary ids
        (
            VOCABULARY + ROLE_HEAD + "    requires: {education: phd}\n",
            "role 'a': requires.education: unknown education level 'phd'",
        ),
        (
            VOCABULARY + ROLE_HEAD + "    requires: {skills: [recruting]}\n",
            "requires.skills: unknown skill 'recruting' (did you mean 'recruiting'?)",
        ),
        (
            VOCABULARY + ROLE_HEAD + "    requires: {certifications: [sphr]}\n",
            "requires.certifications: unknown certification 'sphr' (did you mean 'phr'?)",
        ),
        (
            ROLE_HEAD + "    requires: {skills: [recruiting]}\n",
            "unknown skill 'recruiting' (the file declares no skills)",
        ),
        # helpful ids must be a skill or a certification of the file
        (
            VOCABULARY + ROLE_HEAD + "    requires: {helpful: [recruting]}\n",
            "role 'a': requires.helpful: unknown skill or certification 'recruting' (did you mean 'recruiting'?)",
        ),
        (
            ROLE_HEAD + "    requires: {helpful: [phr]}\n",
            "unknown skill or certification 'phr' (the file declares no skills or certifications)",
        ),
        (
            "education:\n  - {id: ba, typical_years: -4}\n" + ROLE_HEAD,
            "education[0].typical_years: -4 must be at least 0",
        ),
        # a scalar PyYAML cannot construct: one problem, no traceback, no follow-on noise
        (ROLE_HEAD + "    summary: 2024-02-30\n", "bad value '2024-02-30': day is out of range for month"),
        (ROLE_HEAD + "    duties: [!!int abc]\n", "bad value 'abc'"),
        # a date where a string belongs, with a hint
        (
            "roles:\n  - id: a\n    title: 2024-01-01\n    level: entry\n",
            'roles[0].title: expected a string, got date 2024-01-01 (quote it: "2024-01-01")',
        ),
        # numbers that are not finite, or beyond the sanity bounds
        (ROLE_HEAD + "    requires: {experience_years: .inf}\n", "got number inf (not a finite number)"),
        (
            ROLE_HEAD + "    requires: {experience_years: " + "9" * 400 + "}\n",
            "number too long (400 characters; at most 64)",
        ),
        (ROLE_HEAD + "    pay: {median_usd: 1000000000}\n", "must be at most 100,000,000"),
        # merge keys are not supported
        (
            "base: &b {level: entry}\nroles:\n  - id: a\n    title: A\n    <<: *b\n",
            "YAML merge keys (<<) are not supported",
        ),
        # an empty roles list
        ("roles: []\n", "roles: needs at least 1 item"),
        # deep nesting is reported before the parser sees it, not a RecursionError
        ("roles: " + "[" * 2000 + "]" * 2000 + "\n", "the YAML nests deeper than 64 levels"),
        # certification eligibility keys must be education ids or `any`
        (
            "certifications:\n  - {id: phr, eligibility: {college: 2}}\n" + ROLE_HEAD,
            "certification 'phr': eligibility: unknown education level 'college'",
        ),
    ],
)
def test_each_bad_input_is_reported(write_yaml: Callable[..., Path], text: str, expected: str) -> None:
    problems = _problems(write_yaml, text)
    assert any(expected in problem for problem in problems), problems


def test_problem_names_file_line_and_role(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(ROLE_HEAD + "    titel: B\n")
    _, problems = check_file(path)
    assert [str(p) for p in problems] == [
        f"{path}:5: role 'a': roles[0].titel: unknown key 'titel' (did you mean 'title'?)"
    ]


def test_every_problem_is_reported_not_just_the_first(write_yaml: Callable[..., Path]) -> None:
    text = (
        ROLE_HEAD + "    titel: B\n    next: [{to: zz, years: -2}]\n  - id: a\n    title: C\n    level: top\n"
    )
    _, problems = check_file(write_yaml(text))
    assert [p.line for p in problems] == [5, 6, 6, 7, 9]


def test_load_graph_raises_data_error_with_count(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("roles:\n  - {id: a}\n")
    with pytest.raises(DataError) as caught:
        load_graph(path)
    assert str(caught.value) == (
        f"{path}:2: role 'a': roles[0]: missing required key 'title' "
        f"(and 1 more problem; run `hrpath validate {path}`)"
    )


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read the file: No such file or directory"):
        load_graph(tmp_path / "absent.yaml")


def test_an_unconstructable_value_is_one_problem(write_yaml: Callable[..., Path]) -> None:
    assert _problems(write_yaml, ROLE_HEAD + "    summary: 2024-02-30\n") == [
        "bad value '2024-02-30': day is out of range for month"
    ]


def test_empty_file_is_reported(write_yaml: Callable[..., Path]) -> None:
    assert _problems(write_yaml, "") == ["the file must be a mapping with a `roles` list"]
