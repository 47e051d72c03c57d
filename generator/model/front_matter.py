"""Front matter: the `---` block of YAML lines that opens a Markdown page.

A page's text in; its front matter lines and its body out.
"""

from __future__ import annotations


def split_front_matter(text: str) -> tuple[str, str]:
    """Front matter lines (without the `---` fences) and the body of a Markdown page."""
    if not text.startswith("---\n"):
        return "", text
    end = text.find("\n---\n", 3)
    if end == -1:
        return "", text
    return text[4 : end + 1], text[end + 5 :]
