"""Docs are code: the guide documents every fact sheet field; the README opens with the two
commands and links every page of the guide."""

from __future__ import annotations

from tests.conftest import PROJECT
from tools.reference import readme_with_reference

README = (PROJECT / "README.md").read_text(encoding="utf-8")
FACT_SHEET = (PROJECT / "guide" / "fact-sheet.md").read_text(encoding="utf-8")


def test_the_field_reference_in_the_guide_is_current():
    assert readme_with_reference(FACT_SHEET) == FACT_SHEET, "run `make reference`"


def test_the_readme_links_every_page_of_the_guide():
    for page in sorted((PROJECT / "guide").glob("*.md")):
        assert f"(guide/{page.name})" in README, f"link guide/{page.name} from README.md"


def test_the_readme_opens_with_the_two_commands():
    opening = README.split("```")[1]
    assert "make site" in opening and "make test" in opening
