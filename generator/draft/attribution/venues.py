"""Venues: where a quotation was said, when its sentence says (`in an interview with ABC News`).

A sentence with its quotations blanked out in; a short venue phrase or None out.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w\u2019'&.-]*(?:\s+(?:of\s+)?[A-Z][\w\u2019'&.-]*)*"
_PATTERNS = [
    re.compile(rf"\b(?P<venue>(?:an?\s+)?(?:\w+\s+)?interview with {_NAME})"),
    re.compile(rf"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|on|in)\s+(?P<venue>{_NAME})"),
    re.compile(
        rf"\btold\s+(?P<venue>{_NAME}|reporters|journalists|local radio|"
        r"(?:the|a|an|his|her|their|its)\s+[\w\u2019']+(?:\s+[\w\u2019']+)?\s+"
        r"(?:website|newspaper|programme|program|radio|broadcaster|channel|station|podcast|"
        r"magazine|paper))"
    ),
    re.compile(
        r"\bin\s+(?:a|an|its|his|her|their|the)\s+(?P<venue>(?:written\s+|joint\s+)?"
        r"(?:statement|bulletin|ruling|post|tweet|letter|press release|speech|press conference|"
        r"news conference|blog post|video|judgment|judgement|interview))\b"
    ),
    re.compile(
        rf"\b(?:at|during)\s+(?:a|an|the)\s+(?P<venue>(?:{_NAME}\s+)?(?:news conference|"
        r"press conference|conference|briefing|rally|summit|meeting|hearing|debate|event))\b"
    ),
]


def find_venue(text: str) -> str | None:
    """The venue a sentence's `text` (quotations blanked out) gives for what is said, if any."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            venue = " ".join(match.group("venue").split())
            return re.sub(r"^(?:an?|the)\s+", "", venue)
    return None
