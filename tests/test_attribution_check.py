"""Who said it: `check` catches a quote given to someone other than the person its cue names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.pipeline import checked_story
from tests.project_copy import STORIES, WALTZ

FACTS = STORIES / WALTZ / "facts.yaml"
OFFICIALS = {"mike-waltz": "marco-rubio", "marco-rubio": "mike-waltz"}
ONLY_A_PRONOUN = {"rubio-back-to-2014"}  # `He similarly predicted that ...`: not an error


def _quotes() -> list[dict]:
    return yaml.safe_load(FACTS.read_text(encoding="utf-8"))["quotes"]


def _checked_with_speaker(tmp_path: Path, monkeypatch, quote: dict, speaker: str) -> list[str]:
    text = FACTS.read_text(encoding="utf-8")
    line = re.compile(
        rf"(- id: {re.escape(quote['id'])}\n\s+speaker: ){re.escape(quote['speaker'])}\n"
    )
    assert line.search(text), quote["id"]
    story = tmp_path / "seeds" / "story"
    story.mkdir(parents=True)
    (story / "facts.yaml").write_text(line.sub(rf"\g<1>{speaker}\n", text), encoding="utf-8")
    shutil.copy(STORIES / WALTZ / "article.txt", story / "article.txt")
    monkeypatch.chdir(tmp_path)
    _, problems = checked_story(Path("seeds/story"))
    return [str(problem) for problem in problems]


@pytest.mark.parametrize(
    "quote",
    [quote for quote in _quotes() if quote["speaker"] in OFFICIALS],
    ids=lambda quote: quote["id"],
)
def test_a_quote_given_to_the_other_official_is_caught(tmp_path, monkeypatch, quote):
    wrong = OFFICIALS[quote["speaker"]]
    problems = _checked_with_speaker(tmp_path, monkeypatch, quote, wrong)
    caught = [problem for problem in problems if ".speaker: paragraph" in problem]
    if quote["id"] in ONLY_A_PRONOUN:
        assert caught == []
        return
    assert len(caught) == 1, problems
    assert f"gives this quote to {quote['speaker']} (" in caught[0]
    assert caught[0].endswith(f"not {wrong}; set speaker: {quote['speaker']}")


def test_the_error_quotes_the_cue_and_points_at_the_speaker_line(tmp_path, monkeypatch):
    quote = next(quote for quote in _quotes() if quote["id"] == "waltz-territory")
    problems = _checked_with_speaker(tmp_path, monkeypatch, quote, "marco-rubio")
    text = (tmp_path / "seeds" / "story" / "facts.yaml").read_text(encoding="utf-8").splitlines()
    (problem,) = [problem for problem in problems if "gives this quote" in problem]
    place, message = problem.split(": ", 1)
    line, column = map(int, place.split(":")[1:3])
    assert text[line - 1][column - 1 :] == "marco-rubio"
    assert message == (
        'quotes[0].speaker: paragraph 4 gives this quote to mike-waltz ("Waltz said"), '
        "not marco-rubio; set speaker: mike-waltz"
    )


def test_a_quote_given_to_the_government_its_speaker_speaks_for_is_no_error(tmp_path, monkeypatch):
    quote = next(quote for quote in _quotes() if quote["id"] == "waltz-territory")
    problems = _checked_with_speaker(tmp_path, monkeypatch, quote, "united-states")
    assert not [problem for problem in problems if "gives this quote" in problem]
