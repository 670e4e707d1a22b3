"""hrpath: a career-path explorer for Human Resources roles.

The core (models, loader, graph, queries) imports neither typer nor rich and can
be used as a library:

    >>> from hrpath import load_graph, role_profile
    >>> role_profile(load_graph(), "HR Generalist").role.level
    'mid'
"""

from .errors import AmbiguousName, BadInput, DataError, HrpathError, NoAnswer, UnknownName
from .graph import RoleGraph
from .loader import check_file, default_data_path, load_graph
from .models import Certification, Move, Pay, Requirements, Role, Term
from .names import resolve_role
from .queries import list_roles, role_profile

__version__ = "0.1.0"

__all__ = [
    "AmbiguousName",
    "BadInput",
    "Certification",
    "DataError",
    "HrpathError",
    "Move",
    "NoAnswer",
    "Pay",
    "Requirements",
    "Role",
    "RoleGraph",
    "Term",
    "UnknownName",
    "__version__",
    "check_file",
    "default_data_path",
    "list_roles",
    "load_graph",
    "resolve_role",
    "role_profile",
]
