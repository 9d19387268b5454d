"""A user's structured content in plain text: tables, spec lines, pasted code and lists.

Lines of a table, a spec line or code can look like site furniture on their own ("x",
"email: Email!", "Model | Price | Size"); their shape and their neighbours show they are
the user's. The plain-text loader never takes them for menus, and on a saved page they count
as the article's when its span is found. A list's items are short lines, a menu's shape; a
ranking counts them (`counted`) and a sentence leads into a list (`led_in`), which no menu has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftztui.loaders.boilerplate import LineInfo, menu_shaped
from ftztui.loaders.text_shapes import LIST_ITEM, ends_sentence

# A line of code: it opens or closes a block or statement ("type User {", "} else {", "x = 1;",
# "fn f() -> u8"), the shape text pasted from a code block keeps when saved as plain text.
_CODE = re.compile(r"[{};]\s*$|^\s*[}\])]|=>|->|\w\(\)|^\s*(?:def|fn|let|const|var|return)\s")
# A bar parting a table's cells, an empty cell's or the row's last ("Unwinding. | 80% | 80% |").
_CELL_BAR = re.compile(r"(?<=\s)\|(?=\s|$)")
# A spec line: items parted by " | ", most of them measurements ("16.4 x 9.6 inches").
# ... or labelled values ("Works with: iPhone | Display: no | Connectivity: Wi-Fi").
_LABELLED = re.compile(r"\w[\w .'’-]{0,30}:\s+\S")
_MEASURE = re.compile(r"\d[\d.,]*\s*(?:x\s*\d|[a-z%\"])", re.IGNORECASE)


def structured(units: Sequence[str]) -> list[bool]:
    """Units that are a user's structured content, whatever their words: the rows of a table
    (two lines in a row cut into the same number of cells by " | ", which a menu is not), a
    spec line (its items mostly measurements or labelled values) and lines of pasted code (a
    line of code, or any line with code within three units before and after it: "x" or
    "email: Email!" in a block). Site menus have none of these shapes."""
    count = len(units)
    cells = [len(_CELL_BAR.findall(u)) if len(u) <= 2000 else 0 for u in units]
    code = [len(u) <= 200 and bool(_CODE.search(u)) for u in units]
    marked: list[bool] = []
    for i, unit in enumerate(units):
        row = cells[i] >= 2 and cells[i] in (
            cells[i - 1] if i else -1,
            cells[i + 1] if i + 1 < count else -1,
        )
        inside = any(code[max(0, i - 3) : i]) and any(code[i + 1 : i + 4])
        spec = cells[i] >= 2 and _spec(unit)
        marked.append(row or code[i] or inside or spec)
    return marked


# An item numbered "12." or "12)" at the start of its line.
_NUMBERED = re.compile(r"^(\d{1,4})[.)]\s+\S")
#: Items in a row counted one by one (1, 2, 3...) make a list, however short.
COUNTED_RUN = 3


def counted(units: Sequence[str]) -> set[int]:
    """Units in a run of `COUNTED_RUN` or more items numbered one after the other ("1. Ann
    Lee", "2. Bo Chen", "3. Kim Park"): a ranking's or a list's entries, which a site's menu
    never counts."""
    found: set[int] = set()
    run: list[int] = []
    last = None
    for i, unit in enumerate(units):
        match = _NUMBERED.match(unit)
        number = int(match.group(1)) if match else None
        if number is not None and last is not None and number == last + 1 and run:
            run.append(i)
        else:
            if len(run) >= COUNTED_RUN:
                found.update(run)
            run = [i] if number is not None else []
        last = number
    if len(run) >= COUNTED_RUN:
        found.update(run)
    return found


#: A list's lead-in: a line ending with a colon, of this many words or more ("They basically
#: need:", "Here is what to pack:"); a label of one or two ("Tags:", "Follow us:") heads a
#: site's links.
LEAD_IN_WORDS = 3


def led_in(
    units: Sequence[str], infos: Sequence[LineInfo | None], lines: Sequence[int]
) -> set[int]:
    """Units of the list right after a lead-in line (see `LEAD_IN_WORDS`) that is no site
    furniture: its items on the lines that follow, one a line with no blank between them (the
    first may stand after one), up to a line ending as a sentence. A browser's copy of a page
    (`innerText`) drops a list's bullets, and its items were taken for a menu."""
    found: set[int] = set()
    for i in range(1, len(units)):
        lead = units[i - 1]
        if not lead.endswith((":", "：")) or infos[i - 1] is not None:
            continue
        if len(lead.split()) < LEAD_IN_WORDS or lines[i] - lines[i - 1] > 2:
            continue
        if LIST_ITEM.match(lead):  # an item left empty ("• Öffnung in mm:"), no lead-in
            continue
        j = i
        while j < len(units) and infos[j] is None and not ends_sentence(units[j]):
            found.add(j)
            j += 1
            if j < len(units) and lines[j] != lines[j - 1] + 1:
                break
    return found


def _spec(unit: str) -> bool:
    items = unit.split(" | ")
    return sum(bool(_MEASURE.search(i) or _LABELLED.match(i)) for i in items) * 2 > len(items)


def content_in_context(
    units: Sequence[str], infos: Sequence[LineInfo | None], shaped: Sequence[bool]
) -> list[LineInfo | None]:
    """Lines that look like site furniture on their own but whose neighbours show are content
    (`shaped`, from `structured`): a table's row, a line inside pasted code."""
    return [
        None if info is not None and info.site and shape else info
        for info, shape in zip(infos, shaped, strict=True)
    ]


def navigation_in_prose(
    units: Sequence[str], infos: Sequence[LineInfo | None], good: Sequence[bool]
) -> set[int]:
    """Lines taken for a menu or breadcrumb by their separators alone ("Sources: Houzz | Angi",
    "Example: Women > Rings > Diamond rings") that stand between the file's first and last
    paragraphs of prose. A site's menus frame its article; inside a user's text such a line is
    the user's, and it alone neither makes the file a saved page nor ends the article. (A
    "Close" or "Home" button is a site's wherever it stands.)"""
    goods = [i for i, g in enumerate(good) if g]
    if not goods:
        return set()
    return {
        i
        for i in range(goods[0] + 1, goods[-1])
        if (info := infos[i]) is not None
        and info.site
        and info.reason == "navigation"
        and menu_shaped(units[i])
    }
