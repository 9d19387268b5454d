"""Figures in Chinese text: scales, numerals, currencies, percentages, durations, labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftztui.figures import extract_figures
from ftztui.figures.chinese import chinese_value, is_chinese, sentence_spans
from ftztui.figures.extract import figures_in_text
from ftztui.loaders import load_document


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三千三百二十三", 3323),
        ("两百", 200),
        ("十二", 12),
        ("十", 10),
        ("一百四十四", 144),
        ("八十二", 82),
        ("二十", 20),
        ("一万二千", 12000),
        ("三万亿", 3e12),
        ("一亿二千万", 1.2e8),
        ("四十二万", 420000),
        ("二〇二〇", 2020),
        ("七", 7),
    ],
)
def test_chinese_numerals(numeral: str, value: float) -> None:
    assert chinese_value(numeral) == value


@pytest.mark.parametrize("word", ["万", "千万", "百", "亿"])
def test_a_scale_alone_is_not_a_number(word: str) -> None:
    assert chinese_value(word) is None


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "kind", "label"),
    [
        ("该片区注册企业超过1.2万家。", "1.2万", 12000, None, "count", "片区注册企业"),
        ("项目总投资3.5亿元。", "3.5亿元", 3.5e8, "yuan", "money", "项目总投资"),
        ("外贸进出口总值首次突破40万亿元。", "40万亿元", 4e13, "yuan", "money", "外贸进出口总值"),
        ("新注册企业三千三百二十三家。", "三千三百二十三", 3323, None, "count", "新注册企业"),
        ("已入驻两百家企业。", "两百", 200, None, "count", "家企业"),
        ("开行十二条东南亚冷链班列线路。", "十二", 12, None, "count", "条东南亚冷链班列线路"),
        ("处理邮件2821万件邮件。", "2821万", 2.821e7, None, "count", "件邮件"),
        ("实际使用外资18.5亿美元。", "18.5亿美元", 1.85e9, "USD", "money", "实际使用外资"),
        ("总投资人民币35亿元。", "人民币35亿元", 3.5e9, "yuan", "money", "总投资"),
        ("进出口总额同比增长18.4%。", "18.4%", 18.4, "%", "percent", "进出口总额同比增长"),
        ("交易额环比下降3.2％。", "3.2％", 3.2, "%", "percent", "交易额环比下降"),
        ("占比提高1.8个百分点。", "1.8个百分点", 1.8, "percentage points", "percent", "占比提高"),
        ("年均增长百分之九。", "百分之九", 9, "%", "percent", "年均增长"),
        ("办理时限压缩至5.3个工作日。", "5.3个工作日", 5.3, "days", "duration", "办理时限"),
        ("通关时间压缩至36小时以内。", "36小时", 36, "hours", "duration", "通关时间"),
        ("预计三年内建成。", "三年", 3, "years", "duration", "预计"),
        ("四年来，试验区成效显著。", "四年", 4, "years", "duration", "时长"),
        ("实施范围约119.98平方公里。", "119.98平方公里", 119.98, "km²", "quantity", "实施范围"),
        ("企业数量达到１２３４家。", "１２３４", 1234, None, "count", "企业数量"),
        ("該平台交易額達到三億元。", "三億元", 3e8, "yuan", "money", "平台交易額"),
    ],
)  # fmt: skip
def test_chinese_figures(
    text: str, figure: str, value: float, unit: str | None, kind: str, label: str
) -> None:
    found = {f.text: f for f in figures_in_text(text)}
    assert figure in found, [f.text for f in found.values()]
    f = found[figure]
    assert (f.value, f.unit, f.kind, f.label) == (pytest.approx(value), unit, kind, label)


@pytest.mark.parametrize(
    "text",
    [
        "2020年9月24日，八十二辆进口保时捷运抵西永综合保税区。",  # the date; 82 is a figure
        "2021年3月31日，重庆海关在新闻发布会上介绍了有关情况。",
        "重庆是国家中心城市之一，也是一带一路和长江经济带的重要联结点。",
        "九龙坡片区居全市第二，外资企业居全市第一。",
        "该市排名全国第四，比去年上升两位。",
        "我们在2019年9月搬到了新办公楼，90年代的老楼已拆除。",
        "重庆赋予它重要枢纽的定位，是一个重要支点。",
    ],
)
def test_dates_ordinals_and_words_are_not_figures(text: str) -> None:
    found = [f.text for f in figures_in_text(text)]
    assert found == (["八十二"] if "保时捷" in text else [])


def test_a_conversion_in_brackets_shares_the_label() -> None:
    figures = figures_in_text("货值8.5亿元（约1.39亿美元）。")
    assert [(f.text, f.label, f.relation, f.related_to) for f in figures] == [
        ("8.5亿元", "货值", None, None),
        ("1.39亿美元", "货值", "conversion", 0),
    ]


def test_a_comparison_names_what_it_compares_with() -> None:
    figures = figures_in_text("出口业务办理时限压缩至5.3个工作日，低于全国平均的十个工作日。")
    assert [(f.value, f.label, f.relation) for f in figures] == [
        (5.3, "出口业务办理时限", None),
        (10, "全国平均", "comparison"),
    ]


def test_coordinated_counts_share_their_noun() -> None:
    figures = figures_in_text("523项中央和14项地方涉企经营许可事项实行清单管理。")
    assert [f.label for f in figures] == ["项中央和地方涉企经营许可事项", "项地方涉企经营许可事项"]


def test_sentences_end_at_chinese_punctuation() -> None:
    text = "第一句。第二句！第三句？“第四句。”第五句"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "第一句。", "第二句！", "第三句？", "“第四句。”", "第五句",
    ]  # fmt: skip
    figure = figures_in_text("全年开行6800列。同比增长21%。")[1]
    assert figure.sentence == "同比增长21%。"


def test_english_blocks_take_the_english_path() -> None:
    assert not is_chinese("The zone (自贸区) opened in 2017 with 119.98 square kilometres.")
    assert is_chinese("自贸区 FTZ 开放")


def test_the_bundled_note_reads_like_the_english_article() -> None:
    figures = extract_figures(load_document("corpus/chongqing-ftz-note-zh.txt"))
    by_value = {f.value: f for f in figures}
    # The figures the English article reports, read from the Chinese note.
    for value in (76, 12, 5050, 2.821e7, 8.5e8, 1.39e8, 82, 41, 523, 14, 5.3, 3323, 23.1, 35.9):
        assert value in by_value, value
    assert by_value[82].label == "辆进口保时捷"
    assert by_value[8.5e8].unit == "yuan"
    assert 2020 not in by_value and 24 not in by_value  # 2020年9月24日


_PIECES = st.sampled_from(
    [
        "三千三百二十三家企业", "1.2万", "3.5亿元", "同比增长18.4%", "５．３个工作日",
        "2020年9月24日",
        "（约1.39亿美元）", "，", "。", "第二", "两百辆", "百分之九", "万亿元", "企业", "和",
        "重慶", "十二条线路", "ＦＴＺ", "36小时", "2.3个百分点", " ",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=20).map("".join))
def test_figure_offsets_slice_to_their_text(text: str) -> None:
    for f in figures_in_text(text):
        assert text[f.start : f.end] == f.text
        assert f.text and f.label
        assert f.related_to is None or 0 <= f.related_to < len(figures_in_text(text))
