"""Garbage collection waits while a build of a few pages runs, and comes back once idle."""

from __future__ import annotations

import gc
import time

from generator.shells.idle_collector import FEW_PAGES, PAUSES_IN_A_ROW, IdleCollector


def test_a_build_of_a_few_pages_pauses_collection_until_the_preview_is_idle():
    collector = IdleCollector(idle=0.05)
    try:
        collector.build_starts(pages=3)
        assert not gc.isenabled()
        collector.build_ends()
        assert not gc.isenabled()  # not yet: the preview has not been idle
        deadline = time.monotonic() + 5
        while not gc.isenabled():
            assert time.monotonic() < deadline, "collection never came back"
            time.sleep(0.01)
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_build_that_starts_before_the_pause_keeps_collection_waiting():
    collector = IdleCollector(idle=0.2)
    try:
        collector.build_starts(pages=1)
        collector.build_ends()
        collector.build_starts(pages=1)  # a save within the pause
        time.sleep(0.4)
        assert not gc.isenabled()
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_build_of_many_pages_collects_as_usual():
    collector = IdleCollector(idle=0.05)
    try:
        collector.build_starts(pages=1)
        collector.build_starts(pages=FEW_PAGES + 1)  # a full build after a small one
        assert gc.isenabled()
        collector.build_ends()
        assert gc.isenabled()
    finally:
        collector.stop()


def test_saves_too_quick_for_the_preview_to_be_idle_still_collect_every_few_builds():
    collector = IdleCollector(idle=60)
    try:
        for _ in range(PAUSES_IN_A_ROW):
            collector.build_starts(pages=1)
            assert not gc.isenabled()
            collector.build_ends()
        collector.build_starts(pages=1)
        assert gc.isenabled()  # this one collects as it goes
        collector.build_ends()
        collector.build_starts(pages=1)
        assert not gc.isenabled()
    finally:
        collector.stop()
    assert gc.isenabled()
