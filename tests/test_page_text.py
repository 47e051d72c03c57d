"""Rendered pages are tidied the same way whatever the templates leave behind."""

from __future__ import annotations

import pytest

from generator.render import normalize_newlines


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
