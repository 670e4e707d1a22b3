"""hrpath: a career-path explorer for Human Resources roles.

The core (`hrpath.core`) imports neither typer nor rich and can be used as a
library. The names below are imported on first use, so `import hrpath` costs
nothing at start-up:

    >>> from hrpath import load_graph, role_profile
    >>> role_profile(load_graph(), "HR Generalist").role.level
    'mid'
"""

from __future__ import annotations

# typing is not imported at run time: a TAB press loads this module and no more.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

__version__ = "0.2.0"

# Public name -> module that defines it.
_PUBLIC = {
    "AmbiguousName": "hrpath.errors",
    "BadInput": "hrpath.errors",
    "DataError": "hrpath.errors",
    "HrpathError": "hrpath.errors",
    "NoAnswer": "hrpath.errors",
    "UnknownName": "hrpath.errors",
    "RoleGraph": "hrpath.core.graph",
    "Certification": "hrpath.core.models",
    "Move": "hrpath.core.models",
    "Pay": "hrpath.core.models",
    "Requirements": "hrpath.core.models",
    "Role": "hrpath.core.models",
    "Term": "hrpath.core.models",
    "resolve_role": "hrpath.core.names",
    "list_roles": "hrpath.core.browse",
    "role_profile": "hrpath.core.browse",
    "check_file": "hrpath.datafile.loader",
    "default_data_path": "hrpath.datafile.places",
    "load_graph": "hrpath.datafile.loader",
}

__all__ = ["__version__", *sorted(_PUBLIC)]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is used."""
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'hrpath' has no attribute {name!r}")
    import importlib  # here: `import hrpath` itself imports nothing

    return getattr(importlib.import_module(module), name)
