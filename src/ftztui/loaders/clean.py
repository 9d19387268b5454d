"""Text hygiene applied to everything a loader returns: no control sequences, NFC, tidy spaces.

A document is data. Whatever bytes it holds, nothing in a `Document` may make a terminal do
something (clear the screen, retitle the window, reorder text with bidi overrides), so whole
ANSI/OSC sequences are removed here, not just their ESC byte, and every other C0/C1 control but
newline and tab goes too. Markup-looking text such as `[bold]` is left alone: it is data, and the
display layers escape it.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences, longest forms first. OSC/DCS/SOS/PM/APC run to BEL or ST (ESC \);
# an unterminated one is cut at the end of its line rather than swallowing the rest of the file.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      \x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
    | [\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # their 8-bit forms
    | \x1b\[[0-?]*[ -/]*[@-~]?                             # CSI
    | \x9b[0-?]*[ -/]*[@-~]?                               # 8-bit CSI
    | \x1b[ -/]*[0-~]?                                     # other escapes (ESC 7, ESC ( B ...)
    """,
    re.VERBOSE,
)
# Every C0 control but \t and \n, DEL, C1, and the bidi embedding/override/isolate controls
# (U+202A-U+202E, U+2066-U+2069). LRM/RLM/ALM stay: they are ordinary marks in RTL text.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff]"
)
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Horizontal space other than tab, collapsed inside prose (NBSP shows up in saved pages).
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")
_ZERO_WIDTH = re.compile("[\u200b\u2060]")
#: A space `_SPACES` turns into " " (found before substituting: a search is much cheaper than
#: putting every single space back as itself).
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]")


_NEEDS_WORK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029\ud800-\udfff"
    "\ufdd0-\ufdef\ufffe\uffff]"
)
#: Where a loader joined two lines with no space between them (Chinese or Japanese text broken
#: mid-word in the source): a Unicode noncharacter, never text, which separates words while
#: the loader compares its text with another's and is deleted by `clean_text`, as every
#: noncharacter is.
NO_SPACE = "\ufdd0"
#: UTF-16 halves, which a library reading UTF-16 one unit at a time hands over (PDFium gives a
#: character outside the BMP, such as a mathematical italic, as two "characters").
_SURROGATE = re.compile("[\ud800-\udfff]")


# UTF-8 read as Latin-1 ("youâ\x80\x99re" for "you’re"): a lead byte and continuation bytes, at
# least one of them a C1 control, which no text holds and which would be deleted below.
_C1 = re.compile("[\u0080-\u009f]")
_MOJIBAKE = re.compile("[\u00c2-\u00f4](?:[\u0080-\u00bf])*[\u0080-\u009f][\u0080-\u00bf]*")


def _repair(match: re.Match[str]) -> str:
    try:
        return match.group(0).encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)


def clean_text(text: str) -> str:
    """Normalise line breaks, repair UTF-8 read as Latin-1, drop control sequences, controls
    and noncharacters (`NO_SPACE` among them), and normalise to NFC."""
    if not _NEEDS_WORK.search(text) and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text  # the common case: nothing to do, found by two C scans
    if _SURROGATE.search(text):  # halves paired into their character; a lone one is U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if _C1.search(text):
        text = _MOJIBAKE.sub(_repair, text)
    text = _LINE_BREAKS.sub("\n", text)
    if "\x1b" in text or _has_c1_introducer(text):
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


#: Controls `clean_text` deletes that are the file's own, worth a record: not the byte order
#: mark, nor the noncharacters a loader marks its own joins with.
_FILE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def dropped_controls(text: str) -> str | None:
    """What `clean_text` deletes from `text` that the file held (terminal escape sequences,
    control characters), shown as visible characters ("␛[31m", "␇"), or None: so that a
    loader can record it rather than drop it silently."""
    if not _NEEDS_WORK.search(text):
        return None
    text = _LINE_BREAKS.sub("\n", text)
    found = [m.group() for m in _ESCAPE_SEQUENCE.finditer(text)]
    rest = _ESCAPE_SEQUENCE.sub("", text) if found else text
    found += _FILE_CONTROL.findall(rest)
    if not found:
        return None
    from ftztui.safetext import safe_text

    return " ".join(safe_text(part) for part in found)


def strip_escape_sequences(text: str) -> str:
    """`text` without its terminal escape sequences (whole: ESC ] ... BEL goes, not just ESC)."""
    if "\x1b" in text or _has_c1_introducer(text):
        return _ESCAPE_SEQUENCE.sub("", text)
    return text


def _has_c1_introducer(text: str) -> bool:
    return any(c in text for c in "\x9b\x9d\x90\x98\x9e\x9f")


def tidy_prose(text: str) -> str:
    """One paragraph's text: runs of spaces collapsed, zero-width spaces dropped, ends trimmed."""
    if text.isascii():  # the common case, checked in C: only doubled spaces or tabs to collapse
        if "  " in text or "\t" in text:
            text = _SPACES.sub(" ", text)
        return text.strip()
    if "\u200b" in text or "\u2060" in text:  # `in` is cheaper than a pattern's search
        text = _ZERO_WIDTH.sub("", text)
    if "  " in text or _ODD_SPACE.search(text):  # else every run of spaces is one " " already
        text = _SPACES.sub(" ", text)
    return text.strip()


def tidy_line(text: str) -> str:
    """A single-line value (title, source, heading): newlines become spaces too."""
    return tidy_prose(clean_text(text).replace("\n", " "))


def clean_optional(value: str | None) -> str | None:
    """A metadata value cleaned like a title, or None when nothing is left."""
    if value is None:
        return None
    value = tidy_line(value)
    return value or None


#: Blocks longer than this are split so that a 5 MB one-line file stays usable in the reader.
MAX_BLOCK_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?。！？;；](?:[\"'”’)\]]*)\s+|[。！？]")


def split_long(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, cut at a line, sentence or space boundary if any."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut_point(text, start, start + limit)
        piece = text[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, start: int, end: int) -> int:
    """Where to end the piece text[start:...]: never before half the limit, never after `end`."""
    floor = start + (end - start) // 2
    newline = text.rfind("\n", floor, end)
    if newline > 0:
        return newline + 1
    last = -1
    for match in _SENTENCE_END.finditer(text, floor, end):
        last = match.end()
    if last > 0:
        return last
    space = text.rfind(" ", floor, end)
    if space > 0:
        return space + 1
    cut = end
    # Never separate a base character from its combining marks.
    while cut > floor and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def unspaced(before: str, after: str) -> bool:
    """Whether a line break between these two characters is no space: both are Chinese or
    Japanese characters or full-width punctuation, as a browser joins such lines (CSS Text 3,
    segment breaks between East Asian wide characters), or one is and the other a digit or a
    mark ("；" then "2017"). Korean puts spaces between words; a Latin word keeps its space."""
    if before < "\u2e80" and after < "\u2e80":  # most text: not East Asian, two comparisons
        return False
    if not before or not after:
        return False
    wide_before, wide_after = _wide(before), _wide(after)
    if wide_before and wide_after:
        return True
    if wide_before:
        return not after.isalpha() and not after.isspace()
    return wide_after and not before.isalpha() and not before.isspace()


def _wide(char: str) -> bool:
    if "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f" or "\uac00" <= char <= "\ud7af":
        return False  # Hangul
    if "\uff21" <= char <= "\uff3a" or "\uff41" <= char <= "\uff5a":
        return False  # full-width Latin letters: words, spaced as Latin ones are
    return unicodedata.east_asian_width(char) in ("W", "F")


def join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one line: a space between two, none between two Chinese
    or Japanese characters (a line break inside a word of those scripts is no space)."""
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        joined += ("" if unspaced(joined[-1:], line[:1]) else " ") + line
    return joined


def columns(text: str) -> int:
    """How many terminal columns `text` takes: a Chinese or Japanese character takes two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_TWO_COLUMNS.findall(text))


#: Characters a terminal draws two columns wide (Hangul, CJK, kana, full-width forms).
_TWO_COLUMNS = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
