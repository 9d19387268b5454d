"""A saved page's author box after its article: where the article ends.

Many sites sign an article at its end ("Written By Eduard Kovacs", "Text by Hunter Dukes",
"Author: Alec Sills-Trausch") and follow the signature with the author's box: a biography,
"More from ...", a call for donations. The biography is prose, so the span of densest prose
ran on into it. A byline after most of the article's prose gives the box away: the article
ends at its last paragraph before it. A byline standing several times in the span is no
signature but a list's ("By: Gabriela Zapata" under each of a catalogue's entries, "By
Functionality" heading a part of the article), and an article whose prose goes on at length
after a byline (a second part under its own author's name) is not cut there.

Measured on WCXB's dev articles saved as text (words) and on the furniture pages' tuning half.
"""

from __future__ import annotations

from collections.abc import Sequence

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.page_comments import ARTICLE_WORDS

#: What follows the byline in the span holds at most this share of the article's prose
#: before it (an author's biography).
BOX_SHARE = 0.25


def before_signature(
    article: Article, good: Sequence[bool], weights: Sequence[int], infos: Sequence[LineInfo | None]
) -> Article:
    """The article ended at its last paragraph before its byline, when the byline stands once
    in the span, after `ARTICLE_WORDS` of prose, with little prose after it."""
    bylines = [
        i
        for i in range(article.start, article.last + 1)
        if (info := infos[i]) is not None and info.reason == "byline"
    ]
    if len(bylines) != 1:
        return article
    signed = bylines[0]
    prose = [i for i in range(article.start, signed) if good[i]]
    before = sum(weights[i] for i in prose)
    after = sum(weights[i] for i in range(signed, article.last + 1) if good[i])
    if before < ARTICLE_WORDS or after > BOX_SHARE * before:
        return article
    return Article(article.start, prose[-1], article.footer, article.has_prose, article.page)
