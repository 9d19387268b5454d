"""The walk from a page's content element to sections and blocks, in one non-recursive pass.

Semantic markup gives the block kinds directly (<h2>, <li>, <blockquote>, <pre>, <figcaption>,
data tables). Many news sites use none of it: the article is a run of <p> elements, section
headings are bold paragraphs, captions are "(Photo/ ...)" paragraphs and the byline is a <div>.
So every plain paragraph also goes through the plain-text heuristics (`text.add_unit`, the
furniture patterns), and a paragraph that is nothing but bold text and shaped like a heading
opens a section.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import lxml.etree as etree

from ftztui.loaders.boilerplate import classify_line
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.clean import NO_SPACE
from ftztui.loaders.html_hidden import (
    answers_a_question,
    is_hidden,
    text_of,
    unfold,
    visible_size,
)
from ftztui.loaders.html_inline import item_number, raise_scripts
from ftztui.loaders.text_blocks import add_unit, split_credit, tidy_credit
from ftztui.loaders.text_shapes import is_heading_shaped
from ftztui.model import BlockKind

HtmlElement = Any  # lxml ships no type information


#: Characters that show nothing: a block of only these (Webflow's "\u200d" paragraphs) is blank.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff "
_INVISIBLE_RUN = 8  # characters: longer runs are checked no further (a flush is hot)


def names(words: str) -> frozenset[str]:
    """A set of tag or class names written as one string."""
    return frozenset(words.split())


HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = names(
    "p div section article main header footer aside nav li ul ol dl dt dd blockquote pre "
    "figure figcaption table thead tbody tfoot tr td th caption hr form fieldset address "
    "details summary center body html"
)
_CONTAINERS: dict[str, BlockKind] = {"li": "list_item", "blockquote": "quote", "dd": "paragraph"}
_BOLD = frozenset(("strong", "b"))
# <br> in the buffer: NUL never survives cleaning, so it cannot clash with text.
_BR = "\x00"
_BREAKS = re.compile("\x00 ?(?:\x00 ?)+")  # two <br> or more end a paragraph
# A wiki heading's edit link, when the page's markup did not mark it ("History[edit]").
_EDIT_LINK = re.compile(
    r"\s*\[\s*edit(?: source)?(?:\s*\|\s*edit(?: source)?)?\s*\]$", re.IGNORECASE
)


# Never shown as text: code, styles, graphics, embedded frames (their fallback text).
_NEVER_TEXT = names("script style noscript template svg canvas iframe object embed math")
# (<object> and <math> are read before the walk: html.parse_page, html_math)
_CODE = names("script style")
# Shown, but controls rather than text.
_CONTROLS = names("button input select textarea option datalist")
#: What may hold text a browser does not show as text, found in C: those tags, and elements
#: whose attributes may hide them.
_MAYBE_UNSEEN_TAGS = tuple(sorted(_NEVER_TEXT | _CONTROLS))
_MAYBE_HIDDEN = etree.XPath("descendant::*[@hidden or @aria-hidden or @style]")
_UNSEEN_TAGS = _NEVER_TEXT | _CONTROLS
# Handled whole, their inside not walked: headings, code, captions.
_WHOLE_TAGS = frozenset((*HEADINGS, "pre", "figcaption"))
_BOLD_HOLDERS = frozenset(("p", "div"))
# Tags `BlockWalk.start` has something to decide about; any other element only adds its text,
# unless an attribute may hide it.
_HANDLED = BLOCK_TAGS | _UNSEEN_TAGS | _WHOLE_TAGS | {"br", "tr"}


_CONTAINER_TAGS = ("p", "div", "article", "main", "section", "li", "table", "h1", "h2")


def unseen(element: HtmlElement, page_size: int, show_hidden: bool = False) -> str | None:
    """Why an element's text is not the page's text: "" for what a browser never shows as text
    (scripts, styles), a reason to record for controls and hidden parts, None for text.

    A control or a hidden element that holds most of the page (`page_size`: its visible text)
    is the page: an unclosed <button> swallows everything after it, and some sites hide the
    body until a script runs. With `show_hidden` (`html_hidden.hidden_holds_the_page`), no
    part is hidden: the page's text comes in hidden pieces that a script shows.
    """
    tag = element.tag
    if tag in _NEVER_TEXT:
        if tag in _CODE:
            return ""
        text = text_of(element)
        if len(text) > page_size // 2:
            return None  # an unclosed <noscript> or <object> that swallowed the page
        # A browser with scripts off shows it ("Please enable JavaScript", a transcript): not
        # the page's text, but text of the file, so on record.
        return "shown only with scripts off" if tag == "noscript" and text.strip() else ""
    if tag in _CONTROLS:
        if next(element.iter(*_CONTAINER_TAGS), None) is not None:
            return None
        return "buttons and form controls"
    if show_hidden or not is_hidden(element):
        return None
    if answers_a_question(element):  # an FAQ's folded answer: shown, for trafilatura too
        unfold(element)
        return None
    if len(text_of(element)) <= page_size // 2:
        return "hidden on the page"
    return None


_WIDE = "\u2e80-\u312f\u3190-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff5b-\uff65"
#: A line break in the source between two Chinese or Japanese characters: no space, as
#: browsers following CSS Text 3 join such lines (the source wraps a paragraph mid-word).
_EAST_ASIAN_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t\r]*\n\\s*(?=[{_WIDE}])")


def raw_text(element: HtmlElement, br: str = " ") -> str:
    """An element's text with each <br> as `br`: "CN¥ 575.6 billion<br>US$ 85.3 billion" in an
    infobox cell is two values, not "billionUS$". Scripts and styles inside it are not text."""
    if next(element.iter("br", "style", "script"), None) is None:
        return "".join(element.itertext())  # the common case, in C
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag == "br":
                parts.append(br)
            elif node.tag in _CODE and node is not element:  # a heading's own <style>
                walker.skip_subtree()
            elif isinstance(node.tag, str) and node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def element_text(element: HtmlElement) -> str:
    """An element's text on one line, without a trailing permalink mark ("¶")."""
    text = " ".join(raw_text(element).split())
    return text.rstrip("¶#🔗").strip()


def drop(element: HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


class BlockWalk:
    """Feeds a `DocumentBuilder` from start/end events (lxml's iterwalk: no recursion)."""

    def __init__(self, builder: DocumentBuilder, title_element: HtmlElement | None) -> None:
        self.builder = builder
        self.title_element = title_element
        #: The element the text being flushed belongs to (for the reason of a removal).
        self.current: HtmlElement | None = None
        self.page_size = 0
        #: Read hidden parts as text (`html_hidden.hidden_holds_the_page`); else they are
        #: recorded as removed, and listed in `hidden`.
        self.show_hidden = False
        self.hidden: list[HtmlElement] = []
        #: Called where the title element stands in reading order.
        self.on_title: Callable[[], None] | None = None
        self.buffer: list[str] = []
        self.context: list[BlockKind] = []
        #: The open list items' marks ("3.", None for a bullet), innermost last; "" once an
        #: item's first block is out: its later paragraphs are drawn without a mark.
        self.marks: list[str | None] = []
        self.numbers: dict[HtmlElement, int] = {}  # each <ol>'s next number
        self.layout_tables: set[HtmlElement] = set()
        #: What the page's own text says, for when its metadata is silent.
        self.dateline: str | None = None
        self.source: str | None = None
        self.date: str | None = None

    def run(self, content: HtmlElement) -> None:
        """Every element's start and end in document order. The common case, an element
        that is neither skipped nor a block, costs a few tests here: called per element,
        a method's overhead was most of the walk's time."""
        self.page_size = visible_size(content)
        raise_scripts(content)
        buffer = self.buffer
        title = self.title_element
        walker = etree.iterwalk(content, events=("start", "end"))
        consumed: HtmlElement | None = None  # handled whole: its inside is not walked
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                if (
                    tag not in _HANDLED
                    and element is not title
                    and element.get("style") is None
                    and element.get("hidden") is None
                    and element.get("aria-hidden") is None
                ):  # inline text (<a>, <span>, <em>): nothing to decide
                    text = element.text
                    if text:
                        buffer.append(text)
                    continue
                if self.start(element):
                    walker.skip_subtree()  # its end event still comes, next
                    consumed = element
                    continue
                text = element.text
                if text:
                    buffer.append(text)
                continue
            if element is consumed:
                consumed = None
            elif tag in BLOCK_TAGS:
                self.end(element)
            tail = element.tail
            if tail:
                buffer.append(tail)
        self.flush()

    def start(self, element: HtmlElement) -> bool:
        """Handle an opening tag (not its text); True when the element was consumed whole."""
        tag = element.tag
        if tag == "input" and (element.get("type") or "").lower() == "checkbox":
            # a task list's box says whether the task is done: it is the item's mark
            self.buffer.append("☒ " if element.get("checked") is not None else "☐ ")
            return True
        if tag in _UNSEEN_TAGS or element.attrib:
            skipped = unseen(element, self.page_size, self.show_hidden)
            if skipped is not None:
                if skipped:  # visible but not content (a button), or hidden: on record all the same
                    self.current = element
                    if skipped == "hidden on the page":
                        self.hidden.append(element)
                    self.builder.remove(element_text(element), skipped)
                return True
        if (
            tag in _WHOLE_TAGS
            or element is self.title_element
            or (tag == "tr" and self._is_data_row(element))
            or (tag in _BOLD_HOLDERS and self._is_bold_heading(element))
        ):
            self.current = element.getparent()
            self.flush()
            self.current = element
            self.whole(element)
            return True
        if tag == "br":
            self.buffer.append(_BR)
        elif tag in BLOCK_TAGS:
            self.current = element.getparent()
            self.flush()
            if tag == "table":
                self._classify_table(element)
            if tag in _CONTAINERS:
                self.context.append(_CONTAINERS[tag])
                if tag == "li":
                    self.marks.append(item_number(element, self.numbers))
        return False

    def end(self, element: HtmlElement) -> None:
        """Handle the closing tag of a block element (not its tail)."""
        self.current = element
        self.flush()
        if element.tag in _CONTAINERS and self.context:
            self.context.pop()
            if element.tag == "li" and self.marks:
                self.marks.pop()

    def whole(self, element: HtmlElement) -> None:
        tag = element.tag
        if element is self.title_element:
            if self.on_title is not None:
                self.on_title()
            return
        if tag in HEADINGS:
            text = element_text(element)
            title = _EDIT_LINK.sub("", text)
            self.builder.heading(title, HEADINGS[tag])
            if title != text:
                self.builder.remove(text[len(title) :], "edit links")
        elif tag == "pre":
            self.builder.block("code", raw_text(element, br="\n"))
        elif tag == "figcaption":
            self._caption(element)
        elif tag == "tr":
            cells = [self._cell_text(c) for c in element if c.tag in ("td", "th")]
            if any(cells):  # empty cells stay, so that each value keeps its column
                self.builder.block(self.kind(), " | ".join(cells))
        else:  # a bold paragraph standing as a heading
            self.builder.heading(element_text(element), 2)

    def _cell_text(self, cell: HtmlElement) -> str:
        """A table cell's text without what a browser does not show as text in it: a script, a
        drop-down list's choices (a stock list of 1,900 names sat in one cell), a hidden part.
        Controls and hidden parts are on record; a cell without them is read in one call."""
        if next(cell.iter(*_MAYBE_UNSEEN_TAGS), None) is None and not _MAYBE_HIDDEN(cell):
            return element_text(cell)  # most cells
        clone = copy.deepcopy(cell)  # the page itself stays untouched
        for node in list(clone.iterdescendants()):
            if node.getparent() is None or not isinstance(node.tag, str):
                continue
            skipped = unseen(node, self.page_size, self.show_hidden)
            if skipped is not None and _attached(node, clone):
                if skipped:
                    self.builder.remove(element_text(node), skipped)
                drop(node)
        return element_text(clone)

    def kind(self) -> BlockKind:
        return self.context[-1] if self.context else "paragraph"

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        self.buffer.clear()
        if "\n" in raw and not raw.isascii():
            # joined with no space, but still two words while trafilatura's text, which keeps
            # the line break, is compared with it
            raw = _EAST_ASIAN_BREAK.sub(NO_SPACE, raw)
        words = raw.split()
        if not words:  # most flushes: the white space between two blocks
            return
        joined = " ".join(words)  # whitespace runs to one space
        if len(joined) <= _INVISIBLE_RUN and not joined.strip(_INVISIBLE):
            self.builder.remove(joined, "invisible characters only")  # not a blank paragraph
            return
        kind = self.kind()
        pieces = _BREAKS.split(joined) if _BR in joined else (joined,)
        for piece in pieces:
            piece = piece.replace(_BR, " ").strip()
            if not piece:
                continue
            if kind == "paragraph":
                self._paragraph(piece)
            elif kind == "list_item" and self.marks:
                level, mark = len(self.marks) - 1, self.marks[-1]
                self.builder.block(kind, piece, level=level, mark=mark)
                self.marks[-1] = ""
            else:
                self.builder.block(kind, piece)

    def _paragraph(self, text: str) -> None:
        info = classify_line(text)
        if info is not None:  # a byline, a date line, "Editor: ...", "Share to": not content
            self.date = self.date or info.date
            self.source = self.source or info.source
            self.builder.remove(text, _line_reason(text, info.kind))
            return
        add_unit(self.builder, text)

    def _caption(self, element: HtmlElement) -> None:
        clone = copy.deepcopy(element)  # a caption is small; the page itself stays untouched
        credit = None
        for node in list(clone.iter(etree.Element)):
            if node is not clone and _is_credit(node) and node.getparent() is not None:
                credit = credit or tidy_credit(element_text(node))
                drop(node)
        text, inline_credit = split_credit(element_text(clone))
        self.builder.block("caption", text, credit=credit or inline_credit)

    def _classify_table(self, table: HtmlElement) -> None:
        blocks = table.xpath(".//table | .//p | .//div | .//ul | .//ol | .//h1 | .//h2 | .//h3")
        if blocks:
            self.layout_tables.add(table)

    def _is_data_row(self, element: HtmlElement) -> bool:
        table = next((a for a in element.iterancestors("table")), None)
        return table is not None and table not in self.layout_tables

    def _is_bold_heading(self, element: HtmlElement) -> bool:
        """<p><strong>Business environment</strong></p>: a heading in all but name."""
        if len(element) != 1 or self.context:
            return False
        bold = element[0]
        if bold.tag not in _BOLD or (element.text or "").strip() or (bold.tail or "").strip():
            return False
        if any(isinstance(n.tag, str) and n.tag in BLOCK_TAGS for n in bold.iter()):
            return False
        return is_heading_shaped(element_text(element))


def _attached(node: HtmlElement, root: HtmlElement) -> bool:
    """Whether `node` is still inside `root` (an ancestor of it may have been dropped)."""
    return any(ancestor is root for ancestor in node.iterancestors())


def _line_reason(text: str, kind: str) -> str:
    """Why a furniture line ("Editor: ...", "Share to", a cookie notice) was left out."""
    lowered = text.casefold()
    if kind == "meta":
        return "byline or date line"
    if "cookie" in lowered:
        return "cookie notice"
    if lowered.startswith("share"):
        return "share buttons"
    if lowered.startswith(("related", "recommended", "most ", "trending", "you may")):
        return "related links"
    return "site furniture"


def _is_credit(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str):
        return False
    names = f"{node.get('class', '')} {node.get('id', '')}".lower()
    return any(w in names for w in ("credit", "copyright", "photographer", "source"))
