"""Figures in Chinese text: 1.2万, 3.5亿元, 三千三百二十三家企业, 同比增长18.4%, 5.3个工作日.

Chinese writes a number, an optional scale (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²), then a unit or a
measure word and the noun it counts: 2821万件商品 is 28,210,000 of 件商品 ("pieces of goods"). So
a figure is found by its number and what follows it, and labelled in the document's words: a
count by its measure word and noun (家企业), or, with no noun after it (外资企业23家), by the
words before it in its clause; an amount, a share or a duration by the words before it (合同总金额
127亿元), with the verbs and adverbs that only lead up to the number (约, 超过, 压缩至) taken off.
A change keeps its words (同比增长18.4%: 进出口总额同比增长). Dates (2020年9月24日, 3月),
ordinals (第二), and a lone 一 (一带一路, 之一) are not figures.

Text is scanned on a copy with traditional characters made simplified and full-width digits and
signs made ASCII (one character for one), so offsets are the block's own. Labels are chosen in
chinese_labels.py; the rules real news taught (team names, ranges, old decimals) are in
chinese_rules.py.
"""

from __future__ import annotations

import re
from typing import Final

from ftztui.figures.chinese_labels import (
    _MAX_LABEL,
    _NOUN_END,
    _Found,
    _label,
    _Lazy,
    _lone_action,
    _noun_phrase,
)
from ftztui.figures.chinese_rules import (
    dotted_value,
    is_ordinal_jie,
    is_session_number,
    lower_of_range,
)
from ftztui.model import Figure, FigureKind, Section

_LATIN: Final = re.compile("[A-Za-z]")


#: Full-width digits, point, comma and percent sign → ASCII (one character each).
_WIDE: Final = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)} | {
    0xFF0E: ord("."),
    0xFF05: ord("%"),
}

_DIGIT: Final = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_DOT_DIGITS: Final = frozenset("零〇○一二三四五六七八九")
_SMALL_UNIT: Final = {"十": 10, "百": 100, "千": 1000}
_SCALES: Final = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
    "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
}  # fmt: skip

_NUMBER: Final = _Lazy(
    r"(?P<pre>人民币|百分之)?"
    r"(?:(?P<ar>\d+(?:,\d{3})*(?:\.\d+)?)[ \t]?(?P<about>[多余](?=[万亿]))?"
    r"(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?"
    r"|(?P<zh>[零〇○一二两三四五六七八九十百千万亿]+)(?:·(?P<frac>[零〇○一二三四五六七八九]+))?)"
    r"(?P<approx>多|余)?"
)

#: Units after a number: text → (unit, kind). Longest first.
_UNITS: Final[dict[str, tuple[str | None, FigureKind]]] = {
    "个百分点": ("percentage points", "percent"),
    "百分点": ("percentage points", "percent"),
    "%": ("%", "percent"),
    "元人民币": ("yuan", "money"),
    "元港币": ("HKD", "money"),
    "韩元": ("KRW", "money"),
    "韩币": ("KRW", "money"),
    "卢布": ("RUB", "money"),
    "澳元": ("AUD", "money"),
    "加元": ("CAD", "money"),
    "新台币": ("TWD", "money"),
    "人民币": ("yuan", "money"),
    "美元": ("USD", "money"),
    "欧元": ("EUR", "money"),
    "港元": ("HKD", "money"),
    "港币": ("HKD", "money"),
    "日元": ("JPY", "money"),
    "英镑": ("GBP", "money"),
    "元": ("yuan", "money"),
    "个工作日": ("days", "duration"),
    "工作日": ("days", "duration"),
    "个小时": ("hours", "duration"),
    "个多小时": ("hours", "duration"),
    "个多月": ("months", "duration"),
    "小时": ("hours", "duration"),
    "分钟": ("minutes", "duration"),
    "个月": ("months", "duration"),
    "个星期": ("weeks", "duration"),
    "周年": ("years", "duration"),
    "天": ("days", "duration"),
    "周": ("weeks", "duration"),
    "年": ("years", "duration"),
    "秒": ("seconds", "duration"),
    "平方公里": ("km²", "quantity"),
    "平方千米": ("km²", "quantity"),
    "平方米": ("m²", "quantity"),
    "公里": ("km", "quantity"),
    "千米": ("km", "quantity"),
    "公斤": ("kg", "quantity"),
    "千克": ("kg", "quantity"),
    "吨": ("tons", "quantity"),
    "千瓦时": ("kWh", "quantity"),
    "千瓦": ("kW", "quantity"),
    "标箱": ("TEU", "quantity"),
    "倍": ("times", "quantity"),
    "亩": ("mu", "quantity"),
}
_UNIT: Final = _Lazy("|".join(map(re.escape, sorted(_UNITS, key=len, reverse=True))))

#: Measure words: a number before one counts the noun after it.
_MEASURE: Final = _Lazy(
    "[家个项件辆条批列次人名位座所台套只头架艘种类户份笔单张本部场届支块间栋幢款处]"
)
#: Where a label's words stop: punctuation, brackets, and words that join or relate.
_RANK_MOVES: Final = frozenset({"上升", "下降", "前进", "后退", "提升", "跃升"})


def is_chinese(text: str) -> bool:
    """Whether a block is Chinese text: more Han characters than Latin letters."""
    from ftztui.search.chinese import han_char, has_han

    if not has_han(text):
        return False
    han = len(han_char().findall(text))
    return han >= 2 and han > len(_LATIN.findall(text))


def chinese_value(numeral: str) -> float | None:
    """三千三百二十三 → 3323, 两百 → 200, 十二 → 12, 一万二千 → 12000, 二〇二〇 → 2020."""
    if not any(c in _DIGIT or c == "十" for c in numeral):
        return None  # 万, 千万, 百: a scale or a word ("千万" = "by all means"), no number
    if all(c in _DIGIT for c in numeral):
        return float("".join(str(_DIGIT[c]) for c in numeral))
    total = section = number = 0.0
    for c in numeral:
        if c in _DIGIT:
            number = _DIGIT[c]
        elif c in _SMALL_UNIT:
            section += (number or 1) * _SMALL_UNIT[c]
            number = 0
        elif c == "万":
            total += (section + number) * 1e4
            section = number = 0
        elif c == "亿":
            total = (total + section + number) * 1e8
            section = number = 0
    return total + section + number


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: after 。！？；… (and a closing quote) or . ! ? and a space."""
    spans = []
    start = 0
    for m in re.finditer(r"[。！？；…]+[”’」』）)]*|[.!?](?=\s)", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def _is_date(text: str, m: re.Match[str], unit: str, after: int) -> bool:
    """2020年, 9月, 24日, 二〇二〇年: a date, not a duration."""
    number = m.group("ar") or m.group("zh") or ""
    if unit == "年":
        if m.group("ar"):
            return len(number) == 4 and text[after : after + 1] != "来"
        return len(number) == 4 and all(c in _DIGIT for c in number)
    return False


#: 3分 before 14秒: minutes and seconds of one time.
_MINUTES: Final = _Lazy(r"(?<!\d)(\d{1,2})分$")


def _is_idiom(text: str, start: int, end: int) -> bool:
    """一天比一天, 一年比一年: "day by day", not a duration."""
    if text[end : end + 1] != "比" and text[start - 1 : start] != "比":
        return False
    said = text[start:end]
    return (
        text[end : end + 1 + len(said)] == "比" + said
        or text[max(0, start - 1 - len(said)) : start] == said + "比"
    )


def _scan(text: str) -> list[_Found]:
    from ftztui.search.chinese import fold

    found: list[_Found] = []
    wide = fold(text).translate(_WIDE)  # 萬 → 万, ５ → 5: one character for one
    for m in _NUMBER.finditer(wide):
        start, end = m.span()
        ar, zh, frac = m.group("ar"), m.group("zh"), m.group("frac")
        dotted = f"{zh}·{frac}" if frac and all(c in _DOT_DIGITS for c in zh) else None
        if frac and not dotted:
            end = m.end("zh")  # 十·五: no decimal (its digits are not one by one)
        before = wide[start - 1 : start] if start else ""
        if before == "第" or (
            before.isascii() and before and (before.isalnum() or before in ".-/:")
        ):
            continue  # 第二 (an ordinal), a number inside a name or a code (COVID19, 5.3.2)
        if before and before in "周星初" and zh:
            continue  # 周一, 星期三, 初五
        if zh and is_session_number(wide, start, end):
            continue  # 十二届五次会议: the fifth session
        if dotted:
            if not (_UNIT.match(wide, end) or _MEASURE.match(wide, end)):
                continue  # 九·一八: a date's name, not 9.18
            value = dotted_value(dotted)
        elif ar:
            value = float(ar.replace(",", ""))
            scale = m.group("scale")
            if scale:
                value *= _SCALES[scale]
        else:
            parsed = chinese_value(lower_of_range(zh))
            if parsed is None:
                continue
            value = parsed
        rest = wide[end : end + 8]
        if rest[:1] in ("月", "日", "号", "时"):
            continue  # 9月24日, 8时: dates and times
        if rest[:1] == "." or (rest[:1].isascii() and rest[:1].isalpha()):
            continue  # 3.x, 5G, 2C: names, not figures
        pre = m.group("pre")
        unit_m = _UNIT.match(wide, end)
        if pre == "百分之":
            figure = _Found(start, end, value, "%", "percent")
        elif unit_m is not None:
            unit_text = unit_m.group(0)
            if _is_date(wide, m, unit_text, unit_m.end()) or _is_idiom(wide, start, unit_m.end()):
                continue
            if unit_text == "年" and wide[unit_m.end() : unit_m.end() + 1] == "代":
                continue  # 90年代
            if unit_text == "周" and wide[unit_m.end() : unit_m.end() + 1] == "岁":
                continue  # 四周岁: an age, not four weeks
            unit, kind = _UNITS[unit_text]
            if pre == "人民币" and kind != "money":
                start += len(pre)
            minutes = _MINUTES.search(wide, 0, start) if unit == "seconds" else None
            if minutes is not None:  # 3分14秒: one time, 194 seconds
                start, value = minutes.start(), value + 60 * float(minutes.group(1))
            figure = _Found(start, unit_m.end(), value, unit, kind)
        elif pre == "人民币":
            figure = _Found(start, end, value, "yuan", "money")
        elif _MEASURE.match(wide, end):
            if zh == "一" and not ar:
                continue  # 一个重要枢纽, 之一: "a", not a count of one
            if wide[end] == "届" and is_ordinal_jie(wide, ar or zh or "", end):
                continue  # 2015届大学生, 十二届全国人大: a class, a congress
            if wide[end] == "位" and wide[max(0, start - 2) : start] in _RANK_MOVES:
                continue  # 上升两位: places in a ranking
            figure = _Found(start, end, value, None, "count")
            measure_end = end + 1
            noun = _NOUN_END.search(wide, measure_end)
            stop = noun.start() if noun is not None else len(wide)
            phrase = _noun_phrase(text[measure_end : min(stop, measure_end + 2 * _MAX_LABEL)])
            if not phrase and wide[end] in "次个记":
                phrase = _lone_action(text[measure_end:stop])  # 8次出手, 5个抢断
            figure.after = text[end:measure_end] + phrase
        elif ar and m.group("scale") and not m.group("approx"):
            figure = _Found(start, end, value, None, "count")  # 1.2万, 3.5亿 alone
        else:
            continue
        found.append(figure)
    return found


def chinese_figures(
    doc: str, section: Section, block_no: int, text: str, base: int
) -> list[Figure]:
    """The figures of a Chinese block; `related_to` counts from `base` (figures before it)."""
    found = _scan(text)
    if not found:
        return []
    spans = sentence_spans(text)
    _label(text, found, spans)
    out = []
    for f in found:
        s, e = next(((a, b) for a, b in spans if a <= f.start < b), (0, len(text)))
        out.append(
            Figure(
                doc=doc,
                section=section.title,
                block=block_no,
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                value=f.value,
                unit=f.unit,
                kind=f.kind,
                label=f.label,
                sentence=text[s:e].strip(),
                relation=f.relation if f.related is not None else None,
                related_to=base + f.related if f.related is not None else None,
            )
        )
    return out
