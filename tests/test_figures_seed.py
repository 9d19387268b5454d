"""The seed article against the hand-made gold list in benchmarks/figures_gold.json."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from ftztui.figures import extract_figures
from ftztui.loaders import load_document
from ftztui.model import Document, Figure

REPO = Path(__file__).resolve().parent.parent
GOLD = json.loads((REPO / "benchmarks" / "figures_gold.json").read_text(encoding="utf-8"))


def locate(doc: Document, entry: dict[str, Any]) -> tuple[int, int, int]:
    """(block, start, end) of a gold entry: its `text` inside the one block holding `near`."""
    places = [(n, b.text.find(entry["near"])) for n, b in enumerate(doc.blocks)]
    found = [(n, at) for n, at in places if at >= 0]
    assert len(found) == 1, f"gold phrase not in exactly one block: {entry['near']!r}"
    block, at = found[0]
    start = at + entry["near"].index(entry["text"])
    return block, start, start + len(entry["text"])


@pytest.fixture(scope="module")
def seed() -> tuple[Document, list[Figure], dict[tuple[int, int, int], dict[str, Any]]]:
    doc = load_document(REPO / GOLD["document"])
    gold = {locate(doc, entry): entry for entry in GOLD["figures"]}
    return doc, extract_figures(doc), gold


def test_every_reported_number_is_found_with_its_value_unit_and_label(seed: Any) -> None:
    _doc, figures, gold = seed
    found = {(f.block, f.start, f.end): f for f in figures}
    wrong = []
    for place, entry in gold.items():
        f = found.get(place)
        got = None if f is None else (f.text, f.value, f.unit, f.kind, f.label)
        want = (entry["text"], entry["value"], entry["unit"], entry["kind"], entry["label"])
        if (
            got is None
            or got[0] != want[0]
            or not math.isclose(got[1], want[1])
            or got[2:] != want[2:]
        ):
            wrong.append((want, got))
    assert wrong == []


def test_at_least_95_percent_of_what_is_listed_is_a_real_figure(seed: Any) -> None:
    _doc, figures, gold = seed
    real = [f for f in figures if (f.block, f.start, f.end) in gold]
    assert len(real) / len(figures) >= 0.95, [f.text for f in figures if f not in real]


def test_related_pairs_point_at_the_right_figure(seed: Any) -> None:
    _doc, figures, gold = seed
    for f in figures:
        entry = gold.get((f.block, f.start, f.end), {})
        assert f.relation == entry.get("relation")
        if f.related_to is not None:
            assert figures[f.related_to].text == entry["related_text"]


def test_dates_years_ranks_and_the_phone_number_are_not_figures(seed: Any) -> None:
    _doc, figures, _gold = seed
    texts = {f.text for f in figures}
    assert not texts & {"31", "24", "2020", "500", "23-67230470", "one", "first", "second"}
