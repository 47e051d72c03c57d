"""Evaluation: score drafts against gold annotations of the same articles.

A folder of gold files (`NAME.yaml` beside `NAME.txt`) in; per-article and total scores out:
exact-span precision and recall of quotes, speaker accuracy over matched quotes (all of them, and
those whose speaker the draft does not flag for checking), how many words in quotation marks that
are not quotes (traps) were annotated, and how many of them were attributed to a speaker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.draft.extraction import Draft, draft_article
from generator.draft.source import ArticleRefused, read_article

SPLITS = ("dev", "heldout")
SPLIT_TITLES = {"dev": "dev", "heldout": "held-out"}
FOLDER_SPLITS = {"dev": "dev", "held-out": "heldout"}
"""A gold file in a folder of one of these names must belong to that split."""


class GoldRefused(Exception):
    """A gold file cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class GoldQuote:
    """One quotation as annotated; `speakers` lists accepted names, empty for no speaker."""

    paragraph: int
    text: str
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """The annotations of one article."""

    name: str
    article: Path
    split: str
    published: dt.date | None
    quotes: tuple[GoldQuote, ...]
    non_quotes: tuple[GoldQuote, ...] = ()
    optional: tuple[GoldQuote, ...] = ()


@dataclass
class Score:
    """Counts for one article (or a total); the rates are computed from them."""

    name: str
    split: str
    gold: int = 0
    drafted: int = 0
    matched: int = 0
    speakers_right: int = 0
    unflagged: int = 0
    unflagged_right: int = 0
    traps: int = 0
    non_quotes_attributed: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0

    @property
    def unflagged_accuracy(self) -> float:
        """Speaker accuracy over matched quotes drafted with a speaker and no `TODO` to check it."""
        return self.unflagged_right / self.unflagged if self.unflagged else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.drafted += other.drafted
        self.matched += other.matched
        self.speakers_right += other.speakers_right
        self.unflagged += other.unflagged
        self.unflagged_right += other.unflagged_right
        self.traps += other.traps
        self.non_quotes_attributed += other.non_quotes_attributed


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every gold file in `folder` and its subfolders, sorted by path."""
    files = sorted(folder.rglob("*.yaml"))
    if not files:
        raise GoldRefused(f"{folder} holds no gold files (NAME.yaml beside NAME.txt)")
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            raise GoldRefused(
                f"{path}: {seen[path.stem]} has the same name; rename one so the scores tell "
                "them apart"
            )
        seen[path.stem] = path
    return [_gold_article(path) for path in files]


def _gold_article(path: Path) -> GoldArticle:
    try:
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except (YAMLError, UnicodeDecodeError) as error:
        raise GoldRefused(f"{path}: not readable YAML ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise GoldRefused(f"{path}: expected a mapping with `article:` and a `quotes:` list")
    folder_split = FOLDER_SPLITS.get(path.parent.name)
    split = data.get("split", folder_split or "dev")
    if split not in SPLITS:
        raise GoldRefused(f"{path}: split is '{split}'; use one of {', '.join(SPLITS)}")
    if folder_split and split != folder_split:
        raise GoldRefused(
            f"{path}: split is '{split}' in the folder {path.parent.name}/; write "
            f"`split: {folder_split}` or move the article and its gold file"
        )
    published = data.get("published")
    if published is not None and not isinstance(published, dt.date):
        raise GoldRefused(f"{path}: published is '{published}'; write it as YYYY-MM-DD")
    return GoldArticle(
        name=path.stem,
        article=path.parent / str(data.get("article", f"{path.stem}.txt")),
        split=split,
        published=published,
        quotes=_gold_quotes(path, data.get("quotes")),
        non_quotes=_gold_quotes(path, data.get("non_quotes")),
        optional=_gold_quotes(path, data.get("optional")),
    )


def _gold_quotes(path: Path, items: Any) -> tuple[GoldQuote, ...]:
    quotes = []
    for number, item in enumerate(items or [], start=1):
        if not isinstance(item, dict) or "text" not in item or "paragraph" not in item:
            raise GoldRefused(f"{path}: entry {number} needs `paragraph:` and `text:`")
        speaker = item.get("speaker")
        speakers = tuple(speaker) if isinstance(speaker, list) else (speaker,) if speaker else ()
        quotes.append(GoldQuote(int(item["paragraph"]), str(item["text"]), speakers))
    return tuple(quotes)


def evaluate(gold: GoldArticle) -> Score:
    """Draft the gold article's text and score the draft."""
    try:
        text = read_article(gold.article)
    except ArticleRefused as refused:
        raise GoldRefused(str(refused)) from None
    return score_draft(gold, draft_article(text, gold.published))


def score_draft(gold: GoldArticle, draft: Draft) -> Score:
    """Compare a draft's quotes with the gold quotes of the same article."""
    score = Score(gold.name, gold.split, gold=len(gold.quotes), traps=len(gold.non_quotes))
    expected = {_key(quote.paragraph, quote.text): quote for quote in gold.quotes}
    ignored = {_key(quote.paragraph, quote.text) for quote in gold.optional}
    not_quotes = {_key(quote.paragraph, quote.text) for quote in gold.non_quotes}
    for quote in draft.quotes:
        key = _key(quote.quotation.paragraph, quote.quotation.text)
        if key in ignored:
            continue
        score.drafted += 1
        if key in not_quotes and quote.speaker is not None:
            score.non_quotes_attributed += 1
        wanted = expected.pop(key, None)
        if wanted is None:
            score.misses.append(f'extra: p{key[0]} "{key[1]}"')
            continue
        score.matched += 1
        names = _names(draft, quote.speaker)
        right = _speaker_right(wanted.speakers, names)
        if quote.speaker is not None and quote.sure:
            score.unflagged += 1
            score.unflagged_right += right
        if right:
            score.speakers_right += 1
        else:
            score.misses.append(
                f'speaker: p{key[0]} "{key[1]}": drafted {names[0] if names else None}, '
                f"gold {' or '.join(wanted.speakers) or None}"
            )
    score.misses += [f'missed: p{key[0]} "{key[1]}"' for key in expected]
    return score


def _key(paragraph: int, text: str) -> tuple[int, str]:
    return paragraph, " ".join(text.split())


def _names(draft: Draft, speaker: str | None) -> list[str]:
    if speaker is None:
        return []
    actor = draft.actor(speaker)
    return [actor.name, *actor.aliases]


def _plain(name: str) -> str:
    words = name.lower().split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _speaker_right(accepted: tuple[str, ...], names: list[str]) -> bool:
    if not accepted:
        return not names
    return bool({_plain(name) for name in accepted} & {_plain(name) for name in names})


def total(scores: list[Score], name: str, split: str = "") -> Score:
    """The sum of `scores`, whose rates are micro-averages."""
    result = Score(name, split)
    for score in scores:
        result.add(score)
    return result


def format_table(scores: list[Score]) -> str:
    """A Markdown table: one row per article, then totals per split and overall."""
    rows = [
        "| article | split | gold quotes | drafted | exact matches | precision | recall "
        "| speaker accuracy | non-quotes attributed | unflagged speakers | unflagged accuracy "
        "| traps |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    totals = [
        total([s for s in scores if s.split == split], f"**{split} total**", split)
        for split in SPLITS
        if any(s.split == split for s in scores)
    ]
    totals.append(total(scores, "**all**"))
    for score in [*scores, *totals]:
        rows.append(
            f"| {score.name} | {score.split} | {score.gold} | {score.drafted} | {score.matched} "
            f"| {score.precision:.3f} | {score.recall:.3f} | {score.speaker_accuracy:.3f} "
            f"| {score.non_quotes_attributed} | {score.unflagged} "
            f"| {score.unflagged_accuracy:.3f} | {score.traps} |"
        )
    return "\n".join(rows)


def format_summary(scores: list[Score]) -> str:
    """A Markdown table with one column per split present, side by side, rates with their counts."""
    splits = [split for split in SPLITS if any(s.split == split for s in scores)]
    totals = [total([s for s in scores if s.split == split], split, split) for split in splits]
    articles = [sum(s.split == split for s in scores) for split in splits]
    measures = [
        ("articles", [str(count) for count in articles]),
        ("gold quotes", [str(t.gold) for t in totals]),
        ("quote precision (exact spans)", [_rate(t.matched, t.drafted) for t in totals]),
        ("quote recall (exact spans)", [_rate(t.matched, t.gold) for t in totals]),
        ("speaker accuracy (matched quotes)", [_rate(t.speakers_right, t.matched) for t in totals]),
        (
            "speaker accuracy (not flagged `TODO: check the speaker`)",
            [_rate(t.unflagged_right, t.unflagged) for t in totals],
        ),
        ("traps (quoted words that are no one's quote)", [str(t.traps) for t in totals]),
        ("traps attributed to a speaker", [str(t.non_quotes_attributed) for t in totals]),
    ]
    rows = [
        "| measure | " + " | ".join(SPLIT_TITLES[split] for split in splits) + " |",
        "|---|" + "---:|" * len(splits),
    ]
    rows += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in measures]
    return "\n".join(rows)


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"
