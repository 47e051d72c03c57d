from __future__ import annotations

import pytest

from generator.yaml_source import YamlRefused, load_yaml


def test_values_and_keys_keep_their_line_and_column():
    data, source_map = load_yaml("story:\n  title: Hello\nquotes:\n  - id: a\n", "f.yaml")
    assert data == {"story": {"title": "Hello"}, "quotes": [{"id": "a"}]}
    assert source_map.locate(("story", "title")) == (2, 10)
    assert source_map.locate(("story", "title"), key=True) == (2, 3)
    assert source_map.locate(("quotes", 0, "id")) == (4, 9)


def test_an_unknown_path_falls_back_to_its_nearest_parent():
    _, source_map = load_yaml("story:\n  title: Hello\n", "f.yaml")
    assert source_map.locate(("story", "published")) == (2, 3)


def test_dates_stay_text_so_that_validation_can_judge_them():
    data, _ = load_yaml("published: 2025-02-30\n", "f.yaml")
    assert data == {"published": "2025-02-30"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\na: 2\n", "f.yaml:2:1: duplicate key 'a' (first at line 1)"),
        ("a:\n\t- b\n", "f.yaml:2:1: a tab is used for indentation"),
        ("a: [1\n", "f.yaml:2:1: not valid YAML"),
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        ("a: !!python/object x\n", "the tag tag:yaml.org,2002:python/object is not supported"),
    ],
)
def test_yaml_that_cannot_be_read_is_refused_with_its_location(text, expected):
    with pytest.raises(YamlRefused) as refused:
        load_yaml(text, "f.yaml")
    assert expected in str(refused.value.problem)
