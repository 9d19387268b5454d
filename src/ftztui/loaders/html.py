"""A page saved from a browser: the article's structure, without the site around it.

The steps:

1. metadata from the whole page (title, og:site_name, canonical URL, publication date);
2. one iterative walk (lxml's iterwalk, no recursion) turning the whole <body> into candidate
   headings and blocks: sections, captions with credits, quotes, list items, code, table rows;
3. trafilatura decides which candidates are the article (`html_trafilatura`, `html_article`):
   measured on pages with gold text it finds the article far better than rules on class
   names, which dropped whole articles whose container was named "content-with-sidebar" or
   "meta_field post_body". Unless the walk alone leaves no doubt (`html_prose.clear_article`:
   one element holding nearly all the prose, with no short lines or link lists in it): that
   element is the article, and trafilatura, most of the loading time, is not run.
   Every candidate left out is recorded in `Document.removed` with the reason.

libxml2 stops at 256 levels of nesting and drops the rest of the page; such a page is parsed
again with its container tags flattened, so that hostile nesting loses structure, not text.

Speed (`benchmarks/bench_html_paths.py`, WCXB, CPU time per page, fastest of 2, against the
loader before trafilatura came in, 5986d11, in the same run): where the walk decides alone
(dev 362 of 791 pages, test 112 of 256), 1.5x its time on dev and 1.8x on test: the parse,
and a walk of the whole page that records every removal, where the old loader walked only
what it kept. Where trafilatura decides, its fast mode alone, with its own parse, already
takes 2.7x (dev) and 2.9x (test) the old loader's time on those pages; ours 3.9x and 4.5x
(fast mode), 8.8x and 8.4x (fast mode, then the full run: 62 dev and 17 test pages). So even
with no full run, the loader cannot go under about 3x on dev (the walk's pages 5.0 s, the same
work on the others 6.8 s, trafilatura's fast mode there 11 s without its parse; the old loader
7.8 s): within 2x, trafilatura would have a third of that time on dev, a tenth on test. The
full run cannot start from the fast one's work: trafilatura's fast flag also changes its main
extraction when the text is short (`recover_wild_text`), which is when the full run is made.
"""

from __future__ import annotations

import re

import lxml.etree as etree
from lxml.html import HtmlElement

from ftztui.loaders.builder import CountingBuilder
from ftztui.loaders.decode import decode_bytes
from ftztui.loaders.html_article import Recorder, replay
from ftztui.loaders.html_hidden import hidden_holds_the_page
from ftztui.loaders.html_math import has_math, math_as_text
from ftztui.loaders.html_meta import TITLE_SEPARATOR, PageMeta, read_metadata
from ftztui.loaders.html_prose import clear_article, prose_chars
from ftztui.loaders.html_trafilatura import trafilatura_text
from ftztui.loaders.html_walk import BlockWalk, element_text
from ftztui.model import Document

_TRAFILATURA_MAX_CANDIDATES = 3000
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
#: An XML declaration, also one closed by ">" alone: lxml refuses a declaration in a str.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
#: The page's own end tags. libxml2 drops everything after a `</html>`, and puts what follows a
#: `</body>` outside the body; pages with a second page pasted in, or a footer written after
#: them, lost their article. A browser reads on, and so do we.
_PAGE_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
#: `<html lang="en" />`: libxml2 takes it for the whole page.
_SELF_CLOSED_HTML = re.compile(r"(<html\b[^>]*?)\s*/\s*>", re.IGNORECASE)
#: How far into a page its <html> tag is looked for.
_HEAD = 64 * 1024
_FLATTEN = re.compile(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|b|i|u|em"
    r"|strong|a|small|big|blockquote|ul|ol|dl|form)\b[^>]*>",
    re.IGNORECASE,
)


#: Chinese pages that declare a charset often use its superset: GBK characters under "gb2312",
#: Windows' cp950 additions under "big5". Decoding with the superset reads both.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}


def decode_html(data: bytes) -> str:
    """Decode a page: a BOM or valid UTF-8 first (stronger evidence than a declaration, which
    pages saved from a browser often keep after re-encoding), then a declared <meta charset>."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(_SUPERSETS.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def load_html(text: str, *, doc_id: str, fallback_title: str, path: str | None) -> Document:
    """A `Document` from a decoded, cleaned page."""
    root = parse_page(text)
    meta = read_metadata(root)
    title_element = _title_element(root, meta)
    title = element_text(title_element) if title_element is not None else None
    body = root.find("body")
    content = body if body is not None else root
    recorder, walk = _walk(content, title_element)
    if hidden_holds_the_page(walk.hidden, walk.page_size, content):
        recorder, walk = _walk(content, title_element, True)
    builder = CountingBuilder()
    # Trafilatura's time grows faster than the page (5 s for 20,000 paragraphs, 50 s for
    # 70,000); a page that long is a document, whose landmarks are enough to find its text.
    size = len(recorder.candidates)
    article = None
    container = clear_article(recorder.candidates, recorder.title_at) if size else None
    if container is None and 0 < size <= _TRAFILATURA_MAX_CANDIDATES:
        article = trafilatura_text(root, prose_chars(recorder.candidates))
    dateline, agency = replay(recorder, builder, article, container)
    return builder.build(
        doc_id=doc_id,
        title=title or _title_shown(root, meta) or meta.title or fallback_title,
        source=meta.site_name or walk.source or agency,
        dateline=dateline,
        date=meta.date or walk.date,
        url=meta.url,
        path=path,
        format="html",
    )


def _walk(
    content: HtmlElement, title_element: HtmlElement | None, show_hidden: bool = False
) -> tuple[Recorder, BlockWalk]:
    """The walk's candidates for the page (`html_article.Recorder`), and the walk."""
    recorder = Recorder()
    walk = BlockWalk(recorder, title_element)
    walk.show_hidden = show_hidden
    recorder.walk = walk
    walk.on_title = recorder.mark_title
    walk.run(content)
    return recorder, walk


def _parser() -> etree.HTMLParser:
    """libxml2's HTML parser making lxml.html's element class, which trafilatura reads, with
    a lookup in C: lxml.html's own parser asks Python for the class of every element."""
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
    return parser


def parse_page(text: str) -> HtmlElement:
    """The page's tree (flattened first when it is too deep for libxml2)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _PAGE_END.sub("", text)
    closed = _SELF_CLOSED_HTML.search(text, 0, _HEAD)
    if closed:
        text = f"{text[: closed.end(1)]}>{text[closed.end() :]}"
    if not text.strip():
        text = "<html></html>"
    parser = _parser()
    root = etree.fromstring(text, parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # Too deep for libxml2: it silently dropped everything after the limit.
        text = _FLATTEN.sub("\n<br>\n", text)
        parser = _parser()
        root = etree.fromstring(text, parser)
    if root is None:
        root = etree.fromstring("<html><body></body></html>", _parser())
    root = _with_title_closed(text, root)
    if has_math(text):
        math_as_text(root)
    if _OBJECT.search(text):
        _objects_as_their_fallback(root)
    return root


_OBJECT = re.compile(r"<object[\s>]", re.IGNORECASE)


def _objects_as_their_fallback(root: HtmlElement) -> None:
    """An <object>'s content is what a browser shows when it cannot play it, as every browser
    now does for Flash: a video's caption, a transcript. It was skipped as an embedded frame,
    silently; it is read as the page's text now (its <param>s hold none)."""
    for element in list(root.iter("object")):
        element.tag = "div"
        for name in list(element.attrib):
            del element.attrib[name]  # its data and type name no class, role or style
    etree.strip_elements(root, "param", with_tail=False)


#: A <title> element's opening tag.
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
#: Longer than any title: a <title> whose text is the rest of the page.
_LONG_TITLE = 2000


def _with_title_closed(text: str, root: HtmlElement) -> HtmlElement:
    """A page whose </title> is damaged ("</titavaScript" in a file missing some bytes) is all
    title: a browser shows an empty page. Its title ends at the first tag after it instead."""
    title = root.find(".//title")
    words = title.text if title is not None else None
    if not words or len(words) < _LONG_TITLE or "<" not in words:
        return root
    opening = _TITLE_OPEN.search(text)
    cut = text.find("<", opening.end()) if opening else -1
    if cut < 0:
        return root
    repaired = etree.fromstring(f"{text[:cut]}</title>{text[cut:]}", _parser())
    return root if repaired is None else repaired


# -- title ---------------------------------------------------------------------------------


def _title_element(root: HtmlElement, meta: PageMeta) -> HtmlElement | None:
    """The article's <h1>: one matching the page's own title (og:title, <title>), else one
    inside <article>/<main>, else the first not in the site header or navigation. The page's
    title first: a "more stories" grid may hold <article> elements with other headlines."""
    headings = [h for h in root.iter("h1") if element_text(h)]
    if not headings:
        return _named_title(root, meta)
    wanted = (meta.title or "").casefold()
    for h in headings:
        if wanted and element_text(h).casefold() in wanted:
            return h
    for h in headings:
        if any(a.tag in ("article", "main") for a in h.iterancestors()):
            return h
    for h in headings:
        if not any(a.tag in ("header", "nav") for a in h.iterancestors()):
            return h
    return None


def _named_title(root: HtmlElement, meta: PageMeta) -> HtmlElement | None:
    """A page without <h1> (<div class="detail-title">): the first element named like a title
    whose text agrees with the page's <title> or og:title."""
    wanted = " ".join((meta.title or "").split()).casefold()
    body = root.find("body")
    if len(wanted) < 8 or body is None:
        return None
    for element in body.iter(etree.Element):
        names_ = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if "title" not in names_ and "headline" not in names_:
            continue
        text = element_text(element).casefold()
        if 8 <= len(text) <= 300 and (text.startswith(wanted) or wanted.startswith(text)):
            return element
    return None


def _title_shown(root: HtmlElement, meta: PageMeta) -> str | None:
    """The part of the page's title that the page shows as its own text, four words or more
    ("KDBC 4 - We are CBS! | More flights, fewer crashes ..."), outside any link: the headline
    of a page laid out in tables, set in <b> or <font>, named nothing. Only the document's
    title: the walk is not told that element is the title, so nothing before it is judged a
    menu and nothing after it a standfirst."""
    wanted = " ".join((meta.title or "").split()).casefold()
    body = root.find("body")
    if body is None or not wanted:
        return None
    element = _title_part(body, wanted)
    return element_text(element) if element is not None else None


def _title_part(body: HtmlElement, wanted: str) -> HtmlElement | None:
    """The element whose whole text is `wanted`, or its longest part between separators."""
    parts = [wanted, *sorted(TITLE_SEPARATOR.split(wanted), key=len, reverse=True)]
    for part in dict.fromkeys(p.strip() for p in parts if len(p.split()) >= _TITLE_PART_WORDS):
        first = part.split()[0]
        for element in body.iter(etree.Element):
            own = (element.text or "").split()
            if (
                own
                and own[0].casefold() == first
                and element_text(element).casefold() == part
                and not any(a.tag == "a" for a in element.iterancestors())
                and element.tag != "a"
            ):
                return element
    return None


_TITLE_PART_WORDS = 4  # fewer: a site's name ("KDBC 4"), which its header may show as text
