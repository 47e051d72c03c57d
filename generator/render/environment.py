"""Render (templates): the Jinja2 environment the pages are rendered in.

A templates folder in; an environment with the escaping filters and StrictUndefined out.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.assemble.attribution import attributed
from generator.render.markdown_text import attribute, html_text, inline_markdown, plain, yaml_string
from generator.render.timeline_svg import draw_timeline


def make_environment(templates: Path, compiled: Path | None = None) -> jinja2.Environment:
    """The Jinja environment of the templates in `templates`; `compiled`, when given, is a
    folder where each template's compiled code is kept for the next run (by its source's
    checksum, so a changed template is compiled again)."""
    bytecode = jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # a changed template makes a new environment (see the cache)
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        plain=plain,
        md=inline_markdown,
        html=html_text,
        attr=attribute,
        yaml_string=yaml_string,
        timeline_svg=draw_timeline,
        attributed=attributed,
    )
    return environment
