"""PDF documents: reading order, running headers, hyphenation, outline, pages, scans, passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.figures import extract_figures
from ftztui.loaders import LoadError, load_corpus, load_document
from ftztui.loaders.pdf import NO_TEXT_NOTE, UNREADABLE_NOTE
from ftztui.loaders.pdf_codes import (
    CODES_NOTICE,
    CODES_NOTICE_ON,
    CODES_REASON,
    MARGIN_REASON,
    ORNAMENT_REASON,
)
from tests.format_files import (
    encrypted_pdf,
    handmade_pdf,
    paper_with_authors_pdf,
    report_pdf,
    scaled_text_pdf,
    scanned_pdf,
    table_pdf,
    two_column_pdf,
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdfs")
    report_pdf(folder / "report.pdf")
    report_pdf(folder / "plain-report.pdf", outline=False)
    two_column_pdf(folder / "paper.pdf")
    table_pdf(folder / "table.pdf")
    scanned_pdf(folder / "scan.pdf")
    encrypted_pdf(folder / "secret.pdf")
    return folder


def test_sections_come_from_the_outline_and_the_title_from_metadata(files: Path) -> None:
    doc = load_document(files / "report.pdf")
    assert doc.format == "pdf"
    assert doc.title == "Annual Report of the Pilot Zone"
    assert doc.date == "2021-04-01"
    assert [s.title for s in doc.sections] == [
        f"Chapter {n} Results of year {n}" for n in (1, 2, 3, 4)
    ]


def test_without_an_outline_headings_are_found_by_font_size(files: Path) -> None:
    doc = load_document(files / "plain-report.pdf")
    assert [s.title for s in doc.sections] == [
        f"Chapter {n} Results of year {n}" for n in (1, 2, 3, 4)
    ]
    assert all(s.level == 1 for s in doc.sections)


def test_running_headers_and_page_numbers_are_removed_and_recorded(files: Path) -> None:
    doc = load_document(files / "report.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert "Pilot Zone Annual Report 2021" not in text
    headers = [r for r in doc.removed if r.reason == "repeated page header"]
    numbers = [r for r in doc.removed if r.reason == "page number"]
    assert [(r.text, r.page) for r in headers] == [
        ("Pilot Zone Annual Report 2021", n) for n in range(1, 5)
    ]
    assert [(r.text, r.page) for r in numbers] == [(str(n), n) for n in range(1, 5)]
    # each stands where its page starts, for the original view (all stood before block 0)
    pages = [b.page for b in doc.blocks]
    for record in headers:
        assert pages[record.before] == record.page
        assert record.before == 0 or pages[record.before - 1] < record.page


def test_paragraphs_are_rebuilt_and_hyphenated_words_joined(files: Path) -> None:
    doc = load_document(files / "report.pdf")
    first = doc.sections[0].blocks
    assert len(first) == 2
    assert "cleared them in record time. The new procedures cut the waiting time" in first[0].text
    assert first[1].text.startswith(
        "A second paragraph follows after a blank line and speaks of the 30"
    )


def test_every_block_knows_its_page(files: Path) -> None:
    doc = load_document(files / "report.pdf")
    for n, section in enumerate(doc.sections, start=1):
        assert {b.page for b in section.blocks} == {n}


def test_two_columns_are_read_one_after_the_other(files: Path) -> None:
    doc = load_document(files / "paper.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert doc.title == "Trade Corridors in Two Columns"
    # The file writes the columns' lines interleaved; the text reads all of the left first.
    places = [
        text.index(f"{side} column line {n} ") for side in ("left", "right") for n in range(1, 13)
    ]
    assert places == sorted(places)


def test_a_papers_first_page_reads_its_columns_under_a_centred_author_block(
    tmp_path: Path,
) -> None:
    """Centred affiliations cross the gutter: the columns were not seen, and each pair of lines
    side by side read as a table row ("Left ... | Right ..."), the abstract unreadable."""
    doc = load_document(paper_with_authors_pdf(tmp_path / "paper.pdf"))
    # The title's second line is no heading of its own.
    assert "Dynamic Languages" not in [s.title for s in doc.sections]
    texts = [b.text for b in doc.blocks]
    assert not any(" | " in t for t in texts)
    body = " ".join(texts)
    places = [
        body.index(f"{side} column line {n} ") for side in ("Left", "Right") for n in range(14)
    ]
    assert places == sorted(places)
    # The author line, cut by its producer at each raised mark, is one line again.
    assert "Ann Gal*, Ben Eich*, Mike Shaver+" in texts


def test_a_table_keeps_its_rows_and_its_figures_their_row(files: Path) -> None:
    doc = load_document(files / "table.pdf")
    rows = [b.text for b in doc.blocks if " | " in b.text]
    assert rows == ["District | 2020 | 2021", "Yubei | 1,200 | 1,450", "Jiangbei | 800 | 950"]
    labels = {f.text: f.label for f in extract_figures(doc)}
    assert labels["1,450"].startswith("Yubei")
    assert labels["950"].startswith("Jiangbei")


def test_a_pdf_without_text_layer_is_kept_with_a_note(files: Path) -> None:
    doc = load_document(files / "scan.pdf")
    assert doc.note == NO_TEXT_NOTE
    assert doc.blocks and "no text layer: its pages are images" in doc.blocks[0].text
    assert doc.blocks[0].page == 1
    assert extract_figures(doc) == []  # the explanation holds no number to list as a figure


def test_an_encrypted_pdf_is_refused_with_a_clear_reason(files: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_document(files / "secret.pdf")
    message = str(caught.value)
    assert message.startswith(str(files / "secret.pdf"))
    assert "encrypted" in message and "password" in message
    assert "\n" not in message


def test_a_corpus_of_pdfs_loads_what_it_can(files: Path) -> None:
    documents, errors = load_corpus(files)
    assert sorted(d.id for d in documents) == ["paper", "plain-report", "report", "scan", "table"]
    assert [e.path.name for e in errors] == ["secret.pdf"]


def test_text_scaled_by_its_matrix_has_its_size_and_its_columns(tmp_path: Path) -> None:
    # Most producers set the font at 1 pt and scale it with the text matrix; read as 1 pt, every
    # blank between words was wider than a column gutter and the columns came out word by word.
    texts = [(120.0, 780.0, 18.0, "Trade Corridors in Two Columns")]
    for n in range(1, 13):
        texts.append((50.0, 730.0 - 13 * n, 10.0, f"left column line {n} talks about ports"))
        texts.append((320.0, 730.0 - 13 * n, 10.0, f"right column line {n} talks about trade"))
    doc = load_document(scaled_text_pdf(tmp_path / "scaled.pdf", texts))
    assert doc.title == "Trade Corridors in Two Columns"
    text = " ".join(b.text for b in doc.blocks)
    places = [
        text.index(f"{side} column line {n} talks")
        for side in ("left", "right")
        for n in range(1, 13)
    ]
    assert places == sorted(places)


def test_numbers_spaced_apart_in_one_run_of_text_are_cells(tmp_path: Path) -> None:
    texts = [
        (60.0, 700.0, 11.0, "Trade volume by district, in containers."),
        (60.0, 660.0, 11.0, "District"),
        (220.0, 660.0, 11.0, "2020           2021"),
        (60.0, 644.0, 11.0, "Yubei"),
        (220.0, 644.0, 11.0, "1,200          1,450"),
        (60.0, 628.0, 11.0, "Jiangbei"),
        (220.0, 628.0, 11.0, "800            950"),
    ]
    doc = load_document(scaled_text_pdf(tmp_path / "row.pdf", texts))
    rows = [b.text for b in doc.blocks if " | " in b.text]
    assert rows == ["District | 2020 | 2021", "Yubei | 1,200 | 1,450", "Jiangbei | 800 | 950"]
    labels = {f.text: f.label for f in extract_figures(doc)}
    assert labels["1,450"].startswith("Yubei")


def test_a_bulleted_point_in_large_type_is_not_a_heading_nor_a_page_number_a_title(
    tmp_path: Path,
) -> None:
    # Slides set their points in large type, and a register prints its page number in the
    # largest type on the page: neither is a section title or the document's title.
    texts = [
        (60.0, 800.0, 24.0, "47698"),
        (60.0, 760.0, 16.0, "Free Trade Zone Results"),
        (60.0, 720.0, 14.0, "• Customs clearance"),
    ]
    for n in range(8):
        texts.append((60.0, 690.0 - 14 * n, 10.0, f"Clearance took {n + 2} days at the port."))
    doc = load_document(scaled_text_pdf(tmp_path / "slides.pdf", texts))
    assert doc.title == "Free Trade Zone Results"
    assert "• Customs clearance" not in [s.title for s in doc.sections]
    assert any("Customs clearance" in b.text for b in doc.blocks)


def test_a_first_page_all_in_one_size_gives_no_title_by_size(tmp_path: Path) -> None:
    # A register's first page opens with its running header in body type: the file's name is a
    # better title than whichever line happens to sit on top.
    texts = [(60.0, 800.0, 10.0, "Federal Register / Vol. 73, No. 160 / Monday, August 18")]
    for n in range(10):
        texts.append((60.0, 770.0 - 14 * n, 10.0, f"The agency proposes rule {n} for aircraft."))
    doc = load_document(scaled_text_pdf(tmp_path / "register-notice.pdf", texts))
    assert doc.title == "register notice"


def _body(texts: list[tuple[float, float, float, str]], top: float) -> None:
    for n in range(10):
        texts.append(
            (60.0, top - 14 * n, 10.0, f"Freight through the port grew by {n + 3} percent.")
        )


def test_a_paragraph_in_the_largest_type_is_not_the_title(tmp_path: Path) -> None:
    # A crop report's first page is tables in small type and one paragraph in larger type: the
    # paragraph (five lines, one right below the other) is prose, not a title.
    texts = [
        (60.0, 800.0 - 14 * n, 12.0, f"The estimated yield is {n + 180} million tons")
        for n in range(5)
    ]
    _body(texts, 700.0)
    doc = load_document(scaled_text_pdf(tmp_path / "crop-report.pdf", texts))
    assert doc.title == "crop report"
    assert any("estimated yield is 180" in b.text for b in doc.blocks)  # still in the text


def test_a_table_header_row_in_the_largest_type_is_not_the_title(tmp_path: Path) -> None:
    texts = [
        (60.0, 800.0, 12.0, "District"),
        (250.0, 800.0, 12.0, "Payee"),
        (400.0, 800.0, 12.0, "Amount"),
    ]
    _body(texts, 770.0)
    doc = load_document(scaled_text_pdf(tmp_path / "payments.pdf", texts))
    assert doc.title == "payments"
    # two lines below each other in the largest type are still a title
    texts = [(60.0, 800.0, 16.0, "Free Trade Zone"), (60.0, 782.0, 16.0, "Annual Results")]
    _body(texts, 750.0)
    doc = load_document(scaled_text_pdf(tmp_path / "results.pdf", texts))
    assert doc.title == "Free Trade Zone Annual Results"


def test_a_metadata_title_without_letters_is_not_the_title(tmp_path: Path) -> None:
    # A producer's job number ("88300 162..177") in the file's Title field: the first page's
    # largest line is the better title.
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_title("88300 162..177")
    pdf.add_page()
    pdf.set_font("helvetica", size=20)
    pdf.text(60, 80, "Shift Work Interventions")
    pdf.set_font("helvetica", size=10)
    for n in range(10):
        pdf.text(60, 120 + 13 * n, f"Workers on rotating shifts reported conflict in case {n}.")
    pdf.output(str(tmp_path / "chapter.pdf"))
    assert load_document(tmp_path / "chapter.pdf").title == "Shift Work Interventions"


def test_text_set_up_the_page_is_not_the_title(tmp_path: Path) -> None:
    # A table turned on its side: its header, in the largest type, runs up the page.
    texts: list[tuple[float, float, float, str]] = []
    _body(texts, 700.0)
    turned = [(500.0, 300.0, 14.0, "OBLIGATION DESCRIPTION")]
    doc = load_document(scaled_text_pdf(tmp_path / "turned.pdf", texts, turned))
    assert doc.title == "turned"
    kept = [b.text for b in doc.blocks] + [r.text for r in doc.removed]
    assert "OBLIGATION DESCRIPTION" in kept  # not lost


def test_pdf_whose_text_is_only_codes_is_listed_with_a_note(tmp_path: Path) -> None:
    """pdf.js's test files hold four such PDFs (pdftotext prints control characters or
    nothing). Like a scan, each is in the library with a note, not refused."""
    codes = handmade_pdf(tmp_path / "codes.pdf", b"BT /F1 12 Tf 20 100 Td (\\003\\024\\025) Tj ET")
    doc = load_document(codes)
    assert doc.note == UNREADABLE_NOTE
    assert "cannot be read" in doc.blocks[0].text
    plain = handmade_pdf(tmp_path / "plain.pdf", b"BT /F1 12 Tf 20 100 Td (Hello world) Tj ET")
    assert ([b.text for b in load_document(plain).blocks], load_document(plain).note) == (
        ["Hello world"],
        None,
    )


@pytest.mark.parametrize("metadata", ["10811.exe", "Microsoft Excel - zones.xlsx", "draft.rtf"])
def test_a_file_name_in_the_metadata_is_no_title(tmp_path: Path, metadata: str) -> None:
    """A producer's job or file name ("10811.exe" on a Supreme Court transcript) yields to the
    first page's largest line."""
    heading = "Oral Argument in the Pilot Zone Case"
    body = "The court heard both parties on the customs rules of the zone today."
    path = _headed_page(tmp_path / "transcript.pdf", heading, body, title=metadata)
    assert load_document(path).title == heading


@pytest.mark.parametrize(
    "reference",
    ["ARRAY(0x2c7cf020)", "<object object at 0x7f3a2c1b8e30>", "java.lang.Object@1b6d3586"],
)
def test_a_programs_reference_in_the_metadata_is_no_author_nor_title(
    tmp_path: Path, reference: str
) -> None:
    """pdf.js's TAM review names its author "ARRAY(0x2c7cf020)", a Perl array printed by the
    program that made it: shown as the source, it reads as the document's author."""
    heading = "Overview of the Acceptance Model"
    body = "The model explains how users come to accept a new technology at work."
    review = _headed_page(tmp_path / "review.pdf", heading, body, author=reference, title=reference)
    assert (load_document(review).source, load_document(review).title) == (None, heading)
    named = _headed_page(tmp_path / "named.pdf", heading, body, author="Lawrence Lessig")
    assert load_document(named).source == "Lawrence Lessig"


def _headed_page(path: Path, heading: str, body: str, *, title: str = "", author: str = "") -> Path:
    """A page of a heading in large type and a line of text, with the metadata given."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    if author:
        pdf.set_author(author)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("helvetica", size=20)
    pdf.text(60, 80, heading)
    pdf.set_font("helvetica", size=11)
    pdf.text(60, 120, body)
    pdf.output(str(path))
    return path


def test_lines_of_a_fonts_codes_leave_a_notice_and_a_record_not_punctuation(
    tmp_path: Path,
) -> None:
    """pdf.js's TAM review: 21 of its 22 pages are set in a font without a character map, and
    read as '!" # !"$'. Such lines are recorded as removed, with why; the page says its text
    cannot be read, the document's note says how much; readable lines stay."""
    content = (
        b"BT /F1 10 Tf 20 170 Td (The survey asked users how they accept new tools.) Tj ET "
        b"BT /F1 10 Tf 20 150 Td (\\003\\004\\005\\003\\006\\004\\007 !) Tj ET "
        b"BT /F1 10 Tf 20 130 Td (\\020\\021\\022\\023\\024 \\021) Tj ET"
    )
    doc = load_document(handmade_pdf(tmp_path / "review.pdf", content))
    texts = [b.text for b in doc.blocks]
    assert texts[0] == CODES_NOTICE
    assert "The survey asked users how they accept new tools." in texts
    assert not any("!" in t for t in texts)
    assert [r.reason for r in doc.removed] == [CODES_REASON, CODES_REASON]
    assert doc.note == "1 of 1 page partly unreadable: no character map?"
    # pages in a row get one notice (TAM review: 21 pages, found by every search 21 times)
    twice = tmp_path / "twice.pdf"
    twice.write_bytes(
        (tmp_path / "review.pdf")
        .read_bytes()
        .replace(b"/Kids [3 0 R] /Count 1", b"/Kids [3 0 R 3 0 R] /Count 2")
    )
    texts = [b.text for b in load_document(twice).blocks]
    assert [t for t in texts if "cannot be read" in t] == [CODES_NOTICE_ON]


def test_a_chart_s_labels_read_as_symbols_are_recorded_not_text_or_money(
    tmp_path: Path,
) -> None:
    """tracemonkey's charts are labelled in a font whose codes PDFium reads as printable
    symbols ("?>9@AJ.><J/F80-#3$4$56#"): shown as text, and listed as money ($4, $56) by the
    figures sidebar. A line of code stays."""
    content = (
        b"BT /F1 10 Tf 20 170 Td (The trace compiler runs 26 benchmarks in 250 ms.) Tj ET "
        b"BT /F1 10 Tf 20 150 Td (?>9@AJ.><J/F80-#3$4$56# 7<>;./89-@/#3'4,56#) Tj ET "
        b"BT /F1 10 Tf 20 130 Td (if \\(a >= b && c\\) { x++; }) Tj ET"
    )
    doc = load_document(handmade_pdf(tmp_path / "chart.pdf", content))
    texts = [b.text for b in doc.blocks]
    assert not any("?>9@AJ" in t for t in texts)
    assert any("if (a >= b && c) { x++; }" in t for t in texts)
    assert [r.reason for r in doc.removed] == [CODES_REASON]
    assert "$4" not in {f.text for f in extract_figures(doc)}


def test_a_paragraph_opening_with_a_bold_phrase_is_no_section(tmp_path: Path) -> None:
    """tracemonkey's run-in heads ("Detailed performance metrics. In Figure 11 we show the
    frac-"): the first line, bold where it starts, became a section title cut mid-word. A
    line bold from end to end is still a heading."""
    body = b"(we show the fraction of instructions run as native code.) Tj "
    content = (
        b"BT /F2 9 Tf 20 180 Td (Results) Tj ET "
        b"BT 14 TL /F2 9 Tf 20 160 Td (Detailed performance metrics of it.) Tj"
        b" /F1 9 Tf ( In Figure 11) Tj T* " + body + b"T* " + body + b"ET"
    )
    doc = load_document(handmade_pdf(tmp_path / "paper.pdf", content))
    assert [s.title for s in doc.sections if s.title] == ["Results"]
    assert doc.blocks[0].text.startswith(
        "Detailed performance metrics of it. In Figure 11 we show the fraction"
    )


def test_a_rule_of_ornaments_is_recorded_and_the_title_under_it_opens_the_section(
    tmp_path: Path,
) -> None:
    """pdf.js's pdkids draws a rule in a font of ornaments over each story: the rule's letters
    ("kikikikikik") were the sections' titles, and the stories' own titles body text."""
    story = b"(The night was cold and the road was long, and he walked on alone.) Tj T* "
    content = (
        b"BT 12 TL /F1 9 Tf 20 190 Td (Stories for young readers, in the public domain.) Tj ET "
    )
    for y, rule, title in (
        (160, b"kikikikikikiki", b"How I Escaped"),
        (80, b"gtgtgtgt gtgtgtgt", b"The Pot of Gold"),
    ):
        content += b"BT /F1 18 Tf 20 %d Td (%s) Tj ET " % (y, rule)
        content += b"BT /F2 9 Tf 20 %d Td (%s) Tj ET " % (y - 20, title)
        content += b"BT 12 TL /F1 9 Tf 20 %d Td " % (y - 36) + story * 3 + b"ET "
    doc = load_document(handmade_pdf(tmp_path / "stories.pdf", content))
    assert doc.title == "stories"  # not the rule
    assert [s.title for s in doc.sections if s.title] == ["How I Escaped", "The Pot of Gold"]
    assert [(r.text, r.reason) for r in doc.removed if r.reason == ORNAMENT_REASON] == [
        ("kikikikikikiki", ORNAMENT_REASON),
        ("gtgtgtgt gtgtgtgt", ORNAMENT_REASON),
    ]


def test_line_numbers_in_the_margin_are_recorded_not_read_between_the_lines(
    tmp_path: Path,
) -> None:
    """pdf.js's Free Culture is a printer's proof numbered 1 to 33 down the margin, as a court's
    pleading paper or a manuscript under review is: the numbers stood between the lines ("1 2 |
    develop it differently", "4 must be different"). A table's column of numbers stays."""
    from fpdf import FPDF

    line = "the market for these comics exists beside the commercial one and grows"
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for n in range(1, 25):
        y = 80 + 14 * n
        pdf.text(20, y, str(n))
        pdf.text(90, y, "the market grows." if n % 8 == 0 else line)
    for n, (item, price) in enumerate([("Paper", "12"), ("Ink", "7"), ("Binding", "30")]):
        pdf.text(90, 500 + 14 * n, item)
        pdf.text(300, 500 + 14 * n, price)
    pdf.output(str(tmp_path / "proof.pdf"))
    doc = load_document(tmp_path / "proof.pdf")
    texts = [b.text for b in doc.blocks]
    assert not any(t[:1].isdigit() or t.split(" | ")[0].isdigit() for t in texts)
    assert len([t for t in texts if t.endswith(".")]) == 3  # three paragraphs, not 24 lines
    margins = [r.text for r in doc.removed if r.reason == MARGIN_REASON]
    assert margins == [" ".join(str(n) for n in range(1, 25))]  # one record for the page
    assert any("Binding" in t and "30" in t for t in texts)  # the table's numbers stay


def test_labels_set_right_between_centred_lines_are_read_in_place_not_as_a_column(
    tmp_path: Path,
) -> None:
    """A court's parties block (pdf.js's issue11913): each party centred, its role set right on
    a row of its own. Read as a column, the roles came after all the names."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 60.0

    def put(text: str, where: str) -> None:
        nonlocal y
        width = pdf.get_string_width(text)
        x = {"left": 30.0, "centre": (595 - width) / 2, "right": 565 - width}[where]
        pdf.text(x, y, text)
        y += 10

    for judge in ("Keane C.J.", "Denham J.", "Murphy J.", "Murray J.", "Hardiman J."):
        put(judge, "left")
    for party, role in (
        ("JAMIE SINNOTT SUING BY HIS MOTHER", "Plaintiff/Respondent"),
        ("THE MINISTER FOR EDUCATION", "Defendants/Appellants"),
        ("KATHRYN SINNOTT", "Plaintiff/Respondent"),
        ("THE ATTORNEY GENERAL", "Defendants/Appellants"),
    ):
        put(party, "centre")
        put(role, "right")
        put("and", "centre")
    pdf.output(str(tmp_path / "judgment.pdf"))
    text = " ".join(b.text for b in load_document(tmp_path / "judgment.pdf").blocks)
    order = [text.index(part) for part in ("JAMIE", "Plaintiff", "MINISTER", "Defendants")]
    assert order == sorted(order), text


def test_columns_under_a_figure_across_the_page_are_read_as_columns(tmp_path: Path) -> None:
    """tracemonkey's third page: a code listing across the page, its caption, then two
    columns, which were read as rows of a table ("ate representation we call LIR | TraceMonkey
    returns to the interpreter")."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("courier", size=8)
    for n in range(14):  # a listing set in from the margin, across where the gutter is below
        pdf.text(150, 60 + 10 * n, f"v{n:02} := ld state[{748 + n}] // load it from the record")
    pdf.set_font("helvetica", size=10)
    caption = [  # across the page, as a figure's caption is
        "Figure 3. LIR snippet for sample program. This is the LIR recorded for line 5 of the",
        "program in Figure 1. The LIR encodes the semantics in SSA form using temporary variables.",
    ]
    for n, line in enumerate(caption):
        pdf.text(54, 215 + 11 * n, line)
    pdf.set_font("helvetica", size=9)
    for n in range(20):
        y = 250 + 11 * n
        pdf.text(54, y, f"left column line {n + 1:02} of the text reads on and on and on")
        pdf.text(317, y, f"right column line {n + 1:02} of the text reads on and on and")
    pdf.output(str(tmp_path / "paper.pdf"))
    doc = load_document(tmp_path / "paper.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert not any("column line" in b.text and " | " in b.text for b in doc.blocks)
    places = [
        text.index(f"{side} column line {n:02} ") for side in ("left", "right") for n in (1, 20)
    ]
    assert places == sorted(places)


def test_the_outline_names_the_sections_even_where_the_page_shows_no_heading(
    tmp_path: Path,
) -> None:
    """Free Culture's 58 bookmarks were dropped without a word under pypdfium2 5 (its bookmarks
    are objects, not 4's named tuples), and its printer's marks became the sections."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_font("helvetica", size=11)
    for chapter in ("Creators", "Mere Copyists", "Catalogs"):
        pdf.add_page()
        pdf.start_section(f"Chapter: {chapter}")  # a bookmark only: no heading on the page
        for n in range(6):
            pdf.text(60, 80 + 14 * n, f"Text of the chapter on {chapter.lower()}, line {n + 1}.")
    pdf.start_section("htmldoc797.html")  # a converter's file name is no section
    pdf.output(str(tmp_path / "book.pdf"))
    doc = load_document(tmp_path / "book.pdf")
    assert [s.title for s in doc.sections] == [
        "Chapter: Creators",
        "Chapter: Mere Copyists",
        "Chapter: Catalogs",
    ]


def test_a_page_pdfium_cannot_load_leaves_the_others_readable(tmp_path: Path) -> None:
    """pdf.js's Pages-tree-refs: its second page cannot be loaded, and the whole file was
    refused ("could not be parsed (ValueError)")."""
    one = handmade_pdf(tmp_path / "one.pdf", b"BT /F1 12 Tf 20 100 Td (Hello from page one.) Tj ET")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(
        one.read_bytes().replace(b"/Kids [3 0 R] /Count 1", b"/Kids [3 0 R 99 0 R] /Count 2")
    )
    doc = load_document(broken)
    assert [b.text for b in doc.blocks] == ["Hello from page one."]
    assert doc.note == "1 of 2 pages damaged: could not be read"


def test_a_bold_line_broken_mid_word_and_a_list_of_names_are_no_headings(tmp_path: Path) -> None:
    """tracemonkey: a caption opening with a bold sentence ("Figure 11. Fraction of dynamic
    bytecodes executed by inter-") and the third line of its authors, in a larger type,
    became sections."""
    body = b"(we show the fraction of instructions run as native code in each test.) Tj "
    content = (
        b"BT 11 TL /F1 9 Tf 20 185 Td " + body + b"T* " + body + b"ET "
        b"BT 11 TL /F2 9 Tf 20 150 Td (Figure 11. Fraction of dynamic bytecodes executed by "
        b"inter-) Tj /F1 9 Tf T* (preter and on native traces. The speedup is shown.) Tj ET "
        b"BT 13 TL /F1 11 Tf 40 110 Td (Andreas Gal, Brendan Eich, Mike Shaver, David Anderson,)"
        b" Tj T* (Jesse Ruderman, Edwin Smith, Rick Reitmaier, Michael Franz) Tj ET "
        b"BT 11 TL /F1 9 Tf 20 60 Td " + body + b"T* " + body + b"ET"
    )
    doc = load_document(handmade_pdf(tmp_path / "paper.pdf", content))
    assert [s.title for s in doc.sections] == [None]
    texts = [b.text for b in doc.blocks]
    assert any(
        t.startswith("Figure 11. Fraction of dynamic bytecodes executed by interpreter and")
        for t in texts
    )
    assert any("Jesse Ruderman" in t for t in texts)


def test_a_page_number_standing_apart_above_a_footer_is_removed(tmp_path: Path) -> None:
    """TAM review numbers its pages above a repeated footer ("Sprouts - http://…"): only the
    footer, the lowest line, was taken as the page's edge, and each number stayed a paragraph
    of its own, between the pages' text."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_font("helvetica", size=10)
    for page in range(1, 5):
        pdf.add_page()
        for n in range(12):
            pdf.text(72, 90 + 14 * n, f"Page {page} discusses the acceptance model in part {n}.")
        pdf.text(300, 700, str(page))
        pdf.text(90, 765, "Sprouts - http://sprouts.aisnet.org/9-37")
    pdf.output(str(tmp_path / "review.pdf"))
    doc = load_document(tmp_path / "review.pdf")
    assert not any(b.text.strip().isdigit() for b in doc.blocks)
    numbers = [(r.text, r.page) for r in doc.removed if r.reason == "page number"]
    assert numbers == [(str(n), n) for n in range(1, 5)]
