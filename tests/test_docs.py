"""Docs are code: the README documents every command and every fact sheet field."""

from __future__ import annotations

from tests.conftest import PROJECT
from tools.reference import readme_with_reference

README = (PROJECT / "README.md").read_text(encoding="utf-8")


def test_the_field_reference_in_the_readme_is_current():
    assert readme_with_reference(README) == README, "run `make reference`"


def test_the_readme_opens_with_the_two_commands():
    opening = README.split("```")[1]
    assert "make site" in opening and "make test" in opening
