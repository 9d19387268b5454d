"""Marks: made at a place, kept in the state directory, found again after the file changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftztui.library import Library, resolve_library
from ftztui.loaders import load_document
from ftztui.marks import (
    MarksUnreadable,
    add_mark,
    delete_mark,
    excerpt,
    find_mark,
    load_marks,
    locate,
    make_mark,
    marks_file,
    marks_of,
    reanchored,
    replace_mark,
)

from .helpers import run_cli

PARAGRAPHS = [
    "Chongqing opened its first bonded warehouse for imported vehicles in 2020.",
    "Eighty-two imported Porsches were delivered to the Xiyong Comprehensive Bonded Zone "
    "on September 24, the first batch since the Vehicle Bonded Warehouse began operations.",
    "Compared with the former taxation on arrival policy, bonded warehousing reduces the "
    "pressure on corporate tax funds.",
    "The zone also launched one integrated inspection for bonded complete vehicles.",
]


def write(corpus: Path, paragraphs: list[str], name: str = "notes.md") -> Path:
    path = corpus / name
    path.write_text("# Vehicle imports\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def block_of(document: object, needle: str) -> int:
    blocks = document.blocks  # type: ignore[attr-defined]
    return next(i for i, block in enumerate(blocks) if needle in block.text)


@pytest.fixture
def notes(empty_library: Library) -> Library:
    write(empty_library.corpus, PARAGRAPHS)
    return empty_library


def mark_porsches(library: Library, note: str = "") -> tuple[object, int]:
    document = load_document(library.corpus / "notes.md")
    block = block_of(document, "Porsches")
    offset = document.blocks[block].text.index("Xiyong")
    return make_mark(library, document, block, offset, note), block


def test_a_mark_keeps_the_place_and_its_text(notes: Library) -> None:
    mark, block = mark_porsches(notes, "  first   cars\n")
    assert mark.block == block and mark.quote.startswith("Xiyong Comprehensive Bonded Zone")
    assert mark.before.endswith("delivered to the ")
    assert mark.note == "first cars"  # one line
    assert mark.title == "Vehicle imports" and mark.path == "notes.md"
    document = load_document(notes.corpus / "notes.md")
    assert locate(mark, document).how == "exact"


def test_blocks_shifting_keep_the_mark_on_its_passage(notes: Library) -> None:
    mark, block = mark_porsches(notes)
    # Two paragraphs written before it: every later block number moves by two.
    write(notes.corpus, ["A new first paragraph.", "And a second one.", *PARAGRAPHS])
    document = load_document(notes.corpus / "notes.md")
    where = locate(mark, document)
    assert where.how == "moved" and where.block == block + 2
    text = document.blocks[where.block].text
    assert text[where.offset :].startswith("Xiyong")
    again = reanchored(mark, document, where)
    assert again.block == block + 2 and locate(again, document).how == "exact"


def test_an_edited_paragraph_is_found_by_its_quote(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    edited = list(PARAGRAPHS)
    edited[1] = "Note: " + edited[1].replace("September 24", "24 September 2020")
    write(notes.corpus, ["Inserted.", *edited])
    document = load_document(notes.corpus / "notes.md")
    where = locate(mark, document)
    assert where.how == "quoted"
    assert document.blocks[where.block].text[where.offset :].startswith("Xiyong")


def test_an_edited_quote_is_found_by_most_of_it(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    edited = list(PARAGRAPHS)
    edited[1] = edited[1].replace("Xiyong Comprehensive", "Xiyong (Chongqing) Comprehensive")
    edited[1] = edited[1].replace("delivered to the", "brought to the")
    write(notes.corpus, ["Inserted.", *edited])
    document = load_document(notes.corpus / "notes.md")
    where = locate(mark, document)
    assert where.how == "fuzzy"
    assert "Porsches" in document.blocks[where.block].text
    assert abs(document.blocks[where.block].text.find("Xiyong") - where.offset) <= 2


def test_a_passage_that_is_gone_is_lost_not_dropped(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    write(notes.corpus, [p for p in PARAGRAPHS if "Porsches" not in p])
    document = load_document(notes.corpus / "notes.md")
    where = locate(mark, document)
    assert where.how == "lost" and not where.found
    assert reanchored(mark, document, where) == mark


def test_marks_survive_in_the_state_dir(notes: Library, tmp_path: Path) -> None:
    mark, _ = mark_porsches(notes, "cars")
    add_mark(mark)
    assert marks_file().is_relative_to(Path.home())  # the isolated HOME, not the real one
    marks, notices = load_marks()
    assert marks == [mark] and notices == []
    edited = replace_mark(mark.__class__(**{**mark.__dict__, "note": "Porsches"}))
    assert edited[0].note == "Porsches"
    assert delete_mark(mark.id) == []


def test_marks_are_per_library(notes: Library, tmp_path: Path) -> None:
    mark, _ = mark_porsches(notes)
    other = Library(corpus=tmp_path / "other", index=tmp_path / "other-index", origin="option")
    add_mark(mark)
    assert marks_of(notes, load_marks()[0]) == [mark]
    assert marks_of(other, load_marks()[0]) == []


def test_marks_are_found_however_the_corpus_is_spelled(
    notes: Library, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Made with `--corpus /tmp/qa3/corpus`, listed with `--corpus corpus` from /tmp/qa3."""
    mark, _ = mark_porsches(notes, "first cars")
    add_mark(mark)
    monkeypatch.chdir(notes.corpus.parent)
    monkeypatch.delenv("FTZTUI_CORPUS")
    for spelled in ("corpus", "./corpus/", f"../{notes.corpus.parent.name}/corpus"):
        code, out, _ = run_cli(capsys, "--corpus", spelled, "marks")
        assert code == 0 and "first cars" in out, spelled


def test_a_mark_keyed_by_a_relative_corpus_is_still_found(
    notes: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marks made before the corpus path was made absolute hold it as typed."""
    mark, _ = mark_porsches(notes)
    monkeypatch.chdir(notes.corpus.parent)
    old = mark.__class__(**{**mark.__dict__, "library": "corpus"})
    assert marks_of(resolve_library("corpus"), [old]) == [old]


def test_a_damaged_marks_file_is_reported_and_not_overwritten(notes: Library) -> None:
    marks_file().parent.mkdir(parents=True, exist_ok=True)
    marks_file().write_text("{not json", encoding="utf-8")
    marks, notices = load_marks()
    assert marks == [] and "cannot read marks file" in notices[0]
    mark, _ = mark_porsches(notes)
    with pytest.raises(MarksUnreadable):
        add_mark(mark)
    assert marks_file().read_text(encoding="utf-8") == "{not json"


def test_a_damaged_entry_is_skipped_with_a_notice(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    add_mark(mark)
    data = json.loads(marks_file().read_text(encoding="utf-8"))
    data["marks"].append({"id": "x", "block": "three"})
    marks_file().write_text(json.dumps(data), encoding="utf-8")
    marks, notices = load_marks()
    assert marks == [mark] and "skipped 1 damaged entry" in notices[0]


def test_find_mark_follows_a_renamed_document_by_its_id(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    (notes.corpus / "notes.md").unlink()
    document, where, problem = find_mark(mark, notes)
    assert document is None and where is None and "no longer in the library" in problem


# -- the command line ---------------------------------------------------------------------------


def test_cli_marks_json_exports_where_each_mark_is_now(
    notes: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    mark, block = mark_porsches(notes, "first cars")
    add_mark(mark)
    write(notes.corpus, ["A new first paragraph.", *PARAGRAPHS])
    code, out, err = run_cli(capsys, "marks", "--json")
    assert code == 0 and err == ""
    (row,) = json.loads(out)
    assert row["found"] == "moved" and row["block"] == block + 1
    assert row["note"] == "first cars" and row["doc"] == "notes"
    assert row["quote"].startswith("Xiyong") and row["title"] == "Vehicle imports"


def test_cli_marks_lists_one_line_each(notes: Library, capsys: pytest.CaptureFixture[str]) -> None:
    mark, block = mark_porsches(notes, "first cars")
    add_mark(mark)
    code, out, _ = run_cli(capsys, "marks")
    assert code == 0
    quote = "Xiyong Comprehensive Bonded Zone on September 24, the first…"
    assert excerpt(mark) == quote  # cut at a word's end
    assert out.splitlines() == [
        "\t".join(["Vehicle imports", "", f"block {block}", "first cars", quote])
    ]


def test_cli_marks_with_none_says_how_to_make_one(
    notes: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "marks")
    assert code == 0 and out == ""
    assert "press m in the reader" in err
    code, out, _ = run_cli(capsys, "marks", "--json")
    assert json.loads(out) == []


def test_cli_marks_escapes_control_characters_in_notes(
    notes: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    mark, _ = mark_porsches(notes, "evil \x1b[31m note")
    add_mark(mark)
    code, out, _ = run_cli(capsys, "marks")
    assert code == 0 and "\x1b" not in out


def test_a_mark_in_a_pdf_is_listed_by_its_page(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "block 17" means nothing to a reader of a report; the page it is on does."""
    from .format_files import report_pdf

    path = report_pdf(empty_library.corpus / "report.pdf", pages=4)
    document = load_document(path)
    block = block_of(document, "the 90 companies")
    add_mark(make_mark(empty_library, document, block, 0, "year three"))
    code, out, _ = run_cli(capsys, "marks")
    assert code == 0
    assert out.split("\t")[2] == "p. 3"
    _, out, _ = run_cli(capsys, "marks", "--json")
    assert json.loads(out)[0]["page"] == 3


def test_marks_made_before_pages_were_kept_still_load(notes: Library) -> None:
    mark, _ = mark_porsches(notes)
    add_mark(mark)
    saved = json.loads(marks_file().read_text(encoding="utf-8"))
    del saved["marks"][0]["page"]
    marks_file().write_text(json.dumps(saved), encoding="utf-8")
    (loaded,), notices = load_marks()
    assert notices == [] and loaded.page is None and loaded.block == mark.block
