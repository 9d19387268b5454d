"""Real text nobody on the team wrote (tests/fixtures/text/SOURCES.md): no paragraph lost, no
section title invented, the gold snippets of saved pages kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftztui.loaders import load_document
from tests.helpers import all_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
NEWS = sorted((FIXTURES / "news").glob("*.txt"))
GOLD = json.loads((FIXTURES / "furniture" / "gold.json").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", NEWS, ids=lambda p: Path(p).stem)
def test_news_keeps_every_paragraph_and_invents_no_section(path: Path) -> None:
    lines = [_norm(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    doc = load_document(path)
    assert doc.title == lines[0]
    text = _norm(" ".join(b.text for b in doc.blocks))
    for line in lines[1:]:
        assert _norm(line.lstrip("- ")) in text, line
    assert [s.title for s in doc.sections] == [None]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_saved_pages_keep_the_articles_gold_snippets(name: str) -> None:
    text = _norm(all_text(load_document(FIXTURES / "furniture" / name)))
    for snippet in GOLD[name]["with"]:
        assert _norm(snippet) in text, snippet
