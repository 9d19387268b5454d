"""Plain-text loader: the seed article and other news pages saved as text, furniture and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.model import Document

from .helpers import all_text

SEED_TITLE = "In Four Years, Chongqing FTZ Achieves Remarkable Results in Exploration, Development"
SEED_FURNITURE = (
    "iChongqing Title",
    "A Tour in Chongqing",
    "A Land of Natural Beauty",
    "67230470",
    "I Agree",
    "Privacy Statement",
    "cookie",
    "service@ichongqing.info",
    "About Us",
    "Contact Us",
    "Leaving a message",
    "(Photo/",
)


def write(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


# -- the seed ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return load_document(Path(__file__).parent.parent / "corpus/chongqing-ftz-four-years.txt")


def test_seed_metadata(seed: Document) -> None:
    assert seed.id == "chongqing-ftz-four-years"
    assert seed.title == SEED_TITLE
    assert seed.source == "iChongqing"
    assert seed.dateline == "Chongqing"
    assert seed.format == "text"


def test_seed_sections_are_the_lead_and_the_three_headings(seed: Document) -> None:
    assert [s.title for s in seed.sections] == [
        None,
        "International logistics distribution",
        "Business environment",
        "Manufacturing plus Internet",
    ]
    assert seed.sections[0].level == 0


def test_seed_dateline_is_stripped_from_the_first_paragraph(seed: Document) -> None:
    first = seed.blocks[0]
    assert first.kind == "paragraph"
    assert first.text.startswith("Over the past four years, the China (Chongqing) Pilot")


def test_seed_photo_lines_are_captions_with_their_credit(seed: Document) -> None:
    captions = [b for b in seed.blocks if b.kind == "caption"]
    assert len(captions) == 2
    assert {c.credit for c in captions} == {"Chongqing Municipal Commission of Commerce"}
    assert captions[0].text.endswith("pioneering and differentiated reforms and explorations.")
    assert captions[1].text.startswith("Jiulongpo sector leads in promoting")
    assert seed.section_of_block(seed.blocks.index(captions[1])) == 3


def test_seed_quotations_are_quote_blocks(seed: Document) -> None:
    quotes = [b.text for b in seed.blocks if b.kind == "quote"]
    assert len(quotes) == 4
    assert all(q.startswith("“") for q in quotes)
    assert any("said Zhang Zhikui" in q for q in quotes)
    # A paragraph that merely contains a quoted phrase stays a paragraph.
    compared = next(b for b in seed.blocks if b.text.startswith("Compared with the former"))
    assert compared.kind == "paragraph"


def test_seed_keeps_no_site_furniture(seed: Document) -> None:
    text = all_text(seed)
    for furniture in SEED_FURNITURE:
        assert furniture not in text
    assert seed.blocks[-1].text.startswith("So far, Humiwang has established")


def test_seed_spaces_are_tidied(seed: Document) -> None:
    assert not any("\u00a0" in b.text or "  " in b.text for b in seed.blocks)


def test_seed_loads_the_same_every_time(seed: Document) -> None:
    path = Path(__file__).parent.parent / "corpus/chongqing-ftz-four-years.txt"
    assert load_document(path) == seed


# -- other pages in the same shape ---------------------------------------------------------

XINHUA = """\
Home | World | China | Business | Sci-Tech | Photos
Source: Xinhua| 2021-04-02 15:20:11|Editor: huaxia
Share
China-Europe freight trains hit record in first quarter
BEIJING, April 2 (Xinhua) -- China-Europe freight train trips hit a record high in the first \
quarter of 2021, the national railway operator said on Friday.
A total of 3,398 trips were made in the period, up 75 percent year on year.
"The service has become an important channel for stable supply chains," said Wang Hong, an \
official with the company. "We will keep expanding the network."
Freight volume
The trains carried 324,000 twenty-foot equivalent units of goods, up 85 percent.
A China-Europe freight train departs from a logistics hub in Chongqing. (Xinhua/Liu Xiao)
Electronics, auto parts and machinery made up most of the cargo, the operator said.
[Editor: huaxia]
Related News
China-Europe freight trains make 1,000 trips in March
Chongqing launches new rail route to Duisburg
Copyright © 2000-2021 XINHUANET.com All rights reserved.
"""


def test_xinhua_page(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "xinhua-trains.txt", XINHUA))
    assert doc.title == "China-Europe freight trains hit record in first quarter"
    assert doc.source == "Xinhua"
    assert doc.date == "2021-04-02"
    assert doc.dateline == "BEIJING"
    assert [s.title for s in doc.sections] == [None, "Freight volume"]
    assert doc.blocks[0].text.startswith("China-Europe freight train trips hit a record")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Xinhua/Liu Xiao"
    assert caption.text.endswith("logistics hub in Chongqing.")
    assert [b.kind for b in doc.blocks].count("quote") == 1
    text = all_text(doc)
    for furniture in ("Home |", "Editor", "Related News", "1,000 trips", "Copyright", "Share"):
        assert furniture not in text
    assert doc.blocks[-1].text.startswith("Electronics, auto parts and machinery")


CHINA_DAILY = """\
chinadaily.com.cn

Home / China / Society

Chongqing port handles more cargo as river trade grows

By TAN YINGZI in Chongqing | China Daily | Updated: 2021-03-31 09:12

Share - WeChat

Guoyuan Port in Chongqing handled more containers last year than in any year before, the \
port's operator said on Tuesday.

The inland port links the Yangtze River with rail lines to Europe and Southeast Asia.

Rail and river

Workers load containers onto a freight train at Guoyuan Port. \
[Photo by Tan Yingzi/chinadaily.com.cn]

More than half of the containers that arrived by train were moved on by river within a week, \
the operator said.

Looking ahead

Top
Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text, \
photo, multimedia information, etc) published in this site belongs to China Daily Information Co.
Note: Browsers with 1024*768 or higher resolution are suggested for this site.
License for publishing multimedia online 0108263
"""


def test_china_daily_page_with_windows_line_endings(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "cd-port.txt", CHINA_DAILY, newline="\r\n"))
    assert doc.title == "Chongqing port handles more cargo as river trade grows"
    assert doc.date == "2021-03-31"
    # "Looking ahead" has no body after it: not a section, and not text either.
    assert [s.title for s in doc.sections] == [None, "Rail and river"]
    caption = doc.sections[1].blocks[0]
    assert caption.kind == "caption"
    assert caption.credit == "Tan Yingzi/chinadaily.com.cn"
    assert "[Photo" not in caption.text
    text = all_text(doc)
    for furniture in ("Home /", "By TAN", "Share", "Looking ahead", "Top", "Copyright", "1024"):
        assert furniture not in text
    assert not any("\r" in b.text for b in doc.blocks)


def test_windows_line_endings_give_the_same_document(tmp_path: Path) -> None:
    unix = load_document(write(tmp_path, "a.txt", XINHUA))
    windows = load_document(write(tmp_path, "b.txt", XINHUA, newline="\r\n"), doc_id="a")
    assert windows.sections == unix.sections
    assert windows.title == unix.title


ICHONGQING_NO_SECTIONS = """\
iChongqing Title

Chongqing Opens 10 New Cold Chain Routes to Southeast Asia


Chongqing- The city has opened ten new cold chain routes to Southeast Asia this year, local \
officials said on Monday.

The routes carry fruit, seafood and meat through the New International Land-Sea Trade Corridor.

“Fresh durians now reach Chongqing in five days,” said a manager at the distribution center.

Editor: Li Yue

Share to

Related News

Chongqing Customs Speeds Up Clearance
Cold Chain Express Carries More Fruit

A Tour in Chongqing, A Gain in Vision

For any inquiries, please email service@ichongqing.info
"""


def test_article_without_sections(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "cold-chain.txt", ICHONGQING_NO_SECTIONS))
    assert doc.title == "Chongqing Opens 10 New Cold Chain Routes to Southeast Asia"
    assert doc.source == "iChongqing"
    assert doc.dateline == "Chongqing"
    assert [s.title for s in doc.sections] == [None]
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "quote"]
    assert "Editor" not in all_text(doc) and "Related" not in all_text(doc)


CJK = """\
重庆自贸试验区四周年

重庆自贸试验区挂牌四年来，推出了一批制度创新成果，营商环境持续优化。

国际物流

中欧班列（渝新欧）开行数量持续增长，带动了进出口贸易的发展。

“我们将继续推进制度创新，”一位负责人说。
"""


def test_chinese_article(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "cjk.txt", CJK))
    assert doc.title == "重庆自贸试验区四周年"
    assert [s.title for s in doc.sections] == [None, "国际物流"]
    assert doc.blocks[0].text.startswith("重庆自贸试验区挂牌四年来")
    assert doc.blocks[-1].kind == "quote"


WRAPPED = """\
A Note on Bonded Warehouses

A bonded warehouse is a building where imported goods may be stored
without paying import duties until they leave for the domestic market.
This lets a trader wait for buyers without tying up money in taxes.

Who uses them

Car importers use bonded warehouses to keep vehicles close to buyers
while duties stay unpaid, and manufacturers keep imported parts there
until the parts are needed on the production line.
"""


def test_hard_wrapped_paragraphs_are_joined(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "wrapped.txt", WRAPPED))
    assert doc.title == "A Note on Bonded Warehouses"
    assert [s.title for s in doc.sections] == [None, "Who uses them"]
    assert len(doc.blocks) == 2
    assert doc.blocks[0].text.endswith("without tying up money in taxes.")
    assert "import duties until" in doc.blocks[0].text


def test_list_lines_become_list_items(tmp_path: Path) -> None:
    text = (
        "Three Things About the Pilot Zone\n\n"
        "The zone has three areas, officials said on Monday in Chongqing.\n\n"
        "- Liangjiang area\n- Xiyong area\n- Guoyuan Port area\n"
    )
    doc = load_document(write(tmp_path, "list.txt", text))
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        ("list_item", "Liangjiang area"),
        ("list_item", "Xiyong area"),
        ("list_item", "Guoyuan Port area"),
    ]


def test_text_without_a_title_line_takes_the_file_name(tmp_path: Path) -> None:
    text = "This file starts straight away with a long sentence of body text, no title at all.\n"
    doc = load_document(write(tmp_path, "plain_note-2021.txt", text))
    assert doc.title == "plain note 2021"
    assert doc.blocks[0].text == text.strip()


GLOBAL_TIMES_LIKE = """\
GLOBAL TIMES
Home
China
Politics
Society
Chongqing's foreign trade rises 30% in first half
By Global Times
Published: Jul 20, 2021 08:58 PM
Photo: VCG
Chongqing's foreign trade rose 30 percent year-on-year in the first half of 2021, local \
customs said on Tuesday.
The city's exports of laptops and mobile phones led the growth.
"The recovery is broad-based," said Li Ming, a professor at Chongqing University.
Laptop exports
Chongqing produces about one third of the world's laptops, according to local officials.
Newsletter
Get the latest news delivered to your inbox.
RELATED ARTICLES
Chongqing sets up new bonded zone
Copyright 2021 Global Times All Rights Reserved.
"""


def test_one_line_per_paragraph_with_menu_byline_and_newsletter(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "gt.txt", GLOBAL_TIMES_LIKE))
    assert doc.title == "Chongqing's foreign trade rises 30% in first half"
    assert doc.date == "2021-07-20"
    assert [s.title for s in doc.sections] == [None, "Laptop exports"]
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "quote", "paragraph"]
    text = all_text(doc)
    for furniture in ("Politics", "By Global", "VCG", "Newsletter", "inbox", "bonded zone"):
        assert furniture not in text


PEOPLES_DAILY_LIKE = """\
People's Daily Online

Tuesday, April 06, 2021

Chongqing pilot FTZ sees new businesses boom
(People's Daily Online) 09:38, April 06, 2021

Chongqing, April 5 -- The number of newly registered businesses in the Chongqing pilot free \
trade zone has grown quickly, local authorities said.

New enterprises

More than 60,000 new enterprises have registered in the zone since it opened.

Web editor: Hu Ximeng, Liang Jun

Related reading:
Chongqing launches new cold chain route
"""


def test_timestamp_line_is_not_the_title(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "pd.txt", PEOPLES_DAILY_LIKE))
    assert doc.title == "Chongqing pilot FTZ sees new businesses boom"
    # The dateline's day is not the page's date: it stays with the place, not dropped.
    assert (doc.source, doc.date, doc.dateline) == (
        "People's Daily Online",
        "2021-04-06",
        "Chongqing, April 5",
    )
    assert doc.blocks[0].text.startswith("The number of newly registered businesses")
    assert [s.title for s in doc.sections] == [None, "New enterprises"]
    assert "editor" not in all_text(doc) and "cold chain" not in all_text(doc)


def test_short_first_paragraph_and_photo_before_it_stay_in_the_body(tmp_path: Path) -> None:
    text = (
        "iChongqing Title\n\nChongqing Zone Opens New Rail Hub\n\n"
        "Workers at the new hub. (Photo/ iChongqing)\n\n"
        "Chongqing- The hub opened on Monday.\n\n"
        "It links the port with lines to Europe and Southeast Asia, officials said.\n"
    )
    doc = load_document(write(tmp_path, "short.txt", text))
    assert doc.title == "Chongqing Zone Opens New Rail Hub"
    assert doc.dateline == "Chongqing"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("caption", "Workers at the new hub."),
        ("paragraph", "The hub opened on Monday."),
        (
            "paragraph",
            "It links the port with lines to Europe and Southeast Asia, officials said.",
        ),
    ]


def test_source_line_after_the_last_paragraph(tmp_path: Path) -> None:
    text = (
        "Cold Chain Trains Carry More Fruit\n\n"
        "More fruit from Southeast Asia reached Chongqing by rail this year, traders said.\n\n"
        "Source: Chongqing Daily\n\n"
        "Editor: Wang Lei\n"
    )
    doc = load_document(write(tmp_path, "src.txt", text))
    assert doc.source == "Chongqing Daily"
    assert [b.text for b in doc.blocks] == [
        "More fruit from Southeast Asia reached Chongqing by rail this year, traders said."
    ]


ICHONGQING_VARIANT = """\
iChongqing Title

Chongqing's "Smart Expo" Opens: What to Expect This Year


CHONGQING (iChongqing)– The 2021 Smart China Expo opened on Monday in the city's Yuelai \
district, bringing together more than 600 companies.

Visitors try out a driverless bus at the expo. (Photo/ Tan Xiao)

Organizers said the event would run for four days.

Driverless cars

“Autonomous driving is no longer a distant dream,” said Li Wei, an engineer at a local \
carmaker, adding that road tests had covered more than 10,000 kilometers.

1. Test roads have been opened in three districts.

2. Companies can apply for test licenses online.

A volunteer shows a map of the test roads. (Photo/ iChongqing)

Looking forward

Editor: Zhang Rui

Share to

Related News

Smart Expo to Open in August
Chongqing Launches Driverless Bus Line

A Tour in Chongqing, A Gain in Vision

I Agree
Our Privacy Statement & Cookie Policy
"""


def test_ichongqing_variant_with_captions_in_sections_and_a_dangling_heading(
    tmp_path: Path,
) -> None:
    doc = load_document(write(tmp_path, "expo.txt", ICHONGQING_VARIANT))
    assert doc.title == 'Chongqing\'s "Smart Expo" Opens: What to Expect This Year'
    assert (doc.source, doc.dateline) == ("iChongqing", "CHONGQING")
    assert [s.title for s in doc.sections] == [None, "Driverless cars"]
    assert [(b.kind, b.credit) for b in doc.blocks] == [
        ("paragraph", None),
        ("caption", "Tan Xiao"),
        ("paragraph", None),
        ("quote", None),
        ("list_item", None),
        ("list_item", None),
        ("caption", "iChongqing"),
    ]
    assert doc.blocks[0].text.startswith("The 2021 Smart China Expo opened on Monday")
    text = all_text(doc)
    for furniture in ("Looking forward", "Editor", "Share", "Related", "August", "Tour", "Agree"):
        assert furniture not in text


def test_a_headline_ending_in_title_is_not_a_site_line(tmp_path: Path) -> None:
    text = (
        "Chongqing Team Wins National Title\n\n"
        "The city's basketball team won the national title on Sunday, fans said.\n"
    )
    doc = load_document(write(tmp_path, "title.txt", text))
    assert doc.title == "Chongqing Team Wins National Title"
    assert doc.source is None


HEALTH_NEWS = """\
Cheap blood-pressure drug cuts heatstroke deaths in older adults, trial finds

{credit}

A widely used and inexpensive blood-pressure pill may protect older people from dying during \
heatwaves, according to a large trial published on Wednesday.

{body_line}

Researchers enrolled 4,812 adults aged 65 and over who lived alone in hot cities.
"""
HEALTH_TITLE = "Cheap blood-pressure drug cuts heatstroke deaths in older adults, trial finds"


@pytest.mark.parametrize(
    ("credit", "date"),
    [
        ("Health Desk, 14 August 2026", "2026-08-14"),
        ("14 August 2026 — Health Desk", "2026-08-14"),
        ("Health Desk | Wednesday 14 August 2026", "2026-08-14"),
        ("Health Desk, 14 August", None),  # no year: not a date, still not the headline
        ("By Maria Lindqvist, Science Correspondent, and Tom Reed, Health Editor", None),
        ("By our staff reporter", None),
    ],
)
def test_a_byline_or_dateline_under_the_headline_is_not_the_title(
    tmp_path: Path, credit: str, date: str | None
) -> None:
    text = HEALTH_NEWS.format(credit=credit, body_line="The effect was largest in July.")
    doc = load_document(write(tmp_path, "health.txt", text))
    assert (doc.title, doc.date) == (HEALTH_TITLE, date)
    # Nothing before the headline shows a saved page: the file is the user's, and the line
    # under its title is what they wrote there (its date is the document's date too).
    assert [b.text for b in doc.blocks[:2]] == [credit, HEALTH_NEWS.split("\n\n")[2].strip()]
    assert doc.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the placebo group fared worse.",
        "By Tuesday the heatwave had passed.",
        "By 2030 the trial will include 15,000 people.",
        "Results are due on 1 May 2027.",
    ],
)
def test_short_paragraphs_starting_like_a_byline_stay_in_the_body(
    tmp_path: Path, line: str
) -> None:
    text = HEALTH_NEWS.format(credit="Health Desk, 14 August 2026", body_line=line)
    doc = load_document(write(tmp_path, "health.txt", text))
    assert line in [b.text for b in doc.blocks]


def test_a_numbered_items_number_is_its_text_and_a_bullet_is_not(tmp_path: Path) -> None:
    text = (
        "The five best players of the season\n\n"
        "The league's coaches chose the best players of the season, and the vote was closer "
        "than it has been for years.\n\n"
        "1. Ann Lee\n2. Bo Chen\n3. Kim Park\n\n"
        "- a bullet\n- another bullet\n\n"
        "The winner will receive the trophy at the dinner on Saturday.\n"
    )
    doc = load_document(write(tmp_path, "players.txt", text))
    items = [b.text for s in doc.sections for b in s.blocks if b.kind == "list_item"]
    assert items == ["1. Ann Lee", "2. Bo Chen", "3. Kim Park", "a bullet", "another bullet"]
