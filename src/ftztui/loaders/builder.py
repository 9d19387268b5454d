"""Assemble sections and blocks into a `Document`, applying the same hygiene for every format.

Loaders call `heading()` and `block()` in reading order and `build()` at the end. Every text and
metadata value passes through `clean` here, so no loader can forget to strip control sequences;
giant blocks are split so that the reader and the highlighter never face a 5 MB paragraph; empty
blocks are dropped, and so are sections with no blocks (their heading is recorded as removed),
except a heading followed directly by a sub-heading ("## Installation" then "### From
source"), which keeps its place as a parent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ftztui.loaders.clean import clean_optional, clean_text, split_long, tidy_line, tidy_prose
from ftztui.model import Block, BlockKind, Document, Removed, Section


@dataclass
class _OpenSection:
    title: str | None
    level: int
    blocks: list[Block] = field(default_factory=list)


@dataclass
class DocumentBuilder:
    """Collects a document's sections in reading order."""

    sections: list[_OpenSection] = field(default_factory=lambda: [_OpenSection(None, 0)])
    removed: list[Removed] = field(default_factory=list)

    def heading(self, title: str, level: int = 2) -> None:
        """Start a new section (a heading whose section stays empty is dropped at build time)."""
        clean = tidy_line(title)
        if clean:
            self.sections.append(_OpenSection(clean, level))

    def block(
        self,
        kind: BlockKind,
        text: str,
        credit: str | None = None,
        page: int | None = None,
        *,
        level: int = 0,
        mark: str | None = None,
    ) -> None:
        """Add a block to the current section; whitespace is tidied except in code. A list
        item's `level` and `mark` are `Block`'s (a long item's later pieces get no mark)."""
        text = clean_text(text)
        text = text.strip("\n").rstrip() if kind == "code" else tidy_prose(text.replace("\n", " "))
        if not text:
            return
        credit = clean_optional(credit)
        mark = clean_optional(mark) if mark else mark
        for n, piece in enumerate(split_long(text)):
            self.sections[-1].blocks.append(
                Block(kind, piece, credit, page, level, mark if n == 0 or mark is None else "")
            )

    def remove(
        self,
        text: str,
        reason: str,
        *,
        line: int | None = None,
        page: int | None = None,
        before: int | None = None,
    ) -> None:
        """Record text of the file left out of the document, and why (blank text is ignored).

        It stands before the next block added unless `before` (a block number) says otherwise.
        """
        text = clean_text(text).strip()
        if text:
            at = self.block_count if before is None else before
            self.removed.append(Removed(text, reason, at, line, page))

    @property
    def block_count(self) -> int:
        return sum(len(s.blocks) for s in self.sections)

    def last_block(self) -> Block | None:
        for section in reversed(self.sections):
            if section.blocks:
                return section.blocks[-1]
        return None

    def replace_last_block(self, block: Block) -> None:
        for section in reversed(self.sections):
            if section.blocks:
                section.blocks[-1] = block
                return

    def build(
        self,
        *,
        doc_id: str,
        title: str,
        source: str | None = None,
        date: str | None = None,
        url: str | None = None,
        dateline: str | None = None,
        path: str | None = None,
        format: str = "text",
        note: str | None = None,
    ) -> Document:
        kept: list[Section] = []
        removed = list(self.removed)
        blocks = 0
        for s, after in zip(self.sections, [*self.sections[1:], None], strict=True):
            if s.blocks or (s.title and after is not None and after.level > s.level):
                kept.append(Section(s.title, tuple(s.blocks), s.level))
                blocks += len(s.blocks)
            elif s.title:  # a heading with nothing under it: left out, but not silently
                removed.append(Removed(s.title, "heading with nothing under it", blocks))
        if not kept:  # only headings (an outline, a title page): they are all the text there is
            lone = [s.title for s in self.sections if s.title]
            kept = [Section(None, tuple(Block("paragraph", t) for t in lone))] if lone else []
            removed = list(self.removed)
        sections = tuple(kept)
        return Document(
            id=doc_id,
            title=tidy_line(title) or doc_id,
            sections=sections,
            source=clean_optional(source),
            date=clean_optional(date),
            url=clean_optional(url),
            dateline=clean_optional(dateline),
            path=clean_optional(path),
            format=format,
            removed=tuple(sorted(removed, key=lambda r: r.before)),
            note=clean_optional(note),
        )


class CountingBuilder(DocumentBuilder):
    """A builder whose blocks are only ever added through `block()`, so it counts them as
    they come. `remove()` asks for the count each time, and a page records tens of
    thousands of removals over hundreds of sections: summing the sections each time was a
    tenth of the HTML loader's own time."""

    def __init__(self) -> None:
        super().__init__()
        self._count = 0

    def block(
        self,
        kind: BlockKind,
        text: str,
        credit: str | None = None,
        page: int | None = None,
        *,
        level: int = 0,
        mark: str | None = None,
    ) -> None:
        blocks = self.sections[-1].blocks
        before = len(blocks)
        super().block(kind, text, credit, page, level=level, mark=mark)
        self._count += len(blocks) - before

    @property
    def block_count(self) -> int:
        return self._count
