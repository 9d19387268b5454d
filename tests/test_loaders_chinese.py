"""Chinese documents: GBK, GB18030 and Big5 text and HTML decoded, Chinese headings found."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.loaders.decode import decode_bytes

SIMPLIFIED = (
    "重庆自贸试验区简介\n\n"
    "一、国际物流分拨\n\n"
    "重庆海关在自贸试验区先后推出四批共76项海关监管创新措施，其中两项创新制度在全国复制推广。\n\n"
    "二、营商环境\n\n"
    "出口业务办理时限压缩至5.3个工作日，低于全国平均的十个工作日。\n"
)
TRADITIONAL = (
    "重慶自貿試驗區簡介\n\n"
    "一、國際物流分撥\n\n"
    "重慶海關在自貿試驗區先後推出四批共76項海關監管創新措施，其中兩項創新制度在全國複製推廣。\n\n"
    "二、營商環境\n\n"
    "出口業務辦理時限壓縮至5.3個工作日，低於全國平均的十個工作日。\n"
)
CASES = [
    ("gbk", SIMPLIFIED),
    ("gb18030", SIMPLIFIED + "㐀𠀀\n"),  # four-byte sequences in GB18030
    ("big5", TRADITIONAL),
    ("cp950", TRADITIONAL),
]


@pytest.mark.parametrize(("encoding", "text"), CASES, ids=[c[0] for c in CASES])
def test_text_decodes_exactly(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(("encoding", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_text_file_loads_with_its_headings(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_document(path)
    lines = text.split("\n")
    assert doc.title == lines[0]
    assert [s.title for s in doc.sections if s.title] == [lines[2], lines[6]]
    assert "\ufffd" not in " ".join(b.text for b in doc.blocks)
    assert doc.blocks[0].text == lines[4]


def _page(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    title, _, heading, _, para, _, heading2, _, para2, *_ = text.split("\n")
    return (
        f"<html><head>{meta}<title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><h2>{heading}</h2><p>{para}</p><h2>{heading2}</h2><p>{para2}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("encoding", "charset", "text"),
    [
        ("gbk", "gb2312", SIMPLIFIED),  # GBK bytes under the older name, as pages often do
        ("gbk", None, SIMPLIFIED),
        ("gb18030", "gb18030", SIMPLIFIED),
        ("big5", "big5", TRADITIONAL),
        ("cp950", None, TRADITIONAL),
    ],
)
def test_an_html_page_decodes(
    tmp_path: Path, encoding: str, charset: str | None, text: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_page(text, charset).encode(encoding))
    doc = load_document(path)
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert text.split("\n")[4] in paragraphs
    assert [s.title for s in doc.sections if s.title][-2:] == [
        text.split("\n")[2],
        text.split("\n")[6],
    ]


def test_gbk_characters_under_a_gb2312_declaration() -> None:
    from ftztui.loaders.html import decode_html

    text = "<meta charset=gb2312><p>镕</p>"  # 镕 is in GBK, not in GB2312
    assert decode_html(text.encode("gbk")) == text


# Two paragraphs of the bundled Chinese note, each wrapped at 30 characters (60 columns), as an
# editor or pdftotext leaves a file: a break may fall between two characters of one word.
PARAGRAPHS = [
    "自由贸易试验区是中国在一定区域内先行试验贸易、投资、金融和政务新规则的地方，"
    "行之有效的做法再向全国复制推广。第一个自贸试验区于2013年在上海设立；"
    "2017年第三批七个自贸试验区设立，重庆是其中之一。",
    "重庆海关在自贸试验区先后推出四批共76项海关监管创新措施，其中两项创新制度被国务院"
    "作为自贸试验区改革经验在全国复制推广，江津东盟冷链商品分拨中心已常态化开行班列。",
]


def _wrapped(text: str, width: int = 30) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_hard_wrapped_chinese_text_file_joins_its_lines_without_spaces(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    first, second = (_wrapped(p) for p in PARAGRAPHS)
    path.write_text(
        f"重庆自贸试验区简介\n\n一、国际物流分拨\n\n{first}\n\n二、营商环境\n\n{second}\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert [b.text for b in doc.blocks] == PARAGRAPHS
    # no line of the file became a section title: the real headings are the only ones
    assert [s.title for s in doc.sections] == ["一、国际物流分拨", "二、营商环境"]


def test_a_wrapped_chinese_markdown_paragraph_joins_without_spaces(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"# 简介\n\n{_wrapped(PARAGRAPHS[0])}\nand an English line\nwraps.\n")
    (block,) = load_document(path).blocks
    assert block.text == PARAGRAPHS[0] + " and an English line wraps."


def test_an_html_paragraph_wrapped_in_its_source_joins_without_spaces(tmp_path: Path) -> None:
    source = _wrapped(PARAGRAPHS[0], 20)
    page = (
        f'<html lang="zh"><head><title>简介</title></head><body><article><h1>简介</h1>'
        f"<p>{source}</p><p>English words\nkeep their space.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [b.text for b in load_document(path).blocks]
    assert PARAGRAPHS[0] in texts and "English words keep their space." in texts
