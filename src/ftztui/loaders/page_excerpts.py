"""A saved page's cards of other stories after its article, known by their cut-off excerpts.

A site lists its other stories after an article as cards: a kicker, a headline and the
story's first lines cut off mid-sentence ("Hiring is one of the most critical decisions a
startup can make. The right team can accelerate growth, drive innovation,..."). The excerpts
are long enough to read as prose, so the span of densest prose ran on into them. The cut
gives them away in any language: a paragraph ending in an ellipsis, standing alone between
short lines, two of them or more. An article's own paragraph may trail off ("Well..."), once,
and next to its other paragraphs.

Measured on WCXB's dev articles saved as text (words) and on the furniture pages' tuning half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftztui.loaders.article import Article

#: An excerpt holds at least this many words (a trailing "Well..." or "Best for..." is no card).
EXCERPT_WORDS = 8
#: This many different cut-off excerpts make a list of cards.
CARDS = 2
#: The article before the cards holds at least this many words of prose.
ARTICLE_WORDS = 100

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
