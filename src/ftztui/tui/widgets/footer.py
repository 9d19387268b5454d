"""The footer: Textual's, redrawn only when the keys it shows change.

Textual's `Footer` rebuilds all of its keys whenever the screen says its bindings may have
changed, and a screen says so on every focus change, often twice. At start that rebuilt our six
keys three times in a row (~20 ms each) before the screen with them could be painted; while
searching, it rebuilt them on every focus move between the box, the results and the reader.
Here a rebuild happens only when what the footer would show differs from what it shows.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

#: What a footer shows: each key with its label and whether it is enabled.
Shown = tuple[tuple[str, str, bool], ...]


def shown_keys(screen: Screen[object]) -> Shown:
    """The keys a footer on `screen` shows now, in order (the command palette's included)."""
    return tuple(
        (binding.key, binding.description, enabled)
        for _node, binding, enabled, _tooltip in screen.active_bindings.values()
        if binding.show or binding.key == screen.app.COMMAND_PALETTE_BINDING
    )


class KeysFooter(Footer):
    """A `Footer` that skips a rebuild when the keys it would show are the ones it shows."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Shown | None = None
        # Textual's footer stays empty until the screen first reports its bindings, which at
        # start comes ~40-70 ms after the first frame. Our keys are the screen's own, known at
        # once: composed with the first frame, the screen is whole when it first appears.
        ready = getattr(Footer, "_bindings_ready", None)
        if ready is not None:
            self.set_reactive(ready, True)

    def compose(self) -> ComposeResult:
        children = list(super().compose())
        # Remembered whenever the keys could be known, even if none are shown: remembered only
        # for a non-empty footer, a later footer with the keys of an earlier one was skipped.
        if children or getattr(self, "_bindings_ready", True):
            self._shown = shown_keys(self.screen)
        yield from children

    async def recompose(self) -> None:
        # Checked when the rebuild runs, not when it is asked for: of a burst of requests,
        # the first rebuilds and the rest find nothing changed.
        if self._shown is not None and self.is_attached and shown_keys(self.screen) == self._shown:
            return
        await super().recompose()
