"""Where hrpath's own files are: the shipped data file and the user's config folder.

This module imports only `os`, `sys` and `pathlib`, so the fast path of the
entry point can find the files before anything heavy is loaded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "hrpath"


def default_data_path() -> Path:
    """The shipped roles.yaml: inside the installed package, else the checkout copy.

    The wheel puts the file in `hrpath/data/`; editable installs import the
    package from the source tree, where only the checkout's `data/` exists. A
    plain path beside the package is enough here and cheaper than
    importlib.resources on every start.
    """
    package = Path(__file__).resolve().parent.parent
    packaged = package / "data" / "roles.yaml"
    if packaged.is_file():
        return packaged
    checkout = package.parent / "data" / "roles.yaml"
    if checkout.is_file():
        return checkout
    from hrpath.errors import DataError, Problem

    raise DataError([Problem(str(packaged), None, f"no roles.yaml found here nor at {checkout}")])


def config_dir() -> Path:
    """The user's config folder for hrpath, where click's `get_app_dir` puts it.

    Windows: %APPDATA%; macOS: ~/Library/Application Support; elsewhere
    $XDG_CONFIG_HOME, else ~/.config. Kept equal to typer's answer by a test,
    without importing typer.
    """
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA") or os.path.expanduser("~")) / APP_NAME
    if sys.platform == "darwin":
        return Path(os.path.expanduser("~/Library/Application Support")) / APP_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))) / APP_NAME


def profile_path() -> Path:
    """Where the profile lives: HRPATH_PROFILE, or profile.yaml in the config folder."""
    override = os.environ.get("HRPATH_PROFILE")
    return Path(override) if override else config_dir() / "profile.yaml"
