"""From a Document to its Figures: scan each block, label each number, pair related ones."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Final

from ftztui.figures.context import Mention
from ftztui.figures.labels import (
    DOWN_WORDS,
    UP_WORDS,
    after_of,
    backward_phrase,
    colon_label,
    forward_phrase,
    is_time_phrase,
    sentence_spans,
    shared_head,
    time_frame_before,
    word_before,
)
from ftztui.figures.scan import scan_block
from ftztui.model import Block, Document, Figure, FigureKind, Section

#: Longest sentence kept whole in a Figure; a longer run of text is cut to a window around it.
_MAX_SENTENCE: Final = 600
_QUALIFIER_GAP = (
    r"(?:(?:more|less|fewer|greater) than|up to|at (?:least|most)|about|around|over|nearly"
    r"|almost|roughly|approximately|some|under|below|above|only)?"
)
_CONVERSION: Final = re.compile(
    r"[ \t\u00a0]*[(\[,][ \t\u00a0]*(?:(?:about|approximately|approx\.|around|roughly|some|nearly"
    r"|or|i\.e\.,?|equivalent to|equal to|ca\.|worth)[ \t\u00a0]*)*"
)
_COMPARISON: Final = re.compile(
    r"(?:^|[,;])[ \t\u00a0]*(?:(?:which|that) (?:is|was) |(?:is|was|are|were) )?"
    r"(?:(?:much|slightly|far|well|significantly) )?"
    r"(?:(?:lower|higher|less|more|fewer|greater|shorter|longer|faster|slower|smaller|larger|"
    r"bigger|cheaper|above|below) than|(?:up|down|increased|decreased|rising|falling) from"
    r"|compared (?:with|to)|against|versus|vs\.?)\b[^.;!?]{0,60}$"
)
_FROM: Final = re.compile(rf",?[ \t\u00a0]+from[ \t\u00a0]+{_QUALIFIER_GAP}[ \t\u00a0]*")
_COORDINATION: Final = re.compile(
    rf"[ \t\u00a0]*(?:,|and|or|to|-|–)[ \t\u00a0]*{_QUALIFIER_GAP}\s*"
)
_IN_OF: Final = re.compile(r"[ \t\u00a0]+(?:in|of)[ \t\u00a0]+")
_OF: Final = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+")
_DIMENSION: Final = re.compile(r"[ \t\u00a0]+(long|wide|high|tall|deep|thick|away)\b")
_DIMENSIONS: Final = {
    "long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
    "thick": "thickness", "away": "distance",
}  # fmt: skip
_QUALIFIER = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|just|only|up to"
    r"|at least|at most|more than|less than|an estimated)[ \t\u00a0]+)?"
)
#: "8.7 percent more than ...", "a 22 per cent rise in the index": a change, said after it.
_CHANGE_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:(more|higher|greater|up|less|lower|fewer|down)\b"
    r"|(rise|increase|growth|gain|jump|surge|drop|decline|fall|decrease|cut|reduction)"
    r"(?:[ \t\u00a0]+in[ \t\u00a0]+)?\b)"
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
_COST: Final = frozenset({"cost", "costs", "costing"})
_AND_OR: Final = re.compile(r"\s*(?:and|or)\s*")
#: Words that only qualify a shared noun: "523 central and 14 local ... business licenses".
_MODIFIERS: Final = re.compile(
    r"(?:[\w-]+(?:al|an|ic|ign|ive|ous|ed|ern|ese|ish|ary|ior)|new|old|public|private|large|small"
    r"|major|minor|full|part|big|main|other|more|fewer)",
    re.IGNORECASE,
)
_QUANTITY_FALLBACK: Final = {
    "km²": "area", "m²": "area", "mi²": "area", "ha": "area", "acres": "area", "mu": "area",
    "km": "distance", "m": "distance", "miles": "distance", "tons": "weight", "kg": "weight",
    "g": "weight", "lb": "weight", "times": "multiple", "TEU": "containers",
}  # fmt: skip


_new = object.__new__


@dataclass
class _Table:
    """The table whose rows are being read: its section, and its header row if it has one."""

    section: Section
    header: list[str] | None


_NUMERIC_CELL: Final = re.compile(r"\s*[-+−]?[$€£¥]?\d")
#: Column names that say nothing the row does not: "Open bugs | 43" under "Count".
_GENERIC_COLUMNS: Final = frozenset({"count", "number", "no.", "n", "#", "value", "amount"})
#: Rows and columns of codes and places, whose numbers are not figures: "Postal code | 443000".
_ID_HEADING: Final = re.compile(
    r"\b(?:code|codes|postcode|zip|phone|telephone|tel|fax|id|isbn|issn|coordinates|year"
    r"|date|founded|established|plate|prefix|zone)\b",
    re.IGNORECASE,
)


@dataclass
class _Draft:
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


def extract_figures(document: Document) -> list[Figure]:
    """Every figure the document reports, in reading order. Code blocks are skipped.

    Offsets are `[start, end)` in the block's text: `block.text[f.start:f.end] == f.text`.
    `related_to` indexes the returned list.
    """
    figures: list[Figure] = []
    table: _Table | None = None
    for block_no, section, block in document.iter_blocks():
        if block.kind == "code":
            table = None
            continue
        text = block.text
        if " | " not in text:  # the loaders write a table row as its cells joined by " | "
            table = None
        elif table is None or table.section is not section:
            cells = text.split(" | ")
            numeric = any(_NUMERIC_CELL.match(cell) for cell in cells)
            table = _Table(section, cells if len(cells) >= 3 and not numeric else None)
            if table.header is not None:
                continue  # a header row: names of columns, not figures
        row = text.split(" | ") if table is not None else None
        figures.extend(
            _block_figures(document.id, section, block_no, block, len(figures), table, row)
        )
    return figures


def figures_in_text(text: str, doc: str = "text") -> list[Figure]:
    """Figures of a bare string, as if it were one paragraph (for tests and quick checks)."""
    section = Section(title=None, blocks=(Block("paragraph", text),), level=0)
    return extract_figures(Document(id=doc, title=doc, sections=(section,)))


def _block_figures(
    doc: str,
    section: Section,
    block_no: int,
    block: Block,
    base: int,
    table: _Table | None = None,
    row: list[str] | None = None,
) -> list[Figure]:
    text = block.text
    mentions = scan_block(text)
    if not mentions:
        return []
    spans = sentence_spans(text)
    starts = [start for start, _end in spans]
    drafts = [
        _Draft(m, spans[bisect_right(starts, m.start) - 1], unit=m.unit, kind=m.kind)
        for m in mentions
    ]
    forward = [forward_phrase(text, d.mention.end, d.sentence[1]) for d in drafts]
    _relate(text, drafts, forward)
    for i, draft in enumerate(drafts):
        if not draft.label:
            m = draft.mention
            draft.label = _label(text, drafts, i, forward[i]) or colon_label(
                text, m.start, draft.sentence[0]
            )
    if table is not None and row is not None:
        _label_cells(drafts, table, row)
    for draft in drafts:  # "3 to 5 days": whichever of the two has a label lends it
        if draft.shares_with is not None:
            partner = drafts[draft.shares_with]
            draft.label = draft.label or partner.label
            partner.label = partner.label or draft.label
    return _to_figures(doc, section, block_no, text, drafts, base)


def _label_cells(drafts: list[_Draft], table: _Table, row: list[str]) -> None:
    """A figure alone in a table cell is named by its row and column: "Xiling District:
    Population (2020)", "Long run (Week 1)", or the row alone in a two-column infobox."""
    ends = list(accumulate(len(cell) + 3 for cell in row))  # where each cell's " | " ends
    name = row[0].strip()
    for draft in drafts:
        column = bisect_right(ends, draft.mention.start)
        if draft.label or column == 0 or column >= len(row):
            continue
        heading = ""
        if table.header is not None and column < len(table.header):
            heading = table.header[column].strip()
            if heading.lower() in _GENERIC_COLUMNS:
                heading = ""
        if _NUMERIC_CELL.match(name):  # the row is numbered: "1 | 16 km | 38 km"
            first = table.header[0].strip() if table.header is not None else ""
            label = f"{heading} ({first} {name})" if heading and first else ""
        else:
            label = f"{name}: {heading}" if heading else name
        if label and _ID_HEADING.search(label) is None:
            draft.label = label


def _relate(text: str, drafts: list[_Draft], forward: list[str]) -> None:
    """Pair neighbours: conversions, comparisons, and coordinations ("523 central and 14 ...")."""
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        if a.sentence != b.sentence:
            continue
        gap = text[a.mention.end : b.mention.start]
        convertible = a.kind == b.kind and a.kind in ("money", "quantity") and a.unit != b.unit
        if convertible and _CONVERSION.fullmatch(gap):
            b.relation, b.related_to = "conversion", i - 1
            continue
        if len(gap) < 120 and _COMPARISON.search(gap):
            b.relation, b.related_to = "comparison", i - 1
            if b.unit is None and a.unit is not None:
                b.unit, b.kind = a.unit, a.kind
            continue
        if a.kind == b.kind and a.unit == b.unit and _FROM.fullmatch(gap):
            b.relation, b.related_to = "comparison", i - 1  # "fell to €300 million from €365m"
            continue
        words = forward[i - 1]
        rest = gap
        if words and gap.lstrip().startswith(words):
            rest = gap.lstrip()[len(words) :]
        if not _COORDINATION.fullmatch(rest):
            continue
        if not words and a.unit in (None, b.unit):  # "3 to 5 days", "between 10 and 20 percent"
            a.shares_with = i
            if a.unit is None and b.unit is not None:
                a.unit, a.kind = b.unit, b.kind
        elif forward[i] and _MODIFIERS.fullmatch(words) and _AND_OR.fullmatch(rest):
            # "523 central and 14 local ... business licenses": both are business licenses
            a.label = b.label = shared_head(forward[i])


def _label(text: str, drafts: list[_Draft], i: int, forward: str) -> str:
    """What figure `i` measures, or "" when its words say nothing (a fallback comes later)."""
    draft = drafts[i]
    m, (sent_start, sent_end) = draft.mention, draft.sentence
    # Never look back past the previous figure: its unit is not what this one measures.
    floor = max(sent_start, drafts[i - 1].mention.end) if i else sent_start

    def back() -> str:  # only computed when the words after the number say nothing
        return backward_phrase(text, m.start, floor)

    if draft.kind == "percent":
        share = after_of(text, m.end, sent_end)
        if share or forward:
            return f"share {share}" if share else forward
        level = _level_after_change(text, drafts, i)  # "margin widened by 240 bps to 46.8%"
        if level:
            return level
        change = _CHANGE_AFTER.match(text, m.end, sent_end)
        if change is not None and change.group(2):  # "a 22 per cent rise in the ... index"
            noun = change.group(2).lower()
            what = forward_phrase(text, change.end(), sent_end, skip_article=True)
            return f"{noun} in {what}" if what and change.group().rstrip().endswith("in") else noun
        linked = _SHARE_LINK.search(text, max(floor, m.start - 40), m.start)
        if linked is not None:  # "of which mountains make up 69 percent"
            subject = backward_phrase(text, linked.start(), floor, linked=True)
            return f"share of {subject}" if subject else "share"
        subject = back()
        before = word_before(text, m.start, floor)
        direction = "increase" if before in UP_WORDS else "decrease" if before in DOWN_WORDS else ""
        if change is not None and not direction:  # "5,386 trips, 8.7 percent more than"
            more = change.group(1).lower() in _CHANGE_MORE
            return _change_label(drafts, i, "increase" if more else "decrease")
        if direction and subject:  # "Revenue rose 18%": a change in revenue, not its level
            draft.subject = subject
            return f"{direction} in {subject}"
        return subject or (_change_label(drafts, i, direction) if direction else "")
    if draft.kind == "money":
        level = _level_after_change(text, drafts, i)  # "Revenue rose 18% to $4.2bn"
        if level:
            return level
        if _PER_SHARE.match(text, m.end, sent_end) and i and drafts[i - 1].kind == "money":
            return f"{drafts[i - 1].label} per share" if drafts[i - 1].label else "per share"
        link = _IN_OF.match(text, m.end, sent_end)
        if link is not None:
            phrase = forward_phrase(text, link.end(), sent_end, skip_article=True)
            if phrase and not is_time_phrase(phrase):  # not "in the three months"
                forward = phrase
        if forward:
            return forward
        cost = _COST_BEFORE.search(text, max(floor, m.start - 30), m.start)
        if cost is not None or word_before(text, m.start, floor) in _COST:
            return "price" if cost is not None and cost.group(1).lower()[0] == "p" else "cost"
        linked = _SHARE_LINK.search(text, max(floor, m.start - 40), m.start)
        if linked is not None:  # "trade with ASEAN members accounted for RMB 285 billion"
            subject = backward_phrase(text, linked.start(), floor, linked=True)
            if subject:
                return subject
        return back() or _change_label_before(text, drafts, i, floor)
    if draft.kind == "duration":
        if time_frame_before(text, m.start):
            return "period"
        if _AGE.match(text, m.end):  # "a 65-year-old man"
            return "age"
        compound = "-" in text[m.number_end : m.end]  # "a 10-day trip"
        of_what = _OF.match(text, m.end, sent_end)  # "6 hours of running"
        spent = (
            forward_phrase(text, of_what.end(), sent_end, skip_article=True, gerund=True)
            if of_what
            else ""
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
    if draft.kind == "quantity":
        dimension = _DIMENSION.match(text, m.end, sent_end)
        if dimension is not None:  # "1,650 meters long" -> length
            return _DIMENSIONS[dimension.group(1).lower()]
        of = _OF.match(text, m.end, sent_end)
        of_phrase = forward_phrase(text, of.end(), sent_end) if of else ""
        return of_phrase or forward or back() or _level_after_change(text, drafts, i)
    if forward:
        return forward
    if draft.relation == "comparison" or m.value >= 1e6:
        label = back() or _level_after_change(text, drafts, i)
        if label:
            return label
    before = word_before(text, m.start, floor)
    if before == "aged":  # "adults aged 65 and over"
        return "age"
    previous = drafts[i - 1] if i else None
    if before in _ANAPHORS and previous is not None and previous.sentence == draft.sentence:
        return previous.label  # "employs 14,600 people and plans to recruit another 1,200"
    return ""


def _change_label_before(text: str, drafts: list[_Draft], i: int, floor: int) -> str:
    """ "..., up 22.8 percent": an increase in what the figure before it measures."""
    before = word_before(text, drafts[i].mention.start, floor)
    change = "increase" if before in UP_WORDS else "decrease" if before in DOWN_WORDS else ""
    return _change_label(drafts, i, change) if change else ""


def _change_label(drafts: list[_Draft], i: int, change: str) -> str:
    """A change in what the figure before it, in the same sentence, measures."""
    previous = drafts[i - 1] if i else None
    if previous is not None and previous.sentence == drafts[i].sentence and previous.label:
        return f"{change} in {previous.label}"
    return change


def _level_after_change(text: str, drafts: list[_Draft], i: int) -> str:
    """ "GDP grew 5.1 percent year on year to 2.8 trillion yuan": the level reached is GDP."""
    previous = drafts[i - 1] if i else None
    if previous is None or not previous.subject or previous.sentence != drafts[i].sentence:
        return ""
    gap_start = previous.mention.end
    if _TO_LEVEL.match(text, gap_start, drafts[i].mention.start) is None:
        return ""
    return previous.subject


def _sentence_text(text: str, sentence: tuple[int, int], m: Mention) -> str:
    """The sentence around a figure; in a run-on text without full stops, a window of it."""
    start, end = sentence
    if end - start > _MAX_SENTENCE:
        start = max(start, m.start - _MAX_SENTENCE // 2)
        end = min(end, start + _MAX_SENTENCE)
        # Whole words only: cut at the first and last space of the window.
        start = text.find(" ", start, m.start) + 1 if start > sentence[0] else start
        cut = text.rfind(" ", m.end, end)
        end = cut if cut > 0 and end < sentence[1] else end
    return text[start:end].strip()


def _fallback(draft: _Draft) -> str:
    """A label from the kind alone, for figures whose sentence never names what they measure."""
    if draft.kind == "quantity":
        return _QUANTITY_FALLBACK.get(draft.unit or "", "amount")
    return {"percent": "share", "money": "value", "duration": "duration"}.get(draft.kind, "")


def _to_figures(
    doc: str, section: Section, block_no: int, text: str, drafts: list[_Draft], base: int
) -> list[Figure]:
    kept: dict[int, int] = {}
    figures: list[Figure] = []
    for i, d in enumerate(drafts):
        related = d.related_to
        if related is not None and related in kept:
            label = figures[kept[related] - base].label
            if d.relation != "conversion" and d.label:
                label = d.label
            related = kept[related]
        else:
            label, related = d.label, None
        label = label or _fallback(d)
        if not label:
            continue  # a bare number with nothing it counts: "returns 0", "divide by 2"
        kept[i] = base + len(figures)
        m = d.mention
        # Built without Figure.__init__: a frozen dataclass sets each of its 13 fields through
        # object.__setattr__ (1.6 us a figure, 5% of extracting the seed article); filling the
        # instance dict at once gives the same object (a test holds it equal to Figure(...)).
        figure = _new(Figure)
        figure.__dict__.update(
            doc=doc,
            section=section.title,
            block=block_no,
            start=m.start,
            end=m.end,
            text=text[m.start : m.end],
            value=m.value,
            unit=d.unit,
            kind=d.kind,
            label=label,
            sentence=_sentence_text(text, d.sentence, m),
            relation=d.relation if related is not None else None,
            related_to=related,
        )
        figures.append(figure)
    return figures
