"""`dumps_shared` writes exactly what json.dumps writes, however objects repeat in the answer;
and routes found together share their steps without changing any answer."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrpath.cli.boundary import PRETTY_LIMIT, json_text
from hrpath.cli.json_dump import LONG, dumps_shared
from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import personal_have
from hrpath.core.models import Move, Requirements, Role
from hrpath.core.qualifications import Have
from hrpath.core.route.routes import find_routes
from hrpath.core.route.walk import walk

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
SMALL = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=8,
)


def expected(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


@st.composite
def answers(draw: st.DrawFn) -> Any:
    """Route-plan-like trees whose long lists reuse the same objects, mixed with fresh ones."""
    pool = draw(st.lists(SMALL, min_size=1, max_size=6))

    def long_list() -> list[Any]:
        picks = draw(st.lists(st.integers(-1, len(pool) - 1), max_size=3 * LONG))
        return [pool[pick] if pick >= 0 else draw(SMALL) for pick in picks]

    def branch() -> dict[Any, Any]:
        keys = draw(st.lists(st.text(max_size=4), min_size=1, max_size=4, unique=True))
        made: dict[Any, Any] = {key: long_list() if draw(st.booleans()) else draw(SMALL) for key in keys}
        if draw(st.booleans()):
            made[draw(st.integers(0, 9))] = long_list()  # a non-string key: json.dumps turns it into one
        return made

    routes = [branch() for _ in range(draw(st.integers(0, LONG + 4)))]
    if routes and draw(st.booleans()):
        routes += [routes[0]] * LONG  # whole branches repeated too
    return draw(st.sampled_from([{"from": "a", "routes": routes}, routes, long_list(), pool[0]]))


@settings(max_examples=300, deadline=None)
@given(answers())
def test_the_text_is_json_dumps_text(value: Any) -> None:
    assert dumps_shared(value) == expected(value)


def test_a_list_whose_items_all_repeat_is_written_from_the_first_encoding() -> None:
    step = {"from": "a", "to": "b", "gap": {"skills": []}}
    other = {"from": "b", "to": "c", "gap": {"skills": ["x\u202e"]}}
    answer = {"routes": [{"roles": ["a", "b"] * LONG, "steps": [step, other] * LONG} for _ in range(3)]}
    assert dumps_shared(answer) == expected(answer)
    assert dumps_shared([step] * LONG + [dict(step)]) == expected([step] * (LONG + 1))


def test_not_a_number_is_refused_as_json_dumps_refuses_it() -> None:
    shared = {"pay": math.nan}
    with pytest.raises(ValueError):
        dumps_shared({"steps": [shared] * LONG})


def ladder_with_requirements() -> RoleGraph:
    """r_i to r_i+1 and r_i+2, every role reached two ways; every third role asks for a skill."""
    ids = [f"r{i}" for i in range(14)]
    roles = []
    for i, source in enumerate(ids):
        moves = tuple(Move(source, target, years=years) for years, target in enumerate(ids[i + 1 : i + 3], 1))
        requires = Requirements(None, i // 2, (f"skill{i}",)) if i % 3 == 2 else Requirements()
        roles.append(Role(source, source.upper(), "mid", requires=requires, moves=moves))
    return RoleGraph(roles)


@pytest.mark.parametrize("skills", [(), ("skill2", "skill5")])
def test_routes_found_together_are_the_routes_walked_one_by_one(
    shipped: RoleGraph, skills: tuple[str, ...]
) -> None:
    # Steps that miss nothing are shared between the routes; the gaps of the rest are personal.
    cases = [
        (shipped, "staffing-coordinator", "chro", personal_have(shipped, ("recruiting",), len(skills))),
        (ladder_with_requirements(), "r0", "r13", Have(None, 3, frozenset(skills))),
    ]
    for graph, start, end, have in cases:
        found = find_routes(graph, start, end, alternatives=30, have=have)
        assert len(found) == 30
        alone = [walk(graph, route.roles[0], [step.move for step in route.steps], have) for route in found]
        assert found == alone
        assert any(step.gap.count() for route in found for step in route.steps)


def deep(levels: int, payload: str) -> dict[str, Any]:
    """A reach-tree-like answer nested `levels` deep (past the default recursion limit)."""
    tree: dict[str, Any] = {"to": "last", "note": payload, "next": []}
    for level in range(levels):
        tree = {"to": f"r{level}", "next": [tree]}
    return tree


@pytest.mark.parametrize("payload", ["short", "x" * PRETTY_LIMIT])
def test_deep_answers_are_laid_out_like_any_other(payload: str) -> None:
    # One rule whatever the depth: indented when short, one line from PRETTY_LIMIT on.
    answer = deep(1_200, payload)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)
    try:
        compact = json.dumps(answer, ensure_ascii=False)
        indented = json.dumps(answer, ensure_ascii=False, indent=2)
    finally:
        sys.setrecursionlimit(limit)
    assert json_text(answer) == (compact if len(compact) >= PRETTY_LIMIT else indented)
    assert sys.getrecursionlimit() == limit
