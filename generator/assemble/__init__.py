"""Assemble: checked stories become the views the templates lay out (stories, catalog, site)."""
