"""Build: the generated Markdown becomes a static site through MkDocs, in strict mode.

`mkdocs.yml` in; `site/` out, replaced whole or not at all (`publish`). Only this module talks to
MkDocs' build command.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError, PluginError
from mkdocs.utils.yaml import get_yaml_loader, yaml_load

from generator.build.publish import (
    PublishRefused,
    discard,
    keeps_spare,
    prepare_target,
    publish,
)
from generator.build.reuse import quiet_dirty_notice
from generator.model.failures import plain_reason


class BuildFailed(Exception):
    """MkDocs refused the configuration or the pages; the message says why."""


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(
    config_file: Path,
    site_dir: Path | None = None,
    prepare: Callable[[MkDocsConfig], None] | None = None,
    clean: bool = False,
    reuse: bool = False,
) -> Path:
    """Build the site strictly in a folder beside its target, then swap it in; return the target.

    A failed or interrupted build leaves the previous site whole. A target holding files the tool
    did not write is refused unless `clean`. `prepare`, when given, is called with the loaded
    configuration before the build starts (the CLI hands its plugin the run it just made and its
    progress display). `reuse` builds `dirty` when the explainer plugin is in the site: only
    the pages its store of built pages says changed are built, the others are copied from it
    (see `generator.build.reuse`).
    """
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        overrides = {"strict": True}
        if site_dir is not None:
            overrides["site_dir"] = str(site_dir)
        config = load_config(str(config_file), **overrides)
    except (Abort, ConfigurationError, PluginError, OSError) as error:
        logger.removeHandler(collector)
        raise _failure(error, collector) from None
    target = Path(config["site_dir"])
    spare = keeps_spare(target, config_file.parent)
    try:
        building = prepare_target(target, clean, spare)
    except PublishRefused as refused:
        logger.removeHandler(collector)
        raise BuildFailed(str(refused)) from None
    try:
        config["site_dir"] = str(building)
        if prepare is not None:
            prepare(config)
        dirty = reuse and "explainer" in config.plugins  # its store says which pages changed
        if dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(quiet_dirty_notice)
        build(config, dirty=dirty)
        spare_made = publish(building, target, spare)
    except (Abort, ConfigurationError, PluginError) as error:
        raise _failure(error, collector) from None
    except OSError as error:
        where = error.filename or building
        raise BuildFailed(
            f"{where}: cannot be written: {plain_reason(error)}; {target} was left as it was"
        ) from None
    finally:
        config.plugins.on_shutdown()  # as `mkdocs build` ends: plugins finish their writes
        discard(building, target, spare)
        logger.removeHandler(collector)
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet_dirty_notice)
    spare_made()  # a spare that could not be made only means a slower next build
    return target


def _failure(error: Exception, collector: _Collector) -> BuildFailed:
    details = "; ".join(collector.messages)
    return BuildFailed(f"{error}{' (' + details + ')' if details else ''}")


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
