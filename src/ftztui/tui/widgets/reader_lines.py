"""The reader's drawing: the lines of a laid-out document, only those on screen, with the search
hits and a marked figure styled (the reader, `reader.py`, decides what is shown and where)."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ftztui.model import Document
from ftztui.safetext import safe_text
from ftztui.tui.layout import Layout, Line, credit_line, meta_line
from ftztui.tui.messages import Span


class LineView(ScrollView):
    """Draws `document` as laid out in `_layout` (set by the subclass)."""

    document: Document | None
    _layout: Layout | None
    _hits: dict[int, list[tuple[int, int]]]
    _current: Span | None
    _mark: Span | None
    #: Drawn lines by (line number, scroll x, width); emptied whenever what they show changes.
    _strips: dict[tuple[int, int, int], Strip]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        number = int(self.scroll_y) + y
        if layout is None or not 0 <= number < len(layout.lines):
            return Strip.blank(width, base)
        key = (number, int(self.scroll_x), width)
        strip = self._strips.get(key)
        if strip is None:
            text = self._line_text(layout.lines[number])
            strip = Strip(list(text.render(self.app.console)))
            strip = strip.crop(int(self.scroll_x), int(self.scroll_x) + width)
            strip = strip.extend_cell_length(width, base).apply_style(base)
            if len(self._strips) > 4000:
                self._strips.clear()
            self._strips[key] = strip
        return strip

    def _source(self, line: Line) -> str:
        document = self.document
        assert document is not None
        if line.role == "title":
            return document.title
        if line.role == "meta":
            return meta_line(document)
        if line.role == "heading":
            return document.sections[line.section].title or ""
        if line.role == "credit":
            return credit_line(document.blocks[line.block].credit or "")
        if line.role == "blank":
            return ""
        return document.blocks[line.block].text

    def _line_text(self, line: Line) -> Text:
        piece = safe_text(self._source(line)[line.start : line.end]).rstrip("\n")
        text = Text(line.prefix, style=self._role_style(line.role), end="")
        text.append(piece, style=self._role_style(line.role))
        if line.block >= 0 and line.role != "credit":
            self._stylize_spans(text, line, len(line.prefix))
        text.rstrip()
        return text

    def _stylize_spans(self, text: Text, line: Line, shift: int) -> None:
        spans = [(s, e, "reader--hit") for s, e in self._hits.get(line.block, ())]
        if self._current and self._current[0] == line.block:
            spans.append((self._current[1], self._current[2], "reader--current-hit"))
        if self._mark and self._mark[0] == line.block:
            spans.append((self._mark[1], self._mark[2], "reader--mark"))
        for start, end, component in spans:
            lo, hi = max(start, line.start), min(end, line.end)
            if lo < hi:
                style = self.get_component_rich_style(component)
                text.stylize(style, lo - line.start + shift, hi - line.start + shift)

    def _role_style(self, role: str) -> Style:
        component = {
            "title": "reader--title",
            "meta": "reader--meta",
            "heading": "reader--heading",
            "quote": "reader--quote",
            "code": "reader--code",
            "caption": "reader--caption",
            "credit": "reader--credit",
            "list_item": "reader--list-item",
        }.get(role)
        if component is None:
            return Style()
        return self.get_component_rich_style(component, partial=True)


def strip_text(strip: Strip) -> str:
    """The characters of a drawn line (for tests)."""
    return "".join(segment.text for segment in strip if isinstance(segment, Segment))
