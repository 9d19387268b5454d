"""Page sets in CleanEval's format as gold sets for `bench_html_extraction.py`.

    python benchmarks/make_cleaneval_pages.py SET OUT

SET is a folder with `input/NAME.html` (the page as crawled) and `GoldStandard/NAME.txt` (its
text as annotators cleaned it), as j-szulc/html-cleaning-dataset-merged mirrors these sets:

- CleanEval's final and development sets, and CleanPortalEval (news portals, ppke-nlpg):
  a "URL: ..." line, then paragraphs each opened by `<p>`, `<h>` or `<l>`;
- Dragnet's (seomoz/dragnet_data): plain paragraphs (five of them in UTF-16). Its pages'
  comments follow a line such as "!@#$%^&*()  COMMENTS" and are left out, as our loader and
  trafilatura (without `include_comments`) leave them;
- Google News' (L3S-GN1, geodrome/page-signal): the page itself, annotated. Spans of class
  `x-nc-sel1` (headline), `x-nc-sel2` (full text) and `x-nc-sel3` (supplemental text) are
  the article, as the Bevendorff et al. benchmark (chatnoir-eu/web-content-extraction-
  benchmark) reads them; each outermost such span becomes a paragraph.

OUT gets `html/NAME.html` and `ground-truth/NAME.json` ({"ground_truth": {"main_content":
TEXT}}), TEXT being the gold's paragraphs, a blank line between them, its markup, comments and
URL line taken out. Pages without a gold file, or whose gold says the page has no article, are
left out.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARK = re.compile(r"^\s*<(?:p|h|l)>\s*", re.IGNORECASE | re.MULTILINE)


#: Dragnet's line between a page's article and its comments (its symbols vary by hand).
_COMMENTS_LINE = re.compile(r"^[!@#$%^&*()\s]{6,}COMMENTS\s*$", re.MULTILINE)


def gold_text(raw: str) -> str:
    """CleanEval's gold as plain paragraphs (Dragnet's without the comments)."""
    raw = _COMMENTS_LINE.split(raw, maxsplit=1)[0]
    lines = [line for line in raw.lstrip("\ufeff").splitlines() if not line.startswith("URL:")]
    text = _MARK.sub("\n\n", _COMMENT.sub("", "\n".join(lines)))
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text))
    return "\n\n".join(html.unescape(p) for p in paragraphs if p)


_ARTICLE_CLASSES = {"x-nc-sel1", "x-nc-sel2", "x-nc-sel3"}


def annotated_gold_text(raw: str) -> str:
    """L3S-GN1's annotated page as plain paragraphs: the text of its outermost article spans."""
    import lxml.html

    root = lxml.html.document_fromstring(raw)
    paragraphs = []
    for element in root.iter():
        if not _ARTICLE_CLASSES & set((element.get("class") or "").split()):
            continue
        if any(
            _ARTICLE_CLASSES & set((a.get("class") or "").split()) for a in element.iterancestors()
        ):
            continue
        text = " ".join(element.text_content().split())
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


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
        data = gold.read_bytes()
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))  # 5 of Dragnet's golds
        raw = data.decode("utf-16" if utf16 else "utf-8", errors="replace")
        text = annotated_gold_text(raw) if "x-nc-sel" in raw else gold_text(raw)
        if not text:  # "<!-- this page contains no article -->": nothing to measure
            continue
        (args.out / "html" / page.name).write_bytes(page.read_bytes())
        truth = {"ground_truth": {"main_content": text}}
        (args.out / "ground-truth" / f"{page.stem}.json").write_text(json.dumps(truth))
        made += 1
    print(f"{made} pages written to {args.out}")


if __name__ == "__main__":
    main()
