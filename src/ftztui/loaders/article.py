"""Where the article is in a page saved as text, judged by the shape of the whole file.

A page saved as text is a header of site lines, the article, and a footer; a note or letter the
user wrote is all article. Each unit (a line, or a hard-wrapped paragraph) is first judged on its
own, as jusText judges a block: *good* (a paragraph of prose), *site furniture* (a cookie notice,
share buttons, a menu: lines nobody writes in their own text) or neither (short lines: headings,
list items, a sign-off, "Tags: ..."). Then the file as a whole:

- good paragraphs form clusters, split wherever site furniture stands between two of them;
- the article is the heaviest cluster (in words), grown over its neighbours; a neighbour is left
  out only if it is light (under a third of the article) *and* has more site furniture beyond
  it: a cookie notice before the menu, a "Newsletter" teaser between two link lists. So an
  in-article box ("Related", "Share this article") does not end the article when it goes on;
- the article starts at its first good paragraph, and nothing after that is left out unless it
  is site furniture, or stands between the article's last paragraph and the site's footer.

On a saved page (site furniture, or menus framing the text in any language) the span is found
instead as the one whose prose most outweighs what is not prose in it (Finn's body-text
extraction, with units for tokens): each paragraph counts its words, every other unit costs a
few, a long run of them costs a capped amount, and a paragraph boxed in by furniture on both
sides counts nothing. So the article reads on past a heading, a photo or a table of contents,
and stops where menus, notices and teasers outweigh the prose after them.

The caller decides what to do with each unit; this module only finds the span.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.page_span import (
    BOXED_WORDS,
    MENU_SHARE,
    heaviest,
    menu_between,
    rival_start,
    weak,
)

#: A cluster lighter than this share of the heaviest one may be site furniture.
LIGHT_SHARE = 0.3


@dataclass(frozen=True)
class Article:
    """Units [start, last] hold the article's paragraphs; `footer` is where the site's footer
    starts (the first site-furniture unit after the article), or the unit count."""

    start: int
    last: int
    footer: int
    has_prose: bool
    page: bool = False


def _is_site(info: LineInfo | None) -> bool:
    return info is not None and info.site


#: What a unit that is not prose costs the span holding it, on a saved page (in words of prose):
#: site furniture, and any other line (a heading, a caption, a menu's title, a form's label).
SITE_COST = 5
OTHER_COST = 2


def find_article(
    good: Sequence[bool],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
    page: bool = False,
    shaped: Sequence[bool] = (),
) -> Article:
    """The article's span among units judged `good` (prose paragraphs) or not; `shaped` units
    (tables, code: see `structured`) count as the article's on a page."""
    count = len(good)
    goods = [i for i in range(count) if good[i]]
    if not goods:
        return Article(0, count - 1, count, has_prose=False)
    if page:
        return _densest_span(good, weights, infos, shaped or [False] * count)
    site_before = _running_site(infos)
    clusters: list[list[int]] = [[goods[0]]]
    for prev, nxt in itertools.pairwise(goods):
        if site_before[nxt] > site_before[prev + 1]:  # site furniture between them
            clusters.append([nxt])
        else:
            clusters[-1].append(nxt)
    mass = [sum(weights[i] for i in c) for c in clusters]
    main = max(range(len(clusters)), key=lambda c: (mass[c], -c))
    light = LIGHT_SHARE * mass[main]
    first = main
    while first > 0:
        c = first - 1
        if mass[c] < light and site_before[clusters[c][0]] > 0:
            break
        first = c
    last = main
    total_site = site_before[count]
    while last + 1 < len(clusters):
        c = last + 1
        beyond = total_site > site_before[clusters[c][-1] + 1]
        if mass[c] < light and (
            beyond or _footer_between(infos, clusters[last][-1], clusters[c][0])
        ):
            break
        last = c
    end = clusters[last][-1]
    footer = next((i for i in range(end + 1, count) if _is_site(infos[i])), count)
    return Article(clusters[first][0], end, footer, has_prose=True)


def _densest_span(
    good: Sequence[bool],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
    shaped: Sequence[bool],
) -> Article:
    """On a saved page: the span of units whose prose outweighs what is not prose in it the
    most (each paragraph counts its words, each other unit costs a few): the article reads on
    past a heading, a caption or a small box when more prose follows, and stops where the
    site's menus, teasers and notices outweigh what comes after them. When the choice is not
    clear (`page_span`), more is kept rather than the article lost."""
    scores = _unit_scores(good, weights, infos, shaped)
    span = _best_span(scores, good, infos)
    if not span.has_prose:
        return span
    if weak(scores, weights, infos, span.start, span.last):
        # No part of the page holds an article's prose: choosing one would as likely lose
        # the article as keep it. Everything but the site's furniture is kept.
        return Article(0, len(good) - 1, len(good), has_prose=False)
    start = rival_start(scores, good, span.start, span.last)
    span = Article(start, span.last, span.footer, has_prose=True, page=True)
    return _before_teasers(_main_part(span, good, weights, infos), good, weights, infos)


#: Teasers: this many paragraphs in a row in the span's second half, each under this many
#: words, alone, and more than `TEASER_GAP` units from the one before (a kicker and a headline
#: between them: a label and its paragraph, "Design Features: 25%", is a user's). Fitted on the
#: furniture pages' tuning half; checked on the wceb articles (none of their paragraphs lost).
#: Only after the span's last two paragraphs in a row: a list of tips, each a short paragraph
#: under its heading, followed by more of the article is the article's (WCXB dev as text: 41
#: pages had their article cut there, word recall 0.958 -> 0.971, precision 0.890 -> 0.886).
TEASER_RUN = 2
TEASER_WORDS = 20
TEASER_GAP = 2


def _before_teasers(
    span: Article, good: Sequence[bool], weights: Sequence[int], infos: Sequence[LineInfo | None]
) -> Article:
    """The span ended before a run of teasers in its second half, after its prose's last two
    paragraphs in a row: light paragraphs each alone between a headline, a kicker or a date (an
    article's paragraphs follow one another; teasers never do)."""
    goods = [i for i in range(span.start, span.last + 1) if good[i]]
    total = sum(weights[i] for i in goods)
    count = len(good)
    # Where the article's prose last runs on (two paragraphs in a row): teasers come after it.
    paired = max((i for i in goods if i + 1 <= span.last and good[i + 1]), default=-1)
    seen = 0
    run: list[int] = []
    for i in goods:
        alone = not (i > 0 and good[i - 1]) and not (i + 1 < count and good[i + 1])
        if alone and weights[i] < TEASER_WORDS and seen * 2 >= total and i > paired:
            if run and i - run[-1] <= TEASER_GAP:
                run = []
            run.append(i)
            if len(run) >= TEASER_RUN:
                break
        else:
            run = []
        seen += weights[i]
    if len(run) < TEASER_RUN:
        return span
    kept = [i for i in goods if i < run[0]]
    if not kept:
        return span
    end = kept[-1]
    footer = next((i for i in range(end + 1, count) if _is_site(infos[i])), count)
    return Article(span.start, end, footer, has_prose=True, page=True)


def _best_span(
    scores: Sequence[float], good: Sequence[bool], infos: Sequence[LineInfo | None]
) -> Article:
    """The span of units with the highest total score, from its first paragraph on."""
    _, first, end = heaviest(scores)
    while first <= end and not good[first]:
        first += 1
    if first > end:
        return Article(0, len(good) - 1, len(good), has_prose=False)
    footer = next((i for i in range(end + 1, len(good)) if _is_site(infos[i])), len(good))
    return Article(first, end, footer, has_prose=True, page=True)


#: Site furniture that parts a page's article from what follows it. Menus do not (a table of
#: contents, a user's lists on a page), nor lines a user's own text can hold ("subscription",
#: "Home | News" separators: spec lines and lists were taken for them on real articles). A
#: copyright notice or a tags line ends an article on a page, though a user may write one.
_BREAKS = frozenset(
    (
        "share buttons",
        "cookie notice",
        "copyright notice",
        "related links",
        "comment form",
        "tags line",
        "author's box",
    )
)


def _breaks(info: LineInfo | None) -> bool:
    return (
        info is not None and (info.site or info.kind == "ends_article") and info.reason in _BREAKS
    )


#: A part after such a break this much lighter than the heaviest part of the span is the
#: site's (comments, teasers, an author's box); heavier, it is the article going on. Fitted
#: on the furniture pages' tuning half (0.5 -> 0.65: 6 fewer furniture snippets kept, no
#: article snippet lost; 0.75 loses 4).
PART_SHARE = 0.65
#: A paragraph under this many words with no paragraph next to it (a teaser under its
#: headline, a blurb in a sidebar) does not weigh in a part's mass: many of them after a share
#: bar do not outweigh the article before it.
LONE_WORDS = 25


def _main_part(
    span: Article, good: Sequence[bool], weights: Sequence[int], infos: Sequence[LineInfo | None]
) -> Article:
    """The span ended after its heaviest part and the parts after it that are not much
    lighter, where site furniture parts them (as `find_article` does on a user's file). What
    comes before the heaviest part stays: a lead before a share bar or a table of contents is
    the article's. A part's mass is its paragraphs' words, lone light ones left out (see
    `LONE_WORDS`). Fitted on the furniture pages' tuning half."""
    goods = [i for i in range(span.start, span.last + 1) if good[i]]
    parts: list[list[int]] = [[goods[0]]]
    shares = [PART_SHARE]  # how heavy part c must be to go on into it
    for prev, nxt in itertools.pairwise(goods):
        if any(_breaks(infos[j]) for j in range(prev + 1, nxt)):
            parts.append([nxt])
            shares.append(PART_SHARE)
        elif menu_between(infos, prev, nxt):
            parts.append([nxt])
            shares.append(MENU_SHARE)
        else:
            parts[-1].append(nxt)
    count = len(good)
    lone = {
        i
        for i in goods
        if weights[i] < LONE_WORDS
        and not (i > 0 and good[i - 1])
        and not (i + 1 < count and good[i + 1])
    }
    mass = [sum(weights[i] for i in part if i not in lone) for part in parts]
    last = max(range(len(parts)), key=lambda c: (mass[c], -c))
    heaviest = mass[last]
    after = last + 1
    while after < len(parts):
        if mass[after] >= shares[after] * heaviest:
            last = after
        elif shares[after] != MENU_SHARE:
            break
        after += 1  # a light box between menus: the article may go on after it
    if last == len(parts) - 1:
        return span
    end = parts[last][-1]
    footer = next((i for i in range(end + 1, len(good)) if _is_site(infos[i])), len(good))
    return Article(span.start, end, footer, has_prose=True, page=True)


#: A run of non-prose units costs at most this much in all: a table of contents or a box
#: of links between two parts of an article does not cut it in two when the parts are long.
RUN_CAP = 60


def _unit_scores(
    good: Sequence[bool],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
    shaped: Sequence[bool],
) -> list[float]:
    scores: list[float] = []
    run = 0
    count = len(good)
    for i in range(count):
        if shaped[i] and infos[i] is None:
            # A table or code: what a writer puts in an article, never a site's menu.
            run = 0
            scores.append(weights[i])
            continue
        if good[i]:
            run = 0
            # Alone between two lines of site furniture, a light paragraph (a teaser, a pitch)
            # is the box's; a heavier one may be the lead under a headline a menu took in.
            boxed = (
                weights[i] <= BOXED_WORDS
                and (i == 0 or _is_site(infos[i - 1]))
                and (i + 1 == count or _is_site(infos[i + 1]))
            )
            scores.append(0 if boxed else weights[i])
            continue
        cost = SITE_COST if _is_site(infos[i]) else OTHER_COST
        cost = min(cost, max(0, RUN_CAP - run))
        run += cost
        scores.append(-cost)
    return scores


def _footer_between(infos: Sequence[LineInfo | None], after: int, before: int) -> bool:
    """Two lines of a site's footer (a copyright notice, site links, a menu) stand between
    units `after` and `before`: what follows is the site's, not the article's. "Related" boxes
    do not count: an article may go on after one."""
    footer = [
        info
        for info in infos[after + 1 : before]
        if info is not None and info.site and info.reason not in ("related links", "related link")
    ]
    return len(footer) >= 2


def _running_site(infos: Sequence[LineInfo | None]) -> list[int]:
    """counts[i]: how many site-furniture units stand before unit i (len(infos) + 1 entries)."""
    counts = [0]
    for info in infos:
        counts.append(counts[-1] + _is_site(info))
    return counts


#: A run of this many short lines in a row (one to four words, no full stop) is a menu.
MENU_RUN = 5
_NAVIGATION = LineInfo("furniture", reason="navigation", site=True)


def page_furniture(
    short: Sequence[bool],
    good: Sequence[bool],
    infos: Sequence[LineInfo | None],
    in_prose: Collection[int] = (),
) -> tuple[list[LineInfo | None], bool]:
    """The units' furniture with menus added, and whether the file is a saved web page.

    A file is a page when it has two lines of site furniture, or one and a menu (a run of short
    lines) before its first paragraph; only then are menus furniture, so that a list in a user's own
    note is never taken for one. Lines `in_prose` (menu-shaped lines amid a user's paragraphs,
    see `text_context.navigation_in_prose`) count only beside a menu before the first paragraph."""
    runs: list[int] = []
    run: list[int] = []
    for i, is_short in enumerate([*short, False]):
        if is_short:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            runs.extend(run)
        run = []
    first_good = next((i for i, g in enumerate(good) if g), len(good))
    site_lines = sum(_is_site(info) for info in infos)
    framing = site_lines - sum(_is_site(infos[i]) for i in in_prose)
    page = (
        framing >= 2
        or (site_lines >= 1 and any(i < first_good for i in runs))
        or _menus(runs, first_good)
    )
    marked = list(infos)
    if page:
        for i in runs:
            marked[i] = marked[i] or _NAVIGATION
    return marked, page


#: A page in any language: this many short lines in menu-shaped runs, one of them before the
#: first paragraph (the site's header). A story ending on a list of results has no menu before
#: its first paragraph; a note with a list at its top and one at its end has fewer lines.
MENU_LINES = 20


def _menus(runs: list[int], first_good: int) -> bool:
    """Whether `runs` (indices of lines in menu runs) look like a site's menus."""
    return len(runs) >= MENU_LINES and any(i < first_good for i in runs)
