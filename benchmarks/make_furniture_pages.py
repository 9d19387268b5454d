"""Render trafilatura's evaluation pages as text with their site furniture, for the text bench.

    python benchmarks/make_furniture_pages.py TRAFILATURA_TESTS OUT

TRAFILATURA_TESTS is trafilatura's `tests/` folder (`evaldata.json` and `eval/`); OUT gets
`furniture/NNNN.txt` (one page each, numbered in the order of the sorted page names) and
`furniture/gold.json` ({"NNNN.txt": {"page": name, "with": [...], "without": [...]}}), the layout
`bench_text_loader.py` reads. Nothing is downloaded: each page is rendered by `w3m -dump -cols
2000 -T text/html` (Debian's `w3m`), the way a browser's "Save as text" gives a page: decoded as
a browser would (a BOM or valid UTF-8, else the declared charset, gzip undone), one paragraph
per line, written as UTF-8.

    python benchmarks/make_furniture_pages.py --wcxb WCXB_HALF OUT

renders instead the article pages of one half of the Web Content eXtraction Benchmark (WCXB,
Murrough Foley, CC-BY-4.0: `dev/` or `test/`, with `html/NNNN.html.gz` and
`ground-truth/NNNN.json`), named `NNNN.txt` after the page, their gold holding also the whole
article text (`main_content`), which `bench_text_lines.py` labels every line with.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
from pathlib import Path

# A charset declaration in the page (w3m is given the page already decoded, as UTF-8).
_META_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?[\w-]+["']?[^>]*>""", re.I)


def page_text(data: bytes) -> str:
    """The page as a browser saves it as text."""
    from ftztui.loaders.html import decode_html

    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    html = decode_html(data).encode("utf-8")
    html = _META_CHARSET.sub(b'<meta charset="utf-8">', html)
    done = subprocess.run(
        ["w3m", "-dump", "-cols", "2000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
        input=html,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8", errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tests", type=Path, help="trafilatura's tests/ folder")
    parser.add_argument("out", type=Path, help="where furniture/ is written")
    parser.add_argument("--wcxb", action="store_true", help="`tests` is a WCXB half (dev/, test/)")
    args = parser.parse_args()
    if args.wcxb:
        _write(args.out / "furniture", _wcxb_articles(args.tests))
        return
    evaldata = json.loads((args.tests / "evaldata.json").read_text(encoding="utf-8"))
    entries = sorted(
        (e for e in evaldata.values() if (args.tests / "eval" / e["file"]).exists()),
        key=lambda e: str(e["file"]),
    )
    folder = args.out / "furniture"
    folder.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict[str, object]] = {}
    for n, entry in enumerate(entries):
        name = f"{n:04d}.txt"
        text = page_text((args.tests / "eval" / entry["file"]).read_bytes())
        (folder / name).write_text(text, encoding="utf-8")
        gold[name] = {"page": entry["file"], "with": entry["with"], "without": entry["without"]}
    (folder / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(f"{len(gold)} pages written to {folder}")


def _wcxb_articles(half: Path) -> dict[str, tuple[bytes, dict[str, object]]]:
    """WCXB's article pages: {"NNNN.txt": (html, gold)}."""
    pages: dict[str, tuple[bytes, dict[str, object]]] = {}
    for path in sorted((half / "ground-truth").glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        html = half / "html" / f"{path.stem}.html.gz"
        if entry["_internal"]["page_type"]["primary"] != "article" or not html.exists():
            continue
        truth = entry["ground_truth"]
        gold = {
            "page": html.name,
            "with": truth.get("with") or [],
            "without": truth.get("without") or [],
            "main_content": truth.get("main_content") or "",
        }
        pages[f"{path.stem}.txt"] = (html.read_bytes(), gold)
    return pages


def _write(folder: Path, pages: dict[str, tuple[bytes, dict[str, object]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in pages.items():
        (folder / name).write_text(page_text(data), encoding="utf-8")
    gold = {name: entry for name, (_, entry) in pages.items()}
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    print(f"{len(gold)} pages written to {folder}")


if __name__ == "__main__":
    main()
