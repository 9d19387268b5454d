"""Would a learned line classifier trim site furniture from a saved page's article better than
the plain-text loader's rules? Measures it, in one run, on both halves of the furniture pages.

    python benchmarks/bench_text_lines.py DATA/furniture [--limit N]

DATA/furniture is the folder `bench_text_loader.py` reads (pages saved as text with their site
furniture, and `gold.json` with trafilatura's snippets of the article and of the furniture).

The experiment (issue 11, item 2): the loader is run on every page, and for each unit it keeps
inside the article's span, shallow features are taken, jusText/boilerpipe style: its length, stop
word share, capitalised-word and digit shares, whether it ends a sentence, holds an image's
bracket or a credit, is repeated on the page, how much of the span's prose stands before and
after it, its neighbours' kinds, the share of its content words found elsewhere in the span,
whether it speaks to the reader ("you", "Sie", "vous"...). A logistic regression is fitted (in
plain Python, no dependency) on the units of the tuning half (even-numbered pages) that hold a
gold snippet, article (1) or furniture (0), each weighted by one over the times its text stands
on the page. Then, for thresholds t, every kept unit of the span with p(article) < t is dropped,
on both halves, and the table shows trafilatura's measures (snippet recall and precision) for
the rules alone and with the trim, and how many units the trim drops: a gold snippet labels
three article and three furniture snippets a page, so most dropped units are unlabelled, and
each labelled one lost stands for many an unlabelled heading or list item lost with it.

Result on 2026-12-07 (main at ec3d4c0, the whole set): rules alone, tune 0.948 recall / 0.821
precision, held 0.928 / 0.835. Trimming every kept unit under p = 0.2 gives held 0.922 / 0.850
and drops 2,966 units of which 95 hold a snippet (tune: 0.941 / 0.834, 4,403 units): recall is
traded for precision at about the rate the rules could already trade it, and thousands of
unlabelled short lines (headings such as "Fazit", list items) go with it. Trimming prose
paragraphs only moves precision by 0.002 to 0.005 (held 0.837 at p = 0.2, 0.840 at 0.3 with
recall 0.927). The classifier separates the labelled units only so well (ROC AUC about 0.93 on
the held half's), and among the units the rules keep it finds little they missed, so it is not
shipped in the loader; this script is kept to measure the next attempt (better features,
more labels) against the rules in the same run.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ftztui.loaders import load_document, text  # noqa: E402
from ftztui.loaders.stopwords import density, stoplist_for  # noqa: E402
from ftztui.loaders.stopwords import words as stop_words  # noqa: E402
from ftztui.loaders.text_shapes import credit, ends_sentence  # noqa: E402

FEATURES = (
    *("bias", "log_words", "good", "ends_sentence", "image_or_credit", "stop_share"),
    *("capitalised", "digits", "repeated", "good_before", "good_after", "good_around"),
    *("site_around", "shared_words", "prose_after", "prose_before", "gap", "to_reader"),
)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4)
_TO_READER = re.compile(
    r"\b(?:you|your|our|we|us|sie|ihr|ihre|ihnen|du|dein|deine|unser|unsere|wir|vous|votre"
    r"|nous|notre)\b",
    re.IGNORECASE,
)


def _norm(value: str) -> str:
    return " ".join(value.split())


def capture(path: Path) -> dict[str, Any]:
    """The loader's units, their fates, `good` flags, weights, furniture and the article span
    for one page, and the document's text as `bench_text_loader` reads it."""
    seen: dict[str, Any] = {}
    find_article, add_body = text.find_article, text._add_body

    def spy_article(*args: Any, **kwargs: Any) -> Any:
        article = find_article(*args, **kwargs)
        seen.update(good=list(args[0]), weights=list(args[1]), infos=list(args[2]), art=article)
        return article

    def spy_body(builder: Any, parts: Any, units: list[str], fates: list[str | None]) -> None:
        seen.update(units=list(units), fates=list(fates))
        add_body(builder, parts, units, fates)

    text.find_article, text._add_body = spy_article, spy_body  # type: ignore[assignment]
    try:
        doc = load_document(path)
    finally:
        text.find_article, text._add_body = find_article, add_body  # type: ignore[assignment]
    parts = [doc.title]
    for section in doc.sections:
        parts += [section.title] if section.title else []
        for block in section.blocks:
            parts += [block.text] + ([block.credit] if block.credit else [])
    parts += [doc.dateline] if doc.dateline else []
    seen["text"] = _norm("\n".join(parts))
    return seen


def features(page: dict[str, Any]) -> list[list[float]]:
    units, good, weights, infos = page["units"], page["good"], page["weights"], page["infos"]
    count = len(units)
    stop = stoplist_for(" ".join(u for u, g in zip(units, good, strict=True) if g)[:3000])
    repeats = Counter(units)
    start, last = page["art"].start, page["art"].last
    goods = [i for i in range(start, last + 1) if good[i]]
    content = {i: _content(units[i], stop) for i in goods}
    spread = Counter(w for i in goods for w in content[i])
    total = sum(weights[i] for i in goods) or 1

    def is_good(j: int) -> float:
        return float(0 <= j < count and good[j])

    def is_site(j: int) -> float:
        return float(0 <= j < count and infos[j] is not None and infos[j].site)

    rows = []
    for i, unit in enumerate(units):
        words = unit.split()
        own = content.get(i) or _content(unit, stop)
        shared = sum(spread[w] - (i in content) > 0 for w in own) / max(1, len(own))
        previous = max((j for j in goods if j < i), default=start)
        rows.append(
            [
                *(1.0, math.log1p(weights[i]), float(good[i]), float(ends_sentence(unit))),
                float("[" in unit or "©" in unit or bool(credit(unit))),
                density(unit, stop) if stop else 0.3,
                sum(w[:1].isupper() for w in words) / max(1, len(words)),
                sum(c.isdigit() for c in unit) / max(1, len(unit)),
                *(float(repeats[unit] > 1), is_good(i - 1), is_good(i + 1)),
                sum(is_good(j) for j in range(i - 3, i + 4) if j != i) / 6,
                sum(is_site(j) for j in range(i - 3, i + 4) if j != i) / 6,
                shared,
                sum(weights[j] for j in goods if j > i) / total,
                sum(weights[j] for j in goods if j < i) / total,
                math.log1p(max(0, i - previous)),
                float(bool(_TO_READER.search(unit))),
            ]
        )
    return rows


def _content(unit: str, stop: frozenset[str] | None) -> set[str]:
    return {w for w in stop_words(unit) if len(w) >= 4 and w not in (stop or ())}


def fit(
    rows: Sequence[Sequence[float]], labels: Sequence[int], weights: Sequence[float]
) -> list[float]:
    """Logistic regression with scikit-learn's default L2 penalty (C=1), by Newton's method."""
    size = len(rows[0])
    coef = [0.0] * size
    for _ in range(25):
        grad = list(coef)
        hess = [[float(a == b) for b in range(size)] for a in range(size)]
        for x, y, w in zip(rows, labels, weights, strict=True):
            p = _sigmoid(sum(c * v for c, v in zip(coef, x, strict=True)))
            for a in range(size):
                grad[a] += w * (p - y) * x[a]
                for b in range(size):
                    hess[a][b] += w * p * (1 - p) * x[a] * x[b]
        step = _solve(hess, grad)
        coef = [c - d for c, d in zip(coef, step, strict=True)]
        if max(abs(d) for d in step) < 1e-6:
            break
    return coef


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector (Gaussian elimination; the matrix is positive definite)."""
    size = len(vector)
    rows = [[*matrix[a], vector[a]] for a in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [v - factor * u for v, u in zip(rows[r], rows[col], strict=True)]
    return [rows[a][size] / rows[a][a] for a in range(size)]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _kept(page: dict[str, Any]) -> list[int]:
    """Units the rules keep inside the article's span."""
    art = page["art"]
    return [i for i in range(art.start, art.last + 1) if page["fates"][i] is None]


def _training(pages: list[dict[str, Any]]) -> tuple[list[list[float]], list[int], list[float]]:
    rows, labels, weights = [], [], []
    for page in pages:
        repeats = Counter(page["units"][i] for i in page["labels"])
        kept = set(_kept(page))
        for i, label in page["labels"].items():
            if i in kept:
                rows.append(page["rows"][i])
                labels.append(label)
                weights.append(1 / repeats[page["units"][i]])
    return rows, labels, weights


def measure(
    pages: list[dict[str, Any]], drop: Callable[[dict[str, Any], int], bool]
) -> dict[str, float]:
    """Snippet recall and precision once the units `drop` picks are left out too (a snippet is
    in the document while one unit holding it stays), and the units dropped."""
    tp = fn = fp = dropped = labelled = 0
    for page in pages:
        gone = {i for i in _kept(page) if drop(page, i)} if page["rows"] else set()
        dropped += len(gone)
        labelled += sum(i in page["labels"] for i in gone)
        for snippet, where in page["where"].items():
            found = _norm(snippet) in page["text"]
            if found and where:
                holding = [i for i in where if page["fates"][i] in (None, "title")]
                found = not holding or not all(i in gone for i in holding)
            if snippet in page["with"]:
                tp += found
                fn += not found
            else:
                fp += found
    return {
        "recall": tp / max(1, tp + fn),
        "precision": tp / max(1, tp + fp),
        "dropped": dropped,
        "labelled": labelled,
    }


def load_pages(folder: Path, names: list[str], gold: dict[str, Any]) -> list[dict[str, Any]]:
    pages = []
    for name in names:
        page = capture(folder / name)
        units = [_norm(u) for u in page.get("units", [])]
        where: dict[str, list[int]] = {}
        for snippet in gold[name]["with"] + gold[name]["without"]:
            where[snippet] = [i for i, u in enumerate(units) if _norm(snippet) in u]
        labels: dict[int, int] = {}
        for snippet in gold[name]["with"]:
            labels.update(dict.fromkeys(where[snippet], 1))
        for snippet in gold[name]["without"]:
            for i in where[snippet]:
                labels.setdefault(i, 0)
        art = page.get("art")
        usable = "fates" in page and art is not None and art.page and art.has_prose
        page.update(where=where, labels=labels)
        page["with"] = set(gold[name]["with"])
        page["rows"] = features(page) if usable else []
        if not usable:
            page["labels"] = {}
            page.setdefault("fates", [])
            page["art"] = type("Span", (), {"start": 0, "last": -1})()
        pages.append(page)
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the furniture pages and their gold.json")
    parser.add_argument("--limit", type=int, default=None, help="pages per half")
    args = parser.parse_args()
    gold = json.loads((args.folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold)
    halves = {
        half: load_pages(args.folder, names[n::2][: args.limit], gold)
        for n, half in enumerate(("tune", "held"))
    }
    coef = fit(*_training(halves["tune"]))
    print("coefficients (fitted on the tuning half):")
    print("  " + ", ".join(f"{n}={c:+.2f}" for n, c in zip(FEATURES, coef, strict=True)))

    def probability(page: dict[str, Any], i: int) -> float:
        return _sigmoid(sum(c * v for c, v in zip(coef, page["rows"][i], strict=True)))

    print(f"{'half':<5} {'trim':<18} {'recall':>7} {'precision':>9} {'dropped':>8} {'labelled':>8}")
    for half, pages in halves.items():
        rules = measure(pages, lambda page, i: False)
        rows = [("rules alone", rules)]
        for t in THRESHOLDS:
            rows.append((f"p < {t}", measure(pages, lambda p, i, t=t: probability(p, i) < t)))
            prose = measure(pages, lambda p, i, t=t: p["good"][i] and probability(p, i) < t)
            rows.append((f"p < {t}, prose only", prose))
        for label, m in rows:
            print(
                f"{half:<5} {label:<18} {m['recall']:>7.3f} {m['precision']:>9.3f} "
                f"{m['dropped']:>8} {m['labelled']:>8}"
            )


if __name__ == "__main__":
    main()
