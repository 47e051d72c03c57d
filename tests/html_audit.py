"""Audit: find live markup in an HTML page, the proof that content stayed text.

HTML text in; a `PageAudit` out: scripts, event-handler attributes, unsafe or outside addresses,
embedded objects, and the text of every block element (to compare with what the content said).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from generator.model.addresses import ADDRESS_SCHEME, SAFE_SCHEMES

VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
BLOCK_ELEMENTS = {
    "p",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figcaption",
    "title",
}
EMBEDDING_ELEMENTS = {"iframe", "object", "embed", "frame", "frameset", "applet", "base"}
_ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset"}
_FETCHING = {"src", "poster", "srcset"}


@dataclass
class PageAudit:
    """What a page holds that could run, fetch or embed, and the text of its blocks."""

    scripts: list[str] = field(default_factory=list)
    """One signature per script: `src=...` or the first 60 characters of its code."""
    script_elements: list[tuple[str, str, str]] = field(default_factory=list)
    """(type, src, code) of every script."""
    handlers: list[str] = field(default_factory=list)
    unsafe_addresses: list[str] = field(default_factory=list)
    outside_fetches: list[str] = field(default_factory=list)
    embeddings: list[str] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)
    """(tag, text) of every block element, text with entities decoded, in document order."""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def live_markup(self) -> list[str]:
        """Everything that could run or embed, as readable findings."""
        return [
            *(f"on* attribute: {item}" for item in self.handlers),
            *(f"unsafe address: {item}" for item in self.unsafe_addresses),
            *(f"fetch from outside: {item}" for item in self.outside_fetches),
            *(f"embedding element: {item}" for item in self.embeddings),
        ]


def audit_page(text: str) -> PageAudit:
    """Parse one HTML page and report what it holds."""
    parser = _AuditParser()
    parser.feed(text)
    parser.close()
    return parser.audit


class _AuditParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.audit = PageAudit()
        self.open: list[tuple[str, list[str]]] = []
        self.script: list[str] | None = None
        self.script_src = self.script_type = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.audit.counts[tag] = self.audit.counts.get(tag, 0) + 1
        for name, value in attrs:
            self._check_attribute(tag, name, value or "")
        if tag in EMBEDDING_ELEMENTS:
            self.audit.embeddings.append(tag)
        if tag == "script":
            self.script, self.script_src = [], dict(attrs).get("src") or ""
            self.script_type = dict(attrs).get("type") or ""
        elif tag not in VOID_ELEMENTS:
            self.open.append((tag, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and tag != "script":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            code = "".join(self.script).strip()
            self.audit.scripts.append(f"src={self.script_src}" if self.script_src else code[:60])
            self.audit.script_elements.append((self.script_type, self.script_src, code))
            self.script = None
            return
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                for name, parts in reversed(self.open[index:]):
                    if name in BLOCK_ELEMENTS:
                        self.audit.blocks.append((name, " ".join("".join(parts).split())))
                del self.open[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)
            return
        for _, parts in self.open:
            parts.append(data)

    def _check_attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on"):
            self.audit.handlers.append(f"<{tag} {name}={value[:60]!r}>")
        if name not in _ADDRESS_ATTRIBUTES:
            return
        addresses = [part.split()[0] for part in value.split(",") if part.split()]
        if name != "srcset":
            addresses = [value]
        for address in addresses:
            # The parser has decoded entities once, as a browser does; browsers also ignore
            # blanks and control characters inside an address.
            cleaned = "".join(ch for ch in address if ch.isprintable() and not ch.isspace())
            scheme = ADDRESS_SCHEME.match(cleaned)
            if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
                self.audit.unsafe_addresses.append(f"<{tag} {name}={address[:60]!r}>")
            elif name in _FETCHING and (scheme or cleaned.replace("\\", "/").startswith("//")):
                self.audit.outside_fetches.append(f"<{tag} {name}={address[:60]!r}>")
