"""The reader's status line: current section on the left; hit n of m and position on the right."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from ftztui.safetext import one_line


class StatusLine(Widget):
    """One line above the reader."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.section = ""
        self.hits = ""
        self.percent = ""
        self.page = ""
        #: A one-line message shown instead of the section until the reader moves.
        self.message = ""

    def show(
        self,
        *,
        section: str | None = None,
        hits: str | None = None,
        percent: int | None = None,
        page: str | None = None,
    ) -> None:
        if section is not None:
            self.section = one_line(section)
            self.message = ""
        if page is not None:
            self.page = page
        if hits is not None:
            self.hits = hits
        if percent is not None:
            self.percent = f"{percent}%"
        self.refresh()

    def say(self, message: str) -> None:
        """Show a one-line message (why a key did nothing, what it did) until the next move."""
        self.message = one_line(message)
        self.refresh()

    def render(self) -> Text:
        right = " · ".join(part for part in (self.hits, self.page, self.percent) if part)
        width = self.size.width
        if self.message:
            left = Text(self.message, style="italic", end="")
        else:
            left = Text(self.section, style="bold", end="")
        left.truncate(max(1, width - cell_len(right) - 1), overflow="ellipsis")
        left.append(" " * max(1, width - left.cell_len - cell_len(right)))
        left.append(right)
        return left
