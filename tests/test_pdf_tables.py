"""Figures in a PDF table keep their row and column: header names set close together over
narrow columns, an empty column, and a stray block or page break between header and rows."""

from __future__ import annotations

from pathlib import Path

from ftztui.figures import extract_figures
from ftztui.loaders import load_document
from ftztui.model import Block, Document, Section
from tests.format_files import scaled_text_pdf

_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "Colorado",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
]


def _checks_pdf(path: Path) -> Path:
    """A wide table like the FBI's firearm checks: three names close together over three
    narrow columns ("Handgun Long Gun Other"), and a column ("Rentals") empty in every row,
    wide enough to look like the gutter between two columns of text."""
    size = 7.0
    texts = [
        (40.0, 800.0, 12.0, "Background checks by state"),
        (40.0, 760.0, size, "State"),
        (110.0, 760.0, size, "Permit"),
        (160.0, 760.0, size, "Handgun Long Gun Other"),
        (300.0, 760.0, size, "Rentals"),
        (430.0, 760.0, size, "Totals"),
    ]
    for n, state in enumerate(_STATES):
        y = 750.0 - 10 * n
        texts += [
            (40.0, y, size, state),
            (112.0, y, size, f"1,{100 + n}"),
            (163.0, y, size, f"2,{100 + n}"),
            (200.0, y, size, f"3,{100 + n}"),
            (237.0, y, size, f"4,{100 + n}"),
            (432.0, y, size, f"9,{100 + n}"),
        ]
    return scaled_text_pdf(path, texts)


def test_a_figure_in_a_pdf_table_is_named_by_its_row_and_its_column(tmp_path: Path) -> None:
    doc = load_document(_checks_pdf(tmp_path / "checks.pdf"))
    labels = {(f.text, f.label) for f in extract_figures(doc)}
    for n, state in enumerate(_STATES):
        assert (f"1,{100 + n}", f"{state}: Permit") in labels
        # names set close together over narrow columns: each column its own name
        assert (f"2,{100 + n}", f"{state}: Handgun") in labels
        assert (f"3,{100 + n}", f"{state}: Long Gun") in labels
        assert (f"4,{100 + n}", f"{state}: Other") in labels
        # after an empty column, and across the blank that is no gutter: still its column
        assert (f"9,{100 + n}", f"{state}: Totals") in labels
    rows = [b.text for b in doc.blocks if b.text.startswith("Alabama")]
    # the row read whole, in order, its empty cell kept
    assert rows == ["Alabama | 1,100 | 2,100 | 3,100 | 4,100 | | 9,100"]


def _document(*blocks: tuple[str, int]) -> Document:
    section = Section(
        title="Checks", blocks=tuple(Block("paragraph", text, page=page) for text, page in blocks)
    )
    return Document(id="checks", title="Checks", sections=(section,))


def _labels(doc: Document) -> dict[str, str]:
    return {f.text: f.label for f in extract_figures(doc)}


def test_a_header_carries_across_a_stray_block_and_a_page_break() -> None:
    header = ("State | Permit | Handgun | Long Gun", 1)
    # a stray piece of the header set apart, then the rows
    labels = _labels(_document(header, ("Long Gun", 1), ("Alabama | 18,870 | 23,022 | 22,650", 1)))
    assert labels["22,650"] == "Alabama: Long Gun"
    # the header at the foot of one page, a note, and the rows on the next page
    labels = _labels(
        _document(
            header,
            ("Alabama | 18,870 | 23,022 | 22,650", 1),
            ("* Other firearms", 1),
            ("Alaska | 209 | 3,062 | 3,209", 2),
        )
    )
    assert labels["3,209"] == "Alaska: Long Gun"


def test_a_header_does_not_carry_to_other_columns_or_past_a_caption() -> None:
    header = ("State | Permit | Handgun | Long Gun", 1)
    labels = _labels(_document(header, ("Note", 1), ("Alabama | 18,870 | 23,022", 1)))
    assert labels["23,022"] == "Alabama"  # three cells, not four: another table
    labels = _labels(
        _document(header, ("Table 2: Rentals", 1), ("Alabama | 18,870 | 23,022 | 22,650", 1))
    )
    assert labels["22,650"] == "Alabama"


def test_a_header_on_two_lines_names_the_cells_below() -> None:
    labels = _labels(
        _document(
            ("Country | Number of | Retail", 1),
            ("Country | retail outlets | sales (Ecu bn)", 1),
            ("Austria | 377 | 31", 1),
        )
    )
    assert labels["377"] == "Austria: Number of retail outlets"
    labels = _labels(
        _document(
            ("State | Pre-Pawn | Redemption", 1),
            ("State | Permit | Handgun | Long Gun | Handgun | Long Gun", 1),
            ("Alabama | 18,870 | 14 | 15 | 2,179 | 2,307", 1),
        )
    )
    assert labels["15"] == "Alabama: Long Gun"


def test_a_first_row_of_words_or_with_figures_is_a_row_not_a_second_header_line() -> None:
    header = ("Channel | Frequency | Notes", 1)
    labels = _labels(
        _document(
            header,
            ("YouTube | Varies (1-3 times/week) | Longer videos", 1),
            ("LinkedIn | 2 times a week | Posts", 1),
        )
    )
    assert labels["2 times"] == "LinkedIn: Frequency"  # the header was not joined with a row
    assert "1" in labels  # the first row keeps its figures
    labels = _labels(
        _document(
            header,
            ("Security review | No audit calendar kept by anyone | Weekly review", 1),
            ("Payroll | Error rate targets | 1,200", 1),
        )
    )
    assert labels["1,200"] == "Payroll: Notes"  # not named after a row of words


def _cells_pdf(path: Path, rows: list[list[str]], xs: list[float]) -> Path:
    """A table as spreadsheets print one: each cell one text object, its words set apart by
    single spaces (so a run of text holds several words), the cells at the columns' x."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    font = raw.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    for n, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=True):
            obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, 9.0)
            buf = ctypes.create_string_buffer((cell + "\0").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, 760.0 - 14 * n)
            raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(path))
    pdf.close()
    return path


def test_cells_of_several_words_each_keep_their_column(tmp_path: Path) -> None:
    # A cell's run of text holds several words: where the next cell begins is searched for.
    import pypdfium2 as pdfium

    from ftztui.loaders.pdf_lines import page_lines
    from ftztui.loaders.pdf_page import open_page

    rows = [
        ["Company name", "Address", "City", "Notice date", "Workers"],
        ["Acme Tool Works", "12 Main Street", "Fresno", "01/04/2016", "45"],
        ["Blue Sky Bakery Co", "7 Old Mill Road", "Visalia", "02/11/2016", "120"],
        ["Delta", "300 Harbor Boulevard West", "Long Beach", "03/01/2016", "8"],
        ["North Valley Farm Supply Inc", "9 Elm", "San Jose", "03/21/2016", "1,200"],
    ]
    path = _cells_pdf(tmp_path / "warn.pdf", rows, [40, 190, 330, 420, 500])
    pdf = pdfium.PdfDocument(path)
    try:
        with open_page(pdf, 0) as textpage:
            lines = page_lines(textpage, 1)
    finally:
        pdf.close()
    by_row: dict[float, list[str]] = {}
    for line in sorted(lines, key=lambda ln: (-ln.bottom, ln.x0)):
        by_row.setdefault(round(line.bottom), []).append(line.text)
    assert list(by_row.values()) == rows
