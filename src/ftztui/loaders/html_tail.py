"""Where the article trafilatura chose ends: what its text takes from after that is the page's.

Trafilatura's text often runs past the article's end into the page around it: an author's box,
a newsletter form, "Book a demo", a disclaimer, a row of other stories. On the page, those
stand after the article's element and outside it. So, among the candidates trafilatura's text
kept, the deepest element holding `_SHARE` of their prose (and two prose blocks at least, not
one long paragraph) is taken as the article's; the kept candidates after it in reading order
and outside it are left out, on record, named from where they stood. Decided from the tree's
shape, never from class names. Table rows stay: a data table set after the article's text
is the article's as often as not, and its cells are not prose to find the article by.

Measured with benchmarks/bench_html_extraction.py on WCXB's dev half (791 article pages, 429
of them decided by trafilatura), in one run against the same without it (af31c48): recall
0.975 -> 0.975, precision 0.934 -> 0.939, gold paragraphs lost 197 -> 210; `drop_after_article`
lists the variants tried. Trafilatura's evaluation pages: 5 "must keep" sentences of 2,664
lost (3 of them on a company's "about" page whose own text follows its list of awards), 17
furniture sentences of 2,644 left out.
"""

from __future__ import annotations

import re
from typing import Any

from ftztui.loaders.html_prose import PROSE_WORDS, Within, holder, normalise
from ftztui.loaders.html_reasons import reason_for

HtmlElement = Any  # lxml ships no type information

_SHARE = 0.8  # of the kept prose's words, in the element taken as the article's
_MIN_WORDS = 300  # of kept prose; as `html_prose.clear_article` needs to decide alone
_COPY_WORDS = 5  # shorter, and a repeated value ("Best", "Included") is a table's or list's
_COPY_SLACK = 0.2  # lengths further apart: not one text printed twice (a cheap first test)
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def words(text: str) -> int:
    """Words of a text, counting two Chinese, Japanese or Korean characters as one."""
    return len(text.split()) + len(_HAN.findall(text)) // 2


def drop_after_article(content: list[Any], reasons: dict[HtmlElement, str]) -> None:
    """Unkeep, with a reason, the kept candidates standing after the article's element (the
    deepest holding `_SHARE` of the kept prose) and outside it; table rows stay.

    Dev half, recall / precision from 0.9753 / 0.9339 (the analysis script's figures, each
    against the same run without it): share 0.7 0.9725 / 0.9399, 0.8 0.9747 / 0.9382, 0.9
    0.9749 / 0.9362; sparing list items 0.9748 / 0.9382 (chosen: lists too, 0.9745 / 0.9394).
    Counting table rows as prose made a recipe's nutrition table the article and cut its
    steps; one long paragraph as the article's element cut a blog post's last two lines
    (trafilatura's evaluation pages: "must keep" sentences lost 10 -> 5 with both fixed)."""
    prose = [
        (c, n)
        for c in content
        if c.keep
        and c.op == "block"
        and c.element is not None
        and c.element.tag != "tr"
        and (n := words(c.text)) >= PROSE_WORDS
    ]
    total = sum(n for _, n in prose)
    if len(prose) < 2 or total < _MIN_WORDS:
        return  # a short page: too little prose to tell where its article ends
    article = Within(holder(_shared_weights(prose), total, _SHARE))
    kept = [i for i, c in enumerate(content) if c.keep and c.element is not None]
    inside = [i for i in kept if article(content[i].element)]
    if not inside:
        return
    for c in content[inside[-1] + 1 :]:
        if not c.keep or c.element is None or c.element.tag == "tr" or article(c.element):
            continue
        c.keep = False
        reason = reason_for(c.element, reasons)
        c.reason = "after the article" if reason == "outside the article" else reason


def _shared_weights(prose: list[tuple[Any, int]]) -> dict[HtmlElement, int]:
    """How much prose each element holds (`html_prose.weights`), for the elements holding two
    prose blocks or more: the tree is climbed once."""
    weight: dict[HtmlElement, int] = {}
    count: dict[HtmlElement, int] = {}
    for c, n in prose:
        node = c.element
        while node is not None:
            weight[node] = weight.get(node, 0) + n
            count[node] = count.get(node, 0) + 1
            node = node.getparent()
    return {e: n for e, n in weight.items() if count[e] >= 2}


def drop_adjacent_copies(content: list[Any]) -> None:
    """A kept block of `_COPY_WORDS` or more with the very words of the kept block before it
    is a copy (a hover overlay repeating a card's text, a caption printed twice), left out on
    record. `html_article._drop_repeats` only takes copies of 30 words or more, anywhere on the
    page: a listing repeats short lines on purpose; in a row, they are a copy.

    Dev half (analysis script), recall / precision 0.9770 / 0.9414 -> 0.9768 / 0.9423; from one
    word 0.9767 / 0.9424, which dropped the repeated cells of a rating table ("Best" x 28).
    Trafilatura's evaluation pages: no "must keep" sentence lost, one furniture one dropped."""
    previous: Any = None
    for c in content:
        if not c.keep:
            continue
        if (
            previous is not None
            and c.op == "block"
            and previous.op == "block"
            and abs(len(c.text) - len(previous.text)) <= _COPY_SLACK * len(c.text)
            and c.text[-3:].casefold() == previous.text[-3:].casefold()
            and len(c.text.split()) >= _COPY_WORDS
            and normalise(c.text) == normalise(previous.text)
        ):
            c.keep = False
            c.reason = "repeated on the page"
            continue
        previous = c
