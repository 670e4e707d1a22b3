"""Cold-start time of `hrpath route` on the shipped graph against `python -c pass`.

Run with the interpreter that has hrpath installed:

    python benchmarks/route_startup.py [--runs 10]

Each command runs in a fresh subprocess (`python -m hrpath ...`), in one run of
this script, so the numbers are comparable. Prints the best and median wall
time of each and the ratio to `python -c pass`. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def time_command(argv: list[str], runs: int) -> list[float]:
    """Wall times in seconds of `runs` fresh runs of argv (output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    """Measure and print cold-start times and their ratio to `python -c pass`."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    python = sys.executable
    commands = {
        "python -c pass": [python, "-c", "pass"],
        'hrpath route recruiter "HR Director"': [python, "-m", "hrpath", "route", "recruiter", "HR Director"],
        'hrpath route recruiter "HR Director" --json': [
            *(python, "-m", "hrpath", "route", "recruiter", "HR Director", "--json"),
        ],
        'hrpath next "HR Generalist"': [python, "-m", "hrpath", "next", "HR Generalist"],
    }
    results = {name: time_command(argv, runs) for name, argv in commands.items()}
    baseline = statistics.median(results["python -c pass"])
    print(f"{runs} runs each, Python {sys.version.split()[0]}")
    print(f"{'command':<46} {'best':>8} {'median':>8} {'x pass':>7}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:<46} {min(times) * 1000:>6.0f}ms {median * 1000:>6.0f}ms {median / baseline:>6.1f}x")


if __name__ == "__main__":
    main()
