"""Lines a browser's "Save as text" makes of a page's pictures and links, not of its words.

A picture is saved as its file name or alt text in brackets ("[6154884]", "[svg][Karina]"), and
a picture linking to a story the same as the link under it, so a card's headline stands twice
in a row ("The Ultimate Barn Wedding Checklist" over "The Ultimate Barn Wedding Checklist"), or
twice in one line when both are saved on it ("Syrian rebels hunt for snipers Syrian rebels hunt
for snipers", "Complete coverage: Latest from 2012 Olympics Complete coverage: Latest from 2012
Olympics 1 of 9": a carousel's cards). Kept in the article, they read as a paragraph of
nonsense or a headline said twice. Each is left out with its reason; only ever on a page saved
as text, a user's own file keeps them.
Measured on WCXB's dev articles saved as text (words) and the furniture pages' tuning half;
the headline twice in a line on Dragnet's blogs and news as text.

lynx opens a page with the links of its head (`<link rel="alternate">`: feeds, oEmbed, the
site's search) on one line under a "#": "#Erin Spain » Feed Erin Spain » Comments Feed Erin
Spain » 12 DIY Woodworking Projects Comments Feed". A feed's title holds the post's, so this
line was taken for the headline (59 of WCXB dev's 791 pages saved with lynx, 264 of Dragnet's
1,381) or kept as a paragraph (119 more on Dragnet).

lynx indents a page's text by three columns and sets its headings at the margin
(`flush_headings`): the headline is among them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftztui.loaders.text_shapes import ends_sentence

#: A line of nothing but pictures' placeholders: up to 80 characters, or a longer file name or
#: address that lynx broke over lines where they are 80 wide ("[AD_4nXfJVKethcs_C2kqSLL3z...
#: 0iQP0SpsDAA-xY7K7hRR...]"), its parts long runs without a space.
_PICTURES = re.compile(r"^(?:\s*\[(?:[^\[\]]{0,80}|[^\[\]\s]{40,}(?:\s[^\[\]\s]{2,}){0,8})\])+\s*$")
_WORD = re.compile(r"\w")
#: A line said twice this many words long or shorter is a card's headline or a link's label; a
#: longer one, or a sentence, may be the user's (a refrain).
TWICE_WORDS = 20
#: ... standing at most this many units after the first (a placeholder between them).
TWICE_GAP = 2


#: lynx's list of the page's head links: a "#" and a word right after it (no Markdown heading,
#: which has a space, nor a list's "#1").
_HEAD_LINKS = re.compile(r"^#[^\s#\d]")
#: ... naming a feed, as most do ("Feed", "Kommentar-Feed", "RSS", "Atom", "oEmbed (JSON)",
#: or a link's type when it has no title, "alternate"): 82% of 2,769 such lines in the saved
#: pages' sets. A hashtag opening a user's note does not.
_FEEDS = re.compile(r"\b(?:feeds?|rss|atom|alternate|oembed|json)\b", re.IGNORECASE)


def head_links(units: Sequence[str], lynx: bool) -> str | None:
    """Whether the file's first unit has the shape of lynx's list of a page's head links
    (see above): "feeds" when it names a feed, "shape" when only its shape says so, None when
    it is not one. Only in a file lynx saved (`lynx`, from `saved_by_lynx`): a user's note may
    open with a hashtag and a feed ("#rss feeds I read every morning"): the note's title."""
    if not lynx or not units or not _HEAD_LINKS.match(units[0]):
        return None
    return "feeds" if _FEEDS.search(units[0][:2000]) else "shape"


def pictures_only(text: str) -> bool:
    """Whether `text` is only pictures' placeholders with words in them ("[svg][Karina]"; an
    empty form field, "[ ]", has no word)."""
    return bool(_PICTURES.match(text)) and bool(_WORD.search(text))


#: What lynx writes for a page's buttons and embedded frames, with nothing of the page's words:
#: "(BUTTON)", "(BUTTON) (BUTTON)", "(BUTTON) ✕", "____________________ (BUTTON)" (a field and
#: its button), "IFRAME: https://www.youtube.com/embed/MFJTKIc0gLs", "IFRAME: wistia_embed".
_BUTTONS = re.compile(r"^(?:\(BUTTON\)|_{3,}|[^\w\s])(?:\s+(?:\(BUTTON\)|_{3,}|[^\w\s]))*$")
_FRAME = re.compile(r"^IFRAME:(?:\s+\S+)?$")


def controls_only(text: str) -> str | None:
    """Why a line lynx made of a page's controls is left out: "button" for its buttons
    alone, "embedded frame" for a frame's address; None for any other line."""
    if "(BUTTON)" in text and _BUTTONS.match(text):
        return "button"
    return "embedded frame" if _FRAME.match(text) else None


def saved_twice(units: Sequence[str], fates: Sequence[str | None]) -> list[int]:
    """Kept units that repeat the kept unit right before them (a picture's link and the link):
    short lines, not sentences."""
    twice: list[int] = []
    previous = -TWICE_GAP - 1
    for i, unit in enumerate(units):
        if fates[i] is not None:
            continue
        if (
            i - previous <= TWICE_GAP
            and units[previous] == unit
            and len(unit.split()) <= TWICE_WORDS
            and not ends_sentence(unit)
            and _WORD.search(unit)
        ):
            twice.append(i)
        previous = i
    return twice


#: A line said twice over within itself: the words said twice are at least this many...
TWICE_RUN = 4
#: ... with this many different words among them ("over and over and over and" is a refrain),
TWICE_DISTINCT = 3
#: ... and cover at least this share of the line's words: prose may say "in the United States"
#: twice in a sentence, but a card's headline said twice is most of its line.
TWICE_SHARE = 0.5


def said_twice(text: str) -> bool:
    """Whether a short line starts with a run of words it says again (a card's picture link
    and its headline link saved on one line, with its kicker or "3 of 9" beside them). Not a
    sentence: "Retweets are more common than tweets, and listeners are more common than
    singers." is a writer's, and so is a caption said under its picture's alt text."""
    words = text.split()
    count = len(words)
    if count > 2 * TWICE_WORDS or count < 2 * TWICE_RUN or ends_sentence(text):
        return False
    start = 1 if not _WORD.search(words[0]) else 0  # after a list's bullet
    longest = count // 2
    shortest = max(TWICE_RUN, int(TWICE_SHARE * count / 2 + 0.999))
    for size in range(longest, shortest - 1, -1):
        run = tuple(words[start : start + size])
        if len(set(run)) < TWICE_DISTINCT:
            continue
        for i in range(start + size, count - size + 1):
            if tuple(words[i : i + size]) == run:
                return True
    return False


#: A page saved by lynx: this share of its lines or more indented (its text, lists, links)...
INDENTED_SHARE = 0.6


def saved_by_lynx(text: str) -> bool:
    """Most of the file's lines are indented by three columns, as lynx sets a page's text."""
    filled = [line for line in text.split("\n") if line.strip()]
    return bool(filled) and _indented(filled) >= INDENTED_SHARE * len(filled)


def _indented(lines: Sequence[str]) -> int:
    return sum(line.startswith("   ") for line in lines)


def flush_headings(text: str, lines: Sequence[int], lynx: bool) -> set[int]:
    """On a page lynx saved (`lynx`, from `saved_by_lynx`), the units starting on a line at the
    margin, its headings (`lines`: each unit's first line, from 1); none on any other file
    (w3m, a browser's copy and a user's text set lines at the margin)."""
    if not lynx:
        return set()
    raw = text.split("\n")
    filled = [line for line in raw if line.strip()]
    if _indented(filled) == len(filled):
        return set()  # nothing at the margin: no heading told apart
    return {i for i, n in enumerate(lines) if 0 < n <= len(raw) and raw[n - 1][:1].strip()}
