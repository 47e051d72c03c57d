"""Fact sheets are read from libyaml's events when it parses them and from the pure parser's
otherwise; both give the same data and positions, and only the pure parser's messages are shown."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from generator.load.yaml_source import YamlRefused, _libyaml_events, _Reader, load_yaml
from tests.project_copy import STORIES


def read_with(text: str, *, pure: bool):
    if pure:
        data, source_map = _Reader("facts.yaml").read(YAML(typ="safe", pure=True).parse(text))
    else:
        with _libyaml_events(text) as events:
            data, source_map = _Reader("facts.yaml").read(events)
    return data, source_map.values, source_map.keys


@pytest.mark.parametrize("story", sorted(path.name for path in STORIES.iterdir()))
def test_both_parsers_read_every_seed_alike(story: str) -> None:
    text = (STORIES / story / "facts.yaml").read_text(encoding="utf-8")
    fast = read_with(text, pure=False)
    assert fast == read_with(text, pure=True)
    assert fast[0]["story"]["title"]
    data, source_map = load_yaml(text, "facts.yaml")
    assert (data, source_map.values, source_map.keys) == fast


def test_a_top_level_list_keeps_the_paths_of_its_items() -> None:
    data, source_map = load_yaml("- a\n- [b, c]\n", "facts.yaml")
    assert data == ["a", ["b", "c"]]
    assert source_map.values == {
        (): (1, 1),
        (0,): (1, 3),
        (1,): (2, 3),
        (1, 0): (2, 4),
        (1, 1): (2, 7),
    }


@pytest.mark.parametrize(
    "deep",
    ["story: " + "[" * 100_000 + "]" * 100_000 + "\n", "- " * 60_000 + "x\n"],
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
