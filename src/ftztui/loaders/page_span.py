"""Where a saved page's article is when the page's shape does not say it clearly.

`article` finds the span of a page saved as text whose prose most outweighs the rest. Losing
the whole article is the worst a reader can do, so this module keeps that choice from going
wrong where it can: a paragraph the site's template prints over and over never counts as prose.
"""

from __future__ import annotations

from collections.abc import Sequence

#: A paragraph standing this many times in a page is the site's template.
REPEATS = 3


def not_repeated(units: Sequence[str], good: Sequence[bool]) -> list[bool]:
    """`good` without the paragraphs a site's template prints over and over: one standing
    three times or more in a saved page (a teaser in several boxes, a notice under each post),
    or twice in a row (a server's warning). An article may quote its lead again further down,
    but does not say a paragraph three times. They stay where they are; they only no longer
    count as the article's prose when its span is found."""
    seen: dict[str, int] = {}
    for unit, is_good in zip(units, good, strict=True):
        if is_good:
            seen[unit] = seen.get(unit, 0) + 1
    return [
        g and seen[u] < REPEATS and not (i > 0 and units[i - 1] == u)
        for i, (u, g) in enumerate(zip(units, good, strict=True))
    ]
