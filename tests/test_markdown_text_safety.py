"""The escaping filters against structure injection, bidi overrides and unreadable front matter."""

from __future__ import annotations

import markdown
import pytest
import yaml

from generator.render.markdown_text import (
    abbreviation,
    close_bidi_controls,
    inline_markdown,
    plain,
    yaml_string,
)

EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables"]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('!!! danger "Injected"', '<p>!!! danger "Injected"</p>'),
        ("* not a list", "<p>* not a list</p>"),
        ("*[HTML]: not an abbreviation", "<p>*[HTML]: not an abbreviation</p>"),
        ("[r]: https://example.org", "<p>[r]: https://example.org</p>"),
    ],
)
def test_inline_markdown_at_the_start_of_a_line_starts_no_block(text: str, shown: str):
    assert to_html(inline_markdown(text)) == shown


def test_inline_markdown_keeps_a_leading_emphasis_and_link():
    assert to_html(inline_markdown("*Said* [here](https://example.org)")) == (
        '<p><em>Said</em> <a href="https://example.org">here</a></p>'
    )


def test_a_heading_keeps_a_trailing_hash():
    assert to_html("# " + plain("Why C#")) == "<h1>Why C#</h1>"


def test_open_overrides_are_closed_at_the_end_of_a_value():
    assert close_bidi_controls("a\u202eb") == "a\u202eb\u202c"
    assert close_bidi_controls("a\u2067b\u202ec") == "a\u2067b\u202ec\u202c\u2069"
    assert close_bidi_controls("a\u202eb\u202c") == "a\u202eb\u202c"
    assert close_bidi_controls("a\u2067b\u202ec\u2069") == "a\u2067b\u202ec\u2069"
    assert plain("\u202eevil").endswith("\u202c")


@pytest.mark.parametrize(
    "text", ['say "hi"', "a\x91b", "a\x85b\u2028c", "\ufeffx", "\x00\x07\x7f", "é 😀", "a: b # c"]
)
def test_front_matter_strings_read_back_unchanged(text: str):
    assert yaml.safe_load(f"title: {yaml_string(text)}") == {"title": text}


@pytest.mark.parametrize("printable_only", [True, False], ids=["printable", "every"])
def test_every_character_reads_back_unchanged_from_front_matter(printable_only: bool):
    characters = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    text = "".join(c for c in characters if c.isprintable() or not printable_only)
    front_matter = f"title: {yaml_string(text)}"
    assert yaml.load(front_matter, Loader=yaml.CSafeLoader) == {"title": text}


@pytest.mark.parametrize("term", [":", "0", "1:2", "wzxhzdk", "a]b", "a\\b"])
def test_terms_that_would_break_the_page_get_no_abbreviation(term: str):
    assert abbreviation(term) == ""


def test_an_abbreviation_never_leaks_the_markdown_placeholders():
    term = ":"
    page = f"“{plain('<')}” and “{plain('&')}”\n\n*[{abbreviation(term) or 'unused'}]: tip\n"
    assert "\x02" not in to_html(page)
    assert to_html("HTML here\n\n*[" + abbreviation("HTML") + "]: tip\n") == (
        '<p><abbr title="tip">HTML</abbr> here</p>'
    )
