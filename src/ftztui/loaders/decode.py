"""Bytes to text: BOMs, strict UTF-8, then a choice between GB18030 and cp1252 by plausibility.

Saved documents are UTF-8 nearly always; the legacy files people still meet are Windows
Western (cp1252: curly quotes as single bytes 0x93/0x94) and Simplified Chinese (GBK, whose
superset GB18030 decodes it). The two are told apart by their byte structure: GBK text is made
of lead/trail byte pairs in the GB2312 ranges, while cp1252 text has lone high bytes between
ASCII letters, which GB18030 usually refuses outright. A small decoder is enough here and it is
deterministic and fast; charset-normalizer would add a dependency for no gain on these cases.
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
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
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
            return data[len(bom) :].decode(encoding, errors="replace")
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


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic) and (magic != b"MZ" or b"\x00" in data[:512]):
            raise NotText(f"not a text document ({what})")
    sample = data[:65536]
    if not sample:
        return
    odd = len(_BINARY_BYTE.findall(sample))
    # UTF-16 without a BOM is half NULs but has a regular shape: let the next step have it.
    if odd > len(sample) // 10 and _bomless_utf16(data) is None:
        raise NotText("not a text document (binary data)")


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


def _decode_legacy(data: bytes) -> str:
    gb = _try(data, "gb18030")
    big5 = _big5(data, gb)
    if big5 is not None:
        return big5
    western = _try(data, "cp1252")
    if gb is not None and (western is None or _looks_like_gbk(data)):
        return gb
    if western is not None:
        return western
    # cp1252 leaves five bytes undefined; they are controls in Latin-1 and get stripped later.
    return data.decode("latin-1")


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
