"""Figures in Chinese news: what People's Daily and Sina stories showed the reader got wrong.

Each sentence is written for its test (the news corpora may not be copied); each failed
before the rule it checks.
"""

from __future__ import annotations

import pytest

from ftztui.figures.extract import figures_in_text


def _read(text: str) -> list[tuple[str, float, str | None, str, str]]:
    return [(f.text, round(f.value, 4), f.unit, f.kind, f.label) for f in figures_in_text(text)]


def test_a_team_named_by_a_number_is_not_a_count_of_people() -> None:
    story = "76人在主场击败了活塞，76人以69-47领先半场，这是76人本季第五胜，客队共有12人出场。"
    assert [f.text for f in figures_in_text(story)] == ["12"]
    assert figures_in_text("费城76人队昨晚获胜。") == []
    assert [f.value for f in figures_in_text("共有76人参加比赛。")] == [76]  # said once: a count


@pytest.mark.parametrize(
    "text",
    [
        "十二届全国人大五次会议今天开幕。",  # a congress and its session
        "生意一天比一天好。",  # "day by day"
        "九·一八事变后，他离开了东北。",  # an event's name, not 9.18
        "四周岁的孩子由母亲抚养。",  # an age, not four weeks
    ],
)
def test_ordinals_idioms_and_names_are_not_figures(text: str) -> None:
    assert figures_in_text(text) == []


def test_a_class_year_is_not_a_count() -> None:
    assert _read("2015届毕业生的就业率为91.7%。") == [
        ("91.7%", 91.7, "%", "percent", "2015届毕业生的就业率")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("班里只有一两个人报名。", 1), ("百分之八九十的方案出自他手。", 80), ("来了十二三个人。", 12)],
)
def test_neighbouring_digits_are_a_range_read_from_its_lower_end(text: str, value: float) -> None:
    assert [f.value for f in figures_in_text(text)] == [value]


def test_a_year_written_with_the_circle_zero_is_a_date() -> None:
    assert [f.text for f in figures_in_text("二○○三年，该厂产煤三千吨。")] == ["三千吨"]


def test_old_decimals_are_written_digit_by_digit_with_a_dot() -> None:
    assert _read("上月产煤六七三三·八吨，日产○·四三吨。") == [
        ("六七三三·八吨", 6733.8, "tons", "quantity", "产煤"),
        ("○·四三吨", 0.43, "tons", "quantity", "日产"),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("累计代缴税款500多万元。", ("500多万元", 5e6, "yuan", "money", "代缴税款")),
        ("日用电需求为1.25亿千瓦时。", ("1.25亿千瓦时", 1.25e8, "kWh", "quantity", "日用电需求")),
        ("每位奖金20万元港币。", ("20万元港币", 2e5, "HKD", "money", "奖金")),
        ("首尔将提供1305亿韩元。", ("1305亿韩元", 1.305e11, "KRW", "money", "提供")),
        ("经过两个多小时的努力，找到了失主。", ("两个多小时", 2, "hours", "duration", "努力")),
        ("本节还剩3分14秒，主队落后。", ("3分14秒", 194, "seconds", "duration", "本节还剩")),
    ],
)  # fmt: skip
def test_amounts_units_and_times_of_news(text: str, figure: tuple[object, ...]) -> None:
    assert _read(text) == [figure]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("接下来长达7分钟，他们没有得分。", "接下来"),  # 长达 leads up to it, not 达
        ("建一座电厂大约需要10年。", "电厂"),  # not 建一座电厂大 (of 大约)
        ("不到两个星期，贷款就到了。", "时长"),  # not 不 (of 不到): nothing names it
        ("全市担保基金额度已达3000万元。", "全市担保基金额度"),  # not 达 (after 已)
        ("2020年全国高等教育毛入学率要达到40%。", "全国高等教育毛入学率"),  # not 年…要
        ("他只交了80元的评估费。", "评估费"),  # what the amount is of
        ("老人捡到了17万元巨款。", "巨款"),
        ("在这两个因素中，气象条件不可控。", "个因素"),  # not 个因素中
        ("他命中了所有的8次出手。", "次出手"),  # not 次
        ("共有优秀科学家527人次获奖。", "优秀科学家"),  # not 人次
        ("通过30年的努力，城市面貌一新。", "努力"),  # not 通过
        ("调查显示，65%的受访者认为应当加强监管。", "受访者"),  # not 比例, nor 受访者认为
        ("仅有40%的男性会定期体检。", "男性"),  # not 男性会定期
    ],
)  # fmt: skip
def test_a_label_names_what_is_counted_not_a_word_leading_up_to_it(text: str, label: str) -> None:
    assert [f.label for f in figures_in_text(text)] == [label]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("住院费用报销比例分别达到80%和70%。", ["住院费用报销比例", "住院费用报销比例"]),
        ("销售额达20亿元至25亿元。", ["销售额", "销售额"]),
        ("销售额同比大涨11%至108.9亿欧元。", ["销售额同比大涨", "销售额"]),
        ("营业利润飙升62.1%至14.7亿欧元。", ["营业利润飙升", "营业利润"]),
        ("实行供电3天停电1天的办法。", ["实行供电", "停电"]),
        ("按照停电一天供电三天的原则。", ["停电", "供电"]),
    ],
)  # fmt: skip
def test_figures_of_one_list_or_range_share_what_they_measure(text: str, labels: list[str]) -> None:
    assert [f.label for f in figures_in_text(text)] == labels
