"""Progress of long runs: counts on a terminal bar, a bounded number of plain lines elsewhere."""

from __future__ import annotations

import io

from generator.shells.progress import ProgressDisplay


def test_off_a_terminal_each_stage_prints_a_few_plain_lines():
    stream = io.StringIO()
    display = ProgressDisplay(stream, terminal=False)
    for done in range(1, 1001):
        display("checking stories", done, 1000)
    for done in range(1, 4):
        display("rendering stories", done, 3)
    lines = stream.getvalue().splitlines()

    assert lines[0] == "checking stories: 1/1000"
    assert lines[1] == "checking stories: 100/1000"
    assert lines[10] == "checking stories: 1000/1000"
    assert lines[11:] == [
        "rendering stories: 1/3",
        "rendering stories: 2/3",
        "rendering stories: 3/3",
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_bar_shows_the_counts():
    stream = Terminal()
    display = ProgressDisplay(stream)
    for done in range(1, 51):
        display("writing pages", done, 50)
    output = stream.getvalue()

    assert "writing pages" in output
    assert "50/50" in output
    assert "#" in output
