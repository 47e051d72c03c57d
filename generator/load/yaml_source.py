"""Reading YAML: text in, plain Python data plus the line and column of every node out.

Anchors and aliases, duplicate keys, tags and deep nesting are refused here, so later stages see
only plain mappings, lists and scalars, and every problem can point at its node.

Longer than most modules (about 300 lines) because it is one reader: refusing, typing and
placing each node happen in the same pass over the parser's events, for both parsers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import yaml as libyaml
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.model.problem import Problem
from generator.model.source_map import SourceMap

MAX_DEPTH = 40
"""Deepest nesting a fact sheet may have; real ones stay under 6."""

_PLAIN_TAGS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}


class YamlRefused(Exception):
    """The YAML text cannot be turned into data; carries the problem to report."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def load_yaml(text: str, file: str) -> tuple[Any, SourceMap]:
    """Parse `text` (named `file` in messages) into plain data and its source map."""
    tab = _TAB_IN_INDENTATION.search(text) if "\t" in text else None
    if tab is not None:
        line = text.count("\n", 0, tab.start()) + 1
        raise YamlRefused(
            Problem(file, "a tab is used for indentation; indent with spaces", line, 1)
        )
    if _FAST_LOADER is not None:
        try:
            with _libyaml_events(text) as events:
                return _Reader(file).read(events)
        except (libyaml.YAMLError, UnicodeEncodeError):
            pass  # worded below by the pure parser, so messages never depend on which one ran
        except YamlRefused:
            # libyaml reads ahead in chunks: a character it would refuse may lie past the point
            # where the reader refused something else, and comes first, as with the pure parser.
            _check_characters(text, file)
            raise
    # libyaml refuses the same characters, so a text it read whole needs no looking through.
    _check_characters(text, file)
    try:
        return _Reader(file).read(YAML(typ="safe", pure=True).parse(text))
    except MarkedYAMLError as error:
        raise YamlRefused(_syntax_problem(file, error)) from None
    except YAMLError as error:
        raise YamlRefused(Problem(file, f"not valid YAML: {error}; fix the syntax")) from None


_FAST_LOADER = getattr(libyaml, "CSafeLoader", None)
"""A speed trick that earns its place: `benchmarks/speed_tricks.py` measured a full generation of
100 stories at 0.7-0.9 s with libyaml and 3.7-5.5 s with the pure parser alone, 19-40 % of a
full `explainer build` of those stories. The pure parser still words every syntax error, so the
messages never depend on which parser read the file."""


@contextmanager
def _libyaml_events(text: str) -> Iterator[Iterator[Any]]:
    """The events of `text` from libyaml, PyYAML's C parser: several times faster than the pure
    parser, and like it, it keeps no call stack per level of nesting."""
    parser = _FAST_LOADER(text)
    try:
        yield iter(parser.get_event, None)  # None once the stream has ended
    finally:
        parser.dispose()


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


_HALF_CHARACTER_MESSAGE = (
    "a \\u escape here is half of a character (\\ud800 to \\udfff); write the character "
    "itself, or its full code as \\U0001F600"
)
_ALIAS_MESSAGE = "anchors and aliases (&name, *name) are not supported; write the value out"
_DEPTH_MESSAGE = f"nested too deeply; a fact sheet nests at most {MAX_DEPTH} levels"


_TAB_IN_INDENTATION = re.compile(r"^ *\t", re.MULTILINE)


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
    else:
        message = f"not valid YAML: {what}; check quoting, colons and indentation near here"
        start = error.context_mark
        if start is not None and mark is not None and start.line != mark.line:
            message += f" and where it began, at line {start.line + 1}, column {start.column + 1}"
    if mark is None:
        return Problem(file, message)
    return Problem(file, message, mark.line + 1, mark.column + 1)


class _Reader:
    """Builds plain data from a stream of YAML events in one pass, keeping the start mark of each
    value and key, and refusing what a fact sheet may not hold where it is written."""

    def __init__(self, file: str):
        self.file = file

    def read(self, events: Iterable[Any]) -> tuple[Any, SourceMap]:
        document: list[Any] = []
        marks: list[Any] = []
        keep = marks.append
        # The collection being filled and, in a mapping, the key waiting for its value (None
        # while a key is awaited); then the outer ones, each with the key or index that holds the
        # inner one. Scalars, most of the events, take the first branch.
        items: dict | list = document
        in_mapping = False
        key: Any = None
        outer: list[tuple[dict | list, Any]] = []
        resolved: dict[str, Any] = {}  # plain scalars already typed: numbers and flags recur
        documents = 0
        for event in events:
            kind = event.__class__.__name__
            if kind == "ScalarEvent":
                mark = event.start_mark
                if in_mapping and key is None:
                    key = event.value
                    if key in items or key == "<<":
                        raise YamlRefused(self._key_problem(key, document, marks, outer, mark))
                    keep(mark)
                    continue
                tag = event.tag
                if tag is None:
                    value = event.value
                    if event.implicit[0] and value[:1] in _IMPLICIT_TAGS:
                        typed = resolved.get(value, _UNSEEN)
                        if typed is _UNSEEN:
                            typed = resolved[value] = _resolved(value, _IMPLICIT_TAGS[value[:1]])
                        value = typed
                    elif event.style == '"' and not value.isprintable():
                        value = _whole_characters(event, self.file)
                else:
                    self._check_tag(tag, mark)
                    value = _tagged_value(event, self.file)
                keep(mark)
                if in_mapping:
                    items[key] = value
                    key = None
                else:
                    items.append(value)
            elif kind == "MappingStartEvent" or kind == "SequenceStartEvent":
                mark = event.start_mark
                if in_mapping and key is None:
                    raise YamlRefused(self._problem(event, _COMPLEX_KEY_MESSAGE))
                if event.tag is not None:
                    self._check_tag(event.tag, mark)
                if len(outer) >= MAX_DEPTH:
                    raise YamlRefused(self._problem(event, _DEPTH_MESSAGE))
                value = {} if kind == "MappingStartEvent" else []
                keep(mark)
                if in_mapping:
                    items[key] = value
                    outer.append((items, key))
                    key = None
                else:
                    outer.append((items, len(items)))
                    items.append(value)
                items = value
                in_mapping = value.__class__ is dict
            elif kind == "MappingEndEvent" or kind == "SequenceEndEvent":
                items = outer.pop()[0]
                in_mapping = items.__class__ is dict
            elif kind == "AliasEvent":
                raise YamlRefused(self._problem(event, _ALIAS_MESSAGE))
            elif kind == "DocumentStartEvent":
                documents += 1
                if documents > 1:
                    raise YamlRefused(self._problem(event, _SECOND_DOCUMENT_MESSAGE))
        root = document[0] if document else None
        return root, SourceMap(self.file, root, marks)

    def _key_problem(
        self, key: str, document: list, marks: list, outer: list[tuple[dict | list, Any]], mark: Any
    ) -> Problem:
        """A merge key, or a key already in its mapping (said with where it first stood)."""
        position = (mark.line + 1, mark.column + 1)
        if key == "<<":
            return Problem(self.file, _MERGE_KEY_MESSAGE, *position)
        path = tuple(inner for _, inner in outer[1:])
        first = SourceMap(self.file, document[0], marks).keys[(*path, key)]
        message = f"duplicate key '{key}' (first at line {first[0]}); keep one of them"
        return Problem(self.file, message, *position)

    def _check_tag(self, tag: str, mark: Any) -> None:
        """Refuse a tag other than the core schema's own (`!!str`) or the non-specific `!`."""
        if tag != "!" and tag.removeprefix(_CORE) not in _PLAIN_TAGS:
            message = f"the tag {tag} is not supported; remove it"
            raise YamlRefused(Problem(self.file, message, mark.line + 1, mark.column + 1))

    def _problem(self, event: Any, message: str) -> Problem:
        mark = event.start_mark
        return Problem(self.file, message, mark.line + 1, mark.column + 1)


_CORE = "tag:yaml.org,2002:"
_COMPLEX_KEY_MESSAGE = "a key must be a plain word, not a list or mapping; write `name: value`"
_MERGE_KEY_MESSAGE = "merge keys (<<) are not supported; write the fields out"
_SECOND_DOCUMENT_MESSAGE = (
    "a second YAML document starts here; a fact sheet is one document: remove `---`"
)
_IMPLICIT_TAGS = libyaml.resolver.Resolver.yaml_implicit_resolvers
_UNSEEN = object()


def _resolved(plain: str, resolvers: list[tuple[str, re.Pattern]]) -> Any:
    """A plain scalar typed as YAML 1.1 resolves it (null, bool, int, float, ...), by the
    resolvers for its first character from the table PyYAML's safe loader uses."""
    for tag, pattern in resolvers:
        if pattern.match(plain):
            return _typed(plain, tag)
    return plain


def _tagged_value(event: Any, file: str) -> Any:
    """A tagged scalar's value, typed by its tag; with the non-specific tag `!`, a plain scalar
    is typed as YAML 1.1 resolves an untagged one."""
    value = event.value
    if event.style == '"' and not value.isprintable():
        value = _whole_characters(event, file)
    tag = event.tag
    if tag == "!":
        if not event.implicit[0]:
            return value  # quoted, so text
        return _resolved(value, _IMPLICIT_TAGS.get(value[:1], ()))
    return _typed(value, tag)


def _typed(value: str, tag: str) -> Any:
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


def _whole_characters(event: Any, file: str) -> str:
    """The scalar's text with `\\ud83d\\ude00`-style escape pairs joined into one character."""
    try:
        return event.value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        mark = event.start_mark
        raise YamlRefused(
            Problem(file, _HALF_CHARACTER_MESSAGE, mark.line + 1, mark.column + 1)
        ) from None
