"""Where hrpath's own files are: the shipped data file and the user's config folder.

The fast path of the entry point finds the files with `os.path` alone: pathlib
(with urllib.parse and ipaddress behind it) costs a few milliseconds of a start
and is imported only by the functions that return a Path.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "hrpath"


def default_data_path() -> Path:
    """The shipped roles.yaml: inside the installed package, else the checkout copy."""
    from pathlib import Path

    return Path(default_data_file())


def default_data_file() -> str:
    """`default_data_path` as a string, found without pathlib.

    The wheel puts the file in `hrpath/data/`; editable installs import the
    package from the source tree, where only the checkout's `data/` exists. A
    plain path beside the package is enough here and cheaper than
    importlib.resources on every start.
    """
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    packaged = os.path.join(package, "data", "roles.yaml")
    if os.path.isfile(packaged):
        return packaged
    checkout = os.path.join(os.path.dirname(package), "data", "roles.yaml")
    if os.path.isfile(checkout):
        return checkout
    from hrpath.errors import DataError, Problem

    raise DataError([Problem(packaged, None, f"no roles.yaml found here nor at {checkout}")])


def config_dir() -> Path:
    """The user's config folder for hrpath, where click's `get_app_dir` puts it.

    Windows: %APPDATA%; macOS: ~/Library/Application Support; elsewhere
    $XDG_CONFIG_HOME, else ~/.config. Kept equal to typer's answer by a test,
    without importing typer.
    """
    from pathlib import Path

    return Path(_config_folder())


def _config_folder() -> str:
    if sys.platform.startswith("win"):
        return os.path.join(os.environ.get("APPDATA") or os.path.expanduser("~"), APP_NAME)
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Application Support"), APP_NAME)
    return os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config")), APP_NAME)


def profile_path() -> Path:
    """Where the profile lives: HRPATH_PROFILE, or profile.yaml in the config folder."""
    from pathlib import Path

    return Path(profile_file())


def profile_file() -> str:
    """`profile_path` as a string, found without pathlib."""
    return os.environ.get("HRPATH_PROFILE") or os.path.join(_config_folder(), "profile.yaml")
