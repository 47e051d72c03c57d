"""Text: an article's quotations with exact spans, and its paragraphs as sentences of tokens."""
