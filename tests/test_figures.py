"""Figure extraction over many sentence shapes: what is a figure, its value, unit and label."""

from __future__ import annotations

import dataclasses

import pytest

from ftztui.figures import extract_figures, figures_in_text
from ftztui.model import Block, Document, Figure, Section

# (sentence, [(text as written, value, unit, kind, label), ...]) -- the complete list expected.
FigureRow = tuple[str, float, str | None, str, str]
CASES: list[tuple[str, list[FigureRow]]] = [
    # "year on year" / "month on month" say when, not what is measured.
    (
        "Cargo volumes rose by 18.5 percent year on year to 1.2 million tonnes.",
        [
            ("18.5 percent", 18.5, "%", "percent", "increase in Cargo volumes"),
            ("1.2 million tonnes", 1.2e6, "tons", "quantity", "Cargo volumes"),
        ],
    ),
    ("Exports grew 7% month on month.", [("7%", 7, "%", "percent", "increase in Exports")]),
    # Counts, digits with separators, scale words, spelled-out numbers in any position.
    (
        "In 2020, the line transported more than 17 million national mail pieces.",
        [("17 million", 17e6, None, "count", "national mail pieces")],
    ),
    (
        "Eighty-two imported Porsches were delivered.",
        [("Eighty-two", 82, None, "count", "imported Porsches")],
    ),
    (
        "One hundred forty-four new projects were introduced.",
        [("One hundred forty-four", 144, None, "count", "new projects")],
    ),
    (
        "One hundred and twelve companies signed up.",
        [("One hundred and twelve", 112, None, "count", "companies")],
    ),
    ("Thirty-six ports were opened along the route.", [("Thirty-six", 36, None, "count", "ports")]),
    (
        "It has 216,345 registered users and 76,079 corporate service providers worldwide.",
        [
            ("216,345", 216345, None, "count", "registered users"),
            ("76,079", 76079, None, "count", "corporate service providers"),
        ],
    ),
    (
        "This year there were 3323 newly registered enterprises (including branches).",
        [("3323", 3323, None, "count", "newly registered enterprises")],
    ),
    (
        "The issuance of 523 central and 14 local enterprise-related business licenses.",
        [
            ("523", 523, None, "count", "business licenses"),
            ("14", 14, None, "count", "business licenses"),
        ],
    ),
    (
        "It has opened 12 lines of the Southeast Asia Cold Chain Express as normal.",
        [("12", 12, None, "count", "lines of the Southeast Asia Cold Chain Express")],
    ),
    (
        "Customs has launched four batches of 76 customs supervision innovation measures.",
        [
            ("four", 4, None, "count", "batches"),
            ("76", 76, None, "count", "customs supervision innovation measures"),
        ],
    ),
    ("The company employs some 4.5k people.", [("4.5k", 4500, None, "count", "people")]),
    ("The 3rd and 21st editions sold 10,000 copies.", [("10,000", 10000, None, "count", "copies")]),
    (
        "The city now has 1.2 million residents.",
        [("1.2 million", 1.2e6, None, "count", "residents")],
    ),
    # Money: yuan, RMB, ¥, USD, US$, $, US dollars; scale words and abbreviations.
    (
        "A total contractual agreement worth 12.7 billion yuan was signed.",
        [("12.7 billion yuan", 12.7e9, "yuan", "money", "contractual agreement")],
    ),
    (
        "The number of platform orders was over 1.63 billion yuan.",
        [("1.63 billion yuan", 1.63e9, "yuan", "money", "platform orders")],
    ),
    (
        "Exports reached ¥1.2 trillion last year.",
        [("¥1.2 trillion", 1.2e12, "yuan", "money", "Exports")],
    ),
    ("The firm raised $40m in a funding round.", [("$40m", 40e6, "USD", "money", "funding round")]),
    (
        "The fund invested RMB 300 million in new plants.",
        [("RMB 300 million", 300e6, "yuan", "money", "new plants")],
    ),
    (
        "It signed deals worth 2.5 bn US dollars.",
        [("2.5 bn US dollars", 2.5e9, "USD", "money", "deals")],
    ),
    # Percentages.
    (
        "It carried more than 65% of the country's mail.",
        [("65%", 65, "%", "percent", "share of the country's mail")],
    ),
    (
        "About 87 percent of respondents said they were satisfied.",
        [("87 percent", 87, "%", "percent", "share of respondents")],
    ),
    ("Revenue rose 12 per cent.", [("12 per cent", 12, "%", "percent", "increase in Revenue")]),
    (
        "Unemployment fell 0.4 percentage points.",
        [
            (
                "0.4 percentage points",
                0.4,
                "percentage points",
                "percent",
                "decrease in Unemployment",
            )
        ],
    ),
    # Durations.
    (
        "The processing time limit for export business has been shortened to 5.3 working days.",
        [
            (
                "5.3 working days",
                5.3,
                "days",
                "duration",
                "processing time limit for export business",
            )
        ],
    ),
    (
        "Over the past four years, the zone grew.",
        [("four years", 4, "years", "duration", "period")],
    ),
    ("The trip takes six hours by train.", [("six hours", 6, "hours", "duration", "trip")]),
    (
        "They offer 24-hour customs clearance.",
        [("24-hour", 24, "hours", "duration", "customs clearance")],
    ),
    # Quantities.
    (
        "The zone covers 119.98 square kilometers.",
        [("119.98 square kilometers", 119.98, "km²", "quantity", "area")],
    ),
    ("Shipments weighed 3,200 tons.", [("3,200 tons", 3200, "tons", "quantity", "weight")]),
    (
        "It rents 2,000 square meters of office space.",
        [("2,000 square meters", 2000, "m²", "quantity", "office space")],
    ),
    # Ranges and coordinated figures share unit and label.
    (
        "Between 10 and 20 percent of the workers left.",
        [
            ("10", 10, "%", "percent", "share of the workers"),
            ("20 percent", 20, "%", "percent", "share of the workers"),
        ],
    ),
    (
        "Visitors waited 3 to 5 days for approval.",
        [("3", 3, "days", "duration", "duration"), ("5 days", 5, "days", "duration", "duration")],
    ),
    # Sentences unlike the seed's: links, changes, dimensions, costs, prepositions in labels.
    (
        "Foreign trade reached 654.5 billion yuan in 2021, up 22.8 percent year on year.",
        [
            ("654.5 billion yuan", 654.5e9, "yuan", "money", "Foreign trade"),
            ("22.8 percent", 22.8, "%", "percent", "increase in Foreign trade"),
        ],
    ),
    (
        "Apple reported revenue of $123.9 billion for the quarter, down 11 percent.",
        [
            ("$123.9 billion", 123.9e9, "USD", "money", "revenue"),
            ("11 percent", 11, "%", "percent", "decrease in revenue"),
        ],
    ),
    (
        "The journey to Duisburg takes about 13 days, compared with 40 days by sea.",
        [
            ("13 days", 13, "days", "duration", "journey to Duisburg"),
            ("40 days", 40, "days", "duration", "journey to Duisburg"),
        ],
    ),
    (
        "The bridge is 1,650 meters long and cost 2.3 billion yuan to build.",
        [
            ("1,650 meters", 1650, "m", "quantity", "length"),
            ("2.3 billion yuan", 2.3e9, "yuan", "money", "cost"),
        ],
    ),
    (
        "The population of the district is about 1.2 million.",
        [("1.2 million", 1.2e6, None, "count", "population of the district")],
    ),
    (
        "The price rose from 5 yuan to 8 yuan per kilogram.",
        [("5 yuan", 5, "yuan", "money", "price"), ("8 yuan", 8, "yuan", "money", "price")],
    ),
    (
        "The fund manages assets of about €2.5bn and employs 150 staff.",
        [("€2.5bn", 2.5e9, "EUR", "money", "assets"), ("150", 150, None, "count", "staff")],
    ),
    (
        "Goods worth more than $40 billion crossed the border, carrying 10,000 tons of parts.",
        [
            ("$40 billion", 40e9, "USD", "money", "Goods"),
            ("10,000 tons", 10000, "tons", "quantity", "parts"),
        ],
    ),
    (
        "Temperatures reached 41.5 °C on Tuesday.",
        [("41.5 °C", 41.5, "°C", "quantity", "Temperatures")],
    ),
    (
        "A 7.1-magnitude quake struck at 10:45 pm, killing at least 15 people.",
        [("15", 15, None, "count", "people")],
    ),
    (
        "A 65-year-old man was among 1,200 passengers.",
        [("65-year", 65, "years", "duration", "age"), ("1,200", 1200, None, "count", "passengers")],
    ),
    (
        "Shares closed at $153.20, up $2.15.",
        [
            ("$153.20", 153.2, "USD", "money", "Shares"),
            ("$2.15", 2.15, "USD", "money", "increase in Shares"),
        ],
    ),
    ("Rainfall of 120 mm fell overnight.", [("120 mm", 120, "mm", "quantity", "Rainfall")]),
    (
        "The deal is worth RMB1.2 billion, or USD185m.",
        [
            ("RMB1.2 billion", 1.2e9, "yuan", "money", "deal"),
            ("USD185m", 185e6, "USD", "money", "deal"),
        ],
    ),
    (
        "In 2020 about 2000 people and more than 1950 companies joined.",
        [("2000", 2000, None, "count", "people"), ("1950", 1950, None, "count", "companies")],
    ),
    # A number word glued to a letter outside ASCII is part of that word; the next one still counts.
    (
        "At the Caféone two trucks and three vans waited.",
        [("two", 2, None, "count", "trucks"), ("three", 3, None, "count", "vans")],
    ),
    (
        "Ports opened—twelve new berths and “Thirty-six ports”.",
        [("twelve", 12, None, "count", "new berths"), ("Thirty-six", 36, None, "count", "ports")],
    ),
]

# Sentences in which nothing is a figure.
NOT_FIGURES: list[str] = [
    "The press conference was held on March 31.",
    "The cars arrived on September 24, 2020.",
    "In 2020, the zone grew quickly.",
    "The plan covered 2013-2020 and 2013–2020.",
    "Call +86-23-67230470 or (023) 6723 0470 for details.",
    "Write to service@ichongqing.info or visit https://www.ichongqing.info/2020/09/24/page-5.html",
    "This is the first batch of imported vehicles; the second follows.",
    "It introduced a project of the world's top 500.",
    "Install Python 3.11.2 or v2 of the tool.",
    "The plant is certified to ISO 9001 and encodes text in GB18030.",
    "Use `range(10)` to count to 10 in a loop.",
    "Run `make -j 5 jobs` or see https://example.org/5-new-projects and mail 5@example.org.",
    "Results were published on 31 March 2021 and in May 2019.",
    "At 3 p.m. and 10:30 the ratio was 3:1.",
    "See section 3, page 12, step 2, Table 5 and chapter 9.",
    "It offers one-stop service in the twenty-first century at a five-star hotel.",
    "The function returns 0 if x is 1.",
    "One of the benefits is one integrated inspection.",
    "Ranking second in Chongqing, it was No. 1 in 2019 and #3 the year before.",
    "The mp3 player, the 5G network, the H2O molecule and the XRMB5 code.",
    "[12] Smith, J. (2019), p. 45.",
    "If n > 0 delete the stamps; call f(3) with x = 4.",
    "The G20 summit drew 2,000-strong crowds; the service runs 24/7.",
    "The team won 3-1 in the 1990s, in mid-2020 and in Q3 2021.",
    "The number of loops, defaulting to one million, depending on the platform.",
    "Someone often tends the freight zone; the phone is done and the weight attended to.",
    # A chart's labels in a font without a character map (pdf.js's tracemonkey): "$4" and
    # "$56" were listed as money.
    "?>9@AJ.><J/F80-#3$4$56# &-.9<=>9</2#3$4%56# =<6>?J+<:J,F5-*#0(1(23#",
]


def _rows(text: str) -> list[FigureRow]:
    return [(f.text, f.value, f.unit, f.kind, f.label) for f in figures_in_text(text)]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_figures(sentence: str, expected: list[FigureRow]) -> None:
    assert _rows(sentence) == [(t, pytest.approx(v), u, k, lab) for t, v, u, k, lab in expected]


@pytest.mark.parametrize("sentence", NOT_FIGURES, ids=[s[:40] for s in NOT_FIGURES])
def test_not_figures(sentence: str) -> None:
    assert _rows(sentence) == []


def test_conversion_is_paired_with_the_amount_it_converts() -> None:
    figures = figures_in_text(
        "The center allocated goods reaching 850 million yuan (about 139 million USD)."
    )
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("850 million yuan", 850e6, "yuan"),
        ("139 million USD", 139e6, "USD"),
    ]
    assert (figures[1].relation, figures[1].related_to) == ("conversion", 0)
    assert figures[1].label == figures[0].label
    assert figures[0].relation is None


def test_comparison_takes_the_unit_of_what_it_is_compared_with() -> None:
    figures = figures_in_text(
        "The time limit has been shortened to 5.3 working days, lower than the national average"
        " of ten, while start-ups have been reduced to less than three working days."
    )
    assert [(f.text, f.value, f.unit, f.label) for f in figures] == [
        ("5.3 working days", 5.3, "days", "time limit"),
        ("ten", 10, "days", "national average"),
        ("three working days", 3, "days", "start-ups"),
    ]
    assert (figures[1].relation, figures[1].related_to) == ("comparison", 0)
    assert figures[2].relation is None


def test_related_to_indexes_the_whole_document_list() -> None:
    blocks = (
        Block("paragraph", "There were 41 municipal management powers."),
        Block("paragraph", "It reached 850 million yuan (about 139 million USD)."),
    )
    doc = Document(id="d", title="d", sections=(Section("S", blocks),))
    figures = extract_figures(doc)
    assert [f.block for f in figures] == [0, 1, 1]
    assert figures[2].related_to == 1


def test_offsets_slice_the_block_text_and_record_place_and_sentence() -> None:
    text = "Intro here. Over 69,280 orders have been issued, with 7 parks. Last one."
    doc = Document(
        id="notes",
        title="Notes",
        sections=(
            Section(None, (Block("paragraph", "Nothing."),), 0),
            Section("Orders", (Block("paragraph", text),)),
        ),
    )
    figures = extract_figures(doc)
    assert [(f.doc, f.section, f.block, text[f.start : f.end]) for f in figures] == [
        ("notes", "Orders", 1, "69,280"),
        ("notes", "Orders", 1, "7"),
    ]
    assert figures[0].sentence == "Over 69,280 orders have been issued, with 7 parks."


def test_figures_are_whole_frozen_figures() -> None:
    """They are built without Figure.__init__: every field is set, and they behave as made by it."""
    figures = figures_in_text("It reached 850 million yuan (about 139 million USD).")
    assert len(figures) == 2
    for figure in figures:
        same = Figure(**{f.name: getattr(figure, f.name) for f in dataclasses.fields(Figure)})
        assert figure == same and hash(figure) == hash(same) and repr(figure) == repr(same)
        with pytest.raises(dataclasses.FrozenInstanceError):
            figure.label = "changed"  # type: ignore[misc]


def test_code_blocks_are_skipped() -> None:
    doc = Document(
        id="d",
        title="d",
        sections=(
            Section(
                None,
                (
                    Block("code", "x = 500 million yuan  # 12 new projects"),
                    Block("paragraph", "It has 12 new projects."),
                ),
                0,
            ),
        ),
    )
    assert [(f.block, f.text) for f in extract_figures(doc)] == [(1, "12")]


def test_markup_and_escape_sequences_are_only_data() -> None:
    figures = figures_in_text("[bold]12 red flags[/] and \x1b[31m5 pieces\x1b[0m of cake.")
    assert [(f.text, f.label) for f in figures] == [("12", "red flags")]


def test_money_among_a_few_symbols_is_still_money() -> None:
    """Symbol soup is more than two of #$&@<>*=^|\\{} in one word; ranges of money and an
    aside's "~" or "?!" are not it."""
    rows = _rows("Juniors earn $40,000–$60,000 a year (~$20–$35 per hour), and $200?! for it.")
    assert [r[0] for r in rows] == ["$40,000", "$60,000", "$20", "$35", "$200"]
