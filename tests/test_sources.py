"""Sources inside hrpath: the catalogue, `hrpath sources`, citations in `show`, pay ranges."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from hrpath.cli.main import app

CITED = """
sources:
  - {id: BLS, title: Wage table, publisher: U.S. Bureau of Labor Statistics, year: 2024,
     url: "https://www.bls.gov/oes/"}
  - {id: BLOG, title: A career blog, url: "https://example.org/blog", note: third-party}
roles:
  - id: a
    title: Analyst
    level: entry
    sources: [BLOG, "https://example.org/a"]
    pay: {median_usd: 60000, year: 2024, soc: 13-1071, source: BLS,
          range_usd: {p10: 40000, median: 60000, p90: 90000}}
    next: [{to: b, years: 2, source: "BLOG, BLS"}]
  - id: b
    title: Boss
    level: senior
    pay: {median_usd: 95000, year: 2024, source: BLS, estimate: true, note: Placed at the 75th percentile.}
"""


def test_sources_lists_each_source_with_the_roles_citing_it(
    runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    data = str(write_yaml(CITED))
    result = runner.invoke(app, ["sources", "--data", data, "--json"])
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert [(s["id"], s["cited_by"]) for s in answer["sources"]] == [("BLS", ["a", "b"]), ("BLOG", ["a"])]
    assert answer["sources"][0]["publisher"] == "U.S. Bureau of Labor Statistics"
    one = runner.invoke(app, ["sources", "blog", "--data", data])
    assert one.exit_code == 0
    assert [line.rstrip() for line in one.stdout.splitlines()] == [
        "BLOG  A career blog",
        "  URL      https://example.org/blog",
        "  Note     third-party",
        "  Cited by Analyst",
    ]


def test_unknown_source_id_is_one_line_exit_2(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    result = runner.invoke(app, ["sources", "BLX", "--data", str(write_yaml(CITED))])
    assert result.exit_code == 2
    assert result.stderr == "error: unknown source 'BLX'; did you mean 'BLS'?\n"


def test_show_names_sources_by_title_with_urls(runner: CliRunner, write_yaml: Callable[..., Path]) -> None:
    result = runner.invoke(app, ["show", "a", "--data", str(write_yaml(CITED))])
    lines = [line.strip("│ ").rstrip() for line in result.stdout.splitlines()]
    start = lines.index("Sources")
    assert lines[start + 1 :] == [
        "• A career blog",
        "https://example.org/blog",
        "• Wage table (U.S. Bureau of Labor Statistics, 2024)",
        "https://www.bls.gov/oes/",
        "https://example.org/a",
    ]
    assert "Range: SOC 13-1071: $40,000 (10th) · $60,000 (median) · $90,000 (90th)" in lines


def test_show_json_carries_sources_pay_range_and_notes(
    runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    data = str(write_yaml(CITED))
    boss = json.loads(runner.invoke(app, ["show", "b", "--data", data, "--json"]).stdout)
    assert boss["pay"]["estimate"] is True and boss["pay"]["note"] == "Placed at the 75th percentile."
    assert [s["id"] for s in boss["sources"]] == ["BLS"]
    analyst = json.loads(runner.invoke(app, ["show", "a", "--data", data, "--json"]).stdout)
    assert analyst["pay"]["range_usd"] == {"p10": 40000, "median": 60000, "p90": 90000}
    assert analyst["source_urls"] == ["https://example.org/a"]
    text = runner.invoke(app, ["show", "b", "--data", data]).stdout
    assert "$95,000 median (2024) [estimate]" in text and "Note: Placed at the 75th percentile." in text


def test_a_cited_id_that_is_not_defined_is_a_located_problem(
    runner: CliRunner, write_yaml: Callable[..., Path]
) -> None:
    path = write_yaml(CITED.replace("sources: [BLOG,", "sources: [BLGO,"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert (
        f"{path}:10: role 'a': sources: unknown source 'BLGO' (did you mean 'BLOG'?) "
        "(define it in the top-level sources)"
    ) in result.stdout.splitlines()


def test_shipped_sources_all_have_urls_and_no_internal_wording(runner: CliRunner) -> None:
    answer = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    assert answer["sources"] and all(s["url"].startswith(("https://", "http://")) for s in answer["sources"])
    text = json.dumps(answer).casefold()
    assert "seed" not in text and "hr-facts" not in text and "fact sheet" not in text
