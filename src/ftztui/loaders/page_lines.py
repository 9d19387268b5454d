"""Lines a browser's "Save as text" makes of a page's pictures and links, not of its words.

A picture is saved as its file name or alt text in brackets ("[6154884]", "[svg][Karina]"), and
a picture linking to a story the same as the link under it, so a card's headline stands twice
in a row ("The Ultimate Barn Wedding Checklist" over "The Ultimate Barn Wedding Checklist").
Kept in the article, they read as a paragraph of nonsense or a headline said twice. Each is left
out with its reason; only ever on a page saved as text, a user's own file keeps them.
Measured on WCXB's dev articles saved as text (words) and the furniture pages' tuning half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftztui.loaders.text_shapes import ends_sentence

#: A line of nothing but pictures' placeholders.
_PICTURES = re.compile(r"^(?:\s*\[[^\[\]]{0,80}\])+\s*$")
_WORD = re.compile(r"\w")
#: A line said twice this many words long or shorter is a card's headline or a link's label; a
#: longer one, or a sentence, may be the user's (a refrain).
TWICE_WORDS = 20
#: ... standing at most this many units after the first (a placeholder between them).
TWICE_GAP = 2


def pictures_only(text: str) -> bool:
    """Whether `text` is only pictures' placeholders with words in them ("[svg][Karina]"; an
    empty form field, "[ ]", has no word)."""
    return bool(_PICTURES.match(text)) and bool(_WORD.search(text))


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
