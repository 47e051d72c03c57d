from __future__ import annotations

import pytest

from generator.load.yaml_source import YamlRefused, load_yaml


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
        (
            "quotes:\n  - id: a\n    said: [x, {y: 1}]\n  - id: b\n    text: c\n    id: d\n",
            "f.yaml:6:5: duplicate key 'id' (first at line 4)",
        ),
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


@pytest.mark.parametrize(
    ("text", "where", "code"),
    [
        ("a: 1\nb: x\x07y\n", "f.yaml:2:5", "U+0007"),
        ('a: "quoted \x80"\n', "f.yaml:1:12", "U+0080"),
        ("a: 1\n# a comment \x1b at the end\n", "f.yaml:2:13", "U+001B"),
        ("a: 1\nb: \ufffe\n", "f.yaml:2:4", "U+FFFE"),
        ("a: \ud800\n", "f.yaml:1:4", "U+D800"),
    ],
    ids=["plain", "double-quoted C1", "comment", "non-character", "lone surrogate"],
)
def test_a_character_yaml_does_not_allow_is_refused_wherever_it_stands(text, where, code):
    with pytest.raises(YamlRefused) as refused:
        load_yaml(text, "f.yaml")
    assert str(refused.value.problem).startswith(f"{where}: the character {code} is not allowed")


def test_characters_yaml_allows_are_read():
    text = "a: tab\tinside, no-break\xa0space, emoji \U0001f600, soft\xadhyphen\n"
    data, _ = load_yaml(text, "f.yaml")
    assert data == {"a": "tab\tinside, no-break\xa0space, emoji \U0001f600, soft\xadhyphen"}


def test_a_refused_character_is_reported_before_a_later_problem_however_long_the_file():
    text = "a: 1\na: 2\n" + "c: d\n" * 5000 + "e: \x01\n"
    with pytest.raises(YamlRefused) as refused:
        load_yaml(text, "f.yaml")
    assert str(refused.value.problem).startswith("f.yaml:5003:4: the character U+0001")
