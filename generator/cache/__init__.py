"""Cache: what one run of `generate` keeps so the next run redoes only what changed."""
