"""Checks of the company-framework keys (format 2): levels, extends, titles, bands, ranges.

Like `references`, these run after the structural checks and skip values of
the wrong type, which those checks have already reported.
"""

from __future__ import annotations

from typing import Any

from hrpath.core.models import LEVELS
from hrpath.core.text import did_you_mean
from hrpath.datafile.spec import FORMAT
from hrpath.datafile.yamlsource import YamlList, YamlMap
from hrpath.errors import Problem

# The keys format 2 added, by where they live; `validate` suggests `format: 2` when a file uses one.
V2_KEYS = {
    "file": ("levels", "currency"),
    "role": ("family", "ladder", "extends"),
    "requires": ("other",),
    "pay": ("median", "band"),
}


def newer_format(document: Any, filename: str) -> Problem | None:
    """The one problem of a file written for a newer hrpath, or None."""
    if not isinstance(document, YamlMap):
        return None
    version = document.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        line = document.key_lines["format"]
        return Problem(filename, line, f"this file needs a newer hrpath (format {version})")
    return None


def file_levels(document: YamlMap) -> list[str]:
    """The level ids of a file, lowest first: its `levels`, else the default four."""
    levels = document.get("levels")
    if not isinstance(levels, YamlList):
        return list(LEVELS)
    return [item["id"] for item in _items(levels) if isinstance(item.get("id"), str)]


def check_framework(document: YamlMap, filename: str) -> list[Problem]:
    """Unknown levels, blank titles, bad `extends`, empty pay and upside-down ranges."""
    problems: list[Problem] = []
    levels = file_levels(document)
    roles = _items(document.get("roles"))
    ids = {role["id"]: role for role in roles if isinstance(role.get("id"), str)}
    for index, role in enumerate(roles):
        role_id = role.get("id") if isinstance(role.get("id"), str) else None

        def add(key: str, message: str, owner: YamlMap = role, role_id: Any = role_id) -> None:
            problems.append(Problem(filename, owner.key_lines.get(key, owner.line), message, role_id))

        level = role.get("level")
        if isinstance(level, str) and level not in levels:
            hint = did_you_mean(level, levels)
            add("level", f"roles[{index}].level: {level!r} is not one of {', '.join(levels)}{hint}")
        title = role.get("title")
        if isinstance(title, str) and not title.strip():
            add("title", "title: must not be blank")
        parent = role.get("extends")
        if isinstance(parent, str):
            if parent not in ids:
                add("extends", f"extends: unknown role {parent!r}{did_you_mean(parent, list(ids))}")
            elif _in_cycle(role_id, ids):
                add("extends", f"extends: {role_id!r} inherits from itself through {parent!r}")
        _check_pay_and_years(role, add)
        problems.extend(_skill_items(role, role_id, _skill_levels(document), filename))
        pay = role.get("pay")
        currency = document.get("currency", "USD")
        if isinstance(pay, YamlMap) and "median_usd" in pay and currency != "USD":
            add("pay", f"pay.median_usd: the file's currency is {currency}; use `median`")
    return problems


def _check_pay_and_years(role: YamlMap, add: Any) -> None:
    pay = role.get("pay")
    for owner, key, where in ((pay, "band", "pay.band"), (role.get("requires"), "experience_years", "")):
        if not isinstance(owner, YamlMap):
            continue
        span = owner.get(key)
        if isinstance(span, YamlMap) and _upside_down(span):
            add(key, f"{where or 'requires.' + key}: min is above max", owner)


def _skill_levels(document: YamlMap) -> dict[str, int]:
    """Skill id -> its number of proficiency levels (0 when it has none)."""
    skills = _items(document.get("skills"))
    return {s["id"]: s.get("levels", 0) for s in skills if isinstance(s.get("id"), str)}


def _skill_items(role: YamlMap, role_id: Any, levels: dict[str, int], filename: str) -> list[Problem]:
    """Problems of `{id, level}` and `{any, count}` skill requirements (plain ids: see references)."""
    requires = role.get("requires")
    items = requires.get("skills") if isinstance(requires, YamlMap) else None
    problems: list[Problem] = []
    for item in _items(items):
        message = None
        if isinstance(item.get("id"), str) and isinstance(item.get("level"), int):
            skill, level = item["id"], item["level"]
            if skill not in levels:
                message = f"unknown skill {skill!r}{did_you_mean(skill, list(levels))}"
            elif level > levels[skill]:
                message = f"skill {skill!r} has {levels[skill]} levels, not {level}"
        elif isinstance(item.get("any"), YamlList):
            unknown = [s for s in item["any"] if isinstance(s, str) and s not in levels]
            count = item.get("count", 1)
            if unknown:
                message = f"unknown skill {unknown[0]!r}{did_you_mean(unknown[0], list(levels))}"
            elif isinstance(count, int) and count > len(item["any"]):
                message = f"count {count} is more than the {len(item['any'])} skills listed"
        if message:
            problems.append(Problem(filename, item.line, f"requires.skills: {message}", role_id))
    return problems


def _upside_down(span: YamlMap) -> bool:
    low, high = span.get("min"), span.get("max")
    if isinstance(low, (int, float)) and isinstance(high, (int, float)):
        return bool(low > high)
    return False


def _in_cycle(role_id: Any, roles: dict[str, YamlMap]) -> bool:
    """True when following `extends` from this role comes back to it."""
    seen: set[Any] = set()
    current = roles[role_id].get("extends") if role_id in roles else None
    while isinstance(current, str) and current in roles and current not in seen:
        if current == role_id:
            return True
        seen.add(current)
        current = roles[current].get("extends")
    return False


def format_warnings(document: Any, filename: str) -> list[Problem]:
    """Non-failing notes: format 2 keys in a file that does not say `format: 2`."""
    if not isinstance(document, YamlMap) or document.get("format") == FORMAT:
        return []
    used = _v2_keys_used(document)
    if not used:
        return []
    keys = ", ".join(sorted(used))
    message = f"uses format {FORMAT} keys ({keys}); add `format: {FORMAT}` at the top of the file"
    return [Problem(filename, document.line, message)]


def _v2_keys_used(document: YamlMap) -> set[str]:
    used = {key for key in V2_KEYS["file"] if key in document}
    for role in _items(document.get("roles")):
        used.update(key for key in V2_KEYS["role"] if key in role)
        for owner, kind in ((role.get("requires"), "requires"), (role.get("pay"), "pay")):
            if isinstance(owner, YamlMap):
                used.update(f"{kind}.{key}" for key in V2_KEYS[kind] if key in owner)
        requires = role.get("requires")
        if isinstance(requires, YamlMap) and isinstance(requires.get("experience_years"), YamlMap):
            used.add("experience_years range")
        if any(isinstance(move, YamlMap) and "years" not in move for move in _items_any(role.get("next"))):
            used.add("moves without years")
    return used


def _items(value: Any) -> list[YamlMap]:
    return [item for item in value if isinstance(item, YamlMap)] if isinstance(value, YamlList) else []


def _items_any(value: Any) -> list[Any]:
    return list(value) if isinstance(value, YamlList) else []
