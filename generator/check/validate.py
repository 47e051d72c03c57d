"""Validate: check the shape of a fact sheet.

Plain data and its source map in, a `FactSheet` (or None) and problems out; each problem points at
the offending YAML node and says how to fix it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import process

from generator.model.factsheet import FactSheet
from generator.model.problem import Problem
from generator.model.source_map import Path, SourceMap


def validate_fact_sheet(data: Any, source_map: SourceMap) -> tuple[FactSheet | None, list[Problem]]:
    """Return the fact sheet and no problems, or None and every shape problem found."""
    if data is None:
        return None, [
            Problem(source_map.file, "the fact sheet is empty; start from `explainer draft`", 1, 1)
        ]
    if not isinstance(data, dict):
        return None, [
            source_map.problem(
                (),
                f"the fact sheet is {_describe(data)}, not a mapping of fields; "
                "start it with `story:` and `summary:` (see explainer draft)",
            )
        ]
    try:
        return FactSheet.model_validate(data), []
    except ValidationError as error:
        items = _merge_misspelt_fields(
            [{**item, "loc": _clean_path(item)} for item in error.errors()]
        )
        return None, [_problem_from(item, data, source_map) for item in items]


def invalid_paths(data: dict[str, Any]) -> list[Path]:
    """Where the shape of `data` is wrong (empty when it is a valid fact sheet)."""
    try:
        FactSheet.model_validate(data)
    except ValidationError as error:
        return [_clean_path(item) for item in error.errors()]
    return []


def _merge_misspelt_fields(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Report a required field written under a misspelt name once, as the unknown field.

    `titel:` in place of `title:` makes two findings (unknown `titel`, missing `title`); the
    unknown field's did-you-mean already names the fix, so the missing one is dropped.
    """
    missing = {tuple(item["loc"]) for item in items if item["type"] == "missing"}
    suggested = set()
    for item in items:
        if item["type"] == "extra_forbidden":
            parent = tuple(item["loc"][:-1])
            best = _closest_field(str(item["loc"][-1]), _allowed_fields(parent))
            if best and (*parent, best) in missing:
                suggested.add((*parent, best))
                item["missing_suggestion"] = True
    return [item for item in items if tuple(item["loc"]) not in suggested]


def format_path(path: Path) -> str:
    """`('quotes', 2, 'text')` becomes `quotes[2].text`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "fact sheet"


def _problem_from(item: dict[str, Any], data: Any, source_map: SourceMap) -> Problem:
    path = tuple(item["loc"])
    kind = item["type"]
    where = format_path(path)
    if kind == "extra_forbidden":
        parent, key = path[:-1], str(path[-1])
        required = item.get("missing_suggestion", False)
        return source_map.problem(path, _unknown_key(where, key, parent, required), key=True)
    if kind == "missing":
        parent, key = path[:-1], path[-1]
        return source_map.problem(
            parent, f"{format_path(parent)}: required field '{key}' is missing; add `{key}:`"
        )
    found = _describe(item.get("input"))
    return source_map.problem(path, f"{where}: {_explain(kind, item, found)}")


def _clean_path(item: dict[str, Any]) -> Path:
    """The error's location in the fact sheet, without pydantic's union and validator tags.

    A tag such as `date` is kept where it is a field's name (`events[0].date`).
    """
    loc = list(item["loc"])
    last = [loc.pop()] if item["type"] == "extra_forbidden" and loc else []
    path: list[str | int] = []
    for part in loc:
        if not _is_union_branch(part) or str(part) in _allowed_fields(tuple(path)):
            path.append(part)
    return (*path, *last)


def _is_union_branch(part: Any) -> bool:
    return isinstance(part, str) and (
        part.startswith(("function-", "constrained-"))
        or part in {"str", "int", "date", "bool", "list[str]", "none"}
    )


def _unknown_key(where: str, key: str, parent: Path, required: bool = False) -> str:
    allowed = _allowed_fields(parent)
    message = f"{where}: unknown field '{key}'"
    best = _closest_field(key, allowed)
    if best and required:
        return f"{message}; did you mean '{best}'? '{best}' is required and missing"
    if best:
        return f"{message}; did you mean '{best}'?"
    return f"{message}; allowed fields: {', '.join(allowed)}"


def _closest_field(key: str, allowed: list[str]) -> str | None:
    best = process.extractOne(key, allowed, score_cutoff=60) if allowed else None
    return best[0] if best else None


def _allowed_fields(parent: Path) -> list[str]:
    model: type[BaseModel] = FactSheet
    for part in parent:
        if isinstance(part, int):
            continue
        if str(part) not in model.model_fields:
            return []
        annotation = model.model_fields[str(part)].annotation
        inner = getattr(annotation, "__args__", (annotation,))
        nested = [arg for arg in inner if isinstance(arg, type) and issubclass(arg, BaseModel)]
        if not nested:
            return []
        model = nested[0]
    return list(model.model_fields)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int):
        return f"the number {value}"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _explain(kind: str, item: dict[str, Any], found: str) -> str:
    context = item.get("ctx") or {}
    if kind in {"string_type", "str_type"}:
        return f"expected text, found {found}; write it as text (quote it if needed)"
    if kind == "list_type":
        return f"expected a list, found {found}; write each item on its own `- ` line"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"expected a mapping of fields, found {found}; write them as `name: value` lines"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"expected a whole number, found {found}; write it in digits"
    if kind == "greater_than_equal":
        return (
            f"expected a number of at least {context.get('ge')}, found {found}; "
            "paragraphs are numbered from 1"
        )
    if kind in {"bool_type", "bool_parsing"}:
        return f"expected true or false, found {found}"
    if kind in {
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
    }:
        return f"{found} is not a real date; write it as YYYY-MM-DD"
    if kind == "literal_error":
        return f"{found} is not allowed; use one of {context.get('expected')}"
    if kind == "string_pattern_mismatch":
        return (
            f"{found} is not a valid id; use lower-case letters, digits and hyphens (`mike-waltz`)"
        )
    if kind == "string_too_short":
        return "must not be empty; write some text or remove the field"
    if kind == "string_too_long":
        return f"{found} is too long; at most {context.get('max_length')} characters"
    if kind == "too_short":
        return f"needs at least {context.get('min_length')} item(s); add one"
    if kind == "value_error":
        return str(context.get("error", item["msg"]))
    return f"{item['msg']} (found {found})"
