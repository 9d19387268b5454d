"""The reader's status line: current section on the left; hit n of m and position on the right."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from ftztui.safetext import one_line


class StatusLine(Widget):
    """One line above the reader."""

    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $boost; color: $text; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.section = ""
        self.hits = ""
        self.percent = ""

    def show(
        self, *, section: str | None = None, hits: str | None = None, percent: int | None = None
    ) -> None:
        if section is not None:
            self.section = one_line(section)
        if hits is not None:
            self.hits = hits
        if percent is not None:
            self.percent = f"{percent}%"
        self.refresh()

    def render(self) -> Text:
        right = " · ".join(part for part in (self.hits, self.percent) if part)
        width = self.size.width
        left = Text(self.section, style="bold", end="")
        left.truncate(max(1, width - cell_len(right) - 1), overflow="ellipsis")
        left.append(" " * max(1, width - left.cell_len - cell_len(right)))
        left.append(right)
        return left
