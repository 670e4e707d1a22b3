"""`hrpath init`: the starter framework file, or a copy of the shipped graph."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from hrpath.datafile.atomic import write_atomic
from hrpath.datafile.loader import default_data_path


def starter_text() -> str:
    """The commented three-role starter file shipped in `hrpath/templates/`."""
    return resources.files("hrpath").joinpath("templates", "starter.yaml").read_text(encoding="utf-8")


def init_file(path: Path, from_default: bool = False, force: bool = False) -> Path:
    """Write the starter (or, with `from_default`, the shipped graph) to `path`.

    Never overwrites an existing file unless `force`; writes atomically.
    Raises BadInput with a one-line reason when it cannot write.
    """
    text = default_data_path().read_text(encoding="utf-8") if from_default else starter_text()
    write_atomic(path, text, overwrite=force)
    return path
