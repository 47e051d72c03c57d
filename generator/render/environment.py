"""Render (templates): the Jinja2 environment the pages are rendered in.

A templates folder in; an environment with the escaping filters and StrictUndefined out.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.assemble.attribution import attributed
from generator.render.markdown_text import attribute, html_text, inline_markdown, plain, yaml_string
from generator.render.timeline_svg import draw_timeline


def make_environment(templates: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
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
