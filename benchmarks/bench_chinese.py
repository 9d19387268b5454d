"""Chinese support: segmenter choice, search success@1, figures, indexing speed, English start.

Run: `python benchmarks/bench_chinese.py [--rounds 3]` (from the checkout, venv active; jieba,
for the segmenter comparison, comes with `pip install -e ".[bench]"` and is skipped if missing).
Prints one table; every ratio is against a baseline measured in the same run.

- Segmenter: load time (a fresh interpreter importing it and cutting one word, best of
  `--rounds`) and cutting speed of rjieba (what ftztui uses) and jieba; how often their cuts
  agree on every passage below (precise mode, no HMM, as ftztui cuts).
- Search: success@1 of Chinese queries with an expected passage, over one index holding the
  bundled corpus (English notes and the Chinese note) and 30 generated Chinese documents
  (deterministic: a fixed seed), a third of the queries in traditional characters and none
  with spaces. Target ≥ 0.95.
- Figures: precision and recall against benchmarks/figures_gold_zh.json (hand-made passages,
  written before the extractor was first run on them), plus label and unit accuracy. A
  reported figure is correct when it overlaps a listed one and has its value. Targets ≥ 0.95.
- Indexing: µs per character to build an in-memory index of the generated Chinese documents
  and of the same documents' English translation (same templates, same numbers), interleaved.
  Target: Chinese ≤ 2x English per character.
- English start: a cold `ftztui search` and `ftztui list` on an English-only library, this
  checkout against the commit before Chinese support (`--base`, default 5986d11, exported with
  `git archive` to a temp dir), interleaved; and whether the segmenter was imported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import source_at

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from ftztui.figures.extract import figures_in_text  # noqa: E402
from ftztui.loaders import load_corpus  # noqa: E402
from ftztui.model import Block, Document, Section  # noqa: E402
from ftztui.search import index_documents  # noqa: E402

ROWS: list[tuple[str, str, str]] = []


def row(what: str, value: str, target: str = "") -> None:
    ROWS.append((what, value, target))
    print(f"  {what}: {value} {target}", file=sys.stderr)


# -- generated documents ---------------------------------------------------------------------

CITIES = (
    "成都", "西安", "武汉", "郑州", "长沙", "南宁", "昆明", "贵阳", "兰州", "沈阳",
    "大连", "青岛", "厦门", "福州", "杭州", "宁波", "南京", "苏州", "合肥", "南昌",
    "太原", "济南", "天津", "广州", "深圳", "海口", "哈尔滨", "长春", "银川", "西宁",
)  # fmt: skip
CITIES_EN = (
    "Chengdu", "Xi'an", "Wuhan", "Zhengzhou", "Changsha", "Nanning", "Kunming",
    "Guiyang", "Lanzhou", "Shenyang", "Dalian", "Qingdao", "Xiamen", "Fuzhou",
    "Hangzhou", "Ningbo", "Nanjing", "Suzhou", "Hefei", "Nanchang", "Taiyuan",
    "Jinan", "Tianjin", "Guangzhou", "Shenzhen", "Haikou", "Harbin", "Changchun",
    "Yinchuan", "Xining",
)  # fmt: skip
#: (Chinese template, English template, query): one passage per topic per city.
TOPICS = (
    (
        "{city}自贸试验区{year}年新设企业{n}家，其中外资企业{m}家，同比增长{p}%。",
        "In {year} the {city} pilot zone registered {n} new enterprises, {m} of them "
        "foreign-funded, up {p}% year on year.",
        "{city}新设外资企业",
    ),
    (
        "{city}海关推出{n}项通关便利化措施，进口货物通关时间压缩至{h}小时。",
        "{city} Customs introduced {n} measures to ease clearance; import clearance now "
        "takes {h} hours.",
        "{city}进口货物通关时间",
    ),
    (
        "{city}跨境电商进出口额达到{x}亿元，占全省的{p}%。",
        "Cross-border e-commerce imports and exports in {city} reached {x}00 million yuan, "
        "{p}% of the province.",
        "{city}跨境电商进出口额",
    ),
    (
        "{city}中欧班列全年开行{n}列，运送集装箱{k}万标箱。",
        "China-Europe freight trains from {city} made {n} runs in the year, carrying {k}0,000 "
        "containers.",
        "{city}中欧班列开行",
    ),
    (
        "{city}综合保税区内{n}家加工贸易企业享受保税政策，进口设备免税{x}亿元。",
        "In the {city} comprehensive bonded zone {n} processing-trade firms enjoy bonded "
        "status; imported equipment worth {x}00 million yuan was exempted.",
        "{city}综合保税区加工贸易企业",
    ),
    (
        "{city}政务服务中心实现企业开办{d}个工作日办结，下放{n}项审批权限。",
        "The {city} government service centre lets a company start up in {d} working days "
        "and has delegated {n} approval powers.",
        "{city}企业开办",
    ),
)


def generated(seed: int = 13) -> tuple[list[Document], list[Document], list[tuple[str, str, str]]]:
    """Chinese documents, their English translation, and (query, doc id, passage start)."""
    rng = random.Random(seed)
    zh_docs, en_docs, queries = [], [], []
    for i, (city, city_en) in enumerate(zip(CITIES, CITIES_EN, strict=True)):
        zh, en = [], []
        for j, (zh_t, en_t, query) in enumerate(TOPICS):
            values = {
                "year": rng.randint(2018, 2023), "n": rng.randint(11, 999), "m": rng.randint(2, 9),
                "p": rng.randint(2, 60), "h": rng.randint(6, 48), "x": rng.randint(2, 90),
                "k": rng.randint(2, 30), "d": rng.randint(1, 5),
            }  # fmt: skip
            zh.append(zh_t.format(city=city, **values))
            en.append(en_t.format(city=city_en, **values))
            if (i + j) % 3 == 0:
                query = _traditional(query.format(city=city))
            queries.append((query.format(city=city), f"gen-{i}", zh[-1][:12]))
        rng.shuffle(order := list(range(len(zh))))
        zh_docs.append(_doc(f"gen-{i}", f"{city}自贸试验区年度报告", [zh[k] for k in order]))
        en_docs.append(_doc(f"gen-en-{i}", f"{city_en} pilot zone report", [en[k] for k in order]))
    return zh_docs, en_docs, queries


def _doc(doc_id: str, title: str, paragraphs: list[str]) -> Document:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Document(id=doc_id, title=title, sections=(Section(None, blocks),), path=doc_id)


def _traditional(text: str) -> str:
    from opencc import OpenCC  # opencc-python-reimplemented: a ftztui dependency

    return str(OpenCC("s2t").convert(text))


#: Queries on the bundled Chinese note: (query, a phrase of the passage expected first).
NOTE_QUERIES = (
    ("保时捷", "八十二辆进口保时捷"),
    ("重庆自贸试验区实施范围", "实施范围约119.98平方公里"),
    ("海关监管创新措施", "76项海关监管创新措施"),
    ("冷链班列", "东南亚冷链班列线路"),
    ("出口业务办理时限", "出口业务办理时限压缩至"),
    ("九龙坡新注册企业", "九龙坡片区今年新注册企业"),
    ("忽米工业互联网平台注册用户", "已汇聚注册用户"),
    ("第一个自贸试验区在哪里设立", "第一个自贸试验区于2013年在上海设立"),
    ("两江片区", "包括两江片区"),
    ("下放市级管理权限", "下放41项市级管理权限"),
    ("进口整车分拨", "分拨进口整车"),
    ("海南全岛", "海南全岛成为自贸试验区"),
    ("一带一路长江经济带", "长江经济带的重要枢纽"),
    ('"重庆自贸试验区"', "以下简称重庆自贸试验区"),
    ("中国（重庆）自由贸易试验区", "以下简称重庆自贸试验区"),
    ("重慶自貿試驗區設立", "以下简称重庆自贸试验区"),
    ("外资企业占总数", "其中外资企业23家"),
    ("制度创新全国复制推广", "两项创新制度"),
)


# -- measures --------------------------------------------------------------------------------


def _fresh(code: str, rounds: int, env: dict[str, str] | None = None) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def bench_segmenter(texts: list[str], rounds: int) -> None:
    base = _fresh("pass", rounds)
    rj = _fresh("import rjieba; rjieba.cut('预热', False)", rounds) - base
    row("rjieba load (import + first cut)", f"{rj * 1000:.0f} ms")
    try:
        import jieba
    except ImportError:
        row("jieba", "not installed (pip install -e '.[bench]'): comparison skipped")
        return
    jb = _fresh(
        "import logging, jieba; jieba.setLogLevel(logging.WARNING); jieba.lcut('预热', HMM=False)",
        rounds,
    )
    row("jieba load (import + first cut, its cache warm)", f"{(jb - base) * 1000:.0f} ms",
        f"(rjieba {rj / (jb - base):.2f}x)")  # fmt: skip
    import logging

    import rjieba

    from ftztui.search.chinese import fold

    jieba.setLogLevel(logging.WARNING)
    folded = [fold(t) for t in texts]
    same = sum(rjieba.cut(t, False) == jieba.lcut(t, HMM=False) for t in folded)
    row("rjieba and jieba cut alike", f"{same}/{len(folded)} passages")
    big = "".join(folded) * max(1, 200_000 // max(1, sum(map(len, folded))))
    speeds = {}
    for name, cut in (("rjieba", lambda: rjieba.cut(big, False)),
                      ("jieba", lambda: jieba.lcut(big, HMM=False))):  # fmt: skip
        best = min(_time(cut) for _ in range(rounds))
        speeds[name] = len(big) / best / 1e6
    row("cutting speed rjieba / jieba",
        f"{speeds['rjieba']:.2f} / {speeds['jieba']:.2f} M chars/s",
        f"(rjieba {speeds['rjieba'] / speeds['jieba']:.1f}x)")  # fmt: skip


def _time(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def bench_search(zh_docs: list[Document], queries: list[tuple[str, str, str]]) -> None:
    bundled, errors = load_corpus(REPO / "corpus")
    assert not errors, errors
    note = next(d for d in bundled if d.id == "chongqing-ftz-note-zh")
    index = index_documents([*bundled, *zh_docs])
    wanted = [(q, "chongqing-ftz-note-zh", phrase) for q, phrase in NOTE_QUERIES]
    wanted += [(q, doc, start) for q, doc, start in queries]
    found, misses = 0, []
    for query, doc, phrase in wanted:
        hits = index.search(query, limit=1).hits
        ok = bool(hits) and hits[0].doc == doc and phrase in hits[0].text
        found += ok
        if not ok:
            misses.append(f"{query} → {hits[0].text[:20] if hits else 'nothing'}")
    rate = found / len(wanted)
    note_ok = sum(
        1
        for q, phrase in NOTE_QUERIES
        if (h := index.search(q, limit=1).hits) and h[0].doc == note.id and phrase in h[0].text
    )
    row("search success@1 (all)", f"{rate:.3f} ({found}/{len(wanted)})",
        f"target ≥ 0.95: {'met' if rate >= 0.95 else 'MISSED'}")  # fmt: skip
    row("  of which the note's queries", f"{note_ok}/{len(NOTE_QUERIES)}")
    row("  of which generated (1/3 traditional)",
        f"{found - note_ok}/{len(queries)}")  # fmt: skip
    for miss in misses[:10]:
        row("  miss", miss)


def bench_figures() -> None:
    gold = json.loads((HERE / "figures_gold_zh.json").read_text(encoding="utf-8"))
    tp = fp = fn = labels = units = 0
    for passage in gold["passages"]:
        text = passage["text"]
        listed = []
        for f in passage["figures"]:
            at = text.index(f["text"], text.index(f["near"]) if "near" in f else 0)
            listed.append((at, at + len(f["text"]), f))
        used: set[int] = set()
        for got in figures_in_text(text):
            match = next(
                (
                    i
                    for i, (s, e, f) in enumerate(listed)
                    if i not in used and got.start < e and s < got.end
                    and abs(got.value - f["value"]) <= 1e-9 * max(1.0, abs(f["value"]))
                ),
                None,
            )  # fmt: skip
            if match is None:
                fp += 1
                row("  figure not listed", f"{got.text} ({got.value:g}) in {text[:16]}…")
                continue
            used.add(match)
            tp += 1
            labels += got.label == listed[match][2]["label"]
            units += got.unit == listed[match][2]["unit"] and got.kind == listed[match][2]["kind"]
        for i, (_s, _e, f) in enumerate(listed):
            if i not in used:
                fn += 1
                row("  figure missed", f"{f['text']} in {text[:16]}…")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    row("figures precision", f"{precision:.3f} ({tp}/{tp + fp})",
        f"target ≥ 0.95: {'met' if precision >= 0.95 else 'MISSED'}")  # fmt: skip
    row("figures recall", f"{recall:.3f} ({tp}/{tp + fn})",
        f"target ≥ 0.95: {'met' if recall >= 0.95 else 'MISSED'}")  # fmt: skip
    row("figures unit+kind right (of found)", f"{units}/{tp}")
    row("figures label exactly as listed (of found)", f"{labels}/{tp}")


def bench_indexing(zh_docs: list[Document], en_docs: list[Document], rounds: int) -> None:
    def chars(docs: list[Document]) -> int:
        return sum(len(b.text) for d in docs for b in d.blocks) + sum(len(d.title) for d in docs)

    # Enough text that a build takes ~0.5 s: the generated set, several times over.
    times = 8
    zh = [_doc(f"{d.id}-{k}", d.title, [b.text for b in d.blocks]) for k in range(times)
          for d in zh_docs]  # fmt: skip
    en = [_doc(f"{d.id}-{k}", d.title, [b.text for b in d.blocks]) for k in range(times)
          for d in en_docs]  # fmt: skip
    index_documents(zh[:3])  # load the segmenter outside the timing
    best = {"zh": float("inf"), "en": float("inf")}
    for _ in range(rounds):
        for name, docs in (("en", en), ("zh", zh)):
            best[name] = min(best[name], _time(lambda docs=docs: index_documents(docs)))
    per = {"zh": best["zh"] / chars(zh) * 1e6, "en": best["en"] / chars(en) * 1e6}
    row("index build, English", f"{per['en']:.2f} µs/char ({chars(en):,} chars)")
    ratio = per["zh"] / per["en"]
    row("index build, Chinese", f"{per['zh']:.2f} µs/char ({chars(zh):,} chars)",
        f"{ratio:.2f}x English; target ≤ 2x: {'met' if ratio <= 2 else 'MISSED'}")  # fmt: skip
    row("  per passage (same passages, translated)",
        f"Chinese {best['zh'] / best['en']:.2f}x English")  # fmt: skip


def bench_english_start(base: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        old = tmp / "base"
        old.mkdir()
        source_at(base, old)
        corpus = tmp / "corpus"
        corpus.mkdir()
        for name in ("chongqing-ftz-four-years.txt", "pilot-free-trade-zones.md",
                     "trade-glossary.md"):  # fmt: skip
            shutil.copy2(REPO / "corpus" / name, corpus / name)
        results: dict[str, dict[str, float]] = {}
        for label, src in (("base", old / "src"), ("ours", REPO / "src")):
            # Bytecode cached (in a private folder), as an installed app has it.
            env = dict(os.environ, PYTHONPATH=str(src), FTZTUI_CORPUS=str(corpus),
                       FTZTUI_INDEX=str(tmp / f"index-{label}"),
                       PYTHONPYCACHEPREFIX=str(tmp / f"pyc-{label}"))  # fmt: skip
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            subprocess.run([sys.executable, "-m", "ftztui", "index"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            results[label] = {"env": env}  # type: ignore[dict-item]
        best: dict[tuple[str, str], float] = {}
        commands = {"search": ["search", "imported cars", "--json"], "list": ["list"]}
        for _ in range(rounds * 2):
            for label in ("base", "ours"):
                env = results[label]["env"]  # type: ignore[assignment]
                for name, argv in commands.items():
                    start = time.perf_counter()
                    subprocess.run([sys.executable, "-m", "ftztui", *argv], env=env, check=True,
                                   capture_output=True)  # fmt: skip
                    took = time.perf_counter() - start
                    best[(label, name)] = min(best.get((label, name), took), took)
        for name in commands:
            ratio = best[("ours", name)] / best[("base", name)]
            row(f"English-only cold `ftztui {name}`",
                f"{best[('ours', name)] * 1000:.0f} ms vs {best[('base', name)] * 1000:.0f} ms "
                f"before ({ratio:.2f}x)")  # fmt: skip
        env = results["ours"]["env"]  # type: ignore[assignment]
        code = (
            "import sys\nfrom ftztui.cli import main\n"
            "main(['search', 'imported cars', '--json'])\n"
            "print('rjieba' in sys.modules, 'opencc' in sys.modules, file=sys.stderr)"
        )
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                             capture_output=True, text=True).stderr.split()  # fmt: skip
        row("English-only search imports the segmenter / the table", " / ".join(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", default="5986d11", help="commit before Chinese support")
    args = parser.parse_args()
    zh_docs, en_docs, queries = generated()
    texts = [b.text for d in zh_docs for b in d.blocks]
    note = (REPO / "corpus" / "chongqing-ftz-note-zh.txt").read_text(encoding="utf-8")
    texts += [line for line in note.splitlines() if line]
    gold = json.loads((HERE / "figures_gold_zh.json").read_text(encoding="utf-8"))
    texts += [p["text"] for p in gold["passages"]]
    bench_segmenter(texts, args.rounds)
    bench_search(zh_docs, queries)
    bench_figures()
    bench_indexing(zh_docs, en_docs, args.rounds)
    bench_english_start(args.base, args.rounds)
    width = max(len(w) for w, _, _ in ROWS)
    print(f"\n{'measure':<{width}}  result  (against / target)")
    for what, value, target in ROWS:
        print(f"{what:<{width}}  {value}  {target}".rstrip())


if __name__ == "__main__":
    main()
