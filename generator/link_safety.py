"""A Markdown extension that keeps links and images to safe addresses.

Registered in `mkdocs.yml` as `generator.link_safety`: any `href` or `src` whose scheme is not
http, https, mailto or a relative address is dropped from the page before it is written.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
SAFE_SCHEMES = {"http", "https", "mailto"}


def is_safe_address(address: str) -> bool:
    """True for relative addresses and for http, https and mailto links."""
    cleaned = "".join(ch for ch in address if ch.isprintable() and not ch.isspace())
    match = _SCHEME.match(cleaned)
    return match is None or match.group(1).lower() in SAFE_SCHEMES


class _UnsafeLinkRemover(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_address(value):
                    del element.attrib[attribute]


class LinkSafetyExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_UnsafeLinkRemover(md), "explainer_link_safety", 0)


def makeExtension(**kwargs) -> LinkSafetyExtension:
    return LinkSafetyExtension(**kwargs)
