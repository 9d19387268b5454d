"""What a browser adds to a page's text as it draws it: an ordered list's numbers, and digits
raised or lowered by <sup> and <sub> (`ftztui.scripts`)."""

from __future__ import annotations

from typing import Any

from ftztui.loaders.list_marks import list_number, whole_number
from ftztui.scripts import scripted

HtmlElement = Any  # lxml ships no type information


def item_number(item: HtmlElement, numbers: dict[HtmlElement, int]) -> str | None:
    """The mark an ordered list gives `item` ("3.", "c.", "iv."), as a browser numbers it
    (`<ol start type reversed>`, `<li value>`); None in other lists. `numbers` holds each
    list's next number, for the items after this one."""
    parent = item.getparent()
    if parent is None or parent.tag != "ol":
        return None
    step = -1 if parent.get("reversed") is not None else 1
    number = numbers.get(parent)
    if number is None:
        number = whole_number(parent.get("start"))
        if number is None:
            number = sum(1 for c in parent if c.tag == "li") if step < 0 else 1
    number = whole_number(item.get("value")) or number
    numbers[parent] = number + step
    return f"{list_number(number, parent.get('type') or '1')}."


def raise_scripts(content: HtmlElement) -> None:
    """Numbers in <sup> and <sub> as the characters a browser shows ("10⁶", "CO₂"), in the
    page's own tree, so that the walk and trafilatura read the same text."""
    for element in content.iter("sup", "sub"):
        below = element.tag == "sub"
        if not len(element):  # most: "m<sup>2</sup>"
            raised = scripted(element.text, below=below) if element.text else None
            if raised is not None:
                element.text = raised
            continue
        # A note's link in it, "<sup><a href="#fn3">3</a></sup>": every piece of its text.
        pieces = [(node, "text") for node in element.iter() if node.text]
        pieces += [(node, "tail") for node in element.iterdescendants() if node.tail]
        raised_pieces = [scripted(getattr(node, part), below=below) for node, part in pieces]
        if pieces and all(r is not None for r in raised_pieces):
            for (node, part), raised in zip(pieces, raised_pieces, strict=True):
                setattr(node, part, raised)
