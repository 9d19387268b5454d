"""Labels of Chinese figures: what each number counts, in the document's words.

A count is labelled by its measure word and noun (家企业), or, with no noun after it, by the noun
phrase its clause ends with before the number; an amount, a share or a duration by the words
before it, with the verbs and adverbs that only lead up to the number (约, 超过, 压缩至) taken
off whole words (甚至 is not 甚 + 至), or by the noun right after it (17万元巨款, 交了80元的评估费).
Figures of one list or range (80%和70%, 20亿元至25亿元) share a label. Split from chinese.py,
which finds the numbers.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any, Final

from ftztui.model import FigureKind


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
    "按照",
    "根据",
    "通过",
    "经过",
    "经",
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

_FALLBACK: Final[dict[str, str]] = {
    "money": "金额", "percent": "比例", "duration": "时长", "quantity": "数量", "count": "数量",
}  # fmt: skip


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
    nominal = _NOUNISH
    if rest[:1] == "的":
        if before and before[-1] not in "了着过":
            return ""
        rest = rest[1:]
        nominal = _AFTER_DE  # 的努力, 的抗癌治疗: after 的 a verb is a noun
    stop = _NOUN_END.search(rest)
    words = _tags(rest[: stop.start() if stop is not None else len(rest)])
    run: list[tuple[str, str]] = []
    for i, (word, tag) in enumerate(words):
        if tag not in nominal or word in _PLACE_WORDS:
            break
        nextag = words[i + 1][1] if i + 1 < len(words) else ""
        acts = tag[:1] == "d" or word in _MODALS or (tag in ("v", "vd") and nextag not in _NOUNISH)
        if acts and any(t in _NOUNISH for _, t in run):
            break  # 的投资者选择…: the noun ends where what it does begins (not 旅游振兴资金)
        run.append((word, tag))
    last_noun = max((i for i, (_, tag) in enumerate(run) if tag in _NOUNISH), default=-1)
    if last_noun >= 0:  # 的受访者认为: the people, not what they think
        run = run[: last_noun + 1]
    nouns = "".join(w for w, _ in run)
    if stop is not None and stop.start() == len(nouns) and stop.group() in _NUMERALS:
        return ""  # 停电一天供电三天: 供电 is what the next number measures
    return nouns


_AFTER_DE: Final = _NOUNISH | {"v", "vd", "a", "ad", "d", "l", "i"}
_NUMERALS: Final = frozenset("0123456789零〇一二两三四五六七八九十")
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
    edges: set[int] = set()

    def edge(at: int) -> bool:
        """Whether `at` falls between two words (cut only then: 甚至 is not 甚 + 至)."""
        if not edges:  # segmenting only labels that have a word to take off
            edges.update((0, len(folded)))
            pos = 0
            for word, tag in _tags(folded):
                if tag.startswith("nr"):  # 占地约 taken for a name: its letters are no word
                    edges.update(range(pos, pos + len(word)))
                pos += len(word)
                edges.add(pos)
        return at in edges

    changed = True
    while changed and end > start:
        changed = False
        for size in range(min(_LONGEST, end - start - 1), 0, -1):  # longest first
            cut = end - size
            word = folded[cut:end]
            if word in _LEADS and edge(cut) and not (keep_change and word in ("至", "到")):
                end, changed = cut, True
                break
        for size in range(min(_LONGEST, end - start - 1), 0, -1):
            cut = start + size
            if folded[start:cut] in _OPENING and edge(cut):
                start, changed = cut, True
                break
    return start, end


_LEADS: Final = frozenset(_LEAD_IN)
_OPENING: Final = frozenset(_OPENERS)
_LONGEST: Final = max(map(len, (*_LEAD_IN, *_OPENERS)))


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
            after = "" if noun else _noun_after(text, f.end, before)
            f.label = _last_words(noun or after or before) or _FALLBACK[f.kind]
    for a, b in itertools.pairwise(figures):
        # 523项中央和14项地方涉企经营许可事项: the first one's noun is the second one's.
        if a.kind == b.kind == "count" and a.after and b.after and a.label == a.after:
            joint = text[a.end + len(a.after) : b.start]
            if joint in ("和", "与", "及", "、") and a.after[0] == b.after[0]:
                a.label = a.after + joint + b.after[1:]
