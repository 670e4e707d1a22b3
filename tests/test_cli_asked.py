"""Asked naturally, answered once: repeated options, --in-role, --alternatives, one error
style, whole ids, search, terms, the profile, next --all and completion."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.datafile.loader import load_graph


def invoke(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_repeated_have_adds_up(runner: CliRunner) -> None:
    repeated = invoke(runner, "gaps", "--have", "bachelors", "--have", "recruiting,phr", "--json")
    joined = invoke(runner, "gaps", "--have", "bachelors,recruiting,phr", "--json")
    assert repeated == joined
    assert json.loads(repeated[1])["have"]["skills"] == ["recruiting"]


def test_in_role_counts_toward_the_first_move(runner: CliRunner) -> None:
    args = ("route", "recruiter", "HR Director", "--alternatives", "0", "--json")
    plain = json.loads(invoke(runner, *args)[1])["routes"][0]
    assert plain["years"] == plain["remaining_years"] == 9
    timed = json.loads(invoke(runner, *args, "--in-role", "3")[1])["routes"][0]
    assert (timed["years"], timed["remaining_years"]) == (9, 6)
    first_move_only = json.loads(invoke(runner, *args, "--in-role", "10")[1])["routes"][0]
    assert first_move_only["remaining_years"] == 4  # the first move's 4 years floor at 0
    code, out, _ = invoke(
        runner, "route", "recruiter", "HR Director", "--in-role", "3", "--alternatives", "0"
    )
    assert code == 0
    assert "about 6 more years: typically 9 from starting as Recruiter, and you have 3" in " ".join(
        out.split()
    )


def test_in_role_raises_years(runner: CliRunner) -> None:
    args = ("next", "recruiter", "--json")
    have = json.loads(invoke(runner, "gaps", "--role", "recruiter", "--in-role", "4", "--json")[1])["have"]
    assert have["experience_years"] == 4
    moves = json.loads(invoke(runner, *args, "--in-role", "1.5")[1])["moves"]
    assert all(move["remaining_years"] == max(0, move["years"] - 1.5) for move in moves)
    text = invoke(runner, "next", "recruiter", "--in-role", "3", env={"COLUMNS": "200"})[1]
    assert "promotion · 5 years, about 2 more years for you · pay +$84,160 (2024, estimate)" in text
    assert "promotion · 2 years (estimate), typical time already served · pay" in text


def test_gaps_explains_minimum_against_typical_time(runner: CliRunner) -> None:
    code, out, _ = invoke(
        runner,
        "gaps",
        "--role",
        "recruiter",
        "--have",
        "bachelor's",
        "--years",
        "3",
        "--target",
        "HR director",
    )
    text = " ".join(out.split())
    assert code == 0
    assert (
        "HR Director requires at least 8 years of HR experience (5 more years for you): the minimum to "
        "qualify. The route's 9 years are how long its moves typically take." in text
    )


@pytest.mark.parametrize(("alternatives", "count"), [(None, 3), ("0", 1), ("1", 2)])
def test_alternatives_count_routes_after_the_best(
    runner: CliRunner, alternatives: str | None, count: int
) -> None:
    extra = ["--alternatives", alternatives] if alternatives is not None else []
    out = invoke(runner, "route", "HR Assistant", "CHRO", *extra, "--json")[1]
    assert len(json.loads(out)["routes"]) == count


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["shwo"], "error: no such command 'shwo' (did you mean 'show'?) (see `hrpath --help`)"),
        (
            ["route", "a", "b", "--alternatives", "x"],
            "error: invalid value for '--alternatives': 'x' is not a valid int",
        ),
        (["show"], "error: missing argument 'ROLE' (see `hrpath show --help`)"),
        (["show", "x", "--bogus"], "error: no such option: --bogus"),
        (["profile", "sett"], "error: no such command 'sett' (did you mean 'set'?)"),
        (["list", "--level", "seniors"], "error: --level must be one of entry, mid, senior, executive"),
    ],
)
def test_usage_errors_are_one_line(runner: CliRunner, args: list[str], message: str) -> None:
    code, out, err = invoke(runner, *args)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith(message)
    assert "Usage:" not in err and "Try " not in err


def test_levels_are_case_insensitive(runner: CliRunner) -> None:
    assert invoke(runner, "list", "--level", "Senior")[1] == invoke(runner, "list", "--level", "senior")[1]


@pytest.mark.parametrize("columns", ["80", "60"])
def test_list_prints_every_id_whole(runner: CliRunner, columns: str) -> None:
    out = invoke(runner, "list", env={"COLUMNS": columns})[1]
    for role in load_graph():
        assert f" {role.id} " in out, role.id


def test_show_prints_move_ids_and_urls_whole_at_50_columns(runner: CliRunner) -> None:
    out = invoke(runner, "show", "HR Manager", env={"COLUMNS": "50"})[1]
    assert "(training-development-manager)" in out and "(employee-relations-specialist)" in out
    assert "https://www.onetonline.org/link/summary/11-3121.00" in out


def test_search_ranks_title_matches_first_and_says_why(runner: CliRunner) -> None:
    answer = json.loads(invoke(runner, "search", "labour", "relations", "--json")[1])
    first = answer["results"][0]
    assert (answer["query"], first["id"]) == ("labour relations", "employee-relations-specialist")
    assert first["matched"][0]["field"] == "title"
    typo = json.loads(invoke(runner, "search", "recruting", "--json")[1])
    assert "recruiter" in [hit["id"] for hit in typo["results"]]
    code, out, err = invoke(runner, "search", "astronaut", "--json")
    assert (code, json.loads(out)) == (1, {"query": "astronaut", "results": []})
    assert err == "error: no role matches 'astronaut'\n"


def test_terms_lists_kinds_and_details(runner: CliRunner) -> None:
    everything = json.loads(invoke(runner, "terms", "--json")[1])["terms"]
    kinds = {term["kind"] for term in everything}
    assert kinds == {"education", "skill", "certification", "level", "track"}
    skills = json.loads(invoke(runner, "terms", "Skills", "--json")[1])["terms"]
    assert {term["kind"] for term in skills} == {"skill"}
    sphr = json.loads(invoke(runner, "terms", "SPHR", "--json")[1])
    assert (sphr["id"], sphr["body"], sphr["satisfies"]) == ("sphr", "HRCI", ["phr", "aphr"])
    bachelors = json.loads(invoke(runner, "terms", "bachelor's", "--json")[1])
    assert len(bachelors["required_by"]) == sum(
        role.requires.education == "bachelors" for role in load_graph()
    )
    code, _, err = invoke(runner, "terms", "astrology")
    assert code == 2 and err.startswith("error: unknown qualification 'astrology'")


def test_profile_round_trip_and_use(runner: CliRunner, _profile_in_tmp: Path) -> None:
    code, _, err = invoke(runner, "profile", "set", "--have", "bachelors", "--have", "recruiting", "--years", "3",
                          "--role", "Recruiter", "--in-role", "2")  # fmt: skip
    assert code == 0 and str(_profile_in_tmp) in err
    shown = json.loads(invoke(runner, "profile", "show", "--json")[1])
    assert shown == {"path": str(_profile_in_tmp), "have": ["bachelors", "recruiting"], "years": 3,
                     "role": "recruiter", "in_role": 2}  # fmt: skip
    code, out, err = invoke(runner, "next", "--json")
    assert code == 0 and json.loads(out)["from"] == "recruiter"
    assert (
        err
        == "using your profile: have bachelors, recruiting; years 3; in-role 2; role recruiter (--no-profile ignores it)\n"
    )
    # an option given replaces that field only
    have = json.loads(invoke(runner, "gaps", "--have", "mba", "--json")[1])["have"]
    assert (have["education"], have["experience_years"]) == ("masters", 3)
    # one role given to route: the route from the saved role
    route = json.loads(invoke(runner, "route", "HR Director", "--json")[1])
    assert (route["from"], route["routes"][0]["remaining_years"]) == ("recruiter", 7)
    code, out, err = invoke(runner, "gaps", "--no-profile", "--json")
    assert err == "" and json.loads(out)["have"]["skills"] == []
    assert invoke(runner, "profile", "clear")[0] == 0
    assert not _profile_in_tmp.exists()


def test_corrupt_profile_is_one_line_naming_the_file(runner: CliRunner, _profile_in_tmp: Path) -> None:
    _profile_in_tmp.parent.mkdir(parents=True)
    _profile_in_tmp.write_text("years: [\n", encoding="utf-8")
    code, _, err = invoke(runner, "gaps")
    assert code == 2 and len(err.splitlines()) == 1
    assert err.startswith(f"error: {_profile_in_tmp}: not a valid profile")
    _profile_in_tmp.write_text("years: lots\n", encoding="utf-8")
    assert "years must be a number of years" in invoke(runner, "next", "recruiter")[2]


def test_profile_written_through_a_symlink_stays_a_symlink(
    runner: CliRunner, _profile_in_tmp: Path, tmp_path: Path
) -> None:
    real = tmp_path / "dotfiles" / "hrpath.yaml"
    real.parent.mkdir()
    real.write_text("years: 1\n", encoding="utf-8")
    _profile_in_tmp.parent.mkdir(parents=True)
    os.symlink(real, _profile_in_tmp)
    assert invoke(runner, "profile", "set", "--years", "4")[0] == 0
    assert _profile_in_tmp.is_symlink()
    assert "years: 4" in real.read_text(encoding="utf-8")


def test_next_all_lists_every_reachable_role_nearest_first(runner: CliRunner) -> None:
    answer = json.loads(invoke(runner, "next", "recruiter", "--all", "--json")[1])
    years = [route["years"] for route in answer["routes"]]
    assert years == sorted(years)
    assert answer["routes"][-1]["to"] == "chro"
    assert all(
        route["roles"][0] == "recruiter" and route["roles"][-1] == route["to"] for route in answer["routes"]
    )


def test_completion_ignores_case() -> None:
    from hrpath.cli.options import complete_have, complete_role

    ctx = SimpleNamespace(params={}, meta={})
    # the typed part keeps its spelling (typer drops other candidates); names ignore case anyway
    assert ("HR-Director", "HR Director") in complete_role(ctx, "HR-Dir")  # type: ignore[arg-type]
    assert [item for item, _ in complete_have(ctx, "mba,SHRM")] == ["mba,SHRM-cp", "mba,SHRM-scp"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["compare", "generalist", "specialist", "--json"], ("hr-generalist", "hr-specialist")),
        (["show", "cpo", "--json"], ("chro",)),
        (["show", "people partner", "--json"], ("hr-business-partner",)),
        (["route", "hr dir", "chro", "--json"], ("hr-director", "chro")),
        (["Show", "Recruiters", "--JSON"], ("recruiter",)),
    ],
)
def test_names_people_type_work_on_the_command_line(
    runner: CliRunner, args: list[str], expected: tuple[str, ...]
) -> None:
    code, out, _ = invoke(runner, *args)
    answer = json.loads(out)
    ids = {
        "compare": lambda: (answer["a"]["id"], answer["b"]["id"]),
        "show": lambda: (answer["id"],),
        "route": lambda: (answer["from"], answer["to"]),
    }[args[0].casefold()]()
    assert (code, ids) == (0, expected)


def test_avoid_names_its_option(runner: CliRunner) -> None:
    code, _, err = invoke(runner, "route", "recruiter", "chro", "--avoid", "astronaut")
    assert code == 2 and err.startswith("error: --avoid: unknown role 'astronaut'")
