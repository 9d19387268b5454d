"""Libraries to measure on: the bundled corpus, ~10 MB of real text, a 2,000-document library.

- `python_doc_corpus(dest, megabytes)`: Debian's python3-doc HTML pages (real text, read through
  the HTML loader), copied until about `megabytes` of page text; None where the package is missing.
- `generated_corpus(dest, documents, megabytes, seed)`: a reproducible library of plain-text and
  Markdown articles in the bundled article's shape and vocabulary, for machines without python3-doc.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "corpus"
PYTHON_DOC = Path("/usr/share/doc/python3-doc/html")


def source_at(rev: str, dest: Path) -> Path:
    """The package's `src/` folder as it was at git revision `rev`, written under `dest` (for a
    baseline measured in the same run as the working tree)."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True
    ).stdout
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def bundled_corpus(dest: Path) -> Path:
    shutil.copytree(BUNDLED, dest)
    return dest


def python_doc_corpus(dest: Path, megabytes: float = 10.0) -> Path | None:
    """Copy python3-doc pages, in path order (a stable set), until ~`megabytes` of HTML files."""
    if not PYTHON_DOC.is_dir():
        return None
    pages = sorted(
        (p for p in PYTHON_DOC.resolve().rglob("*.html") if "_static" not in p.parts),
        key=str,
    )
    dest.mkdir(parents=True, exist_ok=True)
    total, budget = 0, int(megabytes * 1e6)
    for page in pages:
        if total >= budget:
            break
        rel = page.relative_to(PYTHON_DOC.resolve())
        name = "-".join(rel.with_suffix("").parts) + ".html"
        shutil.copyfile(page, dest / name)
        total += page.stat().st_size
    return dest


_RST_UNDERLINE = re.compile(r"^([=\-~^\"'*+#`])\1{2,}\s*$")


def python_doc_split_corpus(dest: Path, documents: int = 2000) -> Path | None:
    """~`documents` Markdown files of real text: python3-doc's reST sources cut at their headings.

    Each source's sections become documents of their own (a heading underlined with `===`/`---`
    becomes `## heading`), in path order, until there are `documents` of them; None where the
    package is missing.
    """
    sources = PYTHON_DOC.resolve() / "_sources" if PYTHON_DOC.is_dir() else None
    if sources is None or not sources.is_dir():
        return None
    dest.mkdir(parents=True, exist_ok=True)
    made = 0
    for path in sorted(sources.rglob("*.txt"), key=str):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        chunks: list[list[str]] = [[]]
        for i, line in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _RST_UNDERLINE.match(line) or (_RST_UNDERLINE.match(following) and line.strip()):
                if _RST_UNDERLINE.match(line):
                    continue
                if sum(len(x) for x in chunks[-1]) > 2000:
                    chunks.append([])
                chunks[-1].append(f"## {line.strip()}")
            else:
                chunks[-1].append(line)
        stem = "-".join(path.relative_to(sources).with_suffix("").with_suffix("").parts)
        for n, chunk in enumerate(c for c in chunks if "".join(c).strip()):
            title = next((x[3:] for x in chunk if x.startswith("## ")), stem)
            (dest / f"{stem}-{n:02d}.md").write_text(f"# {title}\n\n" + "\n".join(chunk))
            made += 1
            if made >= documents:
                return dest
    return dest


def _vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted(BUNDLED.iterdir()):
        words += re.findall(r"[A-Za-z][A-Za-z'-]+", path.read_text(encoding="utf-8"))
    return words


def generated_corpus(
    dest: Path, documents: int = 2000, megabytes: float = 10.0, seed: int = 20211
) -> Path:
    """`documents` articles of ~`megabytes` in all, the same every time for the same arguments."""
    rng = random.Random(seed)
    words = _vocabulary()
    dest.mkdir(parents=True, exist_ok=True)
    per_doc = int(megabytes * 1e6 / documents)

    def sentence() -> str:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(8, 24)))
        if rng.random() < 0.4:
            body += f" with {rng.randint(2, 9999):,} {rng.choice(words)}"
        if rng.random() < 0.2:
            body += f", about {rng.randint(1, 99)}.{rng.randint(0, 9)}%"
        return body[0].upper() + body[1:] + "."

    for n in range(documents):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9))).title()
        markdown = n % 3 == 0
        parts = [f"# {title}" if markdown else title, ""]
        size = 0
        while size < per_doc:
            heading = " ".join(rng.choice(words) for _ in range(rng.randint(2, 4))).capitalize()
            parts += [f"## {heading}" if markdown else heading, ""]
            for _ in range(rng.randint(2, 6)):
                para = " ".join(sentence() for _ in range(rng.randint(2, 6)))
                parts += [para, ""]
                size += len(para)
        suffix = ".md" if markdown else ".txt"
        (dest / f"article-{n:04d}{suffix}").write_text("\n".join(parts), encoding="utf-8")
    return dest
