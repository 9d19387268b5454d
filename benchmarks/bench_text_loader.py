"""How well the plain-text and Markdown loaders keep an article, against a baseline, in one run.

    python benchmarks/bench_text_loader.py DATA [--baseline REV] [--limit N] [--list]
                                            [--half tune|held] [--pages EVAL]

DATA holds (any may be missing):

- `furniture/`: pages saved as text with their site furniture (`NNNN.txt`) and `gold.json`
  ({file: {"with": [snippets of the article], "without": [snippets of furniture]}}); made from
  trafilatura's evaluation pages (tests/eval, Apache-2.0) rendered with `w3m -dump -cols 2000`,
  the way a browser's "Save as text" does, with trafilatura's own gold snippets
  (`make_furniture_pages.py` builds it); `--half tune` takes the even-numbered pages of the sorted
  names (the half rules are tuned on), `--half held` the odd ones (only ever measured);
- `news/` (or `bbc/`): plain news text, one article per file, first line the title, one
  paragraph per line (ZitRos/news-articles-dataset, BBC articles, MIT); a `shape.json` beside
  the files tells another shape (`_shape`): the title in the file's name rather than on its
  first line, paragraphs hard-wrapped (a paragraph starts after a blank line or on an indented
  line) rather than one a line. Files are read as the loader decodes them (GBK too). `--half`
  takes the even (tune) or odd (held) files of the sorted names here too. Other sets measured
  so (made outside git, one article a file): Reuters-21578's wire stories (`reut2-000.sgm`,
  `reut2-001.sgm`: title, dateline and body as the wire sent them, hard-wrapped, a paragraph's
  first line indented; research use only), People's Daily stories in GBK as kept in
  tracholar/learn-python's `news/` (title in the file's name), Sina and NetEase stories one
  line a paragraph from luckyssc/Graduation-Project, and Sina stories one line each from
  Patrick233/Cluster-Chinese-news-Article (title in the file's name);
- `markdown/`: real projects' Markdown docs (any `*.md` below it).

For the furniture pages: recall (share of the article's snippets kept) and precision (kept
article snippets over all kept snippets, furniture ones included), trafilatura's measure; with
`--pages` (trafilatura's `tests/eval`, the pages the gold names), `title_right` counts the pages
whose chosen title is the page's own: its words, normalised, equal those of the page's `og:title`
or `twitter:title`, of one of its `<h1>`, of its `<title>`, or of the `<title>`'s first part
before a separator (" | ", " - "; the rest names the site); `titled` counts the pages that have
one of these. Where the gold also holds the article's whole text (`main_content`: the WCXB pages
`make_furniture_pages.py --wcxb` renders, the same pages as the HTML bench), `word_recall` and
`word_precision` are the shared bag of words of the document (its title, headings and blocks)
and that text, as a share of each, mean of the pages; `body_word_*` the same without the
document's title: the HTML bench's measure (its extractors' text has no title, and WCXB's gold
lacks the headline on most pages: 562 of the dev half's 791). For
news and Markdown: paragraphs lost (a paragraph of the file whose words are not in the
document; `removed_recorded` counts those the document's removed list holds) and invented
section titles (a section title that is not a line of the file, for news, or not a heading, for
Markdown). For news, `joined` counts the paragraphs of the file kept but run into the one before
(no title, heading or block starts with them: a hard-wrapped story read as one paragraph); a
paragraph whose dateline the loader sets apart ("SALVADOR, Feb 26 - ") counts as kept when the
dateline's words are the document's dateline and date and the rest is in its text.
`titles_wrong` counts the files whose title is not the first line (or, for titles in the file's
name, not part of the name). For news, `titled` counts every section title too, lines of the
file included: the BBC files have almost no subheads, so each is worth a look. `--list` prints
every lost or joined paragraph, wrong title, invented and titled section (with the lines around
it) for the working tree. Speed: MB per second of file loaded.

The baseline (default: the commit this branch started from) is the same package at `REV`,
extracted with `git archive` and run in a subprocess on the same files, in the same run.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpora import source_at

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "4b758b3"
_WORDS = re.compile(r"\w+")
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_LIST_MARK = re.compile(r"^(?:[-*•·]|\d{1,3}[.)]|[a-z][.)])\s+")
# Not shown in a heading: link targets, attribute lists ({#id}, { id="x" }), URLs, HTML tags
# (outside code spans, which `_heading_words` leaves alone: "`<script>` tags" shows its tag).
_HEADING_SYNTAX = re.compile(
    r"\]\(\s*[^)\s]*\)|\{\s*[#.:][^}]*\}|\{\s*[\w-]+=[^}]*\}|https?://\S+|<[^>]*>"
)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_URL = re.compile(r"\(\s*[^)\s]*\)|<[^>]*>|https?://\S+|\{[^}]*\}|`[^`]*`|\]\[[^\]]*\]")
# An inline link is shown as its text, joined to what touches it ("[Rich Galeri](url)si" reads
# "Rich Galerisi"); a reference link's label ("[![PyPI][pypi-image]][pypi-link]") is not shown.
_INLINE_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*[^)\s]*\)")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _document_text(doc: object) -> str:
    parts = [doc.title]  # type: ignore[attr-defined]
    for section in doc.sections:  # type: ignore[attr-defined]
        if section.title:
            parts.append(section.title)
        for block in section.blocks:
            parts.append(block.text)
            if block.credit:
                parts.append(block.credit)
    if doc.dateline:  # type: ignore[attr-defined]
        parts.append(doc.dateline)  # type: ignore[attr-defined]
    return "\n".join(parts)


def _load(path: Path) -> tuple[object | None, float]:
    from ftztui.loaders import LoadError, load_document

    start = time.perf_counter()
    try:
        doc = load_document(path)
    except LoadError:
        doc = None
    return doc, time.perf_counter() - start


_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·»/]+\s+|\s*[|»]\s*")


def _title_words(text: str) -> str:
    return " ".join(_tokens(text))


def _page_titles(page: Path) -> set[str]:
    """The titles a page gives itself (see the module's docstring), as normalised words."""
    import lxml.html

    from ftztui.loaders.html import decode_html

    try:
        tree = lxml.html.fromstring(decode_html(page.read_bytes()))
    except (OSError, ValueError):
        return set()
    found = [
        str(m) for m in tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    ]
    found += [h.text_content() for h in tree.xpath("//h1")]
    for title in tree.xpath("//title"):
        found += [title.text_content(), _TITLE_SEPARATOR.split(title.text_content())[0]]
    return {_title_words(t) for t in found} - {""}


def _furniture(
    folder: Path, limit: int | None, half: str | None, pages: Path | None = None
) -> dict[str, object]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold)
    if half:
        names = names[0 if half == "tune" else 1 :: 2]
    names = names[:limit]
    tp = fp = fn = refused = titled = title_right = 0
    word_recalls: list[float] = []
    word_precisions: list[float] = []
    body_recalls: list[float] = []  # the same, the document's title apart (as the HTML bench)
    body_precisions: list[float] = []
    listing: list[str] = []
    by_page: list[tuple[float, float, str]] = []  # word recall, precision, page
    seconds = 0.0
    size = 0
    for name in names:
        path = folder / name
        size += path.stat().st_size
        doc, took = _load(path)
        seconds += took
        text = _norm(_document_text(doc)) if doc is not None else ""
        refused += doc is None
        for snippet in gold[name]["with"]:
            found = _norm(snippet) in text
            tp += found
            fn += not found
        fp += sum(_norm(s) in text for s in gold[name]["without"])
        if (gold[name].get("main_content") or "").strip():
            shown = Counter(_tokens(_document_text(doc))) if doc is not None else Counter()
            article = Counter(_tokens(gold[name]["main_content"]))
            shared = sum((shown & article).values())
            word_recalls.append(shared / max(1, sum(article.values())))
            word_precisions.append(shared / max(1, sum(shown.values())))
            body = shown - Counter(_tokens(doc.title)) if doc is not None else Counter()  # type: ignore[attr-defined]
            shared = sum((body & article).values())
            body_recalls.append(shared / max(1, sum(article.values())))
            body_precisions.append(shared / max(1, sum(body.values())))
            by_page.append((word_recalls[-1], word_precisions[-1], name))
        titles = _page_titles(pages / gold[name]["page"]) if pages else set()
        if titles:
            titled += 1
            chosen = doc.title if doc is not None else ""  # type: ignore[attr-defined]
            right = _title_words(chosen) in titles
            title_right += right
            if not right:
                listing.append(f"title    {name}: {chosen[:80]!r} -> {sorted(titles)[0]!r}")
    results: dict[str, object] = {
        "pages": len(names),
        "refused": refused,
        "recall": tp / max(1, tp + fn),
        "precision": tp / max(1, tp + fp),
    }
    if word_recalls:  # the whole article's text in the gold (WCXB)
        results |= {
            "word_recall": sum(word_recalls) / len(word_recalls),
            "word_precision": sum(word_precisions) / len(word_precisions),
            "body_word_recall": sum(body_recalls) / len(body_recalls),
            "body_word_precision": sum(body_precisions) / len(body_precisions),
        }
    if pages:
        results |= {"titled": titled, "title_right": title_right}
    # The pages that cost the most, for --list: the worst 15 by word recall and by precision.
    listing += [f"recall   {n}: {r:.3f} / {p:.3f}" for r, p, n in sorted(by_page)[:15]]
    worst = sorted(by_page, key=lambda page: page[1])[:15]
    listing += [f"precision {n}: {r:.3f} / {p:.3f}" for r, p, n in worst]
    results["listing"] = listing
    return results | {"mb_per_s": size / 2**20 / max(seconds, 1e-9)}


_INNER_STARS = re.compile(r"(?<=\w)\*+(?=\w)")


def _tokens(text: str) -> list[str]:
    """Words, and CJK characters one by one (CJK text has no spaces to split words at)."""
    # "_" around a word is emphasis markup (`_all_`, `__version__` render as "all", "version").
    # "*" inside a word is emphasis too ("Ti*k*Z" renders as "TikZ").
    text = _INNER_STARS.sub("", text)
    words = (w.lower().strip("_") for w in _WORDS.findall(_CJK.sub(r" \g<0> ", text)))
    return [w for w in words if w]


def _lost(paragraph: str, vocabulary: set[str]) -> bool:
    words = _tokens(_URL.sub(" ", _INLINE_LINK.sub(r"\1", paragraph)))
    return bool(words) and sum(w in vocabulary for w in words) < 0.9 * len(words)


def _source_lines(raw: str) -> list[str]:
    """The file's non-blank lines as the loader reads them: with UTF-8 read as Latin-1 repaired
    and invisible characters (zero-width spaces, byte-order marks) dropped, so that a repaired
    paragraph is not counted lost (a line left empty, a lone zero-width joiner, has nothing to
    lose)."""
    return [x for x in (_norm(line) for line in _clean_lines(raw)) if x]


def _clean_lines(raw: str) -> list[str]:
    from ftztui.loaders.clean import clean_text

    return [_INVISIBLE.sub("", x) for x in clean_text(raw).split("\n")]


def _read(path: Path) -> str:
    """The file's text as the loader decodes it (GBK and Big5 files too)."""
    from ftztui.loaders.decode import NotText, decode_bytes

    try:
        return decode_bytes(path.read_bytes())
    except NotText:
        return ""


def _wrapped_paragraphs(raw: str) -> list[str]:
    """Hard-wrapped paragraphs: a paragraph starts after a blank line or on an indented line
    (a wire story's shape), and its lines join with a space."""
    paragraphs: list[list[str]] = []
    fresh = True
    for line in _clean_lines(raw):
        if not line.strip():
            fresh = True
            continue
        if fresh or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(line)
        fresh = False
    return [_norm(" ".join(p)) for p in paragraphs]


def _shape(folder: Path) -> dict[str, str]:
    """How the set's files are written (`shape.json` beside them; the BBC shape by default):
    `title` "first-line" (the file's first line) or "file-name" (its name; no title line is
    taken from the text), `paragraphs` "lines" (one a line) or "wrapped" (hard-wrapped, see
    `_wrapped_paragraphs`)."""
    shape = {"title": "first-line", "paragraphs": "lines"}
    if (folder / "shape.json").exists():
        shape |= json.loads((folder / "shape.json").read_text(encoding="utf-8"))
    return shape


_DATELINE_DASH = re.compile(r"^(?P<dateline>.{2,60}?)\s*(?:-{1,2}|–|—)\s+")


def _kept(paragraph: str, text: str, doc: object) -> bool:
    """Whether the paragraph is in the document's text, its dateline set apart allowed for."""
    if paragraph in text or _unspaced(paragraph) in _unspaced(text):
        # (a long paragraph is split in blocks, whose join adds a space CJK text has not)
        return True
    match = _DATELINE_DASH.match(paragraph)
    if match is None or not doc.dateline:  # type: ignore[attr-defined]
        return False
    shown = set(_tokens(f"{doc.dateline} {doc.date or ''}"))  # type: ignore[attr-defined]
    return set(_tokens(match.group("dateline"))) <= shown and paragraph[match.end() :] in text


def _starts_a_part(paragraph: str, doc: object) -> bool:
    """Whether a paragraph of the file starts one of the document's parts (its title, a section
    title, a block), within its first few words: a dateline the loader moves aside ("SALVADOR,
    Feb 26 - ") comes before the block's text. A paragraph that starts none was run into the one
    before it."""
    parts = [doc.title, *(s.title or "" for s in doc.sections)]  # type: ignore[attr-defined]
    parts += [b.text for s in doc.sections for b in s.blocks]  # type: ignore[attr-defined]
    window = paragraph[: 60 + 24]
    for part in parts:
        start = _norm(part)[:24]
        if start and 0 <= window.find(start) <= 60:
            return True
    return False


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _news(folder: Path, limit: int | None, half: str | None = None) -> dict[str, object]:
    paths = sorted(folder.rglob("*.txt"))
    if half:
        paths = paths[0 if half == "tune" else 1 :: 2]
    paths = paths[:limit]
    shape = _shape(folder)
    lost = recorded = invented = titled = titles_wrong = refused = removed = paragraphs = 0
    joined = 0
    listing: list[str] = []
    seconds = 0.0
    size = 0
    for path in paths:
        size += path.stat().st_size
        raw = _read(path)
        lines = _source_lines(raw)
        body = _wrapped_paragraphs(raw) if shape["paragraphs"] == "wrapped" else list(lines)
        if shape["title"] == "first-line":
            body = body[1:]
        doc, took = _load(path)
        seconds += took
        name = path.relative_to(folder)
        if doc is None:
            refused += 1
            lost += len(body)
            listing.append(f"refused  {name}")
            continue
        text = _norm(_INVISIBLE.sub("", _document_text(doc)))
        body = [_LIST_MARK.sub("", p) for p in body]
        paragraphs += len(body)
        gone = [p for p in body if not _kept(p, text, doc)]
        lost += len(gone)
        run_on = [p for p in body if p not in gone and not _starts_a_part(p, doc)]
        joined += len(run_on)
        listing += [f"joined   {name}: {p[:100]!r}" for p in run_on]
        dropped = _norm(" ".join(r.text for r in doc.removed))  # type: ignore[attr-defined]
        recorded += sum(p in dropped for p in gone)
        listing += [
            f"{'removed ' if p in dropped else 'lost    '} {name}: {p[:100]!r}" for p in gone
        ]
        title = doc.title  # type: ignore[attr-defined]
        if shape["title"] == "first-line":
            wrong = title != lines[0]
            expected = lines[0]
        else:  # the file's name holds the headline (its parts joined by spaces)
            words = " ".join(_tokens(title))
            wrong = not words or words not in " ".join(_tokens(path.stem))
            expected = path.stem
        if wrong:
            titles_wrong += 1
            listing.append(f"title    {name}: {expected!r} -> {title!r}")
        for section in doc.sections:  # type: ignore[attr-defined]
            if not section.title:
                continue
            titled += 1
            heading = _norm(section.title)  # spaced as the lines are (U+3000 is a space too)
            at = lines.index(heading) if heading in lines else -1
            invented += at < 0
            around = " | ".join(repr(x[:60]) for x in lines[max(0, at - 1) : at + 2])
            kind = "invented" if at < 0 else "titled  "
            listing.append(f"{kind} {name} line {at}: {section.title!r}  [{around}]")
        removed += len(doc.removed)  # type: ignore[attr-defined]
    return {
        "files": len(paths),
        "paragraphs": paragraphs,
        "refused": refused,
        "lost": lost,
        "removed_recorded": recorded,
        "joined": joined,
        "invented": invented,
        "titled": titled,
        "titles_wrong": titles_wrong,
        "removed_lines": removed,
        "mb_per_s": size / 2**20 / max(seconds, 1e-9),
        "listing": listing,
    }


# Indented too: inside a list item or an admonition ("    [label]: https://...").
_LINK_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
_FENCE = re.compile(r"^\s*(```|~~~)")
_DIV_FENCE = re.compile(r"^\s{0,3}:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*:*\s*$")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def _markdown_parts(text: str) -> tuple[list[str], set[str]]:
    """The file's paragraphs (blank-separated, outside code fences) and its heading texts."""
    paragraphs: list[str] = []
    headings: set[str] = set()
    current: list[str] = []
    fenced = False
    # Front matter and HTML comments are not text a reader sees (the loader records them).
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = _ATX.match(line)
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if heading:
            headings.add(_norm(heading.group(1)))
        elif line.strip() and re.fullmatch(r"\s*(=+|-+)\s*", nxt) and not current:
            headings.add(_norm(line))
        if _LINK_DEFINITION.match(line) or _DIV_FENCE.match(line):
            continue  # a link target, a Pandoc div's fence: not text a reader sees
        if line.strip():
            current.append(_ESCAPED.sub(r"\1", html.unescape(_LIST_MARK.sub("", line.strip()))))
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs, headings


def _shown_heading(heading: str) -> str:
    """A heading as it reads: markup dropped outside code spans, code spans without their
    backticks ("`$ref`s" reads "$refs")."""
    parts = _CODE_SPAN.split(heading)
    shown = [
        html.unescape(_HEADING_SYNTAX.sub(" ", part)) if n % 3 == 0 else part if n % 3 == 2 else ""
        for n, part in enumerate(parts)
    ]
    return "".join(shown)


def _heading_words(title: str, headings: set[str]) -> bool:
    words = " ".join(_tokens(title))
    # A heading's link targets and attribute lists ({ #id }) are not shown; its code spans,
    # brackets and tags are (the loader keeps "`mkdocs serve`" and "(2024-08-30)").
    return any(words == " ".join(_tokens(_shown_heading(h))) for h in headings)


def _markdown(folder: Path, limit: int | None) -> dict[str, object]:
    paths = sorted(folder.rglob("*.md"))[:limit]
    lost = invented = refused = paragraphs = recorded = 0
    listing: list[str] = []
    seconds = 0.0
    size = 0
    for path in paths:
        size += path.stat().st_size
        source = path.read_text(encoding="utf-8", errors="replace")
        parts, headings = _markdown_parts(source)
        doc, took = _load(path)
        seconds += took
        name = path.relative_to(folder)
        if doc is None:
            refused += 1
            lost += len(parts)
            listing.append(f"refused  {name}")
            continue
        vocabulary = set(_tokens(_document_text(doc)))
        removed = set(_tokens(" ".join(r.text for r in doc.removed)))  # type: ignore[attr-defined]
        paragraphs += len(parts)
        gone = [p for p in parts if _lost(p, vocabulary)]
        lost_here = [p for p in gone if _lost(p, vocabulary | removed)]
        lost += len(lost_here)
        recorded += len(gone) - len(lost_here)
        listing += [f"lost     {name}: {p[:100]!r}" for p in lost_here]
        made_up = [
            s.title
            for s in doc.sections  # type: ignore[attr-defined]
            if s.title and not _heading_words(s.title, headings)
        ]
        invented += len(made_up)
        listing += [f"invented {name}: {t!r}" for t in made_up]
    return {
        "files": len(paths),
        "paragraphs": paragraphs,
        "refused": refused,
        "lost": lost,
        "removed_recorded": recorded,
        "invented": invented,
        "mb_per_s": size / 2**20 / max(seconds, 1e-9),
        "listing": listing,
    }


Results = dict[str, dict[str, object]]


def measure(
    data: Path, limit: int | None, half: str | None = None, pages: Path | None = None
) -> Results:
    results: Results = {}
    if (data / "furniture" / "gold.json").exists():
        results["furniture"] = _furniture(data / "furniture", limit, half, pages)
    for name in ("news", "bbc"):
        if (data / name).is_dir():
            results["news"] = _news(data / name, limit, half)
            break
    if (data / "markdown").is_dir():
        results["markdown"] = _markdown(data / "markdown", limit)
    return results


def _run_worker(
    src: Path, data: Path, limit: int | None, half: str | None, pages: Path | None
) -> Results:
    env = {**os.environ, "PYTHONPATH": str(src)}
    args = [sys.executable, __file__, str(data), "--worker"]
    if limit:
        args += ["--limit", str(limit)]
    if half:
        args += ["--half", half]
    if pages:
        args += ["--pages", str(pages)]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def _table(new: Results, old: Results) -> str:
    rows = [f"{'set':<10} {'measure':<14} {'baseline':>10} {'now':>10}  target"]
    targets = {
        ("furniture", "recall"): ">= 0.97",
        ("furniture", "precision"): ">= 0.90",
        ("furniture", "word_recall"): ">= 0.97",
        ("furniture", "word_precision"): ">= 0.90",
        ("news", "lost"): "0",
        ("news", "invented"): "0",
        ("news", "titled"): "real subheads",
        ("markdown", "lost"): "0",
        ("markdown", "invented"): "0",
    }
    for corpus, values in new.items():
        for key, value in values.items():
            if isinstance(value, list):
                continue
            before = old.get(corpus, {}).get(key, float("nan"))
            fmt = "{:>10.3f}" if isinstance(value, float) else "{:>10}"
            rows.append(
                f"{corpus:<10} {key:<14} {fmt.format(before)} {fmt.format(value)}  "
                f"{targets.get((corpus, key), '')}"
            )
        old_speed, new_speed = old.get(corpus, {}).get("mb_per_s"), values.get("mb_per_s")
        if isinstance(old_speed, float) and isinstance(new_speed, float) and old_speed:
            ratio = old_speed / new_speed
            rows.append(f"{corpus:<10} {'time ratio':<14} {1.0:>10.2f} {ratio:>10.2f}  <= 2.00")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare")
    parser.add_argument("--limit", type=int, default=None, help="files per set (for a quick run)")
    parser.add_argument(
        "--list", action="store_true", help="print what each count counts, for the working tree"
    )
    parser.add_argument(
        "--half",
        choices=("tune", "held"),
        help="furniture pages, news files: even (tune) or odd (held) of the sorted names",
    )
    parser.add_argument(
        "--pages", type=Path, help="furniture pages' HTML (trafilatura's tests/eval): titles"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.data, args.limit, args.half, args.pages)))
        return
    run = (args.data, args.limit, args.half, args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        old = _run_worker(source_at(args.baseline, Path(tmp)), *run)
    new = _run_worker(ROOT / "src", *run)
    half = f", {args.half} half" if args.half else ""
    print(f"baseline {args.baseline} against the working tree, data {args.data}{half}")
    print(_table(new, old))
    if args.list:
        for corpus, values in new.items():
            listing = values.get("listing", [])
            for line in listing if isinstance(listing, list) else []:
                print(f"{corpus:<10} {line}")


if __name__ == "__main__":
    main()
