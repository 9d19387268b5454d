"""Lines in a PDF that are not text, though PDFium gives them as text.

- A font without a character map: PDFium gives its glyphs' numbers (3, 4, 5 …), which read as
  control characters and stray punctuation ('!" # !"$'). pdf.js's TAM review is set so on 21 of
  its 22 pages. Such lines are left out and recorded, shown as the codes' pictures (␃␄␅), and
  the page says that some of its text cannot be read.
- A rule drawn in a font of ornaments, whose glyphs stand on letters ("kikikikikik").
- Line numbers in the margin: a printer's proof (pdf.js's Free Culture), a court's pleading
  paper, a manuscript sent for review. Read in, they stood between the lines ("1 2 | develop it
  differently", "4 must be different").
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ftztui.loaders.pdf_layout import Paragraph
from ftztui.loaders.pdf_lines import Line

#: A rule drawn in a font of ornaments ("kikikikikik", "gtgtgtgtg gtgtgtgtg" in pdf.js's
#: pdkids, each taken as a section's title): a unit of two or three letters, not all one
#: ("xxxxxxxx" is a placeholder), said four times or more, nothing else.
ORNAMENT = re.compile(r"^(?:(([^\W\d_])(?!\2)[^\W\d_]{1,2})\1{3,}[^\W\d_]{0,2}\s*)+$")
ORNAMENT_REASON = "a rule of ornaments (letters of a decorative font)"
#: Why a line of a font's codes is left out, and what stands in its page's text instead.
CODES_REASON = "a font's character codes, not letters (no character map)"
CODES_NOTICE = (
    "Some of this page's text cannot be read: a font in this PDF gives character codes, not "
    "letters (a file made without a character map?). Open the file in your viewer to read it."
)
#: The same, once for pages in a row (TAM review: one notice, not 21 found by every search).
CODES_NOTICE_ON = (
    "Some of the text from this page on cannot be read: a font in this PDF gives character "
    "codes, not letters (a file made without a character map?). Open the file in your viewer "
    "to read it."
)
#: C0 control characters (tab, line ends and PDFium's hyphen mark apart): a font without a
#: character map gives its glyphs' numbers (3, 4, 5 …), which no real text holds.
_CODE_PICTURES = {code: 0x2400 + code for code in range(32)}
_CODES = re.compile("[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f]")


#: A font's codes that PDFium reads as printable characters: a chart's labels in pdf.js's
#: tracemonkey read "?>9@AJ.><J/F80-#3$4$56#". A word of them has digits and three or more
#: symbols a word of text has one or two of ("$5", "a=b"), and no run of four letters.
_SOUP = "#$&@<>*=^|\\{}"
_SOUP_WORD = re.compile(f"(?:\\S*[{re.escape(_SOUP)}]){{3}}")
_FOUR_LETTERS = re.compile(r"[^\W\d_]{4}")


def _soup_word(word: str) -> bool:
    return (
        _SOUP_WORD.match(word) is not None
        and any(c.isdigit() for c in word)
        and _FOUR_LETTERS.search(word) is None
    )


def _symbol_soup(text: str) -> bool:
    """Whether most words of a line are a font's codes read as symbols (`_SOUP_WORD`). Over
    pdf.js's 971 files: 123 lines, all such codes (a chart's labels in tracemonkey and its 9
    copies, 2 others); "Attendance#Line:#(408)#253=2850#ext.#6" stays, by its word."""
    words = text.split()
    soup = sum(1 for w in words if _soup_word(w))
    return soup > 0 and soup >= 0.6 * len(words)


def pictured(text: str) -> str:
    """The codes as their pictures (␃␄␅), so the record of a line shows it."""
    return text.translate(_CODE_PICTURES)


def without_codes(
    lines: list[Line], page: int, codes: list[tuple[int, str]]
) -> tuple[list[Line], Paragraph | None]:
    """The page's lines of letters; lines mostly of a font's codes go to `codes`, and a notice
    saying so stands first on the page (a reader would otherwise meet fragments of
    punctuation: pdf.js's TAM review read '!" # !"$' for 21 of its 22 pages)."""
    soup = any(_SOUP_WORD.search(line.text) for line in lines)
    if not soup and not any(_CODES.search(line.text) for line in lines):  # (nearly every page)
        return lines, None
    kept: list[Line] = []
    gone: list[Line] = []
    for line in lines:
        found = len(_CODES.findall(line.text))
        if (found >= 2 and 2 * found >= sum(not c.isspace() for c in line.text)) or (
            soup and _symbol_soup(line.text)
        ):
            codes.append((page, line.text))
            gone.append(line)
        else:
            kept.append(line)
    if not gone:
        return lines, None
    size = Counter(line.size for line in gone).most_common(1)[0][0]
    return kept, Paragraph(CODES_NOTICE, page, size, False, ended_short=True)


MARGIN_REASON = "line number in the margin"
#: A margin's line number; a printer's proof marks two with the sheet's side ("32S", "R33").
_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}")
_MARGIN_NUMBER = re.compile(r"^(?:[SR]?\d{1,3}[SR]?)$")


def margin_numbers(lines: list[Line], page: int, removed: list[tuple[int, str]]) -> list[Line]:
    """The page's lines without its margin's line numbers: five or more lone numbers, counting
    one by one from the top of the page down, left or right of every line of words (a title
    page's few lines too)."""
    numbers = [line for line in lines if _MARGIN_NUMBER.match(line.text)]
    if len(numbers) < 5:
        return lines
    text = [line for line in lines if _THREE_LETTERS.search(line.text)]
    if not text:
        return lines
    left = min(line.x0 for line in text)
    right = max(line.x1 for line in text)
    outside = [n for n in numbers if n.x1 < left - n.size or n.x0 > right + n.size]
    if len(outside) < 5:
        return lines
    outside.sort(key=lambda n: -n.top)
    values = [int(n.text.strip("SR")) for n in outside]
    if sum(b == a + 1 for a, b in pairwise(values)) < 0.8 * (len(values) - 1):
        return lines  # a column of figures, not a count of lines
    gone = {id(n) for n in outside}
    removed.extend((page, n.text) for n in outside)
    return [line for line in lines if id(line) not in gone]
