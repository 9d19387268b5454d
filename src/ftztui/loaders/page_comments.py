"""A saved page's comment thread after its article: where the article ends.

A blog post saved as text is often followed by its readers' comments, each under its author's
name and a timestamp ("July 31, 2018 at 2:41 pm", "Posted by David at December 16, 2025
11:02"). The comments are prose, and on a popular post they outweigh the article, so the span
of densest prose ran on into them or began there. Their timestamps give them away whatever the
site's language or wording: a short line holding a date *and* a clock time, repeated with
other times. A story's own "Updated Jan. 27, 2026, 12:28 PM EST" is one such line; it says so
with its label, and it stands once.

Measured on WCXB's dev articles saved as text (words) and on the furniture pages' tuning half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.dates import find_date

#: A timestamp is a short line; a sentence giving a date and a time is the article's.
STAMP_WORDS = 10
#: This many different timestamps make a thread (one may be the article's own).
THREAD = 2
#: The article before the thread (or the cards, the author's box: `page_excerpts`,
#: `page_byline`) holds at least this many words of prose: a short post whose
#: comments outweigh it keeps its comments rather than risk losing the post.
ARTICLE_WORDS = 100

_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
#: The article's own date line says what it dates ("Updated ...", "Published on ...").
_LABELLED = re.compile(
    r"^\W*(?:date|published|updated|posted on|last|modified|created|page|aktualisiert"
    r"|veröffentlicht|publié|mis à jour|publicado|actualizado)\b",
    re.IGNORECASE,
)


#: A name and a date saved as one word, the link's text run into the next ("AmySeptember 11").
_RUN_ON = re.compile(r"(?<=[a-z])(?=[A-Z])")


def is_comment_stamp(text: str) -> bool:
    """A comment's timestamp: a short unlabelled line with a date and a clock time (its
    author's name may be run into it: "AnonymousJuly 15, 2009 at 11:18 PM")."""
    if len(text.split()) > STAMP_WORDS or _LABELLED.match(text):
        return False
    return bool(_CLOCK.search(text)) and find_date(_RUN_ON.sub(" ", text)) is not None


def before_comments(
    article: Article,
    units: Sequence[str],
    good: Sequence[bool],
    weights: Sequence[int],
    infos: Sequence[LineInfo | None],
) -> tuple[Article, int | None]:
    """The article ended at its last paragraph before a comment thread inside its span, and
    the unit where the thread starts (None when there is no thread): its first timestamp, or
    the thread's heading ("15 comments", "Comments (18)", "Leave a Reply"), whichever comes
    first after the article's prose. Under its heading a thread is cut however heavy it is
    (a popular post's comments outweigh it): the heading says what follows, where the span's
    weighing of parts can only guess."""
    stamps = [i for i in range(article.start, len(units)) if is_comment_stamp(units[i])]
    starts = []
    if len({units[i] for i in stamps}) >= THREAD and stamps[0] <= article.last:
        starts.append(stamps[0])
    headings = (
        i
        for i in range(article.start, article.last + 1)
        if (info := infos[i]) is not None and info.reason == "comment form"
    )
    heading = next(
        (
            i
            for i in headings
            if _prose_before(article, good, weights, i) and _runs_on(good, article.start, i)
        ),
        None,
    )
    if heading is not None:
        starts.append(heading)
    if not starts:
        return article, None
    first = min(starts)
    if not _prose_before(article, good, weights, first):
        return article, None
    last = max(i for i in range(article.start, first) if good[i])
    return Article(article.start, last, article.footer, article.has_prose, article.page), first


def _runs_on(good: Sequence[bool], start: int, at: int) -> bool:
    """Whether two paragraphs in a row stand between units `start` and `at`: a post's body runs
    on, where a site's header holds lone teasers or a long ticker of headlines. A comment count
    printed above the story ("53 Comments" by its headline) stands after such a header only."""
    return any(good[i] and good[i + 1] for i in range(start, at - 1))


def _prose_before(article: Article, good: Sequence[bool], weights: Sequence[int], at: int) -> bool:
    """Whether the article holds `ARTICLE_WORDS` words of prose before unit `at`."""
    words = sum(weights[i] for i in range(article.start, at) if good[i])
    return words >= ARTICLE_WORDS
