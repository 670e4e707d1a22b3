"""The parser's event stream as compact node items, and scalars' values from them.

Composing a whole node tree before building values doubles the memory a large
file costs, so `yamlsource` builds values straight from these items, checked
as PyYAML's composer checks them. Only anchored subtrees are kept (on a
tape), because an `*alias` builds its anchored node again.

An item is a tuple: (SCALAR, node id, tag, line, value, mark),
(SEQUENCE or MAPPING, node id, tag, line), END, or (ALIAS, tape index of
the anchored node). The node id is the tape index for a recorded node and
None for the rest, which can never be reached a second time.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

import yaml

from hrpath.datafile.limits import MAX_NUMBER_CHARS
from hrpath.errors import Problem

SCALAR, SEQUENCE, MAPPING, ALIAS = 0, 1, 2, 3
KIND, NID, TAG, LINE, VALUE, MARK = range(6)
END: tuple[Any, ...] = (4,)

Item = tuple[Any, ...]

# Stands in for a scalar PyYAML could not construct; already reported, so the
# structural checks skip it instead of adding a second problem for one value.
BAD_VALUE = object()

# Messages as the composer in use words them: libyaml's leaves the anchor out.
_UNDEFINED = {True: "found undefined alias", False: "found undefined alias %r"}
_DUPLICATE = {
    True: "found duplicate anchor; first occurrence",
    False: "found duplicate anchor %r; first occurrence",
}
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_STR_TAG = "tag:yaml.org,2002:str"
_FAILED = object()  # a recorded scalar whose construction raised


class EventSource:
    """Reads one YAML document's events into items, raising the composer's errors.

    `start` reads up to the root node, `items` yields the root node's items
    and `finish` reads the rest of the stream, which must hold no second document.
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.tape: list[Item] = []
        self.anchors: dict[str, tuple[int, Any]] = {}  # name -> (tape index, start mark)
        self.root_mark: Any = None
        self._libyaml = not isinstance(loader, yaml.SafeLoader)
        self._line = 0

    def start(self) -> bool:
        """Read the stream's start; False when the stream holds no document."""
        self.loader.get_event()  # StreamStart
        if isinstance(self.loader.peek_event(), yaml.StreamEndEvent):
            return False
        self.loader.get_event()  # DocumentStart
        self.root_mark = self.loader.peek_event().start_mark
        return True

    def items(self, record: bool = True) -> Iterator[Item]:
        """The root node's items in document order, ending when the root node does.

        Events from the first anchor to the end of the anchored node are also
        appended to the tape (nested anchors share it), so aliases can replay
        them; without `record` only the composer's checks are made.
        """
        get_event, tape = self.loader.get_event, self.tape
        depth, recording_at = 0, -1  # the depth the open outermost anchored node started at
        while True:
            event = get_event()
            kind = type(event)
            if kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                item, depth = END, depth - 1
            elif kind is yaml.AliasEvent:
                item = (ALIAS, self._target(event))
            else:
                if event.anchor is not None:
                    self._define(event.anchor, event.start_mark)
                    recording_at = depth if record and recording_at < 0 else recording_at
                item = self._node_item(event, len(tape) if recording_at >= 0 else None)
                depth += kind is not yaml.ScalarEvent
            if recording_at >= 0:
                tape.append(item)
                recording_at = -1 if depth == recording_at else recording_at
            yield item
            if depth == 0:
                return

    def finish(self) -> None:
        """Read the document's end and the stream's; a second document is the composer's error."""
        self.loader.get_event()  # DocumentEnd
        event = self.loader.get_event()
        if not isinstance(event, yaml.StreamEndEvent):
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                self.root_mark,
                "but found another document",
                event.start_mark,
            )

    def replay(self, index: int) -> Iterator[Item]:
        """The recorded items from a tape index on (an anchored node's, then whatever followed).

        Reads the live tape, so a node aliased inside itself replays into itself
        as its composed node would recurse; the builder's limits stop that.
        """
        return map(self.tape.__getitem__, count(index))

    def _node_item(self, event: Any, nid: int | None) -> Item:
        tag, line = event.tag, event.start_mark.line + 1
        if line == self._line:
            line = self._line  # one int object for the nodes of a line, not one each
        else:
            self._line = line
        if type(event) is yaml.ScalarEvent:
            if tag is None or tag == "!":
                tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            return (SCALAR, nid, tag, line, event.value, event.start_mark)
        node_kind = yaml.SequenceNode if type(event) is yaml.SequenceStartEvent else yaml.MappingNode
        if tag is None or tag == "!":
            tag = self.loader.resolve(node_kind, None, event.implicit)
        return (SEQUENCE if node_kind is yaml.SequenceNode else MAPPING, nid, tag, line)

    def _define(self, anchor: str, mark: Any) -> None:
        if anchor in self.anchors:
            message = _DUPLICATE[self._libyaml]
            first = self.anchors[anchor][1]
            raise yaml.composer.ComposerError(
                message if self._libyaml else message % anchor, first, "second occurrence", mark
            )
        self.anchors[anchor] = (len(self.tape), mark)

    def _target(self, event: Any) -> int:
        target = self.anchors.get(event.anchor)
        if target is None:
            message = _UNDEFINED[self._libyaml]
            problem = message if self._libyaml else message % event.anchor
            raise yaml.composer.ComposerError(None, None, problem, event.start_mark)
        return target[0]


def skip(item: Item, items: Iterator[Item]) -> None:
    """Read past the node starting with `item` without building it."""
    if item[KIND] != SEQUENCE and item[KIND] != MAPPING:
        return  # a scalar or an alias is one item
    depth = 1
    for next_item in items:
        if next_item is END:
            depth -= 1
            if depth == 0:
                return
        elif next_item[KIND] == SEQUENCE or next_item[KIND] == MAPPING:
            depth += 1


class Scalars:
    """Scalar items' values as PyYAML's SafeConstructor makes them; BAD_VALUE once reported."""

    def __init__(self, filename: str, problems: list[Problem]) -> None:
        self.filename = filename
        self.problems = problems
        self.constructor = yaml.constructor.SafeConstructor()
        self.constructed: dict[int, Any] = {}  # recorded scalars, as PyYAML caches by node

    def value(self, item: Item) -> Any:
        """The value of a scalar item, or BAD_VALUE with its problem reported."""
        tag, value, nid = item[TAG], item[VALUE], item[NID]
        if tag in _NUMBER_TAGS and len(value) > MAX_NUMBER_CHARS:
            # int() of thousands of digits is slow or refused; no real value is that long.
            message = f"number too long ({len(value):,} characters; at most {MAX_NUMBER_CHARS})"
            self.problems.append(Problem(self.filename, item[LINE], message))
            return BAD_VALUE
        if nid is not None and nid in self.constructed:
            data = self.constructed[nid]
            if data is _FAILED:  # PyYAML's own answer for a node that failed before
                self._bad_value(item, "found unconstructable recursive node")
                return BAD_VALUE
            return data
        try:
            data = self._construct(tag, value, item[MARK])
        except Exception as error:
            # PyYAML's constructors raise ValueError, KeyError and more for
            # values such as `2024-02-30` or `!!int abc`, not only YAMLError.
            self._bad_value(item, one_line(error))
            data = _FAILED
        if nid is not None:
            self.constructed[nid] = data
        return BAD_VALUE if data is _FAILED else data

    def _construct(self, tag: str, value: str, mark: Any) -> Any:
        """PyYAML's value for a scalar, without keeping its node as PyYAML's constructor does."""
        if tag == _STR_TAG:
            return value  # what construct_yaml_str returns, without a node
        node = yaml.ScalarNode(tag, value, mark, mark)
        constructor = self.constructor
        try:
            return constructor.construct_object(node, deep=True)
        finally:
            constructor.constructed_objects.pop(node, None)
            constructor.recursive_objects.pop(node, None)

    def _bad_value(self, item: Item, reason: str) -> None:
        self.problems.append(Problem(self.filename, item[LINE], f"bad value {item[VALUE]!r}: {reason}"))


def one_line(error: Exception) -> str:
    """An exception's message without PyYAML's multi-line position notes."""
    problem = getattr(error, "problem", None)
    text = str(problem) if problem else (str(error) or type(error).__name__)
    return " ".join(text.split())
