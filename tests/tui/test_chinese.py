"""Chinese text in the TUI: wrapped by cells, highlights on the right characters, snapshots."""

from __future__ import annotations

import re
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Input

from ftztui.library import Library
from ftztui.model import Hit
from ftztui.tui.app import FtzApp
from ftztui.tui.layout import wrap
from ftztui.tui.widgets.reader import Reader, strip_text
from ftztui.tui.widgets.results import snippet

from .conftest import ready, settle

NOTE = Path(__file__).resolve().parents[2] / "corpus" / "chongqing-ftz-note-zh.txt"
SnapCompare = Callable[..., bool]


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """A library of the bundled Chinese note alone."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy2(NOTE, corpus / NOTE.name)
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(index))
    return Library(corpus=corpus, index=index, origin="option")


MIXED = (
    "重庆海关在自贸试验区先后推出四批共76项海关监管创新措施，其中两项创新制度被国务院作为"
    "自贸试验区改革经验在全国复制推广。Chongqing FTZ 的 English words mixed 江津东盟冷链商品"
    "分拨中心（已常态化）开行十二条东南亚冷链班列线路。“一带一路”"
)


@pytest.mark.parametrize("width", [80, 79, 77, 50, 49, 21, 20, 3])
def test_wide_characters_wrap_within_the_width(width: int) -> None:
    lines = [MIXED[s:e] for s, e in wrap(MIXED, width)]
    assert "".join(lines) == MIXED
    assert all(cell_len(line.rstrip()) <= width for line in lines)
    if width >= 20:
        # No line starts with punctuation that closes, nor ends with one that opens.
        assert not any(line[0] in "，。、）”" for line in lines[1:])
        assert not any(line.rstrip()[-1] in "（“" for line in lines)
        # An English word is never cut in two.
        words = set(re.findall(r"[A-Za-z]+", MIXED))
        assert all(w in words for line in lines for w in re.findall(r"[A-Za-z]+", line))


def test_a_line_of_chinese_is_filled_not_left_half_empty() -> None:
    lines = [MIXED[s:e] for s, e in wrap(MIXED, 40)]
    assert cell_len(lines[0]) == 40


def test_a_snippet_of_chinese_is_as_wide_as_one_of_english() -> None:
    text = MIXED * 3
    at = text.index("江津")
    hit = Hit("d", "t", None, 0, text, ((at, at + 2),), 1.0)
    shown = snippet(hit, chars=60)
    assert cell_len(shown.plain) <= 62  # the window and its two ellipses
    assert "江津" in shown.plain


async def test_highlights_cover_exactly_the_matched_characters(chinese: Library) -> None:
    app = FtzApp(chinese)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        box = app.query_one("#search", Input)
        box.value = "保时捷"
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        lines = [reader.render_line(y) for y in range(reader.size.height)]
        assert reader.document is not None and reader._current is not None
        block, start, end = reader._current
        assert reader.document.blocks[block].text[start:end] == "保时捷"
        # The current hit is drawn reversed: those cells are the match.
        marked = [
            segment.text
            for strip in lines
            for segment in strip
            if segment.style and segment.style.reverse
        ]
        assert "".join(marked) == "保时捷"
        for strip in lines:
            assert strip.cell_length == reader.scrollable_content_region.width
            assert cell_len(strip_text(strip)) == strip.cell_length


def steps(*keys: str, query: str | None = None) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        app = await ready(pilot)
        for box in app.query(Input):
            box.cursor_blink = False
        app.clear_notifications()
        if query is not None:
            await pilot.press("slash")
            box = app.query_one("#search", Input)
            box.value = query
            await settle(pilot)  # the search as you type answers before Enter is pressed
        if keys:
            await pilot.press(*keys)
        await settle(pilot)
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_reader_with_chinese_hits_at_80x24(snap_compare: SnapCompare, chinese: Library) -> None:
    # Enter opens the first hit, n steps to the second: the view then sits where `n` put it.
    run_before = steps("enter", "n", query="自贸试验区")
    assert snap_compare(FtzApp(chinese), terminal_size=(80, 24), run_before=run_before)


def test_reader_with_chinese_at_50x20(snap_compare: SnapCompare, chinese: Library) -> None:
    # The note from its top: the sidebars hidden, the text wrapped at 50 columns.
    assert snap_compare(FtzApp(chinese), terminal_size=(50, 20), run_before=steps())


def test_a_snippet_of_chinese_starts_at_a_clause_not_on_its_mark() -> None:
    text = (
        "重庆自贸试验区挂牌四年来，累计新增企业6.4万户、注册资本8,000亿元、"
        "外资企业3,000户，保时捷汽车顺利入区。"
    )
    at = text.index("保时捷")
    for chars in (12, 20, 30, 44):
        hit = Hit("d", "t", None, 0, text, ((at, at + 3),), 1.0)
        shown = snippet(hit, chars=chars).plain
        assert "保时捷" in shown
        body = shown.lstrip("…")
        assert body[0] not in "，。、；：！？）」』》”’", (chars, shown)
