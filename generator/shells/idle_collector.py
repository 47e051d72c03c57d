"""Idle collector: Python's garbage collection waits while a build of a few pages runs.

A build keeps what the next one needs (the generated stories, the store of built pages):
millions of objects. A full collection looks at all of them, and even a build of a few pages
makes enough new objects to start one: at 1,000 stories it added 0.3-0.7 s to every save of a
preview. So collection is paused while such a build runs; a preview collects once it has been
idle a moment, or during the next build after eight paused ones in a row (every build leaves
cycles among MkDocs' page objects, which must not pile up), so memory is still given back. A
build of many pages (a full build) collects as usual.
"""

from __future__ import annotations

import gc
import threading

FEW_PAGES = 16
"""Pages to build up to which collection is paused during the build."""
PAUSES_IN_A_ROW = 8
"""Builds paused without a collection between them, after which the next one collects as
usual (saves that come too quickly for the preview ever to be idle)."""
IDLE_SECONDS = 2.0
"""How long after a paused build the preview collects, unless another build starts first."""


class IdleCollector:
    """Pauses collection during builds of a few pages; collects once the builds pause."""

    def __init__(self, idle: float = IDLE_SECONDS) -> None:
        self.idle = idle
        self.paused = False
        self._in_a_row = 0
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def build_starts(self, pages: int) -> None:
        """A build of `pages` pages starts: a collection waiting for a pause waits on."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if pages <= FEW_PAGES and self._in_a_row < PAUSES_IN_A_ROW:
                gc.disable()
                self.paused = True
                self._in_a_row += 1
            else:
                gc.enable()
                self.paused = False
                self._in_a_row = 0

    def build_ends(self) -> None:
        """The build is over (the preview goes on): collect once it has been idle."""
        with self._lock:
            if not self.paused:
                return
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.idle, self._collect)
            self._timer.daemon = True  # never keeps a stopped preview alive
            self._timer.start()

    def stop(self) -> None:
        """No more builds: collection as usual again."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self.paused:
                gc.enable()
                self.paused = False

    def _collect(self) -> None:
        with self._lock:
            if self._timer is not threading.current_thread():
                return  # a build started meanwhile
            self._timer = None
            gc.enable()
            self.paused = False
            self._in_a_row = 0
        gc.collect()
