"""Schema: the fact sheet's JSON Schema, for editors' YAML tooling (completion, validation).

The `FactSheet` model in; the schema's JSON text, and the comment every fact sheet begins with.
"""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_FILE = Path(__file__).parent.parent / "facts.schema.json"
"""The committed copy of the schema; a test keeps it equal to `schema_text()`."""

SCHEMA_COMMENT = "# yaml-language-server: $schema=../../generator/facts.schema.json"
"""The first line of every fact sheet: points YAML tooling at the schema, relative to
`seeds/<story>/facts.yaml`."""


def schema_text() -> str:
    """The JSON Schema of a fact sheet, as stable, sorted, indented JSON with a final newline."""
    # Imported here: pydantic takes a tenth of a second to load, and a draft needs only the comment.
    from generator.model.factsheet import FactSheet

    schema = FactSheet.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def with_schema_comment(yaml_text: str) -> str:
    """The fact sheet text beginning with `SCHEMA_COMMENT` (added once, never twice)."""
    if yaml_text.startswith("# yaml-language-server:"):
        _, _, rest = yaml_text.partition("\n")
        return f"{SCHEMA_COMMENT}\n{rest}"
    return f"{SCHEMA_COMMENT}\n{yaml_text}"
