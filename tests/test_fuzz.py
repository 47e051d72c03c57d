"""Property-based tests: random fact sheets and articles never end in a traceback, and what is
rendered is always escaped, valid and faithful.

`make test` runs the `quick` profile; `make fuzz` sets EXPLAINER_FUZZ=fuzz for many more examples.
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from pathlib import Path
from unittest import mock

import markdown
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.assemble.site import assemble_site
from generator.model.factsheet import Event, FactSheet, Quote, Statement, StoryInfo
from generator.model.front_matter import split_front_matter
from generator.pipeline import checked_story
from generator.render.environment import make_environment
from generator.render.markdown_text import one_line
from generator.render.pages import render_site
from tests.html_audit import audit_page

PROJECT = Path(__file__).resolve().parent.parent
BASE = Path(__file__).parent / "bad_inputs" / "_base"
BASE_FACTS = (BASE / "facts.yaml").read_text(encoding="utf-8")
BASE_ARTICLE = (BASE / "article.txt").read_text(encoding="utf-8")

_common = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": False}
settings.register_profile("quick", max_examples=100, **_common)
settings.register_profile("fuzz", max_examples=3000, **_common)
settings.load_profile(os.environ.get("EXPLAINER_FUZZ", "quick"))

PIECES = json.loads((Path(__file__).parent / "hostile" / "pieces.json").read_text())
PAYLOADS: list[str] = PIECES["payloads"]
"""Snippets of hostile text: markup, unsafe links, Jinja, Markdown structure, odd characters."""
YAML_PIECES: list[str] = PIECES["yaml"]
"""Snippets of YAML syntax, inserted at random places into a valid fact sheet."""

text_piece = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=10))
hostile_text = st.lists(text_piece, min_size=1, max_size=5).map("".join).filter(str.strip)


def check_files(facts: bytes, article: bytes):
    """Load one story from these bytes, as `explainer check` would."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "story"
        folder.mkdir()
        (folder / "facts.yaml").write_bytes(facts)
        (folder / "article.txt").write_bytes(article)
        story, problems = checked_story(folder)
    assert story is not None or any(problem.is_error for problem in problems)
    for problem in problems:
        assert problem.file.endswith(("facts.yaml", "article.txt"))
        assert problem.message and "Traceback" not in problem.message
        assert str(problem).isprintable()
        if problem.line is not None:
            assert problem.line >= 1 and (problem.column or 1) >= 1
    return story, problems


@given(st.binary(max_size=400), st.binary(max_size=200))
def test_any_bytes_are_loaded_or_refused_with_a_message(facts: bytes, article: bytes):
    check_files(facts, article)


@given(st.text(max_size=400))
def test_any_text_as_fact_sheet_is_loaded_or_refused(text: str):
    check_files(text.encode("utf-8", "surrogatepass"), BASE_ARTICLE.encode())


@st.composite
def mutated_fact_sheet(draw) -> str:
    """The valid base fact sheet with a few random edits: deletions, insertions, swapped lines."""
    text = BASE_FACTS
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "swap", "text"]))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(YAML_PIECES)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif kind == "text":
            text = text[:at] + draw(hostile_text) + text[at:]
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


@given(mutated_fact_sheet())
def test_edited_fact_sheets_are_loaded_or_refused_at_a_line_in_the_file(text: str):
    _, problems = check_files(text.encode("utf-8", "surrogatepass"), BASE_ARTICLE.encode())
    lines = text.replace("\r\n", "\n").count("\n") + 2
    for problem in problems:
        if problem.file.endswith("facts.yaml") and problem.line is not None:
            assert problem.line <= lines, str(problem)


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 9), st.floats(), hostile_text),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
FIELDS = sorted(
    {
        name
        for model in (FactSheet, StoryInfo, Statement, Quote, Event)
        for name in model.model_fields
    }
    | {"titel", "speeker"}
)


@given(st.dictionaries(st.sampled_from(FIELDS), json_value, max_size=6))
def test_fact_sheets_of_random_shape_get_located_problems(data: dict):
    facts = json.dumps(data, indent=1, ensure_ascii=False)
    story, problems = check_files(facts.encode("utf-8", "surrogatepass"), BASE_ARTICLE.encode())
    assert story is None
    assert all(problem.line is not None for problem in problems)


# Valid fact sheets, built around a random article, with hostile text in every free-text field.

identifier = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True).filter(lambda s: s != "outlet")
paragraph_text = (
    st.lists(text_piece, min_size=1, max_size=6)
    .map(lambda parts: " ".join("".join(parts).replace("\r", " ").replace("\n", " ").split()))
    .filter(lambda text: text and "\x00" not in text and not text.startswith("\ufeff"))
)


@st.composite
def story_files(draw) -> tuple[dict, list[str]]:
    paragraphs = draw(st.lists(paragraph_text, min_size=2, max_size=5))
    count = len(paragraphs)
    number = st.integers(1, count)
    ids = draw(st.lists(identifier, min_size=6, max_size=6, unique=True))
    actors, quote_ids = ids[:3], ids[3:]
    optional = st.none() | hostile_text

    def statement():
        return {
            "text": draw(hostile_text),
            "paragraphs": [draw(number)],
            "asserted_by": draw(st.sampled_from([*actors, "outlet"])),
            "status": "established",
        }

    quotes = []
    for quote_id in quote_ids:
        at = draw(number)
        source = paragraphs[at - 1]
        start = draw(st.integers(0, len(source) - 1))
        end = draw(st.integers(start + 1, len(source)))
        assume(source[start:end].strip())
        quotes.append(
            {
                "id": quote_id,
                "speaker": draw(st.sampled_from([*actors, None])),
                "text": source[start:end],
                "paragraph": at,
                "venue": draw(optional),
                "context": draw(optional),
            }
        )
    facts = {
        "story": {
            "title": draw(hostile_text),
            "published": "2025-01-14",
            "outlet": draw(optional),
            "author": draw(optional),
            "url": "https://example.org/a?b=1&c=2",
            "tags": [draw(hostile_text)],
        },
        "summary": [statement(), statement()],
        "background": [statement()],
        "actors": [
            {
                "id": actor,
                "name": draw(hostile_text),
                "role": draw(optional),
                "aliases": [draw(hostile_text)],
            }
            for actor in actors
        ],
        "quotes": quotes,
        "issues": [
            {
                "id": "issue",
                "title": draw(hostile_text),
                "question": draw(optional),
                "positions": [
                    {
                        "party": actor,
                        "status": "stated",
                        "stance": draw(hostile_text),
                        "quotes": [quote_ids[0]],
                    }
                    for actor in actors[:2]
                ],
            }
        ],
        "events": [
            {
                "date": "2025-01",
                "what": draw(hostile_text),
                "paragraph": draw(number),
                "date_basis": draw(optional),
            }
        ],
        "questions": [
            {
                "question": draw(hostile_text),
                "why_it_matters": draw(hostile_text),
                "what_would_answer": draw(hostile_text),
            }
        ],
        "glossary": [
            {
                "term": draw(hostile_text),
                "article_usage": draw(hostile_text),
                "note": draw(optional),
                "contested": True,
                "framing_of": actors[0],
            }
        ],
        "sources": [
            {"title": draw(hostile_text), "url": "https://example.org/s", "note": draw(optional)}
        ],
        "updates": [{"date": "2025-01-15", "what": draw(hostile_text)}],
    }
    return facts, paragraphs


NOT_YAML = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
"""Characters YAML refuses raw or reads as a line break; the fact sheets here carry them escaped."""
cached_environment = functools.cache(make_environment)
"""Compiling the templates once, not once per example, keeps the fuzzing fast."""


def to_html(page: str) -> tuple[dict, str]:
    """A generated page as MkDocs reads it: front matter by PyYAML, body by Python-Markdown."""
    front, body = split_front_matter(page)
    meta = yaml.safe_load(front) if front else {}
    converter = markdown.Markdown(
        extensions=[
            "abbr",
            "admonition",
            "attr_list",
            "md_in_html",
            "tables",
            "toc",
            "generator.build.link_safety",
        ],
        extension_configs={
            "toc": {"permalink": True},
        },
    )
    return meta or {}, converter.convert(body)


@settings(max_examples=max(1, settings.default.max_examples // 2))
@given(story_files())
def test_random_stories_render_to_escaped_valid_faithful_pages(files):
    facts, paragraphs = files
    text = NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(facts, ensure_ascii=False))
    story, problems = check_files(text.encode(), "\n\n".join(paragraphs).encode("utf-8"))
    # Random text can form a link to a relative address, which check refuses (see bad_inputs/).
    assume(not any("would point into this site" in problem.message for problem in problems))
    # A tag too long to be a page's file name is refused too (see check_cases/).
    assume(not any("shorten the tag" in problem.message for problem in problems))
    assert story is not None and not any(p.is_error for p in problems), list(map(str, problems))
    with mock.patch("generator.render.pages.make_environment", cached_environment):
        pages = render_site(assemble_site([story]), PROJECT / "templates")
    for name, page in pages.items():
        meta, body = to_html(page)
        for key in ("title", "description"):
            assert not set(str(meta.get(key, ""))) & set('<>"'), (name, key)
        audit = audit_page(body)
        assert audit.live_markup == [], name
        assert audit.scripts == [], name
        assert audit.counts.get("h1", 0) <= 1, name
        if name.endswith("/quotes.md"):
            shown = [text for tag, text in audit.blocks if tag == "blockquote"]
            # A card drops the clause's trailing comma, semicolon or colon; every word stays.
            expected = [
                " ".join(f"“{one_line(q['text']).rstrip(',;:').rstrip()}”".split())
                for q in facts["quotes"]
            ]
            assert shown == expected
        if name.endswith("/positions.md"):
            assert audit.counts.get("table") == 1
            assert audit.counts.get("td") == 1 + 2  # one issue: its title, then two parties
