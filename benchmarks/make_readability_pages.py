"""Mozilla Readability's test pages as a gold set for `bench_html_extraction.py`.

    python benchmarks/make_readability_pages.py TEST_PAGES OUT

TEST_PAGES is `test/test-pages/` of a clone of mozilla/readability (Apache-2.0): one folder per
page with the page as saved (`source.html`) and Readability.js's curated output
(`expected.html`). OUT gets the layout the HTML bench reads: `html/NAME.html` and
`ground-truth/NAME.json` ({"ground_truth": {"main_content": TEXT}}), TEXT being the expected
output's text with each block element a paragraph of its own.

Only pages of 15 KB or more are taken: the smaller ones are hand-written cases of one feature
(`001`, `article-author-tag`), not pages a site served; 91 of 130 remain. The gold is one
extractor's output, checked by its maintainers: it keeps bylines, dates and photo credits that
other gold sets leave out, so precision against it reads as agreement with Readability.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import lxml.html

_MIN_SOURCE = 15_000  # bytes
_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td",
    "th", "figcaption", "dd", "dt", "section", "article", "br", "table",
}  # fmt: skip


def gold_text(expected: str) -> str:
    """The text of Readability's output, one paragraph per block element."""
    root = lxml.html.fromstring(expected)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().splitlines())
    return "\n\n".join(line for line in lines if line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("test_pages", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    (args.out / "html").mkdir(parents=True, exist_ok=True)
    (args.out / "ground-truth").mkdir(parents=True, exist_ok=True)
    made = 0
    for folder in sorted(args.test_pages.iterdir()):
        source, expected = folder / "source.html", folder / "expected.html"
        if not (source.is_file() and expected.is_file()) or source.stat().st_size < _MIN_SOURCE:
            continue
        gold = gold_text(expected.read_text(encoding="utf-8"))
        (args.out / "html" / f"{folder.name}.html").write_bytes(source.read_bytes())
        truth = {"ground_truth": {"main_content": gold}}
        (args.out / "ground-truth" / f"{folder.name}.json").write_text(json.dumps(truth))
        made += 1
    print(f"{made} pages written to {args.out}")


if __name__ == "__main__":
    main()
