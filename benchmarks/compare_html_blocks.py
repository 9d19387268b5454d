"""Does a change to the HTML loader change what it loads? Every page, block by block.

    python benchmarks/compare_html_blocks.py PATH [--baseline REV] [--limit N] [--only article]

PATH holds pages in one of the layouts `bench_html_extraction.py` reads. Our loader at git
revision REV (default HEAD) and the working tree each load every page in a child process; the
script prints the pages whose title, sections, blocks or removed parts (text and reason)
differ, the first difference of each, and the CPU seconds each side took (fastest of
`--repeat` runs per page), so that a change meant to be "faster, same output" is checked on
all pages at once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from corpora import source_at

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def dump(data: bytes) -> list[Any]:
    """What the loader made of a page, as plain lists (JSON-comparable)."""
    from ftztui.loaders.html import decode_html, load_html

    doc = load_html(decode_html(data), doc_id="page", fallback_title="page", path=None)
    out: list[Any] = [doc.title, doc.source, doc.date, doc.dateline, doc.url]
    for section in doc.sections:
        out.append(["section", section.title, section.level])
        out.extend([b.kind, b.text, b.credit] for b in section.blocks)
    out.extend(["removed", r.text, r.reason, r.before] for r in doc.removed)
    return out


def worker(src: str, args: argparse.Namespace) -> None:
    """Child process: the loader from `src` on every page, as JSON on stdout."""
    from bench_html_extraction import read_pages  # puts the working tree's src/ first

    sys.path.insert(0, src)  # so after it

    warnings.simplefilter("ignore")
    dump(b"<html><body><p>warm up</p></body></html>")
    results: dict[str, tuple[list[Any], float]] = {}
    for page in read_pages(args.path, args.only, args.limit):
        best = float("inf")
        output: list[Any] = []
        for _ in range(max(1, args.repeat)):
            start = time.process_time()
            output = dump(page.data)
            best = min(best, time.process_time() - start)
        results[page.name] = (output, best)
    json.dump(results, sys.stdout)


def run(src: Path, args: argparse.Namespace) -> dict[str, tuple[list[Any], float]]:
    command = [sys.executable, __file__, str(args.path), "--worker", str(src)]
    command += ["--only", args.only] if args.only else []
    command += ["--limit", str(args.limit)] if args.limit else []
    command += ["--repeat", str(args.repeat)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr)
    out = done.stdout
    result: dict[str, tuple[list[Any], float]] = json.loads(out)
    return result


def first_difference(old: list[Any], new: list[Any]) -> str:
    for i, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            return f"item {i}: {str(a)[:100]!r} -> {str(b)[:100]!r}"
    return f"length {len(old)} -> {len(new)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--baseline", default="HEAD", help="git revision to compare with")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default=None, help="page type to keep (e.g. article)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per page, fastest counts")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        old = run(source_at(args.baseline, Path(tmp)), args)
    new = run(HERE.parent / "src", args)
    differ = [name for name in old if old[name][0] != new.get(name, ([], 0.0))[0]]
    for name in differ:
        print(f"{name}: {first_difference(old[name][0], new[name][0])}")
    before = sum(s for _, s in old.values())
    after = sum(s for _, s in new.values())
    print(
        f"{len(differ)} of {len(old)} pages differ; CPU seconds {args.baseline} {before:.2f}, "
        f"working tree {after:.2f} ({after / before:.2f}x)"
    )


if __name__ == "__main__":
    main()
