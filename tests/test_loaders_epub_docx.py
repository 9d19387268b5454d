"""EPUB books and Word files: chapters in spine order, headings by style, lists, tables."""

from __future__ import annotations

from pathlib import Path

from ftztui.figures import extract_figures
from ftztui.loaders import load_document
from tests.format_files import docx_file, epub_file


def test_epub_chapters_follow_the_spine_with_titles_from_the_contents(tmp_path: Path) -> None:
    doc = load_document(epub_file(tmp_path / "book.epub"))
    assert doc.format == "epub"
    assert (doc.title, doc.source, doc.date) == ("Voyages of the Yangtze", "Li Wei", "2019-06-01")
    # Chapter one has no heading: its title comes from the table of contents. Chapter two
    # opens with its own heading. The manifest lists them the other way round.
    assert [s.title for s in doc.sections] == ["The Upper River", "Through the Gorges"]
    first = doc.sections[0].blocks
    assert [b.kind for b in first] == ["paragraph", "paragraph", "list_item", "list_item"]


def test_epub_chapters_are_read_whole(tmp_path: Path) -> None:
    """A book is not a news page: an "Editor: ..." line is the book's text, not a byline."""
    doc = load_document(epub_file(tmp_path / "book.epub"))
    assert doc.blocks[0].text == "Editor: the river pilot kept a log of 300 voyages."


def test_epub2_contents_from_the_ncx(tmp_path: Path) -> None:
    doc = load_document(epub_file(tmp_path / "old.epub", nav=False))
    assert [s.title for s in doc.sections] == ["The Upper River", "Through the Gorges"]


def test_epub_table_rows_keep_their_cells(tmp_path: Path) -> None:
    doc = load_document(epub_file(tmp_path / "book.epub"))
    assert "Qutang | 8 km" in [b.text for b in doc.blocks]


def test_docx_headings_lists_tables_captions_and_properties(tmp_path: Path) -> None:
    doc = load_document(docx_file(tmp_path / "notes.docx"))
    assert doc.format == "docx"
    assert (doc.title, doc.source, doc.date) == ("Quarterly Notes", "Zhang Min", "2022-03-15")
    assert [(s.title, s.level) for s in doc.sections] == [
        (None, 0),
        ("Trade", 1),
        ("Volumes by district", 2),
    ]
    kinds = [(b.kind, b.text) for b in doc.sections[1].blocks]
    assert kinds[1:] == [("list_item", "ports were busy"), ("list_item", "railways were busier")]
    table = [b.text for b in doc.sections[2].blocks]
    assert table == [
        "District | Containers | Trains",
        "Yubei | 1,200 | 35",
        "Jiangbei | 800 | 12",
        "Table 1: Volumes by district",
    ]
    assert doc.sections[2].blocks[-1].kind == "caption"


def test_docx_page_header_is_recorded_not_lost(tmp_path: Path) -> None:
    doc = load_document(docx_file(tmp_path / "notes.docx"))
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("Internal - Quarterly Notes", "page header")
    ]
    assert all("Internal" not in b.text for b in doc.blocks)


def test_docx_figures_in_a_table_keep_row_and_column(tmp_path: Path) -> None:
    doc = load_document(docx_file(tmp_path / "notes.docx"))
    labels = {f.text: f.label for f in extract_figures(doc)}
    assert labels["1,200"] == "Yubei: Containers"
    assert labels["12"] == "Jiangbei: Trains"
