"""Property tests: routes on random graphs against networkx as an independent oracle.

Weights are halves (0 included) so sums are exact; ties are common on purpose.
Lengths are compared, not paths, except where the documented tie-break (fewer
moves, then role ids) is checked against a brute-force enumeration.
"""

from __future__ import annotations

from itertools import islice

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role
from hrpath.core.route.feeders import feeders_into
from hrpath.core.route.routes import find_routes
from hrpath.errors import NoAnswer

# The number of examples comes from the hypothesis profile (tests/conftest.py). Ties and
# via orders that decide the answer are rarer: these tests look four times harder.
MANY = settings(max_examples=4 * settings().max_examples)
BY = pytest.mark.parametrize("by", ["years", "steps"])
WEIGHTS = st.sampled_from([0, 0.5, 1, 2, 3, 4])


@st.composite
def graphs(
    draw: st.DrawFn, max_roles: int = 7, weights: st.SearchStrategy[float] = WEIGHTS
) -> tuple[RoleGraph, nx.DiGraph]:
    """A random role graph and the same graph in networkx (weight `years`, attribute `kind`)."""
    count = draw(st.integers(2, max_roles))
    ids = [f"r{i}" for i in range(count)]
    pairs = [(a, b) for a in ids for b in ids if a != b]
    # One coin per possible edge: denser graphs, with more routes and more ties.
    present = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    edges = [pair for pair, keep in zip(pairs, present, strict=True) if keep]
    oracle = nx.DiGraph()
    oracle.add_nodes_from(ids)
    moves: dict[str, list[Move]] = {i: [] for i in ids}
    for source, target in edges:
        move = Move(source, target, draw(st.sampled_from(["promotion", "lateral"])), draw(weights))
        moves[source].append(move)
        oracle.add_edge(source, target, years=move.years, kind=move.kind)
    graph = RoleGraph([Role(i, i.upper(), "mid", moves=tuple(moves[i])) for i in ids])
    return graph, oracle


def ends(draw: st.DrawFn, oracle: nx.DiGraph) -> tuple[str, str]:
    """Two different roles, or now and then the same one twice."""
    source, target = draw(st.permutations(sorted(oracle)))[:2]
    return (source, source) if draw(st.integers(0, 9)) == 0 else (source, target)


def check_real_paths(routes: list, oracle: nx.DiGraph, source: str, target: str) -> None:  # type: ignore[type-arg]
    """Every route is a loopless path of the graph from source to target, all distinct."""
    for route in routes:
        assert (route.roles[0], route.roles[-1]) == (source, target)
        assert len(set(route.roles)) == len(route.roles)
        assert all(oracle.has_edge(a, b) for a, b in zip(route.roles, route.roles[1:], strict=False))
        assert route.years == sum(
            oracle[a][b]["years"] for a, b in zip(route.roles, route.roles[1:], strict=False)
        )
    assert len({route.roles for route in routes}) == len(routes)


def oracle_lengths(oracle: nx.DiGraph, source: str, target: str, k: int, weight: str | None) -> list[float]:
    """The first k loopless path lengths by networkx (moves when weight is None)."""
    if source == target:
        return [0]
    paths = islice(nx.shortest_simple_paths(oracle, source, target, weight=weight), k)
    return [nx.path_weight(oracle, p, "years") if weight else len(p) - 1 for p in paths]


@BY
@given(data=st.data(), k=st.integers(1, 6))
def test_best_and_alternatives_match_networkx(by: str, data: st.DataObject, k: int) -> None:
    graph, oracle = data.draw(graphs())
    source, target = ends(data.draw, oracle)
    if not nx.has_path(oracle, source, target):
        with pytest.raises(NoAnswer):
            find_routes(graph, source, target, by=by, alternatives=k)
        return
    routes = find_routes(graph, source, target, by=by, alternatives=k)
    check_real_paths(routes, oracle, source, target)
    weight = "years" if by == "years" else None
    measure = [route.years if weight else len(route.steps) for route in routes]
    assert measure == sorted(measure)
    assert measure == oracle_lengths(oracle, source, target, k, weight)
    best = (
        nx.dijkstra_path_length(oracle, source, target, "years")
        if weight
        else nx.shortest_path_length(oracle, source, target)
    )
    assert measure[0] == best


def documented_order(oracle: nx.DiGraph, source: str, target: str, by: str) -> list[tuple[str, ...]]:
    """Every loopless route, by brute force, in the documented order: (years, moves, ids),
    or (moves, years, ids) by steps."""
    paths = list(nx.all_simple_paths(oracle, source, target)) if source != target else [[source]]
    keys = [(nx.path_weight(oracle, p, "years"), len(p), tuple(p)) for p in paths]
    if by == "steps":
        keys = [(moves, years, ids) for years, moves, ids in keys]
    return [ids for *_, ids in sorted(keys)]


@BY
@MANY
@given(data=st.data())
def test_ties_break_by_moves_then_ids(by: str, data: st.DataObject) -> None:
    # Weights of 0 and 1 only, so equal lengths (the ties) are common.
    graph, oracle = data.draw(graphs(max_roles=6, weights=st.sampled_from([0, 1])))
    source, target = ends(data.draw, oracle)
    expected = documented_order(oracle, source, target, by)
    if not expected:
        return
    assert find_routes(graph, source, target, by=by)[0].roles == expected[0]


@MANY
@given(data=st.data(), k=st.integers(1, 4), promotions_only=st.booleans())
def test_via_and_avoid_match_brute_force(data: st.DataObject, k: int, promotions_only: bool) -> None:
    graph, oracle = data.draw(graphs(max_roles=6))
    source, target = ends(data.draw, oracle)
    others = [node for node in sorted(oracle) if node not in (source, target)]
    avoid = data.draw(st.lists(st.sampled_from(others), unique=True, max_size=2)) if others else []
    free = [node for node in others if node not in avoid]
    via = data.draw(st.lists(st.sampled_from(free), unique=True, max_size=2)) if free else []
    allowed = nx.DiGraph(
        (a, b, d) for a, b, d in oracle.edges(data=True) if not promotions_only or d["kind"] == "promotion"
    )
    allowed.add_nodes_from(oracle)
    allowed.remove_nodes_from(avoid)
    paths = list(nx.all_simple_paths(allowed, source, target)) if source != target else [[source]]
    wanted = sorted(nx.path_weight(allowed, p, "years") for p in paths if visits_in_order(p, via))
    options = {"via": via, "avoid": avoid, "promotions_only": promotions_only, "alternatives": k}
    if not wanted:
        with pytest.raises(NoAnswer):
            find_routes(graph, source, target, **options)
        return
    routes = find_routes(graph, source, target, **options)
    check_real_paths(routes, allowed, source, target)
    assert all(visits_in_order(list(route.roles), via) for route in routes)
    assert [route.years for route in routes] == wanted[:k]


def visits_in_order(path: list[str], via: list[str]) -> bool:
    """True when `path` passes every via role, in the given order."""
    positions = [path.index(role) if role in path else -1 for role in via]
    return -1 not in positions and positions == sorted(positions)


@BY
@given(data=st.data())
def test_sources_are_each_roles_best_route(by: str, data: st.DataObject) -> None:
    graph, oracle = data.draw(graphs())
    target = data.draw(st.sampled_from(sorted(oracle)))
    expected = nx.ancestors(oracle, target)
    if not expected:
        with pytest.raises(NoAnswer):
            feeders_into(graph, target, by=by)
        return
    answer = feeders_into(graph, target, by=by)
    sources, path = answer.feeders, answer.path_finder()
    assert {source.role for source in sources} == expected
    for source in sources:
        best = find_routes(graph, source.role, target, by=by)[0]
        assert (tuple(path(source.role)), source.years, source.moves) == (
            best.roles,
            best.years,
            len(best.steps),
        )
    order = [(s.years, s.moves, s.role) if by == "years" else (s.moves, s.years, s.role) for s in sources]
    assert order == sorted(order)


@BY
@MANY
@given(data=st.data(), k=st.integers(1, 8))
def test_alternatives_come_in_the_documented_order(by: str, data: st.DataObject, k: int) -> None:
    """Yen keeps only as many candidates as may still be asked for: the k routes
    are still exactly the k first of every loopless route, ties and all."""
    graph, oracle = data.draw(graphs(max_roles=6, weights=st.sampled_from([0, 1, 1, 2])))
    source, target = ends(data.draw, oracle)
    expected = documented_order(oracle, source, target, by)[:k]
    if not expected:
        return
    assert [route.roles for route in find_routes(graph, source, target, by=by, alternatives=k)] == expected


@BY
@pytest.mark.parametrize("k", [1, 2, 3, 5, 9, 20])
def test_alternatives_on_a_ladder_of_ties_come_in_the_documented_order(by: str, k: int) -> None:
    """A ladder (r_i to r_i+1 in a year, to r_i+2 in two) ties every route on years:
    the order is then moves, then ids, all the way down the list."""
    ids = [f"r{i}" for i in range(12)]
    oracle = nx.DiGraph()
    roles = []
    for i, source in enumerate(ids):
        ahead = ids[i + 1 : i + 3]
        oracle.add_edges_from((source, target, {"years": years}) for years, target in enumerate(ahead, 1))
        moves = tuple(Move(source, target, years=years) for years, target in enumerate(ahead, 1))
        roles.append(Role(source, source.upper(), "mid", moves=moves))
    graph = RoleGraph(roles)
    expected = documented_order(oracle, "r0", "r11", by)[:k]
    assert [route.roles for route in find_routes(graph, "r0", "r11", by=by, alternatives=k)] == expected
