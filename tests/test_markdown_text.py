"""Values from a fact sheet reach the page as text, never as markup."""

from __future__ import annotations

import markdown

from generator.render.markdown_text import inline_markdown, plain


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "tables", "md_in_html"])


def test_plain_text_shows_every_character_as_written():
    value = "a *b* _c_ [d](e) `f` <g> & | {: #h } \\ 1. # i"
    rendered = to_html(plain(value))
    assert "<em>" not in rendered and "<a " not in rendered and "<code>" not in rendered
    assert "&lt;g&gt;" in rendered
    assert "*b*" in rendered and "[d](e)" in rendered and "{: #h }" in rendered


def test_plain_text_cannot_start_a_heading_or_a_list():
    assert to_html(plain("# Heading")) == "<p># Heading</p>"
    assert to_html(plain("- item")) == "<p>- item</p>"
    assert to_html(plain("1. item")) == "<p>1. item</p>"


def test_newlines_cannot_inject_structure():
    rendered = to_html("> " + plain("quote\n# Heading\n---\nmore"))
    assert "<h1>" not in rendered and "<hr" not in rendered


def test_inline_markdown_keeps_emphasis_and_links_but_not_html():
    rendered = to_html(inline_markdown("*said* [here](https://example.org) <script>x</script>"))
    assert "<em>said</em>" in rendered
    assert '<a href="https://example.org">here</a>' in rendered
    assert "<script>" not in rendered


def test_inline_markdown_cannot_add_attributes():
    rendered = to_html(inline_markdown("text {: onclick=alert(1) }"))
    assert "onclick=" not in rendered.replace("{: onclick=", "")
