"""Saved pages whose text was lost without a word (issue 15): every paragraph stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.cli import main
from ftztui.loaders import load_document
from tests.helpers import all_text

PROSE = "Paragraph {} of the first part says what the council decided about the harbour."


def write(tmp_path: Path, html: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_a_second_div_after_a_long_one_is_kept(tmp_path: Path) -> None:
    first = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(10))
    page = (
        "<html><head><title>Two parts</title></head><body>"
        f"<div>{first}</div><div><p>The second part has one paragraph, about the ferry.</p></div>"
        "</body></html>"
    )
    doc = load_document(write(tmp_path, page))
    text = all_text(doc)
    assert all(PROSE.format(i) in text for i in range(10))
    assert "The second part has one paragraph, about the ferry." in text


@pytest.mark.parametrize("rows", [5_000, 20_000])
def test_text_after_a_long_table_is_kept(tmp_path: Path, rows: int) -> None:
    cells = "".join(f"<tr><td>{i}</td><td>berth {i}</td></tr>" for i in range(rows))
    page = (
        "<html><head><title>Berths</title></head><body><h1>Berths</h1>"
        "<p>The harbour lists every berth in the table below, with its number.</p>"
        f"<table>{cells}</table>"
        "<p>Closing words after the table: the list is updated every month.</p>"
        "</body></html>"
    )
    doc = load_document(write(tmp_path, page))
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "The harbour lists every berth in the table below, with its number."
    assert texts[-1] == "Closing words after the table: the list is updated every month."
    assert f"{rows - 1} | berth {rows - 1}" in texts


def test_search_finds_the_second_div(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(10))
    (corpus / "page.html").write_text(
        f"<html><body><div>{first}</div><div><p>Only here: the lighthouse keeper.</p></div>"
        "</body></html>"
    )
    code = main(["--corpus", str(corpus), "--index", str(tmp_path / "index"), "search", "keeper"])
    assert code == 0
    assert "lighthouse" in capsys.readouterr().out


@pytest.mark.parametrize("tag", ["noscript", "object", "template", "svg"])
def test_an_unclosed_wrapper_that_is_never_text_keeps_the_page(tmp_path: Path, tag: str) -> None:
    """An unclosed <noscript> (a real page of trafilatura's evaluation set) swallows the page."""
    body = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(6))
    page = f"<html><body><{tag}><h1>Council</h1>{body}</body></html>"
    doc = load_document(write(tmp_path, page))
    assert [b.text for b in doc.blocks] == [PROSE.format(i) for i in range(6)]
