"""A saved page's cards of other stories after its article, known by their cut-off excerpts
or their dates.

A site lists its other stories after an article as cards: a kicker, a headline and the
story's first lines cut off mid-sentence ("Hiring is one of the most critical decisions a
startup can make. The right team can accelerate growth, drive innovation,..."). The excerpts
are long enough to read as prose, so the span of densest prose ran on into them. The cut
gives them away in any language: a paragraph ending in an ellipsis, standing alone between
short lines, two of them or more. An article's own paragraph may trail off ("Well..."), once,
and next to its other paragraphs.

Other sites date their cards instead ("March 29, 2025", then the story's first paragraph),
newest first: three date lines or more, and among them no two paragraphs in a row (a card's
stands alone between its headline and the next card; a card may lack its date). An event list
or a timeline runs the other way, a diary's entries run on in several paragraphs, and a
gallery of dated photos amid a story has more of the story after it; none of them ends the
article.

Measured on WCXB's dev articles saved as text (words) and on the furniture pages' tuning half.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.page_comments import ARTICLE_WORDS

#: An excerpt holds at least this many words (a trailing "Well..." or "Best for..." is no card).
EXCERPT_WORDS = 8
#: This many different cut-off excerpts make a list of cards.
CARDS = 2

_CUT = re.compile(r"(?:\.\.\.|…|\[(?:\.\.\.|…)\])[\s\"'”’)\]]*$")


def is_excerpt(text: str) -> bool:
    """A story's first lines cut off: a paragraph of some length ending in an ellipsis."""
    return len(text.split()) >= EXCERPT_WORDS and bool(_CUT.search(text))


def before_excerpts(
    article: Article, units: Sequence[str], good: Sequence[bool], weights: Sequence[int]
) -> Article:
    """The article ended at its last paragraph before a list of cards inside its span: two
    or more cut-off excerpts, each alone (no paragraph of prose right before or after it)."""
    count = len(units)

    def alone(i: int) -> bool:  # a card's excerpt stands under its headline, not in a list
        return not any(0 <= j < count and good[j] for j in (i - 1, i + 1))

    cards = [i for i in range(article.start, article.last + 1) if is_excerpt(units[i]) and alone(i)]
    if len({units[i] for i in cards}) < CARDS:
        return article
    prose = [i for i in range(article.start, cards[0]) if good[i]]
    if sum(weights[i] for i in prose) < ARTICLE_WORDS:
        return article
    # The cards end the page's prose: more of the article's after them outweighs them.
    after = range(cards[0], article.last + 1)
    rest = sum(weights[i] for i in after if good[i] and i not in cards)
    if rest > sum(weights[i] for i in cards):
        return article
    return Article(article.start, prose[-1], article.footer, article.has_prose, article.page)


#: This many cards' dates make a list of dated cards (an article's own date stands once).
DATED_CARDS = 3
#: A unit of this many words, not furniture, is a paragraph when counting a card's (a
#: paragraph the page repeats too, which `not_repeated` no longer counts as good).
PARAGRAPH_WORDS = 15


def before_dated_cards(
    article: Article,
    units: Sequence[str],
    good: Sequence[bool],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
) -> Article:
    """The article ended at its last paragraph before a list of dated cards inside its span
    (see `_dated_cards`), after `ARTICLE_WORDS` of its prose."""
    dates = [
        i
        for i in range(article.start, article.last + 1)
        if (info := infos[i]) is not None and info.reason == "date line"
    ]
    paragraphs = [
        i
        for i in range(article.start, article.last + 1)
        if infos[i] is None and weights[i] >= PARAGRAPH_WORDS
    ]
    for k, first in enumerate(dates[: len(dates) - DATED_CARDS + 1]):
        prose = [i for i in range(article.start, first) if good[i]]
        if sum(weights[i] for i in prose) >= ARTICLE_WORDS and _dated_cards(
            dates[k:], paragraphs, weights, infos
        ):
            return Article(
                article.start, prose[-1], article.footer, article.has_prose, article.page
            )
    return article


def _dated_cards(
    dates: list[int],
    paragraphs: list[int],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
) -> bool:
    """Whether the date lines `dates` are a site's cards of its latest stories: newest first
    (an event list, a timeline run the other way), no two paragraphs in a row among them (a
    diary's entries run on in several), and no more of the article after the last card's
    (a gallery of dated photos amid a story)."""
    days = [info.date or "" for i in dates if (info := infos[i]) is not None]
    if any(a < b for a, b in itertools.pairwise(days)):
        return False
    within = {i for i in paragraphs if dates[0] < i < dates[-1]}
    if any(i + 1 in within for i in within):
        return False
    after = [i for i in paragraphs if i > dates[-1]][1:]
    return sum(weights[i] for i in after) < ARTICLE_WORDS
