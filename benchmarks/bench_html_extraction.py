"""How much of the article each HTML extractor keeps, on pages with gold text, in one run.

    python benchmarks/bench_html_extraction.py PATH [--limit N] [--only article] [--worst K]

PATH is a folder of pages with gold text in one of three layouts:

- `ground-truth/ID.json` (with `ground_truth.main_content`) beside `html/ID.html[.gz]`: the
  web-content-extraction-benchmark of Murrough Foley (CC-BY-4.0; its `dev/` and `test/` halves),
  and our fixtures in `tests/fixtures/html_gold/` (Mozilla Readability's test pages, made into
  this layout by `make_readability_pages.py`, too);
- `ground-truth.json` beside `html/ID.html[.gz]`: one JSON object for the whole set, each
  page's ID to an object whose `articleBody` (or `main_content`) is the gold text, the layout
  article-extraction benchmarks such as Zyte's use (that one is held out for the final check:
  never run here);
- `evaldata.json` beside `eval/FILE.html`: trafilatura's own evaluation pages, whose gold is a
  list of sentences that must be kept ("with") and of furniture that must not ("without").

Extractors: ftztui's loader (`ours`), trafilatura (`extract`, its defaults; `trafilatura-fast`
without its fallbacks, the least time it takes), readability-lxml
(`Document.summary`, text of the result) and jusText (paragraphs not marked boilerplate,
English stop words). Rows: word recall and precision against the gold text (bag of words,
lower-cased \\w+ tokens, each Chinese, Japanese or Korean character a token of its own,
counted with multiplicity, as the extraction papers do), mean of the
pages and F1 of those means; pages refused (nothing extracted); pages where less than half of
the gold words survive; gold paragraphs lost (a paragraph of 5+ words of which less than half
survives); pages per second and MB per second on the same pages, with ratio to ours. Time is
the process's CPU time, not the wall clock: on a machine shared with other work it is the
only measure that two runs minutes apart can compare. `--repeat N` runs each extractor N times
on each page and counts its fastest run (still noisy machines: two runs of the same code on
the same 791 pages differed by 13% in CPU time).
For the snippet layout: share of "with" snippets found and of "without" snippets leaked.

`--baseline REV[,REV...]` adds our loader as it was at each git revision REV (e.g. the commit before
trafilatura came in, 5986d11), run from `git archive` of that revision in a child process on
the same pages, so a speed ratio against it is measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpora import source_at

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

_TOKEN = re.compile(r"\w+")
# Chinese, Japanese and Korean are written without spaces between words: each character is a
# token (a run of them would be one "word" as long as the sentence, and a gold text whose line
# breaks fall elsewhere would share none of them).
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_CJK.sub(r" \g<0> ", text.casefold()))


@dataclass
class Page:
    name: str
    data: bytes
    gold: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    kind: str = "article"


def read_pages(path: Path, only: str | None, limit: int | None) -> list[Page]:
    pages: list[Page] = []
    if (path / "evaldata.json").exists():
        evaldata = json.loads((path / "evaldata.json").read_text())
        for entry in evaldata.values():
            html = path / "eval" / entry["file"]
            if html.exists():
                pages.append(
                    Page(entry["file"], html.read_bytes(), None, entry["with"], entry["without"])
                )
    elif (path / "ground-truth.json").exists():
        truths = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
        for stem, truth in sorted(truths.items()):
            text = truth.get("articleBody") or truth.get("main_content")
            if text:
                pages.append(Page(stem, _html_of(path, stem), text))
    else:
        for truth in sorted((path / "ground-truth").glob("*.json")):
            meta = json.loads(truth.read_text())
            stem = truth.stem
            data = _html_of(path, stem)
            gold = meta["ground_truth"]
            kind = meta.get("_internal", {}).get("page_type", {}).get("primary", "article")
            if only and kind != only:
                continue
            if not gold.get("main_content"):
                continue
            pages.append(
                Page(
                    stem,
                    data,
                    gold["main_content"],
                    gold.get("with", []),
                    gold.get("without", []),
                    kind,
                )
            )
    return pages[:limit] if limit else pages


def _html_of(path: Path, stem: str) -> bytes:
    html = path / "html" / f"{stem}.html"
    if html.exists():
        return html.read_bytes()
    return gzip.decompress((path / "html" / f"{stem}.html.gz").read_bytes())


# -- extractors ---------------------------------------------------------------------------


def ours(data: bytes) -> str:
    from ftztui.loaders.html import decode_html, load_html

    doc = load_html(decode_html(data), doc_id="page", fallback_title="page", path=None)
    parts: list[str] = []
    for section in doc.sections:
        if section.title:
            parts.append(section.title)
        parts.extend(b.text for b in section.blocks)
    return "\n".join(parts)


def _text(data: bytes) -> str:
    from ftztui.loaders.html import decode_html

    return decode_html(data)


def trafilatura_(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(_text(data)) or ""


def trafilatura_fast(data: bytes) -> str:
    """trafilatura without its readability/jusText comparison: the floor of its cost."""
    import trafilatura

    return trafilatura.extract(_text(data), fast=True) or ""


def readability_(data: bytes) -> str:
    import lxml.html
    from readability import Document

    summary = Document(_text(data)).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def justext_(data: bytes) -> str:
    import justext

    paragraphs = justext.justext(data, justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "ours": ours,
    "trafilatura": trafilatura_,
    "trafilatura-fast": trafilatura_fast,
    "readability": readability_,
    "jusText": justext_,
}


def baseline_outputs(rev: str, args: argparse.Namespace) -> tuple[dict[str, str], dict[str, float]]:
    """Our loader at git revision `rev`, run in a child process on the same pages: the text
    it kept and the seconds it took, per page."""
    with tempfile.TemporaryDirectory() as tmp:
        src = source_at(rev, Path(tmp))
        command = [sys.executable, __file__, str(args.path), "--worker", str(src)]
        command += ["--only", args.only] if args.only else []
        command += ["--limit", str(args.limit)] if args.limit else []
        command += ["--repeat", str(args.repeat)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    results = json.loads(out)
    return {k: v[0] for k, v in results.items()}, {k: v[1] for k, v in results.items()}


def worker(src: str, args: argparse.Namespace) -> None:
    """Child process of `baseline_outputs`: our loader from `src`, on every page, as JSON."""
    sys.path.insert(0, src)
    warnings.simplefilter("ignore")
    ours(b"<html><body><p>warm up</p></body></html>")
    results: dict[str, tuple[str, float]] = {}
    for page in read_pages(args.path, args.only, args.limit):
        try:
            output, seconds = timed(ours, page.data, args.repeat)
        except Exception:
            output, seconds = "", 0.0
        results[page.name] = (output, seconds)
    json.dump(results, sys.stdout)


def timed(extractor: Callable[[bytes], str], data: bytes, repeat: int) -> tuple[str, float]:
    """The extractor's text for a page, and the CPU seconds of its fastest of `repeat` runs."""
    best = float("inf")
    output = ""
    for _ in range(max(1, repeat)):
        start = time.process_time()
        output = extractor(data)
        best = min(best, time.process_time() - start)
    return output, best


# -- scoring ------------------------------------------------------------------------------


@dataclass
class Score:
    recall: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    refused: int = 0
    under_half: list[str] = field(default_factory=list)
    paragraphs: int = 0
    paragraphs_lost: int = 0
    with_found: int = 0
    with_total: int = 0
    without_found: int = 0
    without_total: int = 0
    seconds: float = 0.0
    errors: int = 0


def _norm(text: str) -> str:
    return " ".join(tokens(text))


def score(page: Page, output: str, s: Score) -> None:
    if not output.strip():
        s.refused += 1
    out = Counter(tokens(output))
    if page.gold is not None:
        gold = Counter(tokens(page.gold))
        overlap = sum((out & gold).values())
        recall = overlap / max(1, sum(gold.values()))
        s.recall.append(recall)
        s.precision.append(overlap / sum(out.values()) if out else 0.0)
        if recall < 0.5:
            s.under_half.append(page.name)
        for paragraph in re.split(r"\n\s*\n", page.gold):
            words = tokens(paragraph)
            if len(words) >= 5:
                s.paragraphs += 1
                if sum(1 for w in words if w in out) < 0.5 * len(words):
                    s.paragraphs_lost += 1
    if page.with_ or page.without:
        flat = _norm(output)
        s.with_total += len(page.with_)
        s.with_found += sum(1 for w in page.with_ if _norm(w) in flat)
        s.without_total += len(page.without)
        s.without_found += sum(1 for w in page.without if _norm(w) and _norm(w) in flat)


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default=None, help="page type to keep (e.g. article)")
    parser.add_argument("--worst", type=int, default=0, help="list our K worst pages")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS), help="comma-separated subset")
    parser.add_argument("--baseline", default=None, help="git revisions of ours, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per page, fastest counts")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args)
        return
    pages = read_pages(args.path, args.only, args.limit)
    if not pages:
        sys.exit(f"no pages with gold text under {args.path}")
    megabytes = sum(len(p.data) for p in pages) / 1e6
    names = args.extractors.split(",")
    scores = {name: Score() for name in names}
    per_page: dict[str, float] = {}
    warnings.simplefilter("ignore")
    for name in names:  # warm imports outside the timing
        with contextlib.suppress(Exception):
            EXTRACTORS[name](b"<html><body><p>warm up</p></body></html>")
    for page in pages:
        for name in names:
            try:
                output, seconds = timed(EXTRACTORS[name], page.data, args.repeat)
            except Exception:
                output, seconds = "", 0.0
                scores[name].errors += 1
            scores[name].seconds += seconds
            score(page, output, scores[name])
            if name == "ours" and page.gold is not None:
                per_page[page.name] = scores[name].recall[-1]
    for rev in args.baseline.split(",") if args.baseline else []:
        outputs, seconds = baseline_outputs(rev, args)
        old = scores[f"ours@{rev}"] = Score()
        for page in pages:
            old.seconds += seconds.get(page.name, 0.0)
            score(page, outputs.get(page.name, ""), old)
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML, from {args.path}")
    base = scores["ours"].seconds if "ours" in scores else None
    if pages[0].gold is not None:
        print(
            "| extractor | recall | precision | F1 | refused | < half | paragraphs lost "
            "| pages/s | MB/s | time vs ours |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    else:
        print(
            "| extractor | 'with' kept | 'without' leaked | refused | pages/s | MB/s "
            "| time vs ours |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
    for name, s in scores.items():
        rate = len(pages) / s.seconds if s.seconds else float("inf")
        ratio = f"{s.seconds / base:.2f}" if base else "-"
        speed = f"{rate:.1f} | {megabytes / s.seconds:.2f} | {ratio}"
        if pages[0].gold is not None:
            r, p = mean(s.recall), mean(s.precision)
            f1 = 2 * r * p / (r + p) if r + p else 0.0
            print(
                f"| {name} | {r:.3f} | {p:.3f} | {f1:.3f} | {s.refused} | "
                f"{len(s.under_half)} | {s.paragraphs_lost} of {s.paragraphs} | {speed} |"
            )
        else:
            print(
                f"| {name} | {s.with_found / max(1, s.with_total):.3f} | "
                f"{s.without_found / max(1, s.without_total):.3f} | {s.refused} | {speed} |"
            )
        if s.errors:
            print(f"  ({name}: {s.errors} pages raised)")
    if args.worst and per_page:
        print("our worst pages (recall):")
        for name, r in sorted(per_page.items(), key=lambda kv: kv[1])[: args.worst]:
            print(f"  {name}  {r:.3f}")


if __name__ == "__main__":
    main()
