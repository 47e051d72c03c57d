"""The `eval` command: a thin shell over `generator.draft.evaluation`.

A folder of gold files in; the Markdown score tables printed, or one `Error: ...` line and exit 1.
"""

from __future__ import annotations

from pathlib import Path

import click

from generator.draft.evaluation import (
    SPLITS,
    GoldRefused,
    evaluate,
    format_summary,
    format_table,
    load_gold,
)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--split",
    type=click.Choice(["all", *SPLITS]),
    default="all",
    show_default=True,
    help="Score only the development or the held-out articles.",
)
@click.option("--details", is_flag=True, help="List every missed, extra or misattributed quote.")
def eval_command(gold_dir: Path, split: str, details: bool) -> None:
    """Score drafts against the gold annotations in GOLD_DIR and print a Markdown table.

    Each NAME.yaml in GOLD_DIR or its subfolders annotates the article NAME.txt beside it: its
    direct quotes (paragraph, exact text, speaker), the words in quotation marks that are not
    quotes, and whether it is a development or a held-out article. A second table sets the dev and
    held-out totals side by side.
    """
    if not gold_dir.is_dir():
        raise click.ClickException(f"{gold_dir} is not a folder of gold files")
    try:
        golds = [gold for gold in load_gold(gold_dir) if split in {"all", gold.split}]
        scores = [evaluate(gold) for gold in golds]
    except GoldRefused as refused:
        raise click.ClickException(str(refused)) from None
    if not scores:
        raise click.ClickException(f"{gold_dir} holds no {split} articles")
    click.echo(format_table(scores))
    click.echo()
    click.echo(format_summary(scores))
    if details:
        for score in scores:
            for miss in score.misses:
                click.echo(f"{score.name}: {miss}")
