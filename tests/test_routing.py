"""Core tests for routes, sources and next moves: small graphs and the shipped one."""

from __future__ import annotations

import re

import pytest

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Pay, Requirements, Role, Term
from hrpath.core.qualifications import Have, Missing
from hrpath.core.route.feeders import feeders_into
from hrpath.core.route.next_moves import next_moves
from hrpath.core.route.routes import find_routes, route_plan
from hrpath.errors import BadInput, NoAnswer, UnknownName


def graph_of(edges: str, **roles: Role) -> RoleGraph:
    """A graph from 'a>b:2 a>c:1/l' (source>target:years, /l for a lateral move)."""
    moves: dict[str, list[Move]] = {}
    ids: list[str] = []
    for edge in edges.split():
        pair, _, rest = edge.partition(":")
        source, target = pair.split(">")
        years, _, kind = rest.partition("/")
        moves.setdefault(source, []).append(
            Move(source, target, "lateral" if kind == "l" else "promotion", float(years))
        )
        ids += [role for role in (source, target) if role not in ids]
    built = [roles.get(i, Role(i, i.upper(), "mid")) for i in ids]
    return RoleGraph(
        [
            Role(r.id, r.title, r.level, requires=r.requires, pay=r.pay, moves=tuple(moves.get(r.id, ())))
            for r in built
        ],
        education=[Term("high-school", "High school"), Term("bachelors", "Bachelor's degree")],
        skills=[Term("recruiting", "Recruiting"), Term("payroll", "Payroll")],
    )


def shapes(routes: list) -> list[tuple[str, float]]:  # type: ignore[type-arg]
    return [("".join(route.roles), route.years) for route in routes]


def test_ladder_route_by_years(ladder: RoleGraph) -> None:
    (route,) = find_routes(ladder, "HR Assistant", "HRD")
    assert route.roles == ("assistant", "generalist", "manager", "director")
    assert route.years == 9
    assert [(s.move.origin, s.move.kind, s.move.years) for s in route.steps] == [
        ("assistant", "promotion", 2),
        ("generalist", "promotion", 3),
        ("manager", "promotion", 4),
    ]


@pytest.mark.parametrize(
    ("edges", "by", "expected"),
    [
        # fewest years wins over fewest moves
        ("a>d:9 a>b:1 b>c:1 c>d:1", "years", [("abcd", 3), ("ad", 9)]),
        # by steps, fewest moves wins
        ("a>d:9 a>b:1 b>c:1 c>d:1", "steps", [("ad", 9), ("abcd", 3)]),
        # equal years: fewer moves first
        ("a>b:1 b>d:1 a>d:2", "years", [("ad", 2), ("abd", 2)]),
        # equal years and moves: role ids in order
        ("a>c:1 c>d:1 a>b:1 b>d:1", "years", [("abd", 2), ("acd", 2)]),
        # equal moves by steps: fewer years first
        ("a>b:3 b>d:3 a>c:1 c>d:1", "steps", [("acd", 2), ("abd", 6)]),
        # zero-year moves are allowed and still counted as moves
        ("a>b:0 b>c:0 a>c:0", "years", [("ac", 0), ("abc", 0)]),
    ],
)
def test_order_and_ties(edges: str, by: str, expected: list[tuple[str, float]]) -> None:
    assert (
        shapes(find_routes(graph_of(edges), "a", "d" if "d" in edges else "c", by=by, alternatives=5))
        == expected
    )


def test_alternatives_are_distinct_loopless_and_best_first() -> None:
    graph = graph_of("a>b:1 a>c:2 b>c:1 c>b:1 b>d:5 c>d:1 d>a:1")
    routes = find_routes(graph, "a", "d", alternatives=10)
    assert shapes(routes) == [("acd", 3), ("abcd", 3), ("abd", 6), ("acbd", 8)]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        # via forces a detour
        ({"via": ["c"]}, [("acbd", 3)]),
        # via in the order given
        ({"via": ["c", "b"]}, [("acbd", 3)]),
        # avoid removes a role
        ({"avoid": ["b"]}, [("acd", 4)]),
        # promotions only skips the lateral move a>b
        ({"promotions_only": True}, [("acd", 4)]),
    ],
)
def test_via_avoid_promotions(options: dict, expected: list[tuple[str, float]]) -> None:  # type: ignore[type-arg]
    graph = graph_of("a>b:1/l b>d:1 a>c:1 c>b:1/l c>d:3")
    assert shapes(find_routes(graph, "a", "d", **options)) == expected


def test_via_route_is_exact_when_best_legs_would_loop() -> None:
    # Best legs a>x>v then v>x>t pass x twice; the loopless way round is found instead.
    graph = graph_of("a>x:1 x>v:1 v>x:1 x>t:1 a>v:5 v>y:5 y>t:5")
    assert shapes(find_routes(graph, "a", "t", via=["v"], alternatives=5)) == [
        ("avxt", 7),
        ("axvyt", 12),
        ("avyt", 15),
    ]


def test_via_that_must_pass_a_role_twice() -> None:
    graph = graph_of("a>x:1 x>v:1 v>x:1 x>t:1")
    with pytest.raises(NoAnswer, match=r"^no route from A to T through V: every way passes some role twice$"):
        find_routes(graph, "a", "t", via=["v"])


@pytest.mark.parametrize(("via", "expected"), [(["c", "b"], [("acbd", 7)]), (["b", "c"], [("abcd", 3)])])
def test_via_roles_are_visited_in_the_order_given(via: list[str], expected: list[tuple[str, float]]) -> None:
    # Through b then c is far cheaper; asked for c then b, the route must still take c first.
    graph = graph_of("a>b:1 a>c:5 b>c:1 c>b:1 b>d:1 c>d:1")
    assert shapes(find_routes(graph, "a", "d", via=via, alternatives=3)) == expected


def test_via_search_looks_past_the_limit_for_each_alternative_asked() -> None:
    # 8 x 25 = 200 cheap ways through v pass x twice (a>x>v>x>pN>q>rNN>t); the loopless ones
    # start a>v and come only after all 200, so the budget must be the limit plus the alternatives.
    fan_out = " ".join(f"x>p{i}:1 p{i}>q:1" for i in range(8))
    fan_in = " ".join(f"q>r{j:02}:1 r{j:02}>t:1" for j in range(25))
    graph = graph_of(f"a>x:1 x>v:1 v>x:1 a>v:100 {fan_out} {fan_in}")
    assert shapes(find_routes(graph, "a", "t", via=["v"], alternatives=3)) == [
        ("avxp0qr00t", 105),
        ("avxp0qr01t", 105),
        ("avxp0qr02t", 105),
    ]


def test_via_routes_behind_any_number_of_routes_that_pass_a_role_twice() -> None:
    # Zero-year cycles give the (role, via passed) states countless paths that pass a role twice
    # (r5>r3 before r4, r3 again after it); the two real routes must still both be found.
    graph = graph_of(
        "r0>r1:0.5 r0>r2:0.5 r0>r3:4 r1>r2:3 r1>r3:0 r1>r5:0 r2>r0:0 r3>r0:1 r3>r2:4 r3>r4:1 r3>r5:1 "
        "r4>r2:0.5 r4>r3:2 r4>r5:0.5 r5>r0:3 r5>r1:4 r5>r2:0 r5>r3:0 r5>r4:4"
    )
    routes = find_routes(graph, "r5", "r2", via=["r4", "r3"], alternatives=3)
    assert [(route.roles, route.years) for route in routes] == [
        (("r5", "r4", "r3", "r0", "r2"), 7.5),
        (("r5", "r4", "r3", "r2"), 10),
        (("r5", "r4", "r3", "r0", "r1", "r2"), 10.5),
    ]


def test_a_via_search_too_large_to_finish_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Yen's first state path passes x twice; with no room to look further the exact search
    # takes over, and with three partial routes allowed it cannot finish.
    monkeypatch.setattr("hrpath.core.route.via.YEN_LIMIT", 0)
    graph = graph_of("a>x:1 x>v:1 v>x:1 x>t:1 a>v:5 v>y:5 y>t:5")
    assert shapes(find_routes(graph, "a", "t", via=["v"])) == [("avxt", 7)]
    monkeypatch.setattr("hrpath.core.route.via.MAX_STEPS", 3)
    with pytest.raises(NoAnswer, match=r"^no route found within 3 partial routes through the --via roles"):
        find_routes(graph, "a", "t", via=["v"])


@pytest.mark.parametrize("clique", [6, 25])
def test_a_via_route_behind_a_clique_of_free_moves(clique: int) -> None:
    # Free lateral moves among the c roles give Yen countless paths that pass c00 twice
    # (s>c00>v>c00>...>c01>t); the one real route goes on from v to b.
    cs = [f"c{i:02}" for i in range(clique)]
    laterals = " ".join(f"{a}>{b}:0/l" for a in cs for b in cs if a != b)
    graph = graph_of(f"s>c00:1 c00>v:1 v>c00:1 c01>t:1 v>b:9 b>t:1 {laterals}")
    assert shapes(find_routes(graph, "s", "t", via=["v"], alternatives=3)) == [("sc00vbt", 12)]


def test_via_on_a_ladder_of_ties_is_the_best_route_through_it() -> None:
    ids = [f"r{i}" for i in range(40)]
    edges = " ".join(f"{a}>{b}:{n}" for i, a in enumerate(ids) for n, b in enumerate(ids[i + 1 : i + 3], 1))
    (route,) = find_routes(graph_of(edges), "r0", "r39", via=["r20"])
    assert route.years == 39 and "r20" in route.roles and len(route.steps) == 20


def test_from_equal_to_is_a_one_role_route(ladder: RoleGraph) -> None:
    routes = find_routes(ladder, "manager", "HR Manager", alternatives=3)
    assert [(r.roles, r.years, r.steps) for r in routes] == [(("manager",), 0, ())]


@pytest.mark.parametrize(
    ("source", "target", "options", "message"),
    [
        # nothing leads out of the start
        (
            "director",
            "assistant",
            {},
            "no route from HR Director to HR Assistant: nothing leads out of HR Director",
        ),
        # nothing leads into the target
        ("manager", "recruiter", {}, "no route from HR Manager to Recruiter: nothing leads into Recruiter"),
        # both have moves, but not towards each other
        (
            "manager",
            "generalist",
            {},
            "no route from HR Manager to HR Generalist: no sequence of moves leads",
        ),
        # avoid cuts the only way
        ("assistant", "director", {"avoid": ["manager"]}, "--avoid HR Manager removes every way"),
        # the only way starts with a lateral move
        (
            "recruiter",
            "director",
            {"promotions_only": True},
            "every way needs a lateral move (--promotions-only)",
        ),
        # a via role off the way
        ("generalist", "director", {"via": ["recruiter"]}, "Recruiter cannot be reached from HR Generalist"),
    ],
)
def test_no_route_says_why(ladder: RoleGraph, source: str, target: str, options: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(NoAnswer, match=re.escape(message)):
        find_routes(ladder, source, target, **options)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        # at least one route
        ({"alternatives": 0}, "routes must be from 1 to 51, not 0"),
        # only the two measures
        ({"by": "fast"}, "--by must be one of years, steps, not 'fast'"),
        # cannot avoid the start
        ({"avoid": ["assistant"]}, "cannot --avoid HR Assistant: the route starts there"),
        # cannot avoid the end
        ({"avoid": ["director"]}, "cannot --avoid HR Director: the route ends there"),
        # via and avoid contradict
        ({"via": ["manager"], "avoid": ["HR Manager"]}, "HR Manager is both in --via and in --avoid"),
        # a role cannot be passed twice
        ({"via": ["manager", "manager"]}, "--via HR Manager is given twice"),
    ],
)
def test_bad_options(ladder: RoleGraph, options: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(BadInput, match=re.escape(message)):
        find_routes(ladder, "assistant", "director", **options)


def test_unknown_role_suggests(ladder: RoleGraph) -> None:
    with pytest.raises(UnknownName, match="unknown role 'HR Manger'; did you mean 'HR Manager'"):
        find_routes(ladder, "assistant", "HR Manger")


PAID = {
    "a": Role("a", "A", "entry", pay=Pay(50000, 2024)),
    "b": Role(
        "b",
        "B",
        "mid",
        requires=Requirements("bachelors", 3, ("recruiting", "payroll")),
        pay=Pay(60000.5, 2023),
    ),
    "c": Role("c", "C", "senior", requires=Requirements("bachelors", 4, ("payroll",))),
}


def test_gaps_count_held_roles_and_accumulated_years() -> None:
    graph = graph_of("a>b:1 b>c:2", **PAID)
    (route,) = find_routes(graph, "a", "c")
    # a needs nothing; 1 year in a leaves 2 years short of b; b's requirements then count as held
    assert [s.gap for s in route.steps] == [Missing("bachelors", 2, ("recruiting", "payroll")), Missing()]
    personal = find_routes(graph, "a", "c", have=Have("bachelors", 5, frozenset({"payroll"})))[0]
    assert [s.gap for s in personal.steps] == [Missing(skills=("recruiting",)), Missing()]


def test_pay_change_per_step_and_end_to_end() -> None:
    graph = graph_of("a>b:1 b>c:2", **PAID)
    route = find_routes(graph, "a", "c")[0].to_dict()
    assert route["steps"][0]["pay_change"] == {
        "from_usd": 50000,
        "to_usd": 60000.5,
        "change_usd": 10000.5,
        "from_year": 2024,
        "to_year": 2023,
        "estimate": False,
        "currency": "USD",
    }
    assert route["steps"][1]["pay_change"] is None  # c has no pay
    assert route["pay_change"] is None
    assert find_routes(graph, "a", "b")[0].to_dict()["pay_change"]["change_usd"] == 10000.5


def test_route_plan_contract(ladder: RoleGraph) -> None:
    plan = route_plan(ladder, "recruiter", "director", tokens=["bachelors"], years=1, by="steps").to_dict()
    assert list(plan) == ["from", "to", "by", "routes"]
    assert (plan["from"], plan["to"], plan["by"]) == ("recruiter", "director", "steps")
    step = plan["routes"][0]["steps"][0]
    assert step == {
        "from": "recruiter",
        "to": "generalist",
        "kind": "lateral",
        "years": 1,
        "years_estimate": False,
        "gap": {"education": None, "experience_years": 0, "skills": [], "certifications": []},
        "pay_change": None,
        "years_stated": True,
    }


def test_sources_nearest_first(ladder: RoleGraph) -> None:
    answer = feeders_into(ladder, "HR Director")
    assert [(s.role, s.years, s.moves) for s in answer.feeders] == [
        ("manager", 4, 1),
        ("generalist", 7, 2),
        ("recruiter", 8, 3),
        ("assistant", 9, 3),
    ]
    assert answer.to_dict()["feeders"][1] == {"from": "generalist", "years": 7, "moves": 2, "next": "manager"}
    assert answer.path_finder()("recruiter") == ["recruiter", "generalist", "manager", "director"]
    with_paths = feeders_into(ladder, "HR Director", paths=True).to_dict()["feeders"][1]
    assert with_paths["roles"] == ["generalist", "manager", "director"]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        # nothing leads into an entry role
        ({"target": "assistant"}, NoAnswer, "nothing leads into HR Assistant$"),
        # the filters remove every way in
        ({"target": "generalist", "promotions_only": True, "avoid": ["assistant"]}, NoAnswer, "once --avoid"),
        # cannot avoid the target
        ({"target": "director", "avoid": ["director"]}, BadInput, "the route ends there"),
    ],
)
def test_sources_errors(ladder: RoleGraph, options: dict, error: type, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(error, match=message):
        feeders_into(ladder, **options)


def test_next_moves_closest_first() -> None:
    graph = graph_of("a>b:1 a>c:5 a>d:2", **PAID)
    answer = next_moves(graph, "a")
    # d needs nothing; c needs education and payroll (4 years are covered by 5 in a); b needs 4 items
    assert [(s.move.target, s.gap) for s in answer.moves] == [
        ("d", Missing()),
        ("c", Missing("bachelors", 0, ("payroll",))),
        ("b", Missing("bachelors", 2, ("recruiting", "payroll"))),
    ]
    assert answer.to_dict()["moves"][0] == {
        "to": "d",
        "kind": "promotion",
        "years": 2,
        "years_estimate": False,
        "gap": {"education": None, "experience_years": 0, "skills": [], "certifications": []},
        "pay_change": None,
        "years_stated": True,
        "remaining_years": 2,
    }
    assert next_moves(graph, "a", in_role=1.5).to_dict()["moves"][0]["remaining_years"] == 0.5


def test_next_moves_ties_break_by_missing_years_then_typical_years() -> None:
    # d and e need nothing: e is first for its fewer typical years, though d sorts first by id.
    # b and c each miss experience only: c misses fewer years (2 - 1 vs 4 - 1), though b sorts first.
    roles = {
        "b": Role("b", "B", "mid", requires=Requirements(experience_years=4)),
        "c": Role("c", "C", "mid", requires=Requirements(experience_years=2)),
    }
    graph = graph_of("a>b:1 a>c:1 a>d:3 a>e:2", **roles)
    answer = next_moves(graph, "a")
    assert [(s.move.target, s.gap) for s in answer.moves] == [
        ("e", Missing()),
        ("d", Missing()),
        ("c", Missing(experience_years=1)),
        ("b", Missing(experience_years=3)),
    ]


def test_next_moves_from_the_top_is_an_empty_answer(ladder: RoleGraph) -> None:
    assert next_moves(ladder, "director").to_dict() == {"from": "director", "moves": []}


@pytest.mark.parametrize(
    ("source", "target", "roles", "years"),
    [
        ("recruiter", "HR Director", ["recruiter", "talent-acquisition-manager", "hr-director"], 9),
        (
            "HR Assistant",
            "CHRO",
            ["hr-assistant", "benefits-specialist", "benefits-manager", "hr-director", "chro"],
            14,
        ),
        (
            "training specialist",
            "HR Director",
            ["training-specialist", "training-development-manager", "hr-director"],
            7,
        ),
    ],
)
def test_shipped_examples(
    shipped: RoleGraph, source: str, target: str, roles: list[str], years: float
) -> None:
    routes = find_routes(shipped, source, target, alternatives=3)
    assert (list(routes[0].roles), routes[0].years) == (roles, years)
    assert len(routes) == 3 and routes[0].years <= routes[1].years <= routes[2].years
    assert all(step.pay_change is not None for route in routes for step in route.steps)


def test_shipped_recruiter_gaps(shipped: RoleGraph) -> None:
    route = find_routes(shipped, "recruiter", "HR Director")[0]
    assert [step.gap.to_dict() for step in route.steps] == [
        {
            "education": None,
            "experience_years": 0,
            "skills": ["people-management", "workforce-planning"],
            "certifications": [],
        },
        {
            "education": None,
            "experience_years": 0,
            "skills": [
                "strategic-planning",
                "business-acumen",
                "decision-making",
                "employment-law",
            ],
            "certifications": [],
        },
    ]
