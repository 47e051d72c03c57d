"""Draft: read a raw article and write a first fact sheet an editor can check and finish.

`extraction.draft_article` reads; `sheet.render_draft` writes the YAML; `evaluation` scores drafts.
"""
