"""Chinese search: words cut by the segmenter, folding, queries, phrases, highlights, acronyms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftztui.model import Block, Document, Hit, Section
from ftztui.search import SearchIndex, index_documents
from ftztui.search.acronyms import find_acronyms
from ftztui.search.analysis import content_analyzer, spelling_analyzer
from ftztui.search.chinese import fold, spaced_query
from ftztui.search.querytext import clean
from ftztui.search.tokens import Tokens


def doc(doc_id: str, title: str, *paragraphs: str) -> Document:
    return Document(
        id=doc_id,
        title=title,
        sections=(Section(None, tuple(Block("paragraph", p) for p in paragraphs)),),
        path=f"{doc_id}.txt",
    )


ZH = doc(
    "zh",
    "重庆自贸试验区简介",
    "中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）于2017年设立，实施范围约119.98平方公里。",
    "2020年9月24日，八十二辆进口保时捷运抵西永综合保税区。",
    "九龙坡片区今年新注册企业三千三百二十三家，约占自贸试验区的23.1%。",
    "江津东盟冷链商品分拨中心已开行十二条东南亚冷链班列线路。",
)
#: Traditional characters, full-width Latin letters and digits, and English in one passage.
MIXED = doc(
    "mixed",
    "重慶自貿試驗區 notes",
    "重慶自貿試驗區（ＦＴＺ）的出口業務辦理時限壓縮至５．３個工作日。",
    "The Xiyong Comprehensive Bonded Zone 西永综合保税区 received imported Porsches.",
)
EN = doc(
    "en",
    "Trade notes",
    "The bonded warehouse stores imported vehicles; the warehouse is near the port.",
    "Chongqing customs launched innovation measures in the pilot zone.",
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_documents([ZH, MIXED, EN])


def marked(hit: Hit) -> list[str]:
    return [hit.text[s:e] for s, e in hit.highlights]


def terms(text: str, mode: str = "query") -> list[str]:
    return [t.text for t in content_analyzer()(text, mode=mode)]


# -- segmentation and folding --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆自贸试验区", ["重庆", "自贸", "试验区"]),
        ("自由贸易试验区", ["自由贸易", "试验区"]),
        ("国际物流分拨", ["国际", "物流", "分拨"]),
        ("跨境电商的发展", ["跨境", "电商", "发展"]),  # 的 is a stop word
        ("九龙坡片区新注册企业多少家", ["九龙坡", "片区", "新", "注册", "企业", "家"]),
        ("2017年4月1日", ["2017", "年", "4", "月", "1", "日"]),
        ("同比增长18.4%", ["同比", "增长", "18.4%"]),
        ("重庆FTZ试验区", ["重庆", "ftz", "试验区"]),
        ("Chongqing自贸区", ["chongq", "自贸区"]),
    ],
)
def test_segmentation(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重慶自貿試驗區", ["重庆", "自贸", "试验区"]),  # traditional → simplified
        ("國際物流", ["国际", "物流"]),
        ("ＦＴＺ", ["ftz"]),  # full-width Latin letters
        ("１２３", ["123"]),  # full-width digits
        ("增長１８％", ["增长", "18%"]),
    ],
)
def test_folding(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_folding_keeps_every_offset() -> None:
    text = "重慶自貿試驗區，國際物流"
    assert len(fold(text)) == len(text)
    assert fold(text) == "重庆自贸试验区，国际物流"


def test_index_time_adds_the_words_inside_a_long_word_at_its_place() -> None:
    made = [(t.pos, t.text) for t in content_analyzer()("自贸试验区", positions=True, mode="index")]
    assert made == [(0, "自贸"), (1, "试验区"), (1, "试验")]


def test_english_analysis_is_unchanged() -> None:
    assert terms("The FTZ’s 65% growth in 2017 (216,345 users)", mode="index") == [
        "ftz", "65%", "65", "percent", "growth", "2017", "216345", "user",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "中国（重庆）自由贸易试验区于2017年挂牌，新增企业同比增长18.4％。FTZ 的试验区",
        "重慶自貿試驗區 65% growth of the zone's 12 months，的的的 试验区试验区",
        "“一带一路”和长江经济带，ＦＴＺ　１２３",
    ],
)
@pytest.mark.parametrize("mode", ["index", "query"])
def test_word_by_word_tokens_agree_with_the_analyzer(text: str, mode: str) -> None:
    for analyzer in (content_analyzer(), spelling_analyzer()):
        whole = [
            (t.pos, t.text, t.startchar, t.endchar)
            for t in analyzer(text, positions=True, chars=True, mode=mode)
        ]
        assert list(Tokens(analyzer).terms(text, mode)) == whole


def test_a_query_without_spaces_is_cut_like_the_text() -> None:
    words = spaced_query("重庆自贸试验区新增企业").split()
    assert words == ["重庆", "自贸", "试验区", "新增", "企业"]
    assert spaced_query('"重庆自贸试验区" FTZ') == '"重庆自贸试验区" FTZ'
    assert spaced_query("Porsches") == "Porsches"


def test_full_width_query_letters_are_ascii() -> None:
    assert clean("ＦＴＺ　１２３")[0] == "FTZ 123"


# -- searching -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "doc_id", "block", "expected"),
    [
        # A word inside a sentence, with no spaces around it.
        ("保时捷", "zh", 1, ["保时捷"]),
        # A query with no spaces: its words are found apart.
        ("九龙坡新注册企业", "zh", 2, ["九龙坡", "新注册企业"]),
        # A word inside a longer word.
        ("冷链", "zh", 3, ["冷链", "冷链"]),
        # Traditional query, simplified text.
        ("綜合保稅區", "mixed", 1, ["综合保税区"]),
        # Simplified query, traditional text.
        ("出口业务", "mixed", 0, ["出口業務"]),
        # Full-width letters in the text, ASCII in the query.
        ("FTZ 工作日", "mixed", 0, ["ＦＴＺ", "工作日"]),
        # A mixed passage is found by either language.
        ("bonded zone 保税区", "mixed", 1, ["Bonded", "Zone", "保税区"]),
        ("Porsches", "mixed", 1, ["Porsches"]),
    ],
)
def test_chinese_queries(
    index: SearchIndex, query: str, doc_id: str, block: int, expected: list[str]
) -> None:
    result = index.search(query)
    assert result.hits, (query, result.message)
    hit = result.hits[0]
    assert (hit.doc, hit.block) == (doc_id, block)
    assert marked(hit) == expected


def test_a_quoted_phrase_is_found_and_marked_whole(index: SearchIndex) -> None:
    result = index.search('"重庆自贸试验区"')
    hits = {(h.doc, h.block): marked(h) for h in result.hits}
    assert hits[("zh", 0)] == ["中国（重庆）自由贸易试验区", "重庆自贸试验区"]
    assert hits[("mixed", 0)] == ["重慶自貿試驗區"]


def test_a_phrase_whose_words_are_not_side_by_side_is_not_found(index: SearchIndex) -> None:
    assert index.search('"重庆试验区"').total == 0


def test_chinese_is_never_corrected_into_english(index: SearchIndex) -> None:
    for query in ("仓库", "保時捷", "自贸试验曲", "warehuose 冷链"):
        result = index.search(query)
        corrected = result.corrected or ""
        assert all(c.isascii() or "\u4e00" <= c <= "\u9fff" or c.isspace() for c in corrected)
        if not query.isascii():
            han = [c for c in query if not c.isascii() and not c.isspace()]
            assert not corrected or all(c in corrected for c in han), (query, corrected)
    assert index.search("warehuose 冷链").corrected == "warehouse 冷链"


def test_chinese_acronyms_are_learned_and_searched_both_ways(index: SearchIndex) -> None:
    assert index.acronyms()["重庆自贸试验区"] == "中国（重庆）自由贸易试验区"
    hit = index.search("中国（重庆）自由贸易试验区").hits[0]
    assert (hit.doc, hit.block) == ("zh", 0)
    assert marked(hit) == ["中国（重庆）自由贸易试验区", "重庆自贸试验区"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国（重庆）自由贸易试验区（重庆自贸试验区）",
            {"重庆自贸试验区": "中国（重庆）自由贸易试验区"},
        ),
        (
            "国务院批准设立中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）。",
            {"重庆自贸试验区": "中国（重庆）自由贸易试验区"},
        ),
        ("推进西部陆海新通道（陆海新通道）建设", {"陆海新通道": "西部陆海新通道"}),
        ("他们来到重庆（北京）参观", {}),  # not spelled by the words before it
        ("Pilot Free Trade Zone (FTZ)", {"FTZ": "Free Trade Zone"}),
    ],
)
def test_chinese_acronym_definitions(text: str, expected: dict[str, str]) -> None:
    assert find_acronyms([text]) == expected


# -- properties ----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "重庆", "自贸", "试验区", "重慶", "試驗區", "保时捷", "的", "企业", "同比增长", "18.4%",
        "ＦＴＺ", "FTZ", "bonded", "zone", "，", "。", "（", "）", " ", "2017年", "冷链",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PIECES, min_size=1, max_size=30).map("".join),
    st.lists(_PIECES, min_size=1, max_size=4).map("".join),
)
def test_highlights_slice_to_what_the_query_matched(text: str, query: str) -> None:
    index = index_documents([doc("p", "p", text)])
    result = index.search(query)
    # A query with no hits is searched as its correction ("bonded" -> "bonded18" in
    # "bonded18.4%"), and the hits mark what that searched for.
    wanted = {t for t in terms(result.corrected or query) if t}
    for hit in result.hits:
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.text)
            piece = hit.text[start:end]
            # Every marked span is made of the text's own terms, at least one of them wanted.
            assert piece.strip() == piece
            assert wanted & set(terms(piece, mode="index")) or '"' in query
