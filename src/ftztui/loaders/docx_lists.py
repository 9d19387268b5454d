"""The level and number Word gives each list paragraph, from the file's numbering part.

A numbered paragraph names a list (`w:numId`) and its level in it (`w:ilvl`); the list's
abstract definition gives each level's first number, format and text ("%1.", "%1.%2)").
Lists that share a definition count on together, as Word does, unless one restarts its
numbers (`w:startOverride`); a level's count starts again after an item of a shallower
level. A paragraph with list number 0 is an item's later paragraph: no mark, at the level of
the item before it.
"""

from __future__ import annotations

import re
from typing import Any

from ftztui.loaders.docx_text import W
from ftztui.loaders.list_marks import list_number, whole_number

_PLACEHOLDER = re.compile(r"%([1-9])")
#: Bullets drawn as they are: a task list's boxes (pandoc's task_list.docx), dashes. Others
#: are a symbol font's private characters ("\uf0b7") or its letters ("o", "§"): a bullet. A
#: blank one (" ") draws nothing: an item's later paragraph.
_SAID_BULLETS = frozenset("☐☑☒✓✔✗✘–—-")


def _val(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return None if found is None else found.get(f"{W}val")


def _int(value: str | None, default: int) -> int:
    number = whole_number(value)
    return default if number is None else number


class ListNumbers:
    """Counts a .docx's numbered paragraphs in reading order."""

    def __init__(self, word: Any) -> None:
        #: abstract definition -> level -> (first number, format, text)
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        #: list number -> (its abstract definition, levels whose count it restarts)
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self.restarted: set[str] = set()
        self.last_level = 0
        #: paragraph style -> the list number and level its paragraphs have ("Aufzählung
        #: Strich", "List Number": the style numbers them, not the paragraph)
        self.styled: dict[str, tuple[str | None, str | None]] = {}
        try:
            for style in word.styles.element.iterchildren(f"{W}style"):
                numbered = style.find(f"{W}pPr/{W}numPr")
                if numbered is not None:
                    ident = style.get(f"{W}styleId") or ""
                    self.styled[ident] = (_val(numbered, f"{W}numId"), _val(numbered, f"{W}ilvl"))
        except Exception:  # no styles part, or a damaged one: paragraphs number themselves
            pass
        try:
            numbering = word.part.numbering_part.element
        except Exception:  # no numbering part: every list item is a bullet at level 0
            return
        for abstract in numbering.iterchildren(f"{W}abstractNum"):
            levels = self.levels.setdefault(abstract.get(f"{W}abstractNumId") or "", {})
            for lvl in abstract.iterchildren(f"{W}lvl"):
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = (
                    _int(_val(lvl, f"{W}start"), 1),
                    _val(lvl, f"{W}numFmt") or "decimal",
                    _val(lvl, f"{W}lvlText") or "",
                )
        for num in numbering.iterchildren(f"{W}num"):
            overrides = {
                _int(o.get(f"{W}ilvl"), 0): _int(_val(o, f"{W}startOverride"), 1)
                for o in num.iterchildren(f"{W}lvlOverride")
                if o.find(f"{W}startOverride") is not None
            }
            abstract_id = _val(num, f"{W}abstractNumId") or ""
            self.lists[num.get(f"{W}numId") or ""] = (abstract_id, overrides)

    def numbered(self, paragraph: Any, style: str) -> bool:
        """Whether the paragraph, or its style, takes a number or a bullet from a list."""
        return paragraph.find(f"{W}pPr/{W}numPr") is not None or style in self.styled

    def item(self, paragraph: Any, style: str = "") -> tuple[int, str | None]:
        """The level and mark ("3.", "b)"; None: a bullet; "": no mark) of a list paragraph
        in `style` (its style's id)."""
        numbering = paragraph.find(f"{W}pPr/{W}numPr")
        styled_id, styled_level = self.styled.get(style, (None, None))
        if numbering is None and styled_id is None:  # a list style by name only
            return 0, None
        num_id = _val(numbering, f"{W}numId") or styled_id or ""
        if num_id == "0" or num_id not in self.lists:
            return self.last_level, ""
        level = min(_int(_val(numbering, f"{W}ilvl") or styled_level, 0), 8)
        self.last_level = level
        abstract_id, overrides = self.lists[num_id]
        levels = self.levels.get(abstract_id, {})
        counts = self.counts.setdefault(abstract_id, {})
        if num_id not in self.restarted and overrides:
            self.restarted.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        start, style, text = levels.get(level, (1, "bullet", ""))
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        if style == "bullet":  # a task's box or a dash says something; a symbol font's dot not
            said = text.strip()
            return level, said if said in _SAID_BULLETS or (text and not said) else None
        if style == "none":
            return level, ""

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            first, at_style, _ = levels.get(at, (1, "decimal", ""))
            return list_number(counts.get(at, first), at_style)

        return level, _PLACEHOLDER.sub(number, text).strip() or None
