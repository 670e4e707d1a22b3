"""The saved profile on disk, and how a command's values take its fields.

Typer-free, so the fast path's `route FROM TO` applies a saved profile exactly
as the typer command does (`profile.with_profile` calls `apply_profile` too).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from hrpath.datafile.places import profile_file, profile_path
from hrpath.errors import BadInput

if TYPE_CHECKING:
    from pathlib import Path

    from hrpath.core.profile import Profile


def no_saved_profile() -> bool:
    """True when there is no profile file: most runs, which then load nothing (not even pathlib)."""
    try:
        os.lstat(profile_file())
    except FileNotFoundError:
        return True
    except OSError:
        return False  # there is something there: loading it says what is wrong
    return False


def load_profile(path: Path | None = None) -> Profile:
    """The saved profile (empty when there is none); BadInput naming the file when it is corrupt."""
    from hrpath.core.profile import Profile, profile_from_dict

    if path is None:
        if no_saved_profile():
            return Profile()
        path = profile_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Profile()
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(
            f"{path}: cannot read the profile: {getattr(error, 'strerror', None) or error}"
        ) from error
    import yaml  # here: no profile, no YAML

    try:
        return profile_from_dict(yaml.safe_load(text))
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or "not YAML"
        raise BadInput(
            f"{path}: not a valid profile ({problem}); fix it or run `hrpath profile clear`"
        ) from error
    except BadInput as error:
        raise BadInput(
            f"{path}: not a valid profile ({error}); fix it or run `hrpath profile clear`"
        ) from error


def save_profile(profile: Profile, path: Path | None = None) -> Path:
    """Write the profile atomically through any symlink; returns the path written."""
    import yaml

    from hrpath.datafile.atomic import write_atomic

    target = (path or profile_path()).resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadInput(f"cannot create {target.parent}: {error.strerror or error}") from error
    text = "# hrpath profile: `hrpath profile set` writes it\n" + yaml.safe_dump(
        profile.to_dict(), sort_keys=False
    )
    write_atomic(target, text, overwrite=True)
    return target


def apply_profile(
    profile: Profile, params: dict[str, str], values: dict[str, Any], given: Collection[str]
) -> dict[str, Any]:
    """`values` with the profile's fields filled in for the parameters not in `given`.

    `params` maps a profile field to the command's parameter name. Says on one
    stderr line which saved fields are used.
    """
    used = []
    for name, param in params.items():
        saved = getattr(profile, name)
        if saved not in (None, ()) and param not in given:
            values[param] = list(saved) if name == "have" else saved
            used.append(name)
    if used:
        print(
            f"using your profile: {profile.summary(tuple(used))} (--no-profile ignores it)", file=sys.stderr
        )
    return values
