"""Plain text saved from a news page: find the article inside the site furniture, then its parts.

The shape this expects (the seed is one): a header of site lines, the title, the article as one
paragraph per line (or hard-wrapped paragraphs separated by blank lines), short lines without
closing punctuation as section headings, "(Photo/ ...)" captions, and a footer of slogans,
notices and link lists. Everything here is decided by a unit's shape, not by one site's wording:

- the body starts at the first unit that reads like prose (a long sentence);
- the title is the last title-shaped line before it (the header's other lines are furniture);
- the body ends at the first line that only ends articles ("Related News", "Editor:", a cookie
  notice...), and then loses trailing lines that are not prose (slogans, a dangling heading);
- a heading is a short line without closing punctuation *followed by prose*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ftztui.loaders.article import Article, find_article, page_furniture
from ftztui.loaders.boilerplate import (
    LineInfo,
    classify_line,
    find_source,
    reads_as_dateline,
    site_title_line,
)
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.dates import find_date
from ftztui.loaders.page_byline import before_signature
from ftztui.loaders.page_comments import before_comments
from ftztui.loaders.page_excerpts import before_dated_cards, before_excerpts
from ftztui.loaders.page_lines import (
    controls_only,
    flush_headings,
    head_links,
    pictures_only,
    said_twice,
    saved_by_lynx,
    saved_twice,
)
from ftztui.loaders.page_notices import page_heading, page_notice
from ftztui.loaders.page_recipe import amount_lines, with_ingredients, with_recipe_after
from ftztui.loaders.page_span import between_furniture, not_repeated
from ftztui.loaders.stopwords import keep_dense_prose
from ftztui.loaders.text_blocks import add_unit
from ftztui.loaders.text_context import (
    content_in_context,
    counted,
    led_in,
    navigation_in_prose,
    structured,
)
from ftztui.loaders.text_shapes import (
    CLOSERS,
    LIST_ITEM,
    credit,
    ends_sentence,
    is_prose,
    section_headings,
    weight,
)
from ftztui.loaders.text_title import (
    amid_header,
    has_other_title,
    is_lead,
    masthead_lines,
    title_index,
    written_by_user,
)
from ftztui.loaders.text_units import Unit, units_of
from ftztui.model import Document

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,3})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .]{1,30})\))?"
    r"\s*(?:-{1,2}|–|—)\s+(?=[\w“\"‘])"
)


@dataclass(frozen=True)
class _Meta:
    source: str | None
    date: str | None


_HEAD_LINKS = LineInfo("furniture", reason="the page's feed links", site=True)
_FEEDS_LINE = LineInfo("furniture", reason="the page's feed links")

#: Marks the unit that is the document's title in the list of fates.
_TITLE = "title"


def load_text(text: str, *, doc_id: str, fallback_title: str, path: str | None) -> Document:
    """A `Document` from decoded, cleaned text; every line it leaves out is in `removed`."""
    parts = units_of(text)
    units = [u.text for u in parts]
    shaped = structured(units)
    found = content_in_context(units, [classify_line(u) for u in units], shaped)
    good = [_starts_body(u, info) for u, info in zip(units, found, strict=False)]
    amounts = amount_lines(units)
    # A ranking's entries, a list under its lead-in: short lines, but no menu.
    listed = counted(units) | led_in(units, found, [u.line for u in parts])
    short = [
        _is_short(u) and not s and not a and i not in listed
        for i, (u, s, a) in enumerate(zip(units, shaped, amounts, strict=True))
    ]
    inner = navigation_in_prose(units, found, good)
    lynx = saved_by_lynx(text)
    head = head_links(units, lynx)
    if head == "feeds":  # lynx's line of a page's feeds: the file is a page
        found[0] = _HEAD_LINKS
    infos, page = page_furniture(short, good, found, inner)
    if head and page:
        infos[0] = _HEAD_LINKS
    if not page:  # amid a user's paragraphs, a menu-shaped line is the user's
        for i in inner:
            infos[i] = None
        # lynx's line of feeds is no title even where nothing else says page (a post with no
        # other furniture, a blog's post with its code taken for menus were it one).
        infos[0] = _FEEDS_LINE if head == "feeds" else infos[0]
    weights = [weight(u) for u in units]
    twice = [page and said_twice(u) for u in units]  # a card's headline said twice on its line
    if page:  # a heading over more of the site's stories, its comments or its author's box
        for i, unit in enumerate(units):
            why = page_heading(unit) if infos[i] is None else None
            infos[i] = LineInfo("ends_article", reason=why, site=True) if why else infos[i]
        good = keep_dense_prose(units, not_repeated(units, good))
        good = [g and not t for g, t in zip(good, twice, strict=True)]
    article = find_article(good, weights, infos, page, shaped)
    comments = None
    if page and article.has_prose:
        article = with_ingredients(article, units, infos, amounts)
        article = with_recipe_after(article, units, infos, amounts, _starts_body)
        article, comments = before_comments(article, units, good, weights, infos)
        article = before_excerpts(article, units, good, weights)
        article = before_dated_cards(article, units, good, weights, infos)
        article = before_signature(article, good, weights, infos)
    if units and has_other_title(units, infos, article.start):
        infos[0] = site_title_line(units[0]) or infos[0]
    headings = flush_headings(text, [u.line for u in parts], lynx) if page else set()
    title_at = title_index(units, infos, article, page, headings)
    fates = _fates(units, infos, article, title_at, page)
    if page and title_at is not None:
        for i in amid_header(units, fates, title_at, article.start):
            fates[i] = "site header"
    if page and article.has_prose:
        for i in between_furniture(good, infos, article.start, article.last, weights):
            fates[i] = fates[i] or "site furniture"
    if page:  # what a site prints around every post (a user's own file keeps it)
        for i, unit in enumerate(units):
            fates[i] = fates[i] or page_notice(unit) or ("picture" if pictures_only(unit) else None)
            fates[i] = fates[i] or ("repeated line" if twice[i] else None)
            fates[i] = fates[i] or controls_only(unit)
        for i in saved_twice(units, fates):
            fates[i] = "repeated line"
    for i in range(comments or len(units), len(units)):
        fates[i] = "comments" if fates[i] == "site footer" else fates[i]
    if all(fate is not None for fate in fates):
        # Nothing reads as the article: keep whatever is not furniture rather than lose it all.
        fates = [
            None if info is None and f != _TITLE else f
            for f, info in zip(fates, infos, strict=True)
        ]
    kept_end = max((i + 1 for i, f in enumerate(fates) if f is None), default=0)
    meta = _header_meta(units[:kept_end], infos[:kept_end], units[kept_end:], infos[kept_end:])
    builder = DocumentBuilder()
    dateline, agency = None, None
    first = next((i for i, f in enumerate(fates) if f is None and not credit(units[i])), None)
    if first is not None:
        line = units[first]
        units[first], dateline, agency = strip_dateline(line)
        dateline = _dated_place(line, dateline, meta.date) if dateline else None
    _add_body(builder, parts, units, fates)
    return builder.build(
        doc_id=doc_id,
        title=units[title_at] if title_at is not None else fallback_title,
        source=meta.source or agency,
        date=meta.date,
        dateline=dateline,
        path=path,
        format="text",
    )


def _fates(
    units: list[str],
    infos: list[LineInfo | None],
    article: Article,
    title_at: int | None,
    page: bool,
) -> list[str | None]:
    """For each unit: None to keep it, `_TITLE`, or the reason it is left out."""
    fates: list[str | None] = []
    # A newspaper archive's story (its page line first) is a user's file, headline found or not.
    first = 0 if page else masthead_lines(units)
    headed = title_at == first or (title_at is None and first > 0)
    user_file = headed and written_by_user(units, infos[: article.start], page)
    last = _article_last(units, infos, article)
    for i, (unit, info) in enumerate(zip(units, infos, strict=False)):
        if i == title_at:
            fates.append(_TITLE)
        elif user_file and i < article.start and not (info is not None and info.site):
            # The user's own header: a date, a byline, a standfirst under the title.
            fates.append(None)
        elif info is not None and (info.site or not (article.start <= i <= last)):
            fates.append(info.reason)
        elif i < article.start and reads_as_dateline(unit):
            fates.append("byline or dateline")
        elif i < article.start:
            keep = (user_file or (title_at is not None and i > title_at)) and (
                user_file
                or ends_sentence(unit)
                or bool(credit(unit))
                or (title_at is not None and i <= title_at + 2 and is_lead(unit, info))
                or _header_list_item(unit)
            )
            fates.append(None if keep or not article.has_prose else "site header")
        elif i > last:
            fates.append("site footer")
        else:
            fates.append(None)
    return fates


#: A list item under the headline of this many words or more is the article's (an agenda, a
#: summary's points, a film's credits); a shorter one may be a menu's entry.
HEADER_ITEM_WORDS = 5


def _header_list_item(unit: str) -> bool:
    """An item of a list between the headline and the first paragraph, read as the article's:
    a few words or more, and no picture in it (a teaser's thumbnail, "[csm_photo] Headline")."""
    return bool(LIST_ITEM.match(unit)) and weight(unit) >= HEADER_ITEM_WORDS and "[" not in unit


def _article_last(units: list[str], infos: list[LineInfo | None], article: Article) -> int:
    """The last unit kept: everything up to the end of the file when no site furniture follows
    the article (a sign-off, a list of nominees); else the last paragraph, caption or list item
    before the site's footer (a slogan or a dangling heading before it is the site's)."""
    if article.page:
        return _trailing_captions(units, infos, article.last)
    last = article.footer - 1
    if article.footer >= len(units):
        # The "Source:" and "Editor:" lines that close a news story are its metadata.
        while last > article.last and _is_story_credit(infos[last]):
            last -= 1
        return last
    while last > article.last and not _keeps_article_end(units[last], infos[last]):
        last -= 1
    return last


def _trailing_captions(units: list[str], infos: list[LineInfo | None], last: int) -> int:
    """On a saved page, the captions right after the article's last paragraph (up to the next
    line of furniture or paragraph), and the short sentences right after it: a photo at its
    end, its closing line ("It bakes the most even loaf."), or the line leading into a link
    at its end ("Das Konzeptpapier finden Sie hier:") is the article's."""
    end = last
    for i in range(last + 1, len(units)):
        unit = units[i]
        if infos[i] is not None or _starts_body(unit, None):
            break
        closing = ends_sentence(unit) and weight(unit) >= 4
        lead_in = unit.endswith((":", "：")) and weight(unit) >= 3
        if credit(unit) or (i == end + 1 and (closing or lead_in)):
            end = i
    return end


_STORY_CREDITS = ("source line", "editor line", "end mark", "byline", "date line")


def _is_story_credit(info: LineInfo | None) -> bool:
    return info is not None and info.reason in _STORY_CREDITS


def _keeps_article_end(unit: str, info: LineInfo | None) -> bool:
    if info is not None:
        return False
    return is_prose(unit) or bool(credit(unit)) or bool(LIST_ITEM.match(unit))


def _is_short(text: str) -> bool:
    """A menu entry's shape: one to four words, no full stop, not a caption."""
    return weight(text) <= 4 and not ends_sentence(text) and not credit(text)


def _starts_body(text: str, info: LineInfo | None) -> bool:
    if info is not None or credit(text):
        return False
    words = weight(text)
    ends_plainly = ends_sentence(text) and text.rstrip(CLOSERS)[-1:] not in "?!"
    return (ends_plainly and words >= 8) or words >= 20


# -- metadata ------------------------------------------------------------------------------


def _header_meta(
    header: list[str],
    header_infos: list[LineInfo | None],
    footer: list[str],
    footer_infos: list[LineInfo | None],
) -> _Meta:
    source, date = None, None
    for unit, info in [
        *zip(header, header_infos, strict=False),
        *zip(footer[:15], footer_infos[:15], strict=False),
    ]:
        if info is None:
            continue
        source = source or info.source or find_source(unit)
        date = date or info.date or (find_date(unit) if weight(unit) <= 14 else None)
    return _Meta(source, date)


def _is_dateline(match: re.Match[str]) -> bool:
    """ "Chongqing- ", "BEIJING -- ", "Paris, May 3 (AFP) - "; not "DJ Norman Cook - aka": a
    spaced single dash follows a place only in capitals or with a date or agency."""
    place = match.group("place")
    tail = match.group(0)[len(place) :]
    if tail[:1] != " " or "--" in tail or match.group("agency") or "," in tail:
        return True
    return place.isupper()


def strip_dateline(first: str) -> tuple[str, str | None, str | None]:
    """("Over the past...", "Chongqing", None) from "Chongqing- Over the past..."."""
    match = _DATELINE.match(first)
    if match is None or not _is_dateline(match):
        return first, None, None
    return first[match.end() :], match.group("place"), match.group("agency")


def _dated_place(first: str, place: str, date: str | None) -> str:
    """The dateline's place with its day ("SALVADOR, Feb 26"), unless the day is the document's
    date: a wire story has no other date, and a day dropped from the text would be lost."""
    match = _DATELINE.match(first)
    day = match.group("date") if match else None
    if not day or (date and find_date(f"{day}, {date[:4]}") == date):
        return place
    return f"{place}, {day}"


# -- body ----------------------------------------------------------------------------------


def _add_body(
    builder: DocumentBuilder, parts: list[Unit], units: list[str], fates: list[str | None]
) -> None:
    """Blocks and headings for the kept units, and the record of the others, in file order."""
    kept = [i for i, fate in enumerate(fates) if fate is None]
    headings = section_headings(units, kept, [parts[i].one_line for i in range(len(parts))])
    for i, fate in enumerate(fates):
        if fate == _TITLE:
            continue
        if fate is not None:
            builder.remove(parts[i].text, fate, line=parts[i].line)
        elif i in headings:
            builder.heading(units[i], level=2)
        else:
            add_unit(builder, units[i])
