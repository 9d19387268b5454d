"""A page saved from a browser: the article's structure, without the site around it.

Own lxml-based extraction rather than trafilatura or readability-lxml (see
benchmarks/html_loader_comparison.md): those return a flattened summary and lose the
sections, figure captions and code blocks the reader shows, and cost far more import and run
time. The steps:

1. metadata from the whole page (title, og:site_name, canonical URL, publication date);
2. furniture removed by tag, ARIA role and class/id words (nav, cookie banners, "most read"...),
   except an element holding most of the page's text (some sites wrap everything in a <form>);
3. the content root: the <article>/<main> with the most text, narrowed while one child holds
   nearly all of it;
4. one iterative walk (lxml's iterwalk, no recursion) turning it into sections and blocks.

libxml2 stops at 256 levels of nesting and drops the rest of the page; such a page is parsed
again with its container tags flattened, so that hostile nesting loses structure, not text.
"""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

import lxml.etree as etree

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.decode import decode_bytes
from ftztui.loaders.html_meta import PageMeta, read_metadata
from ftztui.loaders.text import split_credit, strip_dateline, tidy_credit
from ftztui.model import BlockKind, Document

HtmlElement = Any  # lxml ships no type information


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = _names(
    "p div section article main header footer aside nav li ul ol dl dt dd blockquote pre "
    "figure figcaption table thead tbody tfoot tr td th caption hr form fieldset address "
    "details summary center body html"
)
# Never content, wherever they are.
_NEVER_TEXT = _names(
    "script style noscript template svg canvas iframe object embed button input select textarea"
)
# Page furniture by its tag: dropped unless it holds most of the page (see _drop_furniture).
_FURNITURE_TAGS = _names("nav footer aside dialog header menu form")
_DROP_ROLES = _names(
    "navigation banner contentinfo complementary dialog alertdialog search menu menubar"
)
# Words in class/id values that mark furniture. Whole words, plus a few that hide inside
# compound names ("sphinxsidebar", "cookieConsent").
_FURNITURE_WORDS = _names(
    "ad ads advert adverts advertisement breadcrumb breadcrumbs nav navbar navigation "
    "menu share sharing social related recommended recommendations popular trending "
    "mostread newsletter subscribe subscription promo sidebar comments comment footer "
    "masthead toolbar skip modal popup outbrain taboola headerlink cookie cookies consent "
    "gdpr disclaimer copyright widget sponsored byline author meta timestamp dateline "
    "tags"
)
_FURNITURE_INFIXES = ("sidebar", "cookie", "consent", "breadcrumb", "newsletter", "mostread")
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_MOST = re.compile(r"\bmost[\s_-]*(?:read|popular|viewed|shared)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# <br> in the walk's buffer: NUL never survives cleaning, so it cannot clash with text.
_BR = "\x00"
_BREAKS = re.compile(r"\x00 ?\x00")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_FLATTEN = re.compile(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|b|i|u|em"
    r"|strong|a|small|big|blockquote|ul|ol|dl|form)\b[^>]*>",
    re.IGNORECASE,
)


def decode_html(data: bytes) -> str:
    """Decode a page, honouring a declared <meta charset> when the bytes agree with it."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def load_html(text: str, *, doc_id: str, fallback_title: str, path: str | None) -> Document:
    """A `Document` from a decoded, cleaned page."""
    root = _parse(text)
    meta = read_metadata(root)
    title_element = _title_element(root, meta)
    title = _element_text(title_element) if title_element is not None else None
    _drop_furniture(root, title_element)
    content = _content_root(root)
    builder = DocumentBuilder()
    walk = _Walk(builder, title_element)
    walk.run(content)
    return builder.build(
        doc_id=doc_id,
        title=title or meta.title or fallback_title,
        source=meta.site_name or walk.agency,
        dateline=walk.dateline,
        date=meta.date,
        url=meta.url,
        path=path,
        format="html",
    )


def _parse(text: str) -> HtmlElement:
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        text = "<html></html>"
    # Plain etree elements: lxml.html's element classes cost a Python lookup per element.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    root = etree.fromstring(text, parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # Too deep for libxml2: it silently dropped everything after the limit.
        flat = _FLATTEN.sub("\n<br>\n", text)
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
        root = etree.fromstring(flat, parser)
    if root is None:
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    return root


def _text_of(element: HtmlElement) -> str:
    """All the text inside an element (not its tail), in one C call."""
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return text


def _drop(element: HtmlElement) -> None:
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


def _element_text(element: HtmlElement) -> str:
    text = _SPACE.sub(" ", "".join(element.itertext())).strip()
    return text.rstrip("¶#🔗").strip()


# -- title ---------------------------------------------------------------------------------


def _title_element(root: HtmlElement, meta: PageMeta) -> HtmlElement | None:
    """The article's <h1>: inside <article>/<main> if there is one, else one matching the
    page's title, else the first not in the site header or navigation."""
    headings = [h for h in root.iter("h1") if _element_text(h)]
    if not headings:
        return None
    for h in headings:
        if any(a.tag in ("article", "main") for a in h.iterancestors()):
            return h
    wanted = (meta.title or "").casefold()
    for h in headings:
        if wanted and _element_text(h).casefold() in wanted:
            return h
    for h in headings:
        if not any(a.tag in ("header", "nav") for a in h.iterancestors()):
            return h
    return None


# -- furniture -----------------------------------------------------------------------------


def _is_furniture(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in _NEVER_TEXT or tag in _FURNITURE_TAGS:
        return True
    attrib = element.attrib
    if not attrib:
        return False
    role = attrib.get("role")
    if (role and role.lower() in _DROP_ROLES) or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    if "hidden" in attrib or (style and "display:none" in style.replace(" ", "")):
        return True
    names = f"{attrib.get('class', '')} {attrib.get('id', '')}"
    return len(names) > 1 and _names_are_furniture(names)


@functools.lru_cache(maxsize=4096)
def _names_are_furniture(names: str) -> bool:
    """Class and id values naming furniture ("share-bar", "mostRead", "sphinxsidebar")."""
    words = {w.lower() for w in _WORD_SPLIT.split(names) if w}
    if words & _FURNITURE_WORDS or _MOST.search(names):
        return True
    lowered = names.lower()
    return any(infix in lowered for infix in _FURNITURE_INFIXES)


def _drop_furniture(root: HtmlElement, keep: HtmlElement | None) -> None:
    """Remove furniture, but never the article title or what contains it."""
    protected = set() if keep is None else {keep, *keep.iterancestors()}
    body = root.find("body")
    total = len(_text_of(body)) if body is not None else 0
    for element in list(root.iter(etree.Element)):
        if element.tag in ("html", "body", "head", "title", "meta", "link"):
            continue
        if element in protected or not _is_furniture(element) or element.getparent() is None:
            continue
        # A wrapper that holds most of the page is layout, whatever its class says.
        if total and element.tag not in _NEVER_TEXT and len(_text_of(element)) > total // 2:
            continue
        _drop(element)


# -- content root --------------------------------------------------------------------------


def _text_size(element: HtmlElement) -> int:
    return len(_text_of(element))


def _content_root(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    start = body if body is not None else root
    candidates = root.xpath("//article | //main | //*[@role='main'] | //*[@itemprop='articleBody']")
    if candidates:
        sizes = [(_text_size(c), -i) for i, c in enumerate(candidates)]
        best = max(range(len(candidates)), key=lambda i: sizes[i])
        if sizes[best][0] > 0.3 * _text_size(start):
            start = candidates[best]
    return _narrow(start)


def _narrow(element: HtmlElement) -> HtmlElement:
    """Step into the one child that holds nearly all the text, while there is one."""
    for _ in range(64):
        size = _text_size(element)
        if size == 0:
            return element
        children = [c for c in element if isinstance(c.tag, str)]
        if not children:
            return element
        sizes = [_text_size(c) for c in children]
        biggest = max(range(len(children)), key=sizes.__getitem__)
        if sizes[biggest] < 0.9 * size or children[biggest].tag in _HEADINGS:
            return element
        element = children[biggest]
    return element


# -- the walk ------------------------------------------------------------------------------


class _Walk:
    """Turns a content root into blocks in one pass over start/end events, no recursion."""

    def __init__(self, builder: DocumentBuilder, title_element: HtmlElement | None) -> None:
        self.builder = builder
        self.title_element = title_element
        self.buffer: list[str] = []
        self.context: list[BlockKind] = []
        self.layout_tables: set[HtmlElement] = set()
        self.first_paragraph = True
        self.dateline: str | None = None
        self.agency: str | None = None

    def run(self, content: HtmlElement) -> None:
        skipping: HtmlElement | None = None
        for event, element in etree.iterwalk(content, events=("start", "end")):
            if not isinstance(element.tag, str):
                continue
            if skipping is not None:
                if event == "end" and element is skipping:
                    skipping = None
                    self.text(element.tail)
                continue
            if event == "start":
                if self.start(element):
                    skipping = element
            else:
                self.end(element)
        self.flush()

    def text(self, value: str | None) -> None:
        if value:
            self.buffer.append(value)

    def start(self, element: HtmlElement) -> bool:
        """Handle an opening tag; True when the element was consumed whole."""
        tag = element.tag
        if tag in _HEADINGS or tag in ("pre", "figcaption") or self._is_data_row(element):
            self.flush()
            self.whole(element)
            return True
        if tag == "br":
            self.buffer.append(_BR)
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "table":
                self._classify_table(element)
            kind = {"li": "list_item", "blockquote": "quote", "dd": "paragraph"}.get(tag)
            if kind is not None:
                self.context.append(kind)  # type: ignore[arg-type]
        self.text(element.text)
        return False

    def end(self, element: HtmlElement) -> None:
        tag = element.tag
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag in ("li", "blockquote", "dd") and self.context:
                self.context.pop()
        self.text(element.tail)

    def whole(self, element: HtmlElement) -> None:
        tag = element.tag
        if tag in _HEADINGS:
            if element is not self.title_element:
                self.builder.heading(_element_text(element), _HEADINGS[tag])
        elif tag == "pre":
            self.builder.block("code", "".join(element.itertext()))
        elif tag == "figcaption":
            self._caption(element)
        else:  # a row of a data table
            cells = [_element_text(c) for c in element if c.tag in ("td", "th")]
            self.builder.block(self.kind(), " | ".join(c for c in cells if c))

    def kind(self) -> BlockKind:
        return self.context[-1] if self.context else "paragraph"

    def flush(self) -> None:
        if not self.buffer:
            return
        joined = _SPACE.sub(" ", "".join(self.buffer))
        self.buffer.clear()
        kind = self.kind()
        for piece in _BREAKS.split(joined):
            piece = piece.replace(_BR, " ").strip()
            if not piece:
                continue
            if kind == "paragraph" and self.first_paragraph:
                self.first_paragraph = False
                piece, self.dateline, self.agency = strip_dateline(piece)
            self.builder.block(kind, piece)

    def _caption(self, element: HtmlElement) -> None:
        clone = copy.deepcopy(element)  # a caption is small; the page itself stays untouched
        credit = None
        for node in list(clone.iter(etree.Element)):
            if node is not clone and _is_credit(node) and node.getparent() is not None:
                credit = credit or tidy_credit(_element_text(node))
                _drop(node)
        text, inline_credit = split_credit(_element_text(clone))
        self.builder.block("caption", text, credit=credit or inline_credit)

    def _classify_table(self, table: HtmlElement) -> None:
        blocks = table.xpath(".//table | .//p | .//div | .//ul | .//ol | .//h1 | .//h2 | .//h3")
        if blocks:
            self.layout_tables.add(table)

    def _is_data_row(self, element: HtmlElement) -> bool:
        if element.tag != "tr":
            return False
        table = next((a for a in element.iterancestors("table")), None)
        return table is not None and table not in self.layout_tables


def _is_credit(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str):
        return False
    names = f"{node.get('class', '')} {node.get('id', '')}".lower()
    return any(w in names for w in ("credit", "copyright", "photographer", "source"))
