"""Find the numbers in one block of text, with their value and unit, and drop the non-figures.

A `Mention` is a number as written plus what is glued to it: a currency sign before it, a scale
word ("million") and a unit ("yuan", "%", "working days") after it. Dates, years, phone numbers,
versions, ids, ranks, ordinals, e-mail addresses, URLs and inline code never become mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from ftztui.figures.lexicon import (
    CURRENCY_PREFIXES,
    CURRENCY_SUBUNITS,
    CURRENCY_SUFFIXES,
    DURATION_QUALIFIERS,
    DURATIONS,
    ERAS,
    FRACTION_LEADS,
    FRACTIONS,
    GLUED_UNITS,
    HALF_PARTS,
    ID_WORDS,
    MONTHS,
    PERCENT_WORDS,
    QUANTITIES,
    SCALES,
    SMALL_NUMBERS,
    SPACED_UNITS,
    STOPWORDS,
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


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter: "t(?:hirteen|welve|...)|s(?:...)".

    `re` tries alternatives one by one, so 7 groups instead of 28 words scan a third faster.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(c)}(?:{_alternation(rest)})" for c, rest in groups.items())


_WORD_NUMBER = _alternation([*SMALL_NUMBERS, *TENS])
_WORD_SCALE = "hundred|thousand|million|billion|trillion"
# "and" only joins after a scale word: "One hundred and twelve", never "one and two".
_JOIN = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|[ \t-]+|\s)"
#: A number glued after one of these is part of something else: "GB18030", "x.5", "+86-23", "=1"
#: (or, rarely, a range "20-30 days", or after a colon: "10:00" but also "Label:5").
_GLUE_BEFORE: Final = frozenset("_.,/\\-–@#=<>*^~|:")
_DASHES: Final = frozenset("-–")
_CURRENCY_CODES: Final = frozenset(c for c in CURRENCY_PREFIXES if len(c) == 3 and c.isalpha())
_OPERATORS: Final = frozenset("=<>*/^")
_GLUE_AFTER: Final = frozenset("-–/:")
_NUMBER_SHAPE: Final = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# Digits and spelled numbers are found in one pass over a lower-cased copy of the block: every
# regex pass over a block costs ~10 ns a character in `re`, whatever it looks for, and a
# case-sensitive alternation is several times faster than an IGNORECASE one.
#
# The pattern starts with the character before the number (matched against " " + text), not
# `\b`: a leading character class lets `re` skip in C to the next candidate, where `\b` made it
# try every alternative at every word. A digit run is whatever `\d` and separators make, ending
# on a digit ("3.11.2", "1,2,3"), checked in Python afterwards: several times faster than one
# regex with look-arounds at every position. A number written against a currency code
# ("RMB1.2 billion") is found through the code (group 2).
#
# When a spelled number follows a digit, "_" or a letter outside ASCII ("éone two"), the block's
# spelled numbers are found again with `_WORDS_BOUNDED`.
_MORE_WORDS = rf"(?:{_JOIN}(?:{_WORD_NUMBER}|{_WORD_SCALE}))*"  # "-two", " hundred and twelve"
_WORDS_BOUNDED: Final = re.compile(rf"\b(?:{_WORD_NUMBER}){_MORE_WORDS}\b")
_DIGITS = r"(\d(?:[\d,.]*\d)?)"
_NUMBERS: Final = re.compile(
    rf"[^a-z](?:((?:{_by_first_letter([*SMALL_NUMBERS, *TENS])}){_MORE_WORDS})\b"
    rf"|(?:{'|'.join(sorted(c.lower() for c in _CURRENCY_CODES))}){_DIGITS}|{_DIGITS})"
)
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# Dates, times and digit groups are recognised right around each number (most blocks have few
# numbers, so this is much cheaper than masking the whole text); phone numbers, ranges, ratios
# and version strings never get this far: `_DIGITS` refuses digits glued by - / : or dots.
_MONTH_BEFORE: Final = re.compile(rf"\b(?:{MONTHS})\.?[ \t\u00a0]+$")
_MONTH_AFTER: Final = re.compile(rf"(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:{MONTHS})\b")
# After a number: a time ("10 am") or the next group of a digit group ("6723 0470").
_DATE_AFTER: Final = re.compile(
    r"[ \t\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT\b|UTC\b|o['’]clock\b)|[ \t\u00a0]\d"
)
# Before a number (which then always follows a space): "March 31", or a digit group ("6723 0470").
_DATE_BEFORE: Final = re.compile(rf"(?:\b(?:{MONTHS})\.?[ \t\u00a0]+|\d[ \t\u00a0])$")
_SPACES: Final = frozenset(" \t\u00a0")
# Textual masks, searched for only when a cheap test says they may be there.
_URL_MASKS: Final = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_EMAIL_MASKS: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CODE_MASKS: Final = re.compile(r"`[^`\n]*`")


_SPACE = r"[ \t\u00a0]*"
_CURRENCY_BEFORE: Final = re.compile(rf"(?:{_alternation(list(CURRENCY_PREFIXES))}){_SPACE}$")
_CURRENCY_LAST_CHARS: Final = frozenset(p[-1] for p in CURRENCY_PREFIXES)
_SCALE_AFTER: Final = re.compile(
    rf"{_SPACE}(?P<scale>(?i:hundred|thousand|million|billion|trillion)|bn|mn|mln|tn|trn)\b"
    r"|(?P<k>[kK])\b"
)
_SHORT_MILLION: Final = re.compile(r"m\b")
_UNIT_AFTER: Final = re.compile(
    rf"{_SPACE}(?P<percent>%|(?i:{_alternation([w for w in PERCENT_WORDS if w != '%'])})\b)"
    rf"|(?P<hyphen>[ \t]?-)?{_SPACE}(?:(?P<dq>(?i:{'|'.join(DURATION_QUALIFIERS)})){_SPACE})?"
    rf"(?P<duration>(?i:{_alternation(list(DURATIONS))}))\b"
    rf"|{_SPACE}(?P<currency>(?i:{_alternation(list(CURRENCY_SUFFIXES))}))\b"
    rf"|(?P<qhyphen>-)?{_SPACE}(?P<quantity>(?i:{_alternation(list(QUANTITIES))}))(?![\w²])"
)
# What can follow a number before its unit, and the unit's first run of ASCII letters ("km" of
# "km/h", "u" of "u.s. dollars"): most numbers have no unit, and this one cheap match tells so
# before the large case-insensitive `_UNIT_AFTER` is tried.
_UNIT_PEEK: Final = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*(?:([A-Za-z]+)|[%°²³])")
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


def _digits_value(text: str) -> float:
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


def _masked(masks: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(masks, (end,)) - 1  # the last mask starting before `end`
    return i >= 0 and masks[i][1] > start


def _is_id(text: str, start: int) -> bool:
    """True when the word just before the number names an id/rank/version ("top 500")."""
    before = text[max(0, start - 24) : start]
    spaced = before[-1:] in (" ", "\t", "\u00a0")
    words = before.rsplit(None, 1)
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


def _is_date_or_time(text: str, start: int, end: int) -> bool:
    """ "March 31", "31st of March", "10 am", and digit groups such as "6723 0470"."""
    if _DATE_AFTER.match(text, end):
        return True
    if end - start <= 2 and _MONTH_AFTER.match(text, end):
        return True
    if text[start - 1 : start] not in _SPACES:
        return False
    if text[start - 2 : start - 1].isdecimal():
        return True  # a digit group: "6723 0470"
    # Month names are capitalised: a window without capitals (most) needs no regex search.
    low = max(0, start - 12)
    return not text[low:start].islower() and _DATE_BEFORE.search(text, low, start) is not None


def _is_year(text: str, start: int, number: str, has_unit: bool) -> bool:
    if has_unit or len(number) != 4 or not number.isdigit():
        return False
    year = int(number)
    if _AMOUNT_BEFORE.search(text, max(0, start - 16), start):
        return False  # "about 2000 people", "more than 1950 companies": an amount, not a year
    if 1900 <= year <= 2099:
        return True
    return 1000 <= year < 1900 and _YEAR_CONTEXT.search(text, max(0, start - 12), start) is not None


def _unit_after(text: str, pos: int) -> tuple[str | None, FigureKind, int]:
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
        return DURATIONS[m.group("duration").lower()], "duration", m.end()
    if m.group("currency"):
        return CURRENCY_SUFFIXES[m.group("currency").lower()], "money", m.end()
    word = m.group("quantity").lower()
    if word in SPACED_UNITS and m.start("quantity") == pos:
        return None, "count", pos  # "5G", "5m": a name, or millions
    if word in GLUED_UNITS:
        if m.start("quantity") > pos:  # "6 x 800 m": a product
            return None, "count", -1 if _DIGIT_NEXT.match(text, m.end()) else pos
        if _STATUS_AFTER.match(text, m.end()):
            return None, "count", -1  # "30x responses": a family of HTTP status codes
    return QUANTITIES[word], "quantity", m.end()


def _scale_after(text: str, pos: int, after_currency: bool) -> tuple[float, int]:
    m = _SCALE_AFTER.match(text, pos)
    if m is not None:
        word = (m.group("scale") or "k").lower()
        return SCALES[word], m.end()
    if after_currency and _SHORT_MILLION.match(text, pos):  # "$5m"
        return 1e6, pos + 1
    return 1.0, pos


def _glued_to_word(text: str, start: int, end: int) -> bool:
    """Compound adjectives and names: "one-stop", "5-star", "Twenty-first" are not figures."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


#: What `_numbers` found: digits, a spelled number, or the digits after "20-" in "20-30 days".
_DIGITS_RUN, _SPELLED, _RANGE_END = 0, 1, 2


def _numbers(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, what) of every number-like run, in order."""
    found: list[tuple[int, int, int]] = []
    bounded = False
    for m in _NUMBERS.finditer(" " + lowered):
        group = m.lastindex or 0
        start, end = m.start(group) - 1, m.end() - 1
        if group == 1:  # spelled out
            before = lowered[start - 1] if start else " "
            bounded = bounded or before.isalnum() or before == "_"
            found.append((start, end, _SPELLED))
        elif group == 2:  # "RMB1.2 billion", "USD5m": a currency code written against it
            code = text[start - 3 : start]
            glued = text[start - 4 : start - 3].isalnum()
            if code in _CURRENCY_CODES and not glued and _digit_run(text, start, end):
                found.append((start, end, _DIGITS_RUN))
        else:
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before in _GLUE_BEFORE):
                if _digit_run(text, start, end):
                    found.append((start, end, _DIGITS_RUN))
            elif before in _DASHES or before == ":":  # rare: "20-30 days", "Label:5", "10:00"
                after_digit = text[start - 2 : start - 1].isdigit()
                if before == ":" and not after_digit and _digit_run(text, start, end):
                    found.append((start, end, _DIGITS_RUN))
                elif before != ":" and after_digit and _digit_run(text, start, end):
                    found.append((start, end, _RANGE_END))
    if bounded:  # "éone two", "5one": `\b` decides what is a word here
        found = [n for n in found if n[2] != _SPELLED]
        found += [(m.start(), m.end(), _SPELLED) for m in _WORDS_BOUNDED.finditer(lowered)]
        found.sort()
    return found


def _digit_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a run of digits and separators, is one number."""
    if not _NUMBER_SHAPE.fullmatch(text, start, end):
        return False  # "3.11.2", "1,2,3", "12,34"
    # Ranges, dates, ratios, phone numbers: "2013-2020", "3:1", "1/3".
    return not (text[end : end + 1] in _GLUE_AFTER and text[end + 1 : end + 2].isdigit())


def scan_block(text: str) -> list[Mention]:
    """Every figure-like number of `text`, in order, non-overlapping."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lengthen when lowered ("İ"): stay aligned
        lowered = text.translate(_ASCII_LOWER)
    numbers = _numbers(text, lowered)
    # Fractions without a number word ("half of", "a third") are looked for only where the
    # words are: a substring test and a search from a literal "a " cost a few percent of a pass.
    fractions = "half" in lowered or _A_FRACTION.search(lowered) is not None
    if not numbers and not fractions:
        return []
    masks = find_masks(text)
    mentions: list[Mention] = []
    for start, end, what in numbers:
        if what == _RANGE_END:
            pair = _range_at(text, start, end, masks)
            if pair and (not mentions or pair[0].start >= mentions[-1].end):
                mentions += pair
            continue
        mention = _mention_at(text, start, end, what == _SPELLED, masks)
        if mention is not None and (not mentions or mention.start >= mentions[-1].end):
            mentions.append(mention)
    if fractions:
        extra = _fractions_alone(text, lowered, masks)
        if extra:
            mentions = _without_overlaps(sorted(mentions + extra))
    return mentions


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _mention_at(
    text: str, n_start: int, n_end: int, spelled: bool, masks: list[tuple[int, int]]
) -> Mention | None:
    if (masks and _masked(masks, n_start, n_end)) or _is_id(text, n_start):
        return None
    digits = None if spelled else text[n_start:n_end]
    if digits is not None:
        if _is_date_or_time(text, n_start, n_end):
            return None
        value = _digits_value(digits)
        before, after = text[n_start - 1] if n_start else "", text[n_end : n_end + 1]
        if n_start == 0 and after in (".", ")") and text[n_end + 1 : n_end + 2].isspace():
            return None  # "1. First step" / "2) ..." list numbering
        if (before == "(" and after == ")") or before == "[":
            return None  # "(3)" enumerations and footnote marks, "[12]" references, "[1, 2]"
        if text[max(0, n_start - 3) : n_start].rstrip()[-1:] in _OPERATORS:
            return None  # "x = 4", "n > 0": code or a formula in prose
    else:
        spelled_value = words_value(text[n_start:n_end])
        if spelled_value is None or (text[n_start].isupper() and _in_name(text, n_start, n_end)):
            return None
        value = spelled_value
    if text[n_end : n_end + 4] in _RARE_AFTER:  # "one in five", "two thirds", "two and a half"
        share = _share_at(text, n_start, n_end, value, masks)
        if share is not None:
            return share
        if text.startswith(" and a half", n_end):  # "three and a half hours"
            value, n_end = value + 0.5, n_end + len(" and a half")
    cur = None
    if n_start and text[max(0, n_start - 8) : n_start].rstrip()[-1:] in _CURRENCY_LAST_CHARS:
        cur = _CURRENCY_BEFORE.search(text, max(0, n_start - 8), n_start)
    start = cur.start() if cur else n_start
    scale, pos = _scale_after(text, n_end, cur is not None)
    unit, kind, end = _unit_after(text, pos)
    if end < 0:
        return None
    if cur is not None:
        if kind not in ("count", "money"):
            return None  # "$5%" is noise
        unit, kind = CURRENCY_PREFIXES[cur.group().strip()], "money"
        end = max(end, pos)
    else:
        end = max(end, pos)
        if kind == "money" and unit in CURRENCY_SUBUNITS:  # "87 cents"
            unit, factor = CURRENCY_SUBUNITS[unit]
            scale *= factor
        elif (
            kind == "duration"
            and text[end : end + 4] in _TIME_REFERENCE_LEADS
            and _time_reference(text, start, end)
        ):
            return None
    glued = text[pos : pos + 1]
    if kind == "count" and (glued.isalnum() or glued in ("_", "\u00b2", "\u00b3")):
        return None  # inside a word: "GB18030", "5G", "3rd", "mp3"
    if kind == "count" and _glued_to_word(text, n_start, n_end if pos == n_end else pos):
        return None
    if digits is not None and _is_year(text, n_start, digits, kind != "count" or scale != 1):
        return None
    if kind == "count" and scale == 1 and digits is not None and "." in digits:
        return None  # counts are whole: a bare "3.2" or "2.0" is a version or a measurement
    if digits is None and value == 1 and scale == 1 and kind == "count":
        return None  # "one integrated process", "one of": an article, not a figure
    if digits is None and value == 0:
        return None
    return Mention(start, end, value * scale, unit, kind, n_start, n_end, digits is None)


# Rare shapes, each tried only after a cheap test: names, time references, ranges, shares.
_OPENERS: Final = " \t\u00a0\"'“‘([—–-"
_DOTTED_ERA: Final = re.compile(r"(?:A\.D\.|B\.C\.|C\.E\.)")
_DIGIT_NEXT: Final = re.compile(r"[ \t\u00a0]*\d")
_STATUS_AFTER: Final = re.compile(r"[ \t\u00a0]+(?:responses?|errors?|status|codes?|redirects?)\b")
_TIME_REFERENCE: Final = re.compile(
    rf"[ \t\u00a0]+(?:(ago)\b|(?:to|ended|ending|through)[ \t\u00a0]+(?:{MONTHS})\b)"
)
_RANGE_FIRST: Final = re.compile(r"\d(?:[\d,.]*\d)?$")
#: The first 4 characters after a number that may start a share or a half ("in five", "thirds").
_RARE_AFTER: Final = frozenset(
    [" in ", " out", " and"] + [f"{gap}{word[:3]}" for word in FRACTIONS for gap in " -"]
)
_A_FRACTION: Final = re.compile(r"a (?:third|quarter|fifth)")
_WORD_NUMBER_I = rf"(?i:{_WORD_NUMBER})(?:{_JOIN}(?i:{_WORD_NUMBER}|{_WORD_SCALE}))*"
#: "One in five", "1 in 10", "nine out of ten": the denominator.
_IN_M: Final = re.compile(
    rf"[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+(?:(\d{{1,3}}(?:,\d{{3}})+|\d+)(?![.,]?\d)"
    rf"|({_WORD_NUMBER_I}))\b"
)
_FRACTION_AFTER: Final = re.compile(rf"[ \t\u00a0-]+((?i:{_alternation(list(FRACTIONS))}))\b(?!-)")
_OF_WHOLE: Final = re.compile(r"[ \t\u00a0]+of(?![ \t\u00a0]+an?\b)\b")
_ARTICLE_BEFORE: Final = re.compile(r"\ban?[ \t\u00a0]+$")
_SHARE_OF_ALONE: Final = re.compile(r"[ \t\u00a0]+(?:of(?![ \t\u00a0]+an?\b)|the)\b")
_HALF_A: Final = re.compile(r"[ \t\u00a0]+an?[ \t\u00a0]+")
_NEXT_WORD: Final = re.compile(r"[ \t\u00a0]*([a-z]*)")
_TIME_AFTER: Final = frozenset({"ago", "later", "earlier", "before", "after", "past"})


def _in_name(text: str, start: int, end: int) -> bool:
    """ "the Three Gorges Dam", "the 14th Five-Year Plan": a capitalised number word in
    mid-sentence before a capitalised word is a name. "Thirty-six ports" opens a sentence."""
    if text[end : end + 1] not in (" ", "-") or not text[end + 1 : end + 2].isupper():
        return False
    head = text[max(0, start - 12) : start].rstrip(_OPENERS)
    return head != "" and head[-1] not in ".!?:;\n"


_TIME_REFERENCE_LEADS: Final = frozenset({" ago", " to ", " end", " thr"})


def _time_reference(text: str, start: int, end: int) -> bool:
    """ "two years ago", "in the three months to September 30": when, not how long."""
    ref = _TIME_REFERENCE.match(text, end)
    return ref is not None and (
        ref.group(1) is not None or text[max(0, start - 4) : start].lower() == "the "
    )


def _percent(part: float) -> float:
    return float(f"{part * 100:.4g}")  # 2/3 -> 66.67, 1/10000 -> 0.01


def _share_at(
    text: str, start: int, end: int, value: float, masks: list[tuple[int, int]]
) -> Mention | None:
    """ "One in five" (20 %), "nine out of ten", "two thirds" (66.67 %), "one fifth"."""
    if value != int(value) or value < 1:
        return None
    m = _FRACTION_AFTER.match(text, end)
    if m is not None:
        word = m.group(1).lower()
        part = value * FRACTIONS[word]
        of = _OF_WHOLE.match(text, m.end())
        if part > 1 or (word.startswith("quarter") and of is None):
            return None  # "twenty fifth", "two quarters" (of a year)
        if of is None and text.startswith((" of a ", " of an "), m.end()):
            return None  # "a quarter of a million"
        return Mention(start, m.end(), _percent(part), "%", "percent", start, m.end(), True)
    m = _IN_M.match(text, end)
    if m is None or text[start - 1 : start] in _CURRENCY_LAST_CHARS:
        return None
    whole = _digits_value(m.group(1)) if m.group(1) else words_value(m.group(2))
    if (
        whole is None
        or whole <= value
        or (m.group(1) and _is_year(text, m.start(1), m.group(1), False))
    ):
        return None
    scale, pos = _scale_after(text, m.end(), False)
    unit, _kind, _end = _unit_after(text, pos)
    if scale != 1 or unit is not None or _end < 0 or _glued_to_word(text, start, m.end()):
        return None  # "1 in 10 minutes", "one in 2020"
    if masks and _masked(masks, start, m.end()):
        return None
    return Mention(start, m.end(), _percent(value / whole), "%", "percent", start, m.end(), False)


def _range_at(text: str, m_start: int, m_end: int, masks: list[tuple[int, int]]) -> list[Mention]:
    """ "20-30 days", "15–20 percent", "$5-10 million": both ends, with the unit of the second.

    Only with a unit, scale or currency: "2013-2020", "0771-5568123", "pp. 215–217" and scores
    stay out, and so do years ("2019-2020 season").
    """
    dash = m_start - 1
    first = _RANGE_FIRST.search(text, max(0, dash - 24), dash)
    if first is None:
        return []
    n_start = first.start()
    number = text[n_start:dash]
    before = text[n_start - 1] if n_start else " "
    if before.isalnum() or before in _GLUE_BEFORE or not _NUMBER_SHAPE.fullmatch(number):
        return []
    if _is_year(text, n_start, number, False) or _is_year(
        text, m_start, text[m_start:m_end], False
    ):
        return []
    second = _mention_at(text, m_start, m_end, False, masks)
    if second is None or _is_id(text, n_start) or (masks and _masked(masks, n_start, dash)):
        return []
    cur = None
    if text[max(0, n_start - 8) : n_start].rstrip()[-1:] in _CURRENCY_LAST_CHARS:
        cur = _CURRENCY_BEFORE.search(text, max(0, n_start - 8), n_start)
    raw = _digits_value(text[m_start:m_end])
    factor = second.value / raw if raw else 1.0  # a scale word or "cents" after the second
    if cur is not None:
        if second.kind not in ("count", "money"):
            return []
        unit = CURRENCY_PREFIXES[cur.group().strip()]
        second = second._replace(unit=unit, kind="money")
    elif second.kind == "count" and factor == 1:
        return []
    value = _digits_value(number) * factor
    if value >= second.value:
        return []  # "10-9 seconds" is 10⁻⁹ flattened, not a range
    start = cur.start() if cur else n_start
    return [Mention(start, dash, value, second.unit, second.kind, n_start, dash, False), second]


def _fractions_alone(text: str, lowered: str, masks: list[tuple[int, int]]) -> list[Mention]:
    """ "half of", "More than half the", "a third of", "fell by a quarter", "half a degree"."""
    found: list[Mention] = []
    for word in ("half", "third", "quarter", "fifth"):  # str.find is much cheaper than a regex
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            glued = lowered[at - 1 : at] if at else " "
            after = lowered[end : end + 1]
            article = _ARTICLE_BEFORE.search(lowered, max(0, at - 4), at)
            # "behalf", "thirds", "half-marathon", "third-party"; and "the third": an ordinal.
            if not (glued.isalnum() or glued == "_" or after.isalnum() or after in ("-", "_")) and (
                article is not None or word == "half"
            ):
                start = article.start() if article is not None else at
                if not (masks and _masked(masks, start, end)):
                    mention = _fraction_alone(text, lowered, start, end, word, article is not None)
                    if mention is not None:
                        found.append(mention)
            at = lowered.find(word, end)
    return sorted(found)


def _fraction_alone(
    text: str, lowered: str, start: int, end: int, word: str, article: bool
) -> Mention | None:
    words = lowered[max(0, start - 24) : start].rsplit(None, 1)
    before = words[-1].strip(".,;:()\"'") if words else ""
    share = Mention(start, end, _percent(FRACTIONS[word]), "%", "percent", start, end, True)
    if _SHARE_OF_ALONE.match(lowered, end):
        return None if not article and before in HALF_PARTS else share
    if article:
        return share if before in FRACTION_LEADS and _ends_phrase(lowered, end) else None
    half_a = _HALF_A.match(lowered, end)
    if half_a is not None:  # "half a degree", "half an hour", "half a million"
        scale, pos = _scale_after(text, half_a.end(), False)
        unit, kind, stop = _unit_after(text, pos)
        if stop < 0 or (scale == 1 and kind == "count"):
            return None
        return Mention(start, max(stop, pos), 0.5 * scale, unit, kind, start, end, True)
    return share if before in ("by", "in") and _ends_phrase(lowered, end) else None


def _ends_phrase(lowered: str, end: int) -> bool:
    """Whether a fraction stands alone here: "by a quarter.", not "a third party"."""
    m = _NEXT_WORD.match(lowered, end)
    word = m.group(1) if m is not None else ""
    return (
        not word
        or (word in STOPWORDS and word not in _TIME_AFTER)
        or word in SMALL_NUMBERS
        or word in TENS
    )
