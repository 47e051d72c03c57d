"""A Markdown extension that keeps links, images and attributes of every page safe.

Registered in `mkdocs.yml` as `generator.build.link_safety`: a link to an unsafe address becomes
plain text, an image from outside the site becomes its alt text, and no `on...` attribute survives.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from generator.model.addresses import is_local_address, is_safe_address


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
