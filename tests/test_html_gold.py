"""Saved pages nobody here wrote, with gold article text: how much of the article survives.

The pages and their licence: tests/fixtures/html_gold/README.md. Scores as the extraction
papers count them (bag of lower-cased words, with multiplicity), averaged over the pages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import lxml.etree as etree
import pytest

from ftztui.loaders.clean import clean_text
from ftztui.loaders.html import decode_html, load_html
from ftztui.model import Document

GOLD = Path(__file__).parent / "fixtures" / "html_gold"
IDS = sorted(p.stem for p in (GOLD / "ground-truth").glob("*.json"))
_TOKEN = re.compile(r"\w+")
# Never shown as text by a browser (the loader does not record these).
_INVISIBLE = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "math",
    "head",
    "title",
}


def words(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def page(page_id: str) -> tuple[str, str]:
    html = decode_html(gzip.decompress((GOLD / "html" / f"{page_id}.html.gz").read_bytes()))
    gold = json.loads((GOLD / "ground-truth" / f"{page_id}.json").read_text())
    return html, gold["ground_truth"]["main_content"]


def load(html: str) -> Document:
    return load_html(html, doc_id="page", fallback_title="page", path=None)


def document_text(doc: Document) -> str:
    parts = [s.title or "" for s in doc.sections]
    return "\n".join([*parts, *(b.text for b in doc.blocks)])


def recall_precision(output: str, gold: str) -> tuple[float, float]:
    out, want = words(output), words(gold)
    overlap = sum((out & want).values())
    return overlap / sum(want.values()), overlap / max(1, sum(out.values()))


@pytest.fixture(scope="module")
def scores() -> dict[str, list[tuple[float, float]]]:
    import trafilatura

    result: dict[str, list[tuple[float, float]]] = {"ours": [], "trafilatura": []}
    for page_id in IDS:
        html, gold = page(page_id)
        result["ours"].append(recall_precision(document_text(load(html)), gold))
        other = trafilatura.extract(html) or ""
        result["trafilatura"].append(recall_precision(other, gold))
    return result


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_the_sample_is_there() -> None:
    assert len(IDS) == 16


def test_word_recall_and_precision_reach_the_targets(
    scores: dict[str, list[tuple[float, float]]],
) -> None:
    recall = mean([r for r, _ in scores["ours"]])
    precision = mean([p for _, p in scores["ours"]])
    assert recall >= 0.98
    assert precision >= 0.96


def test_at_least_as_good_as_trafilatura_alone(
    scores: dict[str, list[tuple[float, float]]],
) -> None:
    ours, theirs = scores["ours"], scores["trafilatura"]
    assert mean([r for r, _ in ours]) >= mean([r for r, _ in theirs])
    # Precision within half a point: trafilatura's own, plus the captions it drops.
    assert mean([p for _, p in ours]) >= mean([p for _, p in theirs]) - 0.005


def test_no_page_refused_or_below_half(scores: dict[str, list[tuple[float, float]]]) -> None:
    for page_id, (recall, _) in zip(IDS, scores["ours"], strict=True):
        assert recall >= 0.5, page_id


def squash(text: str) -> str:
    """Text without its whitespace: the page's own inline runs ("7:00 PM</span><b>Saturday")
    join without a space, as a browser shows them."""
    return "".join(text.casefold().split())


def visible_chunks(html: str, *, squashed: bool = True) -> list[str]:
    """Every text node of the page's body a browser shows (or hides by style)."""
    root = etree.fromstring(html, etree.HTMLParser(remove_comments=True, remove_pis=True))
    body = root.find("body")
    chunks: list[str] = []
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        inside = any(a.tag in _INVISIBLE for a in element.iterancestors())
        if event == "start" and element.tag not in _INVISIBLE and not inside:
            chunks.append(element.text or "")
        elif event == "end" and element is not body and not inside:
            chunks.append(element.tail or "")
    # Control characters never reach a document (mojibake like "itâ\x80\x99s" keeps the "â").
    cleaned = (clean_text(c) for c in chunks)
    return [c for c in (squash(c) if squashed else c for c in cleaned) if c.strip()]


@pytest.mark.parametrize("page_id", IDS)
def test_every_visible_word_is_in_the_document_or_its_removed_record(page_id: str) -> None:
    html, _ = page(page_id)
    doc = load(html)
    accounted = squash(
        "".join(
            [
                doc.title,
                doc.dateline or "",
                document_text(doc),
                *(b.credit or "" for b in doc.blocks),
                *(r.text for r in doc.removed),
            ]
        )
    )
    missing = [chunk for chunk in visible_chunks(html) if chunk not in accounted]
    assert not missing, f"{page_id}: {len(missing)} pieces of text lost: {missing[:10]}"
