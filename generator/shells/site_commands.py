"""The site commands (check, generate, build, adopt, schema, serve): shells over the pipeline.

Parse options, call the pipeline, print problems, pick the exit code: 0 when clean, 1 when
problems were found, 2 for a usage error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from generator.cache.generation import GenerationCache
from generator.cache.stored import load_cache, store_cache, store_cache_aside
from generator.model.problem import Problem, ProblemsFound, display_path, summarize
from generator.pipeline import Project, check, generate
from generator.shells.progress import ProgressDisplay
from generator.write.pages import repaired_message

root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder holding seeds/, templates/, docs/ and mkdocs.yml.",
)
force_option = click.option(
    "--force", is_flag=True, help="Overwrite generated pages even when they were edited by hand."
)


@click.command("check")
@root_option
@click.argument("stories", nargs=-1)
def check_command(root: Path, stories: tuple[str, ...]) -> None:
    """Validate every fact sheet under seeds/ and verify it against its article.

    Prints one line per problem (FILE:LINE:COLUMN: message) and a summary line. Writes nothing.
    STORIES, when given, are story folder names under seeds/; only those are checked.
    """
    result = check(Project.at(root), list(stories))
    report_problems(result.problems, result.fact_sheets)
    sys.exit(0 if result.ok else 1)


@click.command("generate")
@root_option
@force_option
def generate_command(root: Path, force: bool) -> None:
    """Check every story, then write its Markdown pages under docs/ (writes nothing on error)."""
    report = _generate_or_exit(Project.at(root), force, ProgressDisplay())
    click.echo(
        f"{len(report.written)} pages written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed"
    )


@click.command("build")
@root_option
@force_option
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to build the site (default: site_dir of mkdocs.yml, usually site/).",
)
@click.option(
    "--clean",
    is_flag=True,
    help="Replace the site folder even when it holds files explainer did not write.",
)
@click.option(
    "--single-process",
    is_flag=True,
    help="Build every page in one process (by default many pages to build are shared with a "
    "second process, so that two cores build).",
)
def build_command(
    root: Path, force: bool, site_dir: Path | None, clean: bool, single_process: bool
) -> None:
    """Check, generate and build the static site with MkDocs in strict mode.

    The site is built beside its folder and swapped in only when complete: a failed or
    interrupted build leaves the previous site whole. One build runs at a time per project.
    """
    from generator.build.publish import PublishRefused, build_lock

    try:
        with build_lock(root):
            _build(root, force, site_dir, clean, not single_process)
    except PublishRefused as refused:
        click.echo(f"Error: {refused}", err=True)
        sys.exit(1)


def _build(root: Path, force: bool, site_dir: Path | None, clean: bool, split: bool) -> None:
    from generator.build.site import BuildFailed, build_site

    project = Project.at(root)
    cache = load_cache(root)
    display = ProgressDisplay()
    try:
        report = _generate_or_exit(project, force, display, cache)
    except SystemExit:
        store_cache(cache, root)  # what was checked is kept: the next run redoes what changed
        raise
    stored = store_cache_aside(cache, root)
    click.echo(f"{len(report.written)} pages written, {len(report.unchanged)} unchanged")

    plugins = []

    def hand_over(config, split: bool = split) -> None:
        plugin = config.plugins.get("explainer")
        if plugin is not None:
            plugin.hand_over(cache, display, reuse=True, split=split, generated=report)
            plugins.append(plugin)

    try:
        try:
            built = build_site(root / "mkdocs.yml", site_dir, hand_over, clean=clean, reuse=True)
        except BuildFailed:
            if not any(plugin.store and plugin.store.split_failed for plugin in plugins):
                raise
            # Build again in one process: what failed in the second one is reported as usual.
            alone = lambda config: hand_over(config, split=False)  # noqa: E731
            built = build_site(root / "mkdocs.yml", site_dir, alone, clean=clean, reuse=True)
    except BuildFailed as failure:
        click.echo(f"Error: {failure}", err=True)
        sys.exit(1)
    finally:
        stored()
    click.echo(f"Site built in {os.path.relpath(built)}")


def _generate_or_exit(
    project: Project,
    force: bool,
    progress: ProgressDisplay | None = None,
    cache: GenerationCache | None = None,
):
    try:
        report, warnings = generate(project, force=force, progress=progress, cache=cache)
    except ProblemsFound as found:
        report_problems(found.problems)
        sys.exit(1)
    for warning in warnings:
        click.echo(str(warning), err=True)
    for overwritten in report.overwritten:
        click.echo(f"{overwritten}: warning: was edited by hand; overwritten (--force)", err=True)
    for foreign in report.foreign:
        click.echo(
            f"{foreign}: warning: not written by explainer, in a folder of generated pages; "
            "left alone",
            err=True,
        )
    for page, kept in report.kept:
        click.echo(
            f"{page}: warning: no longer generated, but edited by hand; moved out of the site "
            f"to {kept}",
            err=True,
        )
    for adopted in report.adopted:
        click.echo(
            f"{adopted}: warning: a hand-written page at the path of a generated page; left alone",
            err=True,
        )
    if report.repaired:
        click.echo(f"warning: {repaired_message(report.repaired)}", err=True)
    return report


def report_problems(problems: list[Problem], fact_sheets: int | None = None) -> None:
    """One line per problem on stderr, then the summary line."""
    for problem in problems:
        click.echo(str(problem), err=True)
    click.echo(summarize(problems, fact_sheets), err=True)


@click.command("adopt")
@click.argument("pages", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def adopt_command(pages: tuple[Path, ...]) -> None:
    """Hand generated story PAGES (docs/stories/<story>/<page>.md) to the editor for good.

    Each page, edits kept, moves to seeds/<story>/pages/<page>.md without its generation marker;
    generation publishes it from there instead of the generated page. Commit it; delete it to
    have the page generated again.
    """
    from generator.write.adoption import adopt_page

    problems: list[Problem] = []
    for page in pages:
        try:
            moved = adopt_page(page)
        except ProblemsFound as found:
            problems.extend(found.problems)
        else:
            click.echo(
                f"{page}: adopted; moved to {display_path(moved)}, which is published instead "
                "of the generated page (commit it; delete it to have the page generated again)"
            )
    if problems:
        report_problems(problems)
        sys.exit(1)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of a fact sheet (also in generator/facts.schema.json)."""
    from generator.model.schema import schema_text

    click.echo(schema_text(), nl=False)


@click.command("serve", context_settings={"ignore_unknown_options": True})
@root_option
@click.argument("mkdocs_options", nargs=-1, type=click.UNPROCESSED)
def serve_command(root: Path, mkdocs_options: tuple[str, ...]) -> None:
    """Preview the site with `mkdocs serve`: edits to seeds/ and templates/ show at once.

    Options after the command go to `mkdocs serve` (for example `--dev-addr 127.0.0.1:8001`).
    """
    from mkdocs.__main__ import cli as mkdocs_cli

    config = str(root / "mkdocs.yml")
    # A save rebuilds only the pages it changed (the plugin's store of built pages says which).
    dirty = [] if {"--clean", "--dirty", "--dirtyreload"} & set(mkdocs_options) else ["--dirty"]
    arguments = ["serve", "--config-file", config, *dirty, *mkdocs_options]
    try:
        mkdocs_cli.main(arguments, prog_name="mkdocs")
    except OSError as error:
        click.echo(f"Error: cannot serve: {error}", err=True)
        sys.exit(1)
