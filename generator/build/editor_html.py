"""Build (editor HTML): the HTML of an editor's own Markdown made safe to publish.

A page's HTML in, as Python-Markdown made it; the same page out with everything from the editor's
content marker on cleaned by an allow-list (nh3): the markup Markdown itself makes stays, scripts,
event handlers, styles and `javascript:` addresses go.
"""

from __future__ import annotations

import re

import nh3

from generator.model.addresses import is_local_address
from generator.model.layout import EDITOR_CONTENT_MARKER

_TEXT = {"p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small"}
_TEXT |= {"sub", "sup", "code", "pre", "kbd", "samp", "var", "q", "cite", "abbr", "span", "div"}
_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd"}
_BLOCKS |= {"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure"}
_BLOCKS |= {"figcaption", "details", "summary", "section", "nav", "a", "img"}
ALLOWED_TAGS = _TEXT | _BLOCKS
"""What Markdown, its extensions (tables, admonitions, abbreviations, permalinks) and the story's
footer make, and what an editor may reasonably write by hand."""
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir", "aria-label", "aria-current"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan", "style"},
    "td": {"align", "colspan", "rowspan", "style"},
}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
"""Absolute addresses a link may have; relative ones (`quotes.md`, `#top`) are kept too."""
_ALIGNMENT = re.compile(r"text-align:\s*(left|right|center);?")


def clean_editor_html(html: str, own_page: bool = False) -> str:
    """`html` with the part from the editor's content marker on cleaned; all of it for a page of
    the editor's own (`own_page`) whose template left the marker out."""
    start = html.find(EDITOR_CONTENT_MARKER)
    if start < 0:
        return clean_fragment(html) if own_page else html
    return html[:start] + clean_fragment(html[start:])


def clean_fragment(html: str) -> str:
    """An HTML fragment reduced to the allowed tags, attributes and addresses."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        attribute_filter=_keep_attribute,
        link_rel=None,
        strip_comments=True,
    )


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    """A table cell's style only when it is the alignment the tables extension writes; an
    image only from the site itself, so that a page fetches nothing from elsewhere."""
    if name == "style":
        return value if _ALIGNMENT.fullmatch(value.strip()) else None
    if name == "src":
        return value if is_local_address(value) else None
    return value
