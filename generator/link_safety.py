"""A Markdown extension that keeps links, images and attributes of every page safe.

Registered in `mkdocs.yml` as `generator.link_safety`: a link to an unsafe address becomes plain
text, an image from outside the site becomes its alt text, and no `on...` attribute survives.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

ADDRESS_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
"""The scheme of an address (`javascript:`, `https:`), as group 1."""
SAFE_SCHEMES = {"http", "https", "mailto"}


def _cleaned(address: str) -> str:
    """The address as a browser reads it: entities decoded, blanks and controls dropped."""
    decoded = html.unescape(address)
    return "".join(ch for ch in decoded if ch.isprintable() and not ch.isspace())


def is_safe_address(address: str) -> bool:
    """True for relative addresses and for http, https and mailto links."""
    match = ADDRESS_SCHEME.match(_cleaned(address))
    return match is None or match.group(1).lower() in SAFE_SCHEMES


def is_local_address(address: str) -> bool:
    """True for an address inside the site: no scheme and no host (`//host/...`)."""
    cleaned = _cleaned(address).replace("\\", "/")
    return ADDRESS_SCHEME.match(cleaned) is None and not cleaned.startswith("//")


def make_inert(element: Element) -> None:
    """Turn an unsafe link into plain text, and an outside image into its alt text."""
    if element.tag == "img":
        element.text = element.get("alt", "")
    element.tag = "span"
    for name in ("href", "src", "title", "alt"):
        element.attrib.pop(name, None)


def _is_unsafe(element: Element) -> bool:
    href, src = element.get("href"), element.get("src")
    if href is not None and not is_safe_address(href):
        return True
    return src is not None and not is_local_address(src)


class _UnsafeLinkRemover(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in list(root.iter()):
            for name in [name for name in element.attrib if name.lower().startswith("on")]:
                del element.attrib[name]
            if _is_unsafe(element):
                make_inert(element)


class LinkSafetyExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Above MkDocs' own link rewriting (priority 0), which expects every link to have an href.
        md.treeprocessors.register(_UnsafeLinkRemover(md), "explainer_link_safety", 1)


def makeExtension(**kwargs) -> LinkSafetyExtension:
    return LinkSafetyExtension(**kwargs)
