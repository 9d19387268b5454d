"""Scanner shapes found on unseen documents: times, names, eras, ranges, shares and units.

Each row is a sentence and what the reader must see for it: the figures' text, value, unit and
kind (labels are checked in test_figures.py), or nothing at all.
"""

from __future__ import annotations

import pytest

from ftztui.figures import figures_in_text

Row = tuple[str, float, str | None, str]


def _rows(text: str) -> list[Row]:
    return [(f.text, f.value, f.unit, f.kind) for f in figures_in_text(text)]


def _expect(rows: list[Row]) -> list[tuple[str, object, str | None, str]]:
    return [(t, pytest.approx(v), u, k) for t, v, u, k in rows]


# (sentence, the complete list of figures expected)
CASES: list[tuple[str, list[Row]]] = [
    # Names stay figures where a number word opens the sentence.
    ("Thirty-six ports were opened along the route.", [("Thirty-six", 36, None, "count")]),
    ("Eighty-two imported Porsches were delivered.", [("Eighty-two", 82, None, "count")]),
    # Ranges: both numbers, the first with the second's unit (and scale).
    (
        "It takes 20-30 days by barge down the Yangtze River.",
        [("20", 20, "days", "duration"), ("30 days", 30, "days", "duration")],
    ),
    (
        "It takes 20–30 days by barge down the Yangtze River.",
        [("20", 20, "days", "duration"), ("30 days", 30, "days", "duration")],
    ),
    (
        "Logistics costs have dropped by 15-20 percent for many shippers.",
        [("15", 15, "%", "percent"), ("20 percent", 20, "%", "percent")],
    ),
    (
        "The start-up raised $5-10 million in a funding round.",
        [("$5", 5e6, "USD", "money"), ("10 million", 10e6, "USD", "money")],
    ),
    (
        "Each dose weighs 1.5-2.5 mg in the trial.",
        [("1.5", 1.5, "mg", "quantity"), ("2.5 mg", 2.5, "mg", "quantity")],
    ),
    # Shares: "N in M", "N out of M" and spelled fractions are percentages of a whole.
    ("One in five people now live alone.", [("One in five", 20, "%", "percent")]),
    ("About 1 in 10 participants stopped taking it.", [("1 in 10", 10, "%", "percent")]),
    (
        "Nine out of ten deaths in a heatwave happen at home.",
        [("Nine out of ten", 90, "%", "percent")],
    ),
    ("Only one in four of the customers cut orders.", [("one in four", 25, "%", "percent")]),
    (
        "She said two thirds of my running should be easy.",
        [("two thirds", 66.67, "%", "percent")],
    ),
    ("Two-thirds of the open bugs are sync bugs.", [("Two-thirds", 66.67, "%", "percent")]),
    ("That share was less than one third.", [("one third", 33.33, "%", "percent")]),
    ("It made up roughly one fifth of that growth.", [("one fifth", 20, "%", "percent")]),
    ("Three quarters of the respondents agreed.", [("Three quarters", 75, "%", "percent")]),
    (
        "More than half of the containers now come from inland provinces.",
        [("half", 50, "%", "percent")],
    ),
    ("Half of the participants were given amlodipine.", [("Half", 50, "%", "percent")]),
    (
        "It now makes up almost half of group sales, up from a third two years ago.",
        [("half", 50, "%", "percent"), ("a third", 33.33, "%", "percent")],
    ),
    ("A third of the staff work in the control room.", [("A third", 33.33, "%", "percent")]),
    ("Admissions for heat exhaustion fell by a quarter.", [("a quarter", 25, "%", "percent")]),
    ("The fix cut failed uploads by a half in staging.", [("a half", 50, "%", "percent")]),
    ("The price was cut in half.", [("half", 50, "%", "percent")]),
    ("The price was cut in half", [("half", 50, "%", "percent")]),
    # "and a half", "half a": a value with a half in it, in the unit that follows.
    (
        "Long runs will take up to three and a half hours.",
        [("three and a half hours", 3.5, "hours", "duration")],
    ),
    ("The first leg took 2 and a half days.", [("2 and a half days", 2.5, "days", "duration")]),
    ("It was a difference of half a degree.", [("half a degree", 0.5, "°", "quantity")]),
    ("The wait took half an hour.", [("half an hour", 0.5, "hours", "duration")]),
    ("The city added half a million residents.", [("half a million", 5e5, None, "count")]),
    # Units that were missing: metres after a bare number, doses, feet, beats, cents, ...
    (
        "The dam is 2,335 m long and 181 m high.",
        [("2,335 m", 2335, "m", "quantity"), ("181 m", 181, "m", "quantity")],
    ),
    (
        "The elevation is 67 m (220 ft) above the sea.",
        [("67 m", 67, "m", "quantity"), ("220 ft", 220, "ft", "quantity")],
    ),
    ("The patients were given 5 mg of amlodipine.", [("5 mg", 5, "mg", "quantity")]),
    ("A lower dose of 2.5 mg might be better tolerated.", [("2.5 mg", 2.5, "mg", "quantity")]),
    ("Drink 500 ml of fluid per hour.", [("500 ml", 500, "ml", "quantity")]),
    ("Aim for 60 g of carbs per hour.", [("60 g", 60, "g", "quantity")]),
    ("My resting heart rate is 54 bpm.", [("54 bpm", 54, "bpm", "quantity")]),
    ("It was well above 40 degrees.", [("40 degrees", 40, "°", "quantity")]),
    (
        "The area is 21,227 km2 (8,196 sq mi).",
        [("21,227 km2", 21227, "km²", "quantity"), ("8,196 sq mi", 8196, "mi²", "quantity")],
    ),
    ("The dividend stayed at 24 cents a share.", [("24 cents", 0.24, "USD", "money")]),
    (
        "It cost 20-30 cents a share.",
        [("20", 0.2, "USD", "money"), ("30 cents", 0.3, "USD", "money")],
    ),
    (
        "Gross margin widened by 240 basis points this year.",
        [("240 basis points", 240, "bps", "percent")],
    ),
    ("The spread narrowed 15 bps overnight.", [("15 bps", 15, "bps", "percent")]),
    ("Orders were 2.3x year-earlier levels.", [("2.3x", 2.3, "times", "quantity")]),
    ("The new parser is 10x faster.", [("10x", 10, "times", "quantity")]),
    (
        "The port handled 9.02 million twenty-foot equivalent units (TEUs).",
        [("9.02 million twenty-foot equivalent units", 9.02e6, "TEU", "quantity")],
    ),
    ("It handled 41 TEUs an hour.", [("41 TEUs", 41, "TEU", "quantity")]),
    (
        "The berth takes ships of 200,000 deadweight tons.",
        [("200,000 deadweight tons", 200000, "tons", "quantity")],
    ),
    (
        "In 2023 Yichang's GDP was CN¥575.6 billion.",
        [("CN¥575.6 billion", 575.6e9, "yuan", "money")],
    ),
    ("The GDP was CN¥ 143,800 per person.", [("CN¥ 143,800", 143800, "yuan", "money")]),
    # "a quarter" after an amount is a period: the amount alone is the figure.
    ("It earns $2bn a quarter.", [("$2bn", 2e9, "USD", "money")]),
    # "quarters" after a count is a time, not a share, unless "of" follows.
    ("Sales fell for two quarters.", [("two quarters", 2, "quarters", "duration")]),
    # A reporting period is not a figure, but the money in the sentence is.
    (
        "Revenue rose 18% to $4.2bn in the three months to September 30.",
        [("18%", 18, "%", "percent"), ("$4.2bn", 4.2e9, "USD", "money")],
    ),
    # Found by a second probe (sports, mortgage, statistics, travel):
    # a negative reading keeps its sign; a compound duration is one figure.
    ("At night it fell to -5°C on the pass.", [("-5°C", -5, "°C", "quantity")]),
    ("Temperatures of −12°C were recorded.", [("−12°C", -12, "°C", "quantity")]),
    ("She won in 2 hours 41 minutes.", [("2 hours 41 minutes", 2.6833, "hours", "duration")]),
    (
        "He went through halfway in 61 minutes and 40 seconds.",
        [("61 minutes and 40 seconds", 61.6667, "minutes", "duration")],
    ),
    # A third probe: lab units, hours as "h", shillings, and "¥" in a text about yen.
    ("It took about 1 h 45 min.", [("1 h 45 min", 1.75, "hours", "duration")]),
    ("Add 50 mM Tris.", [("50 mM", 50, "mM", "quantity")]),
    ("Add 38 µM of the dye.", [("38 µM", 38, "µM", "quantity")]),
    ("The mean discharge is 2,120 m3/s.", [("2,120 m3/s", 2120, "m³/s", "quantity")]),
    ("The county budget is KSh 3.2 billion.", [("KSh 3.2 billion", 3.2e9, "KES", "money")]),
    (
        "Net sales rose to ¥1.2 trillion as the yen fell.",
        [("¥1.2 trillion", 1.2e12, "JPY", "money")],
    ),
    (
        "Sales rose to ¥1.2 trillion, or 1.2 trillion yuan.",
        [
            ("¥1.2 trillion", 1.2e12, "yuan", "money"),
            ("1.2 trillion yuan", 1.2e12, "yuan", "money"),
        ],
    ),
    ("Incubator 2 read 35.8 °C overnight.", [("35.8 °C", 35.8, "°C", "quantity")]),
    # Currencies of the Andes, and "S/" is not an operator.
    ("A bed costs S/ 65 a night.", [("S/ 65", 65, "PEN", "money")]),
    ("The ATM charges Bs 35 per withdrawal.", [("Bs 35", 35, "BOB", "money")]),
    ("That came to 6.96 bolivianos.", [("6.96 bolivianos", 6.96, "BOB", "money")]),
]

# Sentences in which nothing is a figure.
NOT_FIGURES: list[str] = [
    # "h" is hours only when spaced: not a format code or an option.
    "Use the struct format 4h here.",
    "Pass -h or 4H to it.",
    # A reporting period, a code or a password, an offset or a flag: not figures.
    "In the first three quarters, output grew.",
    "In the first 10 months of this year, trade grew.",
    "The Wi-Fi password was 12345678.",
    "Dial the area code 0717 first.",
    "New York is at -5 hours from UTC.",
    "Setting it to -1 disables the limit.",
    # Colon times and ratios: the digits after the colon are not a figure either.
    "Next meeting 2026-11-26, 10:00 CET.",
    "We ran at a 5:30 pace yesterday.",
    "The half-marathon took 1:52:40 on the clock.",
    # Number words inside names.
    "It stands on the north bank where the river leaves the Three Gorges.",
    "The city is best known as the site of the Three Gorges Dam, the largest.",
    "During the 14th Five-Year Plan period (2021-2025), investment went up.",
    # Years of an era, and time references.
    "It was the site of the Battle of Xiaoting in 222 AD.",
    "The walls date from 300 BC and were rebuilt in 1200 CE and 400 BCE.",
    "The town was founded in 44 B.C. by the army.",
    "The office opened two years ago.",
    "The office opened 5 years ago.",
    # Hyphen and en-dash pairs that are not ranges of an amount.
    "The plan covered 2013-2020 and 2013–2020.",
    "Call 0771-5568123 for details.",
    "Updated: 2026-07-18 09:12.",
    "See pp. 215–217 for the proofs.",
    "The team won 3-1 in the final.",
    "It ran 2019-2020 years.",
    "It has a resolution of one nanosecond (10-9 seconds).",
    # Shares that are not: ordinals, parts of a year, a period of time, "a quarter" per period.
    "The first half of 2025 was slow, the second half of it too.",
    "The revenue came in the third quarter.",
    "It was sold to a third party.",
    "Revenue rose from a quarter earlier.",
    "She ran a half marathon.",
    "The twenty-fifth anniversary was held.",
    "One in 2020 was the best.",
    # Units that need a space or must be glued: names, products, millions.
    "The 5G network is here.",
    "The 5m is unclear here.",
    "The hex value 0x1F is set.",
    "The handler follows 30x responses and reports 40x errors.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_figures(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == _expect(expected)


@pytest.mark.parametrize("sentence", NOT_FIGURES, ids=[s[:40] for s in NOT_FIGURES])
def test_not_figures(sentence: str) -> None:
    assert _rows(sentence) == []


def test_a_multiplier_before_a_distance_is_not_a_figure() -> None:
    # "6 x 800 m": six repeats of 800 m; only the distance is reported.
    assert _rows("The 6 x 800 m session felt hard.") == _expect([("800 m", 800, "m", "quantity")])


def test_a_range_shares_one_label() -> None:
    first, second = figures_in_text("Logistics costs have dropped by 15-20 percent this year.")
    assert first.label == second.label != ""


def test_a_share_span_covers_the_whole_phrase_and_labels_read_on_from_its_end() -> None:
    text = "One in five people over 75 lives alone."
    (share, *_rest) = figures_in_text(text)
    assert text[share.start : share.end] == "One in five"
    assert "people" in share.label
