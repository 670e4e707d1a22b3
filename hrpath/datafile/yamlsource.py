"""Safe YAML parsing that keeps line numbers and catches duplicate keys.

PyYAML silently keeps the last of two equal keys and forgets where values came
from; composing the node tree ourselves keeps both facts for error messages.
"""

from __future__ import annotations

from typing import Any

import yaml

from hrpath.datafile.limits import MAX_ALIAS_NODES, MAX_NUMBER_CHARS
from hrpath.errors import Problem

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Stands in for a scalar PyYAML could not construct; already reported, so the
# structural checks skip it instead of adding a second problem for one value.
BAD_VALUE = object()


class YamlMap(dict[str, Any]):
    """A mapping that remembers its line, each key's line and scalar source text."""

    line: int
    key_lines: dict[str, int]
    raw: dict[str, str | None]


class YamlList(list[Any]):
    """A sequence that remembers its line and each item's line."""

    line: int
    item_lines: list[int]
    raw: list[str | None]


def parse_yaml(text: str, filename: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text safely into plain values with line information.

    Returns the value (None on a syntax error) and the problems found: syntax
    errors and duplicate mapping keys.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(filename, line, f"YAML syntax error: {_syntax_problem(error, text)}")]
    except yaml.YAMLError as error:
        return None, [Problem(filename, None, f"YAML error: {_one_line(error)}")]
    problems: list[Problem] = []
    if node is None:
        return None, problems
    try:
        return _Builder(filename, problems).build(node), problems
    except _TooManyAliases as error:
        return None, [Problem(filename, error.line, str(error))]
    except RecursionError:
        return None, [Problem(filename, None, "the YAML is nested too deeply")]


class _TooManyAliases(Exception):
    """Alias references expand to more nodes than MAX_ALIAS_NODES (a "billion laughs" file)."""

    def __init__(self, line: int) -> None:
        self.line = line
        super().__init__(f"aliases (*name) expand to more than {MAX_ALIAS_NODES:,} nodes")


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_TAB_HINT = "a tab character; YAML indents with spaces only"


def _syntax_problem(error: yaml.MarkedYAMLError, text: str) -> str:
    """PyYAML's problem, with a plain explanation for a tab where a token should start."""
    mark = error.problem_mark
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index < len(text) and text[index] == "\t":
        return _TAB_HINT
    return str(error.problem)


class _Builder:
    """Turns a composed node tree into YamlMap / YamlList / scalars."""

    def __init__(self, filename: str, problems: list[Problem]) -> None:
        self.filename = filename
        self.problems = problems
        self.constructor = yaml.constructor.SafeConstructor()
        self.built: set[int] = set()
        self.repeats = 0

    def build(self, node: yaml.Node) -> Any:
        """The plain value of a node, with line information kept on containers.

        A node reached again through an alias is built again (the checks need
        plain trees), so those repeats are counted against MAX_ALIAS_NODES.
        """
        if id(node) in self.built:
            self.repeats += 1
            if self.repeats > MAX_ALIAS_NODES:
                raise _TooManyAliases(node.start_mark.line + 1)
        else:
            self.built.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            items = YamlList(self.build(child) for child in node.value)
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            items.raw = [_scalar_text(child) for child in node.value]
            return items
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag in _NUMBER_TAGS and len(str(node.value)) > MAX_NUMBER_CHARS:
            # int() of thousands of digits is slow or refused; no real value is that long.
            line = node.start_mark.line + 1
            message = f"number too long ({len(str(node.value)):,} characters; at most {MAX_NUMBER_CHARS})"
            self.problems.append(Problem(self.filename, line, message))
            return BAD_VALUE
        try:
            return self.constructor.construct_object(node, deep=True)
        except Exception as error:
            # PyYAML's constructors raise ValueError, KeyError and more for
            # values such as `2024-02-30` or `!!int abc`, not only YAMLError.
            line = node.start_mark.line + 1
            self.problems.append(
                Problem(self.filename, line, f"bad value {node.value!r}: {_one_line(error)}")
            )
            return BAD_VALUE

    def _mapping(self, node: yaml.MappingNode) -> YamlMap:
        result = YamlMap()
        result.line = node.start_mark.line + 1
        result.key_lines, result.raw = {}, {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(Problem(self.filename, line, "YAML merge keys (<<) are not supported"))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(self.filename, line, "keys must be plain text, not lists or mappings")
                )
                continue
            key = self._scalar(key_node)
            if key is BAD_VALUE:
                continue  # already reported
            if not isinstance(key, str):
                key = "null" if key is None else str(key)
            if key in result:
                self.problems.append(
                    Problem(
                        self.filename,
                        line,
                        f"duplicate key {key!r} (first at line {result.key_lines[key]})",
                    )
                )
                continue
            result[key] = self.build(value_node)
            result.key_lines[key] = line
            result.raw[key] = _scalar_text(value_node)
        return result


def _scalar_text(node: yaml.Node) -> str | None:
    """The source text of a scalar node, kept to explain YAML 1.1 surprises."""
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def _one_line(error: Exception) -> str:
    """An exception's message without PyYAML's multi-line position notes."""
    problem = getattr(error, "problem", None)
    text = str(problem) if problem else (str(error) or type(error).__name__)
    return " ".join(text.split())
