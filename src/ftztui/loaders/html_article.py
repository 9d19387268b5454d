"""Which parts of a page are the article: trafilatura decides, our walk keeps the structure.

Measured on pages with gold text (benchmarks/bench_html_extraction.py), trafilatura finds the
article far more reliably than class-name rules, which killed whole articles whose container
was called "content-with-sidebar" or "meta_field post_body". But trafilatura's output is a
flattened text that loses the captions, credits, code blocks and section levels the reader
shows. So the walk turns the whole page into candidate headings and blocks (`Recorder`), and
each candidate is kept when trafilatura's text has it (`ArticleText`, matched in reading order),
or when it stands between two kept ones (a caption or a quote inside the article). Everything
else is recorded as removed, with a reason named after where it stood ("navigation",
"comments", "related links", ...).

When trafilatura finds nothing (a tiny page, an odd one), the page's landmarks decide: what is
not in a <nav>, <header>, <footer>, <aside> or a navigation role is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.html_authors import drop_author_box
from ftztui.loaders.html_cards import drop_link_lists, drop_teaser_cards
from ftztui.loaders.html_contents import Contents
from ftztui.loaders.html_fallback import keep_the_prose, keep_the_prose_anywhere
from ftztui.loaders.html_furniture import drop_furniture
from ftztui.loaders.html_lead import keep_the_lead, keep_the_standfirst
from ftztui.loaders.html_prose import PROSE_WORDS, Within, normalise, twins
from ftztui.loaders.html_reasons import in_landmark, is_side_rail, reason_for
from ftztui.loaders.html_tail import drop_adjacent_copies, drop_after_article
from ftztui.loaders.text import strip_dateline
from ftztui.model import Block, BlockKind

HtmlElement = Any  # lxml ships no type information

# How far (characters of normalised text) a short candidate ("Home", "Share") may stand from
# where the article text reached: a word that short is only the article's when it comes next.
_SHORT_SLACK = 120
_SHORT = 4  # words; shorter candidates must come next in the article text
_SHINGLE = 4


class ArticleText:
    """Trafilatura's text, asked in reading order whether a candidate belongs to it."""

    def __init__(self, text: str) -> None:
        self.text = f" {normalise(text)} "
        self.cursor = 0
        self._shingles: set[str] | None = None

    def has(self, candidate: str) -> bool:
        words = normalise(candidate)
        if not words:
            return False
        key = f" {words} "
        if words.count(" ") + 1 < _SHORT:  # only where the article text reached
            at = self.text.find(key, self.cursor, self.cursor + _SHORT_SLACK + len(key))
            if at != -1:
                self.cursor = at + len(key) - 1
                return True
            return False
        at = self.text.find(key, self.cursor)
        if at != -1:
            self.cursor = at + len(key) - 1
            return True
        # Out of order (trafilatura moved it): only the text before the cursor is left to scan.
        if self.text.find(key, 0, self.cursor + len(key) - 1) != -1:
            return True
        return self._mostly_shared(words.split())

    def _mostly_shared(self, words: list[str]) -> bool:
        """Half of the candidate's 4-word runs in the article text: the same paragraph with a
        word or two different (an inline element trafilatura dropped)."""
        if self._shingles is None:
            tokens = self.text.split()
            shifted = zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False)  # shorter ends
            self._shingles = {" ".join(run) for run in shifted}
        runs = [" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)]
        return sum(1 for r in runs if r in self._shingles) >= 0.5 * len(runs)


@dataclass
class _Candidate:
    op: str  # "heading", "block" or "removed"
    text: str
    element: HtmlElement
    kind: BlockKind = "paragraph"
    level: int = 2
    credit: str | None = None
    reason: str = ""
    keep: bool = False
    depth: int = 0  # a list item's `Block.level` (`level` is a heading's)
    mark: str | None = None


class Recorder(DocumentBuilder):
    """A builder that only records what the walk would add, for `replay` to decide."""

    def __init__(self) -> None:
        super().__init__()
        self.candidates: list[_Candidate] = []
        self.walk: Any = None  # the BlockWalk feeding this, for the element of each candidate
        #: Number of candidates before the article's title, if the page has one.
        self.title_at: int | None = None

    def mark_title(self) -> None:
        self.title_at = len(self.candidates)

    def _element(self) -> HtmlElement:
        return getattr(self.walk, "current", None)

    def heading(self, title: str, level: int = 2) -> None:
        self.candidates.append(_Candidate("heading", title, self._element(), level=level))

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
        element = self._element()
        self.candidates.append(
            _Candidate("block", text, element, kind, credit=credit, depth=level, mark=mark)
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
        self.candidates.append(_Candidate("removed", text, self._element(), reason=reason))

    def _last(self) -> _Candidate | None:
        return next((c for c in reversed(self.candidates) if c.op == "block"), None)

    def last_block(self) -> Block | None:
        last = self._last()
        if last is None:
            return None
        return Block(last.kind, last.text, last.credit, level=last.depth, mark=last.mark)

    def replace_last_block(self, block: Block) -> None:
        last = self._last()
        if last is not None:
            last.kind, last.text, last.credit = block.kind, block.text, block.credit


def replay(
    recorder: Recorder,
    builder: DocumentBuilder,
    article: str | None,
    container: HtmlElement | None = None,
) -> tuple[str | None, str | None]:
    """Decide each candidate and pass it on: kept to `builder`, the rest as removed. The
    article is what trafilatura's text `article` has, or, when the walk found it alone, what
    stands in `container`. Returns the place and agency of the article's dateline
    ("Chongqing- ..."), stripped from it."""
    candidates = [c for c in recorder.candidates if c.op != "removed" or c.text.strip()]
    content = [c for c in candidates if c.op != "removed"]
    reasons: dict[HtmlElement, str] = {}
    title = getattr(recorder.walk, "title_element", None)
    if container is not None:
        held = Within(container, *twins(container))
        for c in content:
            c.keep = c.element is not None and held(c.element)
        keep_the_lead(recorder.candidates, recorder.title_at)
        _fill_gaps(candidates, recorder.title_at, reasons)
        _drop_repeats(content)
        drop_adjacent_copies(content)
        drop_teaser_cards(content)
        drop_link_lists(content)
        drop_author_box(candidates, content)
        drop_furniture(content, link_rows=True)
    elif article is not None:
        matcher = ArticleText(article)
        for c in content:
            c.keep = matcher.has(c.text)
        keep_the_prose(content)
        keep_the_standfirst(recorder.candidates, recorder.title_at, title)
        _fill_gaps(candidates, recorder.title_at, reasons)
        _drop_menus_before_title(recorder.candidates, recorder.title_at, reasons)
        _drop_repeats(content)
        drop_adjacent_copies(content)
        drop_after_article(content, reasons)
        drop_teaser_cards(content)
        drop_link_lists(content)
        drop_author_box(candidates, content)
        drop_furniture(content, link_rows=False)
    else:
        landmarks: dict[HtmlElement, bool] = {}
        for c in content:
            c.keep = not in_landmark(c.element, landmarks)
        keep_the_prose_anywhere(content)
    contents = Contents()
    pending = _Pending(builder)
    dateline = agency = None
    first = True
    for c in candidates:
        if c.op == "removed":
            pending.remove(c.text, c.reason)
        elif not c.keep:
            pending.remove(c.text, c.reason or reason_for(c.element, reasons))
        elif c.element is not None and contents.holds(c.element):
            pending.remove(c.text, "table of contents")
        elif c.op == "heading":
            if is_side_rail(c.text):
                pending.remove(c.text, "heading of the page around the article")
            else:
                pending.heading(c)
        elif c.kind == "paragraph" and is_side_rail(c.text):
            # The same label as a line of its own: "Share this article", "Beitrag teilen".
            pending.remove(c.text, "label of the page around the article")
        else:
            pending.flush()
            text = c.text
            if first and c.kind == "paragraph":
                text, dateline, agency = strip_dateline(text)
                first = False
            builder.block(c.kind, text, credit=c.credit, level=c.depth, mark=c.mark)
    pending.end()
    return dateline, agency


_REPEAT_WORDS = 30  # words: a paragraph, not a formula ("Team size: 11-50 employees")


def _drop_repeats(content: list[_Candidate]) -> None:
    """A kept paragraph whose words were already kept is a copy, not more article: pages
    carry the same text twice (a mobile and a desktop layout, a carousel's cloned slides,
    a "Reach us" box per column). Only paragraphs of some length: a listing repeats short
    lines on purpose ("Team size: 11-50 employees", "Read my review"), and those are in the
    gold text each time. Never headings: the second copy of a heading is the heading itself,
    the first its entry in a contents list.

    Measured on the first 400 dev pages, recall / precision from 0.9679 / 0.9282: 5 words
    0.9664 / 0.9330, 15 words 0.9672 / 0.9316, 20 words 0.9673 / 0.9307, 30 words 0.9679 /
    0.9301. Recall is the scarcer of the two here, so 30."""
    seen: set[str] = set()
    for c in content:
        if not c.keep or c.op != "block":
            continue
        key = normalise(c.text)
        if key.count(" ") + 1 < _REPEAT_WORDS:
            continue
        if key in seen:
            c.keep = False
            c.reason = "repeated on the page"
        seen.add(key)


_HEADING_RUN = 2  # more empty headings at the article's end are a list of titles


class _Pending:
    """Headings not yet followed by a block, with what was removed between them, in page
    order. When a block comes, the last heading is its section's title and the ones before
    it, with nothing under them (a list of linked titles, a title over a sub-title), stay
    as lines of text: a section with no blocks would vanish. When no block comes, the page
    goes on but the article has ended: a run of one or two is removed ("Share this:" over
    a dropped row of buttons, then "Related posts"); a longer run is a list of titles.

    Measured against the old rule (only the last heading removed, earlier ones kept as
    text): trafilatura's evaluation pages, furniture sentences kept 400 -> 397 of 2,644;
    dev half unchanged to five places. Removing every run whatever its length lost two
    gold paragraphs on the dev half (a page ending in a list of client names as <h3>s)."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.items: list[tuple[_Candidate, str | None]] = []  # (heading, None) or (removed, why)

    def remove(self, text: str, reason: str) -> None:
        if self.items:
            self.items.append((_Candidate("removed", text, None), reason))
        else:
            self.builder.remove(text, reason)

    def heading(self, c: _Candidate) -> None:
        self.items.append((c, None))

    def flush(self) -> None:
        last = next((c for c, why in reversed(self.items) if why is None), None)
        for c, why in self.items:
            if why is not None:
                self.builder.remove(c.text, why)
            elif c is last:
                self.builder.heading(c.text, c.level)
            else:
                self.builder.block("paragraph", c.text)
        self.items = []

    def end(self) -> None:
        """No block came: a short run of headings is removed whole; a longer one is a list of
        titles, kept as lines of text but for its last heading. On a page with no other text
        (a gallery's captions as headings), they are all the text there is: all kept."""
        headings = [c for c, why in self.items if why is None]
        if self.builder.block_count == 0:
            listed = {id(c) for c in headings}
        elif len(headings) > _HEADING_RUN:
            listed = {id(c) for c in headings[:-1]}
        else:
            listed = set()
        for c, why in self.items:
            if why is None and id(c) in listed:
                self.builder.block("paragraph", c.text)
            else:
                self.builder.remove(c.text, why or "heading with no text under it")
        self.items = []


def _fill_gaps(
    candidates: list[_Candidate], title_at: int | None, reasons: dict[HtmlElement, str]
) -> None:
    """Trafilatura drops figure captions, and some list items, quotes, code lines and table
    rows, that the reader shows. One inside the article (from its title, or its first kept
    candidate, to its last) and not marked as furniture by where it stands is the article's
    (measured: recall 0.966 -> 0.986 on tests/fixtures/html_gold, precision unchanged)."""
    kept = [i for i, c in enumerate(candidates) if c.keep]
    if not kept:
        return
    first = kept[0] if title_at is None else min(title_at, kept[0])
    for c in candidates[first : kept[-1]]:
        if c.keep or c.op != "block" or (c.kind == "paragraph" and not _is_row(c)):
            continue
        c.keep = reason_for(c.element, reasons) == "outside the article"


def _drop_menus_before_title(
    candidates: list[_Candidate], title_at: int | None, reasons: dict[HtmlElement, str]
) -> None:
    """Short lines before the article's title and inside the page's landmarks (<nav>,
    <header>, ...) are its menus and breadcrumbs, though trafilatura's text has their words:
    a menu names the courses, products or categories the article then talks about ("Level
    1 Award in Wines", "Best Projectors Under $1,000"), and `ArticleText` finds them there.
    So are list items there, however long: a mega-menu's entries, each with a line saying
    what the product does ("Automate campus scheduling for classes, meetings, and exams").
    Prose stays: a standfirst printed in the page's <header> above the headline.

    WCXB's dev half, against the same without it: precision 0.94419 -> 0.94466, recall
    0.97707 -> 0.97700 (breadcrumbs such as "Skincare", "DIY > Build It" that some gold
    texts keep); trafilatura's evaluation pages: furniture kept 330 -> 328, must-keep
    unchanged. Without sparing prose: precision 0.94512, recall 0.97679, and a standfirst
    lost (lastampa.it). Long list items too (cached trafilatura text, same run): dev
    precision 0.94427 -> 0.94467, recall 0.97755 -> 0.97749 (5 pages); CleanEval,
    CleanPortalEval, Readability's and trafilatura's pages unchanged. Prose paragraphs too:
    dev precision 0.94473, recall 0.97735, and lastampa's standfirst lost again."""
    if title_at is None:
        return
    landmarks: dict[HtmlElement, bool] = {}
    menus = [
        c
        for c in candidates[:title_at]
        if c.keep
        and c.element is not None
        and (len(c.text.split()) < PROSE_WORDS or c.kind == "list_item")
        and in_landmark(c.element, landmarks)
    ]
    if len(menus) == sum(1 for c in candidates if c.keep and c.op != "removed"):
        return  # all that was found: a page trafilatura could not read is not left empty
    for c in menus:
        c.keep = False
        c.reason = reason_for(c.element, reasons)


def _is_row(c: _Candidate) -> bool:
    return c.element is not None and c.element.tag == "tr"
