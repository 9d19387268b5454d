"""What each figure measures: its label, by kind, from the words around it.

A `Draft` is a mention on its way to becoming a Figure. `label_of` reads what it counts or
measures in the document's own words; `fallback_label` names it by its kind when nothing does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from ftztui.figures.context import Mention, alternation
from ftztui.figures.labels import (
    DOWN_WORDS,
    UP_WORDS,
    after_of,
    backward_phrase,
    forward_phrase,
    is_time_phrase,
    time_frame_before,
    word_before,
)
from ftztui.figures.lexicon import QUALIFIERS
from ftztui.model import FigureKind

_IN_OF: Final = re.compile(r"[ \t\u00a0]+(?:in|of)[ \t\u00a0]+")
_OF: Final = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+")
_DIMENSION: Final = re.compile(r"[ \t\u00a0]+(long|wide|high|tall|deep|thick|away)\b")
_DIMENSIONS: Final = {
    "long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
    "thick": "thickness", "away": "distance",
}  # fmt: skip
#: One qualifier before an amount ("about", "more than", "up to"), as the lexicon lists them.
_QUALIFIER = rf"(?:(?:{alternation(list(QUALIFIERS))})[ \t\u00a0]+)?"
#: "8.7 percent more than ...", "a 22 per cent rise in the index": a change, said after it.
_CHANGE_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:(more|higher|greater|up|less|lower|fewer|down)\b"
    r"|(rise|increase|growth|gain|jump|surge|drop|decline|fall|decrease|cut|reduction)"
    r"(?:[ \t\u00a0]+in[ \t\u00a0]+)?\b)"
)
#: What a bare number after "is"/"of" names when it is a code, not a count.
_ID_LABELS: Final = frozenset(
    {"status", "code", "port", "errno", "number", "id", "version", "pid", "uid", "mode"}
)
#: A deposit, not a fall: "with 20% down ($90,000)", "20% down payment", "put down 5%".
_DOWN_PAYMENT: Final = re.compile(r"[ \t\u00a0]+down(?:[ \t\u00a0]+payment\b|[ \t\u00a0]*\()")
_PUT_DOWN: Final = re.compile(
    rf"\bput(?:s|ting)?[ \t\u00a0]+down[ \t\u00a0]+{_QUALIFIER}$", re.IGNORECASE
)
#: "57, of which 12 ...", "of whom 1,431,000 ...", "another 1,200": the same thing as before.
_ANAPHORS: Final = frozenset({"which", "whom", "another"})
_PER_SHARE: Final = re.compile(r"[ \t\u00a0]+(?:a|per)[ \t\u00a0]+share\b")
_CHANGE_MORE: Final = frozenset({"more", "higher", "greater", "up"})
#: "mountains make up 69 percent", "trade ... accounted for RMB 285 billion": the subject is it.
_SHARE_LINK: Final = re.compile(
    rf"\b(?:(?:make|makes|made|making)[ \t\u00a0]+up|account(?:s|ed|ing)?[ \t\u00a0]+for"
    rf"|represent(?:s|ed|ing)?|comprise[sd]?)[ \t\u00a0]+{_QUALIFIER}$",
    re.IGNORECASE,
)
#: "A rental in the area goes for about $2,650", "sold for $5m": what went for the money.
_FOR: Final = re.compile(rf"\bfor[ \t\u00a0]+{_QUALIFIER}$")
#: "at a cost of 6.8 billion yuan", "cost about $5m".
_COST_BEFORE: Final = re.compile(
    rf"\b(cost|costs|costing|price|priced)[ \t\u00a0]+(?:(?:of|at)[ \t\u00a0]+)?{_QUALIFIER}$",
    re.IGNORECASE,
)
#: "GDP grew 5.1 percent year on year to 2.8 trillion yuan": the level reached, after a change.
_TO_LEVEL: Final = re.compile(
    r"[ \t\u00a0]+(?:(?:year|month|quarter|week)[ -]on[ -](?:year|month|quarter|week)"
    r"[ \t\u00a0]+)?to[ \t\u00a0]+$"
)
_PERIOD_BEFORE: Final = frozenset({"over", "for", "within", "during", "in", "after", "past"})
_AGE: Final = re.compile(r"[- ]old\b")
_QUANTITY_FALLBACK: Final = {
    "km²": "area", "m²": "area", "mi²": "area", "ha": "area", "acres": "area", "mu": "area",
    "km": "distance", "m": "distance", "miles": "distance", "tons": "weight", "kg": "weight",
    "g": "weight", "lb": "weight", "times": "multiple", "TEU": "containers",
}  # fmt: skip


@dataclass(slots=True)
class Draft:
    """A mention on its way to becoming a Figure: label and relation still being decided."""

    mention: Mention
    sentence: tuple[int, int]
    label: str = ""
    unit: str | None = None
    kind: FigureKind = "count"
    relation: str | None = None
    related_to: int | None = None
    #: Index of the next figure whose label this one shares ("3 to 5 days").
    shares_with: int | None = None
    #: What a change figure is a change in ("GDP" for "GDP grew 5.1 percent ... to ...").
    subject: str = ""
    #: Not a figure after all, whatever its label: a number inside a table row's name.
    dropped: bool = False


def label_of(text: str, drafts: list[Draft], i: int, forward: str) -> str:
    """What figure `i` measures, or "" when its words say nothing (a fallback comes later).

    `forward` is the noun phrase right after the figure. Each kind reads its own shapes first.
    """
    draft = drafts[i]
    sent_start = draft.sentence[0]
    # Never look back past the previous figure: its unit is not what this one measures.
    floor = max(sent_start, drafts[i - 1].mention.end) if i else sent_start
    return _BY_KIND[draft.kind](text, drafts, i, floor, forward)


def _window(drafts: list[Draft], i: int, floor: int, width: int) -> tuple[int, int]:
    """Up to `width` characters before figure `i`, within its own words."""
    start = drafts[i].mention.start
    return max(floor, start - width), start


def _percent_label(text: str, drafts: list[Draft], i: int, floor: int, forward: str) -> str:
    m, end = drafts[i].mention, drafts[i].sentence[1]
    share = after_of(text, m.end, end)
    if share or forward:
        return f"share {share}" if share else forward
    level = _level_after_change(text, drafts, i)  # "margin widened by 240 bps to 46.8%"
    if level:
        return level
    change = _CHANGE_AFTER.match(text, m.end, end)
    if _DOWN_PAYMENT.match(text, m.end, end) or _PUT_DOWN.search(
        text, *_window(drafts, i, floor, 30)
    ):
        return "down payment"  # "with 20% down ($90,000)", "put down 5% or less"
    if change is not None and change.group(2):  # "a 22 per cent rise in the ... index"
        noun = change.group(2).lower()
        what = forward_phrase(text, change.end(), end, skip_article=True)
        return f"{noun} in {what}" if what and change.group().rstrip().endswith("in") else noun
    linked = _SHARE_LINK.search(text, *_window(drafts, i, floor, 40))
    if linked is not None:  # "of which mountains make up 69 percent"
        subject = backward_phrase(text, linked.start(), floor, linked=True)
        return f"share of {subject}" if subject else "share"
    subject = backward_phrase(text, m.start, floor)
    before = word_before(text, m.start, floor)
    direction = "increase" if before in UP_WORDS else "decrease" if before in DOWN_WORDS else ""
    if change is not None and not direction:  # "5,386 trips, 8.7 percent more than"
        more = change.group(1).lower() in _CHANGE_MORE
        return _change_label(drafts, i, "increase" if more else "decrease")
    if direction and subject:  # "Revenue rose 18%": a change in revenue, not its level
        drafts[i].subject = subject
        return f"{direction} in {subject}"
    return subject or (_change_label(drafts, i, direction) if direction else "")


def _money_label(text: str, drafts: list[Draft], i: int, floor: int, forward: str) -> str:
    m, end = drafts[i].mention, drafts[i].sentence[1]
    level = _level_after_change(text, drafts, i)  # "Revenue rose 18% to $4.2bn"
    if level:
        return level
    if _PER_SHARE.match(text, m.end, end) and i and drafts[i - 1].kind == "money":
        return f"{drafts[i - 1].label} per share" if drafts[i - 1].label else "per share"
    link = _IN_OF.match(text, m.end, end)
    if link is not None:
        phrase = forward_phrase(text, link.end(), end, skip_article=True)
        if phrase and not is_time_phrase(phrase):  # not "in the three months"
            forward = phrase
    if forward:
        return forward
    cost = _COST_BEFORE.search(text, *_window(drafts, i, floor, 30))
    if cost is not None:
        return "price" if cost.group(1).lower()[0] == "p" else "cost"
    linked = _SHARE_LINK.search(text, *_window(drafts, i, floor, 40)) or _FOR.search(
        text, *_window(drafts, i, floor, 30)
    )
    if linked is not None:  # "trade ... accounted for RMB 285 billion", "goes for $2,650"
        subject = backward_phrase(text, linked.start(), floor, linked=True)
        if subject:
            return subject
    return backward_phrase(text, m.start, floor) or _change_label_before(text, drafts, i, floor)


def _duration_label(text: str, drafts: list[Draft], i: int, floor: int, forward: str) -> str:
    m, end = drafts[i].mention, drafts[i].sentence[1]
    if time_frame_before(text, m.start):
        return "period"
    if _AGE.match(text, m.end):  # "a 65-year-old man"
        return "age"
    compound = "-" in text[m.number_end : m.end]  # "a 10-day trip"
    of_what = _OF.match(text, m.end, end)  # "6 hours of running"
    spent = (
        forward_phrase(text, of_what.end(), end, skip_article=True, gerund=True) if of_what else ""
    )
    label = (
        (forward if compound else "")
        or spent
        or backward_phrase(text, m.start, floor, False)
        or _level_after_change(text, drafts, i)
    )
    if not label and word_before(text, m.start, floor) in _PERIOD_BEFORE:
        return "period"  # "over five years", "within two weeks"
    return label


def _quantity_label(text: str, drafts: list[Draft], i: int, floor: int, forward: str) -> str:
    m, end = drafts[i].mention, drafts[i].sentence[1]
    dimension = _DIMENSION.match(text, m.end, end)
    if dimension is not None:  # "1,650 meters long" -> length
        return _DIMENSIONS[dimension.group(1).lower()]
    of = _OF.match(text, m.end, end)
    of_phrase = forward_phrase(text, of.end(), end) if of else ""
    return (
        of_phrase
        or forward
        or backward_phrase(text, m.start, floor)
        or _level_after_change(text, drafts, i)
    )


def _count_label(text: str, drafts: list[Draft], i: int, floor: int, forward: str) -> str:
    m = drafts[i].mention
    if m.value < 0:
        return ""  # a bare negative count is a flag or an offset ("-1 disables it"), or a cell
    if forward:
        return forward
    if drafts[i].relation == "comparison" or m.value >= 100:  # "Attendance was 18,204"
        label = backward_phrase(text, m.start, floor) or _level_after_change(text, drafts, i)
        if label and label.rsplit(None, 1)[-1].lower() not in _ID_LABELS:
            return label  # not "the status is 500", "the default port is 8080"
    before = word_before(text, m.start, floor)
    if before == "aged":  # "adults aged 65 and over"
        return "age"
    previous = drafts[i - 1] if i else None
    if before in _ANAPHORS and previous is not None and previous.sentence == drafts[i].sentence:
        return previous.label  # "employs 14,600 people and plans to recruit another 1,200"
    return ""


_BY_KIND: Final[dict[str, Callable[[str, list[Draft], int, int, str], str]]] = {
    "percent": _percent_label,
    "money": _money_label,
    "duration": _duration_label,
    "quantity": _quantity_label,
    "count": _count_label,
}


def _change_label_before(text: str, drafts: list[Draft], i: int, floor: int) -> str:
    """ "..., up 22.8 percent": an increase in what the figure before it measures."""
    before = word_before(text, drafts[i].mention.start, floor)
    change = "increase" if before in UP_WORDS else "decrease" if before in DOWN_WORDS else ""
    return _change_label(drafts, i, change) if change else ""


def _change_label(drafts: list[Draft], i: int, change: str) -> str:
    """A change in what the figure before it, in the same sentence, measures."""
    previous = drafts[i - 1] if i else None
    if previous is None or previous.sentence != drafts[i].sentence or not previous.label:
        return change
    # A change after a change is in the same thing: "CPI went down by 0.1 percent ... core CPI
    # went up by 0.7 percent" is not an "increase in decrease in CPI".
    what = previous.subject or previous.label.removeprefix("increase in ").removeprefix(
        "decrease in "
    )
    return f"{change} in {what}" if what not in ("increase", "decrease") else change


def _level_after_change(text: str, drafts: list[Draft], i: int) -> str:
    """ "GDP grew 5.1 percent year on year to 2.8 trillion yuan": the level reached is GDP."""
    previous = drafts[i - 1] if i else None
    if previous is None or not previous.subject or previous.sentence != drafts[i].sentence:
        return ""
    gap_start = previous.mention.end
    if _TO_LEVEL.match(text, gap_start, drafts[i].mention.start) is None:
        return ""
    return previous.subject


def fallback_label(draft: Draft) -> str:
    """A label from the kind alone, for figures whose sentence never names what they measure."""
    if draft.kind == "quantity":
        return _QUANTITY_FALLBACK.get(draft.unit or "", "amount")
    return {"percent": "share", "money": "value", "duration": "duration"}.get(draft.kind, "")
