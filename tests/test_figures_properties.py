"""Properties of extraction on arbitrary text: it never raises, and offsets always fit the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ftztui.figures import extract_figures, figures_in_text
from ftztui.model import Block, Document, Section

# Text built from the pieces figures are made of, so that the interesting paths are exercised
# far more often than by uniformly random characters.
PIECES = st.sampled_from(
    [
        "17", "5,050", "28.21", "0", "1,2", "2020", "3.11.2", " million", " billion", " bn",
        "k", "m", "%", " percent", " yuan", " USD", "US$", "$", "¥", "RMB ", " working days",
        " years", "-day", " square kilometers", " tons", "One hundred", " and ", "forty-four",
        "ten", "Eighty-two", " of the ", " (about ", ")", ", lower than the national average of ",
        " imported Porsches", " national mail pieces", ". ", ", ", " over ", " worth ", "March ",
        "+86-23-", "@", "http://", "`", "\n", " ", "-", "\x1b[0m", "[/]", "é", "²", "，",
    ]
)  # fmt: skip
FIGURE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(FIGURE_TEXT)
def test_offsets_always_slice_to_the_figure_text(text: str) -> None:
    for figure in figures_in_text(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert figure.label
        assert figure.text in text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["paragraph", "code", "caption"]), FIGURE_TEXT), max_size=5)
)
def test_extraction_never_raises_and_relations_point_backwards(
    blocks: list[tuple[str, str]],
) -> None:
    doc = Document(
        id="d",
        title="d",
        sections=(Section("S", tuple(Block(kind, text) for kind, text in blocks)),),  # type: ignore[arg-type]
    )
    figures = extract_figures(doc)
    for i, figure in enumerate(figures):
        block = doc.blocks[figure.block]
        assert block.kind != "code"
        assert block.text[figure.start : figure.end] == figure.text
        if figure.related_to is not None:
            assert 0 <= figure.related_to < i
            assert figures[figure.related_to].block == figure.block
            assert figure.relation in ("conversion", "comparison")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for figure in figures_in_text(text):
        assert text[figure.start : figure.end] == figure.text
