"""EPUB books and Word files: chapters in spine order, headings by style, lists, tables."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ftztui.figures import extract_figures
from ftztui.loaders import LoadError, load_document
from ftztui.model import Document
from tests.format_files import docx_file, docx_raw, epub_bytes, epub_file, wp


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


def test_epub_missing_a_chapter_still_reads_the_others_and_says_so(tmp_path: Path) -> None:
    """A book whose zip lacks one page of its spine (a cover a converter dropped) was refused
    whole, every other chapter with it."""
    whole = zipfile.ZipFile(io.BytesIO(epub_bytes()))
    out = tmp_path / "gappy.epub"
    with zipfile.ZipFile(out, "w") as z:
        for info in whole.infolist():
            if info.filename != "OEBPS/text/one.xhtml":
                z.writestr(info, whole.read(info))
    doc = load_document(out)
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "A chapter cannot be read: EPUB lacks 'OEBPS/text/one.xhtml'."
    assert "The gorges are narrow and the current is fast." in texts
    assert doc.note == "1 chapter unreadable"
    with zipfile.ZipFile(tmp_path / "empty.epub", "w") as z:  # nothing readable: refused
        for info in whole.infolist():
            if not info.filename.startswith("OEBPS/text/"):
                z.writestr(info, whole.read(info))
    with pytest.raises(LoadError, match="EPUB lacks"):
        load_document(tmp_path / "empty.epub")


def test_epub_formulas_are_read_not_skipped(tmp_path: Path) -> None:
    """IDPF's linear algebra sample read "Suppose is an matrix and is an": its MathML was
    skipped like a picture, with no record."""
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><h1>Transposes</h1><p>Suppose "
        '<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="Alternative text not '
        'available"><mi>A</mi></math> is an <math xmlns="http://www.w3.org/1998/Math/MathML">'
        "<mi>m</mi><mo>×</mo><mi>n</mi></math> matrix.</p></body></html>"
    )
    whole = zipfile.ZipFile(io.BytesIO(epub_bytes()))
    out = tmp_path / "algebra.epub"
    with zipfile.ZipFile(out, "w") as z:
        for info in whole.infolist():
            data = whole.read(info)
            z.writestr(info, chapter.encode() if info.filename.endswith("two.xhtml") else data)
    assert "Suppose A is an m × n matrix." in [b.text for b in load_document(out).blocks]


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


# -- Word files as real ones are written (pandoc's test files showed each of these lost) --------


def _load_raw(tmp_path: Path, body: str, **parts: str) -> Document:
    return load_document(docx_raw(tmp_path / "real.docx", body, **parts))


def test_docx_text_in_tracked_insertions_smart_tags_and_fields_is_kept(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>Exports rose </w:t></w:r>"
        '<w:ins w:id="1" w:author="Li"><w:r><w:t>sharply </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="Li"><w:r><w:delText>slowly </w:delText></w:r></w:del>'
        '<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>in Chongqing</w:t></w:r>'
        '</w:smartTag><w:fldSimple w:instr="PAGE"><w:r><w:t> this year</w:t></w:r></w:fldSimple>'
        '<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
    )
    doc = _load_raw(tmp_path, body)
    assert [b.text for b in doc.blocks] == ["Exports rose sharply in Chongqing this year."]
    assert [(r.text, r.reason) for r in doc.removed] == [("slowly", "deleted (tracked change)")]


def test_docx_content_controls_keep_their_text_and_cells(tmp_path: Path) -> None:
    body = (
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        + wp("Text typed into a form field.")
        + "</w:sdtContent></w:sdt>"
        "<w:tbl><w:tr>"
        + "".join(f"<w:tc>{wp(name)}</w:tc>" for name in ("District", "Containers", "Trains"))
        + "</w:tr><w:tr><w:tc>"
        + wp("Yubei")
        + "</w:tc><w:tc>"
        + wp("1,200")
        + "</w:tc><w:sdt><w:sdtPr/><w:sdtContent><w:tc>"
        + wp("35")
        + "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>"
    )
    doc = _load_raw(tmp_path, body)
    assert [b.text for b in doc.blocks] == [
        "Text typed into a form field.",
        "District | Containers | Trains",
        "Yubei | 1,200 | 35",
    ]
    assert {f.text: f.label for f in extract_figures(doc)}["35"] == "Yubei: Trains"


def test_docx_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    box = "<w:txbxContent>" + wp("Boxed quote from the mayor.") + "</w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>The page has a box.</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>" + wp("After the box.")
    )
    doc = _load_raw(tmp_path, body)
    assert [b.text for b in doc.blocks] == [
        "The page has a box.",
        "Boxed quote from the mayor.",
        "After the box.",
    ]


def test_docx_notes_end_the_document_and_comments_are_recorded(tmp_path: Path) -> None:
    body = (
        '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Trade grew.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="2"/></w:r><w:commentRangeEnd w:id="7"/></w:p>'
        + wp("Second paragraph.")
    )
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="2">' + wp("Source: customs data.") + "</w:footnote>"
    )
    comments = '<w:comment w:id="7" w:author="Wang">' + wp("Check this figure.") + "</w:comment>"
    doc = _load_raw(tmp_path, body, footnotes=footnotes, comments=comments)
    # Each note's number stands where Word shows it, and before the note (it stood nowhere:
    # which sentence a note was about was lost).
    assert [(s.title, [b.text for b in s.blocks]) for s in doc.sections] == [
        (None, ["Trade grew.¹", "Second paragraph."]),
        ("Notes", ["¹ Source: customs data."]),
    ]
    assert [(r.text, r.reason, r.before) for r in doc.removed] == [
        ("Check this figure.", "comment", 0)
    ]


def test_docx_generated_contents_is_recorded_and_drop_cap_joined(tmp_path: Path) -> None:
    toc = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        + wp("Contents")
        + wp("Trade 1")
        + "</w:sdtContent></w:sdt>"
    )
    cap = (
        '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr><w:r><w:t>O</w:t></w:r></w:p>'
    )
    doc = _load_raw(tmp_path, toc + cap + wp("nce upon a time the port opened."))
    assert [b.text for b in doc.blocks] == ["Once upon a time the port opened."]
    assert [(r.text, r.reason) for r in doc.removed] == [("Contents Trade 1", "table of contents")]


def test_a_file_of_headings_only_is_read_not_refused(tmp_path: Path) -> None:
    heading = '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>A Header.</w:t></w:r></w:p>'
    doc = _load_raw(tmp_path, heading)
    assert [b.text for b in doc.blocks] == ["A Header."]


def test_docx_without_properties_is_not_titled_word_document(tmp_path: Path) -> None:
    """python-docx makes up properties for a file that has none: title "Word Document",
    created now. The file name is the title then, and the document has no date."""
    doc = _load_raw(tmp_path, wp("Some text."))
    assert (doc.title, doc.source, doc.date) == ("real", None, None)


class _Unflagged(zipfile.ZipInfo):
    """A zip entry whose name is written as its bytes, without the UTF-8 flag."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("cp437"), self.flag_bits


def test_epub_names_stored_without_the_utf8_flag_are_found(tmp_path: Path) -> None:
    """Zip tools that write UTF-8 names without flagging them: Python reads them as cp437."""
    source = zipfile.ZipFile(io.BytesIO(epub_bytes()))
    path = tmp_path / "kusamakura.epub"
    with zipfile.ZipFile(path, "w") as z:
        for info in source.infolist():
            data = source.read(info)
            name = info.filename.replace("one.xhtml", "表紙.xhtml")
            if info.filename.endswith(".opf") or info.filename.endswith((".xhtml", ".ncx")):
                data = data.replace(b"one.xhtml", "表紙.xhtml".encode())
            z.writestr(_Unflagged(name.encode("utf-8").decode("cp437")), data)
    doc = load_document(path)
    assert doc.blocks[0].text == "Editor: the river pilot kept a log of 300 voyages."


def test_epub_of_pictures_is_listed_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "manga.epub"
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Birds</dc:title>'
        '</metadata><manifest><item id="p1" href="p1.jpg" media-type="image/jpeg"/>'
        '<item id="p2" href="p2.jpg" media-type="image/jpeg"/></manifest>'
        '<spine><itemref idref="p1"/><itemref idref="p2"/></spine></package>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/p1.jpg", b"\xff\xd8\xff")
    doc = load_document(path)
    assert (doc.title, doc.note) == ("Birds", "no text: pages are pictures")
    assert "2 pages are pictures" in doc.blocks[0].text


def test_epub_ruby_readings_are_not_read_into_the_text(tmp_path: Path) -> None:
    """Japanese books annotate kanji with their reading; the reading is not the sentence."""
    ruby = "<ruby>憂<rp>(</rp><rt>うれ</rt><rp>)</rp></ruby>"
    doc = load_document(_book_with(tmp_path, one=f"<p>詩人に{ruby}いはつきものかも知れない。</p>"))
    assert doc.blocks[0].text == "詩人に憂いはつきものかも知れない。"
    assert ("うれ", "ruby readings (shown above the text)") in [
        (r.text, r.reason) for r in doc.removed
    ]


def test_docx_with_a_damaged_notes_part_is_read_with_a_note(tmp_path: Path) -> None:
    path = docx_raw(tmp_path / "real.docx", wp("The body is fine."), footnotes="<w:footnote")
    doc = load_document(_replaced(path, "word/footnotes.xml", b"\x00 not xml"))
    assert [b.text for b in doc.blocks] == ["The body is fine."]
    assert doc.note == "damaged, not read: footnotes.xml"


def _replaced(path: Path, member: str, data: bytes) -> Path:
    """The zip at `path` with `member` holding `data` (a damaged part, a chapter of our own)."""
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    parts[member] = data
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    return path


def _book_with(tmp_path: Path, **chapters: str) -> Path:
    """The test book with its chapters `one` and `two` given their XHTML bodies."""
    path = epub_file(tmp_path / "book.epub")
    for name, body in chapters.items():
        xhtml = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<body>{body}</body></html>"
        )
        path = _replaced(path, f"OEBPS/text/{name}.xhtml", xhtml.encode())
    return path


def test_docx_with_a_damaged_styles_part_is_read_with_a_note(tmp_path: Path) -> None:
    """python-docx refuses a whole file for one broken part; Word and LibreOffice open it."""
    path = _replaced(docx_file(tmp_path / "notes.docx"), "word/styles.xml", b"<w:styles")
    doc = load_document(path)
    assert "Exports rose in the first quarter of the year." in [b.text for b in doc.blocks]
    assert doc.note == "damaged, not read: styles.xml"


def test_epub_with_damaged_container_and_contents_is_read(tmp_path: Path) -> None:
    path = _replaced(epub_file(tmp_path / "book.epub"), "META-INF/container.xml", b"\x00junk")
    path = _replaced(path, "OEBPS/nav.xhtml", b"")
    doc = load_document(path)
    assert doc.blocks[0].text == "Editor: the river pilot kept a log of 300 voyages."


def test_epub_names_every_author_but_not_the_illustrator(tmp_path: Path) -> None:
    creators = (
        '<dc:creator id="a1">Li Wei</dc:creator>'
        '<dc:creator id="a2">Zhang Min</dc:creator>'
        '<meta refines="#a2" property="role" scheme="marc:relators">aut</meta>'
        '<dc:creator id="i1">Chen Jing</dc:creator>'
        '<meta refines="#i1" property="role" scheme="marc:relators">ill</meta>'
    )
    opf = zipfile.ZipFile(io.BytesIO(epub_bytes())).read("OEBPS/content.opf").decode()
    opf = opf.replace("<dc:creator>Li Wei</dc:creator>", creators)
    path = _replaced(epub_file(tmp_path / "book.epub"), "OEBPS/content.opf", opf.encode())
    assert load_document(path).source == "Li Wei, Zhang Min"


def test_epub2_roles_and_a_long_list_of_authors(tmp_path: Path) -> None:
    names = [f"Author {n}" for n in range(1, 7)]
    creators = '<dc:creator opf:role="edt">An Editor</dc:creator>' + "".join(
        f'<dc:creator opf:role="aut">{name}</dc:creator>' for name in names
    )
    opf = zipfile.ZipFile(io.BytesIO(epub_bytes())).read("OEBPS/content.opf").decode()
    opf = opf.replace("<dc:creator>Li Wei</dc:creator>", creators).replace(
        "<metadata ", '<metadata xmlns:opf="http://www.idpf.org/2007/opf" '
    )
    path = _replaced(epub_file(tmp_path / "book.epub"), "OEBPS/content.opf", opf.encode())
    assert load_document(path).source == "Author 1, Author 2, Author 3, and 3 more"


def test_docx_picture_descriptions_are_recorded_after_their_paragraph(tmp_path: Path) -> None:
    """Alt text is the writer's words about a picture: not read into the sentence, not lost."""
    wp_ns = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    drawing = (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{wp_ns}">'
        '<wp:docPr id="1" name="Picture 1" descr="A green identicon." title="First"/>'
        "</wp:inline></w:drawing></w:r>"
    )
    body = (
        f"<w:p><w:r><w:t>This picture </w:t></w:r>{drawing}<w:r><w:t>is an icon.</w:t></w:r></w:p>"
    )
    doc = _load_raw(tmp_path, body + wp("Next paragraph."))
    assert [b.text for b in doc.blocks] == ["This picture is an icon.", "Next paragraph."]
    assert [(r.text, r.reason, r.before) for r in doc.removed] == [
        ("A green identicon.", "a picture's description (alt text)", 1)
    ]


def test_docx_merged_cells_and_first_page_headers(tmp_path: Path) -> None:
    """A cell spanning columns is one value; one merged down repeats in each of its rows, as
    python-docx reads them. The first page's own header is on record, not only the default."""
    import docx

    word = docx.Document()
    section = word.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Cover page - Confidential"
    section.header.paragraphs[0].text = "Quarterly Notes"
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate([["Port", "Q1", "Q2"], ["Guoyuan", "12", "14"], ["", "9", "11"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # "Guoyuan" stands for two rows
    title = table.cell(0, 1).merge(table.cell(0, 2))
    title.text = "Containers (thousand)"
    path = tmp_path / "merged.docx"
    word.save(str(path))
    doc = load_document(path)
    assert [b.text for b in doc.blocks] == [
        "Port | Containers (thousand)",
        "Guoyuan | 12 | 14",
        "Guoyuan | 9 | 11",
    ]
    headers = [r.text for r in doc.removed if r.reason == "page header"]
    assert sorted(headers) == ["Cover page - Confidential", "Quarterly Notes"]


def test_epub_pages_drawn_in_svg_are_read_by_their_text(tmp_path: Path) -> None:
    """A fixed-layout book's pages may be SVG documents: their <text> is the book's words."""
    path = tmp_path / "poster.epub"
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Harbour</dc:title>'
        '</metadata><manifest><item id="p1" href="p1.svg" media-type="image/svg+xml"/>'
        '<item id="p2" href="p2.svg" media-type="image/svg+xml"/></manifest>'
        '<spine><itemref idref="p1"/><itemref idref="p2"/></spine></package>'
    )
    page = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200">'
        '<path d="M0 0L10 10"/><text x="5" y="20">{}</text></svg>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/p1.svg", page.format("The ships come in at dawn."))
        lines = (
            "<tspan>They leave when the eve-</tspan> <tspan>ning tide <tspan>turns</tspan></tspan>"
        )
        z.writestr("OEBPS/p2.svg", page.format(lines))
    doc = load_document(path)
    assert doc.note is None
    assert [b.text for b in doc.blocks] == [
        "The ships come in at dawn.",
        "They leave when the evening tide turns",
    ]


@pytest.mark.parametrize(
    ("fallback", "expected"),
    [
        ("text", ["Are you coming? Not today."]),  # a manga's dialogue, as its fallback
        ("nav", ["This EPUB has no text: its 2 pages are pictures"]),  # only the contents
    ],
)
def test_epub_picture_pages_are_read_through_their_text_fallback(
    tmp_path: Path, fallback: str, expected: list[str]
) -> None:
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Haruko</dc:title>'
        f'</metadata><manifest><item id="p1" href="p1.jpg" media-type="image/jpeg" '
        f'fallback="{fallback}"/><item id="p2" href="p2.jpg" media-type="image/jpeg" '
        f'fallback="{fallback}"/>'
        '<item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '</manifest><spine><itemref idref="p1"/><itemref idref="p2"/></spine></package>'
    )
    page = '<html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>'
    path = tmp_path / "haruko.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/text.xhtml", page.format("<p>Are you coming? Not today.</p>"))
        z.writestr("OEBPS/nav.xhtml", page.format('<nav><ol><li><a href="p1.jpg">One</a>'))
    doc = load_document(path)
    assert [b.text[: len(e)] for b, e in zip(doc.blocks, expected, strict=True)] == expected


def test_epub_chapter_drawn_in_inline_svg_is_read_but_a_figure_label_is_not(
    tmp_path: Path,
) -> None:
    drawn = (
        '<div><svg xmlns="http://www.w3.org/2000/svg"><text><tspan>Il en avait sou-'
        "</tspan><tspan>vent rêvé.</tspan></text></svg></div>"
    )
    figure = (
        "<h1 id='start'>Through the Gorges</h1><p>The gorges are narrow.</p>"
        '<svg xmlns="http://www.w3.org/2000/svg"><text>Fig. 2 (km)</text></svg>'
    )
    texts = [b.text for b in load_document(_book_with(tmp_path, one=drawn, two=figure)).blocks]
    assert texts == ["Il en avait souvent rêvé.", "The gorges are narrow."]


def _with_chunk(path: Path, name: str, content_type: str, blob: bytes) -> Path:
    """The .docx at `path` with `blob` as the embedded part its `w:altChunk r:id="chunk1"`
    names."""
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    relationship = (
        f'<Relationship Id="chunk1" Target="{name}" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/aFChunk"/>'
    )
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", relationship + "</Relationships>"
    ).encode()
    extension = name.rsplit(".", 1)[-1]
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Default Extension="{extension}" ContentType="{content_type}"/></Types>'
    ).encode()
    parts[f"word/{name}"] = blob
    with zipfile.ZipFile(path, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return path


_CHUNK = (
    '<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships" r:id="chunk1"/>'
)


def test_docx_written_as_an_embedded_html_part_is_read(tmp_path: Path) -> None:
    """Web applications write a .docx as one HTML part Word shows in place (`w:altChunk`)."""
    html = (
        "<html><head><title>x</title><style>p {color: red}</style></head><body>"
        "<h1>Environmental annex</h1><p>Editor: the supplier states its policy.</p>"
        "<ul><li>ISO 14001</li></ul></body></html>"
    )
    path = docx_raw(tmp_path / "export.docx", wp("Before the export.") + _CHUNK)
    doc = load_document(_with_chunk(path, "afchunk.htm", "text/html", html.encode()))
    assert [(s.title, [b.text for b in s.blocks]) for s in doc.sections] == [
        (None, ["Before the export."]),
        ("Environmental annex", ["Editor: the supplier states its policy.", "ISO 14001"]),
    ]
    assert doc.note is None


def test_docx_embedded_part_of_another_kind_is_named(tmp_path: Path) -> None:
    path = docx_raw(tmp_path / "export.docx", wp("Before the export.") + _CHUNK)
    rtf = rb"{\rtf1\ansi Supplier policy.}"
    doc = load_document(_with_chunk(path, "afchunk.rtf", "application/rtf", rtf))
    assert [b.text for b in doc.blocks] == ["Before the export."]
    assert doc.note == "embedded, not read: afchunk.rtf"


def test_epub_picture_pages_are_read_by_the_descriptions_the_book_gives(tmp_path: Path) -> None:
    """An accessible picture book describes each page (alt text, an SVG's <desc>), as a screen
    reader reads it; in a chapter with text of its own, a picture's alt text stays out."""
    page = (
        '<figure><img src="a.png" alt="Children dance around a large apple pie."/>'
        '<img src="logo.png" alt="logo"/></figure>'
    )
    chapter = '<p>The gorges are narrow.</p><img src="map.png" alt="A map of the three gorges"/>'
    doc = load_document(_book_with(tmp_path, one=page, two=chapter))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("caption", "Children dance around a large apple pie."),
        ("paragraph", "The gorges are narrow."),
    ]


def test_chinese_headings_typed_with_their_numbers_are_sections(tmp_path: Path) -> None:
    # Chinese documents number their headings in the body's own style: no heading style says so
    body = (
        wp("第一章 总则")
        + wp("一、总体要求")
        + wp("重庆自贸试验区实施范围约一百二十平方公里，包括两江片区、西永片区和果园港片区。")
        + wp("（一）加快建设开放通道")
        + wp("一、加强组织领导。各区县要把试验区建设摆在突出位置。")
        + "<w:tbl><w:tr><w:tc>"
        + wp("二、营业总成本")
        + "</w:tc></w:tr></w:tbl>"
    )
    doc = _load_raw(tmp_path, body)
    assert [(s.title, s.level) for s in doc.sections] == [
        ("第一章 总则", 1),
        ("一、总体要求", 3),
        ("（一）加快建设开放通道", 4),
    ]
    assert [b.text for b in doc.blocks] == [
        "重庆自贸试验区实施范围约一百二十平方公里，包括两江片区、西永片区和果园港片区。",
        "一、加强组织领导。各区县要把试验区建设摆在突出位置。",  # a numbered paragraph
        "二、营业总成本",  # a table's row label
    ]


def _item(text: str, num: int, level: int = 0) -> str:
    props = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def _level(ilvl: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


NUMBERING = (
    f'<w:abstractNum w:abstractNumId="0">{_level(0, "decimal", "%1.")}'
    f"{_level(1, 'lowerLetter', '%2)')}{_level(2, 'decimal', '%1.%2.%3')}</w:abstractNum>"
    f'<w:abstractNum w:abstractNumId="1">{_level(0, "bullet", "•")}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>'
    f'<w:abstractNum w:abstractNumId="2">{_level(0, "bullet", "☐")}{_level(1, "bullet", " ")}'
    '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>'
)


def test_docx_lists_keep_word_s_numbers_and_levels(tmp_path: Path) -> None:
    """Word numbers list paragraphs from its numbering part; they were all bullets, flat."""
    body = (
        _item("Register", 1)
        + _item("with its tax number", 1, 1)
        + _item("with its code", 1, 1)
        + _item("in full", 1, 2)
        + _item("Keep the receipt.", 0)
        + _item("File", 2)  # another list of the same definition counts on
        + wp("Interruption.")
        + _item("Start again", 3)  # restarts its numbers
        + _item("A bullet", 4, 0)
    )
    doc = _load_raw(tmp_path, body, numbering=NUMBERING)
    items = [(b.level, b.mark, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        (0, "1.", "Register"),
        (1, "a)", "with its tax number"),
        (1, "b)", "with its code"),
        (2, "1.b.1", "in full"),  # each level in its own format, as Word shows it
        (2, "", "Keep the receipt."),
        (0, "2.", "File"),
        (0, "1.", "Start again"),
        (0, None, "A bullet"),
    ]


def test_docx_a_list_style_numbers_its_paragraphs_and_a_task_s_box_is_kept(
    tmp_path: Path,
) -> None:
    """A style can number its paragraphs ("Aufzählung Strich": pandoc's german_styled_lists,
    read as plain paragraphs), and a task list's bullet is its box (☐), which was lost."""
    styles = (
        '<w:style w:type="paragraph" w:styleId="Aufzhlung"><w:name w:val="Aufzählung"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    deeper = '<w:numPr><w:ilvl w:val="1"/></w:numPr>'  # the style's list, one level down
    body = (
        wp("Call the office.", "Aufzhlung")
        + f'<w:p><w:pPr><w:pStyle w:val="Aufzhlung"/>{deeper}</w:pPr>'
        + "<w:r><w:t>Then write to it.</w:t></w:r></w:p>"
        + wp("Done.")
    )
    doc = _load_raw(tmp_path, body, numbering=NUMBERING, styles=styles)
    items = [(b.level, b.mark, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [(0, "☐", "Call the office."), (1, "", "Then write to it.")]
    assert doc.blocks[-1].kind == "paragraph"


def test_docx_note_numbers_count_footnotes_and_endnotes_apart(tmp_path: Path) -> None:
    def ref(tag: str, ident: int, custom: bool = False) -> str:
        flag = ' w:customMarkFollows="1"' if custom else ""
        return f'<w:r><w:{tag}Reference w:id="{ident}"{flag}/></w:r>'

    body = (
        f"<w:p><w:r><w:t>Trade grew.</w:t></w:r>{ref('footnote', 5)}{ref('endnote', 8)}</w:p>"
        f"<w:p><w:r><w:t>Exports fell.</w:t></w:r>{ref('footnote', 6)}"
        f"{ref('footnote', 7, custom=True)}<w:r><w:t>*</w:t></w:r></w:p>"
    )
    footnotes = "".join(
        f'<w:footnote w:id="{i}">{wp(t)}</w:footnote>'
        for i, t in ((5, "Customs data."), (6, "Port data."), (7, "* Our estimate."))
    )
    endnotes = f'<w:endnote w:id="8">{wp("See the appendix.")}</w:endnote>'
    doc = _load_raw(tmp_path, body, footnotes=footnotes, endnotes=endnotes)
    assert [b.text for b in doc.blocks] == [
        "Trade grew.¹ⁱ",
        "Exports fell.²*",
        "¹ Customs data.",
        "² Port data.",
        "* Our estimate.",
        "ⁱ See the appendix.",
    ]
