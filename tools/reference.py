"""The fact sheet field reference, written from the models' own descriptions.

`python -m tools.reference` rewrites the block between the field markers in guide/fact-sheet.md;
a test fails when the block differs from what the models say.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import BaseModel

from generator.model.factsheet import FactSheet

START = "<!-- fact-sheet-fields:start -->"
END = "<!-- fact-sheet-fields:end -->"


def field_reference() -> str:
    """Markdown tables, one per model, in the order an editor meets them."""
    sections = []
    for name, model in _models_in_order():
        rows = ["| field | required | meaning |", "|---|---|---|"]
        for field_name, field in model.model_fields.items():
            required = "yes" if field.is_required() else "no"
            rows.append(f"| `{field_name}` | {required} | {field.description} |")
        doc = " ".join((model.__doc__ or "").split())
        sections.append(f"**{name}**: {doc}\n\n" + "\n".join(rows))
    return "\n\n".join(sections)


def _models_in_order() -> list[tuple[str, type[BaseModel]]]:
    """Each model once, named by every field that holds it (`summary`, `background`, ...)."""
    names: dict[type[BaseModel], list[str]] = {FactSheet: ["top level"]}
    for field_name, field in FactSheet.model_fields.items():
        model = _model_of(field.annotation)
        if model is None:
            continue
        names.setdefault(model, []).append(f"`{field_name}`")
        for inner_name, inner in model.model_fields.items():
            nested = _model_of(inner.annotation)
            if nested is not None:
                names.setdefault(nested, []).append(f"`{field_name}[].{inner_name}`")
    return [(", ".join(labels), model) for model, labels in names.items()]


def _model_of(annotation: object) -> type[BaseModel] | None:
    candidates = [annotation, *getattr(annotation, "__args__", ())]
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def readme_with_reference(readme: str) -> str:
    before, _, rest = readme.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{field_reference()}\n{END}{after}"


def main() -> None:
    readme = Path(sys.argv[1] if len(sys.argv) > 1 else "guide/fact-sheet.md")
    text = readme.read_text(encoding="utf-8")
    readme.write_text(readme_with_reference(text), encoding="utf-8")


if __name__ == "__main__":
    main()
