"""Page sets in CleanEval's format as gold sets for `bench_html_extraction.py`.

    python benchmarks/make_cleaneval_pages.py SET OUT

SET is a folder with `input/NAME.html` (the page as crawled) and `GoldStandard/NAME.txt` (its
text as annotators cleaned it, CleanEval's format: a "URL: ..." line, then paragraphs each
opened by `<p>`, `<h>` or `<l>` for a paragraph, heading or list item): CleanEval's final and
development sets, and CleanPortalEval (news portals, ppke-nlpg), as mirrored together in
j-szulc/html-cleaning-dataset-merged. OUT gets `html/NAME.html` and `ground-truth/NAME.json`
({"ground_truth": {"main_content": TEXT}}), TEXT being the gold's paragraphs, a blank line
between them, its markup, comments and URL line taken out. Pages without a gold file, or whose
gold says the page has no article, are left out.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARK = re.compile(r"^\s*<(?:p|h|l)>\s*", re.IGNORECASE | re.MULTILINE)


def gold_text(raw: str) -> str:
    """CleanEval's gold as plain paragraphs."""
    lines = [line for line in raw.lstrip("\ufeff").splitlines() if not line.startswith("URL:")]
    text = _MARK.sub("\n\n", _COMMENT.sub("", "\n".join(lines)))
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text))
    return "\n\n".join(html.unescape(p) for p in paragraphs if p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    (args.out / "html").mkdir(parents=True, exist_ok=True)
    (args.out / "ground-truth").mkdir(parents=True, exist_ok=True)
    made = 0
    for page in sorted((args.set / "input").glob("*.html")):
        gold = args.set / "GoldStandard" / f"{page.stem}.txt"
        if not gold.is_file():
            continue
        text = gold_text(gold.read_bytes().decode("utf-8", errors="replace"))
        if not text:  # "<!-- this page contains no article -->": nothing to measure
            continue
        (args.out / "html" / page.name).write_bytes(page.read_bytes())
        truth = {"ground_truth": {"main_content": text}}
        (args.out / "ground-truth" / f"{page.stem}.json").write_text(json.dumps(truth))
        made += 1
    print(f"{made} pages written to {args.out}")


if __name__ == "__main__":
    main()
