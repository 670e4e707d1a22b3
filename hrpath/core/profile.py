"""A saved profile: what you have, your years, your role and time in it.

`gaps`, `route` and `next` use a field of the profile when its option is not
given on the command line; an option given replaces that field (so `--have`
replaces the saved list). Plain data here; the file lives in the CLI layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from hrpath.core.models import MAX_YEARS
from hrpath.core.text import tidy
from hrpath.errors import BadInput

FIELDS = ("have", "years", "role", "in_role")


@dataclass(frozen=True, slots=True)
class Profile:
    """The saved answers to `--have`, `--years`, `--role` and `--in-role` (None: not saved)."""

    have: tuple[str, ...] = field(default_factory=tuple)
    years: float | None = None
    role: str | None = None
    in_role: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stored YAML mapping and the `profile show --json` contract."""
        return {
            "have": list(self.have),
            "years": _tidy(self.years),
            "role": self.role,
            "in_role": _tidy(self.in_role),
        }

    def is_empty(self) -> bool:
        """True when nothing is saved."""
        return self == Profile()

    def summary(self, names: tuple[str, ...] = FIELDS) -> str:
        """'have bachelors, recruiting; years 3; role recruiter' for the fields named."""
        parts = []
        for name in names:
            value = getattr(self, name)
            if value in (None, ()):
                continue
            shown = (
                ", ".join(value) if name == "have" else f"{value:g}" if isinstance(value, float) else value
            )
            parts.append(f"{name.replace('_', '-')} {shown}")
        return "; ".join(parts)


def _tidy(value: float | None) -> float | None:
    return None if value is None else tidy(value)


def _years(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadInput(f"{name} must be a number of years, not {value!r}")
    if not 0 <= value <= MAX_YEARS:
        raise BadInput(f"{name} must be from 0 to {MAX_YEARS}, not {value:g}")
    return float(value)


def profile_from_dict(data: Any) -> Profile:
    """A Profile from a parsed YAML document; BadInput (one line) for anything else."""
    if data is None:
        return Profile()
    if not isinstance(data, dict):
        raise BadInput("a profile is a mapping of have, years, role and in_role")
    unknown = sorted(set(map(str, data)) - set(FIELDS))
    if unknown:
        raise BadInput(f"unknown key {unknown[0]!r} (a profile has {', '.join(FIELDS)})")
    have = data.get("have") or []
    if not isinstance(have, list) or not all(isinstance(item, str) for item in have):
        raise BadInput("have must be a list of names")
    role = data.get("role")
    if role is not None and not isinstance(role, str):
        raise BadInput("role must be a role name")
    return Profile(
        tuple(have), _years(data.get("years"), "years"), role, _years(data.get("in_role"), "in_role")
    )
