"""The app takes over garbage collection while it runs and hands it back when it ends."""

from __future__ import annotations

import gc

from ftztui.tui.app import FtzApp

from .conftest import ready, settle


async def test_collection_is_handed_back_after_the_app_ends(make_app: FtzApp) -> None:
    assert gc.isenabled()
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        assert not gc.isenabled() and gc.get_freeze_count() > 0  # collecting at quiet moments
        await pilot.press("slash", *"customs")
        await settle(pilot)
        assert app.main.doc_spans  # searching works with the collector taken over
        await pilot.press("ctrl+q")
    # Another app, or the test run, in this process collects as before, nothing left frozen.
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_quiet_moment_collects_pending_garbage() -> None:
    from ftztui.tui.memory import GarbageCollector

    collector = GarbageCollector()
    try:
        collector.start()
        for _ in range(10_000):  # garbage in reference cycles: only a collection frees it
            cycle: list[object] = []
            cycle.append(cycle)
        assert gc.get_count()[0] >= 9_000
        collector.last_input -= 10  # the user paused
        assert collector.tick(busy=lambda: True) is False  # never during a search
        assert collector.tick(busy=lambda: False) is True
        assert gc.get_count()[0] < 1_000
    finally:
        collector.stop()
    assert gc.isenabled() and gc.get_freeze_count() == 0
