"""Step 3 of a PDF's layout (after pdf_columns and pdf_layout): the pages' paragraphs into the
document's sections and blocks, headings found by the file's outline (bookmarks) or by type size
and weight, the first page's title and the ornaments' rules left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.clean import unspaced
from ftztui.loaders.pdf_codes import ORNAMENT, ORNAMENT_REASON
from ftztui.loaders.pdf_layout import _BULLET, PageText, Paragraph, continues, join_text
from ftztui.loaders.text_shapes import CHINESE_NUMBERED_HEADING, chinese_rank
from ftztui.model import BlockKind

_CAPTION = re.compile(r"^(?:fig(?:ure)?|table|chart|exhibit|图|表)\s*\.?\s*\d", re.IGNORECASE)


@dataclass(frozen=True)
class OutlineEntry:
    level: int
    title: str
    page: int  # 1-based


def has_letters(text: str, least: int) -> bool:
    """Whether `text` has at least `least` letters; stops counting there (a dense first page
    has thousands of lines, most with letters in their first few characters)."""
    for c in text:
        if c.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


class Assembler:
    """Paragraphs of every page into the builder's sections and blocks."""

    def __init__(
        self, builder: DocumentBuilder, outline: list[OutlineEntry], body: float, title: str
    ) -> None:
        self.builder = builder
        self.outline = outline
        self.body = body
        self.title_key = _key(title)
        self.heading_sizes: list[float] = []
        self._last_heading: Paragraph | None = None
        self.ornaments_kept = False

    def run(self, pages: list[PageText]) -> None:
        paras = list(self._joined(pages))
        # A file whose text is little more than such a pattern: the pattern is its text
        self.ornaments_kept = sum(not ORNAMENT.match(p.text) for p in paras) < 3
        if self.outline:
            self._with_outline([p for p in paras if not self._ornament(p)])
            return
        big = sorted(
            {p.size for p in paras if self._big(p)},
            reverse=True,
        )
        self.heading_sizes = big[:4]
        opens: int | None = None  # the level of a heading an ornament stood for
        for k, para in enumerate(paras):
            following = paras[k + 1] if k + 1 < len(paras) else None
            level = self._heading_level(para, following)
            if self._ornament(para):
                # A story's title under its ornament opens the section the ornament opened
                opens = level if following is not None and _title_like(following) else None
                continue
            if opens is not None:
                level, opens = opens, None
            if level is None:
                self._block(para)
            elif not self.builder.block_count and _key(para.text) == self.title_key:
                continue  # the title itself, shown as the document's title
            else:
                self._heading(para, level)

    def _heading(self, para: Paragraph, level: int) -> None:
        """Open a section; a heading before it that got no text becomes text, not lost, unless
        both are numbered and this one ranks under it (第一章 then 第一节: a part and its first
        section; a type size alone does not tell a part from a heading taken by mistake)."""
        sections = self.builder.sections
        last = self._last_heading
        if (
            len(sections) > 1
            and not sections[-1].blocks
            and last is not None
            and not (level > sections[-1].level and _numbered(last) and _numbered(para))
        ):
            sections.pop()
            self._block(last)
        self._last_heading = para
        self.builder.heading(join_text(para.text), level)

    def _joined(self, pages: list[PageText]) -> Iterator[Paragraph]:
        pending: Paragraph | None = None
        for page in pages:
            for para in page.paragraphs:
                if pending is not None and not pending.row and continues(pending, para):
                    glue = pending.hyphen or unspaced(pending.text[-1:], para.text[:1])
                    pending.text += ("" if glue else " ") + para.text
                    pending.lines += para.lines
                    pending.hyphen = para.hyphen
                    pending.ended_short = para.ended_short
                    continue
                if pending is not None:
                    yield pending
                pending = para
        if pending is not None:
            yield pending

    def _big(self, para: Paragraph) -> bool:
        return (
            para.size >= self.body * 1.15 + 0.5
            and para.lines <= 3
            and len(para.text) <= 160
            and has_letters(para.text, 2)
            and not _SENTENCE_END_OR_COMMA.search(para.text.strip())
        )

    def _heading_level(self, para: Paragraph, following: Paragraph | None) -> int | None:
        if para.row or _BULLET_MARK.match(para.text) or para.text.count(", ") >= 3:
            # A table row or a bulleted point in a larger or bold font is still a row or a
            # point; a list of names is a paper's authors (tracemonkey's third author line).
            return None
        if self._big(para) and para.size in self.heading_sizes:
            return self.heading_sizes.index(para.size) + 1
        text = para.text.strip()
        if (
            para.bold
            and para.lines == 1
            and 2 < len(text) <= 80
            and para.size >= self.body - 0.5
            and not _SENTENCE_END_OR_COMMA.search(text)
            and (text[0].isupper() or text[0].isdigit())
            and has_letters(text, 3)
        ):
            return min(len(self.heading_sizes) + 1, 6)
        numbered = CHINESE_NUMBERED_HEADING.match(text)
        if (
            numbered
            and para.lines == 1
            and len(text) <= 40
            and text[-1] not in _CLAUSE_END
            and _heads(numbered, following)
        ):
            # Chinese reports number their headings in the body's own type: 第一章, 一、, （一）
            return min(len(self.heading_sizes) + chinese_rank(numbered), 6)
        return None

    def _with_outline(self, paras: list[Paragraph]) -> None:
        by_page: dict[int, list[OutlineEntry]] = {}
        for entry in self.outline:
            by_page.setdefault(entry.page, []).append(entry)
        keys_on: dict[int, list[str]] = {}
        for para in paras:
            keys_on.setdefault(para.page, []).append(_key(para.text))
        seen_pages: set[int] = set()
        waiting: list[OutlineEntry] = []
        for para in paras:
            if para.page not in seen_pages:
                for page in sorted(p for p in by_page if p <= para.page and p not in seen_pages):
                    waiting.extend(by_page[page])
                    seen_pages.add(page)
                # An entry whose page shows no heading of its title (a bookmark only) opens
                # the section where its page starts, not where the next page does.
                if waiting and not any(
                    _titled(key, _key(e.title)) for e in waiting for key in keys_on[para.page]
                ):
                    for entry in waiting:
                        self.builder.heading(entry.title, entry.level)
                    waiting.clear()
            # A waiting entry whose title this paragraph starts with: the heading goes here,
            # and a paragraph that is only the heading is not repeated as text.
            key = _key(para.text)
            for i, entry in enumerate(waiting):
                title = _key(entry.title)
                if _titled(key, title):
                    for earlier in waiting[:i]:
                        self.builder.heading(earlier.title, earlier.level)
                    self.builder.heading(entry.title, entry.level)
                    del waiting[: i + 1]
                    if len(key) <= len(title) + 12:
                        key = ""
                    break
            else:
                if waiting and para.page > min(e.page for e in waiting):
                    for entry in waiting:
                        self.builder.heading(entry.title, entry.level)
                    waiting.clear()
            if key:
                self._block(para)

    def _ornament(self, para: Paragraph) -> bool:
        if self.ornaments_kept or ORNAMENT.match(para.text) is None:
            return False
        self.builder.remove(para.text, ORNAMENT_REASON, page=para.page)
        return True

    def _block(self, para: Paragraph) -> None:
        text = join_text(para.text)
        kind: BlockKind = "paragraph"
        if _BULLET.match(text):
            kind = "list_item"
        elif _CAPTION.match(text):
            kind = "caption"
        self.builder.block(kind, text, page=para.page)


#: A bullet point's mark (a numbered line may be a heading: "1. Introduction").
_BULLET_MARK = re.compile(r"\s*[•◦▪‣●○■□►▶➢–—*·]\s")
_SENTENCE_END_OR_COMMA = re.compile(r"[.,;!?]$")
#: What ends a sentence or a clause in Chinese: a line ending so is text, not a heading.
_CLAUSE_END = frozenset("。，；！？：.,;!?:")


def _titled(key: str, title: str) -> bool:
    """A paragraph (as `_key` gives it) starts with an outline entry's title, or is its end."""
    return bool(title) and (key.startswith(title[:40]) or (len(key) > 3 and title.endswith(key)))


def _title_like(para: Paragraph) -> bool:
    """Lines that could be a title (and its author's "by …"): short, not a sentence."""
    text = para.text.strip()
    return para.lines <= 3 and len(text.split()) <= 16 and not _SENTENCE_END_OR_COMMA.search(text)


def _heads(numbered: re.Match[str], following: Paragraph | None) -> bool:
    """Whether a numbered line heads what follows it: text, or the first heading ranking under
    it. A table's numbered row labels ("一、营业总收入", "二、营业总成本") are followed by their
    cells or by the next label of the same rank."""
    if following is None or following.row:
        return False
    under = CHINESE_NUMBERED_HEADING.match(following.text)
    if under is not None:
        return chinese_rank(under) > chinese_rank(numbered)
    return len(following.text) >= 20


def _numbered(para: Paragraph) -> bool:
    return CHINESE_NUMBERED_HEADING.match(para.text) is not None


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", join_text(text).casefold())
