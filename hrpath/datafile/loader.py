"""Find, read, check and build a career graph from a YAML data file."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from hrpath.datafile import cache
from hrpath.datafile.limits import read_bounded, read_bytes_bounded
from hrpath.datafile.places import default_data_file
from hrpath.datafile.places import default_data_path as default_data_path  # re-exported
from hrpath.errors import DataError, Problem

if TYPE_CHECKING:  # the model is imported by what builds or decodes a graph, not to read bytes
    from hrpath.core.graph import RoleGraph

# YAML, the checks and the model builder are imported where a file is
# actually parsed: an unchanged file comes from the cache without them.


def check_file(path: str | os.PathLike[str]) -> tuple[Any, list[Problem]]:
    """Read and check a data file; return the parsed document and every problem."""
    filename = str(path)
    try:
        text = read_bounded(path)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return None, [Problem(filename, None, f"cannot read the file: {reason}")]
    return check_text(text, filename)


def check_text(text: str, filename: str) -> tuple[Any, list[Problem]]:
    """Check a data file's text (see `check_file`); return the parsed document and every problem."""
    from hrpath.datafile.checks import StructureChecker
    from hrpath.datafile.framework import check_framework, newer_format
    from hrpath.datafile.limits import nesting_problem
    from hrpath.datafile.names_check import check_names
    from hrpath.datafile.references import check_references
    from hrpath.datafile.yamlsource import YamlMap, parse_yaml

    deep = nesting_problem(text, filename)
    if deep is not None:
        return None, [deep]
    document, problems = parse_yaml(text, filename)
    if problems and document is None:
        return None, problems
    too_new = newer_format(document, filename)
    if too_new:
        # Nothing else is worth saying: the file is written for keys we do not know.
        return None, [too_new]
    checker = StructureChecker(filename)
    checker.check_document(document)
    problems.extend(checker.problems)
    if isinstance(document, YamlMap):
        problems.extend(check_references(document, filename))
        problems.extend(check_framework(document, filename))
        problems.extend(check_names(document, filename))
    problems.sort(key=lambda problem: problem.line or 0)
    return document, problems


def load_graph(
    path: str | os.PathLike[str] | None = None, keyed: tuple[bytes, str] | None = None
) -> RoleGraph:
    """Load a data file (the shipped one by default) into a RoleGraph.

    An unchanged file comes from the cache (see `cache`). `keyed` is the
    file's bytes and key when `keyed_bytes` has read them already. Raises
    DataError listing every problem when the file does not check out.
    """
    target = path or default_data_file()
    keyed = keyed or keyed_bytes(target)
    if keyed is None:
        return _checked(*check_file(target))  # says why in check_file's words
    data, key = keyed
    graph = cache.load_entry(key)
    if graph is None:
        try:
            text = data.decode("utf-8")  # only now: a cached graph needs no text
        except UnicodeDecodeError:
            return _checked(*check_file(target))
        graph = _checked(*check_text(text, str(target)))
        cache.store_entry(key, graph)
    else:
        cache.keep_names(key, graph)
    return graph


def keyed_bytes(path: str | os.PathLike[str] | None = None) -> tuple[bytes, str] | None:
    """A data file's bytes and cache key (the shipped file by default), or None when
    the cache is off or the file does not read (`load_graph` then says why)."""
    if not cache.cache_enabled():
        return None
    try:
        data = read_bytes_bounded(path or default_data_file())
    except (OSError, ValueError):
        return None
    return data, cache.cache_key(data)


def _checked(document: Any, problems: list[Problem]) -> RoleGraph:
    """The graph of a checked document, or DataError listing its problems."""
    from hrpath.datafile.build import build_graph

    if problems:
        raise DataError(problems)
    return build_graph(document)
