"""What `y` copies: a passage, a figure or a search result, with where it comes from.

Plain text, the document's words as written (control characters made visible, so a paste can
never carry a terminal escape), then a line naming the document and the section. No Textual
here: the main screen picks what is selected and hands the text to `App.copy_to_clipboard`
(OSC 52, which works over SSH in terminals that allow it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ftztui.model import Document, Figure
from ftztui.results import Hit
from ftztui.safetext import one_line, safe_text

#: How much of the copied text the status line repeats.
PREVIEW_CHARS = 40


@dataclass(frozen=True)
class Copied:
    """Text for the clipboard, and what the status line says about it."""

    text: str
    what: str

    @property
    def status(self) -> str:
        return f"copied {self.what}"


def source_line(title: str, section: str | None) -> str:
    parts = [one_line(title)]
    if section:
        parts.append(one_line(section))
    return "— " + " · ".join(parts)


def preview(text: str) -> str:
    text = one_line(text).strip()
    if len(text) <= PREVIEW_CHARS:
        return f"“{text}”"
    return f"“{text[: PREVIEW_CHARS - 1].rstrip()}…”"


def passage(document: Document, block: int) -> Copied | None:
    """Block `block` of `document` (None when it has no such block)."""
    if not 0 <= block < len(document.blocks):
        return None
    text = document.blocks[block].text.strip()
    section = document.sections[document.section_of_block(block)].title
    body = f"{safe_text(text)}\n\n{source_line(document.title, section)}\n"
    return Copied(body, f"passage {preview(text)}")


def figure(item: Figure, title: str) -> Copied:
    """A figure, what it counts, and the sentence that reports it."""
    head = one_line(item.text) + (f" · {one_line(item.label)}" if item.label else "")
    sentence = safe_text(item.sentence.strip())
    body = head + (f"\n{sentence}" if sentence else "")
    return Copied(f"{body}\n\n{source_line(title, item.section)}\n", f"figure {preview(item.text)}")


def result(hit: Hit) -> Copied:
    """A search result: the passage that matched."""
    text = hit.text.strip()
    body = f"{safe_text(text)}\n\n{source_line(hit.title, hit.section)}\n"
    return Copied(body, f"result {preview(text)}")
