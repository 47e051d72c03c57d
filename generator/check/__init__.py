"""Check: validate a fact sheet's shape, then verify it against its article."""
