"""The shared `--have` parsing and level-aware matching (hrpath.core.qualifications)."""

from __future__ import annotations

import pytest

from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import parse_have
from hrpath.core.models import Certification, Requirements, Term
from hrpath.core.qualifications import Have, Missing, held_certifications, missing_for
from hrpath.core.text import split_tokens
from hrpath.errors import AmbiguousName, UnknownName


@pytest.mark.parametrize(
    ("token", "kind", "item"),
    [
        ("mba", "education", "masters"),  # an alias of an education level
        ("Master's degree", "education", "masters"),  # the label
        ("recruitment", "skill", "recruiting"),  # an alias of a skill
        ("RECRUITING", "skill", "recruiting"),  # case does not matter
        ("shrm cp", "certification", "shrm-cp"),  # punctuation does not matter
        ("SHRM-CP", "certification", "shrm-cp"),
        ("phr", "certification", "phr"),
    ],
)
def test_tokens_resolve_by_id_label_or_alias(shipped: RoleGraph, token: str, kind: str, item: str) -> None:
    have = parse_have(shipped, [token])
    found = {
        "education": {have.education} - {None},
        "skill": have.skills,
        "certification": have.certifications,
    }
    assert found[kind] == {item}
    assert sum(len(values) for values in found.values()) == 1


@pytest.mark.parametrize("tokens", [["bachelors", "mba"], ["mba", "bachelors"], ["hs", "phd", "ba"]])
def test_the_highest_education_given_counts(shipped: RoleGraph, tokens: list[str]) -> None:
    expected = "doctorate" if "phd" in tokens else "masters"
    assert parse_have(shipped, tokens).education == expected


def test_years_are_kept_and_empty_tokens_skipped(shipped: RoleGraph) -> None:
    assert parse_have(shipped, ["", " recruiting "], 2.5) == Have(None, 2.5, frozenset({"recruiting"}))


def test_split_tokens_drops_blanks() -> None:
    assert split_tokens(" mba, ,recruiting,") == ["mba", "recruiting"]
    assert split_tokens(None) == []


def test_unknown_token_raises_with_suggestions(shipped: RoleGraph) -> None:
    with pytest.raises(UnknownName) as caught:
        parse_have(shipped, ["mba", "recruting"])
    assert caught.value.name == "recruting"
    assert "recruiting (skill)" in caught.value.suggestions


def test_ambiguous_token_raises_with_candidates(shipped: RoleGraph) -> None:
    with pytest.raises(AmbiguousName) as caught:
        parse_have(shipped, ["shrm"])
    assert caught.value.candidates == ["shrm-cp (certification)", "shrm-scp (certification)"]


def test_a_higher_degree_meets_a_lower_requirement(shipped: RoleGraph) -> None:
    needs = Requirements("bachelors", 0)
    assert missing_for(shipped, Have("masters"), needs) == Missing()
    assert missing_for(shipped, Have("associates"), needs).education == "bachelors"
    assert missing_for(shipped, Have(None), needs).education == "bachelors"


def test_a_senior_credential_meets_the_junior_requirement(shipped: RoleGraph) -> None:
    needs = Requirements(certifications=("phr", "aphr"))
    assert missing_for(shipped, Have(certifications=frozenset({"sphr"})), needs) == Missing()
    # ... but not the other way round
    junior = missing_for(
        shipped, Have(certifications=frozenset({"phr"})), Requirements(certifications=("sphr",))
    )
    assert junior.certifications == ("sphr",)


def test_held_certifications_follow_satisfies_transitively() -> None:
    graph = RoleGraph(
        [],
        certifications=[
            Certification("a", "A", satisfies=("b",)),
            Certification("b", "B", satisfies=("c",)),
            Certification("c", "C"),
        ],
    )
    assert held_certifications(graph, ["a"]) == {"a", "b", "c"}


def test_experience_compares_years(shipped: RoleGraph) -> None:
    needs = Requirements(experience_years=5)
    assert missing_for(shipped, Have(experience_years=3), needs).experience_years == 2
    assert missing_for(shipped, Have(experience_years=7), needs).experience_years == 0


def test_missing_keeps_the_requirements_order() -> None:
    graph = RoleGraph([], education=[Term("bachelors", "BA")])
    needs = Requirements(skills=("c", "a", "b"))
    assert missing_for(graph, Have(skills=frozenset({"a"})), needs).skills == ("c", "b")
