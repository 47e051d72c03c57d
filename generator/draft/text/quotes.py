"""Quotation marks: find every quotation in an article's paragraphs, with exact spans.

Paragraph texts in; `Quotation` spans and warnings about marks never closed out. Straight and
curly double marks, low-9 marks and guillemets; single marks when an article uses no double ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

_SPACE = frozenset(" \t\n\u00a0\u202f\u2009")
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/:")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}\u2014\u2013-/\u2026")

DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
SINGLE_MARKS = frozenset("'\u2018\u2019\u201a")


@dataclass(frozen=True)
class Quotation:
    """The words between one pair of quotation marks in one paragraph.

    `start` and `end` index the quoted text itself; `mark_start` and `mark_end` include the marks.
    A quotation that runs over paragraphs has `runs_on` on every part but the last, and `resumes`
    on every part but the first.
    """

    paragraph: int
    text: str
    start: int
    end: int
    mark_start: int
    mark_end: int
    runs_on: bool = False
    resumes: bool = False


@dataclass(frozen=True)
class _Style:
    openers: dict[str, str]  # opening mark -> the closing marks it accepts
    straight: str

    @cached_property
    def closers(self) -> str:
        """Every closing mark some opening mark accepts."""
        return "".join(self.openers.values())

    @cached_property
    def marks(self) -> frozenset[str]:
        """Every character that may open or close a quotation in this style."""
        return frozenset(self.openers.keys() | set(self.closers))

    def opens(self, text: str, index: int) -> bool:
        char = text[index]
        if char == self.straight:
            return _left_flanking(text, index)
        if char in self.openers:
            return not (char in self.closers and _right_flanking(text, index)) or (
                char in _MAY_OPEN_WHEN_FLANKING and _left_flanking(text, index)
            )
        return False

    def closes(self, opener: str, text: str, index: int) -> bool:
        char = text[index]
        if opener == self.straight:
            return char == self.straight and not _apostrophe(text, index)
        if char not in self.openers.get(opener, ""):
            return False
        if _apostrophe(text, index):
            return False
        reopens = _left_flanking(text, index) and not _right_flanking(text, index)
        return not (char == opener and reopens)


_MAY_OPEN_WHEN_FLANKING = frozenset("\u201d")

_DOUBLE = _Style(
    openers={
        "\u201c": "\u201d\u201c",
        "\u201e": "\u201c\u201d",
        "\u00ab": "\u00bb",
        "\u201d": "\u201d",
        '"': '"',
    },
    straight='"',
)
_SINGLE = _Style(
    openers={"\u2018": "\u2019", "\u201a": "\u2018\u2019", "'": "'"},
    straight="'",
)


def _before(text: str, index: int) -> str:
    return text[index - 1] if index > 0 else " "


def _after(text: str, index: int) -> str:
    return text[index + 1] if index + 1 < len(text) else " "


def _left_flanking(text: str, index: int) -> bool:
    before, after = _before(text, index), _after(text, index)
    return (before in _SPACE or before in _OPENING_CONTEXT or before in DOUBLE_MARKS) and (
        after not in _SPACE
    )


def _right_flanking(text: str, index: int) -> bool:
    before, after = _before(text, index), _after(text, index)
    return before not in _SPACE and (
        after in _SPACE or after in _CLOSING_CONTEXT or after in DOUBLE_MARKS
    )


def _apostrophe(text: str, index: int) -> bool:
    """A single mark between two letters (`don\u2019t`) is an apostrophe, not a quotation mark,
    and so is one after a plural's `s` before a lowercase word (`the parents\u2019 patience`)."""
    if text[index] not in SINGLE_MARKS:
        return False
    before, after = _before(text, index), _after(text, index)
    if before.isalnum() and after.isalnum():
        return True
    following = text[index + 1 : index + 3]
    return before == "s" and following[:1] == " " and following[1:].islower()


def uses_single_marks(paragraphs: tuple[str, ...]) -> bool:
    """True when the article quotes with single marks: it has no double mark at all."""
    return not any(char in DOUBLE_MARKS for paragraph in paragraphs for char in paragraph)


def find_quotations(paragraphs: tuple[str, ...]) -> tuple[list[Quotation], list[str]]:
    """Every quotation in the paragraphs (numbered from 1), and a warning per unclosed mark."""
    style = _SINGLE if uses_single_marks(paragraphs) else _DOUBLE
    quotations: list[Quotation] = []
    warnings: list[str] = []
    resumes = False
    for number, text in enumerate(paragraphs, start=1):
        spans, unclosed = _scan(text, style)
        runs_on = unclosed is not None and _opens_next(paragraphs, number, style)
        if unclosed is not None and not runs_on:
            warnings.append(
                f"paragraph {number}: the quotation mark at character {unclosed + 1} is never "
                "closed; no quote was drafted from it"
            )
            spans.extend(_scan_after(text, style, unclosed))
        if runs_on:
            spans.append((unclosed + 1, len(text), unclosed, len(text)))
        for start, end, mark_start, mark_end in sorted(spans):
            quotation = _quotation(
                number,
                text,
                (start, end, mark_start, mark_end),
                runs_on=runs_on and mark_start == unclosed,
                resumes=resumes and mark_start == 0,
            )
            if quotation is not None:
                quotations.append(quotation)
        resumes = runs_on
    return quotations, warnings


def _quotation(
    number: int, text: str, span: tuple[int, int, int, int], *, runs_on: bool, resumes: bool
) -> Quotation | None:
    start, end, mark_start, mark_end = span
    inner = text[start:end]
    stripped = inner.strip()
    if not stripped or not any(char.isalnum() for char in stripped):
        return None
    start += len(inner) - len(inner.lstrip())
    end = start + len(stripped)
    return Quotation(number, stripped, start, end, mark_start, mark_end, runs_on, resumes)


def _opens_next(paragraphs: tuple[str, ...], number: int, style: _Style) -> bool:
    if number >= len(paragraphs):
        return False
    following = paragraphs[number]
    return bool(following) and following[0] in style.openers and style.opens(following, 0)


def _scan_after(text: str, style: _Style, unclosed: int) -> list[tuple[int, int, int, int]]:
    """Spans after a stray opening mark, scanning as if the mark were not there."""
    spans: list[tuple[int, int, int, int]] = []
    offset = unclosed + 1
    while offset < len(text):
        found, again = _scan(text, style, offset)
        spans.extend(found)
        if again is None:
            break
        offset = again + 1
    return spans


def _scan(
    text: str, style: _Style, offset: int = 0
) -> tuple[list[tuple[int, int, int, int]], int | None]:
    """Spans `(start, end, mark_start, mark_end)` of top-level quotations, and an unclosed mark."""
    spans = []
    stack: list[tuple[str, int]] = []
    marks = style.marks
    for index in range(offset, len(text)):
        char = text[index]
        if char not in marks:
            continue
        if stack and style.closes(stack[-1][0], text, index):
            _, position = stack.pop()
            if not stack:
                spans.append((position + 1, index, position, index + 1))
        elif style.opens(text, index) and not _apostrophe(text, index):
            stack.append((char, index))
    return spans, (stack[0][1] if stack else None)
