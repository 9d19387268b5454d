"""Lines inside the article's container that are the site's, not the article's.

Run after `html_article` has decided which candidates are the article: a picture's credit
line ("Photo Courtesy of ...", "Image credit: ...", "© ...") and, on the pages the walk decides
alone, a row of one-word links after the last paragraph (share buttons: "Twitter",
"Facebook", "E-Mail"). Each is decided from the line's own text and shape, never from class
names, and recorded as removed with its reason.

Measured with benchmarks/bench_html_extraction.py against main, recall / precision to five
places. Dev half (791 article pages): credit lines on the walk's pages 0.93161 ->
0.93173, also on trafilatura's 0.93189, the link rows 0.93190; recall 0.97169 and paragraphs
lost 310 unchanged. Trafilatura's evaluation pages: furniture sentences kept 403 -> 400 of
2,644 (397 with `html_article._Pending` removing the headings left over them), "must keep"
2,525 of 2,664 unchanged. Held-out test half (256 pages), measured once: precision 0.94819
-> 0.94848, recall 0.98453 -> 0.98450, paragraphs lost 25 -> 26, the one more being a credit
line the gold text keeps ("Picture by ..."); it is on record as removed. Rows of links
anywhere in the article (not only after its last paragraph) lost 8 gold paragraphs (a list
of reference addresses, a download list "GitHub", "Windows", "macOS"), hence
after the last paragraph and at most 15 characters a word.

Paragraphs that are one of the notices a site prints around every post (`page_notices`, made
for pages saved as text: a call to donate or to subscribe, a comment form's note, a copyright
or share line, a photo agency's credit "Firn | Getty Images") go too, on record with the
notice's name. Not its "related link" ("Read more: ...") and "licence notice": WCXB's gold
texts keep those about as often as not (dev: 265 words of "Read more" lines kept against 397
left out). Dev half: precision 0.94399 -> 0.94417, recall unchanged
to five places; trafilatura's evaluation pages: furniture kept 343 -> 332, must-keep
unchanged. Its "affiliate disclosure" ("We may earn commission from links on this page")
goes too: WCXB's dev gold texts hold 173 words of those our loader kept, against 686 they
leave out (the most, 338, before the article's first paragraph). Dev precision 0.94467 ->
0.94500, recall 0.97749 -> 0.97743; CleanEval recall 0.95663 -> 0.95661 (one page); the
evaluation pages' furniture kept 334 -> 331 (cached trafilatura text, same run). Only
those before the article's first paragraph: dev precision +0.00014.
"""

from __future__ import annotations

from typing import Any

from ftztui.loaders.html_hidden import text_of
from ftztui.loaders.html_prose import PROSE_WORDS
from ftztui.loaders.html_reasons import is_credit_line
from ftztui.loaders.page_notices import page_notice

_ROW = 3  # one-word links in a row: "Twitter", "Facebook", "E-Mail", "Print"
_LINK_CHARS = 15  # longer, and the word is an address or a name the article lists
_LINKED = 0.9  # share of the line's text in links
#: Notices of `page_notices` that pages' gold texts keep as often as not.
_ARTICLES = {"related link", "licence notice"}


def drop_furniture(content: list[Any], *, link_rows: bool) -> None:
    """Unkeep (with a reason) credit lines, and rows of one-word links when `link_rows`."""
    for c in content:
        if not c.keep or c.op != "block":
            continue
        if is_credit_line(c.text):
            c.keep = False
            c.reason = "photo credit"
        elif c.kind == "paragraph" and (why := page_notice(c.text)) and why not in _ARTICLES:
            c.keep = False
            c.reason = why
    if link_rows:
        _drop_link_rows(content)


def _drop_link_rows(content: list[Any]) -> None:
    """Three or more kept blocks in a row after the article's last paragraph, each a single
    short word that is all link text."""
    prose = [i for i, c in enumerate(content) if c.keep and len(c.text.split()) >= PROSE_WORDS]
    if not prose:
        return
    run: list[Any] = []
    for c in [*content[prose[-1] + 1 :], None]:
        if c is not None and c.keep and c.op == "block" and _one_word_link(c):
            run.append(c)
            continue
        if len(run) >= _ROW:
            for item in run:
                item.keep = False
                item.reason = "row of links"
        run = []


def _one_word_link(c: Any) -> bool:
    if len(c.text.split()) != 1 or len(c.text) > _LINK_CHARS or c.element is None:
        return False
    linked = sum(len(text_of(a)) for a in c.element.iter("a"))
    return linked >= _LINKED * len(text_of(c.element))
