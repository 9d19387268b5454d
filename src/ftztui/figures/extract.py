"""From a Document to its Figures: scan each block, label each number, pair related ones."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from ftztui.figures.labels import (
    after_of,
    backward_phrase,
    forward_phrase,
    sentence_spans,
    shared_head,
    time_frame_before,
    word_before,
)
from ftztui.figures.scan import Mention, scan_block
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
_UP: Final = frozenset({"up", "rising", "rose", "increased", "increasing", "grew", "growing"})
_DOWN: Final = frozenset({"down", "falling", "fell", "decreased", "dropped", "declined"})
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
    "g": "weight", "lb": "weight", "times": "multiple",
}  # fmt: skip


_new = object.__new__


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


def extract_figures(document: Document) -> list[Figure]:
    """Every figure the document reports, in reading order. Code blocks are skipped.

    Offsets are `[start, end)` in the block's text: `block.text[f.start:f.end] == f.text`.
    `related_to` indexes the returned list.
    """
    figures: list[Figure] = []
    for block_no, section, block in document.iter_blocks():
        if block.kind != "code":
            figures.extend(_block_figures(document.id, section, block_no, block, len(figures)))
    return figures


def figures_in_text(text: str, doc: str = "text") -> list[Figure]:
    """Figures of a bare string, as if it were one paragraph (for tests and quick checks)."""
    section = Section(title=None, blocks=(Block("paragraph", text),), level=0)
    return extract_figures(Document(id=doc, title=doc, sections=(section,)))


def _block_figures(
    doc: str, section: Section, block_no: int, block: Block, base: int
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
            draft.label = _label(text, drafts, i, forward[i])
    for draft in drafts:  # "3 to 5 days": whichever of the two has a label lends it
        if draft.shares_with is not None:
            partner = drafts[draft.shares_with]
            draft.label = draft.label or partner.label
            partner.label = partner.label or draft.label
    return _to_figures(doc, section, block_no, text, drafts, base)


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
        return back() or _change_label(text, drafts, i, floor)
    if draft.kind == "money":
        link = _IN_OF.match(text, m.end, sent_end)
        if link is not None:
            forward = forward_phrase(text, link.end(), sent_end, skip_article=True) or forward
        if forward:
            return forward
        if word_before(text, m.start, floor) in _COST:
            return "cost"
        return back() or _change_label(text, drafts, i, floor)
    if draft.kind == "duration":
        if time_frame_before(text, m.start):
            return "period"
        if _AGE.match(text, m.end):  # "a 65-year-old man"
            return "age"
        compound = "-" in text[m.number_end : m.end]  # "a 10-day trip"
        label = (forward if compound else "") or backward_phrase(text, m.start, floor, False)
        if not label and word_before(text, m.start, floor) in _PERIOD_BEFORE:
            return "period"  # "over five years", "within two weeks"
        return label
    if draft.kind == "quantity":
        dimension = _DIMENSION.match(text, m.end, sent_end)
        if dimension is not None:  # "1,650 meters long" -> length
            return _DIMENSIONS[dimension.group(1).lower()]
        of = _OF.match(text, m.end, sent_end)
        linked = forward_phrase(text, of.end(), sent_end) if of else ""
        return linked or forward or back()
    if forward:
        return forward
    if draft.relation == "comparison" or m.value >= 1e6:
        return back()
    return ""


def _change_label(text: str, drafts: list[_Draft], i: int, floor: int) -> str:
    """ "..., up 22.8 percent": an increase in what the figure before it measures."""
    before = word_before(text, drafts[i].mention.start, floor)
    change = "increase" if before in _UP else "decrease" if before in _DOWN else ""
    if not change:
        return ""
    previous = drafts[i - 1] if i else None
    if previous is not None and previous.sentence == drafts[i].sentence and previous.label:
        return f"{change} in {previous.label}"
    return change


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
