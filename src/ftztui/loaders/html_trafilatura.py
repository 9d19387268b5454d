"""trafilatura's text of a page, made as cheaply as its decisions allow.

`html_article` matches the walk's candidates against this text to decide which are the article.
"""

from __future__ import annotations

import re
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
    Nor when most of the fast text's lines are the text of the page's links (`_links`): on
    Google News' 2008 pages (L3S-GN1) the fast mode took a regional paper's list of towns, or
    a column of other headlines, for the article on 7 of 621. The full run then reads an
    untouched copy of the page: without its <img>s, the fallback it compares with chose the
    menu too. L3S-GN1 recall / precision 0.9518 / 0.8545 -> 0.9508 / 0.8608 (trafilatura
    0.946 / 0.862; what it loses is photo captions, which the full run leaves out); Dragnet
    0.9293 / 0.8347 -> 0.9292 / 0.8355; CleanEval 0.9565 / 0.9123 -> 0.9560 / 0.9126;
    trafilatura's evaluation pages: the same sentences kept, furniture leaked 0.120 -> 0.117;
    WCXB test unchanged.
    Nor when the fast text is a layout table (`_layout_table`): the whole page of a 2008 news
    site, its article in one cell, other stories' headlines and the site's links in the others.
    Word recall / precision against edd7cad: L3S-GN1 0.9508 / 0.8608 -> 0.9487 / 0.8702 (the
    headline, in a cell above the article, is what the full run leaves out); CleanEval 0.9560
    / 0.9127 -> 0.9558 / 0.9151; WCXB dev and test, Dragnet, trafilatura's pages: the same.
    The full run on 153 of L3S-GN1's 621 pages instead of 63: the loader's CPU time there is
    1.28x edd7cad's (CleanEval 1.11x; WCXB, where no page changed, 1.00-1.08x: noise). Rows
    of empty cells on 20% of the lines rather than 30%: 179 full runs, 0.9485 / 0.8711; on
    50%: 94, 0.9494 / 0.8663.

    It gets a copy without the elements its own cleaning deletes whatever they hold (styles,
    <meta>, <img>, media, form fields, scripts but JSON-LD): its XPath pruning, most of its
    time, then walks a smaller tree. Measured on the benchmark's dev half: the same text on
    300 of 300 pages compared, about 15% less time. Not the landmarks (<nav>, <aside>,
    <footer>, <menu>), although its cleaning deletes them: its fallbacks read the page before
    that cleaning, and an unclosed <nav> may hold the article (dev: 4 pages refused, 12 with
    other text; no time saved on the 791 pages)."""
    import copy

    import trafilatura  # costs 0.2 s: imported once a page is loaded

    try:
        tree = _trafilatura_tree(root)
        text = trafilatura.extract(tree, include_comments=False, deduplicate=False, fast=True)
        if (
            text is None
            or len(text) < max(_MIN_TEXT, _TRUSTED * prose)
            or _links(text, root)
            or _layout_table(text)
        ):
            # The page as trafilatura would read it: without its <img>s, its readability
            # fallback takes other text (a menu of 2008's tables rather than the article).
            text = trafilatura.extract(
                copy.deepcopy(root), include_comments=False, deduplicate=False
            )
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


def _links(text: str, root: HtmlElement) -> bool:
    """Most of the text's lines are the text of the page's links: trafilatura's fast mode took
    a menu or a list of other stories for the article (a regional paper's list of towns)."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    total = sum(len(line) for line in lines)
    short = [line for line in lines if len(line) <= _LINK_CHARS]
    if sum(len(line) for line in short) <= 0.5 * total:
        return False  # an article's paragraphs: the page's links need not be read
    links = {" ".join(a.text_content().split()) for a in root.iter("a")}
    return sum(len(line) for line in short if line in links) > 0.5 * total


#: Longer than a menu's item or a headline: a line this long is no link's text. Reading the
#: page's links for every page cost 2.3% of the parse and fast run (WCXB test, 120 pages).
_LINK_CHARS = 120


def _layout_table(text: str) -> bool:
    """The fast text is a table used for the page's layout: trafilatura writes a table's rows
    as "| cell | cell |", and here a third of the lines are rows of empty cells ("|  |  |"),
    the spacers and picture cells around the article. A table of data has words in its cells."""
    lines = [line for line in text.splitlines() if line.strip()]
    empty = sum(1 for line in lines if line.lstrip().startswith("|") and not _WORD.search(line))
    return empty > _EMPTY_ROWS * len(lines)


_WORD = re.compile(r"\w")
_EMPTY_ROWS = 0.3
