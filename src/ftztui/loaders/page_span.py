"""Where a saved page's article is when the page's shape does not say it clearly.

`article` finds the span of a page saved as text whose prose most outweighs the rest. Losing
the whole article is the worst a reader can do, so this module keeps that choice from going
wrong where it can:

- a paragraph the site's template prints over and over never counts as prose;
- a page where no span holds an article's worth of prose is not cut to one (its article may be
  a list of links, and the heaviest span a licence in its footer);
- a span before the heaviest one holding about as much prose is kept with it (a short article
  above a long box of offers or a cookie notice).

Measured on trafilatura's evaluation pages saved as text (tuning half), checked on the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from ftztui.loaders.boilerplate import LineInfo

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
    copied = _article_copied(units, good, seen)
    return [
        g and (seen[u] < REPEATS or i in copied) and not (i > 0 and units[i - 1] == u)
        for i, (u, g) in enumerate(zip(units, good, strict=True))
    ]


#: A run of this many paragraphs, one after the other, each standing `REPEATS` times or more,
#: is the article printed again (a page holding a mobile and a print copy of it), not a notice.
COPIED_RUN = 3


def _article_copied(units: Sequence[str], good: Sequence[bool], seen: dict[str, int]) -> set[int]:
    """The first copy of the paragraphs of an article a page prints several times over: runs
    of `COPIED_RUN` or more paragraphs, each repeated, in their first place. A template's
    notice stands alone between other text; a copied article repeats paragraph after paragraph.
    """
    met: set[str] = set()
    run: list[int] = []
    copied: set[int] = set()
    for i, (unit, is_good) in enumerate(zip(units, good, strict=True)):
        if not is_good:
            continue
        if seen[unit] >= REPEATS and unit not in met:
            run.append(i)
        else:
            if len(run) >= COPIED_RUN:
                copied.update(run)
            run = []
        met.add(unit)
    if len(run) >= COPIED_RUN:
        copied.update(run)
    return copied


#: A page whose heaviest span scores less than this (in words of prose, less what is not
#: prose in it), and with at least as many words outside that span in lines that are neither
#: furniture nor menu entries, has no span that is clearly its article: its article is a list
#: of links, a photo or a recipe's lines, and a footer's licence or a follow form outweighs it.
WEAK_SPAN = 40
#: Lines of this many words or more count as text outside the span (shorter ones are menus).
TEXT_LINE = 4

#: A span before the heaviest one scoring at least this share of it is a rival: neither is
#: clearly the article (a short article above a longer box of offers, comments or a cookie
#: notice), so the article is taken to start at the earlier one, and both are kept.
RIVAL_SHARE = 0.5


def weak(
    scores: Sequence[float],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
    start: int,
    last: int,
) -> bool:
    """Whether the heaviest span [start, last] is too light to be taken for the article over
    the rest of the page's text (see `WEAK_SPAN`). A short story on a small page is not weak:
    nothing else there could be its article."""
    if sum(scores[start : last + 1]) >= WEAK_SPAN:
        return False
    outside = sum(
        weights[i]
        for i in range(len(weights))
        if not start <= i <= last and infos[i] is None and weights[i] >= TEXT_LINE
    )
    return outside >= WEAK_SPAN


def heaviest(scores: Sequence[float]) -> tuple[float, int, int]:
    """The highest total score of a run of units, and where that run starts and ends
    (0, 0, -1 when no unit scores above 0)."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best, *best_span


def rival_start(scores: Sequence[float], good: Sequence[bool], start: int, last: int) -> int:
    """Where the article starts when the span [start, last] has rivals before it (see
    `RIVAL_SHARE`): the first paragraph of the earliest one. When two parts of a page hold
    about as much prose, losing the article is worse than keeping a box."""
    best = sum(scores[start : last + 1])
    while True:
        rival, first, _ = heaviest(scores[:start])
        if rival < RIVAL_SHARE * best:
            return start
        start = next(i for i in range(first, start) if good[i])


#: A menu of this many lines in a row parts the article from what follows (a share bar, an
#: author's links, a comment thread's header), as a share bar does...
PART_MENU = 5
#: ... but more weakly: a part after it stays the article's unless this much lighter than its
#: heaviest part (a user's list may stand before the article's closing paragraphs), and a light
#: box between two menus does not end the article when a part after it holds enough prose.
#: Fitted on the furniture pages' tuning half (0.15 to 0.35 lost the same article snippets).
MENU_SHARE = 0.25


def menu_between(infos: Sequence[LineInfo | None], after: int, before: int) -> bool:
    """Whether a menu of `PART_MENU` lines of site furniture stands between units `after`
    and `before`."""
    run = 0
    for info in infos[after + 1 : before]:
        run = run + 1 if info is not None and info.site else 0
        if run >= PART_MENU:
            return True
    return False


#: A paragraph this light, alone between two pieces of site furniture, is part of them (a
#: newsletter's pitch between its heading and a menu).
BOXED_WORDS = 25


def between_furniture(
    good: Sequence[bool],
    infos: Sequence[LineInfo | None],
    start: int,
    last: int,
    weights: Sequence[int],
) -> set[int]:
    """Units of a page's article span standing between two pieces of furniture, short lines
    and at most one light paragraph: a sidebar's heading between two menus (jusText's context
    rule), a newsletter's pitch."""
    found: set[int] = set()
    bad = [not good[i] and _frames(infos[i]) for i in range(len(good))]
    i = start
    while i <= last:
        if bad[i]:
            i += 1
            continue
        j = i
        while j <= last and not bad[j]:
            j += 1
        paragraphs = [k for k in range(i, j) if good[k]]
        framed = (i == 0 or bad[i - 1]) and (j == len(bad) or bad[j])
        light = not paragraphs or (len(paragraphs) == 1 and weights[paragraphs[0]] <= BOXED_WORDS)
        if framed and light:
            found.update(range(i, j))
        i = j
    return found


def _frames(info: LineInfo | None) -> bool:
    """Furniture that frames a box: not a contact line (a phone number or an e-mail address),
    which an article's own lists hold (an event's tickets, a shop's address)."""
    return info is not None and info.reason != "contact line"
