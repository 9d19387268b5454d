"""PDF, EPUB and Word files made by the tests themselves, in the awkward shapes real ones have.

PDFs are drawn with fpdf2 (line by line at fixed places, so a test knows exactly what is where);
EPUBs are zips written here; Word files are written with python-docx.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BODY = (
    "The pilot zone opened its first cross-border railway in the spring and the number of "
    "trains grew every month after that as new routes were added to the network."
)


def _pdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(__import__("datetime").datetime(2021, 4, 1))
    return pdf


def _lines(pdf: Any, x: float, y: float, lines: list[str], size: float = 11) -> float:
    pdf.set_font("helvetica", size=size)
    for line in lines:
        pdf.text(x, y, line)
        y += size * 1.3
    return y


def report_pdf(path: Path, pages: int = 4, *, outline: bool = True) -> Path:
    """One column, a running header and a page number on every page, a hyphenated word across
    a line end, a heading per page (in the outline when `outline`), a metadata title."""
    pdf = _pdf()
    pdf.set_title("Annual Report of the Pilot Zone")
    for n in range(1, pages + 1):
        pdf.add_page()
        _lines(pdf, 60, 40, ["Pilot Zone Annual Report 2021"], size=9)
        title = f"Chapter {n} Results of year {n}"
        if outline:
            pdf.start_section(title)
        pdf.set_font("helvetica", style="B", size=16)
        pdf.text(60, 100, title)
        _lines(
            pdf,
            60,
            140,
            [
                f"In year {n} the zone handled {n * 1200} containers of goods and its",
                "customs office cleared them in record time. The new proce-",
                "dures cut the waiting time to five days for most shipments.",
            ],
        )
        _lines(
            pdf,
            60,
            220,
            [
                "A second paragraph follows after a blank line and speaks of",
                f"the {n * 30} companies that registered in the zone that year.",
            ],
        )
        _lines(pdf, 290, 800, [str(n)], size=9)
    pdf.output(str(path))
    return path


def two_column_pdf(path: Path) -> Path:
    """A paper: a title across the page, then two columns whose lines are written interleaved
    (left, right, left, right...), as many generators do, so the file's order is not reading
    order."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=18)
    pdf.text(120, 60, "Trade Corridors in Two Columns")
    left = [f"left column line {i} talks about railways and ports" for i in range(1, 13)]
    right = [f"right column line {i} talks about customs and trade" for i in range(1, 13)]
    pdf.set_font("helvetica", size=10)
    y = 110.0
    for a, b in zip(left, right, strict=True):
        pdf.text(50, y, a)
        pdf.text(320, y, b)
        y += 13
    pdf.output(str(path))
    return path


def paper_with_authors_pdf(path: Path) -> Path:
    """A paper's first page: a title centred over two lines, an author line cut at each raised mark,
    centred affiliations crossing the gutter, then two justified columns whose lines are
    written interleaved (left, right, left, right...)."""
    pdf = _pdf()
    pdf.set_title("Tracing Loops Across Two Columns for Dynamic Languages")
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=18)
    for y, line in ((40, "Tracing Loops Across Two Columns for"), (62, "Dynamic Languages")):
        pdf.text(297.5 - pdf.get_string_width(line) / 2, y, line)  # centred
    pdf.set_font("helvetica", size=11)
    x = 150.0
    for piece in ["Ann Gal*", ", Ben Eich*", ", Mike Shaver+"]:  # a piece per text object
        pdf.text(x, 90, piece)
        x += pdf.get_string_width(piece) + 0.5
    pdf.set_font("helvetica", size=9)
    for n, affiliation in enumerate(
        ["Mozilla Corporation*", "{gal,brendan}@mozilla.com", "Adobe Corporation+"] * 3
    ):
        pdf.text(297.5 - pdf.get_string_width(affiliation) / 2, 110 + 11 * n, affiliation)
    pdf.set_font("helvetica", size=10)
    left = [f"Left column line {i} records hot loops as traces" for i in range(14)]
    right = [f"Right column line {i} runs cold code and waits" for i in range(14)]
    y = 230.0
    for a, b in zip(left, right, strict=True):
        pdf.text(50, y, a)
        pdf.text(345, y, b)
        y += 12
    pdf.output(str(path))
    return path


def table_pdf(path: Path) -> Path:
    """A table: a header row and value rows, cells set apart by wide blanks."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.text(60, 60, "Trade volume by district, in containers.")
    rows = [("District", "2020", "2021"), ("Yubei", "1,200", "1,450"), ("Jiangbei", "800", "950")]
    y = 100.0
    for row in rows:
        for x, cell in zip((60, 220, 340), row, strict=True):
            pdf.text(x, y, cell)
        y += 16
    pdf.output(str(path))
    return path


def scaled_text_pdf(
    path: Path,
    texts: list[tuple[float, float, float, str]],
    turned: Sequence[tuple[float, float, float, str]] = (),
) -> Path:
    """A page drawn the way Acrobat Distiller, Word and InDesign draw text: the font set at
    1 pt (`/F 1 Tf`) and scaled by the text matrix (`10 0 0 10 x y Tm`), each word its own text
    object. `texts` are (x, y from the bottom, size, text); a text whose words are separated by
    two spaces or more stays one object, its wide blanks made of spaces. `turned` texts are one
    object each, turned a quarter to read up the page (a table set on its side)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    font = raw.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    bounds = [ctypes.c_float() for _ in range(4)]
    for x, y, size, text in texts:
        for word in [text] if "  " in text else text.split():
            obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, 1.0)
            buf = ctypes.create_string_buffer((word + "\0").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
            raw.FPDFPageObj_Transform(obj, size, 0, 0, size, x, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
            raw.FPDFPageObj_GetBounds(obj, *bounds)
            x = bounds[2].value + 0.4 * size
    for x, y, size, text in turned:
        obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, 1.0)
        buf = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        raw.FPDFPageObj_Transform(obj, 0, size, -size, 0, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(path))
    pdf.close()
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with only drawings on them: no text layer, as a scan."""
    pdf = _pdf()
    for _ in range(pages):
        pdf.add_page()
        pdf.set_fill_color(120, 120, 120)
        pdf.rect(50, 50, 400, 600, style="F")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.add_page()
    _lines(pdf, 60, 60, ["A secret text."])
    pdf.set_encryption(
        owner_password="owner", user_password="user", encryption_method=EncryptionMethod.RC4
    )
    pdf.output(str(path))
    return path


# -- EPUB ---------------------------------------------------------------------------------------

_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf"
    media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

_OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1</dc:identifier>
    <dc:title>Voyages of the Yangtze</dc:title>
    <dc:creator>Li Wei</dc:creator>
    <dc:date>2019-06-01</dc:date>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine>
</package>"""

_NAV = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<body><nav epub:type="toc"><ol>
  <li><a href="text/one.xhtml">The Upper River</a></li>
  <li><a href="text/two.xhtml#start">The Three Gorges</a></li>
</ol></nav></body></html>"""

_NCX = """<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
  <navPoint id="p1"><navLabel><text>The Upper River</text></navLabel>
    <content src="text/one.xhtml"/></navPoint>
  <navPoint id="p2"><navLabel><text>The Three Gorges</text></navLabel>
    <content src="text/two.xhtml"/></navPoint>
</navMap></ncx>"""

CHAPTER_ONE = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>one</title></head><body>
<p>Editor: the river pilot kept a log of 300 voyages.</p>
<p>The boats carried tea and salt downstream for many weeks.</p>
<ul><li>first cargo: tea</li><li>second cargo: salt</li></ul>
</body></html>"""

CHAPTER_TWO = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>two</title></head><body>
<h1 id="start">Through the Gorges</h1>
<p>The gorges are narrow and the current is fast.</p>
<table><tr><th>Gorge</th><th>Length</th></tr><tr><td>Qutang</td><td>8 km</td></tr></table>
</body></html>"""


def epub_bytes(*, nav: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", _CONTAINER)
        opf = _OPF if nav else _OPF.replace(' properties="nav"', "")
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/nav.xhtml", _NAV)
        z.writestr("OEBPS/toc.ncx", _NCX)
        z.writestr("OEBPS/text/one.xhtml", CHAPTER_ONE)
        z.writestr("OEBPS/text/two.xhtml", CHAPTER_TWO)
    return out.getvalue()


def epub_file(path: Path, *, nav: bool = True) -> Path:
    path.write_bytes(epub_bytes(nav=nav))
    return path


# -- Word ---------------------------------------------------------------------------------------


def docx_file(path: Path) -> Path:
    import datetime

    import docx

    word = docx.Document()
    word.core_properties.title = "Quarterly Notes"
    word.core_properties.author = "Zhang Min"
    word.core_properties.created = datetime.datetime(2022, 3, 15, 9, 0)
    word.sections[0].header.paragraphs[0].text = "Internal - Quarterly Notes"
    word.add_paragraph("An opening paragraph before any heading.")
    word.add_heading("Trade", level=1)
    word.add_paragraph("Exports rose in the first quarter of the year.")
    word.add_paragraph("ports were busy", style="List Bullet")
    word.add_paragraph("railways were busier", style="List Bullet")
    word.add_heading("Volumes by district", level=2)
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("District", "Containers", "Trains"), ("Yubei", "1,200", "35"), ("Jiangbei", "800", "12")]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    word.add_paragraph("Table 1: Volumes by district", style="Caption")
    word.save(str(path))
    return path


_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOCX_NS = (
    f'xmlns:w="{_WML}" xmlns:r="{_REL}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def docx_raw(
    path: Path,
    body: str,
    *,
    footnotes: str | None = None,
    comments: str | None = None,
    numbering: str | None = None,
    styles: str | None = None,
    endnotes: str | None = None,
) -> Path:
    """A .docx written from WordprocessingML by hand: the shapes python-docx cannot make
    (content controls, text boxes, tracked changes, notes, comments, list numbering, styles),
    as Word writes them."""
    parts = {"footnotes": footnotes, "comments": comments, "numbering": numbering}
    parts["styles"] = styles
    parts["endnotes"] = endnotes
    types = "".join(
        f'<Override PartName="/word/{name}.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.wordprocessingml.{name}+xml"/>'
        for name, xml in parts.items()
        if xml is not None
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/{name}" Target="{name}.xml"/>'
        for i, (name, xml) in enumerate(parts.items(), start=10)
        if xml is not None
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types xmlns="{_CT}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            f"{types}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}">{rels}</Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {_DOCX_NS}><w:body>{body}</w:body></w:document>',
        )
        for name, xml in parts.items():
            if xml is not None:
                z.writestr(
                    f"word/{name}.xml",
                    f'<?xml version="1.0"?><w:{name} {_DOCX_NS}>{xml}</w:{name}>',
                )
    return path


def wp(text: str, style: str | None = None) -> str:
    """A paragraph of WordprocessingML holding one run."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


def handmade_pdf(path: Path, content: bytes) -> Path:
    """A one-page PDF written by hand: `content` is its content stream, in Helvetica (F1) or a
    bold Arial (F2, its weight in its descriptor: fpdf2's standard fonts carry none, so PDFium
    cannot tell their bold). For what a PDF library will not write, such as text of character
    codes below 32."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /FirstChar 32 /LastChar 126"
        b" /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /Arial,Bold /Flags 262176 /FontWeight 700"
        b" /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 136"
        b" /FontBBox [-628 -376 2000 1056] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def cjk_font(path: Path, chars: str) -> Path:
    """A TrueType font drawing each of `chars` as a full-width box (fpdf2 needs a font holding
    every character it writes, and no CJK font can be assumed on the machine): made with
    fontTools, which fpdf2 itself depends on."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    drawn = sorted(set(chars) - {" ", "\n"})
    names = {c: f"u{ord(c):04X}" for c in drawn}
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "space", *names.values()])
    builder.setupCharacterMap({32: "space", **{ord(c): name for c, name in names.items()}})
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, 800))
    pen.lineTo((950, 800))
    pen.lineTo((950, 0))
    pen.closePath()
    box, blank = pen.glyph(), TTGlyphPen(None).glyph()
    builder.setupGlyf({".notdef": blank, "space": blank, **dict.fromkeys(names.values(), box)})
    metrics = {".notdef": (1000, 0), "space": (500, 0)}
    builder.setupHorizontalMetrics({**metrics, **dict.fromkeys(names.values(), (1000, 50))})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Test CJK", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


def chinese_pdf(path: Path, pages: list[list[str]], leading: float = 1.6) -> Path:
    """A Chinese PDF: each page's paragraphs (a heading is a short one) wrapped by fpdf2 at the
    margins, 12 pt type on `leading` times its size, as Chinese reports are set (wide leading)."""
    font = cjk_font(path.with_suffix(".ttf"), "".join("".join(page) for page in pages))
    pdf = _pdf()
    pdf.add_font("cjk", fname=str(font))
    pdf.set_font("cjk", size=12)
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_xy(72, 72)
        for text in paragraphs:
            pdf.multi_cell(451, 12 * leading, text)
            pdf.ln(8)
    pdf.output(str(path))
    return path
