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
signs made ASCII (one character for one), so offsets are the block's own.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any, Final

from ftztui.figures.chinese_rules import (
    dotted_value,
    is_ordinal_jie,
    is_session_number,
    lower_of_range,
)
from ftztui.model import Figure, FigureKind, Section

_LATIN: Final = re.compile("[A-Za-z]")


class _Lazy:
    """A pattern compiled on first use: classes of CJK characters take `re` milliseconds to
    compile, which an English library, whose blocks never come here, must not pay at import."""

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return getattr(self._compiled, name)


#: Full-width digits, point, comma and percent sign → ASCII (one character each).
_WIDE: Final = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)} | {
    0xFF0E: ord("."),
    0xFF05: ord("%"),
}

_DIGIT: Final = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNIT: Final = {"十": 10, "百": 100, "千": 1000}
_SCALES: Final = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
    "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
}  # fmt: skip

_NUMBER: Final = _Lazy(
    r"(?P<pre>人民币|百分之)?"
    r"(?:(?P<ar>\d+(?:,\d{3})*(?:\.\d+)?)[ \t]?(?P<about>[多余](?=[万亿]))?"
    r"(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?"
    r"|(?P<dotted>[零〇○一二三四五六七八九]+·[零〇○一二三四五六七八九]+)"
    r"|(?P<zh>[零〇一二两三四五六七八九十百千万亿]+))"
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
_CLAUSE_END: Final = _Lazy(r"[，。；：、！？…,;:!?“”\"「」『』（）()\[\]【】《》\s]")
_NOUN_END: Final = _Lazy(
    r"[\d零〇一二两三四五六七八九十，。；：、！？…,;:!?“”\"「」『』（）()\[\]【】《》\s的和与及或被在于是将已]"
)
#: Words before a number that only lead up to it, taken off the end of a label.
_LEAD_IN: Final = tuple(sorted((
    "压缩至", "压缩到", "缩短至", "缩短到", "减少至", "降至", "增至", "提高至", "提升至",
    "超过", "达到", "高达", "约为", "突破", "不足", "不到", "仅为", "只有", "共计", "合计",
    "总计", "累计", "约", "近", "逾", "达", "为", "是", "至", "到", "共", "仅", "的", "有",
    "压缩", "缩短", "首次", "只需要", "需要", "只需", "不超过", "由原来的", "由", "从", "预计",
    "大约", "长达", "多达", "已经", "已", "分别", "要", "将", "还", "都", "也", "就", "才", "只",
    "甚至", "仍", "不少于", "不低于",
), key=len, reverse=True))  # fmt: skip
#: Lead-ins that can stand as a label on their own (预计三年内建成: what is expected).
_VERB_LABELS: Final = frozenset(
    {"预计", "需要", "只需要", "只需", "累计", "合计", "共计", "总计", "压缩", "缩短"}
)
#: 2020年, 截至6月30日: a date opening the clause says when, not what.
_DATE_START: Final = _Lazy(
    r"(?:截至|截止|到)?(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:底|末|初|以来)?"
)
#: Words that start a clause without naming anything, taken off the start of a label.
_OPENERS: Final = (
    "但是",
    "但",
    "预计",
    "其中",
    "此外",
    "目前",
    "今年",
    "去年",
    "全年",
    "同时",
    "分别",
    "约",
    "甚至",
    "并且",
    "而且",
    "因为",
    "由于",
    "如果",
    "并",
    "而",
    "就",
    "在",
    "以",
    "按",
    "的",
    "这",
)
#: A label is cut after the last of these: what comes before them is the clause's subject.
_LEAD_IN_SET: Final = (frozenset(_LEAD_IN) | frozenset(_OPENERS)) - _VERB_LABELS
_CUT_AFTER: Final = _Lazy(r".*(?:已经|已|将|并|累计|共|向|把|被|对)")
_COMPARING: Final = _Lazy(r"^(?:(?:明显|略|远)?(?:低于|高于|多于|少于|超过|快于|慢于)|比|较)")
_CHANGED_TO: Final = _Lazy(
    r"[ \t]*(?:缩短|压缩|减少|下降|降低|降|增加|增长|提高|提升|上升|扩大|增)"
    r"(?:了)?(?:到|至|为)[ \t]*"
)
_CONVERSION: Final = _Lazy(r"[ \t]*[（(][ \t]*(?:约合|约|合|折合|相当于)?[ \t]*")
_MAX_LABEL: Final = 12
_RANK_MOVES: Final = frozenset({"上升", "下降", "前进", "后退", "提升", "跃升"})

_FALLBACK: Final[dict[str, str]] = {
    "money": "金额", "percent": "比例", "duration": "时长", "quantity": "数量", "count": "数量",
}  # fmt: skip


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


class _Found:
    __slots__ = (
        "after", "before", "end", "kind", "label", "related", "relation", "start", "unit", "value",
    )  # fmt: skip

    def __init__(
        self, start: int, end: int, value: float, unit: str | None, kind: FigureKind
    ) -> None:
        self.start, self.end, self.value, self.unit, self.kind = start, end, value, unit, kind
        self.label = ""
        self.before = self.after = ""
        self.relation: str | None = None
        self.related: int | None = None


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
        ar, zh, dotted = m.group("ar"), m.group("zh"), m.group("dotted")
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


#: Parts of speech (jieba's tags) of the words a noun phrase is made of.
_NOUNISH: Final = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "j", "an"})
_PROPER: Final = frozenset({"ns", "nr", "nt", "nrt", "nrfg"})
_MODIFIER: Final = frozenset({"a", "b", "f", "s", "q", "eng", "l", "i", "x"})


def _tags(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) of `text` as jieba tags it (in simplified characters)."""
    return list(_tagged(text))


@lru_cache(maxsize=8192)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    from ftztui.search.chinese import fold, segmenter

    folded = fold(text)
    out, at = [], 0
    for word, tag in segmenter().tag(folded, False):
        out.append((text[at : at + len(word)], tag))
        at += len(word)
    return tuple(out)


def _noun_phrase(text: str) -> str:
    """The noun phrase `text` starts with (after a measure word): 进口保时捷 of 进口保时捷运抵…;
    a verb is part of it only when a noun follows (海关监管创新措施)."""
    words = _tags(text)
    kept = 0
    for i, (_, tag) in enumerate(words):
        nextag = words[i + 1][1] if i + 1 < len(words) else ""
        if tag in _NOUNISH or tag in _MODIFIER:
            kept = i + 1
        elif tag.startswith("v") and nextag in _NOUNISH and nextag not in _PROPER:
            continue  # 创新措施; not 运抵西永 (a verb before a name is what was done)
        elif kept or tag not in ("d", "q", "m"):
            break
    while kept and (words[kept - 1][1] in ("f", "s") or words[kept - 1][0] in _PLACE_WORDS):
        kept -= 1  # 因素中, 门店里: where, not what
    return "".join(w for w, _ in words[:kept])[: _MAX_LABEL * 2]


_PLACE_WORDS: Final = frozenset(
    {"内", "里", "中", "前", "后", "上", "下", "以内", "以上", "以下", "左右", "之内", "之间"}
)


def _lone_action(text: str) -> str:
    """出手 of 8次出手: a verb alone after 次 or 个, up to the clause's end, is what is counted."""
    words = _tags(text)
    return text if len(words) == 1 and words[0][1][:1] == "v" else ""


def _noun_after(text: str, at: int, before: str) -> str:
    """评估费 of 只交了80元的评估费, 巨款 of 17万元巨款: the noun an amount or a time is of,
    when it follows the figure at once, or after 的 when the words before end in what was done
    (交了, 装着) rather than in what is measured (停电1天的办法: 停电)."""
    rest = text[at : at + 2 * _MAX_LABEL]
    if rest[:1] == "的":
        if before and before[-1] not in "了着过":
            return ""
        rest = rest[1:]
    stop = _NOUN_END.search(rest)
    words = _tags(rest[: stop.start() if stop is not None else len(rest)])
    nouns = list(
        itertools.takewhile(lambda w: w[1] in _NOUNISH and w[0] not in _PLACE_WORDS, words)
    )
    return "".join(w for w, _ in nouns)


_MODALS: Final = frozenset({"要", "将", "会", "能", "可", "可以", "应", "应该"})
_CHANGE_VERBS: Final = frozenset(
    {"增加", "增长", "减少", "下降", "提高", "降低", "上升", "扩大", "达", "达到", "突破", "超过"}
)


def _noun_phrase_before(text: str) -> str:
    """The noun phrase `text` ends with (新注册企业 of 九龙坡片区今年新注册企业), or "" when it
    does not end with a noun."""
    from ftztui.search.chinese import fold

    words = _tags(text)
    while words and (
        words[-1][1][:1] in ("d", "u", "p")
        or fold(words[-1][0]) in _CHANGE_VERBS
        or fold(words[-1][0]) in _MODALS
    ):
        words.pop()  # 车辆增加, 交易额达: the words after the noun lead up to the number
    if not words or words[-1][1] not in _NOUNISH:
        return ""
    first = len(words) - 1
    for i in range(len(words) - 2, -1, -1):
        tag, nextag = words[i][1], words[i + 1][1]
        joins = tag.startswith("v") and nextag in _NOUNISH  # 注册企业
        if tag in _NOUNISH or tag in ("a", "b", "f", "eng", "j", "ns", "nz") or joins:
            first = i
        else:
            break
    return "".join(w for w, _ in words[first:])


def _last_words(label: str) -> str:
    """At most `_MAX_LABEL` characters from the end of `label`, cut between words."""
    if len(label) <= _MAX_LABEL:
        return label
    kept = ""
    for word, _ in reversed(_tags(label)):
        if len(kept) + len(word) > _MAX_LABEL:
            break
        kept = word + kept
    return kept or label[-_MAX_LABEL:]


def _before(text: str, at: int, floor: int) -> str:
    """The words of the clause before `at` (a bracketed aside just before it skipped)."""
    end = at
    while end > floor and text[end - 1] in "）)":
        opened = max(text.rfind("（", floor, end), text.rfind("(", floor, end))
        if opened < 0:
            break
        end = opened
    clause: str = _CLAUSE_END.split(text[floor:end])[-1]
    return clause


def _tidy(label: str, *, keep_change: bool) -> str:
    """`label` without the words that lead up to a number (约, 超过, 压缩至) at its end or open a
    clause (其中, 今年, 2020年) at its start, taken off whole words only (甚至 is not 甚 + 至);
    "" when nothing but such words is left. Compared in simplified characters, cut in the
    original."""
    from ftztui.search.chinese import fold

    folded = fold(label)
    cut = _CUT_AFTER.match(folded)
    start, end = (
        (cut.end(), len(folded))
        if cut is not None and cut.end() < len(folded) and _tidied(folded, cut.end(), keep_change)
        else (0, len(folded))
    )  # 担保基金额度已达: not 达 alone
    date = _DATE_START.match(folded, start, end)
    if date is not None and start < date.end() < end:
        start = date.end()
    start, end = _strip(folded, start, end, keep_change)
    return label[start:end] if folded[start:end] not in _LEAD_IN_SET else ""


def _tidied(folded: str, start: int, keep_change: bool) -> bool:
    """Whether `folded[start:]` keeps more than lead-in words once they are taken off."""
    a, b = _strip(folded, start, len(folded), keep_change)
    return folded[a:b] not in _LEAD_IN_SET


def _strip(folded: str, start: int, end: int, keep_change: bool) -> tuple[int, int]:
    bounds = {0, len(folded)}
    at = 0
    for word, tag in _tags(folded):
        if tag.startswith("nr"):  # 占地约 taken for a name: its letters are no word
            bounds.update(range(at, at + len(word)))
        at += len(word)
        bounds.add(at)
    changed = True
    while changed and end > start:
        changed = False
        for word in _LEAD_IN:
            cut = end - len(word)
            if folded.endswith(word, start, end) and cut > start and cut in bounds:
                if keep_change and word in ("至", "到"):
                    continue
                end = cut
                changed = True
        for word in _OPENERS:
            cut = start + len(word)
            if folded.startswith(word, start, end) and end > cut and cut in bounds:
                start = cut
                changed = True
    return start, end


#: Between two figures of one list or range: 80%和70%, 100元至1000元, 15%-20%.
_ALONG: Final = _Lazy(r"[ \t]*(?:和|与|及|或|、|至|到|-|~|～|—)[ \t]*")
_CHANGE_TAIL: Final = _Lazy(
    r"(?:同比|环比)?[大小]?(?:上涨|增长|下降|下跌|增加|减少|上升|提高|降低|飙升|激增|暴涨|猛增|下滑"
    r"|回落|上调|下调|涨|跌|增|降)(?:了)?$"
)
_MEASURE_ONLY: Final = _Lazy(
    "[家个项件辆条批列次人名位座所台套只头架艘种类户份笔单张本部场届支块间栋幢款处]*"
)


def _along(f: _Found, previous: _Found) -> bool:
    """Label `f`, which follows `previous` in a list or a range, as `previous` is labelled;
    false when its own words name it (8次投篮和3次罚球)."""
    if f.kind == "count" and len(f.after) > 1:
        return False
    if f.kind == previous.kind:
        f.label = previous.label
        return True
    level = _CHANGE_TAIL.sub("", previous.label)  # 销售额同比上涨26.8%至64亿欧元: 销售额
    if level and level != previous.label and previous.kind == "percent":
        f.label = level
        return True
    return False


def _label(text: str, figures: list[_Found], spans: list[tuple[int, int]]) -> None:
    for i, f in enumerate(figures):
        floor = next((s for s, e in spans if s <= f.start < e), 0)
        previous = figures[i - 1] if i else None
        if previous is not None and previous.end > floor:
            floor = previous.end
        gap = text[floor : f.start]
        if previous is not None and floor == previous.end:
            if _CONVERSION.fullmatch(gap) and previous.kind == f.kind == "money":
                f.relation, f.related, f.label = "conversion", i - 1, previous.label
                continue
            if _CHANGED_TO.fullmatch(gap) and previous.kind == f.kind:
                f.relation, f.related, f.label = "comparison", i - 1, previous.label
                continue  # 由三天缩短到十二小时: what changed is what the first one measured
            if _COMPARING.match(gap.lstrip("，, ")):
                f.relation, f.related = "comparison", i - 1
                against = _tidy(_COMPARING.sub("", gap.lstrip("，, ")), keep_change=False)
                f.label = against or previous.label
                continue
            if _ALONG.fullmatch(gap) and _along(f, previous):
                continue
        before = _tidy(_before(text, f.start, floor), keep_change=f.kind == "percent")
        noun = _noun_phrase_before(before) if f.kind != "percent" and before else ""
        if f.kind == "count":
            # 527人次: measure words alone (人次) name no noun; the words before do.
            named = f.after if not _MEASURE_ONLY.fullmatch(f.after) else noun
            f.label = _last_words(named) or f.after or _FALLBACK[f.kind]
        elif f.kind == "percent":
            f.label = _last_words(before or _noun_after(text, f.end, before)) or _FALLBACK[f.kind]
        else:
            after = "" if noun else _noun_after(text, f.end, _before(text, f.start, floor))
            f.label = _last_words(noun or after or before) or _FALLBACK[f.kind]
    for a, b in itertools.pairwise(figures):
        # 523项中央和14项地方涉企经营许可事项: the first one's noun is the second one's.
        if a.kind == b.kind == "count" and a.after and b.after and a.label == a.after:
            joint = text[a.end + len(a.after) : b.start]
            if joint in ("和", "与", "及", "、") and a.after[0] == b.after[0]:
                a.label = a.after + joint + b.after[1:]


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
