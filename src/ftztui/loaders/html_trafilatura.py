"""trafilatura's text of a page, made as cheaply as its decisions allow.

`html_article` matches the walk's candidates against this text to decide which are the article.
"""

from __future__ import annotations

from typing import Any

HtmlElement = Any  # lxml ships no type information

# Below this share of the text where the page's prose is, trafilatura's fast text is not
# trusted: its full run, which compares with readability and jusText, decides.
_TRUSTED = 0.7
_MIN_TEXT = 250  # characters: trafilatura's own MIN_EXTRACTED_SIZE


def trafilatura_text(root: HtmlElement, prose: int = 0) -> str | None:
    """The article text trafilatura finds in a page (the tree `html.parse_page` made, which it
    reads as its own: lxml.html's element class), or None when it finds none.

    First its `fast` mode, without the comparison with readability and jusText that is a
    quarter of its time: that comparison only replaces its text when readability's is more
    than twice as long, or its own is short. So the full run is only made when the fast text
    is short, or under `_TRUSTED` of `prose`, the text of the element holding half the page's
    prose (`prose_chars`, the walk's estimate of what readability would take).
    Measured on the whole dev half against the full run on every page: the full run on 80 of
    791 pages; recall 0.9660 -> 0.9669, precision 0.9324 -> 0.9314, paragraphs lost 337 ->
    336, pages under half 9 -> 8; trafilatura's CPU time 0.86 (fastest of 3 on 200 pages).
    At 0.5 the full run on 60 pages, but a page whose article sits in an unclosed <nav> lost
    a third of it; the fast mode alone (0.72 of the time) lost 71 paragraphs.

    It gets a copy without the elements its own cleaning deletes whatever they hold (styles,
    <meta>, <img>, media, form fields, scripts but JSON-LD): its XPath pruning, most of its
    time, then walks a smaller tree. Measured on the benchmark's dev half: the same text on
    300 of 300 pages compared, about 15% less time. Not the landmarks (<nav>, <aside>,
    <footer>, <menu>), although its cleaning deletes them: its fallbacks read the page before
    that cleaning, and an unclosed <nav> may hold the article (dev: 4 pages refused, 12 with
    other text; no time saved on the 791 pages)."""
    import trafilatura  # costs 0.2 s: imported once a page is loaded

    try:
        tree = _trafilatura_tree(root)
        text = trafilatura.extract(tree, include_comments=False, deduplicate=False, fast=True)
        if text is None or len(text) < max(_MIN_TEXT, _TRUSTED * prose):
            text = trafilatura.extract(tree, include_comments=False, deduplicate=False)
    except Exception:  # its failure only means "no opinion": the landmarks decide
        return None
    return text or None


# Deleted by trafilatura's own cleaning whatever they hold. Not <button>: removing it early
# changed its text on 2 of 300 pages (its pruning looks at what is left). <svg> (icons: a
# twentieth of a page's elements, in paths and groups) changed it on 1 of 300 with an earlier
# trafilatura; with 2.3.1, the same text on all 429 dev and 144 test pages it reads, and its
# time on the dev ones 0.91-0.93 (same run, fastest of 2; the test ones too noisy to tell).
_UNREAD = (
    "style", "noscript", "link", "meta", "iframe", "embed", "object", "canvas", "video",
    "audio", "picture", "source", "track", "img", "input", "select", "textarea", "svg",
)  # fmt: skip


def _trafilatura_tree(root: HtmlElement) -> HtmlElement:
    """A copy of the page's tree without what trafilatura would delete."""
    import copy

    import lxml.etree as etree

    tree = copy.deepcopy(root)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            script.tag = "ldjson"  # its article body is trafilatura's last resort
    etree.strip_elements(tree, "script", *_UNREAD, with_tail=False)
    for script in tree.iter("ldjson"):
        script.tag = "script"
    return tree
