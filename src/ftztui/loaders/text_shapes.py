"""The shape of one unit of plain text (a line, or a hard-wrapped paragraph), and which units
open a section: shared by the plain-text loader and the HTML walk.

A heading is a short line without closing punctuation with a body after it; its neighbours
decide the rest (see `section_headings`). Decided on real files: the BBC news set's one-line
paragraphs (a match's kick-off lines, fixture lists, "Playing colours:" / "All black", lines
broken mid-sentence, standfirsts) and saved pages' comment timestamps are not headings; "The All
Blacks" or "WORLD OF WARCRAFT" between paragraphs are.
"""

from __future__ import annotations

import itertools
import re

CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
CLOSERS = "\"'”’»」』）)]"
_TERMINALS = ".!?。！？…"
HEADING_END = re.compile(
    rf"[.,;:!?。，；：！？…、][{re.escape(CLOSERS)}]*$|[{re.escape(CLOSERS)}]$"
)
OPENING_QUOTE = '“"‘«「『„'
LIST_ITEM = re.compile(r"^(?:[-*•·▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+(?=\S)")
# A credit's label in several languages: "Photo", "Foto", "Bild", "Bildquelle"; "Credit" takes a
# colon ("(credit/debit cards)" is none).
_CREDIT_WORD = (
    r"(?:(?:file |cover )?(?:photo|foto|image|picture|pic|video|graphic|bild)s?|bildquelle)"
)
# A stock or press photo agency, after the photographer's name or alone ("mlharing / iStock.com").
_PHOTO_AGENCY = (
    r"(?:getty ?images|istock(?:photo|\.com)?|shutterstock|imago(?: images)?"
    r"|picture[- ]alliance|adobe ?stock|unsplash|pixabay)"
)
_CREDIT = re.compile(
    rf"[(\[（【]\s*(?:(?:{_CREDIT_WORD}\s*(?:/|:|：|by\b|credit\s*[:：]?)|credits?\s*[:：])"
    r"\s*(?P<credit>[^)\]）】]{1,100}?)"
    r"|(?P<agency>(?:xinhua|afp|reuters|ap|vcg|cfp)\s*/\s*[^)\]）】]{1,60}?"
    rf"|[^()\[\]（）【】:]{{0,60}}\b{_PHOTO_AGENCY}\b[^()\[\]（）【】:]{{0,40}}?))"
    r"\s*[)\]）】](?:\s|&nbsp;)*$",
    re.IGNORECASE,
)


def ends_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark (closing quotes allowed after it)."""
    core = text.rstrip(CLOSERS)
    return bool(core) and core[-1] in _TERMINALS


def credit(text: str) -> re.Match[str] | None:
    """A photo credit at the end of `text`; only the tail is searched (credits are short)."""
    return _CREDIT.search(text, max(0, len(text) - 200))


def weight(text: str) -> int:
    """Words, counting two CJK characters as one word."""
    sample = text[:3000]
    return len(sample.split()) + len(CJK.findall(sample)) // 2


def is_prose(text: str) -> bool:
    return ends_sentence(text) or weight(text) >= 25


#: A Chinese story's byline or credit line, never its heading: "本报记者 赵永新", "新华社记者
#: 李杰" (our / Xinhua's reporter), "作者|张超 编辑|罗丽娟" (author, editor), "来源：被访者供图"
#: (source), "新浪科技 郑峻发自美国硅谷" (... reporting from Silicon Valley).
CHINESE_BYLINE = re.compile(
    r"^(?:本报|新华社|本刊)?(?:特约|实习)?(?:记者|通讯员|评论员)\s*\S"
    r"|^(?:来源|作者|编辑|责任编辑|责编|摄影|摄像|图片来源|文|图)\s*[:：|/｜]"
    r"|^\S{0,10}\s?\S{1,6}发自\S{2,12}$"
)


def is_heading_shaped(text: str) -> bool:
    if not text or weight(text) > 12 or len(text) > 100 or HEADING_END.search(text):
        return False
    if CHINESE_BYLINE.match(text) or text.endswith(("-", "–", "—")):
        return False  # a byline; a dateline on its own line ("MELBOURNE, March 3 -")
    first = text[0]
    if not any(c.isalpha() for c in text):  # "27,595", "2000 GMT" is fine
        return False
    if first in OPENING_QUOTE or LIST_ITEM.match(text) or credit(text):
        return False
    return first.isupper() or first.isdigit() or bool(CJK.match(first))


def section_headings(units: list[str], kept: list[int], one_line: list[bool]) -> set[int]:
    """The kept units that open a section. A heading is a heading-shaped line with a body after
    it, and its neighbours must not show it is something else:

    - it is one line of the file (lines joined because a sentence runs on are not a heading);
    - the unit after it is not heading-shaped and reads as its body (`_goes_on_after_heading`);
    - the line before it is not a short label ("Playing colours:" / "All black", "Maria says:"
      / "March 1, 2014 at 10:48 am": the label's value; a sentence ending with a colon may
      introduce headed parts);
    - it is not the last line of a list of short lines whose "body" is the file's last line
      (fixtures, then "Ties to be played on 19/20 February.");
    - a lone heading with no prose above it ends the story's header (a standfirst, a match's
      venue / date / kick-off lines) rather than opening a section that would hold the whole
      story: it stays a paragraph.
    """
    shaped = {i: one_line[i] and is_heading_shaped(units[i]) for i in kept}
    headings: set[int] = set()
    for n, (i, nxt) in enumerate(itertools.pairwise(kept)):
        if not shaped[i] or shaped[nxt] or not _goes_on_after_heading(units[nxt]):
            continue
        if n > 0 and (_is_label(units[kept[n - 1]]) or shaped[kept[n - 1]]):
            continue
        headings.add(i)
    if len(headings) == 1:
        (only,) = headings
        if not any(is_prose(units[k]) for k in kept if k < only):
            return set()
    return headings


def _is_label(text: str) -> bool:
    return text.endswith((":", "：")) and weight(text) <= 6


def _goes_on_after_heading(text: str) -> bool:
    """What follows a heading: prose or a caption, not a list (a line leading into a list is
    its introduction) and not a sentence going on (a line broken mid-sentence: the next one
    starts in lower case or with the comma or full stop of the sentence it breaks)."""
    if text[:1].islower() or text[:1] in _GOES_ON or LIST_ITEM.match(text):
        return False
    return is_prose(text) or bool(credit(text))


#: Punctuation a line can only start with when it goes on with the sentence before it.
_GOES_ON = ",.;:)]}，。；：、）"


#: A Chinese numbered section heading: 第三章 总则, 第二节, 一、国际物流分拨, （二）营商环境. The
#: groups say its rank: `part` a chapter or a part (第三章, 第二部分), `section` (第二节), `sub` a
#: bracketed number; none, a "一、" heading.
CHINESE_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|(?P<sub>[（(][一二三四五六七八九十]+[）)])"
    r"|第[一二三四五六七八九十百\d]+(?:(?P<part>[章部篇]|部分)|(?P<section>节)))"
)


def chinese_rank(numbered: re.Match[str]) -> int:
    """The depth a `CHINESE_NUMBERED_HEADING` match ranks at, from 1: 第一章 above 第一节,
    above 一、, above （一）."""
    if numbered.group("part"):
        return 1
    if numbered.group("section"):
        return 2
    return 4 if numbered.group("sub") else 3
