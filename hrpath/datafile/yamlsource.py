"""Safe YAML parsing that keeps line numbers and catches duplicate keys.

PyYAML silently keeps the last of two equal keys and forgets where values came
from; building values from the parser's events ourselves keeps both facts for
error messages. No node tree is composed first: on a large file that tree
costs more memory than the values built from it (see `yamlevents`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import yaml

from hrpath.datafile.limits import MAX_ALIAS_NODES
from hrpath.datafile.yamlevents import (
    ALIAS,
    BAD_VALUE,
    END,
    KIND,
    LINE,
    MAPPING,
    NID,
    SCALAR,
    SEQUENCE,
    TAG,
    VALUE,
    EventSource,
    Item,
    Scalars,
    one_line,
    skip,
)
from hrpath.errors import Problem

__all__ = ["BAD_VALUE", "YamlList", "YamlMap", "parse_yaml"]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_TAB_HINT = "a tab character; YAML indents with spaces only"


class YamlMap(dict[str, Any]):
    """A mapping that remembers its line, each key's line and scalar source text."""

    __slots__ = ("key_lines", "line", "raw")  # no __dict__: half the size, and there are thousands
    line: int
    key_lines: dict[str, int]
    raw: dict[str, str | None]


class YamlList(list[Any]):
    """A sequence that remembers its line and each item's line."""

    __slots__ = ("item_lines", "line", "raw")
    line: int
    item_lines: list[int]
    raw: list[str | None]


def parse_yaml(text: str, filename: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text safely into plain values with line information.

    Returns the value (None on a syntax error) and the problems found: syntax
    errors and duplicate mapping keys.
    """
    try:
        return _parse(text, filename)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(filename, line, f"YAML syntax error: {_syntax_problem(error, text)}")]
    except yaml.YAMLError as error:
        return None, [Problem(filename, None, f"YAML error: {one_line(error)}")]


def _parse(text: str, filename: str) -> tuple[Any, list[Problem]]:
    """Build the single document's value while the parser reads it.

    A syntax error anywhere in the stream outranks what building found, as it
    did when the whole tree was composed first: after a building failure the
    text is read once more, only for those errors.
    """
    loader = _Loader(text)
    try:
        source = EventSource(loader)
        if not source.start():
            return None, []
        problems: list[Problem] = []
        items = source.items()
        try:
            value = _Builder(filename, problems, source).build(next(items), items)
        except _TooManyAliases as error:
            failure = Problem(filename, error.line, str(error))
        except RecursionError:
            failure = Problem(filename, None, "the YAML is nested too deeply")
        else:
            source.finish()
            return value, problems
    finally:
        loader.dispose()
    _raise_composer_errors(text)
    return None, [failure]


def _raise_composer_errors(text: str) -> None:
    """Raise the parser's or composer's error for `text`, if it has one; build nothing."""
    loader = _Loader(text)
    try:
        source = EventSource(loader)
        if source.start():
            for _ in source.items(record=False):
                pass
            source.finish()
    finally:
        loader.dispose()


class _TooManyAliases(Exception):
    """Alias references expand to more nodes than MAX_ALIAS_NODES (a "billion laughs" file)."""

    def __init__(self, line: int) -> None:
        self.line = line
        super().__init__(f"aliases (*name) expand to more than {MAX_ALIAS_NODES:,} nodes")


def _syntax_problem(error: yaml.MarkedYAMLError, text: str) -> str:
    """PyYAML's problem, with a plain explanation for a tab where a token should start."""
    mark = error.problem_mark
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index < len(text) and text[index] == "\t":
        return _TAB_HINT
    return str(error.problem)


class _Builder:
    """Turns a document's items (see `yamlevents`) into YamlMap / YamlList / scalars."""

    def __init__(self, filename: str, problems: list[Problem], source: EventSource) -> None:
        self.filename = filename
        self.problems = problems
        self.source = source
        self.scalars = Scalars(filename, problems)
        self.built: set[int] = set()
        self.repeats = 0

    def build(self, item: Item, items: Iterator[Item]) -> Any:
        """The plain value of the node starting with `item`, with line information kept on containers.

        `items` yields the node's remaining items. A node reached again through
        an alias is built again (the checks need plain trees), so those repeats
        are counted against MAX_ALIAS_NODES.
        """
        if item[KIND] == ALIAS:
            items = self.source.replay(item[1])
            item = next(items)
        nid = item[NID]
        if nid is not None:  # only recorded (anchored) nodes can come round again
            if nid in self.built:
                self.repeats += 1
                if self.repeats > MAX_ALIAS_NODES:
                    raise _TooManyAliases(item[LINE])
            else:
                self.built.add(nid)
        kind = item[KIND]
        if kind == MAPPING:
            return self._mapping(item, items)
        if kind == SEQUENCE:
            return self._sequence(item, items)
        return self.scalars.value(item)

    def _sequence(self, start: Item, items: Iterator[Item]) -> YamlList:
        result = YamlList()
        result.line = start[LINE]
        result.item_lines, result.raw = [], []
        for item in items:
            if item is END:
                break
            node = self._target(item)
            result.append(self.build(item, items))
            result.item_lines.append(node[LINE])
            result.raw.append(node[VALUE] if node[KIND] == SCALAR else None)
        return result

    def _mapping(self, start: Item, items: Iterator[Item]) -> YamlMap:
        result = YamlMap()
        result.line = start[LINE]
        result.key_lines, result.raw = {}, {}
        for item in items:
            if item is END:
                break
            line = self._target(item)[LINE]
            key = self._key(item, items, result)
            if key is BAD_VALUE:  # reported (a duplicate too): its value is not built
                skip(next(items), items)
                continue
            value_item = next(items)
            node = self._target(value_item)
            result[key] = self.build(value_item, items)
            result.key_lines[key] = line
            result.raw[key] = node[VALUE] if node[KIND] == SCALAR else None
        return result

    def _key(self, item: Item, items: Iterator[Item], result: YamlMap) -> Any:
        """The text of a mapping key, or BAD_VALUE once its problem is reported."""
        node = self._target(item)
        if node[TAG] == _MERGE_TAG:
            message = "YAML merge keys (<<) are not supported"
        elif node[KIND] != SCALAR:
            message = "keys must be plain text, not lists or mappings"
        else:
            key = self.scalars.value(node)
            if key is BAD_VALUE:
                return key  # already reported
            if not isinstance(key, str):
                key = "null" if key is None else str(key)
            if key not in result:
                return sys.intern(key)  # one string for the thousands of equal keys
            message = f"duplicate key {key!r} (first at line {result.key_lines[key]})"
        self.problems.append(Problem(self.filename, node[LINE], message))
        skip(item, items)
        return BAD_VALUE

    def _target(self, item: Item) -> Item:
        """The node an item starts: an alias's anchored node, or the item itself."""
        return self.source.tape[item[1]] if item[KIND] == ALIAS else item
