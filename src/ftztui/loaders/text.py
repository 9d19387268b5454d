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

import itertools
import re
from dataclasses import dataclass

from ftztui.loaders.boilerplate import (
    LineInfo,
    classify_line,
    find_source,
    reads_as_dateline,
    site_title_line,
)
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.clean import tidy_prose
from ftztui.loaders.dates import find_date
from ftztui.model import Block, Document

_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_CLOSERS = "\"'”’»」』）)]"
_TERMINALS = ".!?。！？…"
_HEADING_END = re.compile(
    rf"[.,;:!?。，；：！？…、][{re.escape(_CLOSERS)}]*$|[{re.escape(_CLOSERS)}]$"
)
#: A Chinese numbered section heading: 一、国际物流分拨, （二）营商环境, 第三章 总则.
_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节部分篇])"
)
_OPENING_QUOTE = '“"‘«「『„'
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|«[^»]*»|„[^“”]*[“”]")
_ATTRIBUTION = re.compile(
    r"\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|adds|noted|stressed|told|explained"
    r"|according to)\b|\s*[A-Z][\w.'’ -]{1,60}?\s+(?:said|says|added|noted|told)\b"
)
_LIST_ITEM = re.compile(r"^(?:[-*•·▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+(?=\S)")
_CREDIT = re.compile(
    r"[(\[（【]\s*(?:(?:file |cover )?(?:photo|image|picture|pic|video|graphic)s?"
    r"\s*(?:/|:|：|by\b|credit\s*[:：]?)\s*(?P<credit>[^)\]）】]{1,100}?)"
    r"|(?P<agency>(?:xinhua|afp|reuters|ap|vcg|cfp)\s*/\s*[^)\]）】]{1,60}?))"
    r"\s*[)\]）】]\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,3})"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .]{1,30})\))?"
    r"\s*(?:-{1,2}|–|—)\s+(?=[\w“\"‘])"
)


def _ends_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark (closing quotes allowed after it)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINALS


def _credit(text: str) -> re.Match[str] | None:
    """A photo credit at the end of `text`; only the tail is searched (credits are short)."""
    return _CREDIT.search(text, max(0, len(text) - 200))


@dataclass(frozen=True)
class _Meta:
    source: str | None
    date: str | None


def load_text(text: str, *, doc_id: str, fallback_title: str, path: str | None) -> Document:
    """A `Document` from decoded, cleaned text."""
    units = _units(text)
    infos = [classify_line(u) for u in units]
    if units:
        infos[0] = site_title_line(units[0]) or infos[0]
    start = _body_start(units, infos)
    title_at = _title_index(units, infos, start)
    start = _early_start(units, infos, title_at, start)
    end = _body_end(units, infos, start)
    # Metadata lines before, inside (a "Source:" line after the last paragraph) and after it.
    meta = _header_meta(units[:end], infos[:end], units[end:], infos[end:])
    title = units[title_at] if title_at is not None else None
    body = [u for u, info in zip(units[start:end], infos[start:end], strict=False) if info is None]
    builder = DocumentBuilder()
    dateline, agency = None, None
    first = next((i for i, u in enumerate(body) if not _credit(u)), None)
    if first is not None:
        body[first], dateline, agency = strip_dateline(body[first])
    _add_body(builder, body)
    return builder.build(
        doc_id=doc_id,
        title=title or fallback_title,
        source=meta.source or agency,
        date=meta.date,
        dateline=dateline,
        path=path,
        format="text",
    )


# -- units ---------------------------------------------------------------------------------


def _units(text: str) -> list[str]:
    """Paragraph candidates: lines, or blank-separated chunks when the text is hard-wrapped."""
    lines = [tidy_prose(line) for line in text.split("\n")]
    if not _hard_wrapped(lines):
        return [line for line in lines if line]
    units: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line and not (_LIST_ITEM.match(line) and current):
            current.append(line)
            continue
        if current:
            units.append(" ".join(current))
        current = [line] if line else []
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """Paragraphs wrapped at a fixed width: long lines continued by the next line, mostly
    broken mid-sentence (a page saved one paragraph per line ends its lines with a full stop)."""
    lengths = [len(line) for line in lines]
    if not lengths or max(lengths) > 120:
        return False
    continued = [a for a, b in itertools.pairwise(lines) if len(a) >= 50 and b]
    mid_sentence = [a for a in continued if not _ends_sentence(a)]
    return len(continued) >= 3 and len(mid_sentence) * 2 >= len(continued)


def _weight(text: str) -> int:
    """Words, counting two CJK characters as one word."""
    sample = text[:3000]
    return len(sample.split()) + len(_CJK.findall(sample)) // 2


def _is_prose(text: str) -> bool:
    return _ends_sentence(text) or _weight(text) >= 25


def _starts_body(text: str, info: LineInfo | None) -> bool:
    if info is not None or _credit(text):
        return False
    weight = _weight(text)
    ends_plainly = _ends_sentence(text) and text.rstrip(_CLOSERS)[-1:] not in "?!"
    return (ends_plainly and weight >= 8) or weight >= 20


def _body_start(units: list[str], infos: list[LineInfo | None]) -> int:
    for i, (unit, info) in enumerate(zip(units, infos, strict=False)):
        if _starts_body(unit, info):
            return i
    # No prose at all (a list, a poem): a title-shaped first line is still the title.
    return 1 if len(units) > 1 and _is_title_shaped(units[0]) else 0


def _body_end(units: list[str], infos: list[LineInfo | None], start: int) -> int:
    end = len(units)
    for i in range(start, len(units)):
        info = infos[i]
        if info is not None and info.kind == "ends_article":
            end = i
            break
    # Slogans, a dangling heading or a list of headlines after the last paragraph are not prose;
    # but a text with no prose at all (a list, a poem, a log) is kept whole.
    last = end
    while last > start and not _keeps_article_end(units[last - 1], infos[last - 1]):
        last -= 1
    return last if last > start else end


def _keeps_article_end(unit: str, info: LineInfo | None) -> bool:
    if info is not None:
        return False
    return _is_prose(unit) or bool(_credit(unit)) or bool(_LIST_ITEM.match(unit))


# -- metadata ------------------------------------------------------------------------------


def _is_title_shaped(text: str) -> bool:
    weight = _weight(text)
    return 2 <= weight <= 30 and not text.endswith(".") and not _credit(text)


def _title_index(units: list[str], infos: list[LineInfo | None], start: int) -> int | None:
    """The last title-shaped line before the body: of three words or more if there is one,
    and a headline rather than a byline or dateline ("Health Desk, 14 August") if there is one
    (the headline usually comes first, the dateline right before the article)."""
    candidates = [
        i
        for i in range(start)
        if infos[i] is None and _is_title_shaped(units[i]) and not _NUMBERED_HEADING.match(units[i])
    ]
    longer = [i for i in candidates if _weight(units[i]) >= 3]
    headlines = [i for i in longer if not reads_as_dateline(units[i])]
    chosen = headlines or longer or candidates
    return chosen[-1] if chosen else None


def _early_start(
    units: list[str], infos: list[LineInfo | None], title_at: int | None, start: int
) -> int:
    """A short first paragraph or a caption right after the title belongs to the body even
    though it is too short to have started it."""
    if title_at is None:
        return start
    for i in range(title_at + 1, start):
        if infos[i] is None and (_ends_sentence(units[i]) or _credit(units[i])):
            return i
        if infos[i] is None and _NUMBERED_HEADING.match(units[i]):
            return i  # the first section's heading (一、…) opens the body
    return start


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
        date = date or info.date or (find_date(unit) if _weight(unit) <= 14 else None)
    return _Meta(source, date)


def strip_dateline(first: str) -> tuple[str, str | None, str | None]:
    """("Over the past...", "Chongqing", None) from "Chongqing- Over the past..."."""
    match = _DATELINE.match(first)
    if match is None:
        return first, None, None
    return first[match.end() :], match.group("place"), match.group("agency")


# -- body ----------------------------------------------------------------------------------


def is_heading_shaped(text: str) -> bool:
    if not text or _weight(text) > 12 or len(text) > 100 or _HEADING_END.search(text):
        return False
    first = text[0]
    if first in _OPENING_QUOTE or _LIST_ITEM.match(text) or _credit(text):
        return False
    return first.isupper() or first.isdigit() or bool(_CJK.match(first))


def _add_body(builder: DocumentBuilder, body: list[str]) -> None:
    shaped = [is_heading_shaped(unit) for unit in body] + [True]
    for i, unit in enumerate(body):
        # A heading needs a body after it: the next unit exists and is not heading-shaped.
        if shaped[i] and i + 1 < len(body) and not shaped[i + 1]:
            builder.heading(unit, level=2)
        else:
            add_unit(builder, unit)


def split_credit(text: str) -> tuple[str, str | None]:
    """("Caption text", "Xinhua") from "Caption text (Photo/ Xinhua)"; (text, None) if no credit."""
    credit = _credit(text)
    if credit is None:
        return text, None
    who = credit.group("credit") or credit.group("agency")
    return text[: credit.start()].rstrip(), who.strip()


_CREDIT_LABEL = re.compile(
    r"^[(\[]?\s*(?:photo|image|picture|pic)s?\s*(?:/|:|：|by\b|credit\s*[:：]?)\s*", re.IGNORECASE
)


def tidy_credit(credit: str) -> str:
    """ "Xinhua" from "Photo/Xinhua" or "(Photo: Xinhua)"."""
    return _CREDIT_LABEL.sub("", credit).strip().strip("()[]").strip()


def add_unit(builder: DocumentBuilder, unit: str) -> None:
    """Add one paragraph-like unit as the block it reads as: caption, list item, quote..."""
    text, who = split_credit(unit)
    if who is not None:
        if text:
            builder.block("caption", text, credit=who)
        else:
            _credit_previous(builder, who)
        return
    item = _LIST_ITEM.match(unit)
    if item:
        builder.block("list_item", unit[item.end() :])
    elif _is_quote(unit):
        builder.block("quote", unit)
    else:
        builder.block("paragraph", unit)


def _credit_previous(builder: DocumentBuilder, who: str) -> None:
    """A credit on a line of its own ("(Photo/ Xinhua)") belongs to the line before it."""
    last = builder.last_block()
    if last is not None and last.kind == "paragraph" and _weight(last.text) <= 60:
        builder.replace_last_block(Block("caption", last.text, who.strip()))


def _is_quote(text: str) -> bool:
    """A paragraph that is a quotation: it opens with one, and is mostly quoted or goes on
    to say who said it ("“...,” said Liu.")."""
    if not text or text[0] not in _OPENING_QUOTE:
        return False
    first = _QUOTED.match(text)
    if first and _ATTRIBUTION.match(text, first.end()):
        return True
    quoted = sum(len(m) for m in _QUOTED.findall(text))
    return quoted >= 0.5 * len(text)
