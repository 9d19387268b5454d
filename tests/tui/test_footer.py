"""The footer: its keys are on the first screen, follow what applies, and are not rebuilt idly."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from ftztui.tui.app import FtzApp

from .conftest import ready, settle


def footer_keys(app: FtzApp) -> list[tuple[str, str]]:
    return [(key.key, key.description) for key in app.screen.query(FooterKey)]


async def test_the_first_screen_already_has_the_footer_keys(make_app: FtzApp) -> None:
    # Textual's footer stays empty until the screen reports its bindings, frames later.
    async with make_app.run_test(size=(80, 24)):
        assert footer_keys(make_app)[:2] == [("slash", "Search"), ("t", "Contents")]
        assert ("ctrl+p", "Commands") in footer_keys(make_app)


async def test_footer_follows_the_keys_that_apply_and_keeps_them_otherwise(
    make_app: FtzApp,
) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        keys = list(app.screen.query(FooterKey))
        await pilot.press("tab")  # to the figures, whose keys the footer does not show
        await settle(pilot)
        assert list(app.screen.query(FooterKey)) == keys  # the very same widgets: no rebuild
        await pilot.press("tab")  # to the contents, where Enter opens a section
        await settle(pilot)
        assert footer_keys(app)[0] == ("enter", "Open")
        await pilot.press("slash", *"customs")
        await settle(pilot)
        assert ("down", "Results") in footer_keys(app)
        await pilot.press("enter")
        await settle(pilot)
        assert ("n", "Next hit") in footer_keys(app) and ("N", "Previous hit") in footer_keys(app)
        assert ("down", "Results") not in footer_keys(app)
