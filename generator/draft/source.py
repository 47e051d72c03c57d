"""Source: read the article file a draft starts from, refusing what cannot be an article.

A path in; the article's text out, or `ArticleRefused` with one message that says what is wrong
and what to do (empty, missing, too large, not UTF-8, binary).
"""

from __future__ import annotations

from pathlib import Path

from generator.model.article import Article
from generator.model.layout import MAX_ARTICLE_BYTES


class ArticleRefused(Exception):
    """The file cannot be drafted from; the message says why and what to do."""


def read_article(path: Path) -> str:
    """The text of the article at `path`, ready for `draft_article`."""
    if not path.exists():
        raise ArticleRefused(f"{path} does not exist; give the path of an article text file")
    if not path.is_file():
        raise ArticleRefused(f"{path} is not a file; give the path of an article text file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleRefused(
            f"{path} is {size:,} bytes; an article may have at most {MAX_ARTICLE_BYTES:,}"
        )
    return decode_article(path.read_bytes(), str(path))


def decode_article(raw: bytes, name: str) -> str:
    """Bytes of an article as text; refuses binary, non-UTF-8 and empty content."""
    if b"\x00" in raw:
        raise ArticleRefused(f"{name} holds NUL bytes, so it is not text; save it as plain text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ArticleRefused(
            f"{name}: byte {raw[error.start]:#04x} on line {line} is not UTF-8; "
            "save the article as UTF-8 text"
        ) from None
    text = text.lstrip("\ufeff")
    if not Article.from_text(text).paragraphs:
        raise ArticleRefused(f"{name} is empty; paste the article's text into it")
    return text
