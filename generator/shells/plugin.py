"""The MkDocs plugin: `mkdocs build` and `mkdocs serve` run the same `generate` as the CLI.

mkdocs.yml in; pages under docs/ regenerated before each build out. While serving, a fact sheet
with problems is shown on its story's pages and in the console, and the server keeps running.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.assemble.structured_data import with_site_publisher
from generator.build.editor_html import clean_editor_html
from generator.build.reuse import (
    STORE_FOLDER,
    PageStore,
    WarningCounter,
    quiet_dirty_notice,
)
from generator.build.search_index import search_index_text
from generator.build.theme_code import keep_compiled_templates
from generator.cache.generation import GenerationCache
from generator.cache.stored import load_cache, store_cache
from generator.model.layout import ADDITIONS_FOLDER, STORIES_FOLDER
from generator.model.problem import Problem, ProblemsFound
from generator.pipeline import Project, generate
from generator.shells.error_pages import (
    SITE_WIDE,
    group_problems,
    problem_banner,
    problem_lines,
    problem_page,
    source_edit_url,
    story_of_page,
)
from generator.shells.idle_collector import IdleCollector
from generator.shells.watch import OwnWrites, watch_docs
from generator.write.pages import MANY_SOURCES, SOURCE_KEY, WriteReport, repaired_message

log = get_plugin_logger("explainer")
Progress = Callable[[str, int, int], None]


def _console() -> logging.Logger:
    """A logger outside MkDocs' own, so problems shown while serving do not abort the build."""
    console = logging.getLogger("explainer.serve")
    if not console.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("ERROR    -  %(message)s"))
        console.addHandler(handler)
        console.propagate = False
    return console


class ExplainerConfig(base.Config):
    seeds = options.Type(str, default="seeds")
    """The folder of stories, relative to mkdocs.yml."""
    templates = options.Type(str, default="templates")
    """The folder of Jinja2 templates, relative to mkdocs.yml."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Generates the explainer pages before MkDocs reads docs/."""

    def __init__(self) -> None:
        self.serving = False
        self.cache: GenerationCache | None = None
        """The run to start from: kept between rebuilds while serving, or handed over by the
        CLI's `build`, which has just generated (see `hand_over`)."""
        self.progress: Progress | None = None
        self.pages = 0
        self.counts: dict[str, int] = {}
        self.failed: dict[str, list[Problem]] = {}
        self.project: Project | None = None
        self.root = Path(".")
        """The folder of mkdocs.yml."""
        self.story_dates: dict[str, str] = {}
        self.reuse = False
        """True in a `dirty` build: MkDocs then rebuilds only the pages `store` says changed."""
        self.split = False
        """True when many pages to build are shared with a second process (`explainer build`)."""
        self.generated: WriteReport | None = None
        self.store: PageStore | None = None
        self.files: Files | None = None
        self.warnings: WarningCounter | None = None
        self.own_writes = OwnWrites()
        self.collector = IdleCollector()
        """Garbage is collected between builds of a few pages, not during them."""
        self.search = None
        """Material's search plugin of the build under way, when the site has it."""

    def hand_over(
        self,
        cache: GenerationCache,
        progress: Progress | None = None,
        reuse: bool = False,
        split: bool = False,
        generated: WriteReport | None = None,
    ) -> None:
        """Start the next build from a run that just finished, so that it does not generate
        everything a second time, and report its pages as MkDocs reads and writes them.
        `reuse`: the build is `dirty`, and pages the store vouches for are not rebuilt.
        `split`: many pages to build are shared with a second process.
        `generated`: the report of a run of `generate` made just before the build (whose
        problems its caller has shown): the build then does not generate again."""
        self.cache, self.progress, self.reuse, self.split = cache, progress, reuse, split
        self.generated = generated

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this object (and its cache) alive across rebuilds in serve.
        self.serving = command == "serve"
        self.reuse = dirty
        if dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(quiet_dirty_notice)

    def on_config(self, config: MkDocsConfig) -> None:
        root = self.root = Path(config.config_file_path or ".").resolve().parent
        docs = Path(config.docs_dir)
        config_file = Path(config.config_file_path) if config.config_file_path else None
        self.project = Project(
            root / self.config.seeds, root / self.config.templates, docs, config_file
        )
        if self.store is None or self.store.folder != root / STORE_FOLDER:
            self.store = PageStore(root / STORE_FOLDER)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        assert self.project is not None
        self.failed, self.story_dates = {}, {}
        if self.generated is not None and not self.serving:
            self.story_dates = self.generated.story_dates  # docs/ was written just now
            return
        cache = self.cache
        if self.serving:
            # The preview starts from what the last build or preview stored.
            cache = self.cache = cache or load_cache(self.root)
        else:
            self.cache = None  # a run handed over serves one build only
        self.own_writes.writing()
        report = None
        try:
            report, warnings = generate(self.project, drafts=self.serving, cache=cache)
        except ProblemsFound as found:
            if not self.serving:
                raise PluginError(
                    "explainer: nothing was generated:\n" + problem_lines(found.problems)
                ) from None
            _console().error("explainer: nothing was generated:\n%s", problem_lines(found.problems))
            self.failed = group_problems(found.problems, self.project.seeds, self.project.docs)
            # The failing story's pages show its problems instead of their sections, so links
            # from pages across stories (people, topics) to its anchors cannot hold meanwhile.
            config.validation.links.anchors = logging.DEBUG
            return
        finally:
            self.own_writes.written(self._touched(report))
        self.story_dates = report.story_dates
        for warning in warnings:
            log.info(str(warning))
        for page in report.adopted:
            log.info(f"{page}: hand-written page at the path of a generated page; left alone")
        for page in report.foreign:
            log.info(
                f"{page}: not written by explainer, in a folder of generated pages; left alone"
            )
        for page, kept in report.kept:
            log.info(
                f"{page}: no longer generated, but edited by hand; moved out of the site to {kept}"
            )
        if report.repaired:
            log.info(repaired_message(report.repaired))
        log.info(
            f"{len(report.written)} pages written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed"
        )

    def _touched(self, report) -> list[Path]:
        """The files a run of `generate` wrote or removed under docs/, the feed included."""
        assert self.project is not None
        if report is None:
            return []
        names = [*report.written, *report.removed, *report.repaired]
        return [Path(name) for name in names] + [self.project.docs / "feed.xml"]

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Give a failing story that has no page yet one to show its problems on."""
        self.counts = {"reading pages": 0, "writing pages": 0}
        for slug in self.failed:
            if slug == SITE_WIDE:
                continue
            index = f"{STORIES_FOLDER}/{slug}/index.md"
            if files.get_file_from_path(index) is None:
                files.append(File.generated(config, index, content="# Problems\n"))
        self._begin_reuse(files, config)
        return files

    def _begin_reuse(self, files: Files, config: MkDocsConfig) -> None:
        """Tell MkDocs which pages changed, and count warnings so a warned build stores nothing.
        While a story fails, every page is built: problem pages are not stored."""
        assert self.store is not None
        self.files = files
        # Only a dirty build skips the pages another process builds.
        self.store.may_split = self.split and self.reuse and not self.failed
        self.store.previewing = self.serving
        self.store.storable = not self.failed  # its problem pages and lowered checks
        self.store.begin(config, files, reuse=self.reuse and not self.failed)
        self.search = _search_plugin(config)
        self.warnings = WarningCounter(self.store)
        logging.getLogger("mkdocs").addHandler(self.warnings)
        self.pages = sum(1 for src in self.store.pages_to_build(files))
        self.collector.build_starts(self.pages)

    @event_priority(50)  # before the search plugin indexes the page, wherever it is listed
    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav):
        assert self.store is not None
        self.store.page_starts(page, self._search_entries())
        return context

    def _count(self, stage: str) -> None:
        if self.progress is not None:
            self.counts[stage] += 1
            self.progress(stage, min(self.counts[stage], self.pages), self.pages)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        self._count("writing pages")
        assert self.store is not None
        self.store.page_built(page, output, self._search_entries())
        return output

    @event_priority(50)  # before the search plugin writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Check the anchor links MkDocs did not, and give the search plugin every page's
        entries, reused ones included, in the order a full build gives them."""
        assert self.store is not None and self.files is not None
        try:
            entries = self.store.finish(self.files, config.validation.links.anchors)
        finally:
            self._stop_counting()
            if self.serving:
                self.collector.build_ends()
        search = self.search
        index = getattr(search, "search_index", None)
        if index is not None:
            # The search plugin writes its index when the build ends: from the entries of every
            # page, reused ones included, kept as JSON, instead of serialising 8,000 pages again.
            write_empty = type(index).generate_search_index.__get__(index)  # the plugin's own
            index.entries = []

            def whole_index(previous) -> str:
                return search_index_text(write_empty(None), entries)

            index.generate_search_index = whole_index
            search.search_index_prev = None  # the list is whole: nothing to merge

    def _search_entries(self) -> list | None:
        """The search plugin's entries so far, when the site has Material's search."""
        return getattr(getattr(self.search, "search_index", None), "entries", None)

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_counting()
        if self.serving:
            self.collector.build_ends()
        if self.store is not None:
            self.store.end_part(succeeded=False)  # a second build process ends here

    def _stop_counting(self) -> None:
        if self.warnings is not None:
            logging.getLogger("mkdocs").removeHandler(self.warnings)
            self.warnings = None

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self._count("reading pages")
        json_ld = page.meta.get("json_ld")
        if isinstance(json_ld, str):
            page.meta["json_ld"] = with_site_publisher(json_ld, config.site_name, config.site_url)
        source = page.meta.get(SOURCE_KEY)
        if source and page.edit_url:
            if source == MANY_SOURCES:
                page.edit_url = None  # nothing to edit
            else:
                docs_name = Path(config.docs_dir).name
                page.edit_url = source_edit_url(page.edit_url, page.file.src_uri, docs_name, source)
        slug = story_of_page(page.file.src_uri)
        if slug is not None and slug in self.failed:
            return problem_page(self.failed[slug])
        if page.file.src_uri == "index.md" and self.failed:
            every = [problem for group in self.failed.values() for problem in group]
            return problem_banner(every, "Nothing was generated: fix these problems") + markdown
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Clean the editor's own Markdown of scripts and event handlers, on the editor's pages
        and in the sections an editor adds to generated pages."""
        source = page.meta.get(SOURCE_KEY)
        own_page = isinstance(source, str) and Path(source).parent.name == ADDITIONS_FOLDER
        return clean_editor_html(html, own_page)

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Date each page in the sitemap by its story's last update, and a page about many
        stories by the newest one, instead of by the day of the build (MkDocs' default, which
        SOURCE_DATE_EPOCH sets when given): the same sources make the same sitemap any day.
        The theme's templates are compiled once and kept (`generator.build.theme_code`)."""
        keep_compiled_templates(env, self.root)
        if "SOURCE_DATE_EPOCH" in os.environ or not self.story_dates:
            return env
        newest = max(self.story_dates.values())
        for file in files.documentation_pages():
            if file.page is not None:
                slug = story_of_page(file.src_uri)
                file.page.update_date = self.story_dates.get(slug or "", newest)
        return env

    def on_shutdown(self) -> None:
        """The build or the preview is over: wait for the store of built pages to be written,
        and keep what the preview generated for the next build."""
        if self.store is not None:
            self.store.end_part(succeeded=False)  # a second build process never gets here
            self.store.wait()
        self.collector.stop()
        if self.serving and self.cache is not None:
            store_cache(self.cache, self.root)
        if not self.serving:  # what `hand_over` gave was for that build only
            self.cache, self.progress, self.reuse, self.split = None, None, False, False
            self.generated = None

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        """Watch seeds/ and templates/ too; the plugin's own writes to docs/ start no build."""
        assert self.project is not None
        watch_docs(server, Path(config.docs_dir), self.own_writes)
        for folder in (self.project.seeds, self.project.templates):
            if folder.is_dir():
                server.watch(str(folder))
        return server


def _search_plugin(config: MkDocsConfig):
    """Material's search plugin, when the site has it."""
    for plugin in config.plugins.values():
        if hasattr(plugin, "search_index") or type(plugin).__name__ == "SearchPlugin":
            return plugin
    return None
