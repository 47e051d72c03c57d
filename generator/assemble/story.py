"""Assemble: a checked story becomes the model of its explainer.

`Story` values in, `StoryView` and `SiteView` out: every label, link, order and page the templates
lay out is decided here, so the templates stay dumb.

The views are plain dataclasses, not frozen ones: a story makes hundreds of them, a frozen one
costs a call per field to make, and nothing changes a view once it is assembled.
"""

from __future__ import annotations

from dataclasses import replace

from generator.assemble.catalog import story_appearances
from generator.assemble.dates import format_date
from generator.assemble.quotes import quote_cards, quote_view
from generator.assemble.structured_data import describe_story
from generator.assemble.timeline import order_events
from generator.model.article import find_verbatim
from generator.model.factsheet import OUTLET, Actor, Issue, Statement
from generator.model.layout import (
    EDITOR_CONTENT_MARKER,
    FACTS_FILE,
    PEOPLE_FOLDER,
    STORY_PAGES,
    UNSEARCHED_STORY_PAGES,
)
from generator.model.page_names import page_name
from generator.model.story import Story
from generator.model.views import (
    ActorView,
    CellView,
    Citation,
    EventView,
    Evidence,
    IssueView,
    PageLink,
    ParagraphView,
    QuoteView,
    StatementView,
    StoryView,
    TermView,
)

POSITION_LABELS = {
    "stated": ("●", "Stated"),
    "reported": ("◐", "Reported"),
    "no-public-position": ("○", "No public position"),
}


def assemble_story(
    story: Story, additions: tuple[PageLink, ...] = (), sections: dict[str, str] | None = None
) -> StoryView:
    """The model of one story's pages. `additions` are the editor's own pages (an adopted one
    takes the place of the generated page of its name); `sections`, by page name, the editor's
    own Markdown to add at the end of a generated page."""
    facts = story.facts
    sections = sections or {}
    adopted = {link.name: link for link in additions if link.adopted}
    actors = {actor.id: actor for actor in facts.actors}
    paragraph = story.article.paragraph
    quotes = tuple(quote_view(quote, actors, paragraph(quote.paragraph)) for quote in facts.quotes)
    quotes_by_id = {quote.id: quote for quote in quotes}

    def statements(items: list[Statement]) -> tuple[StatementView, ...]:
        return tuple(_statement_view(item, actors, facts.story.outlet) for item in items)

    party_ids = _party_ids(facts.issues)
    people = [a for a in facts.actors if a.kind == "person"]
    others = [a for a in facts.actors if a.kind != "person"]
    view = StoryView(
        slug=story.slug,
        title=facts.story.title,
        published=facts.story.published.isoformat() if facts.story.published else "",
        outlet=facts.story.outlet,
        url=facts.story.url,
        author=facts.story.author,
        developing=facts.story.developing,
        draft=facts.story.status == "draft",
        tags=tuple(facts.story.tags),
        facts_file=f"seeds/{story.slug}/{FACTS_FILE}",
        pages=(
            *(
                replace(adopted[name], title=title)
                if name in adopted
                else PageLink(
                    name,
                    title,
                    f"{name}.md",
                    section=_editor_markdown(sections.get(name)),
                    searched=name not in UNSEARCHED_STORY_PAGES,
                )
                for name, title in STORY_PAGES
            ),
            *(
                replace(link, body=_editor_markdown(link.body))
                for link in additions
                if not link.adopted
            ),
        ),
        summary=statements(facts.summary),
        background=statements(facts.background),
        why_it_matters=statements(facts.why_it_matters),
        what_next=statements(facts.what_next),
        quotes=quotes,
        quote_cards=quote_cards(quotes, paragraph),
        parties=tuple(actors[party].name for party in party_ids),
        issues=tuple(_issue_view(i, party_ids, actors, quotes_by_id) for i in facts.issues),
        events=tuple(_event_views(facts.events)),
        questions=tuple(_question(item) for item in facts.questions),
        people=tuple(_actor_view(a, actors, quotes) for a in people),
        organisations=tuple(_actor_view(a, actors, quotes) for a in others),
        glossary=tuple(_term_view(term, actors, facts.story.outlet) for term in facts.glossary),
        paragraphs=tuple(_paragraph_views(story)),
        sources=tuple(s.model_dump() for s in facts.sources),
        updates=tuple(
            {"date": u.date.isoformat(), "what": u.what, "correction": u.correction}
            for u in sorted(facts.updates, key=lambda update: update.date, reverse=True)
        ),
        places=tuple(facts.story.places),
        last_updated=max(
            [u.date.isoformat() for u in facts.updates]
            + ([facts.story.published.isoformat()] if facts.story.published else []),
            default="",
        ),
        credit=facts.story.credit.model_dump() if facts.story.credit else None,
    )
    # What is made from the view itself comes last.
    view.json_ld = describe_story(view)
    view.appearances = story_appearances(story, view)
    return view


def source_link(number: int) -> str:
    return f"source.md#p-{number}"


def _citations(numbers: list[int]) -> tuple[Citation, ...]:
    return tuple(Citation(number, source_link(number)) for number in sorted(set(numbers)))


def _voice(actor_id: str, actors: dict[str, Actor], outlet: str | None) -> str:
    if actor_id == OUTLET:
        return outlet or "the article"
    return actors[actor_id].name


def _statement_view(item: Statement, actors: dict[str, Actor], outlet: str | None) -> StatementView:
    if item.status == "analysis":
        view = StatementView(
            item.text, "analysis by this explainer", "Analysis", _citations(item.paragraphs)
        )
        view.kind = "analysis"
        return view
    voice = _voice(item.asserted_by, actors, outlet)
    if item.status == "established":
        status = "Established"
        attribution = f"reported by {voice}" if item.asserted_by == OUTLET else f"said by {voice}"
    elif item.status == "claimed":
        status = f"Claimed by {voice}"
        attribution = status
    else:
        disputers = _join([actors[actor].name for actor in item.disputed_by])
        status = f"Claimed by {voice}; disputed by {disputers}"
        attribution = status
    view = StatementView(item.text, attribution, status, _citations(item.paragraphs))
    view.kind = item.status
    if item.status != "established":
        view.claimant = voice
        view.disputed_by = tuple(actors[actor].name for actor in item.disputed_by)
    return view


def _party_ids(issues: list[Issue]) -> list[str]:
    """Every party with a position on any issue, in order of first appearance."""
    order: list[str] = []
    for issue in issues:
        for position in issue.positions:
            if position.party not in order:
                order.append(position.party)
    return order


def _issue_view(
    issue: Issue, party_ids: list[str], actors: dict[str, Actor], quotes: dict[str, QuoteView]
) -> IssueView:
    by_party = {position.party: position for position in issue.positions}
    cells = []
    for party in party_ids:
        position = by_party.get(party)
        if position is None:
            symbol, status = POSITION_LABELS["no-public-position"]
            cells.append(CellView(actors[party].name, symbol, status, None, ()))
            continue
        symbol, status = POSITION_LABELS[position.status]
        evidence = [
            Evidence(
                f"“{_shorten(quotes[q].display_text)}” ({quotes[q].speaker_name})",
                f"quote ¶ {quotes[q].paragraph}",
                quotes[q].source_link,
            )
            for q in position.quotes
        ] + [
            Evidence(f"¶ {c.number}", f"¶ {c.number}", c.link)
            for c in _citations(position.paragraphs)
        ]
        cells.append(
            CellView(
                actors[party].name,
                symbol,
                status,
                position.stance,
                tuple(evidence),
                short_stance=_short_stance(position.stance),
            )
        )
    return IssueView(issue.id, issue.title, issue.question, tuple(cells))


def _event_views(events) -> list[EventView]:
    return [
        EventView(
            e.date,
            format_date(e.date),
            e.date_basis,
            e.what,
            Citation(e.paragraph, source_link(e.paragraph)),
        )
        for e in order_events(events)
    ]


def _question(item) -> dict:
    return {
        "question": item.question,
        "why_it_matters": item.why_it_matters,
        "what_would_answer": item.what_would_answer,
        "citations": _citations(item.paragraphs),
    }


def _actor_view(actor: Actor, actors: dict[str, Actor], quotes: tuple[QuoteView, ...]) -> ActorView:
    side = actors[actor.side].name if actor.side else None
    own = tuple(quote for quote in quotes if quote.speaker_link == f"people.md#{actor.id}")
    profile = f"../../{PEOPLE_FOLDER}/{page_name(actor.id)}.md" if actor.kind == "person" else None
    return ActorView(
        actor.id, actor.name, actor.kind, actor.role, side, tuple(actor.aliases), own, profile
    )


def _term_view(term, actors: dict[str, Actor], outlet: str | None) -> TermView:
    framing = framed_by = None
    if term.framing_of:
        framed_by = _voice(term.framing_of, actors, outlet)
        framing = f"Wording of {framed_by}, not a neutral term"
    tooltip = term.article_usage
    if term.neutral_usage:
        tooltip = f"{tooltip} Neutral wording: {term.neutral_usage.rstrip('.')}."
    if term.contested:
        reason = framing[0].lower() + framing[1:] if framing else "the wording is in dispute"
        tooltip = f"{tooltip} Contested: {reason}."
    return TermView(
        term=term.term,
        anchor="term-"
        + "-".join("".join(c if c.isalnum() else " " for c in term.term.lower()).split()),
        article_usage=term.article_usage,
        neutral_usage=term.neutral_usage,
        note=term.note,
        contested=term.contested,
        framing=framing,
        citations=_citations(term.paragraphs),
        tooltip=tooltip,
        framed_by=framed_by,
    )


def _paragraph_views(story: Story) -> list[ParagraphView]:
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for quote in story.facts.quotes:
        text = story.article.paragraph(quote.paragraph)
        span = find_verbatim(quote.text, text)
        if span:
            spans.setdefault(quote.paragraph, []).append((*span, quote.id))
    views = []
    for number, text in enumerate(story.article.paragraphs, start=1):
        pieces: list[tuple[str, str | None]] = []
        cursor = 0
        for start, end, quote_id in sorted(spans.get(number, [])):
            if start < cursor:
                continue
            pieces.append((text[cursor:start], None))
            pieces.append((text[start:end], quote_id))
            cursor = end
        pieces.append((text[cursor:], None))
        views.append(ParagraphView(number, tuple(p for p in pieces if p[0])))
    return views


def _short_stance(stance: str | None, words: int = 10) -> str | None:
    """The stance's first clause, cut to a few words, for one cell of the matrix."""
    if not stance:
        return None
    clause = stance.split(";")[0].split(". ")[0].rstrip(".")
    return _shorten(clause, words)


def _shorten(text: str, words: int = 8) -> str:
    split = text.split()
    return " ".join(split) if len(split) <= words else " ".join(split[:words]) + " …"


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _editor_markdown(markdown: str | None) -> str | None:
    """The editor's own Markdown after the marker from which the built HTML is cleaned."""
    return None if markdown is None else f"{EDITOR_CONTENT_MARKER}\n\n{markdown}"
