"""Marks in the reader: `m` marks the place being read, `'` (or `M`) lists the marks, and
the command palette goes to one. The main screen binds the keys and hands over to this module;
storing and re-finding marks is the core's (`ftztui.marks`), with no Textual in it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from ftztui.safetext import one_line

if TYPE_CHECKING:
    from ftztui.marks import Mark
    from ftztui.model import Document
    from ftztui.tui.screens.main import MainScreen

#: How much of the text after a mark is highlighted when the reader jumps to it.
SHOWN_CHARS = 40


def library_marks(screen: MainScreen) -> list[Mark]:
    """The marks of the screen's library, newest first; a damaged file is said in a notice."""
    from ftztui.marks import load_marks, marks_of

    marks, notices = load_marks()
    for line in notices:
        screen.notify(line, severity="warning")
    return marks_of(screen.store.library, marks)


def mark_here(screen: MainScreen) -> None:
    """`m`: ask for a note, then mark the current place (the hit in view, or the top line)."""
    from ftztui.tui.screens.marks import NoteScreen

    reader = screen.reader
    document = reader.document
    place = reader.place_in_view()
    if document is None or place is None:
        screen.notify("Nothing to mark: no document is open.", timeout=3)
        return
    block, offset = place
    quote = document.blocks[block].text[offset : offset + 200]
    screen.app.push_screen(NoteScreen(quote), partial(_save_mark, screen, document, block, offset))


def _save_mark(
    screen: MainScreen, document: Document, block: int, offset: int, note: str | None
) -> None:
    from ftztui.marks import MarksUnreadable, add_mark, excerpt, make_mark

    if note is None:
        return  # Escape: no mark
    mark = make_mark(screen.store.library, document, block, offset, note)
    try:
        add_mark(mark)
    except (OSError, MarksUnreadable) as error:
        screen.notify(f"Could not save the mark: {error}", severity="error")
        return
    if screen.reader.document is document:
        screen.reader.mark(shown_span(document, mark.block, mark.offset))
    screen.notify(f"Marked: {excerpt(mark, 50)}", timeout=3)


def shown_span(document: Document, block: int, offset: int) -> tuple[int, int, int]:
    """The words from `offset` (about SHOWN_CHARS of them, ending at a word's end)."""
    text = document.blocks[block].text
    end = min(len(text), offset + SHOWN_CHARS)
    space = text.find(" ", end)
    end = len(text) if space < 0 or space - end > 20 else space
    return block, offset, max(end, min(len(text), offset + 1))


def show_marks(screen: MainScreen) -> None:
    """`'`: the marks list; choosing one jumps to it."""
    from ftztui.tui.screens.marks import MarksScreen

    def chosen(mark: Mark | None) -> None:
        if mark is not None:
            jump(screen, mark)

    screen.app.push_screen(MarksScreen(library_marks(screen)), chosen)


def jump(screen: MainScreen, mark: Mark) -> None:
    screen.run_worker(_jump(screen, mark), group="open", exclusive=True, exit_on_error=False)


async def _jump(screen: MainScreen, mark: Mark) -> None:
    from ftztui.loaders import LoadError
    from ftztui.marks import MarksUnreadable, locate, reanchored, replace_mark

    try:
        document = await asyncio.to_thread(_marked_document, screen, mark)
    except (LoadError, OSError) as error:
        screen.notify(str(error), severity="error")
        return
    if document is None:
        screen.notify(f"{one_line(mark.title)}: no longer in the library", severity="warning")
        return
    where = locate(mark, document)
    if where.how not in ("exact", "lost"):
        # Found where it moved to: keep it there, so the next jump is exact.
        try:
            replace_mark(reanchored(mark, document, where))
        except (OSError, MarksUnreadable) as error:
            screen.log.warning(f"could not re-anchor mark {mark.id}: {error}")
    if screen.reader.document is not document:
        screen.show_document(document, block=where.block)
        if screen.panes_ready:
            screen.contents.expand_document(document.id)
    reader = screen.reader
    if where.found:
        reader.mark(shown_span(document, where.block, where.offset))
    else:
        screen.notify(
            "The marked passage is no longer in the document; opened near where it was.",
            severity="warning",
        )
    screen.call_after_refresh(reader.scroll_to_span, where.block, where.offset)
    reader.focus()


def _marked_document(screen: MainScreen, mark: Mark) -> Document | None:
    """The marked document through the screen's store (its cache), by its file when the
    index does not know it (yet, or under that id any more)."""
    from ftztui.marks import mark_file

    store = screen.store
    info = store.info(mark.doc_id)
    if info is not None and info.path == mark.path:
        return store.get(mark.doc_id)
    found = mark_file(mark, store.library)
    if found is None:
        return None
    path, doc_id = found
    cached = store.cached(doc_id)
    return cached if cached is not None else store.load_file(path, doc_id)


# -- the command palette ------------------------------------------------------------------------


class MarkCommands(Provider):
    """ "Marks: list every mark" and "Go to mark: ..." for each mark of the library."""

    def _candidates(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = _main_screen(self)
        if screen is None:
            return []
        from ftztui.marks import excerpt

        found: list[tuple[str, str, Callable[[], object]]] = [
            ("Marks: list every mark", "m marks a place", partial(show_marks, screen))
        ]
        for mark in library_marks(screen):
            label = mark.note or excerpt(mark, 50)
            found.append(
                (
                    f"Go to mark: {one_line(label)}",
                    one_line(mark.title),
                    partial(jump, screen, mark),
                )
            )
        return found

    async def discover(self) -> Hits:
        for text, help_text, command in self._candidates()[:50]:
            yield DiscoveryHit(Content(text), command, text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self._candidates():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(escape(text)),
                    command,
                    text=text,
                    help=escape(help_text),
                )


def _main_screen(provider: Provider) -> MainScreen | None:
    # The main screen is the first of the stack; found without importing its module, which
    # imports this one.
    stack = provider.app.screen_stack
    if stack and hasattr(stack[0], "reader"):
        return cast("MainScreen", stack[0])
    return None
