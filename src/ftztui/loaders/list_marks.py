"""The numbers an ordered list gives its items, in the styles HTML and Word name them."""

from __future__ import annotations

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip

#: Word's `w:numFmt` values, by HTML's `<ol type>` letter.
_STYLES = {
    "lowerLetter": "a",
    "upperLetter": "A",
    "lowerRoman": "i",
    "upperRoman": "I",
    "decimal": "1",
}


def list_number(number: int, style: str = "1") -> str:
    """`number` as a list counts it: `style` is HTML's type ("1", "a", "A", "i", "I") or
    Word's format ("decimal", "lowerLetter", ...). Letters go on "z", "aa", "ab" as a
    browser's do; what has no letter or numeral (0, a negative) stays in digits."""
    style = _STYLES.get(style, style)
    if number > 0 and style in ("a", "A"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style == "A" else letters
    if 0 < number < 4000 and style in ("i", "I"):
        numeral = ""
        for value, letters in _ROMAN:
            count, number = divmod(number, value)
            numeral += letters * count
        return numeral.upper() if style == "I" else numeral
    return str(number)


def whole_number(value: str | None) -> int | None:
    """A list's number as an attribute gives it ("3"), or None when it gives none that reads
    as one (HTML's `<ol start>`, Word's `w:start`)."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
