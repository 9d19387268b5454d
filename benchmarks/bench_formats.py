"""PDF text extraction: ftztui's loader beside pdftotext and the Python PDF libraries.

Run: `python benchmarks/bench_formats.py PATH [PATH...]` (PDF files or folders of them; with the
venv active; poppler-utils' `pdftotext` on PATH). Optional libraries that are not installed
(`pip install pypdf pdfminer.six pdftext`) are skipped with a message. Prints one table, every
ratio against pdftotext measured in the same run.

- recall: the share of pdftotext's words (counted with repeats, hyphenated line ends joined in
  both) that a method also has. For ftztui, words it removed and recorded (running headers,
  page numbers) count as kept: they are in `Document.removed`, not lost; the column "text" is
  the recall of the document text alone.
- order: the share of pdftotext's word pairs (bigrams) a method has; low when columns or lines
  are interleaved.
- "PDFium pages": PDFium's own share of ftztui's loader (pages and text pages loaded, no text
  read), the least any loader on PDFium can take: the gap to ftztui is our Python.
- pages/s: pages over wall time, pdftotext including its process start (as a user runs it);
  with `--clock cpu`, over the processor time each used (pdftotext's from its rusage), which
  other work on a shared machine disturbs much less.

`--baseline-src DIR` adds "ftztui base": the loader of another checkout's `src` (e.g. main's, from
`git archive main src | tar -x -C DIR/..`), run in a child process that times each load itself, as
ftztui's own is, so that before and after are measured alike in the same run. The summary also
sums each file shape, the shape being a file name's first word (`table-warn.pdf` is a "table").

`--big FILE` also measures the issue's targets on one long PDF: adding it to an empty library
and searching it (target < 5 s for 300 pages) and the loader's peak RSS in a fresh process
(target < 200 MB for 1,000 pages), against a process that only imports the loader.
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(?=[a-z])")


#: Chinese and Japanese characters, counted one by one: those scripts put no spaces between
#: words, so a line break (which pdftotext keeps and a loader joins) must not change the count.
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(text: str) -> list[str]:
    text = _HYPHEN_BREAK.sub(r"\1", text.replace("\ufffe", "").replace("\x02", ""))
    text = _EAST_ASIAN.sub(r" \g<0> ", text)
    return [w.casefold() for w in _WORD.findall(text)]


def recall(reference: list[str], candidate: list[str]) -> float:
    if not reference:
        return 1.0
    ref, got = Counter(reference), Counter(candidate)
    return sum(min(n, got[w]) for w, n in ref.items()) / sum(ref.values())


def bigrams(ws: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in itertools.pairwise(ws)]


# -- the methods ------------------------------------------------------------------------------


def run_pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False
    )
    return out.stdout.decode("utf-8", "replace")


def run_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    parts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(parts)


def run_pdfium_pages(path: Path) -> str:
    """PDFium's share of our loader and nothing else: each page and its text page loaded and
    closed, no text read. The least a loader built on PDFium can take; the rest of ftztui's
    time is its own Python."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(path)
    for i in range(len(pdf)):
        page = raw.FPDF_LoadPage(pdf.raw, i)
        raw.FPDFText_ClosePage(raw.FPDFText_LoadPage(page))
        raw.FPDF_ClosePage(page)
    pdf.close()
    return ""


def run_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def run_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def run_pdftext(path: Path) -> str:
    from pdftext.extraction import plain_text_output

    return str(plain_text_output(str(path), sort=True))


_BASE_CHILD = """
import json, sys, time
sys.path.insert(0, {src!r})
from ftztui.loaders import load_document
for path in sys.stdin:
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = load_document(path.strip())
        parts = [doc.title]
        for s in doc.sections:
            parts += [s.title or "", *(b.text for b in s.blocks)]
        text = "\\n".join(parts)
        kept = text + "\\n" + "\\n".join(r.text for r in doc.removed)
    except Exception as exc:
        text = kept = f"<failed: {{type(exc).__name__}}>"
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({{"secs": secs, "cpu": cpu, "text": text, "kept": kept}}), flush=True)
"""


class Baseline:
    """Another checkout's loader in a child process (its modules cannot share this process)."""

    def __init__(self, src: Path) -> None:
        code = _BASE_CHILD.format(src=str(src))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.text = ""
        self.secs = self.cpu = 0.0

    def __call__(self, path: Path) -> str:
        import json

        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        self.text, self.secs, self.cpu = answer["text"], answer["secs"], answer["cpu"]
        return str(answer["kept"])


def available(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


#: "wall" (as a user waits) or "cpu" (the processor time the method used, its child processes'
#: included: steadier on a machine shared with other work); set by --clock.
CLOCK = "wall"


def _cpu() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # pdftotext, once it has exited
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn: Callable[[Path], str], path: Path, rounds: int = 1) -> tuple[str, float]:
    """The text and the best time of `rounds` runs (the least disturbed by other work)."""
    best = float("inf")
    text = ""
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), _cpu()
        try:
            text = fn(path)
        except Exception as exc:  # a library failing on a file is a result, not a crash
            text = f"<failed: {type(exc).__name__}>"
        secs = time.perf_counter() - t0 if CLOCK == "wall" else _cpu() - c0
        if isinstance(fn, Baseline):
            secs = fn.secs if CLOCK == "wall" else fn.cpu
        best = min(best, max(secs, 1e-6))
    return text, best


def compare_files(
    paths: list[Path], max_slow_pages: int, base_src: Path | None, rounds: int
) -> None:
    # ours in a child process as the baseline is, so that both run alike (this process holds
    # every text it compares; a lean child does not)
    ftz = Baseline(HERE.parent / "src")
    methods: dict[str, Callable[[Path], str]] = {"ftztui": ftz}
    base = Baseline(base_src) if base_src is not None else None
    if base is not None:
        methods["ftztui base"] = base
    methods["pypdfium2 raw"] = run_pypdfium2
    methods["PDFium pages"] = run_pdfium_pages  # (no text: timed, its recall not shown)
    for name, module, fn in (
        ("pypdf", "pypdf", run_pypdf),
        ("pdfminer.six", "pdfminer", run_pdfminer),
        ("pdftext", "pdftext", run_pdftext),
    ):
        if available(module):
            methods[name] = fn
        else:
            print(f"({name} not installed: skipped)")
    slow = {"pdfminer.six", "pdftext", "pypdf"}
    for name, fn in [("pdftotext", run_pdftotext), *methods.items()]:  # imports, disk cache
        if name not in slow and paths:
            fn(paths[0])
    header = f"{'file':<28}{'pages':>6}  {'method':<14}{'pages/s':>9}{'x poppler':>10}"
    header += f"{'recall':>8}{'text':>7}{'order':>7}"
    print(header)
    print("-" * len(header))
    totals: dict[str, list[float]] = {}
    shapes: dict[tuple[str, str], list[float]] = {}
    for path in paths:
        shape = path.stem.split("-")[0]
        try:
            pages = pages_of(path)
        except Exception as error:  # an encrypted or broken file: no loader reads it either
            print(f"{path.name[:27]:<28}(skipped: {type(error).__name__}: {error})")
            continue
        ref_text, ref_s = timed(run_pdftotext, path, rounds)
        ref = words(ref_text)
        ref_pairs = bigrams(ref)
        rate_ref = pages / ref_s
        print(f"{path.name[:27]:<28}{pages:>6}  {'pdftotext':<14}{rate_ref:>9.0f}{1.0:>10.2f}")
        for name, fn in methods.items():
            if name in slow and pages > max_slow_pages:
                print(f"{'':<34}{name:<14}{'(skipped: over --max-slow-pages)':>30}")
                continue
            text, secs = timed(fn, path, rounds)
            got = words(text)
            r = recall(ref, got)
            own = getattr(fn, "text", None)
            body = recall(ref, words(own)) if own is not None else r
            order = recall(ref_pairs, bigrams(words(own) if own is not None else got))
            rate = pages / secs
            for t in (
                totals.setdefault(name, [0.0] * 6),
                shapes.setdefault((shape, name), [0.0] * 6),
            ):
                t[0] += pages
                t[1] += secs
                if fn is run_pdfium_pages:
                    continue
                t[2] += r * len(ref)
                t[3] += len(ref)
                t[4] += order * len(ref_pairs)
                t[5] += len(ref_pairs)
            scores = f"{r:>8.3f}{body:>7.3f}{order:>7.3f}" if fn is not run_pdfium_pages else ""
            print(f"{'':<34}{name:<14}{rate:>9.0f}{rate / rate_ref:>10.2f}{scores}")
        for t in (
            totals.setdefault("pdftotext", [0.0] * 6),
            shapes.setdefault((shape, "pdftotext"), [0.0] * 6),
        ):
            t[0] += pages
            t[1] += ref_s
    for child in (ftz, base):
        if child is not None:
            child.proc.kill()
    print("-" * len(header))
    for shape in sorted({s for s, _ in shapes}):
        _summary(f"{shape} files", {n: t for (s, n), t in shapes.items() if s == shape})
    print("-" * len(header))
    _summary("all files", totals)


def _summary(label: str, totals: dict[str, list[float]]) -> None:
    """One line per method: pages/s and its ratio to pdftotext's, word recall and order."""
    rate_ref = totals["pdftotext"][0] / totals["pdftotext"][1]
    for name, (pages, secs, hit, n, pairs_hit, pairs) in totals.items():
        r = f"{hit / n:>8.3f}{'':>7}{pairs_hit / pairs:>7.3f}" if n and pairs else ""
        print(
            f"{label:<28}{int(pages):>6}  {name:<14}{pages / secs:>9.0f}"
            f"{pages / secs / rate_ref:>10.2f}{r}"
        )


# -- the big-file targets ---------------------------------------------------------------------

_RSS_CHILD = """
import sys
sys.path.insert(0, {src!r})
from ftztui.loaders import load_document
import ftztui.loaders.pdf, pypdfium2
if {load}:
    doc = load_document({path!r})
    n = len(doc.blocks)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child started by a big
# benchmark process would report its parent's peak.
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def peak_rss_mb(path: Path, load: bool) -> float:
    code = _RSS_CHILD.format(src=str(HERE.parent / "src"), path=str(path), load=load)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def big_file(path: Path, poppler: bool) -> None:
    from ftztui.adding import add_document
    from ftztui.library import Library
    from ftztui.search import build_index, open_index

    pages = pages_of(path)
    head = subprocess.run(
        ["pdftotext", "-l", "5", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False
    ).stdout.decode("utf-8", "replace")
    first = next((w for w in words(head) if len(w) > 6 and w.isalpha()), "the")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "corpus", Path(tmp) / "index", origin="option")
        lib.corpus.mkdir()
        build_index(lib)
        t0, c0 = time.perf_counter(), _cpu()
        add_document(lib, path)
        t1 = time.perf_counter()
        build_index(lib)
        t2 = time.perf_counter()
        index = open_index(lib)
        result = index.search(first)
        secs, cpu = time.perf_counter() - t0, _cpu() - c0
        index.close()
    hits = len(result.hits)
    from ftztui.loaders import load_document

    t3, c3 = time.perf_counter(), _cpu()
    doc = load_document(path)
    load_s, load_cpu = time.perf_counter() - t3, _cpu() - c3
    print(f"\n{path.name}: {pages} pages")
    if poppler:  # some files take pdftotext minutes (a tax form: 2 pages/s)
        print(f"  pdftotext alone                     {timed(run_pdftotext, path)[1]:7.2f} s")
    print(
        f"  add + index + search {first!r:<14} {secs:7.2f} s  ({hits} hits; target < 5 s at "
        f"300 pages: {'met' if secs < 5 * max(pages, 300) / 300 else 'MISSED'} scaled)"
    )
    print(
        f"    of which add (checks by loading) {t1 - t0:5.2f} s, index {t2 - t1:5.2f} s; "
        f"one load alone {load_s:.2f} s, {len(doc.blocks)} blocks"
    )
    print(f"  processor time: add + index + search {cpu:.2f} s, one load alone {load_cpu:.2f} s")
    base = peak_rss_mb(path, load=False)
    peak = peak_rss_mb(path, load=True)
    print(
        f"  peak RSS: imports only {base:6.0f} MB, loading {peak:6.0f} MB "
        f"(target < 200 MB: {'met' if peak < 200 else 'MISSED'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--big", type=Path, action="append", default=[])
    parser.add_argument("--big-poppler", action="store_true", help="time pdftotext on --big too")
    parser.add_argument("--max-slow-pages", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=1, help="best of N timings per file")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    parser.add_argument("--baseline-src", type=Path, help="another checkout's src to compare")
    args = parser.parse_args()
    global CLOCK
    CLOCK = args.clock
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext not found: install poppler-utils")
    if args.baseline_src is not None and not (args.baseline_src / "ftztui").is_dir():
        # A missing folder would silently import the installed package as the "baseline".
        sys.exit(f"{args.baseline_src}: no ftztui package there (give a checkout's src/)")
    files: list[Path] = []
    for p in args.paths:
        files.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    compare_files(files, args.max_slow_pages, args.baseline_src, args.rounds)
    for big in args.big:
        big_file(big, args.big_poppler)


if __name__ == "__main__":
    main()
