"""Measure: how often `check` catches a quote given to the wrong person, and its false alarms.

For each gold article (tests/gold/<split>/*.yaml), a fact sheet is made from its gold: one actor
per speaker, each gold quote given to its gold speaker. The attribution check runs on that sheet
(any error is a false alarm), then once for every quote given to every other speaker of the
article (an error on that quote is a misattribution caught). Prints one line per article and the
totals.
Run: python benchmarks/attribution_check.py [tests/gold/held-out ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from generator.check.attribution import misattributed_quotes
from generator.draft.actors.registry import slugify
from generator.model.article import Article
from generator.model.factsheet import FactSheet

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def sheet_for(gold: dict, speakers: dict[str, str]) -> FactSheet:
    """A minimal fact sheet holding the gold quotes with the given speaker of each."""
    names = sorted(set(speakers.values()))
    return FactSheet.model_validate(
        {
            "story": {"title": "Gold", "published": "2025-01-01", "outlet": None},
            "summary": [
                {"text": "x", "paragraphs": [1], "asserted_by": "outlet", "status": "established"}
            ],
            "actors": [{"id": slugify(name), "name": name} for name in names],
            "quotes": [
                {
                    "id": f"q{index}",
                    "speaker": slugify(speakers[str(index)]),
                    "text": quote["text"],
                    "paragraph": quote["paragraph"],
                }
                for index, quote in enumerate(gold["quotes"])
                if str(index) in speakers
            ],
        }
    )


def measure(path: Path) -> tuple[int, int, int, int]:
    """(quotes, false alarms, wrong speakers tried, caught) for one gold article."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = Article.from_text((path.parent / gold["article"]).read_text(encoding="utf-8"))
    speakers = {
        str(index): quote["speaker"]
        for index, quote in enumerate(gold["quotes"])
        if isinstance(quote.get("speaker"), str) and quote["speaker"][:1].isupper()
    }
    if not speakers:
        return 0, 0, 0, 0
    alarms = len(list(misattributed_quotes(sheet_for(gold, speakers), article)))
    people = sorted(set(speakers.values()))
    tried = caught = 0
    for index, speaker in speakers.items():
        for other in people:
            if other == speaker:
                continue
            swapped = sheet_for(gold, {**speakers, index: other})
            position = sorted(speakers, key=int).index(index)
            found = [p for p, _ in misattributed_quotes(swapped, article) if p[1] == position]
            tried += 1
            caught += bool(found)
    return len(speakers), alarms, tried, caught


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[GOLD / "held-out"])
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    print(f"{'article':34} {'quotes':>6} {'false alarms':>12} {'wrong tried':>11} {'caught':>6}")
    for folder in args.folders:
        for path in sorted(folder.glob("*.yaml")):
            row = measure(path)
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print(f"{path.stem:34} {row[0]:6} {row[1]:12} {row[2]:11} {row[3]:6}")
    quotes, alarms, tried, caught = totals
    share = caught / tried if tried else 0.0
    print(f"{'total':34} {quotes:6} {alarms:12} {tried:11} {caught:6} ({share:.2f} caught)")


if __name__ == "__main__":
    main()
