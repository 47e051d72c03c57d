"""The fast YAML path (libyaml) and the pure-Python one read fact sheets the same way."""

from __future__ import annotations

import pytest

from generator import yaml_source
from generator.yaml_source import YamlRefused, load_yaml
from tests.project_copy import ROOT

FACT_SHEETS = sorted((ROOT / "seeds").glob("*/facts.yaml"))
BAD = [
    "a: 1\na: 2\n",
    "a: &x 1\nb: *x\n",
    "a: [1, 2\n",
    "a: !foo x\n",
    "a: 1\n  b: 2\n",
    "<<: {a: 1}\n",
]


def read_both(text: str, monkeypatch):
    fast = load_yaml(text, "facts.yaml")
    monkeypatch.setattr(yaml_source, "FAST_PARSER_MAX_BRACKETS", -1)
    pure = load_yaml(text, "facts.yaml")
    monkeypatch.undo()
    return fast, pure


@pytest.mark.parametrize("path", FACT_SHEETS, ids=lambda path: path.parent.name)
def test_both_parsers_give_the_same_data_and_positions(path, monkeypatch):
    (fast_data, fast_map), (pure_data, pure_map) = read_both(path.read_text(), monkeypatch)

    assert fast_data == pure_data
    assert fast_map.values == pure_map.values
    assert fast_map.keys == pure_map.keys


@pytest.mark.parametrize("text", BAD)
def test_both_parsers_refuse_the_same_input_at_the_same_place(text, monkeypatch):
    problems = []
    for fast in (True, False):
        if not fast:
            monkeypatch.setattr(yaml_source, "FAST_PARSER_MAX_BRACKETS", -1)
        with pytest.raises(YamlRefused) as refused:
            load_yaml(text, "facts.yaml")
        problems.append(refused.value.problem)

    assert (problems[0].line, problems[0].column) == (problems[1].line, problems[1].column)
    assert problems[0].message.split(";")[-1] == problems[1].message.split(";")[-1]


def test_deeply_nested_flow_text_is_refused_without_crashing():
    with pytest.raises(YamlRefused, match="nested too deeply"):
        load_yaml("[" * 2001 + "]" * 2001, "facts.yaml")
