"""The fact sheet's JSON Schema: printed by `explainer schema`, committed, named by fact sheets."""

from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner

from generator.load.yaml_source import load_yaml
from generator.model.schema import SCHEMA_COMMENT, SCHEMA_FILE, schema_text, with_schema_comment
from generator.shells.cli import main
from tests.project_copy import ROOT


def test_the_committed_schema_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "generator/facts.schema.json is stale; run: explainer schema > generator/facts.schema.json"
    )


def test_explainer_schema_prints_it() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text()


def test_every_seed_fact_sheet_names_the_schema_and_passes_it() -> None:
    sheets = sorted((ROOT / "seeds").glob("*/facts.yaml"))
    assert sheets
    schema = json.loads(schema_text())
    for sheet in sheets:
        text = sheet.read_text(encoding="utf-8")
        assert text.splitlines()[0] == SCHEMA_COMMENT, sheet
        target = (sheet.parent / SCHEMA_COMMENT.split("$schema=")[1]).resolve()
        assert target == SCHEMA_FILE.resolve()
        data, _ = load_yaml(text, str(sheet))
        jsonschema.validate(data, schema)


def test_the_schema_rejects_a_misspelt_field() -> None:
    sheet = sorted((ROOT / "seeds").glob("*/facts.yaml"))[0]
    data, _ = load_yaml(sheet.read_text(encoding="utf-8"), str(sheet))
    data["story"]["titel"] = data["story"].pop("title")
    errors = list(jsonschema.Draft202012Validator(json.loads(schema_text())).iter_errors(data))
    assert any("titel" in error.message for error in errors)


def test_the_comment_is_added_once() -> None:
    once = with_schema_comment("story:\n  title: x\n")
    assert once == f"{SCHEMA_COMMENT}\nstory:\n  title: x\n"
    assert with_schema_comment(once) == once
