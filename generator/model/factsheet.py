"""The fact sheet schema: what an editor writes about one article, as pydantic models.

Every field carries a description; `explainer schema` exports them as JSON Schema and the README's
field reference is checked against them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from generator.model.reserved_ids import EXPLAINER, OUTLET

STATEMENT_SECTIONS = ("summary", "background", "why_it_matters", "what_next")
"""The sections made of statements (text, paragraphs, who asserts it, status)."""

_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEB_ADDRESS = re.compile(r"^https?://[^/\s<>\"]+[^\s<>\"]*$", re.IGNORECASE)


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError("write a date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as error:
        raise ValueError(f"{value} is not a real date ({error})") from None
    return value


def _check_web_address(value: str) -> str:
    if not _WEB_ADDRESS.match(value):
        shown = value if len(value) <= 60 else value[:60] + "…"
        raise ValueError(
            f"'{shown}' is not a web address; write it in full, from https://, without spaces"
        )
    return value


def _check_not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("holds only blanks; write some text or remove the field")
    return value


def _year_as_text(value: object) -> object:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Id = Annotated[str, Field(pattern=_ID_PATTERN, min_length=1, max_length=64)]
Paragraph = Annotated[int, Field(ge=1, strict=True)]
PartialDate = Annotated[
    str,
    BeforeValidator(_year_as_text, json_schema_input_type=str | int),
    AfterValidator(_check_partial_date),
]
Text = Annotated[str, Field(min_length=1), AfterValidator(_check_not_blank)]
WebAddress = Annotated[str, AfterValidator(_check_web_address)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Credit(Model):
    """The rights holder and licence of a republished article."""

    holder: Text = Field(
        description="Whom to credit, as the licence asks (`Wikinews contributors`)."
    )
    license: Text = Field(description="Name of the licence (`CC BY 2.5`).")
    license_url: WebAddress = Field(
        description="Address of the licence (`https://creativecommons.org/licenses/by/2.5/`)."
    )


class StoryInfo(Model):
    """Metadata of the story and the article it explains."""

    title: Text = Field(description="Headline of the explainer, in your own words.")
    published: dt.date | None = Field(
        description="Publication date of the article (YYYY-MM-DD); null when unknown."
    )
    outlet: str | None = Field(
        description="Name of the outlet that published the article; null when unknown. Never guess."
    )
    url: WebAddress | None = Field(None, description="Address of the article; null when unknown.")
    author: str | None = Field(None, description="Byline of the article; null when unknown.")
    language: str = Field("en", description="Language of the article, as an IETF tag (en, fr).")
    developing: bool = Field(
        False, description="True while the story is developing; pages then carry a notice."
    )
    status: Literal["ready", "draft"] = Field(
        "ready",
        description=(
            "draft while the story is work in progress: check reports what is left to do as "
            "warnings, serve previews it under a banner, build leaves it out of the site."
        ),
    )
    tags: list[Text] = Field(
        default_factory=list,
        description="Topics (issues) for the home page; each gets a page listing its stories.",
    )
    places: list[Text] = Field(
        default_factory=list,
        description="Places the story is about; each gets a page listing its stories.",
    )
    credit: Credit | None = Field(
        None,
        description="Who holds the rights to the article and its licence, shown on every page "
        "of the story; required when the article is republished under a licence such as CC BY.",
    )


class Statement(Model):
    """One sentence or short paragraph of summary or background, with who asserts it."""

    text: Text = Field(description="The statement, in Markdown.")
    paragraphs: list[Paragraph] = Field(
        min_length=1, description="Article paragraphs the statement rests on."
    )
    asserted_by: Id = Field(
        description=f"Who asserts it: an actor id, `{OUTLET}` for the article's own voice, or "
        f"`{EXPLAINER}` for the explainer's own reasoning, which the article does not state."
    )
    status: Literal["established", "claimed", "disputed", "analysis"] = Field(
        description="`established` (not in dispute), `claimed` (only the asserter says so), "
        "`disputed` (someone named in `disputed_by` rejects it) or `analysis` (the explainer's "
        f"own reasoning, with `asserted_by: {EXPLAINER}`)."
    )
    disputed_by: list[Id] = Field(
        default_factory=list, description="Actor ids who dispute it; required when disputed."
    )


class Actor(Model):
    """A person, organisation or government that appears in the article."""

    id: Id = Field(description="Short unique id, lower case with hyphens (`mike-waltz`).")
    name: Text = Field(description="Fullest name the article gives.")
    kind: Literal["person", "organisation", "government"] = Field(
        "person", description="`person`, `organisation` or `government`."
    )
    role: str | None = Field(None, description="Role as the article states it.")
    side: Id | None = Field(
        None, description="Id of the government or organisation the actor speaks for."
    )
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other ways the article refers to the actor (`the official`, `Kiev`).",
    )


class Quote(Model):
    """A direct quotation, verbatim from the article."""

    id: Id = Field(description="Short unique id (`waltz-territory`).")
    speaker: Id | None = Field(
        description="Actor id of the speaker; null when the article never says."
    )
    text: Text = Field(
        description="The quoted words exactly as printed, without the quotation marks."
    )
    paragraph: Paragraph = Field(description="Article paragraph holding the quote.")
    venue: str | None = Field(None, description="Where it was said (`interview with ABC News`).")
    date: PartialDate | None = Field(None, description="When it was said, when the article says.")
    context: str | None = Field(None, description="What prompted the quote, in Markdown.")


class Position(Model):
    """One party's stance on one issue, with the evidence behind it."""

    party: Id = Field(description="Actor id of the party (usually a government).")
    status: Literal["stated", "reported", "no-public-position"] = Field(
        description="`stated` (in the party's own words), `reported` (the article reports it) or "
        "`no-public-position` (the article gives none)."
    )
    stance: str | None = Field(None, description="The stance in one sentence, in Markdown.")
    quotes: list[Id] = Field(default_factory=list, description="Quote ids that show the stance.")
    paragraphs: list[Paragraph] = Field(
        default_factory=list, description="Article paragraphs that show the stance."
    )


class Issue(Model):
    """A question in dispute, and where each party stands on it."""

    id: Id = Field(description="Short unique id (`territory`).")
    title: Text = Field(description="Short name of the issue.")
    question: str | None = Field(None, description="The issue put as a question.")
    positions: list[Position] = Field(
        default_factory=list, description="Each party's position on this issue."
    )


class Event(Model):
    """A dated event for the timeline."""

    date: PartialDate = Field(description="When it happened: YYYY-MM-DD, YYYY-MM or YYYY.")
    date_basis: str | None = Field(
        None, description="How the article dates it (`on Tuesday`), when it is not a date."
    )
    what: Text = Field(description="What happened, in one sentence of Markdown.")
    paragraph: Paragraph = Field(description="Article paragraph that reports it.")


class OpenQuestion(Model):
    """A question the article leaves open."""

    question: Text = Field(description="The open question.")
    why_it_matters: Text = Field(description="Why a reader should care.")
    what_would_answer: Text = Field(description="What news or document would settle it.")
    paragraphs: list[Paragraph] = Field(
        default_factory=list, description="Article paragraphs that raise it."
    )


class Term(Model):
    """A glossary entry; contested terms say whose framing the article's wording is."""

    term: Text = Field(description="The term exactly as the article writes it.")
    article_usage: Text = Field(description="What the article means by it.")
    neutral_usage: str | None = Field(
        None, description="A neutral wording, when the article's wording takes a side."
    )
    note: str | None = Field(None, description="Background, in Markdown.")
    contested: bool = Field(False, description="True when the wording itself is in dispute.")
    framing_of: Id | None = Field(
        None, description=f"Whose framing the wording is: an actor id or `{OUTLET}`."
    )
    paragraphs: list[Paragraph] = Field(
        default_factory=list, description="Article paragraphs that use it."
    )


class Source(Model):
    """A further source a reader can check."""

    title: Text = Field(description="Title of the source.")
    url: WebAddress | None = Field(None, description="Address of the source, when it has one.")
    note: str | None = Field(None, description="What the source adds.")


class Update(Model):
    """A change to the explainer after publication."""

    date: dt.date = Field(description="Date of the change (YYYY-MM-DD).")
    what: Text = Field(description="What changed, in Markdown.")
    correction: bool = Field(False, description="True when the change corrects an error.")


class FactSheet(Model):
    """Everything an editor records about one article."""

    story: StoryInfo = Field(description="Story metadata.")
    summary: list[Statement] = Field(min_length=1, description="What happened.")
    background: list[Statement] = Field(default_factory=list, description="Context.")
    why_it_matters: list[Statement] = Field(default_factory=list, description="Why it matters.")
    what_next: list[Statement] = Field(default_factory=list, description="What happens next.")
    actors: list[Actor] = Field(min_length=1, description="People, organisations, governments.")
    quotes: list[Quote] = Field(default_factory=list, description="Every direct quotation.")
    issues: list[Issue] = Field(default_factory=list, description="Issues and positions.")
    events: list[Event] = Field(default_factory=list, description="Dated events.")
    questions: list[OpenQuestion] = Field(default_factory=list, description="Open questions.")
    glossary: list[Term] = Field(default_factory=list, description="Glossary and contested terms.")
    sources: list[Source] = Field(default_factory=list, description="Further sources.")
    updates: list[Update] = Field(default_factory=list, description="Changes and corrections.")
