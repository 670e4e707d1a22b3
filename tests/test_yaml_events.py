"""parse_yaml builds values from the parser's events: the same answers as composing a tree first.

`_composed` below is the way values were built before (PyYAML composes the
whole node tree, then it is walked); it is the reference every answer here is
compared with, beside plain `yaml.load` values and lines written out by hand.
"""

from __future__ import annotations

import math
import re
import tracemalloc
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrpath.datafile import yamlsource
from hrpath.datafile.limits import MAX_ALIAS_NODES, MAX_NUMBER_CHARS
from hrpath.datafile.yamlevents import END, EventSource
from hrpath.datafile.yamlsource import BAD_VALUE, YamlList, YamlMap, parse_yaml
from hrpath.errors import Problem

C_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LOADERS = sorted({C_LOADER, yaml.SafeLoader}, key=lambda loader: loader.__name__)

# --- the reference: compose the tree, then walk it ---------------------------------


def _composed(text: str, loader: Any = C_LOADER) -> tuple[Any, list[Problem]]:
    """What parse_yaml answered when it composed the node tree first."""
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem("f", line, f"YAML syntax error: {yamlsource._syntax_problem(error, text)}")]
    except yaml.YAMLError as error:
        return None, [Problem("f", None, f"YAML error: {_one_line(error)}")]
    if node is None:
        return None, []
    walker = _Walker()
    try:
        return walker.build(node), walker.problems
    except _Expanded as error:
        return None, [
            Problem("f", error.line, f"aliases (*name) expand to more than {MAX_ALIAS_NODES:,} nodes")
        ]
    except RecursionError:
        return None, [Problem("f", None, "the YAML is nested too deeply")]


class _Expanded(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Walker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.constructor = yaml.constructor.SafeConstructor()
        self.built: set[int] = set()
        self.repeats = 0

    def build(self, node: Any) -> Any:
        if id(node) in self.built:
            self.repeats += 1
            if self.repeats > MAX_ALIAS_NODES:
                raise _Expanded(node.start_mark.line + 1)
        else:
            self.built.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node)
        if isinstance(node, yaml.SequenceNode):
            items = YamlList(self.build(child) for child in node.value)
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            items.raw = [_text(child) for child in node.value]
            return items
        return self.scalar(node)

    def scalar(self, node: Any) -> Any:
        line = node.start_mark.line + 1
        if (
            node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
            and len(node.value) > MAX_NUMBER_CHARS
        ):
            message = f"number too long ({len(node.value):,} characters; at most {MAX_NUMBER_CHARS})"
            self.problems.append(Problem("f", line, message))
            return BAD_VALUE
        try:
            return self.constructor.construct_object(node, deep=True)
        except Exception as error:
            self.problems.append(Problem("f", line, f"bad value {node.value!r}: {_one_line(error)}"))
            return BAD_VALUE

    def mapping(self, node: Any) -> YamlMap:
        result = YamlMap()
        result.line = node.start_mark.line + 1
        result.key_lines, result.raw = {}, {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(Problem("f", line, "YAML merge keys (<<) are not supported"))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(Problem("f", line, "keys must be plain text, not lists or mappings"))
                continue
            key = self.scalar(key_node)
            if key is BAD_VALUE:
                continue
            if not isinstance(key, str):
                key = "null" if key is None else str(key)
            if key in result:
                message = f"duplicate key {key!r} (first at line {result.key_lines[key]})"
                self.problems.append(Problem("f", line, message))
                continue
            result[key] = self.build(value_node)
            result.key_lines[key] = line
            result.raw[key] = _text(value_node)
        return result


def _text(node: Any) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def _one_line(error: Exception) -> str:
    problem = getattr(error, "problem", None)
    return " ".join((str(problem) if problem else (str(error) or type(error).__name__)).split())


# --- comparing answers -------------------------------------------------------------


def shape(value: Any) -> Any:
    """Everything parse_yaml tells about a value: types, lines and raw texts included."""
    if isinstance(value, YamlMap):
        items = [(key, shape(item)) for key, item in value.items()]
        return ("map", value.line, items, list(value.key_lines.items()), list(value.raw.items()))
    if isinstance(value, YamlList):
        return ("list", value.line, [shape(item) for item in value], value.item_lines, value.raw)
    if value is BAD_VALUE:
        return "BAD_VALUE"
    return (type(value).__name__, repr(value))  # repr: nan equals nan, 1 differs from True


def assert_same(text: str, loader: Any = C_LOADER) -> tuple[Any, list[Problem]]:
    """parse_yaml answers as composing did; returns that answer."""
    value, problems = parse_yaml(text, "f")
    expected_value, expected_problems = _composed(text, loader)
    assert problems == expected_problems
    assert shape(value) == shape(expected_value)
    return value, problems


def plain(value: Any) -> Any:
    """A value without its line information, as yaml.load returns it."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


# --- values, lines and raw texts ---------------------------------------------------

RICH = """\
# a comment before anything
title: Plain text   # a comment after a value
quoted: "yes"
single: 'it''s'
booleans: [yes, No, on, off, true, FALSE]
nothing: ~
empty:
numbers: {hex: 0x1F, octal: 0o17, old_octal: 017, sexagesimal: 1:30, float: 1.5e3, inf: -.inf, under: 1_000}
strings: [!!str 12, !!float 3, "0x1F", +12, 1e3, .5]
dates: {day: 2024-02-29, moment: 2001-12-14t21:59:43.10-05:00}
literal: |
  line one
    indented two
folded: >-
  folded
  together

plain_multi: first
  second
flow: {a: [1, {b: c}], d: []}
nested:
  - - deep
    - {x: 1}
  - key: value
    other: [ ]
binary: !!binary aGVsbG8=
unicode: "caf\\u00e9 ☕"
1: int key
3.5: float key
null: null key
"""


def test_plain_values_match_yaml_load() -> None:
    value, problems = assert_same(RICH)
    assert problems == []
    loaded = yaml.load(RICH, Loader=yaml.SafeLoader)
    assert plain(value) == {("null" if key is None else str(key)): item for key, item in loaded.items()}


def test_keys_that_are_not_text_become_text() -> None:
    value, problems = assert_same("1: a\ntrue: b\n~: c\n2024-01-02: d\n0x10: e\n")
    assert problems == [] and list(value) == ["1", "True", "null", "2024-01-02", "16"]


def test_lines_of_maps_keys_and_items() -> None:
    value, _ = assert_same(RICH)
    assert value.line == 2
    assert value.key_lines["title"] == 2 and value.key_lines["numbers"] == 8
    assert value["numbers"].line == 8 and value["numbers"].key_lines["float"] == 8
    nested = value["nested"]
    assert (nested.line, nested.item_lines) == (22, [22, 24])
    assert (nested[0].line, nested[0].item_lines) == (22, [22, 23])
    assert (nested[1].line, nested[1].key_lines) == (24, {"key": 24, "other": 25})
    assert value.key_lines["plain_multi"] == 18 and value.key_lines["1"] == 28


def test_raw_texts_keep_the_source_scalar() -> None:
    value, _ = assert_same(RICH)
    assert value.raw["literal"] == "line one\n  indented two\n"
    assert value.raw["folded"] == "folded together"
    assert value.raw["plain_multi"] == "first second"
    assert value.raw["quoted"] == "yes" and value["quoted"] == "yes"
    assert value["booleans"].raw == ["yes", "No", "on", "off", "true", "FALSE"]
    assert value["booleans"] == [True, False, True, False, True, False]
    assert value["numbers"].raw["sexagesimal"] == "1:30" and value["numbers"]["sexagesimal"] == 90
    assert value.raw["nested"] is None and value["flow"].raw == {"a": None, "d": None}


def test_aliases_give_the_anchored_value_with_its_lines() -> None:
    text = "base: &b\n  x: 1\n  y: [a, b]\nitems:\n  - &s text\n  - *b\n  - *s\ncopy: *b\nkeyed:\n  *s : 2\n"
    value, problems = assert_same(text)
    assert problems == []
    assert value["copy"] == value["base"] == {"x": 1, "y": ["a", "b"]}
    assert value["copy"] is not value["base"] and value["copy"]["y"] is not value["base"]["y"]
    assert value["items"] == ["text", {"x": 1, "y": ["a", "b"]}, "text"]
    assert value["items"].item_lines == [5, 1, 5]  # an alias item is where its anchor is
    assert value["items"].raw == ["text", None, "text"]
    assert value["copy"].line == 1 and value["copy"]["y"].line == 3
    assert value.key_lines["copy"] == 8 and value["keyed"] == {"text": 2}
    assert value["keyed"].key_lines == {"text": 5}


@pytest.mark.parametrize(
    "text",
    [
        "a: &x {k: 1, k: 2}\nb: *x\nc: [*x]\n",  # problems inside an anchor come again per alias
        "a: &x 2024-02-30\nb: *x\nc: [*x, *x]\n",  # PyYAML's "unconstructable recursive node" the 2nd time
        "a: &x 0x" + "f" * 80 + "\nb: *x\n",
        "<<: &m {a: 1}\nb: *m\n",  # merge refused; its anchored value still built once
        "? &k [1, 2]\n: v\nx: *k\ny: *k\n",  # a list key refused; built when aliased
        "a: &k b\n*k : c\nd: {*k : e, *k : f}\n",  # an alias as a key, duplicated
        "&r [1, 2, *r]",  # a list inside itself
        "&r {a: *r}",
        "&r [" + ", ".join(["x"] * 40) + ", *r]",  # wide enough to pass the alias bound first
        "a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b, &a 9, *a]\n",
    ],
)
def test_aliases_behave_as_composed(text: str) -> None:
    assert_same(text)


def test_an_alias_limit_at_the_boundary() -> None:
    node = "&a [" + ", ".join(["x"] * 99) + "]"  # 100 nodes built again per alias
    just = f"a: {node}\nb: [" + ", ".join(["*a"] * (MAX_ALIAS_NODES // 100)) + "]\n"
    value, problems = assert_same(just)
    assert problems == [] and len(value["b"]) == MAX_ALIAS_NODES // 100
    over = just.replace("b: [", "b: [*a, ")
    assert assert_same(over) == (None, [Problem("f", 1, "aliases (*name) expand to more than 10,000 nodes")])


def test_an_alias_bomb_names_the_line_of_the_node_past_the_limit() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    value, problems = assert_same("\n".join([*lines, "roles: *a8"]))
    assert value is None and problems == [Problem("f", 1, "aliases (*name) expand to more than 10,000 nodes")]


def test_nested_duplicate_keys_keep_the_first() -> None:
    text = "a:\n  b:\n    c: 1\n    c: 2\n  b: 3\n  d: {e: 1, e: 2}\na: 4\n"
    value, problems = assert_same(text)
    assert plain(value) == {"a": {"b": {"c": 1}, "d": {"e": 1}}}
    assert [(p.line, p.message) for p in problems] == [
        (4, "duplicate key 'c' (first at line 3)"),
        (5, "duplicate key 'b' (first at line 2)"),
        (6, "duplicate key 'e' (first at line 6)"),
        (7, "duplicate key 'a' (first at line 1)"),
    ]


def test_tags_and_bad_scalars() -> None:
    text = "a: !!int abc\nb: !!map x\nc: !foo y\nd: !!set {a, b}\ne: !!str 0x10\nf: ! 12\ng: !!omap [a: 1]\n"
    value, problems = assert_same(text)
    assert value["a"] is BAD_VALUE and value["b"] is BAD_VALUE and value["c"] is BAD_VALUE
    assert value["e"] == "0x10" and value["f"] == 12  # PyYAML resolves `! 12` as if untagged
    assert value["d"] == {"a": None, "b": None} and value["g"] == [{"a": 1}]  # collections keep their shape
    assert [p.line for p in problems] == [1, 2, 3]
    assert problems[2].message == "bad value 'y': could not determine a constructor for the tag '!foo'"


@pytest.mark.parametrize("value", ["0x" + "f" * 70, "9" * 65, ":".join(["1"] * 40), "1" * 70 + ".5"])
def test_huge_numbers_are_refused_as_values_and_keys(value: str) -> None:
    _, problems = assert_same(f"a: {value}\n? {value}\n: 1\nb: [{value}]\n")
    assert [p.line for p in problems] == [1, 2, 4]
    assert all(p.message.startswith("number too long (") for p in problems)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n", "--- \n...\n", "\n\n", "~", "--- # c\n"])
def test_empty_documents(text: str) -> None:
    assert assert_same(text) == (None, [])


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: 1\n---\nb: 2\n", 2, "but found another document"),
        ("a: {k: 1, k: 2}\n--- x\n", 2, "but found another document"),  # outranks the duplicate
        ("a: *nope\n", 1, "found undefined alias"),
        ("a: &x 1\nb: &x 2\n", 2, "second occurrence"),
        ("a: [1, 2\nb: 3\n", 2, "did not find expected ',' or ']'"),
        ("a:\n\t- b\n", 2, "a tab character; YAML indents with spaces only"),
        ("a: &r [1, *r]\nb: [\n", 3, "did not find expected node content"),  # outranks the recursion
    ],
)
def test_syntax_errors_outrank_what_building_found(text: str, line: int, message: str) -> None:
    value, problems = assert_same(text)
    assert value is None and problems == [Problem("f", line, f"YAML syntax error: {message}")]


def test_a_syntax_error_after_an_alias_bomb_outranks_it() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    value, problems = assert_same("\n".join([*lines, "roles: *a8", "late: [", ""]))
    assert value is None and problems[0].line == 12 and "YAML syntax error" in problems[0].message


def test_a_reader_error_is_a_yaml_error() -> None:
    value, problems = assert_same("a: b\x07\n")
    assert value is None and problems[0].message.startswith("YAML")


def test_pure_python_loader_answers_in_its_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsource, "_Loader", yaml.SafeLoader)
    for text in ("a: *nope\n", "a: &x 1\nb: &x 2\n", "a: 1\n--- 2\n", RICH, "a: &x {b: 1}\nc: *x\n"):
        assert_same(text, yaml.SafeLoader)
    assert parse_yaml("a: *nope\n", "f")[1][0].message == "YAML syntax error: found undefined alias 'nope'"


# --- no node tree ------------------------------------------------------------------


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a node tree was composed")


def test_no_node_tree_is_composed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml, "compose", _refuse)
    for loader in LOADERS:
        monkeypatch.setattr(loader, "get_single_node", _refuse)
        monkeypatch.setattr(loader, "compose_document", _refuse, raising=False)
    value, problems = parse_yaml(RICH + "copy: &c [1]\nagain: *c\n", "f")
    assert problems == [] and value["again"] == [1]


def test_only_anchored_nodes_are_kept_for_aliases() -> None:
    source = EventSource(C_LOADER("a: [1, 2]\nb: &x {c: [3]}\nd: *x\ne: 4\n"))
    assert source.start()
    items = list(source.items())
    source.finish()
    assert len(items) == 18
    assert source.tape == items[7:13]  # {c: [3]} from its mapping start to its end
    assert [item[1] for item in items[7:11]] == [0, 1, 2, 3]  # node ids: tape indexes
    assert items[11] is items[12] is END
    assert {item[1] for item in items[:7] if item is not END} == {None}  # never reached again: no id
    assert items[14] == (3, 0)  # *x: the tape index of its anchored node


def _generated(count: int) -> str:
    role = "  - id: r{0}\n    title: Role {0}\n    duties: [One {0}, Two {0}]\n    next:\n      - {{to: r{1}, years: 1}}\n"
    return "roles:\n" + "".join(role.format(index, index + 1) for index in range(count))


def test_parsing_costs_less_memory_than_the_node_tree() -> None:
    text = _generated(1_000)
    peaks = []
    for parse in (lambda: parse_yaml(text, "f"), lambda: yaml.compose(text, Loader=C_LOADER)):
        tracemalloc.start()
        result = parse()
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del result
    assert peaks[0] < peaks[1] * 0.8, peaks  # the tree alone costs more than every value built


# --- random documents --------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "a: ",
        "b: ",
        "- ",
        "  ",
        "\n",
        "\n  ",
        "&a ",
        "&b ",
        "*a ",
        "*b ",
        "*a",
        "? ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "x",
        "1",
        "0x1f",
        "1:2",
        "2024-02-30",
        "2024-02-28",
        "~",
        "yes",
        ".nan",
        "!!int ",
        "!!str ",
        "!!map ",
        "!foo ",
        "! ",
        "<<: ",
        "|\n  t\n",
        "'q'",
        '"d"',
        "# c\n",
        "---\n",
        "...\n",
        "9" * 70,
    ]
)


def _assert_answers_as_composed(text: str, loader: Any) -> None:
    """The event builder gives the old composer's problems and value shape for `text`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlsource, "_Loader", loader)
        value, problems = parse_yaml(text, "f")
    expected_value, expected_problems = _composed(text, loader)
    assert problems == expected_problems
    assert shape(value) == shape(expected_value)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=30), loader=st.sampled_from(LOADERS))
def test_random_documents_answer_as_composed(pieces: list[str], loader: Any) -> None:
    text = "".join(pieces)
    _assert_answers_as_composed(text, loader)


ANCHORS = st.sampled_from(["", "", "", "&a ", "&b "])
SCALARS = st.sampled_from(
    ["x", "1", "0x1f", "2024-02-30", "~", "yes", ".nan", "!!int z", "!foo y", "'q'", "<<"]
)
KEYS = st.sampled_from(["k", "j", "1", "~", "<<", "*a", "&b k", "!!str 1", "[k]", "9" * 70])


def _flow_list(anchor: str, items: list[str]) -> str:
    return anchor + "[" + ", ".join(items) + "]"


def _flow_map(anchor: str, pairs: list[tuple[str, str]]) -> str:
    return anchor + "{" + ", ".join(f"? {key} : {value}" for key, value in pairs) + "}"


NODES = st.recursive(
    st.one_of(st.builds(str.__add__, ANCHORS, SCALARS), st.sampled_from(["*a", "*b"])),
    lambda children: st.one_of(
        st.builds(_flow_list, ANCHORS, st.lists(children, max_size=4)),
        st.builds(_flow_map, ANCHORS, st.lists(st.tuples(st.one_of(KEYS, children), children), max_size=4)),
    ),
    max_leaves=30,
)


def _numbered(text: str) -> str:
    """Each anchor a name of its own; `*a` the latest anchor so far, `*b` the one before."""
    count = 0

    def rename(match: re.Match[str]) -> str:
        nonlocal count
        if match[0].startswith("&"):
            count += 1
            return f"&n{count}"
        return f"*n{max(count - (match[1] == 'b'), 1)}"

    return re.sub(r"[&*]([ab])", rename, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    node=NODES, tail=st.sampled_from(["", "", "\n---\n1", "\n[", "\n# end"]), loader=st.sampled_from(LOADERS)
)
def test_random_nodes_with_anchors_answer_as_composed(node: str, tail: str, loader: Any) -> None:
    text = _numbered("doc: " + node + "\nagain: [*a, *b]" + tail)
    _assert_answers_as_composed(text, loader)


def test_shape_tells_nan_and_types_apart() -> None:
    assert shape(math.nan) == shape(float("nan")) and shape(1) != shape(True)
