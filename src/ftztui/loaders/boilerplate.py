"""Site furniture in text saved from news pages: what it looks like, line by line.

A page saved as text keeps the site's header, share bars, cookie notices, contact lines and
"Related News" lists around the article. These patterns recognise such lines by their shape
(short, a known label, a phone number or e-mail address) rather than by any one site's wording,
so that pages nobody has seen are cleaned too. Two strengths:

- `ENDS_ARTICLE`: a line after which nothing belongs to the article ("Related News", "Editor:",
  "Share to", a copyright or cookie notice, "About Us").
- `FURNITURE`: a line to drop wherever it is (a navigation trail, a phone line, "Advertisement").

`META` lines (a "Source:" or "Updated:" line, "iChongqing Title") are dropped too, but what they
say is kept as the document's source or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ftztui.loaders.boilerplate_words import (
    BREADCRUMB,
    COOKIE_CONTEXT_WORDS,
    NOISE_WORDS,
    READING_TIME,
    RIGHTS_RESERVED,
    SHARE_BAR,
    SHARE_WORDS,
    SITE_PAGES,
    SUBSCRIBE_WORDS,
)
from ftztui.loaders.boilerplate_words import (
    MULTILINGUAL_ENDS as _MULTILINGUAL_ENDS,
)
from ftztui.loaders.dates import find_date

LineKind = Literal["ends_article", "furniture", "meta"]


@dataclass(frozen=True)
class LineInfo:
    kind: LineKind
    source: str | None = None
    date: str | None = None
    #: Why the line is left out, in a user's words ("cookie notice", "share buttons"...).
    reason: str = "site furniture"
    #: Site furniture that nobody writes in their own text (a cookie notice, share buttons, a
    #: menu), as opposed to lines a user may write too ("Tags: ...", "Editor: ...",
    #: "Copyright 2020 ...", a date or byline): those are left out only around the article.
    site: bool = False


def _words(text: str) -> int:
    return len(text.split())


_I = re.IGNORECASE
# Lines after which, on a saved page, nothing belongs to the article; each with the reason a
# user is shown and whether only a site writes it (see `LineInfo.site`).
_ENDS_ARTICLE_PATTERNS: tuple[tuple[str, str, bool], ...] = (
    # "Related News", "Most read", "Trending"; "More"/"Top"/"Latest" only with a noun.
    (
        r"^(?:(?:related|recommended|trending|editor'?s? picks?"
        r"|most (?:read|popular|viewed|shared|commented))"
        r"(?: (?:news|stories|articles|reads?|reading|content|posts|links|videos|photos))?"
        r"|(?:more|latest|popular|top|hot) (?:news|stories|articles|reads|videos|photos)"
        r"(?: from [\w ]{1,30})?)\s*[:：]?$",
        "related links",
        True,
    ),
    (
        r"^(?:you (?:may|might) (?:also )?(?:like|be interested in)|read next)\b",
        "related links",
        True,
    ),
    (
        r"^[\[(（【]?\s*(?:(?:responsible |chief |executive |web )?editors?|translators?"
        r"|reporters?|proofreaders?)\s*[:：/]",
        "editor line",
        False,
    ),
    (
        r"^[\[(（【]?\s*(?:edited|translated|proofread|reviewed|compiled) by\b",
        "editor line",
        False,
    ),
    (r"^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d)", "copyright notice", False),
    (
        r"^(?:i |we )?(?:agree|accept|got it|ok)(?: all)?(?: cookies)?[.!]?$",
        "cookie notice",
        True,
    ),
    (r"^(?:leaving|leave) a (?:message|comment)\b", "comment form", True),
    # The comment forms of WordPress, Blogger and TypePad, in English as the German, French,
    # Spanish ones are in `MULTILINGUAL_ENDS` ("Antworten abbrechen", "Annuler la réponse"):
    # the whole line only ("Post a comment on the forum if ..." is a writer's).
    (
        r"^(?:(?:leave|post|add|write) a (?:reply|comment)(?:\s+cancel reply)?|cancel reply)"
        r"\s*[:.]?$",
        "comment form",
        True,
    ),
    (
        # A heading or teaser ("Newsletter", "Sign up for our newsletter"), not a sentence
        # about newsletters ("Newsletters are booming. More people are writing them...").
        r"^(?:newsletters?|(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter)\b"
        r"(?!\s+(?:are|is|was|were|have|has|had)\b)",
        "subscription notice",
        True,
    ),
    (r"^(?:tags?|keywords?)\s*[:：]", "tags line", False),
    (r"^\(?end ?item\)?$", "end mark", False),  # Xinhua's end-of-story mark
    *_MULTILINGUAL_ENDS,
)
_ENDS_ARTICLE = [(re.compile(p, _I), why, site) for p, why, site in _ENDS_ARTICLE_PATTERNS]
#: Any of them, in one match: most lines are none, and one call tells so (a tenth of the HTML
#: walk's time went in asking each pattern in turn).
_ANY_ENDS_ARTICLE = re.compile("|".join(f"(?:{p})" for p, _, _ in _ENDS_ARTICLE_PATTERNS), _I)
_SITE_LINKS = re.compile(
    r"about us|contact us|privacy (?:policy|statement|notice)|cookie (?:policy|settings)"
    r"|terms (?:of|and conditions)|site ?map|advertise with us",
    _I,
)
# Link names that are also headline words ("Top stars join US tsunami TV show", "Careers fair
# draws crowds"): site links only in a line made of such names ("Join us on Facebook").
_WEAK_LINK_WORDS = re.compile(
    r"\b(?:join us|careers|facebook|twitter|youtube|instagram|linkedin|wechat|weibo|tiktok"
    r"|on|in|at|for|with|and)\b",
    _I,
)
_COOKIE = re.compile(r"\bcookies?\b", _I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:agree|accept|consent|policy|settings|browser|browse|use of|we use|"
    + COOKIE_CONTEXT_WORDS
    + r")\b",
    _I,
)
# "Share", "Share:", "Share this article", "Share on Facebook"; not "Share boost for Reliance"
# (a headline where "share" is the noun or verb).
_SHARE = re.compile(
    r"^share(?:\s+(?:to|this|on|via|by|with|article|story)\b|\s*[:：]|\s*$|\s+x\b"
    r"|\s+(?:facebook|twitter|wechat|weibo|linkedin|whatsapp|telegram|reddit|e-?mail))"
    + "|"
    + SHARE_WORDS,
    _I,
)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}")
_PHONE_WORD = re.compile(r"\b(?:tel|telephone|phone|hotline|fax|call(?:ing)?)\b", _I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "email: Email!": a name, a colon and a word, as in a field of pasted code or a schema.
_FIELD = re.compile(r"\w:\s*[A-Za-z]")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_QUANTITY = re.compile(r"\d\s*[-–+%]|[$€£¥]\s*\d")
_NAV_SEPARATOR = re.compile(r"\s(?:[|>»›/·•]|>>)\s")
_SOCIAL = re.compile(
    r"^[•·*▪-]?\s*(?:(?:facebook|twitter|x|wechat|weibo|linkedin|whatsapp|telegram|reddit|email|e-mail"
    r"|print|close|tweet|share|copy link|font size|[aA]\+?|[aA]-)\W*)+$",
    _I,
)
_NOISE = re.compile(
    r"^\W*(?:advertisement|sponsored|scan (?:the )?qr code\b.*|download (?:the|our) app\b.*"
    r"|follow us\b.*|log ?in|sign in|register|(?:back to )?top|home"
    r"|read more|click here\b.*|print|close|menu|search|skip to (?:main )?content|reply|"
    + NOISE_WORDS
    + r")\W*$",
    _I,
)
_SUBSCRIBE = re.compile(
    r"^\W*(?:subscribe\b.*|sign up\b.*|get the (?:magazine|newsletter|app)\b.*"
    r"|(?:become|join) (?:a )?(?:member|subscriber)s?\b.*|already a subscriber\b.*|"
    + SUBSCRIBE_WORDS
    + r")\W*$",
    _I,
)
# A notice of a paragraph's length asking for a subscription ("Subscribe now for unlimited
# access to ..."): a subscription word with an offer word.
_SUBSCRIPTION_WORD = re.compile(r"\b(?:subscribe|subscription|sign up|paywall)\b", _I)
_OFFER_WORD = re.compile(
    r"\b(?:now|today|offer|access|unlimited|magazine|newsletter|inbox|free trial|per month"
    r"|a month|a week|digital)\b",
    _I,
)
# An item of a user's list of prices ("- Monthly subscription: US$14 per month").
_PRICE_ITEM = re.compile(r"^(?:[-*]|\d{1,2}[.)])\s")
# What a writer's line about a subscription holds and a site's call to subscribe does not: a
# figure ("$12.99 monthly", "22,000+ courses", "a 30-day free trial"), the writer in the first
# person ("I use it most mornings", "my wine loving friends") or a label it is filed under
# ("Pricing: ...", "Subscription Services: ...").
# A site's notice calls on its reader: to subscribe or sign up, or speaking to "you" of "our"
# offer ("Start your Premium subscription today"); "Unlimited devices per subscription" is a
# product's feature.
_CALLS_READER = re.compile(r"\b(?:subscribe|sign[ -]up|you|your|our|we|us)\b", _I)
_DESCRIBES_PLAN = re.compile(r"\d|\b(?:I|[Mm]y|[Mm]e|I['’][a-z]+)\b|^[\w ]{2,30}:\s")
_BYLINE = re.compile(r"^(?:by|written by|reporters?|authors?|text by)\b\s*[:：]?\s*", _I)
# Lower-case words a name line may hold: "By LI WEI in Nanning", "By our staff reporter".
_NAME_JOINERS = frozenset(
    {
        *("and", "in", "for", "of", "the", "at", "by", "&", "a", "an", "our", "staff"),
        *("reporter", "reporters", "correspondent", "correspondents", "writer", "writers"),
        *("editor", "editors"),
    }
)
_NAME_END = re.compile(r"[,;|/·•–—]")
_CREDIT_LINE = re.compile(r"^[(\[]?\s*(?:file )?(?:photo|image|picture|video)s?\s*(?:/|:|：)", _I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_LEADING_AGENCY = re.compile(r"^\(([^()]{2,40})\)")
_SITE_TITLE = re.compile(r"^(\S+(?: \S+)?) Title$")
_SOURCE = re.compile(r"^(?:source|from|origin)\s*[:：]\s*(.{2,60}?)\s*(?:[|/]|$)", _I)
_DATE_LABEL = re.compile(
    r"^(?:updated|published|posted|date|release(?:d)?|time|last updated)\s*(?:on|at)?\s*[:：]?", _I
)


def classify_line(text: str) -> LineInfo | None:
    """What kind of furniture `text` (one line or paragraph, tidied) is, or None for content.

    Every pattern applies to short lines only, so long paragraphs cost one word count."""
    words = _words(text[:2000])  # only ever compared with small numbers
    if words == 0:
        return LineInfo("furniture", reason="blank")
    if words > 60:
        return None
    lowered = text.lower()
    if words <= 30:
        if "all rights reserved" in lowered or RIGHTS_RESERVED.search(lowered):
            return LineInfo("ends_article", reason="copyright notice", site=True)
        for pattern, why, site in _ENDS_ARTICLE if _ANY_ENDS_ARTICLE.match(text) else ():
            if pattern.match(text):
                # A bare "Related:" may head a user's own list; "Related News" is a site's.
                bare = lowered.rstrip(" :：") in ("related", "recommended")
                return LineInfo("ends_article", reason=why, site=site and not bare)
    if words <= 10 and not text.endswith(".") and (_SITE_LINKS.search(text) or _links(text)):
        return LineInfo("ends_article", reason="site links", site=True)
    if "cookie" in lowered and _COOKIE.search(text) and _COOKIE_CONTEXT.search(text):
        return LineInfo("ends_article", reason="cookie notice", site=True)
    if (words <= 6 and _SHARE.match(text)) or (words <= 30 and SHARE_BAR.search(text)):
        return LineInfo("ends_article", reason="share buttons", site=True)
    if (
        words <= 30
        and _SUBSCRIPTION_WORD.search(text)
        and _OFFER_WORD.search(text)
        and not _PRICE_ITEM.match(text)
        and not _DESCRIBES_PLAN.search(text)
        and _CALLS_READER.search(text)
    ):
        return LineInfo("furniture", reason="subscription notice", site=True)
    return _classify_small(text, words)


def _links(text: str) -> bool:
    """A line made only of link names that are also headline words, a social network's name
    and small joining words: "Join us on Facebook", "• Careers | Twitter"; or a site's own
    page named alone ("Impressum", "Datenschutz", "Über uns")."""
    if SITE_PAGES.match(text):
        return True
    lowered = text.lower()
    if "join us" not in lowered and "careers" not in lowered:
        return False
    rest = _WEAK_LINK_WORDS.sub(" ", text).split()
    return not any(any(c.isalnum() for c in word) for word in rest)


_ADVERT_WORDS = ("advert", "sponsor", "werbung", "anzeige", "reklama", "publici", "pubblicit")


def _classify_small(text: str, words: int) -> LineInfo | None:
    if words <= 30 and _PHONE.search(text) and _PHONE_WORD.search(text):
        return LineInfo("furniture", reason="contact line")
    if words <= 25 and "@" in text and _EMAIL.search(text):
        return LineInfo("furniture", reason="contact line")
    if words <= 8 and _SOCIAL.match(text) and not _FIELD.search(text):
        # ("Twitter Twitter" is an icon and its label; "email: Email!" a field in pasted code.)
        return LineInfo("furniture", reason="share buttons", site=True)
    if words <= 8 and _SUBSCRIBE.match(text):
        return LineInfo("furniture", reason="subscription notice", site=True)
    if words <= 40 and BREADCRUMB.match(text):
        return LineInfo("furniture", reason="navigation", site=True)
    if words <= 8 and _NOISE.match(text):
        why = "advertisement" if lowered_start(text, _ADVERT_WORDS) else "navigation"
        return LineInfo("furniture", reason=why, site=True)
    if words <= 20 and menu_shaped(text) and not text.endswith((".", ")")):
        # A menu or breadcrumb names pages in a word or two ("30 Tage | 3 Monate" too), and
        # does not close an aside ("(PPF: 50-150 umol m-2s-1 / 50-250 foot-candles)"); items
        # that are mostly measurements are a spec line ("Dimensions: 16 x 9 x 13 inches |
        # Loaf Size: 1 to 2.5 pounds | 12 settings", "1-4 Players • Ages 14+ • $45": a range,
        # a "+", a price or a share is a measurement however short). A menu's items each
        # name a page; items after the first all in lower case go on with a sentence, the
        # slash standing for "or" ("More jobs / funding mean more projects / resources").
        items = _NAV_SEPARATOR.split(text)
        if len(items) >= 3 and all(i.strip()[:1].islower() for i in items[1:]):
            return _classify_meta(text, words)
        measured = [
            i
            for i in items
            if any(c.isdigit() for c in i)
            and (_words(i) >= 3 or _QUANTITY.search(i))
            and not _MONTH.search(i)
        ]
        if len(measured) * 2 <= len(items):
            return LineInfo("furniture", reason="navigation", site=True)
    return _classify_meta(text, words)


def menu_shaped(text: str) -> bool:
    """Items parted by two separators or more ("Home | News", "Home » Ratgeber » iPhone")."""
    return len(_NAV_SEPARATOR.findall(text)) >= 2


def lowered_start(text: str, prefixes: tuple[str, ...]) -> bool:
    return text.lstrip("*-•·[( ").lower().startswith(prefixes)


def _classify_meta(text: str, words: int) -> LineInfo | None:
    if words > 14:
        return None
    if is_byline(text):
        return LineInfo("meta", reason="byline")
    if words <= 8 and _CREDIT_LINE.match(text):
        return LineInfo("meta", reason="photo credit")
    if words <= 8 and READING_TIME.search(text):
        return LineInfo("meta", reason="reading time")
    source = _SOURCE.match(text)
    if source:
        return LineInfo("meta", source=source.group(1), date=find_date(text), reason="source line")
    if _DATE_LABEL.match(text) and find_date(text):
        return LineInfo("meta", date=find_date(text), reason="date line")
    date = find_date(text)
    if date and (
        _mostly_date(text) or (words <= 10 and _CLOCK.search(text)) or _is_named_date(text)
    ):
        # A date line, a timestamp line such as "(People's Daily Online) 09:38, April 6, 2021",
        # or a desk's dateline ("Health Desk, 14 August 2026").
        agency = _LEADING_AGENCY.match(text)
        named = agency.group(1) if agency else None
        return LineInfo("meta", source=named, date=date, reason="date line")
    return None


_SOURCE_ANYWHERE = re.compile(r"\bsource\s*[:：]\s*([^|/\]\)]{2,60}?)\s*(?:[|/\]\)]|$)", _I)


def site_title_line(text: str) -> LineInfo | None:
    """The first line of a saved page naming the site ("iChongqing Title"). Only ever asked
    of the first line: "Team Wins National Title" elsewhere is a headline."""
    site = _SITE_TITLE.match(text)
    return LineInfo("meta", source=site.group(1), reason="site name") if site else None


def find_source(text: str) -> str | None:
    """A "Source: X" label anywhere in a short furniture line ("Editor: Li | Source: Xinhua")."""
    if _words(text[:2000]) > 20:
        return None
    match = _SOURCE_ANYWHERE.search(text)
    return match.group(1) if match else None


def _besides_date(text: str) -> list[str]:
    """The words of a line other than its date and time."""
    rest = re.sub(r"[\d\s:/.,\-年月日]+|\b[ap]\.?m\.?(?!\w)", " ", text, flags=_I)
    rest = re.sub(
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", " ", rest, flags=_I
    )
    rest = re.sub(
        r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:bjt|gmt|utc|cst)\b", " ", rest, flags=_I
    )
    return rest.split()


def _mostly_date(text: str) -> bool:
    """A line that is just a date and time ("2021-04-01 10:20", "April 1, 2021")."""
    return len(_besides_date(text)) <= 1


def _is_name(words: list[str]) -> bool:
    """Words naming someone or something: capitalised ("Health Desk", "LI WEI", "王磊"), joined
    by a few small words; "contrast" or "the river had risen" are prose."""
    return (
        bool(words)
        and words[0][:1].isalpha()
        and all(not w[:1].islower() or w.lower() in _NAME_JOINERS for w in words)
    )


def is_byline(text: str) -> bool:
    """ "By LI WEI in Nanning | China Daily", "Reporter: Wang Lei"; not "By contrast, exports
    fell." or "By 2030 the line will carry 5 million tonnes"."""
    byline = _BYLINE.match(text)
    if byline is None or len(text.split()) > 14:
        return False
    names = text[byline.end() :].rstrip(".")
    if not names.strip():  # "Author:" above the name
        return text.endswith((":", "："))
    return _is_name(_NAME_END.sub(" ", names).split())


_DAY_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    _I,
)


def _is_named_date(text: str) -> bool:
    """A desk, place or agency and a date, nothing else: "Health Desk, 14 August 2026"."""
    if len(text.split()) > 10 or text.endswith("."):
        return False
    words = [w for w in _besides_date(text) if any(c.isalpha() for c in w)]
    return len(words) <= 4 and _is_name(words)


def reads_as_dateline(text: str) -> bool:
    """A byline or a dated desk line, even one without a year ("Health Desk, 14 August"): never
    a headline when the page has another candidate."""
    if is_byline(text):
        return True
    return bool(find_date(text) or _DAY_MONTH.search(text)) and _is_named_date(text)
