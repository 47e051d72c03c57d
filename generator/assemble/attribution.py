"""Assemble (attribution): a statement as one line of text that names who claims it.

A `StatementView` in; plain text out, for the places a statement travels without its page
around it (the Atom feed, the JSON-LD `description`): a claim never stands in the site's voice.
"""

from __future__ import annotations

from generator.model.views import StatementView


def attributed(statement: StatementView) -> str:
    """`Mike Waltz claims: …` for a claim, `… claims (disputed by …): …` for a disputed one;
    `Analysis by this explainer: …` for the explainer's own reasoning; an established
    statement as it is. White space is folded to single spaces."""
    text = " ".join(statement.text.split())
    if statement.kind == "analysis":
        return f"Analysis by this explainer: {text}"
    if statement.claimant is None:
        return text
    claimant = statement.claimant[:1].upper() + statement.claimant[1:]  # `the article` leads
    if statement.disputed_by:
        return f"{claimant} claims (disputed by {_join(statement.disputed_by)}): {text}"
    return f"{claimant} claims: {text}"


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
