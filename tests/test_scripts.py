"""Digits set above or below the line read as a reader sees them ("10⁶", "m²", "CO₂"), never run
into the number before them, and search still finds them as "m2" and "co2"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftztui.library import Library
from ftztui.loaders import load_document
from tests.format_files import docx_raw

from .helpers import run_cli

PAGE = """<html><head><title>Warehouse space in the pilot zone</title></head><body><article>
<h1>Warehouse space in the pilot zone</h1>
<p>The bonded warehouse covers 12,000 m<sup>2</sup> and handled 3.5 &times; 10<sup>6</sup>
tonnes of goods last year, the customs office said on Monday in its yearly report.</p>
<p>Its emissions of CO<sub>2</sub> fell by a fifth in the 4<sup>th</sup> year, according to
the report<sup>[3]</sup> the zone's administration published<sup><a href="#n4">4</a></sup> in
March.</p>
</article></body></html>"""


def test_a_page_s_raised_digits_are_not_read_into_the_number_before_them(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "10<sup>6</sup> tonnes" read as "106 tonnes": the figures sidebar listed 106 tonnes."""
    page = empty_library.corpus / "warehouse.html"
    page.write_text(PAGE, encoding="utf-8")
    texts = [b.text for b in load_document(page).blocks]
    assert "covers 12,000 m² and handled 3.5 × 10⁶ tonnes" in texts[0]
    assert "CO₂ fell by a fifth in the 4th year" in texts[1]  # "th" stays as it is
    assert "report[3]" in texts[1] and "published⁴ in March" in texts[1]  # a note's link
    code, out, _ = run_cli(capsys, "figures", "warehouse", "--json")
    assert code == 0
    assert "106" not in {f["text"].split()[0] for f in json.loads(out)}
    for query in ("m2", "co2", "CO₂"):
        code, out, _ = run_cli(capsys, "search", query, "--json")
        assert code == 0 and json.loads(out)["hits"], query


def test_word_superscript_and_subscript_runs(tmp_path: Path) -> None:
    def run(text: str, align: str | None = None) -> str:
        props = f'<w:rPr><w:vertAlign w:val="{align}"/></w:rPr>' if align else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    body = (
        "<w:p>"
        + run("It covers 12,000 m")
        + run("2", "superscript")
        + run(" and emits CO")
        + run("2", "subscript")
        + run(" in its 4")
        + run("th", "superscript")
        + run(" year.")
        + "</w:p>"
    )
    doc = load_document(docx_raw(tmp_path / "w.docx", body))
    assert doc.blocks[0].text == "It covers 12,000 m² and emits CO₂ in its 4th year."


def test_a_word_with_a_note_mark_run_into_it_is_found_by_the_word(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF's footnote marks are read into the word they stand on ("property2—if", Free
    Culture): searching "property" did not find the passage."""
    note = empty_library.corpus / "notes.txt"
    note.write_text(
        "Free culture\n\nIf there is value, then someone must have a right to that property2—if"
        " there is value. Piracy, described today19 as theft, is older than the law³.\n",
        encoding="utf-8",
    )
    for query, found in (("property", True), ("today", True), ("law", True), ("copyright", False)):
        code, out, _ = run_cli(capsys, "search", query, "--json")
        assert code == (0 if found else 1), query  # as grep: 1 when nothing is found
        assert bool(json.loads(out)["hits"]) is found, query
    code, out, _ = run_cli(capsys, "search", '"right to that property"', "--json")
    assert json.loads(out)["hits"], "the phrase goes through the marked word"
