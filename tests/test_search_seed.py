"""On the seed article, what a reader remembers of a passage puts that passage first."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from ftztui.library import Library
from ftztui.search import SearchIndex, open_index
from tests.conftest import SEED

# (query, words that open the passage that must come first, a word that must be marked)
NATURAL = [
    ("Liu Haoyu", "Focusing on developing characteristics", "Haoyu"),
    ("who is the deputy commissioner of Chongqing Customs", "Focusing on developing", "deputy"),
    ("Zhang Zhikui", "“Over the past four years since", "Zhikui"),
    ("porshe", "Eighty-two imported Porsches", "Porsches"),
    ("how many Porsches were delivered", "Eighty-two imported Porsches", "delivered"),
    ("logistcs distribution center scale", "The scale effect", "logistics"),
    ("how long does export processing take", "Specifically, the processing time", "export"),
    ("65%", "“Specifically, the China Railway Express", "65%"),
    ("216,345", "At present, the operations of 7 Humi", "216,345"),
    ("12.7 billion yuan", "This year, there were 3323", "12.7"),
    ("850 million yuan", "In particular, the Jiangjin-ASEAN", "850"),
    ('"taxation on arrival"', "Compared with the former", "taxation on arrival"),
    ("mail pieces China Railway Express", "“Specifically, the China Railway Express", "mail"),
    ("cold chain ASEAN", "In particular, the Jiangjin-ASEAN", "ASEAN"),
    ("how many registered users", "At present, the operations of 7 Humi", "registered"),
    ("value added tax rebate", "Chongqing is the first to implement", "rebate"),
    ("press conference March 31", "Focusing on developing", "conference"),
    ("Belt and Road Yangtze", "“The State Council has a strategic", "Yangtze"),
    ("foreign funded enterprises Jiulongpo", "This year, there were 3323", "Jiulongpo"),
    ("Tianjin Beihai", "So far, Humiwang", "Tianjin"),
    ("start-ups working days", "Specifically, the processing time", "days"),
    ("distribution centre for imported vehicles", "Chongqing has fully established", "center"),
    ("electronic withdrawl system", "Meanwhile, each area of the pilot FTZ", "withdrawal"),
    ("municipal managment powers", "Statistics showed that", "management"),
    ("bonded warehouse import duties", "“Imported vehicles can be stored", "duties"),
    (
        "Chongqing Pilot Free Trade Zone CFTZ",
        "Over the past four years, the Chongqing Pilot",
        "CFTZ",
    ),
]


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    root = tmp_path_factory.mktemp("seedlib")
    (root / "corpus").mkdir()
    shutil.copy2(SEED, root / "corpus" / SEED.name)
    index = open_index(Library(root / "corpus", root / "index"))
    yield index
    index.close()


@pytest.mark.parametrize(("query", "opening", "word"), NATURAL)
def test_the_remembered_passage_comes_first(
    seed_index: SearchIndex, query: str, opening: str, word: str
) -> None:
    result = seed_index.search(query, limit=5)
    assert result.hits, (query, result.message)
    first = result.hits[0]
    assert first.text.startswith(opening), [h.text[:40] for h in result.hits]
    assert word in [first.text[s:e] for s, e in first.highlights]


def test_corrections_are_reported_in_the_users_words(seed_index: SearchIndex) -> None:
    result = seed_index.search("logistcs")
    assert result.corrected == "logistics"
    result = seed_index.search("Porshe delivered")
    assert result.corrected == "Porsches delivered"


def test_the_seed_defines_its_acronyms(seed_index: SearchIndex) -> None:
    assert seed_index.acronyms() == {
        "FTZ": "Free Trade Zone",
        "CFTZ": "Chongqing Pilot Free Trade Zone",
    }
    hit = seed_index.search("CFTZ").hits[0]
    assert "Chongqing Pilot Free Trade Zone" in [hit.text[s:e] for s, e in hit.highlights]


def test_every_highlight_of_every_hit_is_a_matched_word(seed_index: SearchIndex) -> None:
    result = seed_index.search("vehicles OR logistics", limit=50)
    assert result.total == len(result.hits) > 3
    for hit in result.hits:
        words = {hit.text[s:e].lower() for s, e in hit.highlights}
        assert words <= {"vehicle", "vehicles", "logistics"}
        # A passage without the words matched by its section title.
        assert words or "logistics" in (hit.section or "").lower()


@pytest.mark.parametrize(
    ("query", "corrected", "word"),
    [
        ("Jiulong po sector", "Jiulongpo sector", "Jiulongpo"),
        ("Humi wang", "Humiwang", "Humiwang"),
        ("Liu Haoyou", "Liu Haoyu", "Haoyu"),
        ("Porches", "Porsches", "Porsches"),
    ],
)
def test_misspellings_and_split_words_are_mended(
    seed_index: SearchIndex, query: str, corrected: str, word: str
) -> None:
    result = seed_index.search(query)
    assert result.corrected == corrected
    assert word in [result.hits[0].text[s:e] for s, e in result.hits[0].highlights]


def test_possessives_are_the_word(seed_index: SearchIndex) -> None:
    result = seed_index.search("world top 500")
    assert result.corrected is None
    hit = result.hits[0]
    assert "world’s" in [hit.text[s:e] for s, e in hit.highlights]
    assert seed_index.search("Porsche's").corrected is None
