"""The marks list (every mark of the library, newest first) and the note prompt of `m`."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ftztui.marks import Mark, excerpt
from ftztui.safetext import one_line


def mark_prompt(mark: Mark) -> Text:
    """The note (when there is one), the marked text, then where: title · section · page."""
    lines: list[Text] = []
    if mark.note:
        lines.append(Text(one_line(mark.note), style="bold", end=""))
    lines.append(Text("“" + one_line(excerpt(mark, 200)) + "”", end=""))
    where = one_line(mark.title) + (" · " + one_line(mark.section) if mark.section else "")
    if mark.page is not None:
        where += f" · p. {mark.page}"
    lines.append(Text(where, style="dim italic", end=""))
    return Text("\n", end="").join(lines)


class MarksList(OptionList):
    """The marks; Enter jumps to the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="ftztui.marks.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ftztui.marks.up"),
    ]


class MarksScreen(ModalScreen[Mark | None]):
    """Every mark of the library; dismissed with the mark to jump to, or None."""

    DEFAULT_CSS = """
    MarksScreen { align: center middle; }
    MarksScreen > #marks-box {
        width: 90; max-width: 100%; height: 90%;
        border: round $accent; border-title-align: center;
        background: $panel; padding: 0 1;
    }
    MarksScreen #marks-empty { color: $text-muted; padding: 1 0; }
    MarksScreen #marks-keys { color: $text-muted; dock: bottom; }
    MarksScreen MarksList, MarksScreen MarksList:focus {
        height: 1fr; border: none; background: $panel; padding: 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_none", "Close", id="ftztui.marks.close"),
        Binding("d,delete", "delete", "Delete mark", id="ftztui.marks.delete"),
        Binding("e", "edit_note", "Edit note", id="ftztui.marks.edit"),
        Binding("u", "undo_delete", "Undo delete", id="ftztui.marks.undo"),
    ]

    def __init__(self, marks: list[Mark]) -> None:
        super().__init__()
        self.marks = list(marks)
        #: Deleted here, most recent last: (where it was in the list, the mark) for `u`.
        self.deleted: list[tuple[int, Mark]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="marks-box") as box:
            box.border_title = "Marks"
            yield Static("No marks yet: press m in the reader to mark a place.", id="marks-empty")
            yield MarksList(id="marks-list")
            yield Static("Enter go · e note · d delete · u undo · Esc close", id="marks-keys")

    def on_mount(self) -> None:
        self.show_marks()
        self.query_one(MarksList).focus()

    def show_marks(self) -> None:
        listing = self.query_one(MarksList)
        highlighted = listing.highlighted
        options: list[Option | None] = []
        for n, mark in enumerate(self.marks):
            if n:
                options.append(None)  # a rule between marks
            options.append(Option(mark_prompt(mark), id=f"mark-{n}"))
        listing.set_options(options)
        if self.marks:
            listing.highlighted = min(highlighted or 0, len(self.marks) - 1)
        self.query_one("#marks-empty").display = not self.marks
        listing.display = bool(self.marks)
        count = len(self.marks)
        box = self.query_one("#marks-box")
        box.border_title = f"Marks ({count})" if count else "Marks"

    def selected(self) -> Mark | None:
        listing = self.query_one(MarksList)
        number = listing.highlighted
        if number is None:
            return None
        option_id = listing.get_option_at_index(number).id
        return self.marks[int(option_id.removeprefix("mark-"))] if option_id else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(self.marks[int(event.option.id.removeprefix("mark-"))])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    def action_delete(self) -> None:
        from ftztui.marks import MarksUnreadable, delete_mark

        mark = self.selected()
        if mark is None:
            return
        try:
            delete_mark(mark.id)
        except (OSError, MarksUnreadable) as error:
            self.notify(f"Could not delete the mark: {error}", severity="error")
            return
        self.deleted.append((self.marks.index(mark), mark))
        self.marks.remove(mark)
        self.show_marks()
        self.notify("Mark deleted: u brings it back.", timeout=4)

    def action_undo_delete(self) -> None:
        """u: the mark deleted last comes back, where it was (in the file and the list)."""
        from ftztui.marks import MarksUnreadable, restore_mark

        if not self.deleted:
            self.notify("No deleted mark to bring back.", timeout=2)
            return
        at, mark = self.deleted[-1]
        # The list is newest first: the mark made next after it is the one above it.
        newer = self.marks[at - 1].id if 0 < at <= len(self.marks) else None
        try:
            restore_mark(mark, before=newer)
        except (OSError, MarksUnreadable) as error:
            self.notify(f"Could not restore the mark: {error}", severity="error")
            return
        self.deleted.pop()
        self.marks.insert(min(at, len(self.marks)), mark)
        self.show_marks()
        self.query_one(MarksList).highlighted = self.marks.index(mark)
        self.notify("Mark restored.", timeout=2)

    def action_edit_note(self) -> None:
        mark = self.selected()
        if mark is None:
            return

        def edited(note: str | None) -> None:
            from dataclasses import replace

            from ftztui.marks import MarksUnreadable, replace_mark

            if note is None:
                return
            changed = replace(mark, note=" ".join(note.split()))
            try:
                replace_mark(changed)
            except (OSError, MarksUnreadable) as error:
                self.notify(f"Could not save the note: {error}", severity="error")
                return
            self.marks[self.marks.index(mark)] = changed
            self.show_marks()

        self.app.push_screen(NoteScreen(excerpt(mark), mark.note, editing=True), edited)


class NoteScreen(ModalScreen[str | None]):
    """A one-line note for a mark: Enter keeps it (empty is fine), Escape cancels."""

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > #note-box {
        width: 70; max-width: 100%; height: auto;
        border: round $accent; border-title-align: center;
        background: $panel; padding: 0 1;
    }
    NoteScreen #note-quote { color: $text-muted; height: auto; max-height: 3; }
    NoteScreen #note-keys { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="ftztui.note.cancel"),
    ]

    def __init__(self, quote: str, note: str = "", *, editing: bool = False) -> None:
        super().__init__()
        self.quote = quote
        self.note = note
        #: The note of an existing mark (from the marks list), not a new mark.
        self.editing = editing

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = "Edit the mark's note" if self.editing else "Mark this place"
            yield Static(Text("“" + one_line(self.quote) + "”"), id="note-quote")
            yield Input(self.note, placeholder="a note (optional)", id="note-input")
            keys = "Enter save the note" if self.editing else "Enter mark"
            yield Static(f"{keys} · Esc cancel", id="note-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
