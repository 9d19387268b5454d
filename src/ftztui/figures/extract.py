"""From a Document to its Figures: scan each block, label each number, pair related ones."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from ftztui.figures.context import Mention
from ftztui.figures.labels import (
    colon_label,
    forward_phrase,
    sentence_spans,
    shared_head,
)
from ftztui.figures.naming import Draft, fallback_label, label_of
from ftztui.figures.scan import scan_block
from ftztui.figures.tables import NUMERIC_CELL, HeaderCarry, Table, cells_of, label_cells
from ftztui.model import Block, Document, Figure, Section

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
_BRACKET: Final = re.compile(r"[ \t\u00a0]*(?:down[ \t\u00a0]*)?\([ \t\u00a0]*")
_COMPARISON: Final = re.compile(
    r"(?:^|[,;])[ \t\u00a0]*(?:(?:which|that) (?:is|was) |(?:is|was|are|were) )?"
    r"(?:(?:much|slightly|far|well|significantly) )?"
    r"(?:(?:lower|higher|less|more|fewer|greater|shorter|longer|faster|slower|smaller|larger|"
    r"bigger|cheaper|above|below) than|(?:up|down|increased|decreased|rising|falling) from"
    r"|compared (?:with|to)|against|versus|vs\.?)\b[^.;!?]{0,60}$"
)

_FROM: Final = re.compile(rf",?[ \t\u00a0]+from[ \t\u00a0]+{_QUALIFIER_GAP}[ \t\u00a0]*")
#: "4.8 percent year on year and 0.9 percent quarter on quarter": the same change, twice.
_ON_PERIOD = r"(?:[ \t\u00a0]+(?:year|month|quarter|week)[ -]on[ -](?:year|month|quarter|week))?"
_COORDINATION: Final = re.compile(
    rf"{_ON_PERIOD}[ \t\u00a0]*(?:,|and|or|to|-|–)[ \t\u00a0]*{_QUALIFIER_GAP}\s*"
)
_AND_OR: Final = re.compile(r"\s*(?:and|or)\s*")
#: Words that only qualify a shared noun: "523 central and 14 local ... business licenses".
_MODIFIERS: Final = re.compile(
    r"(?:[\w-]+(?:al|an|ic|ign|ive|ous|ed|ern|ese|ish|ary|ior)|new|old|public|private|large|small"
    r"|major|minor|full|part|big|main|other|more|fewer)",
    re.IGNORECASE,
)


_new = object.__new__


def extract_figures(document: Document) -> list[Figure]:
    """Every figure the document reports, in reading order. Code blocks are skipped.

    Offsets are `[start, end)` in the block's text: `block.text[f.start:f.end] == f.text`.
    `related_to` indexes the returned list.
    """
    figures: list[Figure] = []
    table: Table | None = None
    carry = HeaderCarry()
    for block_no, section, block in document.iter_blocks():
        if block.kind == "code":
            table = None
            carry.drop()
            continue
        text = block.text
        # The loaders write a table row as its cells joined by " | ".
        row = cells_of(text) if " | " in text else None
        if row is None:
            carry.past(table, block)
            table = None
        elif table is None or table.section is not section:
            table = Table(section, row if _is_header(row) else None)
            if table.header is not None:
                continue  # a header row: names of columns, not figures
            table.header = carry.header_for(section, row)
        elif (
            table.rows == 0
            and table.header is not None
            and _is_header(row)
            and all(len(cell.split()) <= _HEADER_WORDS for cell in row)
            and not scan_block(text)  # a row of names has no figure to lose
        ):
            table.header = _header_lines(table.header, row)
            continue
        if table is not None:
            table.rows += 1
        figures.extend(
            _block_figures(document.id, section, block_no, block, len(figures), table, row)
        )
    if any(f.unit is None and f.text.isdigit() and f"{f.text}人" in f.sentence for f in figures):
        from ftztui.figures.chinese_rules import drop_team_names

        texts = {n: block.text for n, _, block in document.iter_blocks()}
        figures = drop_team_names(figures, texts)  # 76人 (the 76ers), said again and again
    return figures


#: The most words a cell of a header's second line has (a row of sentences is the table's).
_HEADER_WORDS: Final = 5


def _is_header(row: list[str]) -> bool:
    """A row of at least three cells, none a number: the names of a table's columns."""
    return len(row) >= 3 and not any(NUMERIC_CELL.match(cell) for cell in row)


def _header_lines(header: list[str], row: list[str]) -> list[str]:
    """A header set on two lines: cell by cell when they have as many cells ("Number of" over
    "retail outlets"); the line with more cells when it names the cells below one group
    name each ("Pre-Pawn" over "Handgun | Long Gun"); a line of fewer cells (units) is let be."""
    if len(row) == len(header):
        return [f"{a} {b}".strip() for a, b in zip(header, row, strict=True)]
    return row if len(row) > len(header) else header


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
    table: Table | None = None,
    row: list[str] | None = None,
) -> list[Figure]:
    text = block.text
    if not text.isascii():
        from ftztui.figures.chinese import chinese_figures, is_chinese

        if is_chinese(text):
            return chinese_figures(doc, section, block_no, text, base)
    mentions = scan_block(text)
    if not mentions:
        return []
    spans = sentence_spans(text)
    starts = [start for start, _end in spans]
    drafts = [
        Draft(m, spans[bisect_right(starts, m.start) - 1], unit=m.unit, kind=m.kind)
        for m in mentions
    ]
    forward = [
        forward_phrase(text, d.mention.end, d.sentence[1], plural_first=d.kind == "count")
        for d in drafts
    ]
    _relate(text, drafts, forward)
    for i, draft in enumerate(drafts):
        if not draft.label:
            m = draft.mention
            draft.label = label_of(text, drafts, i, forward[i]) or colon_label(
                text, m.start, draft.sentence[0]
            )
    if table is not None and row is not None:
        label_cells(text, drafts, table, row)
    for draft in drafts:  # "3 to 5 days": whichever of the two has a label lends it
        if draft.shares_with is not None:
            partner = drafts[draft.shares_with]
            draft.label = draft.label or partner.label
            partner.label = partner.label or draft.label
    return _to_figures(doc, section, block_no, text, drafts, base)


def _relate(text: str, drafts: list[Draft], forward: list[str]) -> None:
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
        if a.kind == "percent" and b.kind == "money" and _BRACKET.fullmatch(gap):
            b.relation, b.related_to = "conversion", i - 1  # "20% down ($90,000)": the amount
            continue
        if len(gap) < 120 and _comparing(gap) and _COMPARISON.search(gap):
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
        if not words and a.unit in (None, b.unit) and rest.strip() != ",":
            # "3 to 5 days", "between 10 and 20 percent"; not "risen to 1,450, three times ..."
            a.shares_with = i
            if a.unit is None and b.unit is not None:
                a.unit, a.kind = b.unit, b.kind
        elif forward[i] and _MODIFIERS.fullmatch(words) and _AND_OR.fullmatch(rest):
            # "523 central and 14 local ... business licenses": both are business licenses
            a.label = b.label = shared_head(forward[i])


def _comparing(gap: str) -> bool:
    """Whether `gap` has a word every gap `_COMPARISON` accepts has: substring tests are cheap."""
    return (
        "than" in gap
        or "from" in gap
        or "compared" in gap
        or "against" in gap
        or "vs" in gap
        or "versus" in gap
    )


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


def _to_figures(
    doc: str, section: Section, block_no: int, text: str, drafts: list[Draft], base: int
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
        label = label or fallback_label(d)
        if not label or d.dropped:
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
