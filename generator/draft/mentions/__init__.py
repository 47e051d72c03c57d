"""Mentions: the names, role phrases, organisations, places and pronouns a sentence holds."""
