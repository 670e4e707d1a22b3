"""Name checks of a data file: every role name must lead to one role.

Two roles whose id, title or alias read the same once normalised (see
`hrpath.core.spelling.words`) cannot both be named; an alias that is empty or
punctuation only names nothing. Runs after the structural checks and skips
values of the wrong type, which those checks have already reported.
"""

from __future__ import annotations

from typing import Any

from hrpath.core.spelling import normalize
from hrpath.datafile.yamlsource import YamlList, YamlMap
from hrpath.errors import Problem


def check_names(document: YamlMap, filename: str) -> list[Problem]:
    """Report role names shared by two roles and aliases that name nothing."""
    problems: list[Problem] = []
    seen: dict[str, tuple[str, str, int]] = {}  # normalised name -> (role id, name, line)
    roles = document.get("roles")
    for role in roles if isinstance(roles, YamlList) else ():
        if isinstance(role, YamlMap) and isinstance(role.get("id"), str):
            for name, line, what in _names(role):
                _check_name(role["id"], name, line, what, seen, filename, problems)
    return problems


def _names(role: YamlMap) -> list[tuple[str, int, str]]:
    """(name, line, what it is) for the role's id, title and each alias that is a string."""
    found = [
        (role[key], role.key_lines[key], key) for key in ("id", "title") if isinstance(role.get(key), str)
    ]
    aliases: Any = role.get("aliases")
    if isinstance(aliases, YamlList):
        found += [
            (alias, aliases.item_lines[i], "alias")
            for i, alias in enumerate(aliases)
            if isinstance(alias, str)
        ]
    return found


def _check_name(
    role_id: str,
    name: str,
    line: int,
    what: str,
    seen: dict[str, tuple[str, str, int]],
    filename: str,
    problems: list[Problem],
) -> None:
    key = normalize(name)
    if not name.strip():
        return  # a blank title or alias is already reported by the structure checks
    if not key:
        problems.append(Problem(filename, line, f"{what} {name!r} is empty or punctuation only", role_id))
        return
    first = seen.setdefault(key, (role_id, name, line))
    if first[0] != role_id:
        other, other_name, other_line = first
        problems.append(
            Problem(
                filename,
                line,
                f"{what} {name!r} also names role {other!r} ({other_name!r}, line {other_line}); "
                "a name must lead to one role",
                role_id,
            )
        )
