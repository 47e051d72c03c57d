"""Fact sheets are composed by libyaml when it is safe and by the pure parser otherwise; both
give the same data and positions, and only the pure parser's messages are ever shown."""

from __future__ import annotations

import pytest
import yaml
from ruamel.yaml import YAML

from generator.yaml_source import FAST_NESTING_LIMIT, SourceMap, YamlRefused, _Converter, load_yaml
from tests.editing_project import ROOT, SEED


def convert_with(text: str, *, pure: bool):
    source_map = SourceMap("facts.yaml")
    if pure:
        node = YAML(typ="safe", pure=True).compose(text)
    else:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    data = _Converter(source_map).convert(node, ())
    return data, source_map.values, source_map.keys


def test_both_parsers_read_the_seed_alike() -> None:
    text = (ROOT / "seeds" / SEED / "facts.yaml").read_text(encoding="utf-8")
    assert convert_with(text, pure=False) == convert_with(text, pure=True)
    data, source_map = load_yaml(text, "facts.yaml")
    assert (data, source_map.values) == convert_with(text, pure=True)[:2]


@pytest.mark.parametrize(
    "deep",
    [
        "story: " + "[" * FAST_NESTING_LIMIT * 50 + "]" * FAST_NESTING_LIMIT * 50 + "\n",
        "- " * FAST_NESTING_LIMIT * 30 + "x\n",
    ],
    ids=["flow", "compact block"],
)
def test_deep_nesting_is_refused_cleanly(deep: str) -> None:
    with pytest.raises(YamlRefused) as refused:
        load_yaml(deep, "facts.yaml")
    assert "nested too deeply" in str(refused.value)


def test_a_syntax_error_is_worded_by_the_pure_parser() -> None:
    with pytest.raises(YamlRefused) as refused:
        load_yaml("story:\n  title: [unclosed\n", "facts.yaml")
    assert "expected ',' or ']', but got" in str(refused.value)  # libyaml: "did not find"
