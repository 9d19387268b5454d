"""The reader's status line: current section on the left; on the right what is going on
("indexing 120/2000"), hit n of m and the position."""

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
        #: Work in progress the user should know of ("indexing 120/2000"), or "".
        self.activity = ""

    def show(
        self,
        *,
        section: str | None = None,
        hits: str | None = None,
        percent: int | None = None,
        activity: str | None = None,
    ) -> None:
        if section is not None:
            self.section = one_line(section)
        if hits is not None:
            self.hits = hits
        if percent is not None:
            self.percent = f"{percent}%"
        if activity is not None:
            self.activity = activity
        self.refresh()

    def render(self) -> Text:
        right = " · ".join(part for part in (self.activity, self.hits, self.percent) if part)
        width = self.size.width
        left = Text(self.section, style="bold", end="")
        left.truncate(max(1, width - cell_len(right) - 1), overflow="ellipsis")
        left.append(" " * max(1, width - left.cell_len - cell_len(right)))
        left.append(right)
        return left
