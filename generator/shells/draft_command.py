"""The `draft` command: a thin shell over `generator.draft`.

Parse options, call `draft_article` and `render_draft`, write or print, and turn refusals into
one `Error: ...` line with a non-zero exit; never a traceback. It loads only the drafter, which
starts in a fraction of the time the site pipeline takes; the evaluation is `eval_command`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from generator.draft.extraction import draft_article
from generator.draft.output.sheet import render_draft
from generator.draft.source import ArticleRefused, read_article
from generator.model.problem import ProblemsFound
from generator.write.files import write_atomically


def _parse_date(context: click.Context, parameter: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from None


@click.command("draft")
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "--published",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date; resolves `on Tuesday` and the like. Without it they stay TODO.",
)
@click.option("--outlet", metavar="NAME", help="Outlet that published the article.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft to FILE instead of printing it.",
)
@click.option("--force", is_flag=True, help="Overwrite FILE when it exists.")
def draft_command(
    article: Path, published: dt.date | None, outlet: str | None, output: Path | None, force: bool
) -> None:
    """Draft a fact sheet from ARTICLE: quotes with speakers, actors, dated events.

    Prints the YAML, or writes it to FILE with -o. Every place an editor must decide is marked
    TODO. Warnings (such as a quotation mark never closed) go to standard error.
    """
    if output is not None and output.exists() and not force:
        raise click.ClickException(f"{output} exists; pass --force to overwrite it")
    try:
        text = read_article(article)
    except ArticleRefused as refused:
        raise click.ClickException(str(refused)) from None
    draft = draft_article(text, published, outlet)
    for warning in draft.warnings:
        click.echo(f"warning: {article}: {warning}", err=True)
    if not draft.quotes:
        click.echo(f"warning: {article}: no quotations found", err=True)
    yaml_text = render_draft(draft)
    if output is None:
        click.echo(yaml_text, nl=False)
        return
    if not output.parent.is_dir():
        raise click.ClickException(f"{output.parent} is not a folder; create it first")
    try:
        write_atomically(output, yaml_text)
    except ProblemsFound as found:
        raise click.ClickException("; ".join(map(str, found.problems))) from None
    click.echo(f"wrote {output}: {len(draft.quotes)} quotes, {len(draft.actors)} actors", err=True)
