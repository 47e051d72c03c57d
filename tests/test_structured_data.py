"""Structured data: JSON-LD built from a story's model, valid and safe inside a script element."""

from __future__ import annotations

import json

from generator.assemble.attribution import attributed
from generator.assemble.story import assemble_story
from generator.assemble.structured_data import SITE_PUBLISHER, script_json, with_site_publisher
from generator.model.views import StatementView
from generator.pipeline import checked_story
from tests.project_copy import STORIES

SEED = STORIES / "waltz-territory-for-security-guarantees"


def test_script_json_cannot_close_its_script_element():
    text = script_json({"text": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"text": "</script><script>alert(1)</script> & <!--"}


def test_every_story_page_has_json_ld_and_quotes_carry_quotations():
    story, problems = checked_story(SEED)
    assert story is not None, problems
    view = assemble_story(story)
    assert set(view.json_ld) == {page.name for page in view.pages}
    overview = json.loads(view.json_ld["index"])["@graph"]
    assert [item["@type"] for item in overview] == ["NewsArticle"]
    quotes = json.loads(view.json_ld["quotes"])["@graph"][1:]
    assert len(quotes) == len(view.quotes)
    assert {q["text"] for q in quotes} == {q.text for q in view.quotes}
    assert all(q["isBasedOn"] == {"@id": overview[0]["isBasedOn"]["@id"]} for q in quotes)


def test_a_claim_names_its_claimant_and_a_disputed_one_its_disputers_too():
    story, problems = checked_story(SEED)
    assert story is not None, problems
    view = assemble_story(story)
    assert attributed(view.summary[0]).startswith("Mike Waltz claims: Ukraine should be prepared")
    # Established statements are reported by the article, not claimed: they stay as they are.
    assert attributed(view.summary[3]).startswith("Ukraine agreed to a 30-day ceasefire")
    assert attributed(view.background[0]).startswith(
        "Ukraine claims (disputed by Russia): Ukraine claims sovereignty over Crimea"
    )


def test_the_site_takes_the_publishers_place_with_its_address_only_when_known():
    text = script_json({"publisher": {"@id": SITE_PUBLISHER}, "headline": "</script>"})
    with_url = json.loads(with_site_publisher(text, "Explainer", "https://example.org/"))
    assert with_url["publisher"] == {
        "@type": "Organization",
        "name": "Explainer",
        "url": "https://example.org/",
    }
    assert "<" not in with_site_publisher(text, "Explainer", None)
    without = json.loads(with_site_publisher(text, "Explainer", None))
    assert without["publisher"] == {"@type": "Organization", "name": "Explainer"}
    assert without["headline"] == "</script>"


def test_a_claim_in_the_articles_own_voice_names_the_article():
    claim = StatementView("Talks *failed*.", "", "", (), claimant="the article")
    assert attributed(claim) == "The article claims: Talks *failed*."
