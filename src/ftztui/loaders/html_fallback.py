"""When trafilatura finds no article and the landmarks leave out most of the page's prose.

Without trafilatura's text, `html_article.replay` keeps what stands outside the page's
landmarks (<nav>, <header>, <footer>, <aside>). A page whose article sits inside one of them
(an unclosed <header> or pop-up <aside> that swallowed the rest of the page) then lost all of
it. So, when the candidates kept that way hold less than half of the page's prose, the deepest
element holding half of all its prose is kept as well, unless most of its prose is list items
(a list of entries, not an article). Decided from the tree's shape, never from class names.

Measured on WCXB's dev half: one page of 791 (its article inside an unclosed <header> within
a pop-up <aside>) went from nothing kept to recall and precision 1.0; recall 0.9745 ->
0.9758, precision 0.9394 -> 0.9407. Trafilatura's evaluation pages: no sentence changed.
"""

from __future__ import annotations

from typing import Any

from ftztui.loaders.html_prose import LISTED, PROSE_WORDS, Within, holder, weights


def keep_the_prose_anywhere(content: list[Any]) -> None:
    """Keep the element holding half the page's prose when what is kept holds less."""
    prose = [
        (c, n)
        for c in content
        if c.op == "block" and c.element is not None and (n := len(c.text.split())) >= PROSE_WORDS
    ]
    total = sum(n for _, n in prose)
    if not total or sum(n for c, n in prose if c.keep) >= 0.5 * total:
        return
    weight = weights(prose)
    container = holder(weight, total)
    held = Within(container)
    listed = sum(n for c, n in prose if c.kind == "list_item" and held(c.element))
    if listed >= LISTED * weight[container]:
        return
    for c in content:
        if c.element is not None and held(c.element):
            c.keep = True
