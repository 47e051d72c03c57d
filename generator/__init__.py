"""explainer: turn a news article and its fact sheet into a verified explainer website."""

from __future__ import annotations

__version__ = "0.1.0"
