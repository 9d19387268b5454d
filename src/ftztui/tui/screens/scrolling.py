"""Scrolling a screen's one `VerticalScroll` by the keys the reader uses (j/k, Space/b, g/G),
for the screens that show a page of text: the help and the original view."""

from __future__ import annotations

from typing import Any, cast

from textual.containers import VerticalScroll
from textual.screen import Screen


class ScrollKeys:
    """The `scroll`, `page` and `edge` actions, on the screen's `VerticalScroll`. A plain mixin,
    listed before the screen class: a DOMNode here would change the screen's CSS type (a
    modal's dimmed backdrop was lost)."""

    def _scroller(self) -> VerticalScroll:
        return cast("Screen[Any]", self).query_one(VerticalScroll)

    def action_scroll(self, direction: str) -> None:
        scroll = self._scroller()
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)

    def action_page(self, direction: str) -> None:
        scroll = self._scroller()
        if direction == "down":
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    def action_edge(self, edge: str) -> None:
        scroll = self._scroller()
        if edge == "top":
            scroll.scroll_home(animate=False)
        else:
            scroll.scroll_end(animate=False)
