"""Render trafilatura's evaluation pages as text with their site furniture, for the text bench.

    python benchmarks/make_furniture_pages.py TRAFILATURA_TESTS OUT [--render RENDER]

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
article text (`main_content`), which `bench_text_lines.py` labels every line with. Other sets
laid out the same way, with plain `html/NAME.html` and no page type (every page an article:
Dragnet, L3S-GN1, CleanEval, CleanPortalEval), are rendered the same way; Dragnet's gold is cut
where its readers' comments start (kept as `comments`), as WCXB's gold has none. So are sets
with one `ground-truth.json` for all their pages (ID to `articleBody`), beside `html/`.

`--render` says which tool saves the page as text, so the text loader can be measured on text it
was not tuned on (its rules were tuned on w3m's shape: `•` bullets, tables laid out in columns,
one paragraph per line):

- `w3m` (the default): `w3m -dump -cols 2000`, as above;
- `w3m80`: `w3m -dump -cols 80`, hard-wrapped at 80 columns, the shape of lynx's dump and of
  the tools that wrap (a paragraph broken across lines);
- `lynx`: `lynx -dump -nolist -width=80` (Debian's `lynx`): wrapped at 80 and indented by three,
  its lists marked `*`, without its numbered list of the page's links;
- `chromium`: what a browser's "select all, copy" gives, `document.body.innerText` in Debian's
  headless chromium (Playwright), the page given with `set_content` (decoded as for w3m), no
  script run and every request aborted. A page that fails or takes over 30 s is reported and
  skipped. A page that shows its article only once a script has run (React's streamed parts
  stay `hidden`) gives little or no text: 2 of WCXB's 257 test pages and 9 of its 793 dev pages
  hold under half of their gold's words (w3m: none; lynx: one dev page).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# A charset declaration in the page (w3m is given the page already decoded, as UTF-8).
_META_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?[\w-]+["']?[^>]*>""", re.I)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# A page's text as a renderer gives it, from the page decoded as UTF-8.
Render = Callable[[bytes], str]


def utf8_page(data: bytes) -> bytes:
    """The page decoded as a browser would, as UTF-8, its charset declaration saying so."""
    from ftztui.loaders.html import decode_html

    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    html = decode_html(data).encode("utf-8")
    return _META_CHARSET.sub(b'<meta charset="utf-8">', html)


def w3m_text(html: bytes, cols: int = 2000) -> str:
    done = subprocess.run(
        ["w3m", "-dump", "-cols", str(cols), "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
        input=html,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8", errors="replace")


LYNX = [
    "lynx",
    "-dump",
    "-nolist",
    "-width=80",
    "-stdin",
    "-force_html",
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
]


def lynx_text(html: bytes) -> str:
    done = subprocess.run(
        LYNX,
        input=html,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8", errors="replace")


@contextmanager
def renderer(name: str) -> Iterator[Render]:
    """The render named `name`; chromium's browser lives as long as the block."""
    if name == "w3m":
        yield w3m_text
    elif name == "w3m80":
        yield lambda html: w3m_text(html, cols=80)
    elif name == "lynx":
        yield lynx_text
    else:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            chrome = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = chrome.new_context(java_script_enabled=False)
            context.route("**/*", lambda route: route.abort())
            try:
                yield lambda html: _inner_text(context, html)
            finally:
                context.close()
                chrome.close()


def _inner_text(context: Any, html: bytes) -> str:
    """`document.body.innerText` of the page: what "select all, copy" gives."""
    page = context.new_page()
    try:
        page.set_default_timeout(30_000)
        page.set_content(html.decode("utf-8"), wait_until="domcontentloaded")
        return str(page.evaluate("document.body ? document.body.innerText : ''")) + "\n"
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tests", type=Path, help="trafilatura's tests/ folder")
    parser.add_argument("out", type=Path, help="where furniture/ is written")
    parser.add_argument("--wcxb", action="store_true", help="`tests` is a WCXB half (dev/, test/)")
    parser.add_argument(
        "--render",
        choices=["w3m", "w3m80", "lynx", "chromium"],
        default="w3m",
        help="what saves the text",
    )
    args = parser.parse_args()
    pages = _wcxb_articles(args.tests) if args.wcxb else _trafilatura_pages(args.tests)
    with renderer(args.render) as render:
        _write(args.out / "furniture", pages, render, indent=None if args.wcxb else 1)


def _trafilatura_pages(tests: Path) -> dict[str, tuple[bytes, dict[str, object]]]:
    """trafilatura's evaluation pages, numbered in the order of their sorted names."""
    evaldata = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    entries = sorted(
        (e for e in evaldata.values() if (tests / "eval" / e["file"]).exists()),
        key=lambda e: str(e["file"]),
    )
    return {
        f"{n:04d}.txt": (
            (tests / "eval" / entry["file"]).read_bytes(),
            {"page": entry["file"], "with": entry["with"], "without": entry["without"]},
        )
        for n, entry in enumerate(entries)
    }


def _wcxb_articles(half: Path) -> dict[str, tuple[bytes, dict[str, object]]]:
    """WCXB's article pages: {"NNNN.txt": (html, gold)}."""
    pages: dict[str, tuple[bytes, dict[str, object]]] = {}
    whole = half / "ground-truth.json"  # one file for the set: {ID: {"articleBody": ...}}
    if whole.exists():
        for stem, truth in sorted(json.loads(whole.read_text(encoding="utf-8")).items()):
            html = half / "html" / f"{stem}.html.gz"
            if not html.exists():
                html = half / "html" / f"{stem}.html"
            body = truth.get("articleBody") or truth.get("main_content")
            if body and html.exists():
                gold = {"page": html.name, "with": [], "without": [], "main_content": body}
                pages[f"{stem}.txt"] = (html.read_bytes(), gold)
        return pages
    for path in sorted((half / "ground-truth").glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        kind = entry.get("_internal", {}).get("page_type", {}).get("primary", "article")
        html = half / "html" / f"{path.stem}.html.gz"
        if not html.exists():  # the sets laid out as WCXB but not gzipped (Dragnet, L3S-GN1)
            html = half / "html" / f"{path.stem}.html"
        if kind != "article" or not html.exists():
            continue
        truth = entry["ground_truth"]
        article, _, comments = article_text(truth.get("main_content") or "").partition(
            DRAGNET_COMMENTS
        )
        gold = {
            "page": html.name,
            "with": truth.get("with") or [],
            "without": truth.get("without") or [],
            "main_content": article,
        }
        if comments:
            gold["comments"] = comments
        pages[f"{path.stem}.txt"] = (html.read_bytes(), gold)
    return pages


# Dragnet's gold holds the article and then, after this line, the readers' comments: a separate
# task in Dragnet's paper. WCXB's gold, which the loader's rules measure against, has no comments.
DRAGNET_COMMENTS = "!@#$%^&*() COMMENTS"


def article_text(gold: str) -> str:
    """The gold's text; 5 of Dragnet's were saved as UTF-16 and read as 8-bit (a NUL after every
    ASCII letter, a BOM as two U+FFFD): their ASCII text is what is left without them."""
    if "\x00" in gold:
        gold = gold.replace("\x00", "").lstrip("\ufffd")
    return gold


def _write(
    folder: Path,
    pages: dict[str, tuple[bytes, dict[str, object]]],
    render: Render,
    indent: int | None,
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict[str, object]] = {}
    for name, (data, entry) in pages.items():
        try:
            text = render(utf8_page(data))
        except Exception as error:  # one page that fails is reported and skipped
            print(f"{name} skipped: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        (folder / name).write_text(text, encoding="utf-8")
        gold[name] = entry
    (folder / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=indent), encoding="utf-8"
    )
    print(f"{len(gold)} of {len(pages)} pages written to {folder}")


if __name__ == "__main__":
    main()
