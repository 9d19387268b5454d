"""Command palette providers (ctrl+p): open a document, go to a section, go to a figure.

"Change theme" is Textual's own system command, kept in the palette beside these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from ftztui.safetext import one_line
from ftztui.tui.widgets.contents import section_label
from ftztui.tui.widgets.figures import figure_line, repeats

if TYPE_CHECKING:
    from ftztui.tui.screens.main import MainScreen

Candidate = tuple[str, str, Callable[[], object]]


def _main(provider: Provider) -> MainScreen | None:
    from ftztui.tui.screens.main import MainScreen

    for screen in provider.app.screen_stack:
        if isinstance(screen, MainScreen):
            return screen
    return None


class _ListProvider(Provider):
    """Fuzzy-matches a list of (text, help, command) candidates."""

    #: Added to every score: the providers run at once, and the palette orders hits of equal
    #: score as they arrive, so without it equal hits swapped places from one keystroke to the
    #: next. Documents, then sections, then figures.
    TIE_BREAK = 0.0

    def candidates(self) -> list[Candidate]:
        raise NotImplementedError

    def shown_candidates(self) -> list[Candidate]:
        """`candidates` with text and help made safe to draw (titles, file names, section
        names are data: one line, no control character), whichever provider made them."""
        return [
            (one_line(text), one_line(help_text), c) for text, help_text, c in self.candidates()
        ]

    async def discover(self) -> Hits:
        for text, help_text, command in self.shown_candidates()[:50]:
            # Titles and labels are document text: shown as written, never read as markup.
            yield DiscoveryHit(Content(text), command, text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self.shown_candidates():
            score = matcher.match(text)
            if score > 0:
                shown = matcher.highlight(escape(text))
                yield Hit(score + self.TIE_BREAK, shown, command, text=text, help=escape(help_text))


class DocumentCommands(_ListProvider):
    TIE_BREAK = 3e-6

    def candidates(self) -> list[Candidate]:
        screen = _main(self)
        if screen is None:
            return []
        return [
            (
                f"Open: {one_line(info.title)}",
                info.path or "",
                partial(screen.open_document, info.id),
            )
            for info in screen.store.catalog
        ]


class SectionCommands(_ListProvider):
    TIE_BREAK = 2e-6

    def candidates(self) -> list[Candidate]:
        screen = _main(self)
        document = screen.reader.document if screen else None
        if screen is None or document is None:
            return []
        return [
            (
                f"Go to section: {section_label(section.title, number)}",
                one_line(document.title),
                partial(screen.go_to_section, number),
            )
            for number, section in enumerate(document.sections)
        ]


class FigureCommands(_ListProvider):
    TIE_BREAK = 1e-6

    def candidates(self) -> list[Candidate]:
        screen = _main(self)
        if screen is None:
            return []
        figures = screen.figures_pane.figures
        return [  # a figure said twice in a section is offered once, at its first mention
            (
                f"Go to figure: {figure_line(figures[number])}",
                one_line(figures[number].section or ""),
                partial(screen.go_to_figure, figures[number]),
            )
            for number in repeats(figures)
        ]
