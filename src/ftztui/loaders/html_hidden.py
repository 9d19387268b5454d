"""How much of a page a browser shows as text, and whether its hidden parts are its content.

A page's hidden parts (`hidden`, `aria-hidden="true"`, `display: none`) are mostly menus, dialogs
and copies for other screen sizes, and the walk records them as removed. But pages rendered by a
script in pieces ship their text hidden and move it into place once it loads: the visible page
is a row of "Loading paragraph..." placeholders, and the article is in hidden blocks after them.
Such a page is recognised by its shape: its hidden elements together hold at least two thirds of
its text (`_HIDDEN_SHARE`). Then the page is walked again with them read as text (only such
pages pay for a second walk), and which parts are the article is decided as on any other page.

Sizes are of visible text: a page's scripts and styles (often most of its bytes: inlined data
for the script) and its forms' option lists are not text a reader sees, so they do not count in
what "most of the page" is.
"""

from __future__ import annotations

from typing import Any

import lxml.etree as etree

HtmlElement = Any  # lxml ships no type information

_UNSHOWN = ("script", "style", "option")
# Measured on WCXB's dev half (791 article pages): the three pages whose hidden parts hold 1.0,
# 0.99 and 0.77 of their text are such pages (trafilatura, which reads hidden parts, found
# their articles; we kept 0, 6 and 104 of their words). Dev recall 0.9717 -> 0.9753, precision
# 0.9319 -> 0.9339. At one half, a page whose hidden "republish this story" box holds a copy of
# its article (0.62) also qualified and lost 0.4 of its precision; one whose answers sit in
# closed accordion panels (0.56) gained 0.75 of its recall.
_HIDDEN_SHARE = 2 / 3


def _text_size(element: HtmlElement, solid: bool = False) -> int:
    """Characters of an element's text; with `solid`, without its whitespace (a form's or a
    menu's markup indents its few words with far more spaces than a paragraph has)."""
    text = text_of(element)
    return len("".join(text.split())) if solid else len(text)


def text_of(element: HtmlElement) -> str:
    """All the text inside an element (not its tail), in one C call."""
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return text


def visible_size(content: HtmlElement, solid: bool = False) -> int:
    """Characters of text under `content`, without those of its scripts, styles and option
    lists (a form's list of 200 countries is not a page's text either)."""
    size = _text_size(content, solid)
    for part in content.iter(*_UNSHOWN):
        size -= _text_size(part, solid)
    return max(size, 0)


def is_hidden(element: HtmlElement) -> bool:
    """Hidden by its own attributes: `hidden`, `aria-hidden="true"`, `display: none`."""
    attrib = element.attrib
    if not attrib:
        return False
    style = attrib.get("style")
    return (
        "hidden" in attrib
        or attrib.get("aria-hidden") == "true"
        or bool(style and "display:none" in style.replace(" ", "").lower())
    )


def unfold(element: HtmlElement) -> None:
    """Show a hidden element in place: trafilatura, which drops what is hidden, reads the same
    tree after the walk."""
    for name in ("hidden", "aria-hidden", "style"):
        element.attrib.pop(name, None)


def answers_a_question(element: HtmlElement) -> bool:
    """A hidden element right after a visible question is its answer, folded away until the
    question is clicked (an FAQ's accordion: WCXB's gold keeps the answers, and a reader of
    "Q: Is there a warranty included?" expects "A: Yes, …" under it): read as text."""
    question = element.getprevious()
    while question is not None and not isinstance(question.tag, str):  # a comment between
        question = question.getprevious()
    if question is None or is_hidden(question):
        return False
    asked = " ".join(text_of(question).split())
    if not asked.endswith("?") or len(asked.split()) > 30:
        return False
    return len(text_of(element).split()) >= 5


def hidden_holds_the_page(hidden: list[HtmlElement], visible: int, content: HtmlElement) -> bool:
    """The page's hidden elements (`hidden`, the outermost of each nest, as the walk met them)
    hold most of the visible text of `content` (`visible` characters): the page's text is
    shipped hidden, to be shown by a script. Counted without whitespace."""
    if visible <= 0 or not hidden:
        return False
    # Their text with its scripts and whitespace first (one C call each): most pages stop here.
    if sum(_text_size(e) for e in hidden) < _HIDDEN_SHARE * visible:
        return False
    solid = visible_size(content, solid=True)
    return sum(visible_size(e, solid=True) for e in hidden) >= _HIDDEN_SHARE * solid
