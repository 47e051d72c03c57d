"""Views: the model of the explainer that the templates lay out, made by `assemble`.

Plain dataclasses, not frozen ones: a story makes hundreds of them, a frozen one costs a call per
field to make, and nothing changes a view once it is assembled. One story's pages (`StoryView`),
the pages across stories (`Catalog`: people, topics, places) and the whole site (`SiteView`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TagLink:
    name: str
    kind: str
    file: str
    """Path under `docs/` of the tag's page."""


@dataclass
class TagGroup:
    label: str
    links: tuple[TagLink, ...]


@dataclass
class StoryLink:
    title: str
    slug: str
    published: str
    folder: str
    """The story's folder under `docs/` (`stories/<slug>`)."""


@dataclass
class PersonQuote:
    text: str
    date: str | None
    venue: str | None
    anchor: str
    """The quote's card on the story's quotes page, relative to the story folder."""


@dataclass
class PersonPosition:
    issue: str
    party: str
    status: str
    stance: str | None
    anchor: str
    own: bool
    """True when the person is the party; False when the person's quotes are its evidence."""


@dataclass
class Appearance:
    story: StoryLink
    role: str | None
    side: str | None
    quotes: tuple[PersonQuote, ...]
    positions: tuple[PersonPosition, ...]


@dataclass
class ListPage:
    """One page of a list too long for one page (stories, a person's or a tag's stories)."""

    number: int
    count: int
    """How many pages the whole list has."""
    file: str
    """The page's path under `docs/`."""
    items: tuple
    first_position: int
    """The place in the whole list (from 1) of the page's first item."""
    root: str
    """The way from this page up to `docs/` (`../`, `../../`), for its links."""
    previous: str | None = None
    """The link from this page to the one before it (newer items); None on the first."""
    next: str | None = None
    """The link from this page to the one after it (older items); None on the last."""
    first: str | None = None
    """The link from this page to the first page; None on the first."""
    json_ld: str = ""

    @property
    def searched(self) -> bool:
        """Only the first page is in the site search: the later ones repeat what their stories
        say, and would make the index every search downloads grow page by page."""
        return self.number == 1


@dataclass
class PersonView:
    id: str
    name: str
    file: str
    roles: tuple[str, ...]
    appearances: tuple[Appearance, ...]
    """Newest story first."""
    quote_count: int
    last_updated: str
    json_ld: str = ""
    """The person's structured data (schema.org Person) as script-safe JSON text."""
    pages: tuple[ListPage, ...] = ()
    """The person's page and its later pages, each with its share of `appearances`."""


@dataclass
class TagView:
    name: str
    kind: str
    slug: str
    file: str
    stories: tuple[StoryLink, ...]
    last_updated: str
    pages: tuple[ListPage, ...] = ()
    """The tag's page and its later pages, each with its share of `stories`."""


@dataclass
class Catalog:
    people: tuple[PersonView, ...]
    topics: tuple[TagView, ...]
    places: tuple[TagView, ...]
    story_tags: dict[str, tuple[TagGroup, ...]]
    """For each story slug: its people, places and topics, each linked to its page."""


@dataclass
class PageLink:
    name: str
    title: str
    file: str
    body: str | None = None
    """The editor's own Markdown for a hand-written addition; None for a generated page."""
    section: str | None = None
    """The editor's own Markdown added at the end of a generated page, if any."""
    searched: bool = True
    """Whether the site search indexes the page."""
    adopted: bool = False
    """`body` is the editor's whole page (front matter included), published instead of the
    generated page of this name."""


@dataclass
class Citation:
    number: int
    link: str


@dataclass
class StatementView:
    text: str
    attribution: str
    status: str
    citations: tuple[Citation, ...]
    claimant: str | None = None
    """Who claims it, when it is a claim (claimed or disputed); None otherwise."""
    disputed_by: tuple[str, ...] = ()
    kind: str = "established"
    """`established`, `claimed`, `disputed` or `analysis`: the label's look on the page."""


@dataclass
class QuoteView:
    id: str
    text: str
    speaker_name: str
    speaker_role: str | None
    speaker_link: str | None
    venue: str | None
    date: str | None
    context: str | None
    paragraph: int
    source_link: str
    display_text: str = ""
    """The quote as shown: `text` without the sentence's own trailing `,`, `;` or `:`."""
    speaker_side: str | None = None
    sentence: tuple[str, str, str] | None = None
    """The article's sentence around the quote (before, quoted words, after), when it has more."""
    joined_ids: tuple[str, ...] = ()
    """On a quotes page card: the later parts of a quote the article splits by its attribution,
    whose words `display_text` shows after this one's, each kept as an anchor of the card."""


@dataclass
class Evidence:
    label: str
    short_label: str
    link: str


@dataclass
class CellView:
    party: str
    symbol: str
    status: str
    stance: str | None
    evidence: tuple[Evidence, ...]
    short_stance: str | None = None
    """The stance cut to a few words for a cell of the matrix."""


@dataclass
class IssueView:
    id: str
    title: str
    question: str | None
    cells: tuple[CellView, ...]


@dataclass
class EventView:
    date: str
    date_label: str
    date_basis: str | None
    what: str
    citation: Citation


@dataclass
class ActorView:
    id: str
    name: str
    kind: str
    role: str | None
    side: str | None
    aliases: tuple[str, ...]
    quotes: tuple[QuoteView, ...]
    profile: str | None = None
    """The person's page across stories, relative to the story folder."""


@dataclass
class TermView:
    term: str
    anchor: str
    article_usage: str
    neutral_usage: str | None
    note: str | None
    contested: bool
    framing: str | None
    citations: tuple[Citation, ...]
    tooltip: str
    framed_by: str | None = None
    """Whose wording a contested term is (`the article`, `Russia`), when the sheet says."""


@dataclass
class ParagraphView:
    number: int
    pieces: tuple[tuple[str, str | None], ...]
    """Runs of text; a run with an id is a quoted span, marked with that quote id."""


@dataclass
class StoryView:
    slug: str
    title: str
    published: str
    outlet: str | None
    """The outlet that published the article; None when the fact sheet does not name it."""
    url: str | None
    author: str | None
    developing: bool
    draft: bool
    """Work in progress (`story.status: draft`): previewed under a banner, never published."""
    tags: tuple[str, ...]
    facts_file: str
    pages: tuple[PageLink, ...]
    summary: tuple[StatementView, ...]
    background: tuple[StatementView, ...]
    why_it_matters: tuple[StatementView, ...]
    what_next: tuple[StatementView, ...]
    quotes: tuple[QuoteView, ...]
    parties: tuple[str, ...]
    issues: tuple[IssueView, ...]
    events: tuple[EventView, ...]
    questions: tuple[dict, ...]
    people: tuple[ActorView, ...]
    organisations: tuple[ActorView, ...]
    glossary: tuple[TermView, ...]
    paragraphs: tuple[ParagraphView, ...]
    sources: tuple[dict, ...]
    updates: tuple[dict, ...]
    json_ld: dict[str, str] = field(default_factory=dict)
    """Per page name, the page's structured data as script-safe JSON text."""
    places: tuple[str, ...] = ()
    last_updated: str = ""
    """The latest of the publication date and the updates' dates (YYYY-MM-DD)."""
    credit: dict | None = None
    quote_cards: tuple[QuoteView, ...] = ()
    """The quotes page's cards: `quotes`, with each quote split by its attribution as one card."""
    appearances: tuple = ()
    """Each person of the story with what they say and stand for in it, for the people pages."""


@dataclass
class SiteView:
    stories: tuple[StoryView, ...]
    json_ld: str = ""
    """Structured data of the home page (its newest stories), as script-safe JSON text."""
    catalog: Catalog | None = None
    last_updated: str = ""
    story_pages: tuple[ListPage, ...] = ()
    """The pages of All stories, each with its share of `stories` and its own JSON-LD."""
