"""A number in a block and what surrounds it: the checks and readings around each number.

A `Mention` is a number as written plus what is glued to it: a currency sign before it, a scale
word ("million") and a unit ("yuan", "%", "working days") after it. The checks here tell a
figure from a date, a time, a year, an id or a version by the words right around it, and the
masks cover URLs, e-mail addresses and inline code, where no number is a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from ftztui.figures.lexicon import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DURATION_QUALIFIERS,
    DURATIONS,
    ERAS,
    GLUED_UNITS,
    ID_WORDS,
    MONTHS,
    PERCENT_WORDS,
    QUANTITIES,
    SCALES,
    SMALL_NUMBERS,
    SPACED_UNITS,
    TENS,
)
from ftztui.model import FigureKind


class Mention(NamedTuple):
    """A number in a block: `[start, end)` covers currency, number, scale and unit as written.

    A NamedTuple rather than a frozen dataclass: one is built per number of every block of a
    library, and a tuple is several times cheaper to make.
    """

    start: int
    end: int
    value: float
    unit: str | None
    kind: FigureKind
    #: Where the number itself starts and ends (without currency sign or unit).
    number_start: int
    number_end: int
    spelled: bool


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WORD_NUMBER = alternation([*SMALL_NUMBERS, *TENS])
WORD_SCALE = "hundred|thousand|million|billion|trillion"
# "and" only joins after a scale word: "One hundred and twelve", never "one and two".
JOIN = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|[ \t-]+|\s)"
#: A number glued after one of these is part of something else: "GB18030", "x.5", "+86-23", "=1"
#: (or, rarely, a range "20-30 days", or after a colon: "10:00" but also "Label:5").
GLUE_BEFORE: Final = frozenset("_.,/\\-–@#=<>*^~|:")

# Dates, times and digit groups are recognised right around each number (most blocks have few
# numbers, so this is much cheaper than masking the whole text); phone numbers, ranges, ratios
# and version strings never get this far: the scanner refuses digits glued by - / : or dots.
_MONTH_AFTER: Final = re.compile(rf"(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:{MONTHS})\b")
# After a number: a time ("10 am") or the next group of a digit group ("6723 0470").
_DATE_AFTER: Final = re.compile(
    r"[ \t\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT\b|UTC\b|o['’]clock\b)|[ \t\u00a0]\d"
)
# Before a number (which then always follows a space): "March 31", or a digit group ("6723 0470").
_DATE_BEFORE: Final = re.compile(rf"(?:\b(?:{MONTHS})\.?[ \t\u00a0]+|\d[ \t\u00a0])$")
_SPACES: Final = frozenset(" \t\u00a0")
#: What can come first (after one space) in `_DATE_AFTER` and `_MONTH_AFTER`.
_DATE_AFTER_LEADS: Final = frozenset("apAPGUo \t\u00a0")
_MONTH_AFTER_LEADS: Final = frozenset("snrtoJFMASOND \t\u00a0")
# Textual masks, searched for only when a cheap test says they may be there.
_URL_MASKS: Final = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_EMAIL_MASKS: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CODE_MASKS: Final = re.compile(r"`[^`\n]*`")


_SPACE = r"[ \t\u00a0]*"
CURRENCY_BEFORE: Final = re.compile(rf"(?:{alternation(list(CURRENCY_PREFIXES))}){_SPACE}$")
CURRENCY_LAST_CHARS: Final = frozenset(p[-1] for p in CURRENCY_PREFIXES)
_SCALE_AFTER: Final = re.compile(
    rf"{_SPACE}(?P<scale>(?i:hundred|thousand|million|billion|trillion)|bn|mn|mln|tn|trn)\b"
    r"|(?P<k>[kK])\b"
)
_SHORT_MILLION: Final = re.compile(r"m\b")
_MOLAR: Final = frozenset({"mM", "µM"})
_SCALE_LEADS: Final = frozenset("hHtTmMbBkK \t\u00a0")
_UNIT_AFTER: Final = re.compile(
    rf"{_SPACE}(?P<percent>%|(?i:{alternation([w for w in PERCENT_WORDS if w != '%'])})\b)"
    rf"|(?P<hyphen>[ \t]?-)?{_SPACE}(?:(?P<dq>(?i:{'|'.join(DURATION_QUALIFIERS)})){_SPACE})?"
    rf"(?P<duration>(?i:{alternation(list(DURATIONS))}))\b"
    rf"|{_SPACE}(?P<currency>(?i:{alternation(list(CURRENCY_SUFFIXES))}))\b"
    rf"|(?P<qhyphen>-)?{_SPACE}(?P<quantity>(?i:{alternation(list(QUANTITIES))}))(?![\w²])"
)
# What can follow a number before its unit, and the unit's first run of ASCII letters ("km" of
# "km/h", "u" of "u.s. dollars"): most numbers have no unit, and this one cheap match tells so
# before the large case-insensitive `_UNIT_AFTER` is tried.
_UNIT_PEEK: Final = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*(?:([A-Za-z]+)|[%°²³µ])")
_UNIT_LEADS: Final = frozenset(
    re.sub(r"[^a-z].*", "", word.lower())
    for word in [*PERCENT_WORDS, *DURATIONS, *CURRENCY_SUFFIXES, *QUANTITIES, *DURATION_QUALIFIERS]
)
_ALL_CAPS: Final = re.compile(r"[A-Z]{2,}[A-Z0-9]*")
_AMOUNT_BEFORE: Final = re.compile(
    r"\b(?:about|around|approximately|nearly|almost|some|roughly|more than|fewer than|less than"
    r"|at least|up to|as many as)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_YEAR_CONTEXT: Final = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|of|year|circa|c\.|before|after|during|to|and)\s*)$"
)


def digits_value(text: str) -> float:
    return float(text.replace(",", ""))


_WORD_SPLIT: Final = re.compile(r"[\s-]+")


def words_value(text: str) -> float | None:
    """Value of a spelled-out number ("One hundred and twelve" -> 112), None when malformed."""
    total, current, last = 0.0, 0.0, ""
    for word in _WORD_SPLIT.split(text.lower()):
        if word == "and":
            continue
        if word in SMALL_NUMBERS or word in TENS:
            small = SMALL_NUMBERS.get(word, TENS.get(word, 0))
            # "twenty four" is fine, "four twenty" or "two three" is a list, not a number.
            if last in SMALL_NUMBERS or (last in TENS and word in TENS):
                return None
            if last in TENS and word not in SMALL_NUMBERS:
                return None
            current += small
        elif word == "hundred":
            if current == 0 or current >= 100:
                return None
            current *= 100
        else:
            if current == 0:
                return None
            total += current * SCALES[word]
            current = 0
        last = word
    return total + current


def find_masks(text: str) -> list[tuple[int, int]]:
    """Spans of `text` where no number is a figure: URLs, e-mail addresses, inline code."""
    spans: list[tuple[int, int]] = []
    # A one-character test is several times cheaper than a longer one: ":" first.
    if (":" in text and "://" in text) or "www." in text:
        spans += [m.span() for m in _URL_MASKS.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL_MASKS.finditer(text)]
    if "`" in text:
        spans += [m.span() for m in _CODE_MASKS.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # disjoint and sorted, so that a lookup can bisect
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def masked(masks: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(masks, (end,)) - 1  # the last mask starting before `end`
    return i >= 0 and masks[i][1] > start


def is_id(before: str, head: str) -> bool:
    """True when the word just before the number names an id/rank/version ("top 500").

    `before` is the text right before the number (a few words), `head` the same without the
    spaces at its end.
    """
    spaced = before[-1:] in (" ", "\t", "\u00a0")
    words = head.rsplit(None, 1)
    if not words:
        return False
    word = words[-1].lstrip("([{\"'“‘")
    if word.islower():  # most numbers follow a lower-case word ("than 17"): no code, no currency
        return word.rstrip(".") in ID_WORDS
    if word in CURRENCY_PREFIXES:
        return False
    if word.lower().rstrip(".") in ID_WORDS:
        return True
    # "ISO 9001", "PEP 8", "GB 18030": an all-caps code right before a number.
    return spaced and _ALL_CAPS.fullmatch(word) is not None


def is_date_or_time(text: str, start: int, end: int) -> bool:
    """ "March 31", "31st of March", "10 am", and digit groups such as "6723 0470"."""
    # Each regex runs only when the next character (after one space) could start what it wants:
    # most numbers are followed by a space and a word that cannot ("17 million", "5.3 working").
    after = text[end : end + 1]
    if after in _SPACES:
        after = text[end + 1 : end + 2]
        if after.isdecimal():
            return True  # a digit group: "6723 0470"
    if after in _DATE_AFTER_LEADS and _DATE_AFTER.match(text, end):
        return True
    if end - start <= 2 and after in _MONTH_AFTER_LEADS and _MONTH_AFTER.match(text, end):
        return True
    if text[start - 1 : start] not in _SPACES:
        return False
    if text[start - 2 : start - 1].isdecimal():
        return True  # a digit group: "6723 0470"
    # Month names are capitalised: a window without capitals (most) needs no regex search.
    low = max(0, start - 12)
    return not text[low:start].islower() and _DATE_BEFORE.search(text, low, start) is not None


def is_year(text: str, start: int, number: str, has_unit: bool) -> bool:
    if has_unit or len(number) != 4 or not number.isdigit():
        return False
    year = int(number)
    if _AMOUNT_BEFORE.search(text, max(0, start - 16), start):
        return False  # "about 2000 people", "more than 1950 companies": an amount, not a year
    if 1900 <= year <= 2099:
        return True
    return 1000 <= year < 1900 and _YEAR_CONTEXT.search(text, max(0, start - 12), start) is not None


def unit_after(text: str, pos: int) -> tuple[str | None, FigureKind, int]:
    """The unit glued after position `pos`, as (unit, kind, end); end -1: not a figure at all."""
    peek = _UNIT_PEEK.match(text, pos)
    if peek is None:
        return None, "count", pos
    lead = peek.group(1)
    if lead is not None and lead.lower() not in _UNIT_LEADS:
        if lead in ERAS or (lead in ("A", "B", "C") and _DOTTED_ERA.match(text, peek.start(1))):
            return None, "count", -1  # "222 AD", "300 B.C.": a year
        return None, "count", pos
    m = _UNIT_AFTER.match(text, pos)
    if m is None:
        return None, "count", pos
    if m.group("percent"):
        return PERCENT_WORDS[m.group("percent").lower()], "percent", m.end()
    if m.group("duration"):
        raw = m.group("duration")
        if raw.lower() == "h" and (raw != "h" or m.group("hyphen") or m.start("duration") == pos):
            return None, "count", pos  # only a spaced "18 h" is hours: not "4h", "4H", "-h"
        return DURATIONS[raw.lower()], "duration", m.end()
    if m.group("currency"):
        return CURRENCY_SUFFIXES[m.group("currency").lower()], "money", m.end()
    raw = m.group("quantity")
    if raw in _MOLAR:  # "50 mM" is a concentration, not millimetres
        return raw, "quantity", m.end()
    word = raw.lower().replace("\u03bc", "\u00b5")  # "µ" lowers to the Greek "μ"
    if word in SPACED_UNITS and m.start("quantity") == pos:
        return None, "count", pos  # "5G", "5m": a name, or millions
    if word in GLUED_UNITS:
        if m.start("quantity") > pos:  # "6 x 800 m": a product
            return None, "count", -1 if _DIGIT_NEXT.match(text, m.end()) else pos
        if _STATUS_AFTER.match(text, m.end()):
            return None, "count", -1  # "30x responses": a family of HTTP status codes
    return QUANTITIES[word], "quantity", m.end()


def scale_after(text: str, pos: int, after_currency: bool) -> tuple[float, int]:
    lead = text[pos : pos + 1]
    if lead in _SPACES:
        lead = text[pos + 1 : pos + 2]
    if lead not in _SCALE_LEADS:  # most numbers: no scale word can follow
        return 1.0, pos
    m = _SCALE_AFTER.match(text, pos)
    if m is not None:
        word = (m.group("scale") or "k").lower()
        return SCALES[word], m.end()
    if after_currency and _SHORT_MILLION.match(text, pos):  # "$5m"
        return 1e6, pos + 1
    return 1.0, pos


def glued_to_word(text: str, end: int) -> bool:
    """Compound adjectives and names: "one-stop", "5-star", "Twenty-first" are not figures."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


_DOTTED_ERA: Final = re.compile(r"(?:A\.D\.|B\.C\.|C\.E\.)")
_DIGIT_NEXT: Final = re.compile(r"[ \t\u00a0]*\d")
_STATUS_AFTER: Final = re.compile(r"[ \t\u00a0]+(?:responses?|errors?|status|codes?|redirects?)\b")
