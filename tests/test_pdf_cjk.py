"""Chinese PDFs: wrapped lines joined without spaces, short lines kept apart, numbered headings
as sections, a sentence carried over a page break joined, and search finding a word that a line
break cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.loaders.clean import clean_text
from tests.format_files import chinese_pdf
from tests.helpers import run_cli

# 37 full-width characters fill one line of the test PDFs (451 pt at 12 pt a character).
LINE = 37
HEADING = "一、总体要求"
# 2.5 lines; "保税区" straddles the first line break (characters 35 to 37)
BODY = (
    "重庆市自由贸易试验区实施范围约一百二十平方公里，包括两江片区和西永综合"
    "保税区，国务院赋予它连接一带一路和长江经济带的重要枢纽和西部大开发战略"
    "重要支点的定位，行之有效的做法再向全国复制推广。"
)


def sections(path: Path) -> list[tuple[str | None, list[str]]]:
    """Each section's title and its blocks' text."""
    return [(s.title, [b.text for b in s.blocks]) for s in load_document(path).sections]


def test_the_body_text_straddles_the_line_break_as_the_tests_need() -> None:
    assert BODY.index("保税区") == LINE - 2 and len(BODY) > 2 * LINE


def test_wrapped_lines_join_without_spaces_under_their_numbered_heading(tmp_path: Path) -> None:
    path = chinese_pdf(tmp_path / "notice.pdf", [[HEADING, BODY]])
    assert sections(path) == [(HEADING, [BODY])]


def test_a_short_line_alone_is_not_joined_to_the_paragraph_under_it(tmp_path: Path) -> None:
    path = chinese_pdf(tmp_path / "notice.pdf", [["重庆自贸试验区简介", BODY]])
    assert sections(path) == [(None, ["重庆自贸试验区简介", BODY])]


def test_numbered_headings_nest_by_their_numbering(tmp_path: Path) -> None:
    end = "2017年第三批七个自贸试验区设立，重庆是其中之一。"
    page = ["第一章 总则", "第一节 目标", HEADING, BODY, "二、主要任务", end]
    page += ["（一）加快建设开放通道", end, "（二）优化营商环境", end]
    doc = load_document(chinese_pdf(tmp_path / "plan.pdf", [page]))
    assert [(s.title, s.level) for s in doc.sections] == [
        ("第一章 总则", 1),
        ("第一节 目标", 2),
        (HEADING, 3),
        ("二、主要任务", 3),
        ("（一）加快建设开放通道", 4),
        ("（二）优化营商环境", 4),
    ]


def test_wide_leading_is_not_read_as_a_blank_between_paragraphs(tmp_path: Path) -> None:
    # official documents are set at 28 pt on 16 pt type: lines further apart than a blank
    # between English paragraphs would be
    path = chinese_pdf(tmp_path / "notice.pdf", [[HEADING, BODY]], leading=1.9)
    assert sections(path) == [(HEADING, [BODY])]


def test_a_sentence_carried_over_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    first, rest = BODY[: 2 * LINE], BODY[2 * LINE :]  # page 1 ends on a full line, mid-sentence
    path = chinese_pdf(tmp_path / "report.pdf", [[HEADING, first], [rest]])
    assert sections(path) == [(HEADING, [BODY])]


def test_a_paragraph_ending_its_page_with_a_full_stop_is_not_carried_on(tmp_path: Path) -> None:
    first = BODY[: 2 * LINE - 1] + "。"
    second = "二、主要任务"
    path = chinese_pdf(tmp_path / "report.pdf", [[HEADING, first], [second, BODY]])
    assert sections(path) == [(HEADING, [first]), (second, [BODY])]


def test_search_finds_a_word_a_line_break_cut(
    tmp_path: Path, empty_library: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = chinese_pdf(tmp_path / "notice.pdf", [[HEADING, BODY]])
    code, _, err = run_cli(capsys, "add", str(path))
    assert code == 0, err
    code, out, _ = run_cli(capsys, "search", "保税区")
    assert code == 0
    assert "notice" in out and "p. 1" in out


def test_halves_of_a_utf16_pair_become_their_character() -> None:
    # PDFium hands a character outside the BMP (a mathematical italic) over as two halves
    assert clean_text("k\ud835\udc5d") == "k\U0001d45d"
    assert clean_text("a\udc00b") == "a\ufffdb"


def test_numbered_row_labels_of_a_statement_are_not_headings(tmp_path: Path) -> None:
    labels = [
        "一、营业总收入",
        "１２３４５６",
        "二、营业总成本",
        "６５４３２１",
        "三、营业利润",
        "７８９．００",
    ]
    doc = load_document(chinese_pdf(tmp_path / "statement.pdf", [[HEADING, BODY, *labels]]))
    assert [s.title for s in doc.sections] == [HEADING]
    assert [b.text for b in doc.blocks] == [BODY, *labels]
