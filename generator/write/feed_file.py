"""Write (feed): `feed.xml` to disk, never over an editor's hand edit.

The feed's text (or None when there is no feed) in; `docs/feed.xml` out. The written feed carries
a comment, after its XML declaration, that marks it as generated and holds the hash of what was
generated; a feed whose text no longer matches its hash was edited by hand and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.failures import write_problem
from generator.model.problem import Problem, ProblemsFound, display_path
from generator.write.files import write_atomically
from generator.write.pages import MARKER_KEY, MARKER_VALUE, PageState, content_hash

_MARK = re.compile(
    rf"^<!-- {MARKER_KEY}: {MARKER_VALUE}; generated_hash: (sha256:[0-9a-f]+) -->\n", re.MULTILINE
)


@dataclass
class FeedPlan:
    """What writing the feed will do, decided before any page is written."""

    path: Path
    text: str | None
    """The marked feed to write, or None to write nothing."""
    remove: bool = False
    overwritten: bool = False
    """The feed on disk was edited by hand and `force` overwrites it."""
    warnings: list[Problem] = field(default_factory=list)


def mark_feed(feed: str) -> str:
    """The feed as written to disk: the generation comment after its first line (the XML
    declaration)."""
    declaration, _, rest = feed.partition("\n")
    return f"{declaration}\n<!-- {MARKER_KEY}: {MARKER_VALUE}; generated_hash: " + (
        f"{content_hash(feed)} -->\n{rest}"
    )


def read_feed_state(path: Path) -> PageState:
    """What is at `path`: no feed, a feed without the generation comment, or a generated feed,
    edited by hand or not."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return PageState(exists=False)
    except (OSError, UnicodeDecodeError):
        return PageState(exists=True)
    text = text.replace("\r\n", "\n")
    found = _MARK.search(text)
    if found is None:
        return PageState(exists=True)
    original = text[: found.start()] + text[found.end() :]
    return PageState(exists=True, generated=True, edited=content_hash(original) != found.group(1))


def plan_feed(path: Path, feed: str | None, *, force: bool) -> FeedPlan:
    """Decide what to do with the feed at `path`, given the `feed` generated (None for none).

    Raises `ProblemsFound` when the feed on disk was edited by hand and `force` is not given.
    """
    state = read_feed_state(path)
    name = display_path(path)
    if feed is None:
        if not state.exists:
            return FeedPlan(path, None)
        if state.generated and not state.edited:
            return FeedPlan(path, None, remove=True)
        how = "it was edited by hand" if state.generated else "it has no generation marker"
        warning = f"no site_url, so no feed, but {how}; kept"
        return FeedPlan(path, None, warnings=[Problem(name, warning, severity="warning")])
    plan = FeedPlan(path, mark_feed(feed))
    if state.edited and not force:
        raise ProblemsFound([Problem(name, _EDITED)])
    plan.overwritten = state.edited
    if state.exists and not state.generated:
        warning = "had no generation marker (an older explainer's feed, or written by hand); "
        warning += "replaced by the generated feed"
        plan.warnings.append(Problem(name, warning, severity="warning"))
    return plan


def apply_feed_plan(plan: FeedPlan) -> None:
    """Write (or remove) the feed as planned."""
    if plan.text is not None:
        write_atomically(plan.path, plan.text)
    elif plan.remove:
        try:
            plan.path.unlink(missing_ok=True)
        except OSError as error:
            raise ProblemsFound([write_problem(plan.path, error)]) from None


_EDITED = (
    "was edited by hand since it was generated, so it was not overwritten. Ways forward: make "
    "the change in the fact sheets it is made from (story titles, summaries, updates), or --force "
    "to overwrite it"
)
