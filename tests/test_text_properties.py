"""Nothing lost silently: every line of a text file is in the document or in its record of
what the loader removed, for every real fixture and for generated documents; and in a user's
own text no line after the first paragraph is removed unless it is site furniture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftztui.loaders import load_document
from ftztui.loaders.boilerplate import classify_line
from ftztui.loaders.clean import clean_text, tidy_prose
from ftztui.loaders.text_blocks import split_credit, tidy_credit
from ftztui.model import Document

ROOT = Path(__file__).resolve().parent.parent
TEXT_FIXTURES = sorted(
    [*(ROOT / "tests/fixtures/text").rglob("*.txt"), *(ROOT / "corpus").glob("*.txt")]
)
_NOT_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NOT_WORD.sub("", text.lower())


def _kept(doc: Document) -> str:
    parts = [doc.title]
    for section in doc.sections:
        parts.append(section.title or "")
        for block in section.blocks:
            parts += [block.text, block.credit or ""]
    return _norm(" ".join(parts))


def unaccounted(source: str, doc: Document) -> list[str]:
    """The non-blank lines of `source` that are neither in the document nor removed."""
    kept = _kept(doc)
    removed = "\n".join(r.text for r in doc.removed)
    dateline = _norm(doc.dateline or "")
    missing = []
    for raw in clean_text(source).split("\n"):
        line = tidy_prose(raw)
        if not line or line in removed:
            continue
        text, credit = split_credit(line)
        words = _norm(text)
        if dateline and words.startswith(dateline) and words[len(dateline) :] in kept:
            continue
        if words in kept and (credit is None or _norm(tidy_credit(credit)) in kept):
            continue
        missing.append(line)
    return missing


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_every_line_of_every_fixture_is_kept_or_recorded(path: Path) -> None:
    doc = load_document(path)
    assert unaccounted(path.read_text(encoding="utf-8"), doc) == []
    assert all(r.line is not None and r.reason for r in doc.removed)
    assert [r.line for r in doc.removed] == sorted(r.line or 0 for r in doc.removed)


# -- generated documents -------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "harbour",
        "budget",
        "warehouse",
        "committee",
        "river",
        "freight",
        "school",
        "council",
        "report",
        "crane",
        "ferry",
        "quay",
        "roof",
        "doors",
        "trucks",
        "schedule",
        "survey",
        "town",
        "market",
        "bridge",
    ]
)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 10_000))
    words = draw(st.lists(_WORDS, min_size=10, max_size=30))
    return f"The {' '.join(words)} p{n} was agreed by the members."


SHORT = st.builds(
    lambda words, n: f"{' '.join(words).capitalize()} s{n}",
    st.lists(_WORDS, min_size=1, max_size=4),
    st.integers(0, 999),
)
SIGN_OFFS = st.sampled_from(
    ["Best regards", "Yours sincerely", "Kind regards,", "Alice Walker", "Thanks, Bob", "Cheers"]
)
USER_LINES = st.sampled_from(
    [
        "Tags: budget, warehouse",
        "Keywords: harbour, ferry",
        "Editor: Jane Smith",
        "Copyright 2020 Alice Walker",
        "Copyright 2020",
        "Related",
        "Related:",
        "Related: the 2019 harbour survey",
        "Related work by the council",
    ]
)
LINES = st.one_of(paragraphs(), SHORT, SIGN_OFFS, USER_LINES)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    body = draw(st.lists(LINES, min_size=1, max_size=12))
    body.insert(draw(st.integers(0, len(body))), draw(paragraphs()))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    lines = ["Meeting notes", *body]
    return separator.join(lines) + "\n", lines


# Lines a news page closes a story with, left out (with their reason) when nothing follows.
_STORY_CREDITS = {"editor line", "source line"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_lose_nothing_after_the_first_paragraph(
    tmp_path_factory: pytest.TempPathFactory, generated: tuple[str, list[str]]
) -> None:
    source, lines = generated
    path = tmp_path_factory.mktemp("gen") / "note.txt"
    path.write_text(source, encoding="utf-8")
    doc = load_document(path)
    assert unaccounted(source, doc) == []
    first = next(i for i, line in enumerate(lines) if re.search(r" p\d+ was agreed", line))
    text_lines = [line for line in source.split("\n") if line.strip()]
    first_line = source.split("\n").index(lines[first]) + 1
    last_lines = set()
    # The run of story credits that ends the file, if any.
    for line in reversed(text_lines):
        info = classify_line(line)
        if info is None or info.reason not in _STORY_CREDITS:
            break
        last_lines.add(line)
    for removed in doc.removed:
        assert removed.line is not None
        if removed.line <= first_line:
            continue
        info = classify_line(removed.text)
        assert (info is not None and info.site) or removed.text in last_lines, removed


_SPACE_RUNS = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")


@given(
    st.text(alphabet=st.sampled_from(list("ab 中’\t\u00a0\u2003\u202f\u200b\u2060\n")), max_size=40)
)
def test_tidy_prose_collapses_every_kind_of_space_and_drops_zero_width_ones(text: str) -> None:
    # The definition, which tidy_prose skips work to reach (most paragraphs have nothing to do).
    expected = _SPACE_RUNS.sub(" ", text.replace("\u200b", "").replace("\u2060", "")).strip()
    assert tidy_prose(text) == expected
