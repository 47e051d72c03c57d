"""Build: the generated Markdown becomes the static site through MkDocs and Material."""
