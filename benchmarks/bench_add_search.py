"""A long PDF added and searchable, end to end, against a baseline in the same run.

    python benchmarks/bench_add_search.py DATA [--baseline REV] [--rounds N] [--query Q]
    python benchmarks/bench_add_search.py DATA --make [--pages 300]

For each PDF in DATA (a file or a folder), and for the working tree and the baseline (default:
`main`, extracted with `git archive` and run from there), in a fresh empty library:
`ftztui add FILE`, then `ftztui search QUERY` (which loads the PDF and builds the index, as a
user's first search does), then the same search again (the index is built: the cost of a
search). Each is a subprocess, as a user runs it; wall and CPU seconds are the best of
`--rounds` rounds, baseline and working tree interleaved. `first search` covers loading plus
indexing; `blocks/s` is the document's blocks over that time. The JSON results of the two
versions' searches are compared: they must be the same.

`--make` writes `form-300.pdf` into DATA: a 300-page tax form of dense table rows made with
fpdf2 (about 240 blocks a page, 72k blocks), the shape that was slow (issue 12). Data stays
outside git (e.g. /work/data/index).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import source_at

ROOT = Path(__file__).resolve().parent.parent
LABELS = (
    "Wages, salaries, tips", "Taxable interest", "Ordinary dividends", "Qualified dividends",
    "IRA distributions", "Pensions and annuities", "Social security benefits",
    "Capital gain or (loss)", "Other income from Schedule 1", "Adjustments to income",
    "Standard deduction or itemized deductions", "Qualified business income deduction",
    "Taxable income", "Tax credits", "Self-employment tax", "Federal income tax withheld",
    "Earned income credit", "Additional child tax credit", "American opportunity credit",
    "Amount overpaid", "Refunded to you", "Amount you owe", "Estimated tax penalty",
    "Rental real estate, royalties", "Farm income or (loss)", "Unemployment compensation",
    "Alimony received", "Business income or (loss)", "Health savings account deduction",
    "Moving expenses for members of the Armed Forces", "Deductible part of self-employment tax",
    "Student loan interest deduction", "Educator expenses",
    "Penalty on early withdrawal of savings", "Foreign tax credit",
    "Credit for child and dependent care expenses", "Residential energy credits",
    "Net premium tax credit", "Excess social security withheld",
    "Customs duty paid on imports", "Depreciation and amortization", "Cost of goods sold",
    "Gross receipts or sales", "Returns and allowances", "Contract labor",
    "Employee benefit programs", "Mortgage interest", "Repairs and maintenance",
    "Supplies not included in Part III", "Taxes and licenses", "Travel and meals", "Utilities",
    "Wages less employment credits", "Energy efficient property",
)  # fmt: skip


def make_form(path: Path, pages: int) -> None:
    """A tax form: per page a heading and 120 rows of line number, label, line, amount and
    sometimes a rate, in two column groups (the loader reads each group as a block)."""
    from fpdf import FPDF

    rng = random.Random(12)
    pdf = FPDF(unit="pt", format=(612, 850))
    pdf.set_auto_page_break(False)
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", style="B", size=9)
        heading = f"Form 1040 Worksheet {page // 20 + 1}: Schedule {chr(65 + page % 8)} continued"
        pdf.text(36, 30, heading)
        pdf.set_font("Helvetica", size=6)
        for row in range(120):
            line = f"{rng.randint(1, 40)}{rng.choice('abcd ').strip()}"
            label = rng.choice(LABELS)
            if rng.random() < 0.3:
                label += f" (see instructions for line {rng.randint(1, 40)})"
            amount = f"{rng.randint(0, 999999):,}.{rng.randint(0, 99):02d}"
            cells = [(36, line), (60, label), (330, line), (380, amount)]
            if rng.random() < 0.5:
                cells.append((470, f"{rng.randint(1, 99)}%"))
            for x, text in cells:
                pdf.text(x, 46 + row * 6.6, text)
        pdf.text(300, 835, str(page + 1))
    pdf.output(str(path))


def _run(src: Path, home: Path, *args: str) -> tuple[float, float, str]:
    """(wall s, CPU s, stdout) of `ftztui --corpus … --index … ARGS` run from `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, "-m", "ftztui", "--corpus", str(home / "corpus")]
    cmd += ["--index", str(home / "index"), *args]
    before = os.times()
    started = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, out


def _one_round(src: Path, pdf: Path, query: str) -> tuple[dict[str, tuple[float, float]], str]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        times = {"add": _run(src, home, "add", str(pdf))[:2]}
        wall, cpu, _ = _run(src, home, "search", query)
        times["first search"] = (wall, cpu)
        wall, cpu, out = _run(src, home, "search", "--json", query)
        times["search again"] = (wall, cpu)
    return times, out


def _blocks(pdf: Path) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT / "src"))
    from ftztui.loaders import load_document

    doc = load_document(pdf, "bench")
    pages = {b.page for b in doc.blocks if b.page is not None}
    return len(doc.blocks), len(pages)


def _best(rounds: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    return {k: (min(r[k][0] for r in rounds), min(r[k][1] for r in rounds)) for k in rounds[0]}


def _table(name: str, blocks: int, pages: int, new: dict, old: dict, same: bool) -> str:  # type: ignore[type-arg]
    rows = [
        f"\n{name}: {pages} pages, {blocks:,} blocks; search results "
        + ("the same" if same else "DIFFERENT"),
        f"{'step':<14}{'base wall':>10}{'ours wall':>10}{'×':>6}{'base CPU':>10}{'ours CPU':>10}"
        f"{'×':>6}",
    ]
    for step in new:
        (ow, oc), (nw, nc) = old[step], new[step]
        rows.append(
            f"{step:<14}{ow:>10.2f}{nw:>10.2f}{nw / ow:>6.2f}{oc:>10.2f}{nc:>10.2f}{nc / oc:>6.2f}"
        )
    total_old = sum(old[s][0] for s in ("add", "first search"))
    total_new = sum(new[s][0] for s in ("add", "first search"))
    ratio = total_new / total_old
    rows.append(f"{'add+search':<14}{total_old:>10.2f}{total_new:>10.2f}{ratio:>6.2f}")
    rate_old, rate_new = blocks / old["first search"][0], blocks / new["first search"][0]
    rows.append(f"{'blocks/s':<14}{rate_old:>10,.0f}{rate_new:>10,.0f}{rate_new / rate_old:>6.2f}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--baseline", default="main", help="git revision to compare")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--query", default="taxable interest")
    parser.add_argument("--make", action="store_true", help="write form-300.pdf into DATA")
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    if args.make:
        args.data.mkdir(parents=True, exist_ok=True)
        make_form(args.data / f"form-{args.pages}.pdf", args.pages)
        return
    pdfs = sorted(args.data.glob("*.pdf")) if args.data.is_dir() else [args.data]
    with tempfile.TemporaryDirectory() as tmp:
        base_src = source_at(args.baseline, Path(tmp))
        print(f"baseline {args.baseline} against the working tree; query {args.query!r}")
        for pdf in pdfs:
            olds, news = [], []
            for _ in range(args.rounds):
                old, old_out = _one_round(base_src, pdf, args.query)
                new, new_out = _one_round(ROOT / "src", pdf, args.query)
                olds.append(old)
                news.append(new)
            blocks, pages = _blocks(pdf)
            same = json.loads(old_out) == json.loads(new_out)
            print(_table(pdf.name, blocks, pages, _best(news), _best(olds), same))


if __name__ == "__main__":
    main()
