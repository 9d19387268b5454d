"""The HTML benchmark reads the layouts public gold sets come in, so that a set nobody here
has seen can be measured by pointing the benchmark at its folder."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "bench_html_extraction.py"
BODY = "The harbour office said the new terminal opened on Monday after two years of works."
PAGE = (
    "<html><head><title>Port</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News"
    "</a></nav><article><h1>Port</h1>{paragraphs}</article><footer>Contact us</footer>"
    "</body></html>"
)


def _bench(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(BENCH.parent))  # it imports its sibling modules
    spec = importlib.util.spec_from_file_location("bench_html_extraction", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def _page(i: int) -> tuple[str, str]:
    paragraphs = [f"Part {i}.{n}: {BODY}" for n in range(4)]
    html = PAGE.format(paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))
    return html, "\n\n".join(paragraphs)


def test_one_ground_truth_file_for_the_whole_set_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "html").mkdir()
    truths = {}
    for i in range(3):
        html, gold = _page(i)
        (tmp_path / "html" / f"{i:04d}.html.gz").write_bytes(gzip.compress(html.encode()))
        truths[f"{i:04d}"] = {"articleBody": gold, "url": f"https://example.invalid/{i}"}
    truths["0003"] = {"articleBody": "", "url": "https://example.invalid/empty"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truths))
    pages = _bench(monkeypatch).read_pages(tmp_path, "article", None)
    assert [p.name for p in pages] == ["0000", "0001", "0002"]
    assert pages[1].gold.startswith("Part 1.0")
    run = subprocess.run(
        [sys.executable, str(BENCH), str(tmp_path), "--extractors", "ours"],
        capture_output=True,
        text=True,
        check=True,
    )
    row = next(line for line in run.stdout.splitlines() if line.startswith("| ours "))
    assert row.split("|")[2].strip() == "1.000"  # every gold word kept


def test_one_ground_truth_file_per_page_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth").mkdir()
    html, gold = _page(7)
    (tmp_path / "html" / "p7.html").write_text(html)
    truth = {"ground_truth": {"main_content": gold}}
    (tmp_path / "ground-truth" / "p7.json").write_text(json.dumps(truth))
    pages = _bench(monkeypatch).read_pages(tmp_path, "article", None)
    assert [(p.name, p.gold) for p in pages] == [("p7", gold)]
