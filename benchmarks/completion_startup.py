"""Cold-start time of a shell-completion request, which runs on every TAB press.

Run with the interpreter that has hrpath installed:

    python benchmarks/completion_startup.py [--runs 10]

Each request runs in a fresh subprocess exactly as bash's completion function
starts it (COMP_WORDS, COMP_CWORD, _HRPATH_COMPLETE=complete_bash); the script
prints the best and median wall time of each, and the difference to
`python -c pass`. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hrpath.datafile.starter import starter_text


def time_run(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Wall times in seconds of `runs` fresh runs of argv (output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return times


def completion_env(words: list[str]) -> dict[str, str]:
    """The environment bash's completion function sets for completing the last word."""
    env = {k: v for k, v in os.environ.items() if k != "HRPATH_DATA"}
    return {
        **env,
        "_HRPATH_COMPLETE": "complete_bash",
        "COMP_WORDS": "\n".join(["hrpath", *words]),
        "COMP_CWORD": str(len(words)),
    }


def main() -> None:
    """Measure and print a table of cold-start times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    python = sys.executable
    hrpath = [python, "-m", "hrpath"]
    with tempfile.TemporaryDirectory() as folder:
        starter = Path(folder) / "company.yaml"
        starter.write_text(starter_text(), encoding="utf-8")
        cases = {
            "python -c pass": ([python, "-c", "pass"], dict(os.environ)),
            "complete: show hr-g": (hrpath, completion_env(["show", "hr-g"])),
            "complete: gaps --have mba,rec": (hrpath, completion_env(["gaps", "--have", "mba,rec"])),
            "complete: show --data 3-role file": (
                hrpath,
                completion_env(["show", "--data", str(starter), "a"]),
            ),
            "complete: subcommand name (no data)": (hrpath, completion_env(["com"])),
        }
        results = {name: time_run(argv, env, runs) for name, (argv, env) in cases.items()}
    baseline = statistics.median(results["python -c pass"])
    print(f"{'request':38} {'best ms':>8} {'median ms':>10} {'- pass ms':>10}   ({runs} runs, {python})")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:38} {min(times) * 1000:8.0f} {median * 1000:10.0f} {(median - baseline) * 1000:10.0f}")


if __name__ == "__main__":
    main()
