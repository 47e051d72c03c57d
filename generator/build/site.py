"""Build: the generated Markdown becomes a static site through MkDocs, in strict mode.

`mkdocs.yml` in; `site/` out. Only this module talks to MkDocs' build command.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load


class BuildFailed(Exception):
    """MkDocs refused the configuration or the pages; the message says why."""


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _PageCounter(logging.Handler):
    """Turns MkDocs' debug lines about each page into progress calls."""

    STAGES = (("Reading: ", "reading pages"), ("Building page ", "writing pages"))

    def __init__(self, progress, total: int) -> None:
        super().__init__(logging.DEBUG)
        self.progress = progress
        self.total = total
        self.counts = {stage: 0 for _, stage in self.STAGES}

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        for prefix, stage in self.STAGES:
            if message.startswith(prefix) and message.endswith(".md"):
                self.counts[stage] += 1
                self.progress(stage, min(self.counts[stage], self.total), self.total)


def build_site(
    config_file: Path,
    site_dir: Path | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Path:
    """Build the site strictly; return the folder it was built in.

    `progress`, when given, is called with (stage, done, total) as MkDocs reads and writes pages.
    """
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    page_logger = logging.getLogger("mkdocs.commands.build")
    level = page_logger.level
    counter = None
    try:
        overrides = {"strict": True}
        if site_dir is not None:
            overrides["site_dir"] = str(site_dir)
        config = load_config(str(config_file), **overrides)
        if progress is not None:
            total = sum(1 for _ in Path(config["docs_dir"]).rglob("*.md"))
            counter = _PageCounter(progress, total)
            page_logger.addHandler(counter)
            page_logger.setLevel(logging.DEBUG)
        build(config)
    except (Abort, ConfigurationError, PluginError, OSError) as error:
        details = "; ".join(collector.messages)
        raise BuildFailed(f"{error}{' (' + details + ')' if details else ''}") from None
    finally:
        logger.removeHandler(collector)
        if counter is not None:
            page_logger.removeHandler(counter)
            page_logger.setLevel(level)
    return Path(config["site_dir"])


_CONFIG_LOADER = get_yaml_loader(getattr(yaml, "CLoader", yaml.Loader))
"""MkDocs' own reading of its configuration (`!ENV`, Python tags), parsed by libyaml when it is
there: several times faster than the pure parser MkDocs uses by default."""


def read_site_settings(config_file: Path) -> tuple[str | None, str]:
    """`site_url` and `site_name` of a MkDocs configuration (`!ENV` and `INHERIT` resolved).

    Raises `BuildFailed` when the file cannot be read.
    """
    try:
        with config_file.open(encoding="utf-8") as stream:
            settings = yaml_load(stream, loader=_CONFIG_LOADER)
    except (OSError, ConfigurationError) as error:
        raise BuildFailed(f"{config_file}: {error}") from None
    site_url = settings.get("site_url") or None
    return (str(site_url) if site_url else None), str(settings.get("site_name") or "Explainers")
