"""Safe text for generated Markdown: the Jinja filters that put fact sheet values into pages.

`plain` makes any text inert (no Markdown, no HTML); `inline_markdown` keeps an editor's inline
Markdown (emphasis, links) but neutralises raw HTML, attribute lists and block structure.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from json.encoder import encode_basestring

from generator.model.views import TermView

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}|#])")
_BLOCK_MARKER = re.compile(r"^([#+!-]|\*(?=\s|\[))")
_LIST_NUMBER = re.compile(r"^(\d+)\.")
_LINK_DEFINITION = re.compile(r"^\[(?=[^\]]*\]:)")
_PLAIN_SPECIALS = re.compile(r"[&<>\\`*_\[\]{}|#]")
_BRACES = re.compile(r"([{}|])")
_INVISIBLE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_OPENS_EMBEDDING = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO: closed by PDF
_OPENS_ISOLATE = "\u2066\u2067\u2068"  # LRI, RLI, FSI: closed by PDI
_CLOSE_EMBEDDING, _CLOSE_ISOLATE = "\u202c", "\u2069"
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space; close bidi controls."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Printable text holds no control character, no bidi control and no whitespace but
        # the plain space: most values, which are already on one line.
        return text
    return close_bidi_controls(" ".join(_INVISIBLE_CONTROL.sub(" ", text).split()))


def close_bidi_controls(text: str) -> str:
    """Close every right-to-left or left-to-right override the text leaves open.

    The characters stay (they can be needed in mixed-script text), but an unclosed override could
    flip the attribution or links that the page puts after the value.
    """
    if _BIDI_CONTROL.search(text) is None:
        return text
    open_: list[str] = []
    for char in text:
        if char in _OPENS_EMBEDDING:
            open_.append(_CLOSE_EMBEDDING)
        elif char in _OPENS_ISOLATE:
            open_.append(_CLOSE_ISOLATE)
        elif char == _CLOSE_EMBEDDING and open_ and open_[-1] == _CLOSE_EMBEDDING:
            open_.pop()
        elif char == _CLOSE_ISOLATE and _CLOSE_ISOLATE in open_:
            del open_[len(open_) - 1 - open_[::-1].index(_CLOSE_ISOLATE) :]
    return text + "".join(reversed(open_))


def plain(text: object) -> str:
    """Text shown exactly as written: every Markdown and HTML special character escaped."""
    value = one_line(str(text))
    if _PLAIN_SPECIALS.search(value) is not None:
        value = _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(value, quote=False))
    return _escape_block_start(value)


def inline_markdown(text: object) -> str:
    """An editor's inline Markdown, on one line, with raw HTML and attribute lists made inert."""
    value = one_line(str(text)).replace("<", "&lt;").replace(">", "&gt;")
    if "{" in value or "}" in value or "|" in value:
        value = _BRACES.sub(r"\\\1", value)
    if value.startswith("["):
        value = _LINK_DEFINITION.sub(r"\\[", value)
    return _escape_block_start(value)


def html_text(text: object) -> str:
    """Text for a raw HTML block: escaped, on one line."""
    return html.escape(one_line(str(text)))


def attribute(text: object) -> str:
    """Text for a double-quoted HTML attribute, or for front matter the theme puts in raw."""
    return html.escape(one_line(str(text)), quote=True)


def abbreviation(term: object) -> str:
    """A glossary term for an abbreviation line (`*[term]: tooltip`), or "" if it cannot be one.

    The abbreviation marks every match of the term in the page's text. A term without a letter
    (`:`, `1`) or holding `wzxhzdk` would also match inside the placeholders Python-Markdown keeps
    in that text, and break them into visible junk; `]` and `\\` break the line itself.
    """
    value = html_text(term)
    if not any(char.isalpha() for char in str(term)) or set(value) & {"]", "\\"}:
        return ""
    return "" if "wzxhzdk" in value.lower() else value


def yaml_string(text: object) -> str:
    """A double-quoted YAML string for front matter, with every unprintable character escaped.

    MkDocs reads front matter with PyYAML, which refuses control characters (U+0080 to U+009F
    among them) and then silently shows the whole front matter as page text.
    """
    quoted = encode_basestring(str(text))  # what json.dumps(..., ensure_ascii=False) returns
    if quoted.isprintable():  # every printable character is one YAML allows
        return quoted
    return _UNPRINTABLE_IN_YAML.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


_UNPRINTABLE_IN_YAML = re.compile(
    # Outside YAML's printable set, or read by PyYAML as a line break or a byte order mark.
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def _escape_block_start(value: str) -> str:
    """Keep a value that begins a line from starting a heading, list, admonition or definition."""
    if not value or not (value[0] in "#+!-*" or value[0].isdigit()):
        return value
    value = _BLOCK_MARKER.sub(r"\\\1", value)
    return _LIST_NUMBER.sub(r"\1\\.", value)


def glossary_abbreviations(glossary: Iterable[TermView]) -> str:
    """The glossary as Markdown abbreviations (`*[term]: tooltip`), one line per term that can
    be one: made once per story for the foot of every page."""
    lines = []
    for term in glossary:
        shown = abbreviation(term.term)
        if shown:
            lines.append(f"*[{shown}]: {html_text(term.tooltip)}\n")
    return "".join(lines)
