"""Bytes to text: BOMs, strict UTF-8, then a legacy encoding that reads as text, or refusal.

Saved documents are UTF-8 nearly always; the legacy files people still meet are Windows
Western (cp1252: curly quotes as single bytes 0x93/0x94), Simplified Chinese (GBK, whose
superset GB18030 decodes it) and Traditional Chinese (Big5). GBK is told from cp1252 by its
byte structure (lead/trail pairs in the GB2312 ranges against lone high bytes between ASCII
letters); each candidate must then read as text (mostly letters, no private-use or unassigned
code points, no control characters; Western text mostly ASCII).

Binary data is refused with a one-line reason: a known file signature, NUL bytes, control
bytes (text has none but tabs, line breaks, form feeds and terminal escapes; random data has
one byte in ten), or bytes that no encoding here turns into text. Random files of 64 bytes
and more are refused (tests/hostile/test_binary.py); a few dozen random bytes can be
indistinguishable from a short text in some legacy encoding, and may load.
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that a user may drop into the corpus by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file: name it .pdf to read it"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)

# GB2312 pairs: symbols (lead A1-A9) and hanzi (lead B0-F7), trail A1-FE.
_GB2312_PAIR = re.compile(rb"[\xa1-\xa9\xb0-\xf7][\xa1-\xfe]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Bytes that never occur in text: C0 controls other than tab, newline, CR, FF, ESC.
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class NotText(ValueError):
    """The bytes are not a text document; the message is the one-line reason."""


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes. Raises `NotText` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            if _garbled(text):
                raise NotText("not a text document (binary data after a byte order mark)")
            return text
    _refuse_binary(data)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    return _decode_legacy(data)


def _zipped(data: bytes) -> str | None:
    """What a ZIP file is when ftztui reads it under its own name (a Word file, an EPUB book
    saved as .txt), said with the name to give it."""
    import io
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return "a Word file: name it .docx to read it"
    if "META-INF/container.xml" in names:
        return "an EPUB book: name it .epub to read it"
    return None


#: More control bytes than this share of a sample is binary data (text has none but tabs,
#: line breaks, form feeds and terminal escapes; random bytes have about 10%).
CONTROL_SHARE = 0.01
#: Decoded as a legacy encoding, text is mostly letters; random bytes are about half.
LETTER_SHARE = 0.65
# Terminal escape sequences are text (a log with colours): their BEL/ST terminators don't count.
_OSC = re.compile(rb"\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?")


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic) and (magic != b"MZ" or b"\x00" in data[:512]):
            if magic == b"PK\x03\x04":
                what = _zipped(data) or what
            raise NotText(f"not a text document ({what})")
    sample = data[:65536]
    if not sample:
        return
    # UTF-16 without a BOM is half NULs but has a regular shape: let the next step have it.
    # One stray NUL in a text file is damage, not a sign of binary data; a few are.
    nuls = sample.count(0)
    if nuls > max(1, len(sample) // 1000) and _bomless_utf16(data) is None:
        raise NotText("not a text document (binary data: NUL bytes)")
    if sample.startswith(b"\x1b$)C") and _try(data, "iso2022_kr") is not None:
        return  # ISO-2022-KR shifts with SO/SI control bytes
    odd = len(_BINARY_BYTE.findall(_OSC.sub(b"", sample)))
    if odd > max(2, CONTROL_SHARE * len(sample)) and _bomless_utf16(data) is None:
        raise NotText("not a text document (binary data: control characters)")


def _garbled(text: str) -> bool:
    """Decoded text full of what text never holds: private-use or unassigned code points,
    lone surrogates, replacement marks, control characters (random bytes behind a BOM)."""
    import unicodedata

    sample = text[:20000]
    odd = sum(
        1
        for c in sample
        if (c < " " and c not in "\t\n\r\f\x1b")
        or c == "\ufffd"
        or unicodedata.category(c) in ("Co", "Cn", "Cs")
    )
    return odd > len(sample) // 50


def _reads_as_cjk(text: str) -> bool:
    return _plausible(text) and not _garbled(text)


def _mostly_ascii(text: str) -> bool:
    """Western text in a legacy encoding is mostly ASCII with a few accented letters; random
    bytes are half high bytes."""
    sample = text[:20000]
    return sum(c > "\x7f" for c in sample) <= 0.3 * max(1, len(sample))


def _plausible(text: str) -> bool:
    """Text decoded from a legacy encoding reads as text: mostly letters (CJK included), not
    the symbol soup random bytes give."""
    from ftztui.loaders.clean import strip_escape_sequences

    sample = strip_escape_sequences(text[:20000])
    controls = sum((c < " " and c not in "\t\n\r\f") or "\x7f" <= c <= "\x9f" for c in sample)
    if len(sample) < 256 and controls > 1:
        return False  # too short for the share of control bytes to tell; text has about none
    visible = [c for c in sample if not c.isspace()]
    if not visible:
        return True
    letters = sum(c.isalpha() or c.isdigit() or c in ".,;:!?'\"()-" for c in visible)
    return letters >= LETTER_SHARE * len(visible)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text shows NULs at every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    evens = sample[0::2].count(0)
    odds = sample[1::2].count(0)
    half = len(sample) // 2
    encoding = None
    if odds > 0.4 * half and evens < 0.05 * half:
        encoding = "utf-16-le"
    elif evens > 0.4 * half and odds < 0.05 * half:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with a few damaged bytes (a truncated copy) rather than a legacy encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F) - bad
    return multibyte >= 4 and bad * 8 <= multibyte


#: Tried in turn once GBK and Western text are ruled out; the first that reads as text wins.
_CJK_ENCODINGS = (
    *("big5", "cp949", "euc_jp", "shift_jis", "gb18030"),
    *("euc_jis_2004", "shift_jis_2004", "big5hkscs", "johab", "hz"),
)


def _decode_legacy(data: bytes) -> str:
    if data.startswith(b"\x1b$)C"):
        korean = _try(data, "iso2022_kr")
        if korean is not None:
            return korean
    gb = _try(data, "gb18030")
    big5 = _big5(data, gb)
    if big5 is not None:
        return big5
    western = _try(data, "cp1252")
    if gb is not None and (western is None or _looks_like_gbk(data)) and _reads_as_cjk(gb):
        return gb
    # cp1252 leaves five bytes undefined; they are controls in Latin-1 and get stripped later.
    western = western if western is not None else data.decode("latin-1")
    if _plausible(western) and _mostly_ascii(western):
        return western
    # Traditional Chinese, Korean, Japanese, then whatever GB18030 holds.
    for encoding in _CJK_ENCODINGS:
        text = gb if encoding == "gb18030" else _try(data, encoding)
        if text is not None and _reads_as_cjk(text):
            return text
    cyrillic = _cyrillic(data)
    if cyrillic is not None:
        return cyrillic
    raise NotText("not a text document (not UTF-8, and no legacy encoding gives text)")


def _cyrillic(data: bytes) -> str | None:
    """Russian and other Cyrillic text in Windows-1251 or KOI8-R: the right one of the two
    gives mostly lower-case letters (they swap the cases)."""
    best: tuple[float, str] | None = None
    for encoding in ("cp1251", "koi8_r"):
        text = _try(data, encoding)
        if text is None or not _reads_as_cjk(text):
            continue
        letters = [c for c in text[:20000] if "\u0400" <= c <= "\u04ff"]
        if len(letters) < 0.3 * max(1, len(text[:20000].strip())):
            continue
        lower = sum(c.islower() for c in letters) / len(letters)
        # Prose is mostly lower case; random bytes give as many capitals as small letters.
        if lower >= 0.75 and (best is None or lower > best[0]):
            best = (lower, text)
    return best[1] if best else None


def _big5(data: bytes, gb: str | None) -> str | None:
    """Traditional Chinese (Big5, as Windows' cp950 or Hong Kong's HKSCS extends it) when its
    decoding is made of common characters and the GB18030 one is not: both decode most of
    each other's bytes, into characters nobody writes."""
    big5 = _try(data, "cp950") or _try(data, "big5hkscs")
    if big5 is None:
        return None
    from ftztui.loaders.hanzi import common_share

    share = common_share(big5)
    return big5 if share >= 0.3 and (gb is None or share > common_share(gb)) else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_like_gbk(data: bytes) -> bool:
    """Most high bytes sit in GB2312 lead/trail pairs (Chinese text), not alone (Western text)."""
    high = len(_HIGH_BYTE.findall(data))
    if high == 0:
        return False
    paired = 2 * len(_GB2312_PAIR.findall(data))
    return paired >= 0.8 * high
