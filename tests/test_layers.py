"""The import rule of CONTRIBUTING.md: core and datafile never reach typer or rich,
and the top-level package holds only the public API, the entry point and errors."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import hrpath

PACKAGE = Path(hrpath.__file__).parent


def _modules(layer: str) -> list[str]:
    """Every module under hrpath.<layer>, packages included."""
    root = PACKAGE / layer
    found = [f"hrpath.{layer}"]
    for info in pkgutil.walk_packages([str(root)], prefix=f"hrpath.{layer}."):
        found.append(info.name)
    return sorted(found)


def test_core_and_datafile_never_import_typer_or_rich() -> None:
    modules = _modules("core") + _modules("datafile")
    assert "hrpath.core.route.search" in modules and "hrpath.datafile.loader" in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_import_hrpath_imports_nothing_heavy() -> None:
    script = "import sys, hrpath; print(sorted(m for m in sys.modules if m.startswith(('hrpath', 'yaml'))))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['hrpath']"


def test_top_level_holds_only_the_entry_points_and_errors() -> None:
    modules = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert modules == ["__init__.py", "__main__.py", "errors.py"]
    layers = sorted(path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file())
    assert layers == ["cli", "core", "datafile", "render"]


def test_no_module_is_over_250_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE)): len(path.read_text().splitlines()) for path in PACKAGE.rglob("*.py")
    }
    assert {name: lines for name, lines in sizes.items() if lines > 250} == {}
