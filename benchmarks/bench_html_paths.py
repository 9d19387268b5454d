"""Where the HTML loader's time goes, by the path each page takes, beside the old loader's.

    python benchmarks/bench_html_paths.py PATH [--baseline REV] [--repeat N] [--limit N]

For each page with gold text under PATH (the layouts `bench_html_extraction.py` reads, article
pages only), our loader is timed and the path it took is noted: the walk alone (trafilatura
not run), trafilatura's fast mode, or its fast mode and then its full run. On the same pages,
in the same run: our loader at git revision REV (default 5986d11, before trafilatura came in),
and trafilatura alone (`extract` with its defaults, and `fast=True`), each from the page's
bytes. Time is the process's CPU time, fastest of `--repeat` runs per page.

The issue's target is a time per MB within 2x of the old loader's: the table shows which paths
can meet it, and how much of each path's time trafilatura alone already takes.
"""

from __future__ import annotations

import argparse
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

import bench_html_extraction as bench


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--baseline", default="5986d11", help="git revision of the old loader")
    parser.add_argument("--repeat", type=int, default=2, help="runs per page, fastest counts")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    args.only = "article"
    warnings.simplefilter("ignore")
    import trafilatura

    pages = bench.read_pages(args.path, args.only, args.limit)
    _, old = bench.baseline_outputs(args.baseline, args)
    real = trafilatura.extract
    calls: list[bool] = []

    def counted(*a: Any, **k: Any) -> Any:
        calls.append(bool(k.get("fast")))
        return real(*a, **k)

    bench.ours(b"<html><body><p>warm up</p></body></html>")
    bench.trafilatura_(b"<html><body><p>warm up</p></body></html>")
    # pages, MB, ours, old, trafilatura, trafilatura fast (seconds)
    rows: dict[str, list[float]] = defaultdict(lambda: [0.0] * 6)
    for page in pages:
        calls.clear()
        trafilatura.extract = counted
        try:
            _, ours = bench.timed(bench.ours, page.data, args.repeat)
        finally:
            trafilatura.extract = real
        path = _path(calls)
        _, alone = bench.timed(bench.trafilatura_, page.data, args.repeat)
        _, fast = bench.timed(bench.trafilatura_fast, page.data, args.repeat)
        for key in (path, "all pages"):
            row = rows[key]
            for i, value in enumerate((1, len(page.data) / 1e6, ours, old[page.name], alone, fast)):
                row[i] += value
    print(f"{len(pages)} pages from {args.path}; old loader: {args.baseline}")
    print(
        "| path | pages | MB | ours s | old s | ours / old | trafilatura s "
        "| trafilatura fast s | trafilatura fast / old |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in ("walk alone", "trafilatura fast", "trafilatura fast, then full", "all pages"):
        if key in rows:
            n, mb, ours, old_s, alone, fast = rows[key]
            print(
                f"| {key} | {n:.0f} | {mb:.1f} | {ours:.2f} | {old_s:.2f} | {ours / old_s:.2f} "
                f"| {alone:.2f} | {fast:.2f} | {fast / old_s:.2f} |"
            )


def _path(calls: list[bool]) -> str:
    """The path a page took, from its loads' calls to trafilatura (True: fast mode)."""
    if not calls:
        return "walk alone"
    return "trafilatura fast" if all(calls) else "trafilatura fast, then full"


if __name__ == "__main__":
    main()
