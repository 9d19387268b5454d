"""Compare HTML main-content extractors on real pages: our lxml walk, trafilatura, readability.

    python benchmarks/html_loader_comparison.py [--megabytes 10]

Prints, for each extractor: cold import time (a fresh interpreter), time to extract ~10 MB of
Debian's python3-doc pages (skipped where the package is missing), and what survives of the
structure the reader needs (section headings, code blocks, captions) on those pages and on a
news-like page with heavy furniture. Ratios are against our loader, measured in the same run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from corpora import python_doc_corpus  # noqa: E402

NEWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Rail route opens | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2021-04-02T08:30:00+08:00"></head><body>
<div id="cookie-notice">We use cookies to improve your experience. <button>Accept</button></div>
<header><a class="logo">Example Daily</a><nav><a>Home</a> <a>World</a></nav></header>
<div class="layout"><div class="col-main"><article>
<h1>Rail route opens</h1>
<figure><img src="a.jpg">
<figcaption>A train leaves the station. (Photo/ Xinhua)</figcaption></figure>
<p>A new freight route linking the city with Duisburg opened on Thursday, officials said.</p>
<p>The service runs twice a week and carries electronics and auto parts to Europe.</p>
<h2>Faster customs</h2>
<p>Customs clearance now takes less than a day, according to the local customs office.</p>
<pre>trains_per_week = 2</pre>
</article></div>
<aside class="most-read"><h3>Most read</h3><ol><li>Unrelated story one</li></ol></aside></div>
<footer>Copyright 2021 Example Daily. All rights reserved.</footer></body></html>
"""


def ours(html: str) -> list[tuple[str, str]]:
    from ftztui.loaders.html import load_html

    doc = load_html(html, doc_id="x", fallback_title="x", path=None)
    out = [("h", s.title or "") for s in doc.sections if s.title]
    return out + [(b.kind, b.text) for b in doc.blocks]


def trafilatura_xml(html: str) -> list[tuple[str, str]]:
    import lxml.etree as etree
    import trafilatura

    xml = trafilatura.extract(
        html, output_format="xml", include_formatting=True, include_images=True, favor_recall=True
    )
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    kinds = {"head": "h", "code": "code", "p": "paragraph", "item": "list_item", "quote": "quote"}
    return [(kinds[e.tag], "".join(e.itertext())) for e in root.iter() if e.tag in kinds]


def readability_summary(html: str) -> list[tuple[str, str]]:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fragment_fromstring(summary, create_parent="div")
    kinds = {
        "h2": "h",
        "h3": "h",
        "h4": "h",
        "pre": "code",
        "p": "paragraph",
        "li": "list_item",
        "figcaption": "caption",
        "blockquote": "quote",
    }
    return [(kinds[e.tag], e.text_content()) for e in root.iter() if e.tag in kinds]


EXTRACTORS: dict[str, tuple[Callable[[str], list[tuple[str, str]]], str]] = {
    "ftztui lxml walk": (ours, "import ftztui.loaders.html"),
    "trafilatura 2.x": (trafilatura_xml, "import trafilatura"),
    "readability-lxml": (readability_summary, "import readability"),
}


def cold_import(statement: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", statement],
            check=True,
            env={"PYTHONPATH": str(HERE.parent / "src")},
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = python_doc_corpus(Path(tmp) / "pydoc", args.megabytes)
        pages = sorted(corpus.iterdir()) if corpus else []
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    base = cold_import("pass")
    rows = []
    for name, (extract, statement) in EXTRACTORS.items():
        imp = cold_import(statement) - base
        news = extract(NEWS_PAGE)
        start = time.perf_counter()
        kinds: dict[str, int] = {}
        failures = 0
        for text in texts:
            try:
                for kind, _ in extract(text):
                    kinds[kind] = kinds.get(kind, 0) + 1
            except Exception:
                failures += 1
        elapsed = time.perf_counter() - start
        junk = [t for _, t in news if any(w in t for w in ("cookies", "Most read", "Copyright"))]
        rows.append((name, imp, elapsed, kinds, failures, news, junk))
    ours_time = rows[0][2] or 1e-9
    print(f"{len(texts)} python3-doc pages, {sum(map(len, texts)) / 1e6:.1f} MB of HTML\n")
    print(
        f"{'extractor':20} {'import s':>9} {'pages s':>8} {'ratio':>6} "
        f"{'heads':>6} {'code':>6} {'capt':>5} {'fail':>5}  news page"
    )
    for name, imp, elapsed, kinds, failures, news, junk in rows:
        heads = sum(1 for k, _ in news if k == "h")
        captions = sum(1 for k, _ in news if k == "caption")
        print(
            f"{name:20} {imp:9.3f} {elapsed:8.2f} {elapsed / ours_time:6.1f} "
            f"{kinds.get('h', 0):6} {kinds.get('code', 0):6} {kinds.get('caption', 0):5} "
            f"{failures:5}  headings={heads} captions={captions} furniture={len(junk)}"
        )


if __name__ == "__main__":
    main()
