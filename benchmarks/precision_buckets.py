"""Where our HTML loader's precision goes: the words it keeps that the gold text lacks, by bucket.

    python benchmarks/precision_buckets.py PATH [--only article] [--limit N] [--examples K]

PATH is a folder of pages with gold text (`ground-truth/ID.json` beside `html/ID.html[.gz]`,
as `bench_html_extraction.py` reads). Each page is loaded as the library would; each section
title and block it keeps is a unit. A unit whose words, normalised, stand in the gold text is
the article's. The others are put in a bucket: where they stand (before the first unit found
in the gold, after the last, or inside), what they are (heading, paragraph, list item, caption,
quote, code, table row) and their size (short: under 10 words; prose). Their words that the
gold does not hold (the bag of words the benchmark scores, after the gold's own units took
theirs) are counted per bucket, in words and in points of the benchmark's precision (the mean
over pages of each page's share of words the gold lacks), so that a rule is aimed at the
largest bucket. `--examples K` prints the K largest units of the three largest buckets.

The last lines give the precision the benchmark would report if captions were not shown: the
gold texts of WCXB leave captions out, our reader shows them.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench_html_extraction import read_pages, tokens

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

_SHORT = 10  # words


@dataclass
class Bucket:
    points: float = 0.0
    words: int = 0
    pages: set[str] = field(default_factory=set)
    units: list[tuple[int, str, str]] = field(default_factory=list)  # (extra words, page, text)


def units(data: bytes) -> list[tuple[str, str]]:
    """(kind, text) of each section title and block our loader keeps, in reading order."""
    from ftztui.loaders.html import decode_html, load_html

    doc = load_html(decode_html(data), doc_id="page", fallback_title="page", path=None)
    out: list[tuple[str, str]] = []
    for section in doc.sections:
        if section.title:
            out.append(("heading", section.title))
        for b in section.blocks:
            row = b.kind == "paragraph" and " | " in b.text
            out.append(("table row" if row else b.kind.replace("_", " "), b.text))
    return out


def _norm(text: str) -> str:
    return " ".join(tokens(text))


Key = tuple[str, str, str]  # where, kind, size


def attribute(name: str, gold: str, kept: list[tuple[str, str]], pages: int) -> dict[Key, Bucket]:
    """This page's extra words, by bucket."""
    total = sum(len(tokens(t)) for _, t in kept)
    if not total:
        return {}
    text = f" {_norm(gold)} "
    found = [f" {_norm(t)} " in text for _, t in kept]
    at = [i for i, f in enumerate(found) if f]
    first, last = (at[0], at[-1]) if at else (len(kept), -1)
    budget = Counter(tokens(gold))
    for (_, t), f in zip(kept, found, strict=True):
        if f:
            budget.subtract(tokens(t))
    buckets: dict[Key, Bucket] = {}
    for i, ((kind, t), f) in enumerate(zip(kept, found, strict=True)):
        if f:
            continue
        extra = 0
        for word in tokens(t):
            if budget[word] > 0:
                budget[word] -= 1
            else:
                extra += 1
        if not extra:
            continue
        where = "before" if i < first else "after" if i > last else "inside"
        size = "short" if len(t.split()) < _SHORT else "prose"
        b = buckets.setdefault((where, kind, size), Bucket())
        b.points += 100 * extra / total / pages
        b.words += extra
        b.pages.add(name)
        b.units.append((extra, name, t))
    return buckets


def precision(gold: str, kept: list[tuple[str, str]], skip: str | None = None) -> float:
    out = Counter(w for kind, t in kept if kind != skip for w in tokens(t))
    overlap = sum((out & Counter(tokens(gold))).values())
    return overlap / sum(out.values()) if out else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--only", default=None, help="page type to keep (e.g. article)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    pages = [p for p in read_pages(args.path, args.only, args.limit) if p.gold is not None]
    total: dict[Key, Bucket] = {}
    shown = hidden = 0.0
    for page in pages:
        assert page.gold is not None
        kept = units(page.data)
        for key, b in attribute(page.name, page.gold, kept, len(pages)).items():
            t = total.setdefault(key, Bucket())
            t.points += b.points
            t.words += b.words
            t.pages |= b.pages
            t.units += b.units
        shown += precision(page.gold, kept) / len(pages)
        hidden += precision(page.gold, kept, skip="caption") / len(pages)
    ranked = sorted(total.items(), key=lambda kv: -kv[1].points)
    print(f"{len(pages)} pages from {args.path}; precision {shown:.4f}")
    print("| where | kind | size | precision points | words | pages |")
    print("|---|---|---|---:|---:|---:|")
    for (where, kind, size), b in ranked:
        print(f"| {where} | {kind} | {size} | {b.points:.3f} | {b.words} | {len(b.pages)} |")
    print(f"all buckets: {sum(b.points for b in total.values()):.3f} points")
    print(f"captions: precision {shown:.4f} shown, {hidden:.4f} were they not shown")
    for key, b in ranked[:3] if args.examples else []:
        print(f"\n{' '.join(key)}:")
        for extra, name, text in sorted(b.units, reverse=True)[: args.examples]:
            print(f"  {extra:5} {name}  {' '.join(text.split())[:110]}")


if __name__ == "__main__":
    main()
