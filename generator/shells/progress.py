"""Progress of long runs, for the command line: a bar on a terminal, plain lines elsewhere.

Stages call a reporter with (stage, done, total); this shell module decides how that is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

import click

Reporter = Callable[[str, int, int], None]
PLAIN_STEPS = 10
"""Off a terminal, a stage prints at most this many lines (each tenth), plus its first."""


class ProgressDisplay:
    """A reporter: a bar with counts and time left on a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, *, terminal: bool | None = None):
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.stage = ""
        self.bar = None
        self.shown = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.shown = -1
            if self.terminal:
                self.bar = click.progressbar(
                    length=total,
                    label=stage,
                    show_pos=True,
                    show_eta=True,
                    file=self.stream,
                )
                self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)
            if done >= total:
                self.close()
            return
        step = done * PLAIN_STEPS // max(total, 1)
        if step != self.shown:
            click.echo(f"{stage}: {done}/{total}", file=self.stream)
            self.shown = step

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
