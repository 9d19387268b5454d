"""How long the loaders take, against just reading the same files, measured in the same run.

    python benchmarks/loaders.py

Rows: the seed article, the bundled corpus, ~10 MB of python3-doc pages (skipped where the
package is missing), and generated hostile-size files (a 5 MB single line, 250,000 short lines,
a 5 MB HTML page). The baseline is `Path.read_bytes()` + UTF-8 decode of the same files.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from corpora import BUNDLED, python_doc_corpus  # noqa: E402

from ftztui.loaders import load_corpus, load_document  # noqa: E402


def best_of(runs: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def read_all(folder: Path) -> None:
    for path in sorted(folder.iterdir()):
        path.read_bytes().decode("utf-8", errors="replace")


def generated(tmp: Path) -> Path:
    folder = tmp / "big"
    folder.mkdir()
    sentence = "The pilot zone cut clearance times by half in four years. "
    (folder / "one-line.txt").write_text("Huge\n\n" + sentence * 86_000 + "\n")
    lines = "".join(f"Line number {i} of the log\n" for i in range(250_000))
    (folder / "short-lines.txt").write_text("Title Here\n\n" + lines)
    paragraph = "<p>Paragraph {} of the report, with <b>bold</b> and <a href='#'>a link</a>.</p>"
    body = "".join(paragraph.format(i) for i in range(70_000))
    (folder / "page.html").write_text(f"<html><body><h1>Big</h1>{body}</body></html>")
    return folder


def main() -> None:
    seed = BUNDLED / "chongqing-ftz-four-years.txt"
    rows: list[tuple[str, float, float]] = []
    start = time.perf_counter()
    load_document(seed)
    rows.append(("seed, first load (imports)", time.perf_counter() - start, 0.0))
    rows.append(
        (
            "seed, warm",
            best_of(20, lambda: load_document(seed)),
            best_of(20, seed.read_bytes),
        )
    )
    rows.append(
        (
            "bundled corpus",
            best_of(10, lambda: load_corpus(BUNDLED)),
            best_of(10, lambda: read_all(BUNDLED)),
        )
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pydoc = python_doc_corpus(tmp / "pydoc", 10.0)
        if pydoc is not None:
            rows.append(
                (
                    "python3-doc, ~10 MB",
                    best_of(1, lambda: load_corpus(pydoc)),
                    best_of(1, lambda: read_all(pydoc)),
                )
            )
        for path in sorted(generated(tmp).iterdir()):
            size = path.stat().st_size / 1e6
            rows.append(
                (
                    f"{path.name} ({size:.1f} MB)",
                    best_of(1, lambda p=path: load_document(p)),
                    best_of(1, path.read_bytes),
                )
            )
    print(f"{'what':34} {'load s':>9} {'read s':>9} {'ratio':>8}")
    for name, load, read in rows:
        ratio = f"{load / read:8.0f}" if read else "       -"
        print(f"{name:34} {load:9.4f} {read:9.4f} {ratio}")


if __name__ == "__main__":
    main()
