"""The reader's status line: current section on the left; on the right what is going on
("indexing 120/2000"), hit n of m and the position."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.timer import Timer
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
        #: A passing notice ("copied …") shown in place of the section for a few seconds.
        self.notice = ""
        self._notice_timer: Timer | None = None
        self.page = ""
        #: Work in progress the user should know of ("indexing 120/2000"), or "".
        self.activity = ""

    def show(
        self,
        *,
        section: str | None = None,
        hits: str | None = None,
        percent: int | None = None,
        page: str | None = None,
        activity: str | None = None,
    ) -> None:
        if section is not None:
            self.section = one_line(section)
        if page is not None:
            self.page = page
        if hits is not None:
            self.hits = hits
        if percent is not None:
            self.percent = f"{percent}%"
        if activity is not None:
            self.activity = activity
        self.refresh()

    def flash(self, notice: str, seconds: float = 3.0) -> None:
        """Say `notice` in place of the section for `seconds`."""
        self.notice = one_line(notice)
        if self._notice_timer is not None:
            self._notice_timer.stop()
        self._notice_timer = self.set_timer(seconds, self._end_notice)
        self.refresh()

    def fits(self, notice: str) -> bool:
        """Whether `notice` shows whole on this line beside what it says on the right."""
        return cell_len(one_line(notice)) < self.size.width - cell_len(self._right())

    def _right(self) -> str:
        return " · ".join(
            part for part in (self.activity, self.hits, self.page, self.percent) if part
        )

    def _end_notice(self) -> None:
        self.notice, self._notice_timer = "", None
        self.refresh()

    def render(self) -> Text:
        right = self._right()
        width = self.size.width
        if self.notice:
            left = Text(self.notice, style="italic", end="")
        else:
            left = Text(self.section, style="bold", end="")
        left.truncate(max(1, width - cell_len(right) - 1), overflow="ellipsis")
        left.append(" " * max(1, width - left.cell_len - cell_len(right)))
        left.append(right)
        return left
