"""The graph cache: the same answers with and without it, and never trusted blindly.

Every command runs on several files three ways (cache filled, cache read,
`--no-cache`) and must print the same bytes. Damaged and tampered entries are
ignored and rebuilt; a cache that cannot be written only costs speed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.datafile import cache
from hrpath.datafile.codec import Damaged, decode, encode
from hrpath.datafile.loader import default_data_path, load_graph

SMALL = Path(__file__).parent / "data" / "small.yaml"


def generated_yaml(count: int = 30) -> str:
    """A generated framework with vocabularies, pay and lateral moves."""
    lines = [
        "education:",
        "  - {id: high-school, label: High school}",
        "  - {id: bachelors, label: Bachelor's degree}",
        "skills:",
        "  - {id: payroll, label: Payroll, aliases: [pay]}",
        "certifications:",
        "  - {id: cert-a, label: Cert A, eligibility: {any: 2}, satisfies: [cert-b]}",
        "  - {id: cert-b, label: Cert B}",
        "roles:",
    ]
    for i in range(count):
        lines += [
            f"  - id: g{i}",
            f"    title: Generated {i}",
            f"    level: {('entry', 'mid', 'senior', 'executive')[i * 4 // count]}",
            "    requires: {education: bachelors, experience_years: 1.5, skills: [payroll], certifications: [cert-b]}",
            f"    pay: {{median_usd: {50000 + i * 1000}, year: 2024}}",
            "    next:",
            f"      - {{to: g{(i + 1) % count}, years: {1 + i % 3}}}",
            f"      - {{to: g{(i + 7) % count}, kind: lateral, years: 2.5}}",
        ]
    return "\n".join(lines) + "\n"


def company_yaml(tmp_path: Path, runner: CliRunner) -> Path:
    """The format 2 example of `hrpath init --example company`."""
    path = tmp_path / "company.yaml"
    result = runner.invoke(app, ["init", str(path), "--example", "company"])
    assert result.exit_code == 0, result.stderr
    return path


def _commands(first: str, second: str, third: str) -> list[list[str]]:
    return [
        ["show", first],
        ["list"],
        ["route", first, third],
        ["route", first, third, "--alternatives", "4", "--by", "steps"],
        ["route", "--to", third],
        ["route", "--to", third, "--paths"],
        ["next", second],
        ["gaps"],
        ["compare", first, second],
        ["map"],
        ["export", "--format", "dot"],
    ]


def _files(tmp_path: Path) -> list[tuple[Path, tuple[str, str, str]]]:
    generated = tmp_path / "generated.yaml"
    generated.write_text(generated_yaml(), encoding="utf-8")
    return [
        (default_data_path(), ("hr-assistant", "hr-generalist", "hr-director")),
        (SMALL, ("associate", "partner", "lead")),
        (generated, ("g0", "g3", "g20")),
    ]


def test_every_command_answers_the_same_with_and_without_the_cache(
    tmp_path: Path, private_cache: Path, runner: CliRunner
) -> None:
    for path, names in _files(tmp_path):
        for command in _commands(*names):
            for as_json in ([], [] if command[0] == "export" else ["--json"]):
                args = [*command, *as_json, "--data", str(path)]
                runs = [runner.invoke(app, args) for _ in range(2)]
                runs.append(runner.invoke(app, ["--no-cache", *args]))
                outputs = [(run.exit_code, run.stdout, run.stderr) for run in runs]
                assert outputs[0][0] in (0, 1), (args, outputs[0])
                assert outputs[1] == outputs[0], args
                assert outputs[2] == outputs[0], args
    assert len(list(private_cache.glob("graph-*.json"))) == 3


def _files_to_round_trip(tmp_path: Path, runner: CliRunner) -> list[Path]:
    data = Path(__file__).parent / "data"
    valid = [path for path in sorted(data.glob("*.yaml")) if path.name != "broken.yaml"]
    return [default_data_path(), *valid, company_yaml(tmp_path, runner)]


def test_the_codec_round_trips_every_field(tmp_path: Path, runner: CliRunner) -> None:
    for path in _files_to_round_trip(tmp_path, runner):
        graph = load_graph(path)
        again = decode(json.loads(json.dumps(encode(graph))))
        assert list(again) == list(graph), path
        assert again.education == graph.education
        assert list(again.skills.values()) == list(graph.skills.values())
        assert list(again.certifications.values()) == list(graph.certifications.values())
        assert list(again.sources.values()) == list(graph.sources.values())
        assert again.levels == graph.levels
        assert encode(again) == encode(graph)


def test_the_company_example_exercises_the_format_2_fields(tmp_path: Path, runner: CliRunner) -> None:
    # Otherwise the round trip above would prove little about them.
    graph = load_graph(company_yaml(tmp_path, runner))
    roles = list(graph)
    assert any(role.extends for role in roles) and any(role.family for role in roles)
    assert any(role.requires.any_of for role in roles) and any(role.requires.skill_levels for role in roles)
    assert any(role.pay is not None and role.pay.band is not None for role in roles)


def test_a_field_added_to_a_model_is_encoded() -> None:
    from dataclasses import fields

    from hrpath.core.models import AnyOf, Move, Pay, Requirements, Role
    from hrpath.datafile.codec import decode_value, encode_value

    # Every field that does not hold its default is written, and read back.
    requires = Requirements(
        education="bachelors",
        experience_years=2,
        skills=("s",),
        certifications=("c",),
        source="S",
        estimate=True,
        helpful=("h",),
        note="n",
        experience_max=5,
        other=("o",),
        skill_levels=(("s", 3),),
        any_of=(AnyOf(("s", "t")),),
    )
    move = Move("a", "b", "lateral", 2, "S", True, "n", False)
    pay = Pay(
        median=1.0,
        year=2024,
        source="S",
        estimate=True,
        note="n",
        band=(0.5, 2.0),
        currency="EUR",
        soc="11-1011",
        percentiles=(("p10", 0.5),),
    )
    for value, model in ((requires, Requirements), (move, Move), (pay, Pay)):
        assert set(encode_value(value)) == {f.name for f in fields(model)}, model
        assert decode_value(encode_value(value), model) == value
    role = Role("a", "A", "entry", pay=Pay(1.0), moves=(Move("a", "a"),))
    assert set(encode_value(role)) == {"id", "title", "level", "pay", "moves"}
    # A field of a type the codec does not know fails loudly, not silently.
    from hrpath.datafile.codec import decoder

    with pytest.raises(TypeError, match=r"teach codec\.decoder"):
        decoder(frozenset[str])


def test_the_codec_covers_every_argument_of_the_graph() -> None:
    import inspect

    from hrpath.core.graph import RoleGraph
    from hrpath.datafile.codec import GRAPH_PARTS

    parameters = list(inspect.signature(RoleGraph.__init__).parameters)[1:]
    assert list(GRAPH_PARTS) == parameters
    assert list(encode(load_graph(SMALL))) == parameters


def test_a_cached_graph_skips_yaml_and_the_checks(
    private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_graph(SMALL)
    import hrpath.datafile.loader as loader

    monkeypatch.setattr(loader, "check_text", lambda *_: pytest.fail("the file was parsed again"))
    again = load_graph(SMALL)
    assert encode(again) == encode(first)


def _entry_path(folder: Path) -> Path:
    (entry,) = folder.glob("graph-*.json")
    return entry


_MOVE = ("graph", "roles", 0, "moves", 0)  # the first role's first move (small.yaml: partner -> lead)


def _edit(path: tuple[object, ...], key: str, value: object, raw: str | None = None) -> Callable[[str], str]:
    """A damage that sets `key` of the JSON object at `path` to `value` (or to raw JSON text)."""

    def damage(text: str) -> str:
        entry = json.loads(text)
        target = entry
        for step in path:
            target = target[step]
        target[key] = "@raw@" if raw is not None else value
        edited = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        return edited.replace('"@raw@"', raw) if raw is not None else edited

    return damage


def _drop(path: tuple[object, ...], key: str) -> Callable[[str], str]:
    def damage(text: str) -> str:
        entry = json.loads(text)
        target = entry
        for step in path:
            target = target[step]
        del target[key]
        return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: text[: len(text) // 2],
        lambda text: "\x00\xff garbage",
        lambda text: "[]",
        lambda text: "null",
        lambda text: "[" * 100_000 + "]" * 100_000,
        _edit(_MOVE, "target", "nobody"),
        _edit(("graph", "roles", 1), "id", "associate"),  # duplicate id
        _edit(("graph", "roles", 0), "level", "intern"),
        _edit(_MOVE, "kind", "sideways"),
        _edit(_MOVE, "years", None, raw="NaN"),
        _edit(_MOVE, "years", None, raw="1e400"),
        _edit(_MOVE, "years", -1),
        _edit(_MOVE, "years", True),
        _edit(_MOVE, "years", "2"),
        _edit(_MOVE, "years", None, raw="9" * 5000),
        _edit(("graph", "roles", 0), "extra", 1),
        _edit(("graph", "roles", 0), "family", 7),  # a field left out as default, now the wrong type
        _drop(("graph", "roles", 0), "title"),  # a required field missing
        _edit((), "format", 99),
        lambda text: text.replace('"hrpath":"', '"hrpath":"0.0.0-', 1),
        lambda text: text.replace('"key":"', '"key":"0', 1),
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(private_cache: Path, damage: Callable[[str], str]) -> None:
    # (An edit that still makes a valid graph is read as that graph: it cannot crash anything.)
    expected = encode(load_graph(SMALL))
    entry = _entry_path(private_cache)
    original = entry.read_text(encoding="utf-8")
    damaged = damage(original)
    assert damaged != original
    entry.write_text(damaged, encoding="utf-8")
    assert encode(load_graph(SMALL)) == expected
    assert entry.read_text(encoding="utf-8") == original  # rebuilt


def test_fields_holding_their_defaults_are_left_out_and_come_back() -> None:
    graph = load_graph(SMALL)
    encoded = encode(graph)
    move = encoded["roles"][0]["moves"][0]
    assert "note" not in move and "estimate" not in move and move["target"] == "partner"
    assert encode(decode(encoded)) == encoded
    assert decode(encoded).role(encoded["roles"][0]["id"]) == graph.role(encoded["roles"][0]["id"])


def _mutations() -> st.SearchStrategy[object]:
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(-5, 10**30), st.floats(allow_nan=False), st.text(max_size=5)
    )
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=3), max_leaves=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_tampered_values_never_crash(data: st.DataObject) -> None:
    graph = encode(load_graph(SMALL))
    role = data.draw(st.sampled_from(graph["roles"]))
    requires = [role["requires"]] if "requires" in role else []
    part = data.draw(st.sampled_from([role, *requires, *role.get("moves", [])]))
    key = data.draw(st.sampled_from(sorted(part)))
    part[key] = data.draw(_mutations())
    try:
        decoded = decode(graph)
    except Damaged:
        return
    # Accepted only when it is exactly a valid graph: every value read back as
    # given (nothing coerced); only a value equal to its default may be left out.
    assert _part_of(encode(decoded), graph)


def _part_of(small: object, big: object) -> bool:
    """`small` equals `big` except for object keys it leaves out (same types throughout)."""
    if type(small) is not type(big):
        return False
    if isinstance(small, dict) and isinstance(big, dict):
        return small.keys() <= big.keys() and all(_part_of(small[key], big[key]) for key in small)
    if isinstance(small, list) and isinstance(big, list):
        return len(small) == len(big) and all(map(_part_of, small, big))
    return small == big


def test_no_cache_and_hrpath_no_cache_write_nothing(
    private_cache: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    assert runner.invoke(app, ["--no-cache", "list", "--data", str(SMALL)]).exit_code == 0
    monkeypatch.setenv("HRPATH_NO_CACHE", "1")
    assert runner.invoke(app, ["list", "--data", str(SMALL)]).exit_code == 0
    assert not private_cache.exists()
    monkeypatch.delenv("HRPATH_NO_CACHE")
    assert runner.invoke(app, ["list", "--data", str(SMALL)]).exit_code == 0
    assert len(list(private_cache.glob("graph-*.json"))) == 1


def test_the_cache_directory_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HRPATH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_folder() == str(tmp_path / "xdg" / "hrpath")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_folder() == str(tmp_path / "home" / ".cache" / "hrpath")


def test_a_cache_that_cannot_be_written_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("HRPATH_CACHE", str(blocker / "cache"))
    assert len(load_graph(SMALL)) == 3
    assert len(load_graph(SMALL)) == 3


def test_an_edited_file_misses_the_cache(write_yaml: Callable[[str], Path], private_cache: Path) -> None:
    path = write_yaml(SMALL.read_text(encoding="utf-8"))
    assert load_graph(path).role("lead").title == "Head of People"
    path.write_text(path.read_text(encoding="utf-8").replace("Head of People", "Chief"), encoding="utf-8")
    assert load_graph(path).role("lead").title == "Chief"
    assert len(list(private_cache.glob("graph-*.json"))) == 2


def test_racing_writers_leave_one_whole_entry(private_cache: Path) -> None:
    graph = load_graph(SMALL)
    key = cache.cache_key(SMALL.read_bytes())
    writers = [threading.Thread(target=cache.store_entry, args=(key, graph)) for _ in range(8)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert sorted(path.name for path in private_cache.iterdir()) == [f"graph-{key}.json", f"names-{key}.json"]
    assert json.loads(_entry_path(private_cache).read_text(encoding="utf-8"))["key"] == key


def test_a_write_that_fails_leaves_no_temporary_file(private_cache: Path) -> None:
    # A directory where the entry goes: the rename fails, and the half-step is cleaned up.
    (private_cache / "graph-x.json").mkdir(parents=True)
    cache.write_entry("graph-x.json", b"{}")
    assert [path.name for path in private_cache.iterdir()] == ["graph-x.json"]
    assert (private_cache / "graph-x.json").is_dir()
