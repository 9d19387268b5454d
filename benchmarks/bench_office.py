"""How much of real Word and EPUB files the loaders keep, against a baseline, in one run.

    python benchmarks/bench_office.py DATA [--baseline REV] [--list]

DATA is a folder searched recursively for `.docx` and `.epub` files that nobody on the team
wrote. Two public sets serve (fetch them; they stay out of git):

- pandoc's own test files (`jgm/pandoc`, `test/docx/*.docx` and `test/epub/*.epub`, GPL test
  data, only read): beside most of them lies the `.native` file holding pandoc's reading of
  it, whose `Str "..."` words are the gold text;
- the IDPF's EPUB 3 sample books (`IDPF/epub3-samples`, folder `30/`, each book zipped with
  its `mimetype` first), which have no gold: they count what is refused and what crashes.

For each file: refused (a `LoadError`), crashed (anything else: a bug), and, where a `.native`
file lies beside it, word recall (share of pandoc's words that the document holds, in its
blocks, section titles, title or removed lines: a word recorded as removed is not lost) and
recall of the blocks alone (what search and the reader show).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from corpora import source_at

ROOT = Path(__file__).resolve().parent.parent
_STR = re.compile(r'Str\s+"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(\d+)|\\&|\\(.)")
#: A word, or one Han character (a Chinese sentence has no spaces between its words).
_WORD = re.compile(r"[\u3400-\u9fff]|[^\W\u3400-\u9fff]+")


def _haskell(text: str) -> str:
    """A Haskell string literal's text ("\\8217" is U+2019)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1))) if m.group(1) else (m.group(2) or ""), text)


def gold_words(native: Path) -> Counter[str]:
    words: Counter[str] = Counter()
    for token in _STR.findall(native.read_text(encoding="utf-8")):
        words.update(_WORD.findall(_haskell(token).casefold()))
    return words


def _words(*texts: str) -> Counter[str]:
    words: Counter[str] = Counter()
    for text in texts:
        words.update(_WORD.findall(text.casefold()))
    return words


def measure(data: Path) -> dict[str, Any]:
    from ftztui.loaders import LoadError, load_document

    rows: list[dict[str, Any]] = []
    for path in sorted(p for p in data.rglob("*") if p.suffix in (".docx", ".epub")):
        row: dict[str, Any] = {"file": str(path.relative_to(data))}
        try:
            doc = load_document(path)
        except LoadError as exc:
            row["refused"] = str(exc).rsplit(": ", 1)[-1]
        except Exception as exc:  # a crash is what this counts
            row["crashed"] = type(exc).__name__
        else:
            native = path.with_suffix(".native")
            if native.exists():
                gold = gold_words(native)
                blocks = _words(*(b.text for b in doc.blocks))
                shown = blocks + _words(doc.title, *(s.title or "" for s in doc.sections))
                kept = shown + _words(*(r.text for r in doc.removed))
                total = sum(gold.values()) or 1
                row["recall"] = sum((gold & kept).values()) / total
                row["shown"] = sum((gold & shown).values()) / total
                row["missing"] = list((gold - kept).elements())[:8]
        rows.append(row)
    return {"rows": rows}


def _summary(result: dict[str, Any]) -> dict[str, float]:
    rows = result["rows"]
    scored = [r for r in rows if "recall" in r]
    n = len(scored) or 1
    return {
        "files": len(rows),
        "refused": sum("refused" in r for r in rows),
        "crashed": sum("crashed" in r for r in rows),
        "with gold": len(scored),
        "mean recall": sum(r["recall"] for r in scored) / n,
        "mean recall shown": sum(r["shown"] for r in scored) / n,
        "recall < 0.98": sum(r["recall"] < 0.98 for r in scored),
    }


def _run_worker(src: Path, data: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    args = [sys.executable, __file__, str(data), "--worker"]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--baseline", default="main", help="git revision to compare")
    parser.add_argument("--list", action="store_true", help="each file refused or below 0.98")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.data)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        old = _run_worker(source_at(args.baseline, Path(tmp)), args.data)
    new = _run_worker(ROOT / "src", args.data)
    before, after = _summary(old), _summary(new)
    print(f"baseline {args.baseline} against the working tree, data {args.data}")
    print(f"{'measure':<20} {'baseline':>10} {'now':>10}")
    for key, value in after.items():
        was = before[key]
        shown = (f"{was:.3f}", f"{value:.3f}") if isinstance(value, float) else (was, value)
        print(f"{key:<20} {shown[0]:>10} {shown[1]:>10}")
    if args.list:
        for row in new["rows"]:
            if "refused" in row or "crashed" in row or row.get("recall", 1.0) < 0.98:
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
