"""A recipe on a page saved as text: its ingredients and method are the article's.

The article's span is the page's densest prose; a recipe's list of amounts ("250 g Weizenmehl",
"• 1/2 block of tofu") is no prose, so the span began at the method below the ingredients, or
ended at the story above a recipe card, and the rest was left out as the site's header or
footer. Measured on the furniture pages' tuning half.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.text_shapes import LIST_ITEM, weight


def amount_lines(units: list[str]) -> list[bool]:
    """Lines of a list of amounts, two or more in a row ("6 Eier", "100 g Butter", "½ cup
    sugar"): a recipe's or a spec sheet's list, not a menu (a lone "1 Monat her" may be one)."""
    amount = [bool(_QUANTITY.match(LIST_ITEM.sub("", u, count=1))) for u in units]
    return [
        a and ((i > 0 and amount[i - 1]) or (i + 1 < len(amount) and amount[i + 1]))
        for i, a in enumerate(amount)
    ]


#: A line of a list of amounts: a number, a unit or a word, and more.
_QUANTITY = re.compile(r"^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s*[^\W\d]+\.?\s+[^\d\s]")


#: A recipe's list of ingredients (this many lines of amounts or more) standing at most
#: `INGREDIENTS_GAP` short lines before the article's first paragraph is the article's.
INGREDIENTS = 3
INGREDIENTS_GAP = 6


def with_ingredients(
    article: Article, units: list[str], infos: list[LineInfo | None], amounts: list[bool]
) -> Article:
    """The article started at the list of ingredients right above its first paragraph: a
    recipe's amounts under their labels ("Belag:", "250 g Weizenmehl") and its "Zubereitung"
    heading, which the span of prose leaves out as the site's header."""
    start, gap, found = article.start, 0, 0
    for i in range(article.start - 1, -1, -1):
        info = infos[i]
        if info is not None and info.site:
            break
        if amounts[i]:
            start, gap, found = i, 0, found + 1
        elif weight(units[i]) <= 4 and gap < INGREDIENTS_GAP:
            gap += 1
        else:
            break
    if found < INGREDIENTS:
        return article
    return Article(start, article.last, article.footer, article.has_prose, article.page)


#: A recipe card after the article's prose (the site's share buttons and the card's labels
#: between, then its ingredients and method) is the article's: its list of amounts must start
#: within this many units of the last paragraph.
RECIPE_GAP = 25
_ENDS = ("related links", "comment form", "copyright notice", "cookie notice", "tags line")


def with_recipe_after(
    article: Article,
    units: list[str],
    infos: list[LineInfo | None],
    amounts: list[bool],
    starts_body: Callable[[str, LineInfo | None], bool],
) -> Article:
    """The article ended after the recipe card that follows its prose: the ingredients (three
    lines of amounts or more, no paragraph before them) and the method's list or paragraphs,
    up to the next of the site's furniture."""
    count, i = len(units), article.last + 1
    while i < count and i <= article.last + RECIPE_GAP and not amounts[i]:
        info = infos[i]
        if (info is not None and info.reason in _ENDS) or starts_body(units[i], None):
            return article
        i += 1
    run = 0
    while i + run < count and amounts[i + run]:
        run += 1
    if run < INGREDIENTS:
        return article
    last, footer = i + run - 1, count
    for j in range(last + 1, count):
        info = infos[j]
        if info is not None and info.site:
            footer = j
            break
        if amounts[j] or LIST_ITEM.match(units[j]) or starts_body(units[j], None):
            last = j
    return Article(article.start, last, footer, article.has_prose, article.page)
