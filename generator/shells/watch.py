"""Serve (watching docs/): one save, one build. The pages the plugin itself writes under docs/ while
it builds are not edits, so they do not start a second build; every other change does.

MkDocs' live-reload server watches docs/ and rebuilds on any change there, the plugin's own writes
included. `watch_docs` puts a watch in its place that asks `OwnWrites` first. It needs two
attributes of MkDocs' server that are not public API (`_rebuild_cond`, `_want_rebuild`); where they
are missing, MkDocs' own watch is kept and a save may build twice, as before.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler


class OwnWrites:
    """The files the plugin wrote or removed under docs/, with what it left in each."""

    def __init__(self) -> None:
        self._left: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._writing = False
        self._waiting: list[list[str]] = []
        self.trigger: Callable[[], None] | None = None
        """Starts a build: set by `watch_docs`."""

    def writing(self) -> None:
        """The plugin starts to write: changes seen meanwhile are judged once it is done."""
        with self._lock:
            self._writing = True

    def written(self, paths: Iterable[Path]) -> None:
        """The plugin is done writing (or removing) `paths`: remember what it left there, then
        judge the changes seen meanwhile."""
        with self._lock:
            for path in paths:
                self._left[str(path.absolute())] = _digest(path)
            self._writing = False
            waiting, self._waiting = self._waiting, []
        if any(not self._all_own(paths) for paths in waiting) and self.trigger is not None:
            self.trigger()

    def changed(self, paths: list[str]) -> bool:
        """True when a change to these paths is an edit that needs a build."""
        with self._lock:
            if self._writing:
                self._waiting.append(paths)
                return False
        return not self._all_own(paths)

    def _all_own(self, paths: list[str]) -> bool:
        return all(_is_temporary(path) or self._is_as_left(path) for path in paths)

    def _is_as_left(self, path: str) -> bool:
        if path not in self._left:
            return False
        return self._left[path] == _digest(Path(path))


def watch_docs(server, docs: Path, own: OwnWrites) -> bool:
    """Watch `docs` through `own` instead of MkDocs' own watch; False when it cannot."""
    condition = getattr(server, "_rebuild_cond", None)
    if condition is None or not hasattr(server, "_want_rebuild") or not hasattr(server, "observer"):
        return False

    def trigger() -> None:
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    def on_any_event(event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        paths = [str(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if own.changed(paths):
            trigger()

    server.unwatch(str(docs))
    handler = FileSystemEventHandler()
    handler.on_any_event = on_any_event  # type: ignore[method-assign]
    server.observer.schedule(handler, str(docs), recursive=True)
    own.trigger = trigger
    return True


def _is_temporary(path: str) -> bool:
    """The temporary file the writer renames into place (see generator.write.files)."""
    name = Path(path).name
    return name.startswith(".") and name.endswith(".tmp")


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
