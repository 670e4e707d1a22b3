"""Name resolution: loose matching, ambiguity and suggestions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Role
from hrpath.core.names import NameIndex, normalize, resolve_role
from hrpath.datafile.loader import load_graph
from hrpath.datafile.validation import validate_file
from hrpath.errors import AmbiguousName, UnknownName


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("HR Director", "director"),  # title
        ("hr director", "director"),  # case
        ("HR-Director", "director"),  # punctuation
        ("  hr   director ", "director"),  # whitespace
        ("Human Resources Director", "director"),  # "Human Resources" is "HR"
        ("hrd", "director"),  # alias
        ("director", "director"),  # a word only one role has
        ("Human Resources Generalist", "generalist"),  # explicit alias
        ("generalist", "generalist"),  # id
    ],
)
def test_loose_names_resolve(ladder: RoleGraph, query: str, expected: str) -> None:
    assert resolve_role(ladder, query) == expected


def test_a_word_many_roles_share_is_ambiguous(ladder: RoleGraph) -> None:
    with pytest.raises(AmbiguousName) as caught:
        resolve_role(ladder, "hr")
    assert caught.value.candidates == ["HR Assistant", "HR Director", "HR Generalist", "HR Manager"]
    assert str(caught.value) == (
        "role 'hr' is ambiguous; it matches 'HR Assistant', 'HR Director', 'HR Generalist' or 'HR Manager'"
    )


def test_unknown_name_suggests_close_titles(ladder: RoleGraph) -> None:
    with pytest.raises(UnknownName) as caught:
        resolve_role(ladder, "HR Generalst")
    assert caught.value.suggestions[0] == "HR Generalist"
    assert str(caught.value).startswith("unknown role 'HR Generalst'; did you mean 'HR Generalist'")


def test_unknown_name_with_nothing_close_points_to_search(ladder: RoleGraph) -> None:
    with pytest.raises(UnknownName) as caught:
        resolve_role(ladder, "astronaut")
    assert str(caught.value) == "unknown role 'astronaut'; try `hrpath search astronaut`"


def test_long_ambiguity_lists_are_cut_short() -> None:
    index = NameIndex("role", [(f"r{i}", f"Lead {i}", [f"Lead {i}"]) for i in range(12)])
    with pytest.raises(AmbiguousName) as caught:
        index.resolve("lead")
    assert str(caught.value).endswith("'Lead 4', 'Lead 5' and 4 more")


def test_normalize_drops_case_space_and_punctuation() -> None:
    assert normalize("HR-Manager") == normalize("hr   manager") == "hrmanager"
    assert normalize("T&D Manager") == normalize("Training and Development Manager")


SHIPPED_ALIASES = [
    ("CHRO", "chro"),
    ("Chief People Officer", "chro"),
    ("VP HR", "vp-hr"),
    ("VP of HR", "vp-hr"),
    ("Vice President of Human Resources", "vp-hr"),
    ("HRBP", "hr-business-partner"),
    ("HRIS", "hris-analyst"),
    ("T&D Manager", "training-development-manager"),
    ("Development Manager", "training-development-manager"),
    ("DEI", "dei-specialist"),
    ("hr director", "hr-director"),
    ("HR-Director", "hr-director"),
    ("Human Resources Director", "hr-director"),
    ("recruiter", "recruiter"),
]


@pytest.mark.parametrize(("query", "expected"), SHIPPED_ALIASES)
def test_shipped_abbreviations_resolve(shipped: RoleGraph, query: str, expected: str) -> None:
    assert resolve_role(shipped, query) == expected


TYPED_NAMES = [
    ("CPO", "chro"),
    ("people partner", "hr-business-partner"),
    ("HR coordinator", "hr-associate"),
    ("ER specialist", "employee-relations-specialist"),
    ("hr dir", "hr-director"),
    ("hr mgr", "hr-manager"),
    ("comp analyst", "compensation-analyst"),
    ("Recruiters", "recruiter"),
    ("generalist", "hr-generalist"),
    ("specialist", "hr-specialist"),
    ("manager", "hr-manager"),
    ("Senior HR Generalist", "hr-generalist"),
    ("labour relations specialists", "employee-relations-specialist"),
    ("organisational development manager", "training-development-manager"),
    ("L&D Manager", "training-development-manager"),
    ("compensation & benefits manager", "benefits-manager"),
    ("VP, HR", "vp-hr"),
    ("HR\u200b Director", "hr-director"),
    ("\u202eHR Director", "hr-director"),
    ("\uff28\uff32 \uff24irector", "hr-director"),
]


@pytest.mark.parametrize(("query", "expected"), TYPED_NAMES)
def test_names_people_type_resolve(query: str, expected: str) -> None:
    assert resolve_role(load_graph(), query) == expected


@pytest.mark.parametrize(
    ("query", "candidates"),
    [
        ("comp and ben", ["Benefits Manager", "Compensation Analyst"]),
        ("head of HR", ["HR Director", "Chief Human Resources Officer"]),
        ("talent acquisition", ["Recruiter", "Staffing Coordinator", "Talent Acquisition Manager"]),
        ("TA", ["Recruiter", "Staffing Coordinator", "Talent Acquisition Manager"]),
    ],
)
def test_shipped_ambiguous_names_list_candidates(query: str, candidates: list[str]) -> None:
    with pytest.raises(AmbiguousName) as caught:
        resolve_role(load_graph(), query)
    assert caught.value.candidates == candidates


def test_an_id_or_title_outranks_another_roles_alias() -> None:
    graph = RoleGraph(
        [
            Role("a", "Payroll Lead", "mid"),
            Role("b", "Payroll Manager", "senior", aliases=("payroll lead", "a")),
        ]
    )
    assert resolve_role(graph, "Payroll Lead") == "a"
    assert resolve_role(graph, "A") == "a"


def test_non_latin_titles_stay_apart() -> None:
    graph = RoleGraph(
        [
            Role("ru", "Директор по персоналу", "senior"),
            Role("zh", "人事经理", "mid"),
            Role("el", "Διευθυντής", "senior"),
        ]
    )
    assert normalize("Директор по персоналу") == "директорпоперсоналу"
    assert [resolve_role(graph, name) for name in ("директор по персоналу", "人事经理", "ΔΙΕΥΘΥΝΤΉΣ")] == [
        "ru",
        "zh",
        "el",
    ]


def test_invisible_characters_do_not_make_a_new_name() -> None:
    assert normalize("HR\u200bDirector\u2066") == normalize("HR Director")
    assert normalize("\u200b!!") == ""


def test_validate_reports_names_that_lead_to_two_roles(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(
        """\
        name: t
        roles:
          - id: a
            title: Payroll Lead
            level: mid
          - id: b
            title: payroll-lead
            level: senior
            aliases: [A, "\u200b!!", Chief]
        """
    )
    messages = [(problem.line, problem.message) for problem in validate_file(path).problems]
    assert messages == [
        (
            7,
            "title 'payroll-lead' also names role 'a' ('Payroll Lead', line 4); a name must lead to one role",
        ),
        (9, "alias 'A' also names role 'a' ('a', line 3); a name must lead to one role"),
        (9, "alias '\\u200b!!' is empty or punctuation only"),
    ]
