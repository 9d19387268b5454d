"""Would a learned line classifier find the article in a page saved as text better than the
plain-text loader's rules? Measures it against them, in one run, on pages it was not fitted on.

    python benchmarks/bench_text_lines.py FURNITURE [--train PAGES] [--test PAGES] [--limit N]

FURNITURE is the folder `bench_text_loader.py` reads (pages saved as text with their site
furniture, `gold.json` with trafilatura's snippets of the article and of the furniture); its
even-numbered pages are the tuning half, the odd ones the held half. PAGES are such folders
made by `make_furniture_pages.py --wcxb` from a half of WCXB (its articles, whose gold holds the
article's whole text): `--train` fits the models on every line of those pages instead of the
snippet lines of the tuning half, `--test` measures them too (snippets, and words against the
whole text: "wR", "wP").

The loader is run on every page; for every unit (a line or paragraph of the file), shallow
features are taken, jusText/boilerpipe style: its length, stop word share, capitalised-word and
digit shares, whether it ends a sentence, holds an image's bracket or a credit, is repeated on
the page, how much of the article span's prose stands before and after it, its neighbours'
kinds, the share of its content words found elsewhere in the span, whether it speaks to the
reader ("you", "Sie", "vous"...), its distance from the span, what the rules decided. Labels: 1
or 0 for a unit holding an article or a furniture snippet, or, with the whole text, for every
unit (most of its word trigrams in the article). A logistic regression and a tree of depth 8
(scikit-learn, the `bench` extra) are fitted, then each decision rule below is measured: the
rules alone, the model trimming what the rules keep in the span, giving back what they left out
around it, or deciding alone; "chg" counts the units whose fate changes.

Result on 2026-12-07 (main at ec3d4c0; tune / held halves of trafilatura's 884 pages, WCXB's
257 test articles; the rules alone: tune 0.948 / 0.821, held 0.928 / 0.835, WCXB 0.890 / 0.892,
words 0.972 / 0.861, recall / precision). No decision beats the rules on both measures on both
the held half and WCXB's words. Fitted on the tuning half's snippets, the logistic model alone
at p > 0.3 reads well on snippets (held 0.938 / 0.849, WCXB 0.898 / 0.908) but not on words
(WCXB 0.972 / 0.848): of the units it drops from WCXB's article spans, 2,317 are the article's
and 2,346 furniture; of those it gives back after them, 184 and 228. It learns what
trafilatura's annotators sampled as furniture (captions, teasers), not where the article is.
Fitted on WCXB's dev articles (205,000 labelled units), every decision is within 0.003 of the
rules or trades recall for precision (alone at p > 0.5: WCXB words 0.968 / 0.867, held 0.899 /
0.850). Trimming only prose paragraphs changes almost nothing. So no model is shipped in the
loader; this script is kept to measure the next attempt against the rules in the same run.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ftztui.loaders import LoadError, load_document, text  # noqa: E402
from ftztui.loaders.stopwords import density, stoplist_for  # noqa: E402
from ftztui.loaders.stopwords import words as stop_words  # noqa: E402
from ftztui.loaders.text_shapes import credit, ends_sentence  # noqa: E402

FEATURES = (
    *("bias", "log_words", "good", "ends_sentence", "image_or_credit", "stop_share"),
    *("capitalised", "digits", "repeated", "good_before", "good_after", "good_around"),
    *("site_around", "shared_words", "prose_after", "prose_before", "gap", "to_reader"),
    *("in_span", "span_distance", "rules_keep", "furniture", "site_furniture"),
)
#: Fates the rules give units around the article that a model may give back.
RESTORABLE = ("site header", "site footer", "navigation")
_WORD = re.compile(r"\w+")
_TO_READER = re.compile(
    r"\b(?:you|your|our|we|us|sie|ihr|ihre|ihnen|du|dein|deine|unser|unsere|wir|vous|votre"
    r"|nous|notre)\b",
    re.IGNORECASE,
)


def _norm(value: str) -> str:
    return " ".join(value.split())


def capture(path: Path) -> dict[str, Any]:
    """The loader's units, their fates, `good` flags, weights, furniture and the article span
    for one page, and the document's text as `bench_text_loader` reads it."""
    seen: dict[str, Any] = {}
    find_article, add_body = text.find_article, text._add_body

    def spy_article(*args: Any, **kwargs: Any) -> Any:
        article = find_article(*args, **kwargs)
        seen.update(good=list(args[0]), weights=list(args[1]), infos=list(args[2]), art=article)
        return article

    def spy_body(builder: Any, parts: Any, units: list[str], fates: list[str | None]) -> None:
        seen.update(units=list(units), fates=list(fates))
        add_body(builder, parts, units, fates)

    text.find_article, text._add_body = spy_article, spy_body  # type: ignore[assignment]
    try:
        doc = load_document(path)
    except LoadError:  # refused (an empty page): nothing kept
        return {"text": ""}
    finally:
        text.find_article, text._add_body = find_article, add_body  # type: ignore[assignment]
    parts = [doc.title]
    for section in doc.sections:
        parts += [section.title] if section.title else []
        for block in section.blocks:
            parts += [block.text] + ([block.credit] if block.credit else [])
    parts += [doc.dateline] if doc.dateline else []
    seen["text"] = _norm("\n".join(parts))
    return seen


def features(page: dict[str, Any]) -> list[list[float]]:
    units, good, weights, infos = page["units"], page["good"], page["weights"], page["infos"]
    count = len(units)
    stop = stoplist_for(" ".join(u for u, g in zip(units, good, strict=True) if g)[:3000])
    repeats = Counter(units)
    start, last = page["art"].start, page["art"].last
    goods = [i for i in range(start, last + 1) if good[i]]
    content = {i: _content(units[i], stop) for i in goods}
    spread = Counter(w for i in goods for w in content[i])
    total = sum(weights[i] for i in goods) or 1
    before = [0] * (count + 1)  # prose words of the span before unit i
    for i in range(count):
        before[i + 1] = before[i] + (weights[i] if i in content else 0)

    def is_good(j: int) -> float:
        return float(0 <= j < count and good[j])

    def is_site(j: int) -> float:
        return float(0 <= j < count and infos[j] is not None and infos[j].site)

    rows = []
    previous = start
    for i, unit in enumerate(units):
        words = unit.split()
        own = content.get(i) or _content(unit, stop)
        shared = sum(spread[w] - (i in content) > 0 for w in own) / max(1, len(own))
        distance = start - i if i < start else max(0, i - last)
        rows.append(
            [
                *(1.0, math.log1p(weights[i]), float(good[i]), float(ends_sentence(unit))),
                float("[" in unit or "©" in unit or bool(credit(unit))),
                density(unit, stop) if stop else 0.3,
                sum(w[:1].isupper() for w in words) / max(1, len(words)),
                sum(c.isdigit() for c in unit) / max(1, len(unit)),
                *(float(repeats[unit] > 1), is_good(i - 1), is_good(i + 1)),
                sum(is_good(j) for j in range(i - 3, i + 4) if j != i) / 6,
                sum(is_site(j) for j in range(i - 3, i + 4) if j != i) / 6,
                shared,
                (before[count] - before[i + 1]) / total,
                before[i] / total,
                math.log1p(max(0, i - previous)),
                float(bool(_TO_READER.search(unit))),
                *(float(distance == 0), math.log1p(distance)),
                float(page["fates"][i] in (None, "title")),
                *(float(infos[i] is not None), is_site(i)),
            ]
        )
        previous = i if i in content else previous
    return rows


def _content(unit: str, stop: frozenset[str] | None) -> set[str]:
    return {w for w in stop_words(unit) if len(w) >= 4 and w not in (stop or ())}


def _tokens(value: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(value)]


def dense_labels(units: list[str], article: str) -> list[int]:
    """1 for a unit whose words run as in the article's whole text (half of its word trigrams
    are the article's; a unit of one or two words: its words stand together in it)."""
    words = _tokens(article)
    trigrams = set(zip(words, words[1:], words[2:], strict=False))
    joined = f" {' '.join(words)} "
    labels = []
    for unit in units:
        own = _tokens(unit)
        if len(own) >= 3:
            grams = list(zip(own, own[1:], own[2:], strict=False))
            labels.append(int(sum(g in trigrams for g in grams) * 2 >= len(grams)))
        else:
            labels.append(int(bool(own) and f" {' '.join(own)} " in joined))
    return labels


def load_pages(folder: Path, names: list[str], gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Each page as the loader leaves it, with its features and labels: for each unit holding a
    gold snippet, 1 (article) or 0 (furniture); with the article's whole text, every unit."""
    pages = []
    for name in names:
        page = capture(folder / name)
        units = [_norm(u) for u in page.get("units", [])]
        where = {
            snippet: [i for i, u in enumerate(units) if _norm(snippet) in u]
            for snippet in gold[name]["with"] + gold[name]["without"]
        }
        labels: dict[int, int] = {}
        for snippet in gold[name]["with"]:
            labels.update(dict.fromkeys(where[snippet], 1))
        for snippet in gold[name]["without"]:
            for i in where[snippet]:
                labels.setdefault(i, 0)
        art = page.get("art")
        page.update(where=where, labels=labels, with_snippets=set(gold[name]["with"]))
        if article := gold[name].get("main_content"):
            page["article_words"] = Counter(_tokens(article))
            page["labels"] = dict(enumerate(dense_labels(units, article)))
        if "fates" in page and art is not None and art.page and art.has_prose:
            page["rows"] = features(page)
        else:  # refused, or not a saved page: the rules alone decide
            page.update(rows=[], labels={}, fates=page.get("fates", []), units=units)
        pages.append(page)
    return pages


def training_set(pages: list[dict[str, Any]]) -> tuple[list[list[float]], list[int], list[float]]:
    """The labelled units, each weighted by one over the times its text stands on its page (a
    teaser printed ten times is one example)."""
    rows, labels, weights = [], [], []
    for page in pages:
        repeats = Counter(page["units"][i] for i in page["labels"])
        for i, label in page["labels"].items():
            rows.append(page["rows"][i])
            labels.append(label)
            weights.append(1 / repeats[page["units"][i]])
    return rows, labels, weights


Decide = Callable[[dict[str, Any], list[float]], list[bool]]


def measure(pages: list[dict[str, Any]], decide: Decide, model: Any) -> dict[str, float]:
    """trafilatura's snippet recall and precision once `decide` (given a page and each unit's
    probability of being the article) picks the units kept, a snippet being in the document
    while a unit holding it is kept; word recall and precision against the article's whole
    text where the gold has it; and how many units change fate."""
    tp = fn = fp = changed = 0
    found_words = kept_words = gold_words = 0
    for page in pages:
        rules = [f in (None, "title") for f in page["fates"]]
        keep = rules
        if page["rows"]:
            keep = decide(page, list(model.predict_proba(page["rows"])[:, 1]))
        changed += sum(a != b for a, b in zip(keep, rules, strict=True))
        for snippet, where in page["where"].items():
            found = _norm(snippet) in page["text"]
            if where and any(keep[i] != rules[i] for i in where):
                found = any(keep[i] for i in where)
            if snippet in page["with_snippets"]:
                tp += found
                fn += not found
            else:
                fp += found
        if "article_words" in page:
            kept = Counter(w for i, u in enumerate(page["units"]) if keep[i] for w in _tokens(u))
            found_words += sum((kept & page["article_words"]).values())
            kept_words += sum(kept.values())
            gold_words += sum(page["article_words"].values())
    result = {"recall": tp / max(1, tp + fn), "precision": tp / max(1, tp + fp)}
    if gold_words:
        result["word recall"] = found_words / gold_words
        result["word precision"] = found_words / max(1, kept_words)
    return {**result, "changed": changed}


def policies() -> dict[str, Decide]:
    """What the model may do: trim units the rules keep in the article's span, give back units
    the rules left out around it, or decide alone."""

    def rules(page: dict[str, Any], p: list[float]) -> list[bool]:
        return [f in (None, "title") for f in page["fates"]]

    def trim(t: float, prose_only: bool = False) -> Decide:
        def decide(page: dict[str, Any], p: list[float]) -> list[bool]:
            art = page["art"]
            return [
                keep
                and not (
                    art.start <= i <= art.last
                    and page["fates"][i] is None
                    and p[i] < t
                    and (page["good"][i] or not prose_only)
                )
                for i, keep in enumerate(rules(page, p))
            ]

        return decide

    def restore(t: float) -> Decide:
        def decide(page: dict[str, Any], p: list[float]) -> list[bool]:
            fates = page["fates"]
            return [
                keep or (fates[i] in RESTORABLE and p[i] > t)
                for i, keep in enumerate(rules(page, p))
            ]

        return decide

    def alone(t: float) -> Decide:
        def decide(page: dict[str, Any], p: list[float]) -> list[bool]:
            return [f == "title" or p[i] > t for i, f in enumerate(page["fates"])]

        return decide

    return {
        "rules alone": rules,
        **{f"trim p<{t}": trim(t) for t in (0.1, 0.2, 0.3)},
        **{f"trim prose p<{t}": trim(t, prose_only=True) for t in (0.2, 0.4)},
        **{f"restore p>{t}": restore(t) for t in (0.7, 0.8, 0.9)},
        **{f"model alone p>{t}": alone(t) for t in (0.3, 0.5)},
    }


def _sets(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    gold = json.loads((args.folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold)
    sets = {
        half: load_pages(args.folder, names[n::2][: args.limit], gold)
        for n, half in enumerate(("tune", "held"))
    }
    for key in ("train", "test"):
        folder = getattr(args, key)
        if folder is not None:
            more = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            sets[key] = load_pages(folder, sorted(more)[: args.limit], more)
    return sets


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.tree import DecisionTreeClassifier

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the furniture pages and their gold.json")
    parser.add_argument(
        "--train", type=Path, help="train on these pages instead (their gold's main_content)"
    )
    parser.add_argument("--test", type=Path, help="more pages to measure on")
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    args = parser.parse_args()
    sets = _sets(args)
    train = sets["train"] if "train" in sets else sets["tune"]
    rows, labels, weights = training_set(train)
    models = {
        "logistic": LogisticRegression(C=1.0, max_iter=5000),
        "tree": DecisionTreeClassifier(max_depth=8, min_samples_leaf=30, random_state=0),
    }
    print(f"trained on {'--train' if 'train' in sets else 'tune half'}: {len(rows)} units")
    measured = [name for name in ("tune", "held", "test") if name in sets]
    header = f"{'model':<9} {'decision':<19}"
    print(
        header
        + "".join(f" | {n:<4} {'R':>5} {'P':>5} {'wR':>5} {'wP':>5} {'chg':>5}" for n in measured)
    )
    for name, model in models.items():
        model.fit(rows, labels, sample_weight=weights)
        for label, decide in policies().items():
            cells = []
            for set_name in measured:
                m = measure(sets[set_name], decide, model)
                words = [m.get("word recall"), m.get("word precision")]
                shown = " ".join(f"{v:>5.3f}" if v is not None else f"{'':>5}" for v in words)
                cells.append(
                    f" | {set_name:<4} {m['recall']:>5.3f} {m['precision']:>5.3f} {shown}"
                    f" {m['changed']:>5}"
                )
            print(f"{name:<9} {label:<19}" + "".join(cells))


if __name__ == "__main__":
    main()
