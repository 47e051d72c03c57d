"""YAML text: write a draft's keys, lists and scalars as YAML lines, with comments beside them.

Plain values in; YAML text out. Scalars are left plain only when no YAML reader could take them
for anything but that text; everything else is double-quoted with escapes (JSON style).
"""

from __future__ import annotations

import datetime as dt
import re

_PLAIN = re.compile(r"[^\W\d_][\w .,;'()/?!%+\u2019\u2018\u201c\u201d\u2026\u2013\u2014-]*")
_RESERVED = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_FLOW_SPECIAL = frozenset(",[]{}")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def scalar(value: object, *, flow: bool = False) -> str:
    """`value` written as a YAML scalar; `flow` for an item of a `[a, b]` list."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    text = str(value)
    if _plain(text) and not (flow and any(char in _FLOW_SPECIAL for char in text)):
        return text
    return quote(text)


def _plain(text: str) -> bool:
    return (
        bool(_PLAIN.fullmatch(text))
        and text.lower() not in _RESERVED
        and text == text.strip()
        and "  " not in text
    )


def quote(text: str) -> str:
    """`text` as a double-quoted YAML scalar, escaping what YAML could misread."""
    parts = ['"']
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            parts.append(_ESCAPES[char])
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or code
            in {
                0x2028,
                0x2029,
                0xFEFF,
                0xFFFE,
                0xFFFF,
            }
        ):
            parts.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            parts.append(char)
    parts.append('"')
    return "".join(parts)


def flow_list(items: list[object]) -> str:
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


class YamlLines:
    """Collects YAML lines; keys are written in the order they are added."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def comment(self, text: str, indent: int = 0) -> None:
        for line in text.splitlines() or [""]:
            self.lines.append(f"{' ' * indent}# {line}".rstrip())

    def blank(self) -> None:
        self.lines.append("")

    def key(
        self,
        indent: int,
        key: str,
        value: object = None,
        comment: str | None = None,
        *,
        item: bool = False,
        raw: str | None = None,
    ) -> None:
        """`key: value` at `indent`; `item` starts a list entry (`- key: value`)."""
        prefix = " " * indent + ("- " if item else "")
        written = raw if raw is not None else scalar(value)
        line = f"{prefix}{key}:" + (f" {written}" if written else "")
        if comment:
            line += f"  # {' '.join(comment.split())}"
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"
