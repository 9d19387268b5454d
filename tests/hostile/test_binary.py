"""Issue 15, bad input accepted: random bytes named `.txt` must be refused with a one-line
reason, and no real text file may be refused (legacy encodings included)."""

from __future__ import annotations

import math
import os
import random
from pathlib import Path

import pytest

from ftztui.loaders import LoadError, load_document
from ftztui.loaders.decode import NotText, decode_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "text"


def random_files(count: int, seed: int = 15) -> list[bytes]:
    """`count` files of random bytes, sizes spread evenly on a log scale from 64 B to 256 KB."""
    rng = random.Random(seed)
    sizes = [int(math.exp(rng.uniform(math.log(64), math.log(256 * 1024)))) for _ in range(count)]
    return [rng.randbytes(size) for size in sizes]


def test_a_thousand_random_files_are_all_refused_in_one_line(tmp_path: Path) -> None:
    accepted: list[int] = []
    for n, data in enumerate(random_files(1000)):
        path = tmp_path / f"notes-{n}.txt"
        path.write_bytes(data)
        try:
            load_document(path)
        except LoadError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(path))
            assert "not a text document" in exc.reason, exc.reason
        else:
            accepted.append(len(data))
    assert accepted == []


def test_random_bytes_behind_a_byte_order_mark_are_refused() -> None:
    rng = random.Random(3)
    for bom in (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"):
        with pytest.raises(NotText, match="byte order mark"):
            decode_bytes(bom + rng.randbytes(4000))


def _real_text_files() -> list[Path]:
    """The repository's own text, the fixtures' real news and Markdown, and the Python
    standard library's sources and test texts in legacy encodings."""
    suffixes = {".py", ".md", ".txt", ".toml", ".tcss", ".json", ".cfg"}
    ours = [
        p
        for folder in ("src", "tests", "corpus", "benchmarks")
        for p in (ROOT / folder).rglob("*")
        if p.suffix in suffixes and p.is_file() and "__snapshots__" not in p.parts
    ]
    stdlib = Path(os.__file__).parent
    theirs = sorted(stdlib.glob("*.py"))[:300] + sorted(stdlib.glob("test/cjkencodings/*.txt"))
    return [*ours, ROOT / "README.md", *theirs]


def test_no_real_text_file_is_refused() -> None:
    refused = []
    files = _real_text_files()
    assert len(files) > 300
    for path in files:
        data = path.read_bytes()
        if not data.strip():
            continue
        try:
            decode_bytes(data)
        except NotText as exc:
            refused.append(f"{path}: {exc}")
    assert refused == []


NEWS = sorted((FIXTURES / "news").glob("*.txt"))


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_real_news_in_western_legacy_encodings_loads_exactly(tmp_path: Path, encoding: str) -> None:
    text = "Les élèves du lycée à Genève, naïve façade. " + NEWS[0].read_text(encoding="utf-8")
    data = text.encode(encoding, errors="replace")
    assert decode_bytes(data) == data.decode(encoding)


CHINESE = {
    "gbk": "重庆自由贸易试验区四年来取得显著成效，中欧班列运行良好。保税仓库与单一窗口提高效率。",
    "big5": "重慶自由貿易試驗區四年來取得顯著成效，中歐班列運行良好。保稅倉庫與單一窗口提高效率。",
}


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "big5"])
def test_chinese_legacy_encodings_load_exactly(tmp_path: Path, encoding: str) -> None:
    text = CHINESE["big5" if encoding == "big5" else "gbk"] * 3
    path = tmp_path / "zh.txt"
    title = "重慶新聞" if encoding == "big5" else "重庆新闻"
    path.write_bytes(f"{title}\n\n{text}\n".encode(encoding))
    doc = load_document(path)
    assert (doc.title, doc.blocks[0].text) == (title, text)
