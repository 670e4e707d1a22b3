"""Name resolution: loose matching, ambiguity and suggestions."""

from __future__ import annotations

import pytest

from hrpath.core.graph import RoleGraph
from hrpath.core.names import NameIndex, normalize, resolve_role
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


def test_unknown_name_with_nothing_close_has_no_hint(ladder: RoleGraph) -> None:
    with pytest.raises(UnknownName) as caught:
        resolve_role(ladder, "astronaut")
    assert str(caught.value) == "unknown role 'astronaut'"


def test_long_ambiguity_lists_are_cut_short() -> None:
    index = NameIndex("role", [(f"r{i}", f"Lead {i}", [f"Lead {i}"]) for i in range(12)])
    with pytest.raises(AmbiguousName) as caught:
        index.resolve("lead")
    assert str(caught.value).endswith("'Lead 4', 'Lead 5' and 4 more")


def test_normalize_drops_case_space_and_punctuation() -> None:
    assert normalize("T&D Manager") == normalize("t d manager") == "tdmanager"


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


def test_shipped_manager_is_ambiguous(shipped: RoleGraph) -> None:
    with pytest.raises(AmbiguousName) as caught:
        resolve_role(shipped, "manager")
    assert "HR Manager" in caught.value.candidates
    assert len(caught.value.candidates) >= 5
