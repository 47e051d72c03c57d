"""Rendered pages are tidied the same way whatever the templates leave behind."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.pages import normalize_newlines


@pytest.mark.parametrize(
    ("rendered", "page"),
    [
        ("\n\n---\ntitle: A\n---\n# A\n", "---\ntitle: A\n---\n# A\n"),
        ("# A\r\n\r\ntext\r\n", "# A\n\ntext\n"),
        ("# A  \ntext\t \n  \nmore ", "# A\ntext\n\nmore\n"),
        ("a\n\n\n\n\nb\n\n\n", "a\n\nb\n"),
        ("a\n \n\t\n\nb", "a\n\nb\n"),
        ("", "\n"),
    ],
    ids=[
        "leading blank lines",
        "CRLF",
        "trailing spaces and tabs",
        "blank runs",
        "blank lines of spaces",
        "empty",
    ],
)
def test_a_rendered_page_is_tidied(rendered: str, page: str) -> None:
    assert normalize_newlines(rendered) == page


@given(st.text(alphabet=" \t\r\n\xa0a#", max_size=60))
def test_tidying_keeps_every_line_of_text_and_nothing_else(rendered: str) -> None:
    page = normalize_newlines(rendered)
    lines = page.split("\n")
    assert lines[-1] == "" and (len(lines) == 2 or lines[0])
    assert all(line == line.rstrip() for line in lines)
    assert "\n\n\n" not in page
    texts = [line.rstrip() for line in rendered.replace("\r\n", "\n").split("\n") if line.strip()]
    assert [line for line in lines if line] == texts
