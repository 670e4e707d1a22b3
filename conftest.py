"""Settings for every test, the doctests in `hrpath/` included (tests/conftest.py holds the fixtures).

The graph cache goes to a temporary directory for the whole run, set before
collection: some test modules load the shipped graph at import. Each test
then gets its own cache (`private_cache` in tests/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_KEY = "_hrpath_test_cache"


def pytest_configure(config: pytest.Config) -> None:
    """Point HRPATH_CACHE at a fresh temporary directory: ~/.cache is never written."""
    folder = tempfile.mkdtemp(prefix="hrpath-test-cache-")
    setattr(config, _KEY, (folder, os.environ.get("HRPATH_CACHE")))
    os.environ["HRPATH_CACHE"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's cache directory and restore the variable."""
    folder, before = getattr(config, _KEY, (None, None))
    if folder is None:
        return
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop("HRPATH_CACHE", None)
    else:
        os.environ["HRPATH_CACHE"] = before
