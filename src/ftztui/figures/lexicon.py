"""Word lists and unit tables for figure extraction: data only, no logic.

Kept apart so that the scanner and the labeller read as rules, and so that adding a currency or
a unit is a one-line change here.
"""

from __future__ import annotations

from typing import Final


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


SMALL_NUMBERS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final[dict[str, float]] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "k": 1e3,
}  # fmt: skip

#: Currency written before the number, longest first (the regex is built from this order).
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NT$": "TWD",
    "RMB": "yuan", "CNY": "yuan", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "HKD": "HKD", "CN¥": "yuan", "$": "USD", "¥": "yuan", "￥": "yuan", "€": "EUR", "£": "GBP",
    "₹": "INR", "₩": "KRW", "R$": "BRL", "S/": "PEN", "Bs": "BOB", "₱": "PHP", "₫": "VND",
    "₽": "RUB", "₺": "TRY", "฿": "THB", "KSh": "KES", "Ksh": "KES",
}  # fmt: skip
#: Currency written after the number (lower-case keys; matched case-insensitively).
CURRENCY_SUFFIXES: Final[dict[str, str]] = {
    "yuan": "yuan", "rmb": "yuan", "renminbi": "yuan", "cny": "yuan", "yuan renminbi": "yuan",
    "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD", "dollars": "USD",
    "dollar": "USD", "hong kong dollars": "HKD", "hkd": "HKD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
    "rupees": "INR", "won": "KRW", "cents": "cents", "cent": "cents", "pence": "pence",
    "bolivianos": "BOB", "boliviano": "BOB", "soles": "PEN", "pesos": "pesos", "baht": "THB",
    "ringgit": "MYR", "rubles": "RUB", "roubles": "RUB", "reais": "BRL", "dirhams": "AED",
    "swiss francs": "CHF", "francs": "francs", "shillings": "shillings", "rupiah": "IDR",
    "dong": "VND", "lira": "TRY",
}  # fmt: skip
#: Currency subunits among the suffixes: "87 cents" is 0.87 USD.
CURRENCY_SUBUNITS: Final[dict[str, tuple[str, float]]] = {
    "cents": ("USD", 0.01), "pence": ("GBP", 0.01),
}  # fmt: skip

#: Duration words after the number -> normalised unit.
DURATIONS: Final[dict[str, str]] = {
    "years": "years", "year": "years", "yrs": "years", "months": "months", "month": "months",
    "weeks": "weeks", "week": "weeks", "days": "days", "day": "days", "hours": "hours",
    "hour": "hours", "hrs": "hours", "hr": "hours", "h": "hours", "minutes": "minutes",
    "minute": "minutes",
    "mins": "minutes", "min": "minutes", "seconds": "seconds", "second": "seconds",
    "secs": "seconds", "decades": "decades", "decade": "decades", "centuries": "centuries",
    "milliseconds": "milliseconds", "ms": "milliseconds", "quarters": "quarters",
    "quarter": "quarters",
}  # fmt: skip
#: Words that may sit between a number and its duration unit ("5.3 working days").
DURATION_QUALIFIERS: Final[frozenset[str]] = frozenset(
    {"working", "business", "calendar", "trading", "school", "man", "light"}
)

#: Measures other than money, percent and time -> normalised unit (lower-case keys).
QUANTITIES: Final[dict[str, str]] = {
    "square kilometers": "km²", "square kilometres": "km²", "sq km": "km²", "km2": "km²",
    "km²": "km²", "square meters": "m²", "square metres": "m²", "sq m": "m²", "m2": "m²",
    "m²": "m²", "square miles": "mi²", "hectares": "ha", "ha": "ha", "acres": "acres",
    "mu": "mu", "kilometers": "km", "kilometres": "km", "km": "km", "meters": "m",
    "metres": "m", "miles": "miles", "cubic meters": "m³", "cubic metres": "m³",
    "tons": "tons", "tonnes": "tons", "ton": "tons", "tonne": "tons", "kilograms": "kg",
    "kg": "kg", "grams": "g", "pounds": "lb", "lbs": "lb", "liters": "l", "litres": "l",
    "barrels": "barrels", "teus": "TEU", "teu": "TEU", "kw": "kW", "mw": "MW", "gw": "GW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kb": "KB", "mb": "MB",
    "gb": "GB", "tb": "TB", "kib": "KiB", "mib": "MiB", "gib": "GiB", "bytes": "bytes",
    "mm": "mm", "millimeters": "mm", "millimetres": "mm", "cm": "cm", "centimeters": "cm",
    "centimetres": "cm", "km/h": "km/h", "mph": "mph",
    "°c": "°C", "degrees celsius": "°C", "times": "times", "fold": "times",
    "m": "m", "g": "g", "mg": "mg", "milligrams": "mg", "ml": "ml", "milliliters": "ml",
    "millilitres": "ml", "ft": "ft", "feet": "ft", "foot": "ft", "sq mi": "mi²", "bpm": "bpm",
    "degrees": "°", "degree": "°", "°": "°", "°f": "°F", "degrees fahrenheit": "°F", "x": "times",
    "twenty-foot equivalent units": "TEU", "twenty-foot equivalent unit": "TEU",
    "deadweight tons": "tons", "deadweight tonnes": "tons", "dwt": "tons",
    "square feet": "sq ft", "sq ft": "sq ft", "kilometre": "km", "kilometer": "km",
    "mb/s": "MB/s", "gb/s": "GB/s", "kb/s": "KB/s", "m3/s": "m³/s", "m³/s": "m³/s",
    "cubic metres per second": "m³/s", "cubic meters per second": "m³/s", "µm": "µm",
}  # fmt: skip
#: Units read only with a space before them: "5G" and "5m" are names or millions, "5 m" metres.
SPACED_UNITS: Final[frozenset[str]] = frozenset({"m", "g"})
#: Units read only when glued to the number: "2.3x" is 2.3 times, "6 x 800 m" a product.
GLUED_UNITS: Final[frozenset[str]] = frozenset({"x"})

PERCENT_WORDS: Final[dict[str, str]] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "bps", "basis point": "bps", "bps": "bps",
}  # fmt: skip

#: Spelled fractions -> value ("two thirds" -> 2/3). Alone, only "half" and "a third/quarter/
#: fifth" are read: "the fourth", "a tenth straight year" are ordinals far more often.
FRACTIONS: Final[dict[str, float]] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10,
    "tenths": 1 / 10,
}  # fmt: skip
#: A word before "a third" / "a quarter" that makes it a share: "fell by a quarter".
FRACTION_LEADS: Final[frozenset[str]] = _word_set(
    """
    by from than about nearly almost roughly around approximately only just over under least
    most some to up down is was are were cut fell rose grew dropped increased reduced
    """
)
#: A word before "half of" that makes it a part, not a share: "the first half of 2025".
HALF_PARTS: Final[frozenset[str]] = _word_set(
    """
    the a first second other latter former upper lower top bottom back front next last final
    this that each either northern southern eastern western opening closing
    """
)
#: After a number: a year of an era ("222 AD"), not an amount.
ERAS: Final[frozenset[str]] = frozenset({"AD", "BC", "CE", "BCE"})

MONTHS: Final[str] = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

#: A number right after one of these names something (an id, a rank, a version), not an amount.
ID_WORDS: Final[frozenset[str]] = _word_set(
    """
    version versions v release python pep rfc iso section sections chapter chapters page pages
    figure fig table step item article articles no nos number num # level phase route line
    room gate flight exhibit appendix part vol volume issue issues edition episode season grade
    incubator terminal platform lane bay sample tube building
    class type model windows ipv utf top rank ranked ranks ranking position platform channel
    bus highway terminal building floor suite unit lot batch round tier stage grade paragraph
    clause rule annex box code port category row column col option index slot id ref
    """
)

#: Qualifiers that stay in the sentence, before the number ("more than 17 million").
QUALIFIERS: Final[tuple[str, ...]] = (
    "more than", "less than", "fewer than", "greater than", "higher than", "lower than",
    "up to", "at least", "at most", "no more than", "no less than", "as many as", "as much as",
    "over", "about", "around", "approximately", "approx.", "nearly", "almost", "roughly",
    "some", "under", "below", "above", "exceeding", "close to", "an estimated", "estimated",
    "only", "just", "over", "totaling", "totalling", "a total of",
)  # fmt: skip

#: Words that end a noun phrase: function words, auxiliaries and common clause verbs.
STOPWORDS: Final[frozenset[str]] = _word_set(
    """
    a an the this that these those of in on at to for with from by into onto over under about
    and or but nor so yet as than then if when while since until till because although though
    which who whom whose what where why how is are was were be been being am has have had do
    does did will would can could shall should may might must it its it's they them their he
    she his her we our you your i me my each every per via among between within without through
    during before after above below up down out off again further once here there all any both
    few more most other such no not only own same too very just also even still ago later
    earlier respectively worldwide nationwide globally overall altogether apiece subject
    including included include includes like unlike versus vs against toward towards across
    along around behind beyond upon whereas whether either neither otherwise else instead
    plus minus inclusive exclusive
    """
)

#: Words allowed inside a label after a classifier noun: "12 lines of the ... Express".
CLASSIFIERS: Final[frozenset[str]] = _word_set(
    """
    lines line batches batch pieces piece units unit kinds kind types type sorts varieties
    tons tonnes sets set groups group pairs pair bags boxes barrels rounds series categories
    routes trains flights shipments containers cases bottles packages parcels items lots
    hectares acres sheets copies volumes editions rows
    """
)

#: Verbs and links skipped when looking backwards for what a money/percent/time figure measures.
BACK_LINKS: Final[frozenset[str]] = _word_set(
    """
    worth of at to by is are was were be been being has have had reached reaching reach reaches
    totaled totalled totaling totalling hit hitting amounted amounting stood standing valued
    from exceeded exceeding exceeds surpassed topped topping
    shortened reduced cut increased rose risen grew grown fell fallen dropped declined
    decreased lowered climbed jumped surged soared slid slipped
    averaged averaging estimated projected expected up down now cost costs costing
    takes took take taking lasted lasts lasting spanned spans
    """
)

#: Leading words trimmed from a label ("a total contractual agreement" -> "contractual agreement").
LABEL_TRIM: Final[frozenset[str]] = _word_set(
    "a an the total overall its their his her our this that these those some"
)
#: "the number of platform orders" -> "platform orders".
LABEL_HEADS: Final[tuple[str, ...]] = (
    "number of", "numbers of", "amount of", "value of", "volume of", "total of", "sum of",
    "count of", "quantity of", "level of", "size of",
)  # fmt: skip

#: Common verbs that end a noun phrase going forward ("65% of respondents said ...").
VERBS: Final[frozenset[str]] = _word_set(
    """
    said says say left leave went go goes came come comes saw see sees made make makes took take
    takes gave give gives got get gets became become becomes remained remain remains began begin
    begins won win wins lost lose paid pay pays spent spend sold sell sells bought buy built
    build held hold holds kept keep keeps led lead leads met meet ran run runs stood stand
    told tell thought think felt feel found find brought bring showed show shows means mean
    need needs cost costs seem seems want wants use uses used live lives work works worked
    rose rise rises fell fall falls grew grow grows reached reach reaches joined join joins
    accounted accounting account ranked ranking ranks signed settled opened manages managed
    reports reported owns owned employs employed handles handled operates operated records
    recorded posts posted attracts attracted generates generated earns earned receives received
    carrying including making bringing having being taking giving getting using showing adding
    helping bringing creating serving covering reaching aims aim seeks seek hopes expects adds
    receives earn fetch fetches
    intends depending defaulting according
    """
)
