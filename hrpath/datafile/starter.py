"""`hrpath init`: the starter framework file, or a copy of the shipped graph."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from hrpath.core.choices import choose
from hrpath.datafile.atomic import write_atomic
from hrpath.datafile.places import default_data_path
from hrpath.errors import BadInput

# `hrpath init --example NAME`: the examples shipped in `hrpath/templates/`.
EXAMPLES = ("company",)


def starter_text(name: str = "starter") -> str:
    """A commented file shipped in `hrpath/templates/`: the three-role starter or an example."""
    return resources.files("hrpath").joinpath("templates", f"{name}.yaml").read_text(encoding="utf-8")


def init_file(
    path: Path, from_default: bool = False, force: bool = False, example: str | None = None
) -> Path:
    """Write the starter (or the shipped graph, or an example) to `path`.

    Never overwrites an existing file unless `force`; writes atomically.
    Raises BadInput with a one-line reason when it cannot write or `example` is unknown.
    """
    if example is not None:
        if from_default:
            raise BadInput("give --from-default or --example, not both")
        text = starter_text(choose("--example", example, EXAMPLES))
    elif from_default:
        text = default_data_path().read_text(encoding="utf-8")
    else:
        text = starter_text()
    write_atomic(path, text, overwrite=force)
    return path
