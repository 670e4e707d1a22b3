"""Option values from a fixed set: matched without regard to case, refused in
one line that names the option, lists the choices and suggests the nearest.
"""

from __future__ import annotations

from collections.abc import Sequence

from hrpath.core.text import did_you_mean
from hrpath.errors import BadInput


def choose(option: str, value: str, choices: Sequence[str]) -> str:
    """The member of `choices` that `value` names, ignoring case and spaces.

    >>> choose("--by", " Steps", ("years", "steps"))
    'steps'
    """
    wanted = value.strip().casefold()
    for choice in choices:
        if choice.casefold() == wanted:
            return choice
    if not choices:
        raise BadInput(f"{option} {value!r}: this data defines no value for {option}")
    hint = did_you_mean(wanted, choices)
    raise BadInput(f"{option} must be one of {', '.join(choices)}, not {value!r}{hint}")
