"""Scale: a 2,000-document / ~10 MB library, end to end (issue 6).

Run: `python benchmarks/bench_scale.py [--documents N] [--generated]` from the checkout with the
venv active. The library is real text: Debian's python3-doc reST sources cut at their headings
into N Markdown documents (`corpora.python_doc_split_corpus`); where python3-doc is missing, or
with `--generated`, a reproducible generated library in the bundled article's vocabulary (a
harsh case: a small vocabulary makes every word common, so queries match far more passages
than in real text). It measures
what a user waits for: the first index build, the start-up freshness check, cold CLI commands
(against a bare `import whoosh` baseline in the same run), warm searches, opening documents
(load + figures), and the TUI's first screen, keystroke-to-results latency and peak RSS.
Prints one table.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from bench_tui import (  # noqa: E402
    compile_sources,
    environment,
    keystroke_latency,
    time_to_text,
)
from corpora import generated_corpus, python_doc_split_corpus  # noqa: E402

from ftztui.figures import extract_figures  # noqa: E402
from ftztui.library import Library, document_ids  # noqa: E402
from ftztui.loaders import load_document  # noqa: E402
from ftztui.search import open_index  # noqa: E402

GENERATED_QUERIES = ["customs", "bonded warehouse", '"cold chain"', "logistcs", "vehicles",
                     "railway", "enterprises", "trade zone", "porsches", "investment"]  # fmt: skip
DOC_QUERIES = ["function", "return value", '"keyword argument"', "excepton", "module", "thread",
               "socket timeout", "dictionary", "iterator", "unicode"]  # fmt: skip


def pct(xs: list[float], q: float) -> float:
    """Nearest-rank percentile: the p95 of 20 samples is the 19th smallest."""
    ordered = sorted(xs)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def cold(commands: list[list[str]], env: dict[str, str], runs: int = 7) -> list[float]:
    """Median wall time of each command, run in interleaved rounds (a shared machine's load
    then falls on all of them alike)."""
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, times in zip(commands, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in samples]


def launcher() -> list[str]:
    """How a user runs ftztui: the console script pip installed (PYTHONPATH makes it run this
    checkout's code), or the same two lines without one. Not `python -m ftztui`: runpy costs
    a cold command ~6-11 ms that no user pays."""
    script = Path(sys.executable).parent / "ftztui"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ftztui.cli import main; sys.exit(main())"]


class Table:
    """Rows printed as they are measured, so a long run shows its progress."""

    def __init__(self) -> None:
        print(f"{'measure':<44}  {'value':>22}  note", flush=True)

    def append(self, row: tuple[str, str, str]) -> None:
        name, value, note = row
        print(f"{name:<44}  {value:>22}  {note}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--megabytes", type=float, default=10.0, help="generated library size")
    parser.add_argument("--generated", action="store_true", help="use the generated library")
    opts = parser.parse_args()
    rows = Table()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["XDG_STATE_HOME"] = str(root / "state")
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        real = None if opts.generated else python_doc_split_corpus(root / "corpus", opts.documents)
        if real is None:
            corpus = generated_corpus(root / "corpus", opts.documents, opts.megabytes)
            queries, kind = GENERATED_QUERIES, "generated, seed 20211"
        else:
            corpus, queries, kind = real, DOC_QUERIES, "python3-doc reST sources, real text"
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        library = Library(corpus, root / "index")
        rows.append(("library", f"{opts.documents} docs, {size:.1f} MB", kind))

        build = timed(open_index, library)
        rows.append(("first index build", f"{build:.1f} s", f"{size / build:.2f} MB/s"))
        fresh = [timed(open_index, library) for _ in range(7)]
        rows.append(
            ("open + freshness check, nothing changed", ms(statistics.median(fresh)), "median")
        )

        index = open_index(library)
        warm = [timed(index.search, q) for _ in range(5) for q in queries]
        rows.append(
            (
                "warm search with highlights",
                ms(pct(warm, 0.95)),
                f"p95; median {ms(statistics.median(warm))}",
            )
        )

        env = environment(root, corpus)
        env["FTZTUI_INDEX"] = str(root / "index")
        # As after `pip install`, which compiles bytecode: Whoosh's .pyc files are there, so
        # ours must be too, or each run is charged for compiling edited sources again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compile_sources()
        base, search, listing = cold(
            [
                [sys.executable, "-c", "import whoosh.index, whoosh.qparser"],
                [*launcher(), "search", queries[0], "--json"],
                [*launcher(), "list", "--json"],
            ],
            env,
        )
        rows.append(("cold: python -c 'import whoosh...'", ms(base), "baseline"))
        rows.append(
            (
                f"cold: ftztui search {queries[0]} --json",
                ms(search),
                f"{search / base:.2f}x baseline",
            )
        )
        rows.append(("cold: ftztui list --json", ms(listing), f"{listing / base:.2f}x baseline"))

        ids = document_ids(library.document_files())
        sample = list(ids.items())[:: max(1, len(ids) // 50)]
        opens = [timed(lambda p=p, i=i: extract_figures(load_document(p, i))) for i, p in sample]
        rows.append(
            ("open a document (load + figures)", ms(pct(opens, 0.95)), f"p95 of {len(opens)}")
        )

        starts, rss = [], 0
        for _ in range(3):
            elapsed, rss = time_to_text([sys.executable, "-m", "ftztui"], env, "Search")
            starts.append(elapsed)
        rows.append(("TUI: start to first screen", ms(statistics.median(starts)), "median of 3"))
        rows.append(("TUI: peak RSS", f"{rss / 1024:.0f} MiB", "after the first screen"))
        # Each query typed twice (20 warm samples; with 10, the p95 is simply the slowest one).
        # The first search pays one-time costs (a cold searcher, the results list's first
        # layout): it is reported apart, as bench_tui does.
        typed = [q.strip('"') for q in queries] * 2
        first, *latency = asyncio.run(keystroke_latency(library, typed))
        rows.append(("TUI: keystroke to painted results", ms(pct(latency, 0.95)),
                     f"p95 beyond debounce; median {ms(statistics.median(latency))}; "
                     f"first search {ms(first)}"))  # fmt: skip


if __name__ == "__main__":
    main()
