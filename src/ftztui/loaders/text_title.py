"""The headline of a plain-text file: the first line of a file the user wrote; on a saved page,
the title-shaped line before the article that most shares its words, and which lines between it
and the article are the site's (`amid_header`)."""

from __future__ import annotations

import re
from collections.abc import Collection

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo, reads_as_dateline
from ftztui.loaders.dates import find_date
from ftztui.loaders.page_notices import page_notice
from ftztui.loaders.text_shapes import CHINESE_NUMBERED_HEADING, CJK, LIST_ITEM, credit, weight

#: What a browser's "Save as text" shows for an image or a form's field: "[xinhualogo]", "[ ]".
_PLACEHOLDER = re.compile(r"\[[^\[\]]{0,60}\]")
#: A photo's credit ending a caption outside brackets: "... Rosengarten © Südtirol Wein / T. S.",
#: "... Serkan Cura, Bild via", "... ważył 206 kilogramów /domena publiczna", "... Foto: dpa".
_COPYRIGHT_TAIL = re.compile(
    r"©[^.!?©]{1,80}$|\b(?:Bild|Foto|Fot\.|Photo|Zdj[eę]cie)\s*(?:via|[:/])(?:\s*[^\s.!?:]+){0,4}$"
    r"|/\s*(?i:domena publiczna|public domain|gemeinfrei|wikimedia commons)\s*$"
)
#: A caption's or a credit's label opening the line ("Abb.: Collage aus ...", "Foto: dpa"), an
#: image's file name ("Hand pointing right.png") or a logo's alt text ("fluter.de logo",
#: "Logo: Klub Jagielloński", "(Logo)"): what an image leaves in the text.
_IMAGE_TEXT = re.compile(
    r"^(?:abb\.?|abbildung|fotos?|photos?|bild|image|credits?|zdj[eę]cie)\s*[:：]"
    r"|\.(?:png|jpe?g|gif|svg|webp)\b|^logo\s*:|\(logo\)|\blogo$",
    re.IGNORECASE,
)
#: The marks a browser's "Save as text" gives the items of a nested or styled list ("□ Grüne
#: Jobs", "☆ SCC Berlin"; lynx's "+", "o" and "@" for the second to fifth levels, "+ Photos:
#: Halloween in Hong Kong"): a menu's or a list's entry.
_BULLET = re.compile(r"^[□■☐☆★○●◎◆◇►▶+o@]\s")
#: An address: what lynx shows of an embedded frame (a share button's
#: "http://platform.twitter.com/widgets/tweet_button.html?url=...&text=Win a trip to...",
#: "IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-5THRD3W").
_ADDRESS = re.compile(r"(?:^|\s)(?:[a-z]+:)?//\S")
#: What a page's form or its skip links leave in the text, never its headline: a field ("Search
#: for: [ ] Search", "Email Address [ ]", a list box "[Choose Hotel ]"), a button as lynx
#: shows it ("(BUTTON) Menu Embrace Pet Insurance"), a search box's hint ("Type your search and
#: hit enter") or a link to skip its menus ("Skip to Content Skip to Footer", "Skip
#: navigation").
_FORM_LINE = re.compile(
    r"\[[^\[\]]*\s\]|\(BUTTON\)|^skip (?:to|navigation)\b"
    r"|^(?:type|enter)\b.{0,20}\bsearch\b.{0,20}\b(?:enter|return)\b",
    re.IGNORECASE,
)


def is_title_shaped(text: str, least: int = 2) -> bool:
    """A headline's shape, of `least` words or more; a list item ("• Startseite", a menu's
    entry), a photo's caption with its credit or a line of image placeholders is not one."""
    # A full stop ends a sentence, not a headline; an ellipsis may end either ("Rivals of the
    # £400 Apple...").
    full_stop = text.endswith(".") and not text.endswith("...")
    return (
        least <= weight(text) <= 30
        and not full_stop
        and not credit(text)
        and not LIST_ITEM.match(text)
        and not _BULLET.match(text)
        and not _ADDRESS.search(text)
        and not is_picture_line(text)
    )


def is_picture_line(text: str) -> bool:
    """Only image placeholders ("[xinhualogo]", "[ ]", "[VI]"), or a caption whose credit
    follows a copyright sign: what a picture leaves in a page saved as text, never its title."""
    rest = _PLACEHOLDER.sub(" ", text)
    return (
        not any(c.isalnum() for c in rest)
        or bool(_COPYRIGHT_TAIL.search(text[-120:]))
        or bool(_IMAGE_TEXT.search(text[:300]))
    )


#: What a newspaper's archive prints above a story: its page and column ("第2版(要闻)",
#: "第1版()", "专栏：", "专栏：评论"), never its headline.
_PAGE_MARK = re.compile(
    r"^(?:第\s*[\d一二三四五六七八九十]+\s*版\s*(?:[(（][^)）]{0,20}[)）])?|专栏\s*[:：].{0,10})$"
)


def masthead_lines(units: list[str]) -> int:
    """How many units open the file with a newspaper's page and column lines."""
    count = 0
    while count < min(len(units), 3) and _PAGE_MARK.match(units[count]):
        count += 1
    return count


def title_index(
    units: list[str],
    infos: list[LineInfo | None],
    article: Article,
    page: bool,
    headings: Collection[int] = (),
) -> int | None:
    """The headline: the first line of a file the user wrote (no site furniture before the
    article); on a saved page, the title-shaped line before the article that shares most words
    with it, preferring one of three words or more, a heading (`headings`: lynx sets them at
    the margin) and a headline rather than a byline or dateline ("Health Desk, 14 August");
    among equals the last (the closest to the article)."""
    first = 0 if page else masthead_lines(units)  # a newspaper's page line is no headline
    if page and units and infos[0] is not None and infos[0].site:
        first = 1  # the site's, never its headline (lynx's line of feed links: `head_links`)
    if not article.has_prose:
        return first if len(units) > first + 1 and is_title_shaped(units[first]) else None
    start = article.start
    # A user's title that ends as a sentence ("My Digital Nomad Story."), read as the article's
    # first paragraph or as a header line above it.
    sentence = not page and len(units) > first + 1 and _sentence_title(*units[first : first + 2])
    if start == first and sentence:
        return first
    shaped = sentence or (first < len(units) and is_title_shaped(units[first], least=1))
    first_line = start > first and infos[first] is None and shaped
    if first_line and written_by_user(units, infos[:start], page):
        return first  # a user's title, of one word too ("Coffee")
    candidates = [
        i
        for i in range(start)
        if infos[i] is None
        and is_title_shaped(units[i])
        and not CHINESE_NUMBERED_HEADING.match(units[i])
        and not _PAGE_MARK.match(units[i])
        and not (page and page_notice(units[i]))  # a site's notice to its reader
        and not (page and _FORM_LINE.search(units[i]))
        # On a page, a line ending with a colon leads into what follows (a form, a list, a
        # link: "Dann würde ich mich freuen, wenn Du meine Artikel abonnierst:").
        and not (page and units[i].endswith((":", "：")))
    ]
    if not candidates:
        return _headline_in_menu(units, infos, start) if page else None
    if candidates[0] == first and written_by_user(units, infos[:start], page):
        return first
    # lynx sets headings at the margin and the rest of the page in from it: the headline is one.
    candidates = [i for i in candidates if i in headings] or candidates
    longer = [i for i in candidates if weight(units[i]) >= 3]
    headlines = [i for i in longer if not reads_as_dateline(units[i])]
    chosen = headlines or longer or candidates
    vocabulary = _content_words(" ".join(units[start : start + 12]))
    score = {i: len(_content_words(units[i]) & vocabulary) for i in chosen}
    best = max(chosen, key=lambda i: (score[i], i))
    # A headline with its lead right under it (a standfirst, the first paragraph) is the
    # article's: a later line sharing more words (a repeated headline, a line of a list in the
    # article) would leave that lead out as the site's header.
    above = [
        i
        for i in chosen
        if i + 1 < best and 0 < score[i] * 2 >= score[best] and has_lead(units, infos, i)
    ]
    return max(above, key=lambda i: (score[i], i)) if above else best


def _sentence_title(first: str, second: str) -> bool:
    """A user's first line read as the article only because it ends with a full stop: short
    (twelve words at most), under it a longer paragraph."""
    return (
        first.endswith(".")
        and weight(first) <= 12
        and weight(second) > 2 * weight(first)
        and is_title_shaped(first.rstrip("."), least=2)
    )


def has_lead(units: list[str], infos: list[LineInfo | None], title: int) -> bool:
    """Whether a lead stands in the two units under the headline."""
    return any(is_lead(units[j], infos[j]) for j in range(title + 1, min(title + 3, len(units))))


def is_lead(unit: str, info: LineInfo | None) -> bool:
    """A standfirst's or a first paragraph's shape: ten words or more that are no list item,
    or a sentence of eight."""
    if info is not None or LIST_ITEM.match(unit) or credit(unit):
        return False
    words = weight(unit)
    return words >= 10 or (words >= 8 and not is_title_shaped(unit))


def written_by_user(units: list[str], header: list[LineInfo | None], page: bool) -> bool:
    """No site furniture before the article, nor a date, byline or source line above a
    headline or on a saved page: the file is the user's own (a note, a letter, an article
    with its date and byline under its title), and its first line is its title."""
    meta_above = False
    for unit, info in zip(units, header, strict=False):
        if info is not None and (info.site or (page and info.kind == "meta")):
            return False
        if meta_above and info is None and is_title_shaped(unit) and not unit.endswith(":"):
            return False  # a site's name, its date line, then the headline
        meta_above = meta_above or (info is not None and info.kind == "meta")
    return True


_WORD = re.compile(r"\w{4,}")


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text[:20000])} | set(CJK.findall(text[:5000]))


def has_other_title(units: list[str], infos: list[LineInfo | None], start: int) -> bool:
    """Whether a first line such as "iChongqing Title" can name the site: only when another
    title-shaped line follows before the article ("A Good Title" alone is the headline)."""
    return any(infos[i] is None and is_title_shaped(units[i]) for i in range(1, start))


_NOT_HEADLINE = re.compile(r"[\d|»›>\[\]/]")


def _headline_in_menu(units: list[str], infos: list[LineInfo | None], start: int) -> int | None:
    """The headline a menu took in: the menu's last line, of two words or more, right above
    the article's first paragraph (a date or a byline may stand between), on a page where no
    other line before the article can be its title. Not a line with digits or separators (a
    date, a breadcrumb, a form, "by admin | Filed under: news | 0")."""
    for i in range(start - 1, max(-1, start - 4), -1):
        unit, info = units[i], infos[i]
        if (info is not None and info.kind == "meta") or find_date(unit) or reads_as_dateline(unit):
            continue
        menu = info is not None and info.reason == "navigation"
        return i if menu and is_title_shaped(unit) and not _NOT_HEADLINE.search(unit) else None
    return None


#: A line of this many words or more amid the header is no menu's blurb (see `amid_header`).
BLURB_WORDS = 25
#: What a story's header says of it (kept out of its text, but not the site's furniture).
_STORY_HEADER = frozenset(
    ("byline", "byline or dateline", "date line", "reading time", "editor line", "photo credit")
)
#: ... and header lines left out for their shape alone (a kicker, "Publicado:"), which may be
#: the story's too: neither parts a line from the headline or the article.
_NOT_SITE = _STORY_HEADER | {"site header", None}


def amid_header(units: list[str], fates: list[str | None], title_at: int, start: int) -> list[int]:
    """Lines kept between a saved page's headline and its article's first paragraph that stand
    amid the site's furniture: something the site's (a menu, a share bar) is left out both
    between the headline and the line and between the line and the article. The headline's
    standfirst stands right under it, a lead-in right above the article; a short sentence between
    two menus is a menu's blurb ("Learn more about our certificate programs."), a long one may be
    the story's lead, set apart by a photo's credit."""
    site = [i for i in range(title_at + 1, start) if fates[i] not in _NOT_SITE]
    if not site:
        return []
    return [
        i
        for i in range(site[0] + 1, site[-1])
        if fates[i] is None and weight(units[i]) < BLURB_WORDS
    ]
