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
    SMALL_NUMBERS,
    STOPWORDS,
    TENS,
    VERBS,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN: Final = re.compile(r"[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*|\S")
#: A short aside in brackets inside a noun phrase: "(GDP)", "(PMI)", "(excluding fees)".
_ASIDE: Final = re.compile(r"[ \t\u00a0]*\([^()]{1,24}\)")
_LAST_WORD: Final = re.compile(r"[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*$")
_CODE_LIKE: Final = re.compile(r"[\d_]")
#: Verbs in -s that are plural nouns after a count: "8.3 million records", "4 runs".
_PLURAL_NOUNS: Final = _set("records runs reports posts shows uses needs wins leads works holds")
_MONEY_SIGNS: Final = frozenset("$¥€£₹￥")
_QUALIFIER_WORDS: Final = frozenset(w for q in QUALIFIERS for w in q.split()) | {"a", "an"}
#: Stepped over looking back for a link: "forecast to between $16.1bn and ...".
_SKIPPED_BACK: Final = _QUALIFIER_WORDS | _set(
    "between another will would could can may might should must"  # "will take about 60 hours"
)
#: Words that end a label going forward (time frames, not things counted).
_FORWARD_STOPS: Final = (
    STOPWORDS
    | VERBS
    | _set(
        "last next previous year-on-year annually yearly daily monthly weekly year today yesterday"
        " month quarter week respectively apiece each instead already again fewer inside outside"
        " now currently"
    )
)
#: "platform orders over 1.63 billion yuan": a comparing word links a noun to its amount.
_COMPARING_LINKS: Final = _set("over above exceeding under below beyond")
_SKIPPED_BEFORE: Final = _set(
    "by about around nearly almost roughly some approximately than more less"
)
#: Words that say a figure is a change, up or down: "Revenue rose 18%", "..., down 3%".
UP_WORDS: Final = _set(
    "up rising rose risen increased increasing grew grown growing gained jumped surged soared"
    " climbed expanded widened added"
)
DOWN_WORDS: Final = _set(
    "down falling fell fallen decreased dropped declined slid slipped plunged shrank slumped"
    " dipped narrowed"
)
_BACK_LINKS: Final = BACK_LINKS | UP_WORDS | DOWN_WORDS | {"averages"}
_NP_PREPOSITIONS: Final = _set("of for to in from")
#: "Cargo throughput at the port reached ...": the port is where, not what is measured.
_LOCATIVES: Final = _set("at through via across")
#: Joins inside a phrase read backwards ("trade with ASEAN members"), never at its start.
_JOINS: Final = _NP_PREPOSITIONS | {"with", "between"}
_COMPARATIVES: Final = _set(
    "faster slower higher lower larger smaller bigger cheaper better worse longer shorter"
)
_ARTICLE_AFTER: Final = _NP_PREPOSITIONS | _LOCATIVES
_LEADING_TRIM: Final = LABEL_TRIM | _NP_PREPOSITIONS
_NOUN_BEFORE: Final = LABEL_TRIM | _set("daily weekly monthly quarterly yearly hourly average")
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
        first = text[m.end() : m.end() + 1]  # a capital or a digit next, mostly: no regex
        if not ("A" <= first <= "Z" or "0" <= first <= "9") and not _SENTENCE_START.match(
            text, m.end()
        ):
            continue
        word = _WORD_BEFORE_STOP.search(text, max(start, m.start() - 11), m.start() + 1)
        if word is not None and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _words(window: str) -> list[str | None]:
    """Tokens of `window`: a word, or None for punctuation and digits."""
    return [t if t[0].isalpha() else None for t in _TOKEN.findall(window)]


def _looks_like_verb_after(previous: str, word: str) -> bool:
    # "7 parks opened ...", "orders issued": a participle after a plural noun ends the phrase.
    return (
        previous.endswith("s")
        and previous.lower() not in ("customs", "news")
        and (word.endswith(("ed", "ing")) and word.islower())
    )


def forward_phrase(
    text: str,
    pos: int,
    end: int,
    limit: int = 7,
    skip_article: bool = False,
    gerund: bool = False,
    plural_first: bool = False,
) -> str:
    """The noun phrase starting at `pos`: "imported Porsches", "lines of the ... Express".

    With `gerund`, a lone "-ing" word is the phrase ("6 hours of running"); otherwise it is a
    verb ("defaulting") and the phrase is empty. With `plural_first`, a first word that could be
    a verb in "-s" is a plural noun ("8.3 million records", "4 runs").
    """
    first = text[pos : pos + 1]
    if first == " ":
        first = text[pos + 1 : pos + 2]
    if not (first.isalpha() or first.isspace()):
        return ""  # punctuation or a digit next (a third of all calls): no phrase
    words: list[str] = []
    after_of = False
    of_pending = False  # an "of" after a classifier, kept unless a qualifier follows it
    # Tokens are read lazily, in one pass: the phrase usually ends after two or three words,
    # and this runs once per figure (tokenizing the whole window was most of its cost).
    for m in _TOKEN.finditer(text, pos, min(end, pos + 120)):
        word = m.group()
        if not word[0].isalpha() or text[m.end() : m.end() + 1] in _MONEY_SIGNS:
            break  # punctuation or a digit ends the phrase, so does "US$", "CN¥" and the like
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
        if after_of and words[-1].lower() in ("of", "than") and lower in ("the", "a", "an"):
            words.append(word)
            continue
        if lower == "than" and len(words) == 1 and words[0].lower() in _COMPARATIVES:
            words.append(word)  # "3.2x faster than the stdlib"
            after_of = True
            continue
        if not words and (lower in SMALL_NUMBERS or lower in TENS):
            break  # "19 percent three years ago": another number, not what this one counts
        plural = plural_first and not words and word in _PLURAL_NOUNS  # "4 runs"
        if (lower in _FORWARD_STOPS or len(words) >= limit) and not plural:
            break
        if words and (_looks_like_verb_after(words[-1], word) or lower.endswith("ly")):
            break
        words.append(word)
    # A trailing "of" or article goes (so does an "of" with nothing after it).
    while words and words[-1].lower() in ("of", "the", "a", "an", "than"):
        words.pop()
    if len(words) == 1 and words[0].islower() and words[0].endswith("ing") and not gerund:
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


def backward_phrase(
    text: str, start: int, floor: int, comparing: bool = True, linked: bool = False
) -> str:
    """The noun phrase a figure is linked to from before: "contractual agreement worth X".

    Only a phrase joined to the figure by a link ("worth", "reached", "to", "over", ...) counts;
    `floor` is where looking back stops (the sentence start or the previous figure). With
    `comparing` false, "over"/"under" are not links ("looks back over four years": a period).
    With `linked`, `start` is already past a link ("mountains | make up 69 percent").
    """
    window = text[max(floor, start - 200) : start]
    if ")" in window:  # "the gross domestic product (GDP) of ...": an aside, not a break
        window = _ASIDE.sub("", window)
    tokens = _words(window)
    i = len(tokens) - 1
    through_of = True  # "an elevation of 67 metres": what is before "of" is what is measured
    while i >= 0 and tokens[i] is not None:
        word = str(tokens[i])
        lower = word.lower()
        if linked and i and lower in VERBS and _noun_after(str(tokens[i - 1]).lower()):
            break  # "the total cost reached": the link word is the noun measured
        if (
            lower in _BACK_LINKS
            or (comparing and lower in _COMPARING_LINKS)
            or (lower in VERBS and word.islower())  # "The winner receives $412,000"
        ):
            linked = True
            through_of = through_of and lower == "of"
        elif linked and word.islower() and lower.endswith("ed"):
            pass  # "Shares closed at $153.20", "priced at": a verb before the link
        elif lower == "average" and i and str(tokens[i - 1]).lower() in ("an", "on"):
            i -= 1  # "costs an average of €6,500", "peaked on average at 37.9°C": a qualifier
        elif lower not in _SKIPPED_BACK:
            break
        i -= 1
    if not linked:
        return ""
    words = _phrase_backwards(tokens, i, places=not through_of)
    while words and words[0].lower() in _LEADING_TRIM:
        words.pop(0)
    phrase = " ".join(words)
    for head in LABEL_HEADS:
        if phrase.lower().startswith(head + " "):
            phrase = phrase[len(head) + 1 :]
    if (words and words[0].lower() in _TIME_FRAMES) or phrase.lower() in _TIME_UNITS:
        return ""  # "up 5% year on year to 1.2 million tonnes": a time is not what is measured
    return phrase


def _phrase_backwards(tokens: list[str | None], i: int, places: bool = True) -> list[str]:
    """Words of the noun phrase ending at tokens[i], in reading order: "journey to Duisburg".

    With `places`, a phrase after "at"/"through" is a place and the walk goes on before it.
    """
    words: list[str] = []

    def before(j: int) -> str:
        return str(tokens[j - 1]).lower() if j > 0 and tokens[j - 1] is not None else ""

    while i >= 0 and len(words) < 8:
        word = tokens[i]
        if word is None:
            break
        lower = word.lower()
        if places and words and lower in _LOCATIVES and before(i):
            # "parcels handled at the port": what was gathered is a place; read on before it,
            # past a participle ("handled") that only says what happened there.
            words = []
            i -= 1
            participle = str(tokens[i])
            if participle.islower() and participle.endswith("ed"):
                i -= 1
            continue
        if lower == "per" and words and words[-1].lower() == "capita":
            words.append(word)  # "per capita disposable income"
            i -= 1
            continue
        names = lower == "and" and words and words[-1][:1].isupper() and before(i) != ""
        if names and str(tokens[i - 1])[:1].isupper():
            words.append(word)  # "between China and Laos"
            i -= 1
            continue
        joins = lower in _JOINS and before(i) != ""
        article = lower in ("the", "a", "an") and before(i) in (
            _ARTICLE_AFTER if places else _NP_PREPOSITIONS
        )
        if words and (joins or article):
            words.append(word)
        elif lower in STOPWORDS:
            break
        elif (lower in VERBS or lower in _BACK_LINKS) and not _noun_after(before(i)):
            break  # a verb, unless a determiner or adjective makes it a noun: "monthly pay"
        elif words and _verb_between(word, before(i)):
            break  # "Apple reported revenue of": the subject is not what is measured
        else:
            words.append(word)
        i -= 1
    words.reverse()
    return words


def _noun_after(previous: str) -> bool:
    """Whether a verb-like word after `previous` is a noun: "the cost", "monthly pay"."""
    return previous in _NOUN_BEFORE or previous.endswith(("al", "ic", "ive"))


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
    # The same tokens as `_words`, read from the end of whitespace-separated chunks: this runs
    # for many figures, and usually only the last chunk is needed.
    for chunk in reversed(text[max(floor, start - 60) : start].split()):
        m = _LAST_WORD.search(chunk)
        if m is None:
            return ""  # punctuation or digits last: "up, 5%"
        lower = m.group().lower()
        if lower not in _SKIPPED_BEFORE:
            return lower
        if m.start():
            return ""  # something other than a word before the skipped one: "(by 5%"
    return ""


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


#: "Active devices: 182,000", "- Longest run so far: 21.1 km", "[ ] Race entry: about €145".
_COLON_LABEL: Final = re.compile(
    r"[\s*•\-–]*(?:\[[ xX]?\][ \t]*)?([^\W\d_][^:;|\n]{0,60}?)[ \t\u00a0]*:[ \t\u00a0]+"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|up to|at least"
    r"|at most|~|≈)[ \t\u00a0]*)?"
)


def colon_label(text: str, start: int, sentence_start: int) -> str:
    """The name a list item or note line gives the figure right after its colon, or ""."""
    if start - sentence_start > 80 or ":" not in text[sentence_start:start]:
        return ""
    m = _COLON_LABEL.fullmatch(text, sentence_start, start)
    return m.group(1) if m is not None else ""


def is_time_phrase(phrase: str) -> bool:
    """ "three months", "the first half": a time frame, not what a figure counts."""
    words = phrase.lower().split()
    return bool(words) and (words[-1] in _TIME_UNITS or words[0] in _TIME_FRAMES)
