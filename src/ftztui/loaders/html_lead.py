"""The prose between an article's headline and its body: a standfirst, a first paragraph set
apart from the rest, which stands outside the element holding the body.

When the walk alone found the article's container, all the prose there is kept
(`keep_the_lead`). When trafilatura decided, its text often leaves the standfirst out
(aktualne.cz's "perex", the dek of many magazines): the one paragraph of prose right before
the body, past the opening picture's caption and standing beside it, is kept
(`keep_the_standfirst`), unless it is a line that stands over many articles rather than in
one: a byline, a date line, a writer's bio, a site's notice, a trail of links, a row of tags.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ftztui.loaders.html_authors import BIO, BYLINE
from ftztui.loaders.html_prose import PROSE_WORDS
from ftztui.loaders.html_reasons import in_landmark
from ftztui.loaders.html_tail import words
from ftztui.loaders.page_notices import page_notice

HtmlElement = Any  # lxml ships no type information

#: A bio by first name: "Anurag is an experienced journalist ...", "Jesse has worked as ...".
_PRONOUN_BIO = re.compile(
    r"^[A-Z][\w'’.-]+ (?:is an?|has worked|has been|writes|covers)\b.*\b(?:He|She|They)\b"
)
#: A picture's credit at a caption's end: "... in Flushing, Queens. Photo by Lisa Jennings".
_CREDIT = re.compile(r"\b(?:photo|image|foto|credit)s?(?: by\b|:)", re.IGNORECASE)
#: A trail of links ("Blog Home ❯ Eco-Friendly Living ❯ ..."), a clock time (a date line:
#: "April 28, 2019 at 6:01 am Updated ..."), share buttons, a word of the site's business
#: ("may earn a commission", "our newsletter").
_NOT_PROSE = re.compile(
    r"[❯›»>|/] .* [❯›»>|/] |\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d ?(?:[ap]\.?m|uhr|h)\b"
    r"|\bshare this\b|\bcommission\b|\bnewsletter\b|\bsubscribe\b",
    re.IGNORECASE,
)
_BESIDE = 4  # levels up to an ancestor the standfirst and the body share
_CAPITALISED = 0.6  # share of capitalised words over which a line is a list of names or tags


def is_caption(c: Any) -> bool:
    """A picture's caption: so marked, or a paragraph ending in the picture's credit."""
    return bool(c.kind == "caption" or _CREDIT.search(c.text))


def is_standing_line(text: str) -> bool:
    """A line that stands over or under many articles rather than in one: a byline ("By
    Sarah Schwartz — November 18, 2025 6 min read"), a date line, a writer's bio, a site's
    notice ("We may earn commission ..."), a trail of links, a row of tags."""
    words = text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return bool(
        capitalised > _CAPITALISED * len(words)
        or BYLINE.match(text)
        or BIO.match(text)
        or _PRONOUN_BIO.match(text)
        or page_notice(text)
        or _NOT_PROSE.search(text)
    )


def keep_the_lead(candidates: list[Any], title_at: int | None) -> None:
    """When the walk alone found the article's container, the prose between the article's
    title and that container is the article's too: a standfirst, a first paragraph set apart
    from the body. Only prose (10 words or more): the bylines, dates and share lines that
    also stand there are short.

    Measured on the pages the walk decides alone (dev half: 341 pages; trafilatura's
    evaluation pages: 253), against the same without it: dev recall 0.9707 -> 0.9717,
    precision 0.9317 -> 0.9313, paragraphs lost 314 -> 311; "must keep" sentences of the
    evaluation pages 715 -> 739 of 768 (trafilatura deciding: 734), furniture kept 119 ->
    125 of 758 (93). Without the 10 words: furniture 138, dev precision 0.9301."""
    if title_at is None:
        return
    first = next((i for i, c in enumerate(candidates) if c.keep), None)
    if first is None:
        return
    landmarks: dict[HtmlElement, bool] = {}
    for c in candidates[title_at:first]:
        if (
            c.op == "block"
            and len(c.text.split()) >= PROSE_WORDS
            and not in_landmark(c.element, landmarks)
        ):
            c.keep = True


def keep_the_standfirst(
    candidates: list[Any], title_at: int | None, title: HtmlElement | None
) -> None:
    """The paragraph of prose right before the article trafilatura chose, after its title
    and past a picture's caption: a standfirst set apart from the body. Outside the page's
    landmarks, or in the <header> that holds the title; and beside the body (`_beside`).

    Measured with cached trafilatura text, against the same without it in one run (after
    this branch's other rules), recall / precision: WCXB dev 0.97683 / 0.94628 -> 0.97723 /
    0.94607 (WCXB's gold keeps about half the standfirsts); CleanPortalEval 0.93921 /
    0.93935 -> 0.94044 / 0.93929; Readability's pages 0.97373 / 0.92737 -> 0.97446 / 0.92703
    (aktualne's perex; Wikipedia's hatnotes, which its gold leaves out); CleanEval 0.95646 /
    0.91117 -> 0.95661 / 0.91109; trafilatura's evaluation pages, "must keep" 2,528 -> 2,542
    of 2,664, furniture kept unchanged. Not only beside the body: dev 0.97739 / 0.94547,
    CleanPortalEval recall 0.94839 (six video pages' description), Readability's 0.97464 /
    0.92566, "must keep" 2,545, furniture 330. Every prose block between the title and the
    body, without `is_standing_line`: dev precision 0.94334 (bios, bylines, notices and
    captions stand there too), Readability's 0.92283. Not in the title's <header> (before
    `_beside`): dev precision +0.00015, "must keep" -3. Then words counted as `html_tail`
    counts them (qq.com's lead is 26 words of Chinese, one "word" split at spaces), the body
    looked for after the title although a menu before it is still kept, and bylines glued to
    their link ("ByKathy Owen"), clock times and a site's business words left out: dev
    0.97723 / 0.94607 -> 0.97736 / 0.94597, Readability's 0.97446 / 0.92703 -> 0.97543 /
    0.92701, CleanPortalEval 0.94044 / 0.93929 -> 0.94086 / 0.93867 (the BBC's video
    captions), "must keep" 2,542 -> 2,548, furniture unchanged."""
    if title_at is None:
        return
    # The body's first kept candidate after the title: a menu before the title may be kept yet.
    first = next((i for i in range(title_at, len(candidates)) if candidates[i].keep), None)
    if first is None:
        return
    landmarks: dict[HtmlElement, bool] = {}
    header = _header_of(title)
    for c in reversed(candidates[title_at:first]):
        if c.op != "block" or words(c.text) < PROSE_WORDS or is_caption(c):
            continue  # a picture between the standfirst and the body, with its caption
        if (
            c.kind == "paragraph"
            and (not in_landmark(c.element, landmarks) or _holds(header, c.element))
            and not is_standing_line(c.text)
            and _beside(c.element, candidates[first].element)
        ):
            c.keep = True
        return


def _beside(element: HtmlElement, body: HtmlElement) -> bool:
    """`element` and the body's first element share an ancestor `_BESIDE` levels up or less:
    the standfirst stands with the body (aktualne's perex and its body in one <div>), not in a
    hero banner across the page from it."""
    if element is None or body is None:
        return False
    near = {body, *itertools.islice(body.iterancestors(), _BESIDE)}
    return element in near or any(
        a in near for a in itertools.islice(element.iterancestors(), _BESIDE)
    )


def _header_of(title: HtmlElement | None) -> HtmlElement | None:
    """The <header> the article's title stands in, if any: the article's own header, where
    a standfirst is printed under the headline."""
    if title is None:
        return None
    return next((a for a in title.iterancestors() if a.tag == "header"), None)


def _holds(box: HtmlElement | None, element: HtmlElement | None) -> bool:
    return (
        box is not None and element is not None and any(a is box for a in element.iterancestors())
    )
