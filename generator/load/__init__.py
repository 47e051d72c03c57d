"""Load: the story folders under `seeds/` read from disk: article, fact sheet YAML, own pages."""
