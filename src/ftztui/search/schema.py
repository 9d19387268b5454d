"""The index schema: one Whoosh document per block, and the version that says when to rebuild.

Bump `SCHEMA_VERSION` whenever a field or an analyzer changes: an index with another version is
rebuilt on open (it is a cache).
"""

from __future__ import annotations

from typing import Any

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from ftztui.search.analysis import content_analyzer, spelling_analyzer

#: 16: a word with a note's number run into it ("property2") is also indexed alone; ids of
#:     files named in other scripts keep their letters ("吉林-长春", not "document").
#: 15: raised and lowered digits fold to plain ones ("m²" is "m2").
#: 14: common words dropped from the text keep their place (a phrase is words side by side).
#: 13: `head` marks the first passage of a section and of the document (a word only in their
#:     title finds it once).
#: 11: Chinese text cut into words (chinese.py), traditional folded to simplified.
#: 10: the manifest's catalog moved to a line of its own, read only when needed (freshness.py).
SCHEMA_VERSION = 16

#: Fields a plain query word is looked for in, with their weight against the block text.
SEARCH_FIELDS = ("content", "title", "section", "credit")
# Low: a passage is found for the words in it; a title or section match only breaks ties (a
# glossary entry titled "ASEAN" must not outrank the passage the user remembers).
FIELD_BOOSTS = {"content": 1.0, "title": 0.3, "section": 0.2, "credit": 0.5}


#: (id of field, value) → (field, its index terms), for the values `RepeatedText` saw last.
_REPEATS: dict[tuple[int, str], tuple[Any, list[Any]]] = {}


def _repeated_index(field: Any, value: Any, index: Any, kwargs: dict[str, Any]) -> Any:
    """`index(value)`, worked out once for a value the field saw a moment ago."""
    if kwargs or not isinstance(value, str):
        return index(value, **kwargs)
    key = (id(field), value)
    seen = _REPEATS.get(key)
    if seen is None or seen[0] is not field:
        if len(_REPEATS) >= 256:  # a few documents' worth of section titles
            _REPEATS.clear()
        seen = _REPEATS[key] = (field, list(index(value)))
    return iter(seen[1])


class RepeatedText(TEXT):  # type: ignore[misc]
    """A TEXT field whose value repeats on every block of a document or section (the title, the
    section title): its index terms are worked out once, not once per block. On short blocks
    (code lines, list items) re-analysing titles cost about as much as the blocks' own text.
    Indexes exactly what TEXT does; this class is pickled into the index schema: keep it here."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        return _repeated_index(self, value, super().index, kwargs)


class RepeatedID(ID):  # type: ignore[misc]
    """The document id, the same on each of its blocks: as `RepeatedText`, for an ID field."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        return _repeated_index(self, value, super().index, kwargs)


def make_schema() -> Schema:
    text = content_analyzer()
    schema = Schema(
        doc=RepeatedID(stored=True),
        # Stored only: an indexed NUMERIC writes several trie terms per block, and Whoosh checks
        # for a length column on every posting of an unscored field (a stat each).
        block=STORED(),
        kind=STORED(),
        # "section" on the first passage of each section, and "doc" on the document's first:
        # the one passage a word of the section's (or the document's) title finds, when the
        # passage's own text lacks it (searcher.py).
        head=KEYWORD(),
        # The page a PDF block starts on (absent for formats without pages).
        page=STORED(),
        title=RepeatedText(analyzer=text, stored=True),
        section=RepeatedText(analyzer=text, stored=True),
        content=TEXT(analyzer=text, stored=True),
        # A caption's "(Photo/ ...)" credit, which the loader keeps out of the caption's text.
        credit=TEXT(analyzer=text),
        # Unstemmed shadow of title + section + text: the vocabulary for "did you mean".
        spell=TEXT(analyzer=spelling_analyzer(), phrase=False),
        # Every figure's normalised value and unit in the block: `value:>1000000000 unit:yuan`.
        value=NUMERIC(float, bits=64, signed=True),
        unit=KEYWORD(lowercase=True),
        # [(start, end, value, unit)] of those figures, to highlight the ones a query asked for.
        figures=STORED(),
    )
    for name in SEARCH_FIELDS:
        # A word that analyses into several tokens ("cross-border", "e-commerce") is a phrase.
        schema[name].multitoken_query = "phrase"
    return schema
