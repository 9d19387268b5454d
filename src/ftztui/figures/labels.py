"""What a figure counts or measures, in the document's own words, and the sentence it is in.

Labels come from the words next to the number: the noun phrase after it ("17 million national
mail pieces"), the phrase after "of" for a share ("65% of the country" -> "share of the country"),
or, for money, percentages and times whose noun comes first, the noun phrase before a linking
word ("a total contractual agreement worth 12.7 billion yuan" -> "contractual agreement").
"""

from __future__ import annotations

import re
from typing import Final

from ftztui.figures.lexicon import (
    BACK_LINKS,
    CLASSIFIERS,
    LABEL_HEADS,
    LABEL_TRIM,
    QUALIFIERS,
    STOPWORDS,
    VERBS,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN: Final = re.compile(r"[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*|\S")
_CODE_LIKE: Final = re.compile(r"[\d_]")
_QUALIFIER_WORDS: Final = frozenset(w for q in QUALIFIERS for w in q.split()) | {"a", "an"}
#: Words that end a label going forward (time frames, not things counted).
_FORWARD_STOPS: Final = (
    STOPWORDS
    | VERBS
    | _set(
        "last next previous year-on-year annually yearly daily monthly weekly year today yesterday"
        " month quarter week respectively apiece each instead already again"
    )
)
#: "platform orders over 1.63 billion yuan": a comparing word links a noun to its amount.
_COMPARING_LINKS: Final = _set("over above exceeding under below beyond")
_SKIPPED_BEFORE: Final = _set(
    "by about around nearly almost roughly some approximately than more less"
)
_NP_PREPOSITIONS: Final = _set("of for to in from")
_TIME_UNITS: Final = _set("year years month months quarter quarters week weeks day days")
_TIME_FRAMES: Final = _set("past last next first previous recent coming following initial final")
_ADJECTIVE_ENDINGS: Final = ("al", "ed", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary")
_ABBREVIATIONS: Final = _set(
    "mr mrs ms dr prof st no nos vs etc e.g i.e u.s u.k jan feb mar apr jun jul aug sep sept oct"
    " nov dec inc ltd co corp fig approx"
)
_SENTENCE_END: Final = re.compile(r"[.!?。！？][\"”’)\]]*\s+")
_SENTENCE_START: Final = re.compile(r"[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff]")
_WORD_BEFORE_STOP: Final = re.compile(r"([\w.]+)[.!?。！？]$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of a block; abbreviations ("No.", "U.S.") do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if not _SENTENCE_START.match(text, m.end()):
            continue
        word = _WORD_BEFORE_STOP.search(text, max(start, m.start() - 11), m.start() + 1)
        if word is not None and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _words(text: str, pos: int, end: int) -> list[str | None]:
    """Tokens of text[pos:end] going forward: a word, or None for punctuation and digits."""
    return [t if t[0].isalpha() else None for t in _TOKEN.findall(text, pos, end)]


def _looks_like_verb_after(previous: str, word: str) -> bool:
    # "7 parks opened ...", "orders issued": a participle after a plural noun ends the phrase.
    return (
        previous.endswith("s")
        and previous.lower() not in ("customs", "news")
        and (word.endswith(("ed", "ing")) and word.islower())
    )


def forward_phrase(
    text: str, pos: int, end: int, limit: int = 7, skip_article: bool = False
) -> str:
    """The noun phrase starting at `pos`: "imported Porsches", "lines of the ... Express"."""
    words: list[str] = []
    after_of = False
    of_pending = False  # an "of" after a classifier, kept unless a qualifier follows it
    # Tokens are read lazily, in one pass: the phrase usually ends after two or three words,
    # and this runs once per figure (tokenizing the whole window was most of its cost).
    for m in _TOKEN.finditer(text, pos, min(end, pos + 120)):
        word = m.group()
        if not word[0].isalpha():
            break  # punctuation or a digit ends the phrase
        lower = word.lower()
        if skip_article:
            skip_article = False
            if lower in ("a", "an", "the"):
                continue
        if of_pending:
            of_pending = False
            if lower in _QUALIFIER_WORDS:
                words.pop()
                break  # "four batches of 76 measures": the 76 is its own figure
        if not word.isalpha() and _CODE_LIKE.search(word):
            break  # a word with digits/underscores: "Thread-1", "BINARY_ADD"
        if lower == "of" and words and words[-1].lower() in CLASSIFIERS and not after_of:
            words.append(word)
            after_of = of_pending = True
            limit += 4  # "lines of the Southeast Asia Cold Chain Express"
            continue
        if after_of and words[-1].lower() == "of" and lower in ("the", "a", "an"):
            words.append(word)
            continue
        if lower in _FORWARD_STOPS or len(words) >= limit:
            break
        if words and (_looks_like_verb_after(words[-1], word) or lower.endswith("ly")):
            break
        words.append(word)
    # A trailing "of" or article goes (so does an "of" with nothing after it).
    while words and words[-1].lower() in ("of", "the", "a", "an"):
        words.pop()
    if len(words) == 1 and words[0].islower() and words[0].endswith("ing"):
        return ""  # "defaulting", "depending": a verb, not a thing counted
    if words and words[-1].lower().endswith(("ed", "ly")) and not words[-1][0].isupper():
        return ""  # "5 million registered": no noun, only a verb or adverb
    return " ".join(words)


_OF_THE: Final = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+((?:the|a|an|all|its|their)[ \t\u00a0]+)?")


def after_of(text: str, pos: int, end: int) -> str:
    """For a share: "65% of the country" -> "of the country" ("" when no "of" follows)."""
    m = _OF_THE.match(text[pos:end])
    if m is None:
        return ""
    phrase = forward_phrase(text, pos + m.end(), end, limit=5)
    return f"of {m.group(1) or ''}{phrase}".replace("  ", " ") if phrase else ""


def backward_phrase(text: str, start: int, floor: int, comparing: bool = True) -> str:
    """The noun phrase a figure is linked to from before: "contractual agreement worth X".

    Only a phrase joined to the figure by a link ("worth", "reached", "to", "over", ...) counts;
    `floor` is where looking back stops (the sentence start or the previous figure). With
    `comparing` false, "over"/"under" are not links ("looks back over four years": a period).
    """
    tokens = _words(text, max(floor, start - 200), start)
    i = len(tokens) - 1
    linked = False
    while i >= 0 and tokens[i] is not None:
        word = str(tokens[i])
        lower = word.lower()
        if lower in BACK_LINKS or (comparing and lower in _COMPARING_LINKS):
            linked = True
        elif linked and word.islower() and lower.endswith("ed"):
            pass  # "Shares closed at $153.20", "priced at": a verb before the link
        elif lower not in _QUALIFIER_WORDS:
            break
        i -= 1
    if not linked:
        return ""
    words = _phrase_backwards(tokens, i)
    while words and words[0].lower() in LABEL_TRIM | _NP_PREPOSITIONS:
        words.pop(0)
    phrase = " ".join(words)
    for head in LABEL_HEADS:
        if phrase.lower().startswith(head + " "):
            phrase = phrase[len(head) + 1 :]
    if (words and words[0].lower() in _TIME_FRAMES) or phrase.lower() in _TIME_UNITS:
        return ""  # "up 5% year on year to 1.2 million tonnes": a time is not what is measured
    return phrase


def _phrase_backwards(tokens: list[str | None], i: int) -> list[str]:
    """Words of the noun phrase ending at tokens[i], in reading order: "journey to Duisburg"."""
    words: list[str] = []

    def before(j: int) -> str:
        return str(tokens[j - 1]).lower() if j > 0 and tokens[j - 1] is not None else ""

    while i >= 0 and len(words) < 8:
        word = tokens[i]
        if word is None:
            break
        lower = word.lower()
        joins = lower in _NP_PREPOSITIONS and before(i) != ""
        article = lower in ("the", "a", "an") and before(i) in _NP_PREPOSITIONS
        if words and (joins or article):
            words.append(word)
        elif lower in STOPWORDS or lower in VERBS or lower in BACK_LINKS:
            break
        elif words and _verb_between(word, before(i)):
            break  # "Apple reported revenue of": the subject is not what is measured
        else:
            words.append(word)
        i -= 1
    words.reverse()
    return words


def _verb_between(word: str, previous: str) -> bool:
    # An -ed word after a noun is a verb ("Apple reported"); after "the" or an adverb it is an
    # adjective ("the imported vehicles", "newly registered enterprises").
    return (
        word.islower()
        and word.endswith("ed")
        and previous not in ("", *STOPWORDS)
        and not previous.endswith("ly")
    )


def word_before(text: str, start: int, floor: int) -> str:
    """The lower-cased word before `start`, skipping "by" and qualifiers ("up by 5%" -> "up")."""
    tokens = _words(text, max(floor, start - 60), start)
    while tokens and tokens[-1] is not None and tokens[-1].lower() in _SKIPPED_BEFORE:
        tokens.pop()
    return str(tokens[-1]).lower() if tokens and tokens[-1] is not None else ""


def time_frame_before(text: str, start: int) -> bool:
    """ "the past four years", "the next 5 days": a period, not the duration of something."""
    words = text[max(0, start - 20) : start].rsplit(None, 1)
    return (
        start > 0
        and text[start - 1].isspace()
        and bool(words)
        and words[-1].lower() in _TIME_FRAMES
    )


def shared_head(label: str) -> str:
    """The part of a label two coordinated figures share: the nouns at its end.

    "local enterprise-related business licenses" -> "business licenses" (for "523 central and
    14 local enterprise-related business licenses", both figures are business licenses).
    """
    words = label.split()
    keep: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if keep and ("-" in word or lower.endswith(_ADJECTIVE_ENDINGS) or lower in _TIME_FRAMES):
            break
        keep.append(word)
    return " ".join(reversed(keep))
