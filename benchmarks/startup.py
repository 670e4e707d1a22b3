"""Cold-start time of hrpath commands against `python -c pass` and a typer+rich hello world.

Run from anywhere with the interpreter that has hrpath installed:

    python benchmarks/startup.py [--runs 15]

Each command runs in a fresh subprocess; the script prints the best and median
wall time of each and the ratios to `python -c pass`. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELLO = """
import typer
from rich.console import Console

app = typer.Typer()

@app.command()
def hello(name: str) -> None:
    Console().print(f"Hello {name}")

app()
"""


def time_command(argv: list[str], runs: int) -> list[float]:
    """Wall times in seconds of `runs` fresh runs of argv (output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    """Measure and print a table of cold-start times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        hello = Path(folder) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        hrpath = [python, "-m", "hrpath"]
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "typer+rich hello world": [python, str(hello), "world"],
            'hrpath show "HR Generalist"': [*hrpath, "show", "HR Generalist"],
            "hrpath show --json": [*hrpath, "show", "HR Generalist", "--json"],
            "hrpath --help": [*hrpath, "--help"],
            'hrpath route recruiter "HR Director"': [*hrpath, "route", "recruiter", "HR Director"],
            "hrpath route ... --json": [*hrpath, "route", "recruiter", "HR Director", "--json"],
            'hrpath next "HR Generalist"': [*hrpath, "next", "HR Generalist"],
            "hrpath gaps --have mba,recruiting": [*hrpath, "gaps", "--have", "mba,recruiting"],
        }
        results = {name: time_command(argv, runs) for name, argv in commands.items()}
    baseline = statistics.median(results["python -c pass"])
    hello_median = statistics.median(results["typer+rich hello world"])
    print(f"{'command':38} {'best ms':>8} {'median ms':>10} {'x pass':>7} {'x hello':>8}   ({runs} runs)")
    for name, times in results.items():
        median = statistics.median(times)
        print(
            f"{name:38} {min(times) * 1000:8.0f} {median * 1000:10.0f} "
            f"{median / baseline:7.1f} {median / hello_median:8.2f}"
        )


if __name__ == "__main__":
    main()
