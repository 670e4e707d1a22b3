"""`extends`: a role inherits its parent's requirements and duties.

Resolved once at load time on the checked document, so every command sees the
resolved requirements and the models never need to know about inheritance
beyond `Role.extends` and `Role.inherited` (what was inherited, for `show`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.datafile.yamlsource import YamlMap

# Lists a child adds to its parent's (parent's items first); any list key a
# later format adds to `requires` (helpful, for one) is unioned the same way.
SINGLE = ("education", "experience_years")
OWN_ONLY = ("source", "estimate", "note")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A role's requirements and duties after inheritance, and what came from its parent."""

    requires: dict[str, Any]
    duties: list[Any]
    inherited: tuple[str, ...]


def resolve_roles(roles: list[YamlMap]) -> dict[str, Resolved]:
    """Every role's resolved requirements and duties, by id (the file has no `extends` cycles)."""
    by_id = {role["id"]: role for role in roles}
    resolved: dict[str, Resolved] = {}
    for role_id in by_id:
        _resolve(role_id, by_id, resolved)
    return resolved


def _resolve(role_id: str, by_id: dict[str, YamlMap], done: dict[str, Resolved]) -> Resolved:
    if role_id in done:
        return done[role_id]
    role = by_id[role_id]
    own_requires = dict(role.get("requires", {}))
    own_duties = list(role.get("duties", ()))
    parent_id = role.get("extends")
    if parent_id is None:
        done[role_id] = Resolved(own_requires, own_duties, ())
        return done[role_id]
    parent = _resolve(parent_id, by_id, done)
    requires, inherited = _merge(parent.requires, own_requires)
    if parent.duties:
        inherited.append("duties")
    done[role_id] = Resolved(requires, _union(parent.duties, own_duties), tuple(inherited))
    return done[role_id]


def _merge(parent: dict[str, Any], own: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The child's requirements on top of the parent's, and the keys the parent gave."""
    merged = {key: value for key, value in own.items()}
    inherited: list[str] = []
    for key, value in parent.items():
        if key in OWN_ONLY:
            continue
        if key in SINGLE:
            if key not in own:
                merged[key] = value
                inherited.append(key)
        elif isinstance(value, list) and value:
            merged[key] = _union(value, list(own.get(key, ())))
            inherited.append(key)
    return merged, inherited


def _union(first: list[Any], then: list[Any]) -> list[Any]:
    """The items of both lists, first's order then then's, each once."""
    seen: list[Any] = []
    for item in (*first, *then):
        if item not in seen:
            seen.append(item)
    return seen
