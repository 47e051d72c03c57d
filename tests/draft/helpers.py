"""Helpers for the draft tests: draft a text and read off who said what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.draft.extraction import Draft, draft_article

GOLD_ROOT = Path(__file__).resolve().parent.parent / "gold"
"""All gold articles: development ones in `dev/`, held-out ones in `held-out/`."""
GOLD = GOLD_ROOT / "dev"
"""The development gold articles and their annotations."""
HELD_OUT = GOLD_ROOT / "held-out"
"""The held-out gold articles: never a reason to change a drafting rule."""


def speakers(text: str, published: dt.date | None = None) -> dict[str, str | None]:
    """Each drafted quote's text mapped to its speaker's name (None when unattributed)."""
    draft = draft_article(text, published)
    return {
        quote.quotation.text: draft.actor(quote.speaker).name if quote.speaker else None
        for quote in draft.quotes
    }


def non_quotes(text: str) -> dict[str, str]:
    """Words in quotation marks that the draft left out, mapped to why."""
    return {quotation.text: kind for quotation, kind in draft_article(text).non_quotes}


def draft(text: str, published: dt.date | None = None) -> Draft:
    return draft_article(text, published)
