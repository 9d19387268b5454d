"""News text in the shapes other archives keep it, found on real corpora (Reuters-21578's wire
stories as one file each, People's Daily stories saved in GBK, Sina news saved one line a
paragraph; see `benchmarks/bench_text_loader.py`): the headline is the title, each paragraph a
block, no byline or table row a section. The texts here are written for the tests.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import load_document
from ftztui.model import Document

from .helpers import all_text

WIRE = """COCOA GROWERS EXPECT A LATE HARVEST
    SALVADOR, Feb 26 - Rain fell all week in the cocoa zone of the
region, easing the drought that began in early January and lifting
hopes for the coming crop, a trade house said in its weekly review.
    The dry spell means the harvest will come late this year.
    Arrivals for the week were 155,221 bags of 60 kilos, bringing the
season's total to 5.93 mln bags against 5.81 mln a year earlier.
 Reuter
"""

EARNINGS = """PRESIDENTIAL LIFE CORP 4TH QTR NET
    KOKOMO, Ind., Feb 26 -
    Shr 39 cts vs 50 cts
    Net 1,545,160 vs 2,188,933
    Revs 25.2 mln vs 19.5 mln
    NOTE: Results include an adjustment of 848,600 dlrs or 20 cts a
share for the year from better results in its life insurance business
than the company had first estimated in its annual forecast.
 Reuter
"""


def _load(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return load_document(path)


def test_a_wire_story_keeps_its_headline_and_paragraphs(tmp_path: Path) -> None:
    # Hard-wrapped, each paragraph's first line indented: read as one paragraph, the headline
    # with it, and the file's name as the title.
    doc = _load(tmp_path, "00001.txt", WIRE.encode())
    assert doc.title == "COCOA GROWERS EXPECT A LATE HARVEST"
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("Rain fell all week")
    assert "The dry spell means the harvest will come late this year." in texts
    assert any(
        t.startswith("Arrivals for the week") and t.endswith("5.81 mln a year earlier.")
        for t in texts
    )
    assert doc.removed == ()


def test_a_one_line_paragraph_and_the_sign_off_stay_apart(tmp_path: Path) -> None:
    # The text's margin is the least indent under an indented line: the sign-off, indented by
    # one, opens its own paragraph after a last paragraph indented by four (run together, the
    # two were left out as a row of links).
    story = (
        "PHONE MAKER SELLS TELEPHONES TO UTILITY\n"
        "    HAUPPAUGE, N.Y., March 2 - The phone maker said it signed a\n"
        "two-year agreement under which the utility will buy its line\n"
        "of electronic telephone systems for its own offices and staff.\n"
        "    Terms of the contract were not disclosed.\n"
        " Reuter\n"
    )
    doc = _load(tmp_path, "00527.txt", story.encode())
    assert [b.text for b in doc.blocks][-2:] == [
        "Terms of the contract were not disclosed.",
        "Reuter",
    ]
    assert doc.removed == ()


def test_a_dash_wrapped_to_the_start_of_a_line_goes_on_with_its_sentence(tmp_path: Path) -> None:
    story = (
        "ARMS TALKS RESUME IN GENEVA\n"
        "    GENEVA, March 4 - The United States today handed negotiators a draft\n"
        "treaty on medium-range missiles, its chief negotiator told reporters.\n"
        "    The draft called for elimination - removal and destruction\n"
        "- of all such missiles in Europe over five years, and for cuts\n"
        "elsewhere during that period to 100 warheads on each side, he said.\n"
        " Reuter\n"
    )
    doc = _load(tmp_path, "01574.txt", story.encode())
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3
    assert "elimination - removal and destruction - of all such missiles" in all_text(doc)


def test_a_number_wrapped_to_the_start_of_a_line_goes_on_with_its_sentence(tmp_path: Path) -> None:
    story = (
        "GRAIN EXCHANGE TO RAISE MARGINS\n"
        "    TOKYO, Feb 27 - The exchange said it raised the spot March\n"
        "requirement to 130,000 yen on contracts outstanding at March\n"
        "13. Nearby April rises to 90,000 yen from 70,000 at the same time.\n"
        "    Other months will remain unchanged at 70,000 yen except the new\n"
        "distant August, which will be set at 70,000 from March 2.\n"
        " REUTER\n"
    )
    doc = _load(tmp_path, "00229.txt", story.encode())
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3
    assert [b.text for b in doc.blocks][1].startswith("Other months will remain")


def test_a_wire_dateline_keeps_its_day(tmp_path: Path) -> None:
    doc = _load(tmp_path, "00001.txt", WIRE.encode())
    assert doc.dateline == "SALVADOR, Feb 26"
    assert "SALVADOR" not in all_text(doc)


def test_the_rows_of_a_wrapped_story_stay_rows(tmp_path: Path) -> None:
    # Lines far short of the wrapping width end their paragraph: a results table's rows are
    # not run together, and none of them opens a section.
    doc = _load(tmp_path, "00027.txt", EARNINGS.encode())
    texts = [b.text for b in doc.blocks]
    assert "Shr 39 cts vs 50 cts" in texts and "Revs 25.2 mln vs 19.5 mln" in texts
    assert [s.title for s in doc.sections if s.title] == []


def test_a_dateline_on_its_own_line_is_not_a_section_title(tmp_path: Path) -> None:
    # A results story's dateline stands alone above its table (it ends with the dash).
    story = (
        "MINING GROUP 1986 NET\n"
        "    MELBOURNE, March 3 -\n"
        "    Net 12.20 mln dlrs vs 8.80 mln.\n"
        "    Shr 4.8 cents vs 7.8\n"
        "    Final div to be announced after July 1, vs final 10 cents\n"
        "making 15.\n"
        "    Sales revenue 1.81 billion vs 1.69 billion\n"
        "    Investment income 16.93 mln vs 10.61 mln\n"
        "    NOTE - Net is after tax 71.03 mln dlrs vs 88.52 mln,\n"
        "interest 37.39 mln vs 38.68 mln, depreciation 52.32 mln vs\n"
        "33.05 mln but before net extraordinary loss 25.28 mln.\n"
        " REUTER\n"
    )
    doc = _load(tmp_path, "00883.txt", story.encode())
    assert "MELBOURNE, March 3 -" not in [s.title for s in doc.sections]
    assert "MELBOURNE, March 3 -" in all_text(doc)


def test_chinese_paragraphs_marked_by_their_indent_are_apart(tmp_path: Path) -> None:
    first = "　　记者从16日下午召开的工作会议新闻发布会上获悉，去年产生了一批重大科学成果，多位"
    lines = [
        "中科院发布年度重大科学成果",
        first,
        "院士获得国内外大奖，科研队伍的结构也得到进一步优化和改善。",
        "　　其中的射电望远镜落成启用，大幅提升了我国深空测控和射电天文的观测能力，在未来",
        "十五到二十年内将保持世界领先地位，吸引国内外的天文学家前来开展合作研究。",
        "　　发布会上，研究院负责人还介绍了今年的工作重点和几项重大工程的最新进展情况。",
    ]
    doc = _load(tmp_path, "cas.txt", "\n".join(lines).encode())
    texts = [b.text for b in doc.blocks]
    assert doc.title == "中科院发布年度重大科学成果"
    assert len(texts) == 3
    assert texts[1].startswith("其中的射电望远镜") and texts[1].endswith("开展合作研究。")


PEOPLES_DAILY = [
    "",
    "\t\t\t",
    "\t\t\t第8版(教科文专页)",
    "专栏：",
    "    吉林：生态省建设涌绿潮",
    "    本报记者  赵永新",
    "　　吉林省的生态省建设，主要包括生态环境建设、生态经济发展和生态文明的普及这三个方面。",
    "　　建设生态省：新世纪的新选择",
    "　　这是吉林省在世纪之初做出的明智抉择，广茂的森林和肥沃的平原使吉林省有条件走这条路。",
]


def test_a_newspaper_page_line_is_not_the_headline(tmp_path: Path) -> None:
    # A People's Daily archive's story, in GBK, opens with its page and column: the headline
    # is the line after them, and nothing is left out.
    data = "\r\n".join(PEOPLES_DAILY).encode("gbk")
    doc = _load(tmp_path, "jilin.txt", data)
    assert doc.title == "吉林：生态省建设涌绿潮"
    assert doc.removed == ()
    text = all_text(doc)
    assert "第8版(教科文专页)" in text and "本报记者 赵永新" in text


def test_a_chinese_byline_is_not_a_section_title(tmp_path: Path) -> None:
    data = "\r\n".join(PEOPLES_DAILY).encode("gbk")
    doc = _load(tmp_path, "jilin.txt", data)
    assert [s.title for s in doc.sections if s.title] == ["建设生态省：新世纪的新选择"]
