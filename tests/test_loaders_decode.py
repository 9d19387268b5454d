"""Decoding: UTF-8 (BOM or not), UTF-16 with a BOM, and the legacy files people still meet."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.loaders.decode import NotText, decode_bytes

WESTERN = "Café “Crème” — naïve Grüße, 50 € ‘ok’ for the façade.\nSecond line: déjà vu."
CHINESE = (
    "重庆自由贸易试验区四年来取得显著成效，中欧班列（渝新欧）运行良好。\n“保税仓库”与单一窗口。"
)


@pytest.mark.parametrize(
    "data",
    [
        WESTERN.encode("utf-8"),
        codecs.BOM_UTF8 + WESTERN.encode("utf-8"),
        codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"),
        WESTERN.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"],
)
def test_western_text_decodes_exactly(data: bytes) -> None:
    assert decode_bytes(data) == WESTERN


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gbk", "gb18030"])
def test_chinese_text_decodes_exactly(encoding: str) -> None:
    assert decode_bytes(CHINESE.encode(encoding)) == CHINESE


def test_gb18030_characters_outside_gbk() -> None:
    text = CHINESE + "㐀𠀀"  # CJK extension A and B: four-byte sequences in GB18030
    assert decode_bytes(text.encode("gb18030")) == text


@pytest.mark.parametrize(
    "text",
    [
        "Gr\u00fc\u00dfe aus K\u00f6ln",  # two high bytes side by side that GBK could pair
        "\u201cQuoted\u201d",  # a cp1252 quote right before ASCII letters
        "Price: 10\u00a0\u20ac, \u00bd off",
    ],
)
def test_short_cp1252_strings_are_not_taken_for_chinese(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


def test_utf16_without_bom() -> None:
    text = "A plain note saved by an old editor, with no byte order mark."
    assert decode_bytes(text.encode("utf-16-le")) == text
    assert decode_bytes(text.encode("utf-16-be")) == text


def test_mostly_utf8_with_a_damaged_byte_stays_utf8() -> None:
    text = "Zhang Zhikui said “the zone works” — café, naïve, 重庆. "
    data = text.encode("utf-8") + b"\xff" + text.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded == text + "\ufffd" + text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04" + bytes(100),
        bytes(range(256)) * 8,
        b"\x00\x01\x02\x03" * 500 + b"some text",
    ],
    ids=["png", "pdf", "zip", "all-bytes", "nul-heavy"],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(NotText, match="not a text document"):
        decode_bytes(data)


@pytest.mark.parametrize("encoding", ["cp1252", "gbk"])
def test_legacy_files_load_without_replacement_marks(tmp_path: Path, encoding: str) -> None:
    body = WESTERN if encoding == "cp1252" else CHINESE
    title = "Legacy Encoding Sample" if encoding == "cp1252" else "重庆自贸试验区"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(f"{title}\n\n{body}\n".encode(encoding))
    doc = load_document(path)
    assert doc.title == title
    text = " ".join(b.text for b in doc.blocks)
    assert "\ufffd" not in text
    assert body.split("\n")[0] in text


def test_utf8_read_as_latin1_is_repaired_not_stripped(tmp_path: Path) -> None:
    """ "youâ\\x80\\x99re" is "you’re" encoded twice; its C1 bytes were deleted as controls,
    leaving "youâre". Sequences holding C1 controls are repaired; other text is left alone."""
    text = (
        "Title\n\nWhen you\u00e2\u0080\u0099re opening a shop \u00e2\u0080\u0094 read this."
        " Caf\u00c3\u00a9 stays.\n"
    )
    path = tmp_path / "shop.txt"
    path.write_text(text, encoding="utf-8")
    body = load_document(path).blocks[0].text
    assert body == "When you\u2019re opening a shop \u2014 read this. Caf\u00c3\u00a9 stays."
