"""Safe text for generated Markdown: the Jinja filters that put fact sheet values into pages.

`plain` makes any text inert (no Markdown, no HTML); `inline_markdown` keeps an editor's inline
Markdown (emphasis, links) but neutralises raw HTML, attribute lists and block structure.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}|])")
_BLOCK_MARKER = re.compile(r"^([#+-])")
_LIST_NUMBER = re.compile(r"^(\d+)\.")
_INLINE_HTML_SPECIALS = str.maketrans({"<": "&lt;", ">": "&gt;"})
_BRACES = re.compile(r"([{}|])")
_INVISIBLE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return " ".join(_INVISIBLE_CONTROL.sub(" ", text).split())


def plain(text: object) -> str:
    """Text shown exactly as written: every Markdown and HTML special character escaped."""
    value = html.escape(one_line(str(text)), quote=False)
    value = _MARKDOWN_SPECIALS.sub(r"\\\1", value)
    return _escape_block_start(value)


def inline_markdown(text: object) -> str:
    """An editor's inline Markdown, on one line, with raw HTML and attribute lists made inert."""
    value = one_line(str(text)).translate(_INLINE_HTML_SPECIALS)
    value = _BRACES.sub(r"\\\1", value)
    return _escape_block_start(value)


def html_text(text: object) -> str:
    """Text for a raw HTML block: escaped, on one line."""
    return html.escape(one_line(str(text)))


def attribute(text: object) -> str:
    """Text for an HTML attribute value."""
    return html.escape(one_line(str(text)), quote=True)


def _escape_block_start(value: str) -> str:
    """Keep a value that begins a line from starting a heading or a list."""
    value = _BLOCK_MARKER.sub(r"\\\1", value)
    return _LIST_NUMBER.sub(r"\1\\.", value)
