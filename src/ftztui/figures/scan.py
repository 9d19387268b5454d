"""Find the numbers in one block of text, with their value and unit, and drop the non-figures.

Each number found becomes a `Mention` (see `context`) with the currency, scale and unit glued
to it, or is dropped: dates, years, phone numbers, versions, ids, ranks, ordinals, e-mail
addresses, URLs and inline code never become mentions. Ranges ("20-30 days") give two; shares
and fractions ("one in five", "half of") are read by `shares`.
"""

from __future__ import annotations

import re
from typing import Final

from ftztui.figures.context import (
    CURRENCY_BEFORE,
    CURRENCY_LAST_CHARS,
    GLUE_BEFORE,
    JOIN,
    WORD_NUMBER,
    WORD_SCALE,
    Mention,
    alternation,
    digits_value,
    find_masks,
    glued_to_word,
    is_date_or_time,
    is_id,
    is_year,
    masked,
    scale_after,
    unit_after,
    words_value,
)
from ftztui.figures.lexicon import (
    CURRENCY_PREFIXES,
    CURRENCY_SUBUNITS,
    MONTHS,
    SMALL_NUMBERS,
    TENS,
)
from ftztui.figures.shares import (
    A_FRACTION,
    RARE_AFTER,
    fractions_alone,
    share_at,
)


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter: "t(?:hirteen|welve|...)|s(?:...)".

    `re` tries alternatives one by one, so 7 groups instead of 28 words scan a third faster.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(c)}(?:{alternation(rest)})" for c, rest in groups.items())


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
_MORE_WORDS = rf"(?:{JOIN}(?:{WORD_NUMBER}|{WORD_SCALE}))*"  # "-two", " hundred and twelve"
_WORDS_BOUNDED: Final = re.compile(rf"\b(?:{WORD_NUMBER}){_MORE_WORDS}\b")
_DIGITS = r"(\d(?:[\d,.]*\d)?)"
#: Every character a match can go on with after its first: one class test rejects most
#: candidates (a space before "the") before the alternatives are tried one by one.
_NEXT = "".join(
    sorted({w[0] for w in [*SMALL_NUMBERS, *TENS, *(c.lower() for c in _CURRENCY_CODES)]})
)
_NUMBERS: Final = re.compile(
    rf"[^a-z](?=[\d{_NEXT}])(?:((?:{_by_first_letter([*SMALL_NUMBERS, *TENS])}){_MORE_WORDS})\b"
    rf"|(?:{'|'.join(sorted(c.lower() for c in _CURRENCY_CODES))}){_DIGITS}|{_DIGITS})"
)
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


#: What `_numbers` found: digits, a spelled number, the digits after "20-" in "20-30 days", or
#: digits after a minus sign ("-5°C").
_DIGITS_RUN, _SPELLED, _RANGE_END, _NEGATIVE = 0, 1, 2, 3
_MINUS: Final = frozenset("-−")
#: Where a minus sign can stand: after a space, an opening bracket, a cell bar, or nothing.
_BEFORE_SIGN: Final = frozenset(["", " ", "\t", "\n", "\u00a0", "(", "[", "|", '"', "“"])


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
            if before in _MINUS and text[start - 2 : start - 1] in _BEFORE_SIGN:
                if _digit_run(text, start, end):  # "-5°C", "(−2.1%)", "| -9"
                    found.append((start, end, _NEGATIVE))
            elif not (before.isalnum() or before in GLUE_BEFORE):
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
    fractions = "half" in lowered or A_FRACTION.search(lowered) is not None
    if not numbers and not fractions:
        return []
    masks = find_masks(text)
    mentions: list[Mention] = []
    for start, end, what in numbers:
        if what != _SPELLED and _in_symbol_soup(text, start, end):
            continue
        if what == _RANGE_END:
            pair = _range_at(text, start, end, masks)
            if pair and (not mentions or pair[0].start >= mentions[-1].end):
                mentions += pair
            continue
        mention = _mention_at(text, start, end, what == _SPELLED, masks)
        if mention is not None and what == _NEGATIVE:
            if mention.kind == "duration" or mention.unit == "times":
                continue  # "-5 hours" is a time zone, "-17x" a flag: no negative length
            sign = start - 1
            mention = mention._replace(
                start=min(mention.start, sign), value=-mention.value, number_start=sign
            )
        if mention is not None and (not mentions or mention.start >= mentions[-1].end):
            mentions.append(mention)
    if fractions:
        extra = fractions_alone(text, lowered, masks)
        if extra:
            mentions = _without_overlaps(sorted(mentions + extra))
    return _compound_durations(text, mentions) if len(mentions) > 1 else mentions


#: Symbols that stand one or two to a word in text ("$5", "#1", "a=b"), and many only in a
#: font's codes read as letters: a chart's labels in a PDF without a character map read
#: "?>9@AJ.><J/F80-#3$4$56#", and the sidebar listed "$4" and "$56" as money.
_SOUP: Final = frozenset("#$&@<>*=^|\\{}")  # not "?!~": "~$20–$35", "$200?!"
_SOUP_AT_MOST = 2


def _in_symbol_soup(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] stands in a run of symbols, not in words."""
    left = max(0, start - 40)
    space = max(text.rfind(" ", left, start), text.rfind("\n", left, start))
    right = [i for i in (text.find(" ", end, end + 40), text.find("\n", end, end + 40)) if i >= 0]
    word = text[space + 1 : min(right) if right else end + 40]
    return sum(c in _SOUP for c in word) > _SOUP_AT_MOST


#: Seconds in each duration unit, to add up "2 hours 41 minutes".
_SECONDS: Final = {
    "milliseconds": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400,
    "weeks": 604800, "months": 2629800, "years": 31557600,
}  # fmt: skip
_COMPOUND_GAP: Final = re.compile(r"[ \t\u00a0]+(?:and[ \t\u00a0]+)?|,[ \t\u00a0]*")


def _compound_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "2 hours 41 minutes", "61 minutes and 40 seconds": one duration, in its first unit."""
    merged: list[Mention] = []
    for m in mentions:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and m.kind == "duration" == prev.kind
            and _SECONDS.get(m.unit or "", 0) < _SECONDS.get(prev.unit or "", 0)
            and _COMPOUND_GAP.fullmatch(text, prev.end, m.start)
        ):
            seconds = _SECONDS[str(m.unit)] / _SECONDS[str(prev.unit)]
            value = round(prev.value + m.value * seconds, 4)
            merged[-1] = prev._replace(end=m.end, value=value)
        else:
            merged.append(m)
    return merged


def _currency_before(text: str, start: int, head: str, gap: int) -> re.Match[str] | None:
    """The currency sign or code right before the number at `start` ("$", "RMB "), if any.

    `head` is the text before the number without its trailing spaces, `gap` those spaces.
    """
    if head[-1:] in CURRENCY_LAST_CHARS and gap < 8:
        return CURRENCY_BEFORE.search(text, max(0, start - 8), start)
    return None


def _currency_unit(text: str, currency: re.Match[str]) -> str:
    """The currency a sign or code stands for: "¥" is the yen in a block that speaks of yen,
    and not of yuan."""
    sign = currency.group().strip()
    unit = CURRENCY_PREFIXES[sign]
    if unit == "yuan" and sign in ("¥", "￥"):
        lowered = text.lower()
        if ("yen" in lowered or "japan" in lowered) and "yuan" not in lowered:
            return "JPY"
    return unit


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _mention_at(
    text: str, n_start: int, n_end: int, spelled: bool, masks: list[tuple[int, int]]
) -> Mention | None:
    # The text just before the number, read once for the id, operator and currency checks.
    preceding = text[n_start - 24 if n_start > 24 else 0 : n_start]
    head = preceding.rstrip()
    last, gap = head[-1:], len(preceding) - len(head)  # last character before it, and spaces
    if (masks and masked(masks, n_start, n_end)) or is_id(preceding, head):
        return None
    digits = None if spelled else text[n_start:n_end]
    if digits is not None:
        if is_date_or_time(text, n_start, n_end):
            return None
        value = digits_value(digits)
        before, after = text[n_start - 1] if n_start else "", text[n_end : n_end + 1]
        if n_start == 0 and after in (".", ")") and text[n_end + 1 : n_end + 2].isspace():
            return None  # "1. First step" / "2) ..." list numbering
        if (before == "(" and after == ")") or before == "[":
            return None  # "(3)" enumerations and footnote marks, "[12]" references, "[1, 2]"
        if last in _OPERATORS and gap < 3 and not head.endswith("S/"):
            return None  # "x = 4", "n > 0": code or a formula in prose
    else:
        spelled_value = words_value(text[n_start:n_end])
        if spelled_value is None or (text[n_start].isupper() and _in_name(text, n_start, n_end)):
            return None
        value = spelled_value
    if text[n_end : n_end + 4] in RARE_AFTER:  # "one in five", "two thirds", "two and a half"
        share = share_at(text, n_start, n_end, value, masks)
        if share is not None:
            return share
        if text.startswith(" and a half", n_end):  # "three and a half hours"
            value, n_end = value + 0.5, n_end + len(" and a half")
    cur = _currency_before(text, n_start, head, gap)
    start = cur.start() if cur else n_start
    scale, pos = scale_after(text, n_end, cur is not None)
    unit, kind, end = unit_after(text, pos)
    if end < 0:
        return None
    if cur is not None:
        if kind not in ("count", "money"):
            return None  # "$5%" is noise
        unit, kind = _currency_unit(text, cur), "money"
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
    if kind == "count" and glued_to_word(text, n_end if pos == n_end else pos):
        return None
    if digits is not None and is_year(text, n_start, digits, kind != "count" or scale != 1):
        return None
    if kind == "count" and scale == 1 and digits is not None:
        if "." in digits:
            return None  # counts are whole: a bare "3.2" or "2.0" is a version or a measurement
        if digits.isdigit() and (len(digits) >= 7 or (digits[0] == "0" and len(digits) > 1)):
            return None  # "12345678", "0717": a code, a password or a phone number
    if kind == "duration" and head[-5:].lower() == "first" and not head[-6:-5].isalnum():
        return None  # "in the first three quarters": the period a report covers
    if digits is None and value == 1 and scale == 1 and kind == "count":
        return None  # "one integrated process", "one of": an article, not a figure
    if digits is None and value == 0:
        return None
    return Mention(start, end, value * scale, unit, kind, n_start, n_end, digits is None)


# Rare shapes, each tried only after a cheap test: names, time references, ranges, shares.
_OPENERS: Final = " \t\u00a0\"'“‘([—–-"
_TIME_REFERENCE: Final = re.compile(
    rf"[ \t\u00a0]+(?:(ago)\b|(?:to|ended|ending|through)[ \t\u00a0]+(?:{MONTHS})\b)"
)
_RANGE_FIRST: Final = re.compile(r"\d(?:[\d,.]*\d)?$")


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
    if before.isalnum() or before in GLUE_BEFORE or not _NUMBER_SHAPE.fullmatch(number):
        return []
    if is_year(text, n_start, number, False) or is_year(text, m_start, text[m_start:m_end], False):
        return []
    second = _mention_at(text, m_start, m_end, False, masks)
    preceding = text[max(0, n_start - 24) : n_start]
    head = preceding.rstrip()
    if second is None or is_id(preceding, head) or (masks and masked(masks, n_start, dash)):
        return []
    cur = _currency_before(text, n_start, head, len(preceding) - len(head))
    raw = digits_value(text[m_start:m_end])
    factor = second.value / raw if raw else 1.0  # a scale word or "cents" after the second
    if cur is not None:
        if second.kind not in ("count", "money"):
            return []
        second = second._replace(unit=_currency_unit(text, cur), kind="money")
    elif second.kind == "count" and factor == 1:
        return []
    value = digits_value(number) * factor
    if value >= second.value:
        return []  # "10-9 seconds" is 10⁻⁹ flattened, not a range
    start = cur.start() if cur else n_start
    return [Mention(start, dash, value, second.unit, second.kind, n_start, dash, False), second]
