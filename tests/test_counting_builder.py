"""The HTML loader's builder counts its blocks as they come: a removal must still stand
before the right block, also after a block too long for one piece and after empty ones."""

from __future__ import annotations

from ftztui.loaders.builder import CountingBuilder, DocumentBuilder
from ftztui.loaders.clean import MAX_BLOCK_CHARS


def _feed(builder: DocumentBuilder) -> None:
    builder.remove("Home | News", "navigation")
    builder.heading("Intro")
    builder.block("paragraph", "First paragraph.")
    builder.block("paragraph", "   ")  # empty: no block, no count
    builder.remove("Share this", "share buttons")
    builder.block("paragraph", "A long one. " * (MAX_BLOCK_CHARS // 6))  # split in pieces
    builder.heading("Next")
    builder.remove("Advertisement", "advertisement")
    builder.block("quote", "Last words.")
    builder.remove("Comments", "comments")


def test_removals_stand_where_the_plain_builder_puts_them() -> None:
    plain, counting = DocumentBuilder(), CountingBuilder()
    _feed(plain)
    _feed(counting)
    assert counting.block_count == plain.block_count == 4  # the long block is two pieces
    built = counting.build(doc_id="d", title="t")
    assert built == plain.build(doc_id="d", title="t")
    assert [(r.text, r.before) for r in built.removed] == [
        ("Home | News", 0),
        ("Share this", 1),
        ("Advertisement", plain.block_count - 1),
        ("Comments", plain.block_count),
    ]
