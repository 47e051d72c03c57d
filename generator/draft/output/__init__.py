"""Output: a draft written as fact-sheet YAML, with TODO markers where an editor decides."""
