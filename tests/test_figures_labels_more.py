"""Labels in the shapes of news, reports and notes: what a sidebar reader needs to see.

Each row is (sentence, [(figure as written, label), ...]) for the figures named; other figures of
the sentence may exist and are not checked here (tests/test_figures.py holds complete lists).
"""

from __future__ import annotations

import pytest

from ftztui.figures import extract_figures, figures_in_text
from ftztui.model import Block, Document, Section

LABELS: list[tuple[str, list[tuple[str, str]]]] = [
    # A change says what changed, and the level reached after "to" is that same thing.
    (
        "The region's gross domestic product grew 5.1 percent year on year to 2.8 trillion yuan.",
        [
            ("5.1 percent", "increase in region's gross domestic product"),
            ("2.8 trillion yuan", "region's gross domestic product"),
        ],
    ),
    (
        "Revenue rose 18% to $4.2bn in the three months to September 30.",
        [("18%", "increase in Revenue"), ("$4.2bn", "Revenue")],
    ),
    ("Operating expenses grew 6 per cent to $1.15bn.", [("$1.15bn", "Operating expenses")]),
    ("The stock has gained 35% so far this year.", [("35%", "increase in stock")]),
    ("Its shares slumped 12% on Monday.", [("12%", "decrease in shares")]),
    (
        "The rail-sea trains made 5,386 trips, 8.7 percent more than a year earlier.",
        [("5,386", "trips"), ("8.7 percent", "increase in trips")],
    ),
    (
        "That compares with a 22 per cent rise in the Philadelphia semiconductor index.",
        [("22 per cent", "rise in Philadelphia semiconductor index")],
    ),
    # The same change over two periods; a change after a change is not a change in a change.
    (
        "In Q3, GDP grew by 4.8 percent year on year and 0.9 percent quarter on quarter.",
        [("4.8 percent", "increase in GDP"), ("0.9 percent", "increase in GDP")],
    ),
    (
        "Prices went down by 0.1 percent, and then went up by 0.7 percent.",
        [("0.1 percent", "decrease in Prices"), ("0.7 percent", "increase in Prices")],
    ),
    # What a comparison is against; a modal and "between X and Y" do not cut a phrase.
    (
        "sluice is 3.2x faster than the stdlib and 19% faster than orjson.",
        [("3.2x", "faster than the stdlib"), ("19%", "faster than orjson")],
    ),
    ("It is now 30% faster than 3.11.", [("30%", "faster")]),
    ("The 1,900-km journey will take about 60 hours.", [("60 hours", "journey")]),
    (
        "Bilateral trade between China and Laos reached 7.3 billion U.S. dollars.",
        [("7.3 billion U.S. dollars", "Bilateral trade between China and Laos")],
    ),
    ("Annual precipitation averages 1,138 mm.", [("1,138 mm", "Annual precipitation")]),
    # Another number or "now" after a figure is not what it counts.
    (
        "That share rose to 33 percent, compared with just 19 percent three years ago.",
        [("19 percent", "share")],
    ),
    ("Capacity will rise to 200,000, up from about 150,000 now.", [("150,000", "Capacity")]),
    # A share named by its verb, not its "of" phrase.
    ("Of the land, mountains make up 69 percent.", [("69 percent", "share of mountains")]),
    (
        "Trade with ASEAN members accounted for RMB 285 billion last year.",
        [("RMB 285 billion", "Trade with ASEAN members")],
    ),
    # Where something happened is not what was measured.
    (
        "Cargo throughput at the port reached 412 million tonnes last year.",
        [("412 million tonnes", "Cargo throughput")],
    ),
    (
        "The clearance time for imports at the port has been cut to 36.5 hours.",
        [("36.5 hours", "clearance time for imports")],
    ),
    (
        "The number of parcels handled at the port rose from 3 million to 41 million.",
        [("3 million", "parcels")],
    ),
    (
        "Average monthly pay at the group rose to 9,800 yuan.",
        [("9,800 yuan", "Average monthly pay")],
    ),
    ("The total cost reached 5 million yuan.", [("5 million yuan", "cost")]),
    (
        "Gross margin widened by 240 basis points to 46.8%.",
        [("240 basis points", "increase in Gross margin"), ("46.8%", "Gross margin")],
    ),
    # An earlier level after "from" is the same thing, compared.
    (
        "Sales in Europe fell to €300 million from €365 million.",
        [("€300 million", "Sales in Europe"), ("€365 million", "Sales in Europe")],
    ),
    (
        "It raised its revenue forecast to between $16.1bn and $16.4bn, from $15.5bn.",
        [
            ("$16.1bn", "revenue forecast"),
            ("$16.4bn", "revenue forecast"),
            ("$15.5bn", "revenue forecast"),
        ],
    ),
    ("Net income was $712m, or $1.12 a share.", [("$1.12", "Net income per share")]),
    # "an average of", "on average" only qualify.
    (
        "A hospital stay for heatstroke costs an average of €6,500.",
        [("€6,500", "hospital stay for heatstroke")],
    ),
    # Money: a cost, and no time frame for a label.
    (
        "The bridge was built at a cost of 6.8 billion yuan (about 950 million U.S. dollars).",
        [("6.8 billion yuan", "cost"), ("950 million U.S. dollars", "cost")],
    ),
    ("It was priced at about $30 million.", [("$30 million", "price")]),
    # "Label: N" in notes and list items.
    ("Active devices: 182,000 (up 6% week on week)", [("182,000", "Active devices")]),
    ("p95 sync latency: 420 ms, target is under 300 ms", [("420 ms", "p95 sync latency")]),
    ("- Longest run so far: 21.1 km", [("21.1 km", "Longest run so far")]),
    ("Race entry: €145 (already paid)", [("€145", "Race entry")]),
    ("Current weekly volume: around 35 km over 4 runs", [("35 km", "Current weekly volume")]),
    # A count that refers back to the one before it.
    (
        "The group employs 14,600 people and plans to recruit another 1,200 this year.",
        [("14,600", "people"), ("1,200", "people")],
    ),
    (
        "The city had 4,017,607 inhabitants, of whom 1,431,000 lived in the centre.",
        [("1,431,000", "inhabitants")],
    ),
    # An aside in brackets does not cut a noun phrase; "per capita" belongs to it.
    (
        "The gross domestic product (GDP) of the region was 101,544.6 billion yuan.",
        [("101,544.6 billion yuan", "gross domestic product of the region")],
    ),
    (
        "The per capita disposable income of residents was 31,530 yuan.",
        [("31,530 yuan", "per capita disposable income of residents")],
    ),
    # A count named before it, a subject before a verb, a plural that looks like a verb.
    ("Attendance was 18,204.", [("18,204", "Attendance")]),
    ("Enrolment has risen to 1,450, three times the level of 2019.", [("1,450", "Enrolment")]),
    ("The winner receives $412,000.", [("$412,000", "winner")]),
    ("Its monthly payment comes to about $2,186.", [("$2,186", "monthly payment")]),
    ("Insurance adds another $1,800 a year.", [("$1,800", "Insurance")]),
    ("The breach exposed 8.3 million records.", [("8.3 million", "records")]),
    ("Current weekly volume: around 35 km over 4 runs", [("4", "runs")]),
    # A deposit is not a fall, and the amount in brackets is the same deposit.
    (
        "With 20% down ($90,000), the loan is $360,000.",
        [("20%", "down payment"), ("$90,000", "down payment"), ("$360,000", "loan")],
    ),
    ("A rental in the area goes for about $2,650 a month.", [("$2,650", "rental in the area")]),
    ("Many first-time buyers put down 5% or less.", [("5%", "down payment")]),
    # Time spent on something; an age.
    (
        "Each week needs roughly 6 hours of running plus 45 minutes of stretching.",
        [("6 hours", "running"), ("45 minutes", "stretching")],
    ),
    ("It enrolled 4,812 adults aged 65 and over.", [("4,812", "adults"), ("65", "age")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LABELS, ids=[c[0][:40] for c in LABELS])
def test_labels(sentence: str, expected: list[tuple[str, str]]) -> None:
    labels = {f.text: f.label for f in figures_in_text(sentence)}
    assert [(text, labels.get(text)) for text, _label in expected] == expected


def _table(*rows: str, kind: str = "paragraph") -> Document:
    blocks = (Block("paragraph", "Districts of the city."), *(Block(kind, r) for r in rows))  # type: ignore[arg-type]
    return Document(id="t", title="t", sections=(Section("Divisions", blocks),))


def test_table_cells_are_named_by_their_row_and_column() -> None:
    doc = _table(
        "Name | Chinese | Population (2020) | Area (km²)",
        "Xiling District | 西陵区 | 591,000 | 73",
        "Yidu | 宜都市 | 361,000 | 1,357",
    )
    assert [(f.text, f.label) for f in extract_figures(doc)] == [
        ("591,000", "Xiling District: Population (2020)"),
        ("73", "Xiling District: Area (km²)"),
        ("361,000", "Yidu: Population (2020)"),
        ("1,357", "Yidu: Area (km²)"),
    ]


def test_numbered_rows_are_named_by_the_column_and_the_row_number() -> None:
    doc = _table("Week | Long run | Total", "1 | 16 km | 38 km", "4 | 22 km | 45 km")
    assert [(f.text, f.label) for f in extract_figures(doc)] == [
        ("16 km", "Long run (Week 1)"),
        ("38 km", "Total (Week 1)"),
        ("22 km", "Long run (Week 4)"),
        ("45 km", "Total (Week 4)"),
    ]


def test_an_infobox_names_a_value_by_its_row_and_keeps_codes_out() -> None:
    doc = _table(
        "Country | China",
        "Population (2020 census) | 4,017,607",
        "Postal code | 443000",
        "Area code | 0717",
        "Status | Count | Change",  # a second table starts after a row that is not a table's
    )
    assert [(f.text, f.label) for f in extract_figures(doc)] == [
        ("4,017,607", "Population (2020 census)"),
    ]


def test_a_number_in_a_row_name_is_part_of_the_name() -> None:
    doc = _table("Item | Output | Change", "Ten kinds of metals | 5,000 | 3")
    assert [(f.text, f.label) for f in extract_figures(doc)] == [
        ("5,000", "Ten kinds of metals: Output"),
        ("3", "Ten kinds of metals: Change"),
    ]


def test_a_unit_is_not_lent_across_a_bare_comma_and_codes_are_not_counts() -> None:
    units = [
        (f.text, f.unit) for f in figures_in_text("Sales rose to 1,450, three times the level.")
    ]
    assert units == [("1,450", None), ("three times", "times")]
    assert figures_in_text("The default status is 500.") == []


def test_a_unit_in_a_column_name_is_the_unit_of_its_cells() -> None:
    doc = _table(
        "Library | Throughput (MB/s) | Share (%) | Output (10,000 tons)", "sluice | 590 | 12 | 5"
    )
    assert [(f.text, f.unit, f.kind) for f in extract_figures(doc)] == [
        ("590", "MB/s", "quantity"),
        ("12", "%", "percent"),
        ("5", None, "count"),  # a scaled unit is left in the label, not guessed
    ]


def test_empty_cells_keep_every_value_in_its_column() -> None:
    doc = _table(
        "Item | Qty | Unit cost | Total", "Venue | 1 | €4,000 | €4,000", "Total |  |  | €11,734"
    )
    assert [(f.text, f.label) for f in extract_figures(doc)][-1] == ("€11,734", "Total: Total")


def test_a_row_about_the_year_end_is_not_a_date_row() -> None:
    doc = _table("Country | Japan", "Stores (year-end) | 1,204")
    assert [(f.text, f.label) for f in extract_figures(doc)] == [("1,204", "Stores (year-end)")]


def test_a_generic_column_name_leaves_the_row_name() -> None:
    doc = _table("Status | Count | Change", "Open bugs | 43 | none", "Closed | 128 | none")
    assert [(f.text, f.label) for f in extract_figures(doc)] == [
        ("43", "Open bugs"),
        ("128", "Closed"),
    ]


def test_a_row_of_labels_and_values_names_each_value_by_its_own_label() -> None:
    """A laptop review's spec rows ("Memory: | 16 GB | Weight: | 3.74 pounds") named the
    weight "Memory:" and the battery life "Storage:", by the row's first cell."""
    from ftztui.figures import extract_figures
    from ftztui.model import Block, Document, Section

    rows = (
        "Memory: | 16 GB | Weight: | 3.74 pounds",
        "Storage: | 512 GB | Battery life: | 9 hours",
    )
    doc = Document("d", "t", (Section(None, tuple(Block("paragraph", r) for r in rows)),))
    labels = {f.value: f.label for f in extract_figures(doc)}
    assert labels == {16.0: "Memory", 3.74: "Weight", 512.0: "Storage", 9.0: "Battery life"}
