"""Reading YAML: text in, plain Python data plus the line and column of every node out.

Anchors and aliases, duplicate keys, tags and deep nesting are refused here, so later stages see
only plain mappings, lists and scalars, and every problem can point at its node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml as libyaml
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent
from ruamel.yaml.nodes import Node, ScalarNode

from generator.problem import Problem

MAX_DEPTH = 40
"""Deepest nesting a fact sheet may have; real ones stay under 6."""
FAST_NESTING_LIMIT = 2000
"""Texts that may nest deeper are composed by the pure parser (libyaml recurses in C)."""

Path = tuple[str | int, ...]

_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_TAGS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a YAML document stands in its file."""

    file: str
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the node at `path`, or of its nearest known parent."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def problem(self, path: Path, message: str, *, key: bool = False, severity="error") -> Problem:
        line, column = self.locate(path, key=key)
        return Problem(self.file, message, line, column, severity)


class YamlRefused(Exception):
    """The YAML text cannot be turned into data; carries the problem to report."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def load_yaml(text: str, file: str) -> tuple[Any, SourceMap]:
    """Parse `text` (named `file` in messages) into plain data and its source map."""
    source_map = SourceMap(file)
    if "\t" in _indentation(text):
        line = _first_tab_line(text)
        raise YamlRefused(
            Problem(file, "a tab is used for indentation; indent with spaces", line, 1)
        )
    _check_characters(text, file)
    try:
        _check_events(text, file)
        node = _compose(text)
    except (MarkedYAMLError, libyaml.MarkedYAMLError) as error:
        raise YamlRefused(_syntax_problem(file, error)) from None
    except (YAMLError, libyaml.YAMLError) as error:
        raise YamlRefused(Problem(file, f"not valid YAML: {error}; fix the syntax")) from None
    except RecursionError:
        raise YamlRefused(
            Problem(file, f"nested too deeply; a fact sheet nests at most {MAX_DEPTH} levels")
        ) from None
    if node is None:
        return None, source_map
    data = _Converter(source_map).convert(node, ())
    return data, source_map


def _compose(text: str) -> Node | None:
    """The node tree of `text`. libyaml (PyYAML's C loader) composes about three times faster
    than ruamel's parsers; it runs only when the text cannot nest deep enough to exhaust its C
    stack, and any error is reported by the pure parser, so messages never depend on which ran."""
    fast = getattr(libyaml, "CSafeLoader", None)
    if fast is not None and _nesting_bound(text) <= FAST_NESTING_LIMIT:
        try:
            return libyaml.compose(text, Loader=fast)
        except libyaml.YAMLError:
            pass
    return YAML(typ="safe", pure=True).compose(text)


def _nesting_bound(text: str) -> int:
    """More than the deepest nesting `text` can have: every bracket, plus the longest line (a
    block node nested in another always starts in a later column, as in `- - - x`)."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    return text.count("[") + text.count("{") + longest + 1


def _check_characters(text: str, file: str) -> None:
    """Refuse a character YAML does not allow (a control character), at its line and column."""
    found = _NOT_YAML_CHARACTER.search(text)
    if found is None:
        return
    position = found.start()
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    raise YamlRefused(
        Problem(
            file,
            f"the character U+{ord(found.group()):04X} is not allowed in YAML; delete it or "
            "write it as an escape (\\u....) inside double quotes",
            line,
            column,
        )
    )


_NOT_YAML_CHARACTER = re.compile(
    "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _check_events(text: str, file: str, *, fast: bool = True) -> None:
    """Refuse aliases where they are used and nesting where it gets too deep, before composing.

    Composing expands neither, but it recurses once per level and would hide where an alias is.
    The events come from libyaml when it is there (its parser keeps no call stack per level).
    """
    loader = getattr(libyaml, "CSafeLoader", None) if fast else None
    parser = YAML(typ="safe", pure=True)
    depth = 0
    try:
        for event in libyaml.parse(text, Loader=loader) if loader else parser.parse(text):
            if isinstance(event, _ALIAS_EVENTS):
                raise YamlRefused(_refusal(file, event.start_mark, _ALIAS_MESSAGE))
            if isinstance(event, _START_EVENTS):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlRefused(_refusal(file, event.start_mark, _DEPTH_MESSAGE))
            elif isinstance(event, _END_EVENTS):
                depth -= 1
    except libyaml.MarkedYAMLError as error:
        if loader and "nesting depth" in str(error.problem):
            # libyaml's scanner has a depth limit of its own; find where ours is passed.
            _check_events(text, file, fast=False)
        elif loader is None:
            raise
        # Otherwise a syntax error: composing reports it, in the pure parser's words.


_HALF_CHARACTER_MESSAGE = (
    "a \\u escape here is half of a character (\\ud800 to \\udfff); write the character "
    "itself, or its full code as \\U0001F600"
)
_ALIAS_EVENTS = (AliasEvent, libyaml.AliasEvent)
_START_EVENTS = (CollectionStartEvent, libyaml.CollectionStartEvent)
_END_EVENTS = (CollectionEndEvent, libyaml.CollectionEndEvent)
_ALIAS_MESSAGE = "anchors and aliases (&name, *name) are not supported; write the value out"
_DEPTH_MESSAGE = f"nested too deeply; a fact sheet nests at most {MAX_DEPTH} levels"


def _refusal(file: str, mark, message: str) -> Problem:
    return Problem(file, message, mark.line + 1, mark.column + 1)


def _indentation(text: str) -> str:
    return "".join(line[: len(line) - len(line.lstrip(" \t"))] for line in text.splitlines())


def _first_tab_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
            return number
    return 1


def _syntax_problem(file: str, error: MarkedYAMLError | libyaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = " ".join(part for part in (error.context, error.problem) if part)
    if "'\\t'" in what:
        message = "a tab is not allowed here; use spaces"
    elif "invalid Unicode character escape code" in what:
        message = _HALF_CHARACTER_MESSAGE
    elif "mapping values are not allowed" in what:
        message = (
            "a `: ` here would start a new field; put text that holds `: ` in quotes, "
            "or fix the indentation"
        )
    elif "found another document" in what:
        message = "a second YAML document starts here; a fact sheet is one document: remove `---`"
    else:
        message = f"not valid YAML: {what}; check quoting, colons and indentation near here"
        start = error.context_mark
        if start is not None and mark is not None and start.line != mark.line:
            message += f" and where it began, at line {start.line + 1}, column {start.column + 1}"
    if mark is None:
        return Problem(file, message)
    return Problem(file, message, mark.line + 1, mark.column + 1)


class _Converter:
    """Turns a composed node tree into plain data, recording positions as it goes."""

    def __init__(self, source_map: SourceMap):
        self.source_map = source_map
        self.seen: set[int] = set()

    def convert(self, node: Node, path: Path) -> Any:
        self._enter(node, path)
        if node.id == "mapping":
            return self._mapping(node, path)
        if node.id == "sequence":
            return [self.convert(item, (*path, index)) for index, item in enumerate(node.value)]
        return _scalar(node, self.source_map.file)

    def _enter(self, node: Node, path: Path) -> None:
        mark = node.start_mark
        position = (mark.line + 1, mark.column + 1)
        if id(node) in self.seen:
            raise YamlRefused(Problem(self.source_map.file, _ALIAS_MESSAGE, *position))
        self.seen.add(id(node))
        if len(path) > MAX_DEPTH:
            raise YamlRefused(Problem(self.source_map.file, _DEPTH_MESSAGE, *position))
        tag = str(node.tag)
        if tag.removeprefix("tag:yaml.org,2002:") not in _PLAIN_TAGS:
            raise YamlRefused(
                Problem(
                    self.source_map.file,
                    f"the tag {tag} is not supported; remove it",
                    *position,
                )
            )
        self.source_map.values[path] = position

    def _mapping(self, node: Node, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.id != "scalar":
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise YamlRefused(
                    Problem(
                        self.source_map.file,
                        "a key must be a plain word, not a list or mapping; write `name: value`",
                        line,
                        column,
                    )
                )
            key = str(key_node.value)
            key_position = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key == "<<":
                raise YamlRefused(
                    Problem(
                        self.source_map.file,
                        "merge keys (<<) are not supported; write the fields out",
                        *key_position,
                    )
                )
            if key in result:
                first = self.source_map.keys[(*path, key)]
                raise YamlRefused(
                    Problem(
                        self.source_map.file,
                        f"duplicate key '{key}' (first at line {first[0]}); keep one of them",
                        *key_position,
                    )
                )
            self.source_map.keys[(*path, key)] = key_position
            result[key] = self.convert(value_node, (*path, key))
        return result


def _scalar(node: ScalarNode, file: str) -> Any:
    value = _whole_characters(node, file)
    tag = str(node.tag)
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        if value in _TRUES:
            return True
        if value in _FALSES:
            return False
    if tag.endswith(":int"):
        try:
            return int(value.replace("_", ""), 0) if not value.isdigit() else int(value)
        except ValueError:
            return value
    if tag.endswith(":float"):
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value


def _whole_characters(node: ScalarNode, file: str) -> str:
    """The scalar's text with `\\ud83d\\ude00`-style escape pairs joined into one character."""
    value = str(node.value)
    if _SURROGATE.search(value) is None:
        return value
    try:
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise YamlRefused(
            Problem(
                file,
                _HALF_CHARACTER_MESSAGE,
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            )
        ) from None
