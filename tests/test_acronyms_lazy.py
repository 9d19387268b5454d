"""Acronym expansion compiles its pattern only for a query that may name an acronym, and
expands exactly as the pattern alone would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ftztui.search.querytext import AcronymExpander

ACRONYMS = {
    "FTZ": "Pilot Free Trade Zone",
    "WTO": "World Trade Organization",
    "e-BL": "electronic Bill of Lading",
    "ISS": "Inſtitute of Social Studies",  # a form beyond ASCII: `re` folds ſ to s
}
WORDS = ["ftz", "FTZ", "free", "trade", "zone", "Pilot", "world", "WTO", "organization",
         "e-bl", "electronic", "bill", "of", "lading", '"', "OR", "-", "institute", "ſ",
         "Inſtitute", "social", "studies", "iss", "K", "K", "title:", "*"]  # fmt: skip


def test_a_query_naming_no_acronym_compiles_nothing() -> None:
    expand = AcronymExpander({"FTZ": "Pilot Free Trade Zone", "WTO": "World Trade Organization"})
    assert expand("export processing time") == "export processing time"
    assert expand._pattern is None
    assert expand("pilot free trade zone") == '(FTZ OR "Pilot Free Trade Zone")'
    assert expand("ftz rules") == '(FTZ OR "Pilot Free Trade Zone") rules'


@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", "  ", "\t"]))
def test_expansion_is_that_of_the_pattern_alone(words: list[str], gap: str) -> None:
    text = gap.join(words)
    ascii_only = {k: v for k, v in ACRONYMS.items() if v.isascii()}
    for acronyms in (ACRONYMS, ascii_only):
        lazy = AcronymExpander(acronyms)
        always = AcronymExpander(acronyms)
        always._firsts = None  # no prefilter: every text goes to the pattern
        assert lazy(text) == always(text)
