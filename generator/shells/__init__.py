"""Shells: the command line and the MkDocs plugin; they parse options, call the pipeline, report."""
