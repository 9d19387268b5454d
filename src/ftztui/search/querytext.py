"""The query string before Whoosh parses it: cleaned, bounded, typo-corrected, acronyms expanded.

Everything here works on the text the user typed, so that "showing results for …" can show the
corrected query in their own words, and so that no input can make the parser or the matcher stall:
control characters (and undecodable bytes) become spaces, a query is at most `MAX_QUERY_CHARS`
long, and fuzzy edits (`word~9`) are clamped to `MAX_EDITS`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ftztui.search.chinese import has_han

MAX_QUERY_CHARS = 1000
MAX_EDITS = 2
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
#: Fields whose values are names, not words: never corrected or expanded.
VERBATIM_FIELDS = frozenset({"doc", "unit", "value"})

#: Controls, and lone surrogates: bytes of an argument that were not UTF-8 (`\xff*` crashed a
#: prefix search encoding its terms).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_FUZZY = re.compile(r"~(\d+)")
#: A fuzzy word with no prefix length of its own: the first letter must match, which makes
#: `word~2` 5-10x cheaper on a large vocabulary (typos rarely hit the first letter).
_FUZZY_NO_PREFIX = re.compile(r'(?<=[^\s~"()])~(\d?)(?![/\d])')
_WORD = re.compile(r"(?:(?P<field>\w+):)?(?P<word>[^\W\d_][\w'’]*)(?P<op>[*?~]?)")
_VERBATIM = re.compile(r"\b(?:" + "|".join(VERBATIM_FIELDS) + r')\s*:\s*(?:"[^"]*"?|\S*)', re.I)
#: "how long", "how many"...: the second word asks for a kind of answer, it is not a topic
#: ("how long does export processing take" must not prefer passages that say "as long as").
_HOW = re.compile(r"\bhow\s+(?:long|many|much|often|far|big|large|old|soon)\b", re.IGNORECASE)
#: "-word" at the start of a word means NOT word ("cross-border" is left alone).
_MINUS = re.compile(r"(?<![^\s(])-+(?=[\w\"(])")


#: Full-width letters, digits and ％ (ＦＴＺ, １２３) as ASCII, and the ideographic space as a
#: space; full-width brackets and quotes stay (they are text, not query syntax).
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c - 0xFEE0).isalnum()}
_FULL_WIDTH |= {0xFF05: ord("%"), 0x3000: ord(" ")}


def clean(raw: str) -> tuple[str, list[str]]:
    """The query with control characters blanked, full-width letters and digits made ASCII,
    length bounded and fuzzy edits clamped."""
    messages: list[str] = []
    text = _CONTROL.sub(" ", raw)
    if not text.isascii():
        text = text.translate(_FULL_WIDTH)
    text = text.strip()
    if len(text) > MAX_QUERY_CHARS:
        cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
        text = text[: cut if cut > MAX_QUERY_CHARS // 2 else MAX_QUERY_CHARS]
        messages.append(f"query shortened to its first {len(text):,} characters")

    def clamp(m: re.Match[str]) -> str:
        if int(m.group(1)[:6]) <= MAX_EDITS:
            return m.group(0)
        messages.append(f"fuzzy edits are limited to {MAX_EDITS}: ~{m.group(1)} became ~2")
        return f"~{MAX_EDITS}"

    text = _FUZZY.sub(clamp, text)
    text = _outside_quotes(text, lambda part: _MINUS.sub("NOT ", _HOW.sub("how", part)))
    return _FUZZY_NO_PREFIX.sub(lambda m: f"~{m.group(1) or 1}/1", text), messages


def _outside_quotes(text: str, rewrite: Callable[[str], str]) -> str:
    """`text` with `rewrite` applied to the parts not inside "a phrase"."""
    parts = text.split('"')
    return '"'.join(rewrite(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans holding values of name-like fields (`doc:my-file`), which are never rewritten."""
    return [m.span() for m in _VERBATIM.finditer(text)]


def _in_any(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def plain_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the plain words of a query: no operators, field names, patterns."""
    out = []
    protected = _protected(text)
    for m in _WORD.finditer(text):
        if _in_any(m.start(), protected):
            continue
        word, end = m.group("word"), m.end("word")
        if m.group("op") or word in OPERATORS or text[end : end + 1] == ":":
            continue
        if (m.group("field") or "").lower() in VERBATIM_FIELDS:
            continue
        out.append((m.start("word"), end, word))
    return out


def join_split_words(text: str, known: Callable[[str], bool]) -> str:
    """ "Jiulong po" → "Jiulongpo": two neighbouring words, one of them unknown, that together
    make a known word."""
    words = plain_words(text)
    for (s1, e1, w1), (s2, e2, w2) in itertools.pairwise(words):
        if has_han(w1 + w2):
            continue  # Chinese words are not run together
        if text[e1:s2].isspace() and not (known(w1) and known(w2)) and known(w1 + w2):
            return join_split_words(text[:s1] + w1 + w2 + text[e2:], known)
    return text


def correct(
    text: str, suggest: Callable[[str], str | None], known: Callable[[str], bool] | None = None
) -> str | None:
    """`text` with words run apart joined (given `known`) and each word `suggest` has a
    correction for replaced; None when nothing changed."""
    original = text
    if known is not None:
        text = join_split_words(text, known)
    pieces: list[str] = []
    last = 0
    changed = text != original
    for start, end, word in plain_words(text):
        better = suggest(word)
        if better is not None and better != word:
            pieces.append(text[last:start])
            pieces.append(better)
            last = end
            changed = True
    if not changed:
        return None
    pieces.append(text[last:])
    return "".join(pieces)


def _inside_quotes(text: str, at: int) -> bool:
    return text.count('"', 0, at) % 2 == 1


class AcronymExpander:
    """`FTZ` → `(FTZ OR "Free Trade Zone")` and back, for every acronym the corpus defines.

    Compiled once per set of acronyms (an index), not once per query, and only for a query that
    holds the first word of one of the forms: the pattern of a few dozen acronyms costs a cold
    search ~1-2 ms to compile, and most queries name none of them."""

    def __init__(self, acronyms: dict[str, str]) -> None:
        self.forms: dict[str, tuple[str, str]] = {}
        for acronym, expansion in acronyms.items():
            self.forms[acronym.lower()] = (acronym, expansion)
            self.forms[" ".join(expansion.lower().split())] = (acronym, expansion)
        self._pattern: re.Pattern[str] | None = None
        firsts = {f.split()[0] for f in self.forms if f.split()}
        # The pattern ignores case the way `re` does, which is `str.lower` only in ASCII: a
        # form or a query beyond ASCII always goes to the pattern.
        self._firsts = firsts if all(f.isascii() for f in firsts) else None

    @property
    def pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.forms:
            alternatives = sorted(self.forms, key=len, reverse=True)
            words = [f for f in alternatives if not has_han(f)]
            han = [f for f in alternatives if has_han(f)]
            parts = []
            if words:
                parts.append(
                    r'(?<![\w:])"?('
                    + "|".join(r"\s+".join(map(re.escape, f.split())) for f in words)
                    + r')"?(?![\w*~?])'
                )
            if han:  # Chinese has no spaces around a name: it may sit inside a run
                parts.append(r'"?(' + "|".join(map(re.escape, han)) + r')"?')
            self._pattern = re.compile("|".join(parts), re.IGNORECASE)
        return self._pattern

    def _may_name_one(self, text: str) -> bool:
        if self._firsts is None or not text.isascii():
            return True
        lowered = text.lower()
        return any(first in lowered for first in self._firsts)

    def __call__(self, text: str) -> str:
        if not self.forms or not self._may_name_one(text):
            return text
        pattern = self.pattern
        assert pattern is not None
        protected = _protected(text)

        def replace(m: re.Match[str]) -> str:
            whole = m.group(0)
            quoted = whole.startswith('"') and whole.endswith('"') and len(whole) > 1
            if not quoted and (whole.startswith('"') or whole.endswith('"')):
                return whole
            if _inside_quotes(text, m.start()) or _in_any(m.start(), protected):
                return whole
            form = m.group(1) if m.group(1) is not None else m.group(m.lastindex or 0)
            acronym, expansion = self.forms[" ".join(form.lower().split())]
            if has_han(acronym):
                return f'("{acronym}" OR "{expansion}")'
            return f'({acronym} OR "{expansion}")'

        return pattern.sub(replace, text)


def expand_acronyms(text: str, acronyms: dict[str, str]) -> str:
    """`FTZ` → `(FTZ OR "Free Trade Zone")` and back (see AcronymExpander)."""
    return AcronymExpander(acronyms)(text)
