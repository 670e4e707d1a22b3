"""How `find_routes` scales: the O*NET 29.3 "Related Occupations" graph (923 roles, ~18,000 moves).

    python benchmarks/route_scale.py [--runs 5] [--file PATH]

Each O*NET occupation becomes a role; each of its 20 related occupations a
move whose typical years are the relation's Index (1 = most related, 20 =
least), so "fewest years" means "through the most closely related jobs". The
graph is built in memory with hrpath.core.models; no YAML is involved. Prints the
best and median time of the best route, of the best plus 2 alternatives, and
of a pair with no route. If the file is missing, says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Move, Role
from hrpath.core.route.feeders import feeders_into
from hrpath.core.route.routes import find_routes
from hrpath.errors import NoAnswer

ONET = Path("/work/shared/external/raw/onet_29.3/Related Occupations.txt")
PAIRS = [
    ("43-4161.00", "11-3121.00"),  # HR assistants -> HR managers
    ("11-3121.00", "43-4161.00"),  # and back
    ("29-1141.00", "17-2071.00"),  # registered nurses -> electrical engineers
]


def build_graph(path: Path) -> RoleGraph:
    """A RoleGraph with one role per occupation and one move per relation."""
    titles: dict[str, str] = {}
    moves: dict[str, list[Move]] = {}
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file, delimiter="\t"):
            source, target = row["O*NET-SOC Code"], row["Related O*NET-SOC Code"]
            titles[source], titles[target] = row["Title"], row["Related Title"]
            moves.setdefault(source, []).append(Move(source, target, "lateral", int(row["Index"])))
    return RoleGraph(
        Role(code, title, "mid", moves=tuple(moves.get(code, ()))) for code, title in titles.items()
    )


def timed(call: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Best and median seconds of `runs` calls, and the last result (or NoAnswer message)."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            result = call()
        except NoAnswer as error:
            result = f"NoAnswer: {error}"
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def main() -> int:
    """Build the graph, time the queries and print one line each."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=ONET)
    args = parser.parse_args()
    if not args.file.is_file():
        print(f"{args.file} not found; nothing to measure")
        return 0
    start = time.perf_counter()
    graph = build_graph(args.file)
    print(
        f"built {len(graph)} roles, {sum(1 for _ in graph.moves())} moves in {time.perf_counter() - start:.2f}s"
    )
    unreachable = next(role.id for role in graph if not graph.moves_into(role.id))
    queries: list[tuple[str, Callable[[], object]]] = []
    for source, target in [*PAIRS, (PAIRS[0][0], unreachable)]:
        for k in (1, 3):
            queries.append(
                (
                    f"{source} -> {target}, {k} route(s)",
                    lambda s=source, t=target, k=k: find_routes(graph, s, t, alternatives=k),
                )
            )
    queries.append(("every role into 11-3121.00", lambda: feeders_into(graph, "11-3121.00")))
    for name, call in queries:
        best, median, result = timed(call, args.runs)
        print(f"{name:<48} best {best * 1000:7.1f}ms  median {median * 1000:7.1f}ms  {summary(result)}")
    return 0


def summary(result: object) -> str:
    """Years and moves of each route found, or the NoAnswer message."""
    if isinstance(result, list):
        return "; ".join(f"{route.years:g} yrs/{len(route.steps)} moves" for route in result)
    if hasattr(result, "feeders"):
        return f"{len(result.feeders)} roles lead in"
    return str(result)


if __name__ == "__main__":
    raise SystemExit(main())
