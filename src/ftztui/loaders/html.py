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

import functools
import re

import lxml.etree as etree

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.decode import decode_bytes
from ftztui.loaders.html_meta import PageMeta, read_metadata
from ftztui.loaders.html_walk import (
    HEADINGS,
    BlockWalk,
    HtmlElement,
    drop,
    element_text,
    names,
    text_of,
)
from ftztui.model import Document

# Never content, wherever they are.
_NEVER_TEXT = names(
    "script style noscript template svg canvas iframe object embed button input select textarea"
)
# Page furniture by its tag: dropped unless it holds most of the page (see _drop_furniture).
_FURNITURE_TAGS = names("nav footer aside dialog header menu form")
_DROP_ROLES = names(
    "navigation banner contentinfo complementary dialog alertdialog search menu menubar doc-toc"
)
# Words in class/id values that mark furniture. Whole words, plus a few that hide inside
# compound names ("sphinxsidebar", "cookieConsent"). A wiki's "[edit]" links ("mw-editsection")
# are controls.
_FURNITURE_WORDS = names(
    "ad ads advert adverts advertisement breadcrumb breadcrumbs nav navbar navigation "
    "menu share sharing social related recommended recommendations popular trending "
    "mostread newsletter subscribe subscription promo sidebar comments comment footer "
    "masthead toolbar skip modal popup outbrain taboola headerlink cookie cookies consent "
    "gdpr disclaimer copyright widget sponsored byline author meta timestamp dateline "
    "tags header topbar foot hot editor editsection"
)
_FURNITURE_INFIXES = ("sidebar", "cookie", "consent", "breadcrumb", "newsletter", "mostread")
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# A table of contents ("toc", "vector-toc") repeats the section titles with their numbers. Only
# as a name's last part: Sphinx marks its section titles "toc-backref".
_TOC = re.compile(r"(?:^|[\s_-])(?:toc|table[_-]?of[_-]?contents)(?:\s|$)", re.IGNORECASE)
_MOST = re.compile(r"\bmost[\s_-]*(?:read|popular|viewed|shared)\b", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
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
    root = _parse(text)
    meta = read_metadata(root)
    title_element = _title_element(root, meta)
    title = element_text(title_element) if title_element is not None else None
    _drop_furniture(root, title_element)
    content = _content_root(root)
    builder = DocumentBuilder()
    walk = BlockWalk(builder, title_element)
    walk.run(content)
    return builder.build(
        doc_id=doc_id,
        title=title or meta.title or fallback_title,
        source=meta.site_name or walk.source,
        dateline=walk.dateline,
        date=meta.date or walk.date,
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


# -- title ---------------------------------------------------------------------------------


def _title_element(root: HtmlElement, meta: PageMeta) -> HtmlElement | None:
    """The article's <h1>: inside <article>/<main> if there is one, else one matching the
    page's title, else the first not in the site header or navigation."""
    headings = [h for h in root.iter("h1") if element_text(h)]
    if not headings:
        return _named_title(root, meta)
    for h in headings:
        if any(a.tag in ("article", "main") for a in h.iterancestors()):
            return h
    wanted = (meta.title or "").casefold()
    for h in headings:
        if wanted and element_text(h).casefold() in wanted:
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
    if words & _FURNITURE_WORDS or _MOST.search(names) or _TOC.search(names):
        return True
    lowered = names.lower()
    return any(infix in lowered for infix in _FURNITURE_INFIXES)


def _drop_furniture(root: HtmlElement, keep: HtmlElement | None) -> None:
    """Remove furniture, but never the article title or what contains it."""
    protected = set() if keep is None else {keep, *keep.iterancestors()}
    body = root.find("body")
    total = len(text_of(body)) if body is not None else 0
    for element in list(root.iter(etree.Element)):
        if element.tag in ("html", "body", "head", "title", "meta", "link"):
            continue
        if element in protected or not _is_furniture(element) or element.getparent() is None:
            continue
        # A wrapper that holds most of the page is layout, whatever its class says.
        if total and element.tag not in _NEVER_TEXT and len(text_of(element)) > total // 2:
            continue
        drop(element)


# -- content root --------------------------------------------------------------------------


def _text_size(element: HtmlElement) -> int:
    return len(text_of(element))


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
        if sizes[biggest] < 0.9 * size or children[biggest].tag in HEADINGS:
            return element
        element = children[biggest]
    return element
