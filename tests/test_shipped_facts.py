"""Facts in the shipped data/roles.yaml: pay and experience climb, moves keep levels, sources resolve.

These tests read the YAML and the copied BLS table directly (yaml.safe_load and
csv), so they check the data file itself, whatever the loader does with it.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "roles.yaml"
OEWS = ROOT / "data" / "sources" / "oews_may2024_hr.tsv"
PERCENTILES = ("p10", "p25", "median", "p75", "p90")
LEVELS = ("entry", "mid", "senior", "executive")
FORBIDDEN = ("seed", "fact sheet", "hr-facts", "part 2", "../shared")
DOLLARS = re.compile(r"\$(\d{1,3}(?:,\d{3})+)")

Role = dict[str, Any]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def roles(document: dict[str, Any]) -> dict[str, Role]:
    return {role["id"]: role for role in document["roles"]}


@pytest.fixture(scope="module")
def oews() -> dict[str, dict[str, int]]:
    """SOC code -> published percentiles (top-coded cells, left empty, are skipped)."""
    with OEWS.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["soc"]: {key: int(row[key]) for key in PERCENTILES if row[key]} for row in rows}


def moves(roles: dict[str, Role], kind: str) -> Iterator[tuple[Role, Role]]:
    for role in roles.values():
        for move in role.get("next") or []:
            if move.get("kind", "promotion") == kind:
                yield role, roles[move["to"]]


def cited_ids(roles: dict[str, Role]) -> Iterator[tuple[str, str]]:
    """(where, id) for every source id a role cites."""
    for role in roles.values():
        for source_id in role.get("sources", []):
            yield role["id"], source_id
        fields = [
            ("pay", (role.get("pay") or {}).get("source")),
            ("requires", role["requires"].get("source")),
        ]
        fields += [(f"move to {move['to']}", move.get("source")) for move in role.get("next") or []]
        for where, value in fields:
            for source_id in (value or "").split(","):
                yield f"{role['id']} {where}", source_id.strip()


def median(role: Role) -> int:
    return int(role["pay"]["median_usd"])


def years(role: Role) -> float:
    return float(role["requires"].get("experience_years", 0))


def amount(text: str) -> int:
    return int(text.replace(",", ""))


# ------------------------------------------------------------------ pay


def test_pay_never_falls_along_a_promotion(roles: dict[str, Role]) -> None:
    falls = [
        (a["id"], b["id"], median(a), median(b))
        for a, b in moves(roles, "promotion")
        if median(b) < median(a)
    ]
    assert falls == []


def test_every_promotion_raises_pay(roles: dict[str, Role]) -> None:
    flat = [(a["id"], b["id"], median(a)) for a, b in moves(roles, "promotion") if median(b) <= median(a)]
    assert flat == []


def test_the_senior_ladder_pays_more_at_each_step(roles: dict[str, Role]) -> None:
    manager, director, vp, chro = (
        median(roles[rid]) for rid in ("hr-manager", "hr-director", "vp-hr", "chro")
    )
    assert manager < director <= vp <= chro
    assert director > manager and chro > vp


def test_every_pay_block_is_oews_2024_with_a_known_soc(
    roles: dict[str, Role], oews: dict[str, dict[str, int]]
) -> None:
    for role in roles.values():
        pay = role["pay"]
        assert pay["year"] == 2024 and pay["source"] == "OEWS24", role["id"]
        assert pay["soc"] in oews, role["id"]


def test_every_range_equals_the_bls_row_for_its_soc(
    roles: dict[str, Role], oews: dict[str, dict[str, int]]
) -> None:
    for role in roles.values():
        pay = role["pay"]
        assert pay["range_usd"] == oews[pay["soc"]], role["id"]


def test_every_median_is_a_published_percentile_or_a_derived_estimate(
    roles: dict[str, Role], oews: dict[str, dict[str, int]]
) -> None:
    published = {value for row in oews.values() for value in row.values()}
    for role in roles.values():
        pay, figure = role["pay"], median(role)
        note = pay.get("note") or ""
        if figure in oews[pay["soc"]].values():
            if pay.get("estimate"):
                assert f"${figure:,}" in note, (role["id"], "a placed percentile is named in the note")
            continue
        assert pay.get("estimate") is True, role["id"]
        inputs = [amount(text) for text in DOLLARS.findall(note) if amount(text) in published]
        assert len(inputs) >= 2, (role["id"], "a derived figure names the percentiles it comes from")
        assert min(inputs) <= figure <= max(inputs), role["id"]
        if "midpoint" in note:
            assert figure == round((inputs[0] + inputs[1]) / 2), role["id"]


def test_vp_hr_is_the_midpoint_of_hr_managers_p75_and_chief_executives_median(
    roles: dict[str, Role], oews: dict[str, dict[str, int]]
) -> None:
    assert median(roles["vp-hr"]) == (oews["11-3121"]["p75"] + oews["11-1011"]["median"]) // 2


# ------------------------------------------------------------ experience


def test_required_experience_never_falls_along_a_promotion(roles: dict[str, Role]) -> None:
    falls = [
        (a["id"], b["id"], years(a), years(b)) for a, b in moves(roles, "promotion") if years(b) < years(a)
    ]
    assert falls == []


def test_the_leadership_ladder_asks_more_experience(roles: dict[str, Role]) -> None:
    assert years(roles["hr-director"]) > years(roles["hr-manager"])
    assert years(roles["chro"]) > years(roles["hr-director"])


def test_unsourced_requirements_are_estimates_that_say_how(roles: dict[str, Role]) -> None:
    for role in roles.values():
        requires = role["requires"]
        assert requires.get("source"), role["id"]
        if requires.get("estimate"):
            assert requires.get("note"), role["id"]


def test_each_leadership_step_requires_at_least_the_skills_below(roles: dict[str, Role]) -> None:
    ladder = ["hr-manager", "hr-director", "vp-hr", "chro"]
    for lower, upper in itertools.pairwise(ladder):
        missing = set(roles[lower]["requires"]["skills"]) - set(roles[upper]["requires"]["skills"])
        assert missing == set(), (lower, upper)


# ------------------------------------------------------------------ moves


def test_every_lateral_move_stays_within_one_level(roles: dict[str, Role]) -> None:
    crossing = [
        (a["id"], a["level"], b["id"], b["level"])
        for a, b in moves(roles, "lateral")
        if a["level"] != b["level"]
    ]
    assert crossing == []


def test_no_promotion_goes_down_a_level(roles: dict[str, Role]) -> None:
    down = [
        (a["id"], b["id"]) for a, b in moves(roles, "promotion") if LEVELS.index(b["level"]) < LEVELS.index(a["level"])
    ]  # fmt: skip
    assert down == []


def test_roles_of_one_occupation_with_the_same_requirements_share_a_level(roles: dict[str, Role]) -> None:
    assert roles["benefits-specialist"]["level"] == roles["compensation-analyst"]["level"]


def test_the_issue_moves_exist(roles: dict[str, Role]) -> None:
    def targets(rid: str) -> dict[str, dict[str, Any]]:
        return {move["to"]: move for move in roles[rid].get("next") or []}

    assert "hr-director" in targets("hr-business-partner")
    assert any(move.get("kind", "promotion") == "promotion" for move in roles["hris-analyst"]["next"])
    to_ta = targets("recruiter")["talent-acquisition-manager"]
    assert to_ta["years"] >= 5 and not to_ta.get("estimate")


def test_moves_cite_sources_and_estimated_years_say_why(roles: dict[str, Role]) -> None:
    for role in roles.values():
        for move in role.get("next") or []:
            assert move.get("source") and move.get("note"), (role["id"], move["to"])


# ---------------------------------------------------------------- sources


def test_every_cited_source_id_is_defined(document: dict[str, Any], roles: dict[str, Role]) -> None:
    defined = {source["id"] for source in document["sources"]}
    assert sorted({(where, sid) for where, sid in cited_ids(roles) if sid not in defined}) == []


def test_every_source_has_a_title_publisher_date_and_web_address(document: dict[str, Any]) -> None:
    for source in document["sources"]:
        assert source.get("title") and source.get("publisher"), source["id"]
        assert re.match(r"https?://", source.get("url", "")), source["id"]
        year = source.get("year")
        assert year is None or isinstance(year, int), source["id"]


def test_weak_sources_say_so(document: dict[str, Any]) -> None:
    for source in document["sources"]:
        if source["id"] in {"LADDER", "MONSTER", "CHRO-W", "CHRO-JS", "ROLES", "HRX", "ABS", "HIPO"}:
            assert "weak" in source.get("note", ""), source["id"]


def user_texts(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for source in document["sources"]:
        yield source["id"], f"{source.get('title', '')} {source.get('note', '')}"
    for cert in document.get("certifications", []):
        yield (
            cert["id"],
            f"{cert.get('label', '')} {cert.get('note', '')} {' '.join(cert.get('aliases', []))}",
        )
    for role in document["roles"]:
        texts = [role["title"], role.get("summary", ""), *role.get("duties", []), *role.get("aliases", [])]
        texts += [
            role["requires"].get("note", ""),
            role["requires"].get("source", ""),
            role["pay"].get("note", ""),
        ]
        texts += [f"{move.get('source', '')} {move.get('note', '')}" for move in role.get("next") or []]
        for text in texts:
            yield role["id"], text


def test_no_user_visible_text_points_at_project_internals(document: dict[str, Any]) -> None:
    hits = [
        (where, word) for where, text in user_texts(document) for word in FORBIDDEN if word in text.lower()
    ]
    assert hits == []


def test_the_data_file_does_not_point_outside_the_project() -> None:
    assert "../shared" not in DATA.read_text(encoding="utf-8")
    assert "../shared" not in OEWS.read_text(encoding="utf-8")


def test_every_id_a_role_cites_is_in_its_sources_list(
    document: dict[str, Any], roles: dict[str, Role]
) -> None:
    defined = {source["id"] for source in document["sources"]}
    missing = []
    for role in roles.values():
        listed = set(role.get("sources", []))
        texts = [
            role["pay"].get("source", ""),
            role["pay"].get("note", ""),
            role["requires"].get("source", ""),
        ]
        texts += [role["requires"].get("note", "")]
        texts += [f"{move.get('source', '')} {move.get('note', '')}" for move in role.get("next") or []]
        words = {word for text in texts for word in re.findall(r"[A-Z][A-Z0-9.-]*[A-Z0-9]", text)}
        missing += [(role["id"], word) for word in sorted(words & defined - listed)]
    assert missing == []
