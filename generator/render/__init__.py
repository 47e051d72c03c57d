"""Render: views become Markdown pages (and the Atom feed) through the Jinja2 templates."""
