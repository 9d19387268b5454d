"""Where a page's prose is, from the walk's candidates: without asking trafilatura.

`prose_chars` estimates what readability would take as the article (`html_trafilatura` uses it
to decide whether trafilatura's fast text is enough). `clear_article` finds the pages whose
article is unmistakable from the walk alone, so that trafilatura, 0.6 of the loader's time,
is only run where the walk is not confident (`html.load_html`).
"""

from __future__ import annotations

import functools
import re
from typing import Any, Protocol

from ftztui.loaders.html_reasons import in_landmark, is_side_rail

HtmlElement = Any  # lxml ships no type information

PROSE_WORDS = 10  # a candidate this long is prose, for finding where the page's prose is
LISTED = 0.75  # share of a container's prose in list items that makes it a list of entries
_TOKEN = re.compile(r"\w+")


class Candidate(Protocol):
    op: str
    text: str
    element: HtmlElement
    kind: str


@functools.lru_cache(maxsize=8192)  # each candidate is asked for twice: matched, then repeated
def normalise(text: str) -> str:
    """Lower-cased words joined by single spaces: how candidates and the article compare."""
    return " ".join(_TOKEN.findall(text.casefold()))


def prose_chars(candidates: list[Any]) -> int:
    """Characters of text in the deepest element holding half the page's prose: about what
    readability would take as the article."""
    prose = [
        (c, len(c.text))
        for c in candidates
        if c.op == "block"
        and c.element is not None
        and c.text.count(" ") >= PROSE_WORDS - 1
        and not program_text(c)
    ]
    weight = weights(prose)
    if not prose:
        return 0
    inside = Within(holder(weight, sum(n for _, n in prose)))
    return sum(len(c.text) for c in candidates if c.op != "removed" and inside(c.element))


def weights(prose: list[tuple[Any, int]]) -> dict[HtmlElement, int]:
    """How much prose each element holds, from its candidates' sizes."""
    weight: dict[HtmlElement, int] = {}
    for c, n in prose:
        node = c.element
        while node is not None:
            weight[node] = weight.get(node, 0) + n
            node = node.getparent()
    return weight


def holder(weight: dict[HtmlElement, int], total: float, share: float = 0.5) -> HtmlElement:
    """The deepest element holding `share` of the prose."""
    return max((e for e in weight if weight[e] >= share * total), key=depth)


def depth(element: HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


class Within:
    """Whether elements of a page stand in `container` (or are it): each element's answer is
    remembered on the way up, so the page's tree is climbed once, not once per candidate."""

    def __init__(self, container: HtmlElement, *more: HtmlElement) -> None:
        self.seen: dict[HtmlElement, bool] = {container: True, **dict.fromkeys(more, True)}

    def __call__(self, element: HtmlElement) -> bool:
        path: list[HtmlElement] = []
        node = element
        while node is not None and node not in self.seen:
            path.append(node)
            node = node.getparent()
        answer = node is not None and self.seen[node]
        for passed in path:
            self.seen[passed] = answer
        return answer


# What makes an article clear from the walk alone, chosen on the benchmark's dev half (791
# article pages) against trafilatura deciding every page: the container (the deepest element
# holding half the prose outside the landmarks) holds >= 0.85 of that prose and >= 300 words,
# lines of under 10 words are <= 0.1 of its words and lines mostly of links <= 0.02, no
# side-rail heading, not mostly list items; the prose between the title and the container
# counts with it (`_lead_words`). Dev half, same run as main (ec3d4c0): trafilatura skipped
# on 362 pages (0.50 of the bytes); recall 0.967 -> 0.972, precision 0.931 -> 0.932,
# paragraphs lost 336 -> 310; 1.30x faster. Held-out test half (256 pages): skipped on 112
# (0.41 of the bytes); recall 0.981 -> 0.985, precision 0.949 -> 0.948, lost 27 -> 25;
# 1.31x faster. Looser, link lines <= 0.05: 0.53 of the dev bytes, precision -0.001; also
# dropping the link lines inside: 18 more paragraphs lost (trafilatura's pruning of a
# newsletter box or a "More ..." list inside the container is finer than that).
_CLEAR_SHARE = 0.85
_CLEAR_WORDS = 300
_MAX_SHORT = 0.1  # share of the container's words in paragraphs or list items of < 10 words
_MAX_LINKED = 0.02  # share of its words in blocks that are mostly link text
_MIN_COVER = 0.5  # share of all the words outside the landmarks that the container holds


def twins(container: HtmlElement) -> list[HtmlElement]:
    """The container's siblings of the very same tag and class: the parts of one article a
    page sets in repeated wrappers (Medium's "section-inner layoutSingleColumn", one per part
    of a post, a picture's wider wrapper between them). The container is the one holding most
    of the prose; its twins hold the rest, often lists, too little prose to tip the count."""
    name = container.get("class")
    parent = container.getparent()
    if not name or parent is None:
        return []
    tag = container.tag
    return [e for e in parent if e is not container and e.tag == tag and e.get("class") == name]


def clear_article(candidates: list[Any], title_at: int | None = None) -> HtmlElement | None:
    """The element holding the article when the page leaves no doubt, else None.

    No doubt: one element holds nearly all the prose outside the page's landmarks, and what
    else it holds does not look like furniture (short lines, lists of links, a side-rail
    heading such as "Related Articles"). Decided from the walk's candidates and the shape of
    the tree, never from class names."""
    content = [c for c in candidates if c.op != "removed"]
    size = {id(c): len(c.text.split()) for c in content}  # words, counted once
    landmarks: dict[HtmlElement, bool] = {}
    outside = [c for c in content if not in_landmark(c.element, landmarks)]
    prose = [
        (c, n)
        for c in outside
        if c.op == "block" and (n := size[id(c)]) >= PROSE_WORDS and not program_text(c)
    ]
    total = sum(n for _, n in prose)
    if total < _CLEAR_WORDS:
        return None
    weight = weights(prose)
    container = holder(weight, total)
    held = Within(container)
    lead = _lead_words(candidates, title_at, held, landmarks)
    if weight[container] < _CLEAR_WORDS or weight[container] + lead < _CLEAR_SHARE * total:
        return None
    listed = sum(n for c, n in prose if c.kind == "list_item" and held(c.element))
    if listed >= LISTED * weight[container]:
        return None  # a list of entries (comments, replies, other posts), not one article
    inside = [c for c in content if held(c.element)]
    words = sum(size[id(c)] for c in inside)
    if words < _MIN_COVER * sum(size[id(c)] for c in outside):
        return None
    return container if _looks_clean(inside, size, words) else None


def _looks_clean(inside: list[Any], size: dict[int, int], words: int) -> bool:
    """No side-rail heading, few short lines, few lines of links among the container's
    candidates (each count stops as soon as it is over its limit)."""
    short = 0
    for c in inside:
        if c.op == "heading":
            if is_side_rail(c.text):
                return False
        elif c.kind in ("paragraph", "list_item") and size[id(c)] < PROSE_WORDS:
            short += size[id(c)]
            if short > _MAX_SHORT * words:
                return False
    linked = 0
    density: dict[HtmlElement, bool] = {}
    for c in inside:
        if c.element is not None and mostly_links(c.element, density):
            linked += size[id(c)]
            if linked > _MAX_LINKED * words:
                return False
    return True


def _lead_words(
    candidates: list[Any],
    title_at: int | None,
    held: Within,
    landmarks: dict[HtmlElement, bool],
) -> int:
    """Words of prose between the article's title and its container (a standfirst, a first
    paragraph set apart), which `html_article` keeps with the container: part of the
    article's share of the page's prose. Measured on the dev half: 341 -> 362 pages decided
    by the walk (0.47 -> 0.50 of the bytes), precision 0.9313 -> 0.932, paragraphs lost
    311 -> 310; trafilatura's evaluation pages: must-keep sentences 0.947 -> 0.948."""
    if title_at is None:
        return 0
    lead = 0
    for c in candidates[title_at:]:
        if c.op == "removed" or c.element is None:
            continue
        if held(c.element):
            return lead
        n = len(c.text.split())
        if c.op == "block" and n >= PROSE_WORDS and not in_landmark(c.element, landmarks):
            lead += n
    return 0


def program_text(c: Candidate) -> bool:
    """A paragraph of program text or markup, no prose: a script whose opening tag the saved
    file lost shows its JavaScript as the page's text (braces and semicolons, which prose does
    not use together, are a fiftieth of its characters); a blog's comment form lists the tags
    it allows ("You may use these HTML tags and attributes: <a href="" title=""> <abbr ...>").
    Not a <pre> block (`code`), which the page shows as code.

    Counted as prose, a 146-word paragraph of JavaScript outweighed an article trafilatura had
    found whole: the article was taken as less than half the page's prose and the site's menus
    were kept with it (`html_fallback`), or the page's body was taken as a clear article
    (`clear_article`). Word recall / precision against edd7cad: Dragnet 0.9326 / 0.8361 ->
    0.9325 / 0.8378, paragraphs lost 692 -> 690; L3S-GN1 precision 0.8702 -> 0.8713 (with
    `html_trafilatura._layout_table`); WCXB, CleanEval and trafilatura's pages the same."""
    text = c.text
    if c.kind == "code":
        return False
    if "<" in text and sum(len(m) for m in _TAG.findall(text)) >= _MARKUP_SHARE * len(text):
        return True  # markup shown as text: a comment form's "You may use these HTML tags"
    if "{" not in text or ";" not in text:
        return False  # prose may have semicolons, never braces and semicolons
    return sum(text.count(m) for m in "{};") >= _PROGRAM_MARKS * len(text)


_PROGRAM_MARKS = 0.02
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>")
_MARKUP_SHARE = 0.3


def mostly_links(element: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """More than half the element's text is link text."""
    if element not in seen:
        linked = sum(len(a.text_content()) for a in element.iter("a"))
        seen[element] = linked > 0.5 * len(element.text_content() or " ")
    return seen[element]
