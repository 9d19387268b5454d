"""The author's box after an article: who wrote it, not what they wrote.

Pages end their posts with a few lines about the writer ("Rebecca Norris is a full-time
freelance writer living in the Washington, D.C. metro area ..."), with the name on a line of
its own, a role ("Contributing Writer") and "View all posts by ...". Trafilatura's text and the
walk's container keep them: they stand inside the element that holds the article, and the bio
is prose. WCXB's gold texts leave them out, and a reader looking for the article's text does
not need the writer's résumé in the middle of its search hits; so they leave the article, on
record as "about the author".

Decided from the text and the tree, never from class names: a kept paragraph shaped like a
bio (a person's name, then "is", "was", "has been", "writes" ...), with no other prose of the
article after it, whose name the page also prints as a byline ("By Rebecca Norris", "Written
by ...") or as a line of its own. What else the bio's box holds (the deepest element around it
holding none of the article's prose before it) goes with it: the name, the role, the links.
A person the article is about is named in its text, not in a byline, and is followed by more
of the article. A bio written as the article's last paragraph ("Dan Savage is the editor of
The Stranger.") stays: it is part of what the writer sent, and CleanEval's and Readability's
gold texts keep it.

Measured (cached trafilatura text, each set against main 1514403 in the same run), recall /
precision: WCXB dev 0.97699 / 0.94479 -> 0.97699 / 0.94508 (8 pages, each gaining 0.003-0.06);
Readability's pages recall 0.97408 -> 0.97376 (one page, whose gold keeps two reporters' bios
set in a box of their own); CleanEval, CleanPortalEval, trafilatura's evaluation pages
unchanged. Variants: bios as paragraphs of the article too: dev precision 0.94544, recall
0.97692, but CleanEval, CleanPortalEval and Readability lost recall (0.0014 on Readability's);
a name printed in any short line rather than a byline or a line of its own: product names in
headings ("Perfect Privacy Pros") took product reviews' last paragraphs (dev recall -0.0001).
"""

from __future__ import annotations

import re
from typing import Any

from ftztui.loaders.html_prose import PROSE_WORDS

HtmlElement = Any  # lxml ships no type information

#: Two to four capitalised words, not opening with an article or a pronoun ("The Braun ...").
_NAME = (
    r"(?!(?:The|This|That|These|Our|Its?|An?|We|Here|There)\b)"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
)
#: A bio's opening: "Dr. Toni Golen is a physician", "*Angela Holliday-Bell, MD, is a ...",
#: "(Paul Fenaroli is an Associate Attorney ...".
BIO = re.compile(
    rf"^[*(]?(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?({_NAME})(?:,[^,]{{2,60}},)? (?:is|was|has been"
    r"|holds|serves|joined|writes|covers|began|started|grew up|lives|specializes|brings)\b"
)
#: A byline naming the writer: "By Chris Radich", "Written by Cassidy Horton", "ByKathy Owen"
#: (the name in a link of its own, with no space before it).
BYLINE = re.compile(
    r"^\W*(?:(?:(?:written|posted|reviewed|edited) )?by(?:\b|(?=[A-Z]))|published in\b)",
    re.IGNORECASE,
)
_BYLINE_WORDS = 15


def drop_author_box(candidates: list[Any], content: list[Any]) -> None:
    """Unkeep, with a reason, the bios ending the kept article (and what their box holds),
    when the page names their person in a byline or a line of its own. `candidates` are all
    the page's, removed ones too (the byline the walk left out), `content` those that may be
    kept, in reading order."""
    kept = [c for c in content if c.keep and c.element is not None]
    bios = _trailing_bios(kept)
    if not bios:
        return
    names = {name for _, name in bios}
    signed = {name for name in names if _signed(name, candidates, {id(c) for c, _ in bios})}
    bios = [(c, name) for c, name in bios if name in signed]
    if not bios:
        return
    first = kept.index(bios[0][0])
    article: set[HtmlElement] = set()  # the article's prose elements and their ancestors
    for c in kept[:first]:
        if _prose(c):
            article.update(c.element.iterancestors())
            article.add(c.element)
    # A bio set as one more paragraph of the article ("Dan Savage is the editor of The
    # Stranger") is part of what its writer sent, and stays: only a box of its own, holding
    # the name, a picture or a role beside the bio, is the page's.
    boxes = {b for c, _ in bios if (b := _box(c.element, article)) is not c.element}
    for c in kept:
        if any(_holds(box, c.element) for box in boxes):
            c.keep = False
            c.reason = "about the author"


def _prose(c: Any) -> bool:
    return c.op == "block" and len(c.text.split()) >= PROSE_WORDS


def _trailing_bios(kept: list[Any]) -> list[tuple[Any, str]]:
    """The bios among the kept candidates after the article's last other prose, with their
    person's name; none when prose that is not a bio comes after one."""
    bios: list[tuple[Any, str]] = []
    for c in reversed(kept):
        if not _prose(c):
            continue
        found = BIO.match(c.text)
        if found is None:
            break
        bios.append((c, found.group(1)))
    bios.reverse()
    return bios


def _signed(name: str, candidates: list[Any], bios: set[int]) -> bool:
    """The page prints `name` in a byline ("By Chris Radich") or on a line of its own, alone
    or before its titles ("Shelby Loos, DVM"): a product's name is printed in headings too
    ("Perfect Privacy Pros"), but not so."""
    for c in candidates:
        if id(c) in bios or name not in c.text:
            continue
        text = c.text.strip(" *:|")
        if len(text.split()) > _BYLINE_WORDS:
            continue
        if BYLINE.match(text) or text == name or text.startswith(f"{name},"):
            return True
    return False


def _box(element: HtmlElement, article: set[HtmlElement]) -> HtmlElement:
    """A bio's box: the highest element around it that holds none of the article's prose
    (`article`: the prose's elements and their ancestors); the bio's own element when its
    parent holds that prose."""
    if element in article:
        return element  # text loose in the <div> that holds the article: no box
    box = element
    node = element.getparent()
    while node is not None and node not in article:
        box = node
        node = node.getparent()
    return box


def _holds(box: HtmlElement, element: HtmlElement) -> bool:
    node = element
    while node is not None:
        if node is box:
            return True
        node = node.getparent()
    return False
