"""Addresses: which link addresses are safe in a page, and which point inside the site.

An address as written in Markdown or HTML in; yes or no out.
"""

from __future__ import annotations

import html
import re
import urllib.parse

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


LINK = re.compile(r"(!?)\[(?:[^\[\]\\]|\\.)*\]\(\s*(?:<([^<>\n]*)>|<?([^\s)>]*))")
"""A Markdown link or image: `!` for an image (group 1), its address in `<...>` (group 2) or
bare (group 3)."""


def link_addresses(markdown: str) -> list[tuple[int, str, bool]]:
    """Every Markdown link and image in `markdown`: where its address starts, the address, and
    whether it is an image."""
    found = []
    for match in LINK.finditer(markdown):
        group = 2 if match.group(2) is not None else 3
        found.append((match.start(group), match.group(group), bool(match.group(1))))
    return found


def has_blank(address: str) -> bool:
    """True when the page an address names has a blank in its path (`some page.md`,
    `some%20page.md`), which no generated page has."""
    path = urllib.parse.unquote(address.split("#", 1)[0].split("?", 1)[0])
    return any(char.isspace() for char in path)
