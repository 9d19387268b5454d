"""Cards of other stories after the article: a grid of teasers inside the article's container.

Pages list other posts below the article ("More from the blog", a category's latest), each
post a card: a linked title and an excerpt, the cards siblings of one shape (same tag and
first class). Trafilatura and the walk's container often keep them: they stand inside the
element that holds the article, and their excerpts are prose. Decided from the tree's shape
and the links' addresses, never from what the classes say: kept candidates after the
article's last paragraph, each in a card of `_CARDS` or more like siblings, every one of
which holds a title linked to another page of the same site and an excerpt. Cards linking
elsewhere (a list of resources, a bibliography) are the article's.

Measured on WCXB's dev half (791 article pages), each step against the one before in one run:
6 pages changed, 4 gaining 0.19-0.50 precision, 2 whose gold keeps the cards losing 0.01
recall. Variants: every like sibling a teaser, not most (half: precision 0.9426 against
0.9434); a grid beginning before the last quarter of the article's prose is the article's
(without it, a listicle whose entries link to reviews lost its last three); a link to another
site is not a teaser's title (without it, a page's list of resources went). What the page
keeps after such a grid (a testimonial, "Follow us") goes with it (one more dev page).
All of it against main (ec99bfd), word recall / precision: dev 0.97718 / 0.94211 -> 0.97713 /
0.94374; held-out test half (256 pages, measured once) 0.98364 / 0.95193 -> 0.98364 / 0.95246;
Dragnet 0.92572 / 0.81039 -> 0.92565 / 0.81196; L3S-GN1 (Google News) 0.87276 / 0.82811 ->
0.87148 / 0.83028 (two of its gold texts keep a grid of other stories); trafilatura's
evaluation pages: "must keep" 2,528 of 2,664 unchanged, furniture kept 373 -> 369.
Its share of the loader's CPU time on the dev half: 2.3%.

A list of other posts without excerpts, each item a link to another page of the site and
nothing else, three or more in a row after the article's last paragraph, goes the same way
(`drop_link_lists`, as "related links"): trafilatura keeps them when they sit in the article's
own element. WCXB's dev gold texts hold 289 of the 1,246 words in such runs (some gold texts
keep a "Related" list). Against main with the notices' change before it, cached trafilatura
text, same run: dev precision 0.94500 -> 0.94547, recall 0.97743 -> 0.97739; CleanEval
0.91088 -> 0.91109, recall 0.95661 unchanged; CleanPortalEval precision 0.93830 -> 0.93929;
Readability's pages recall 0.97466 -> 0.97464 (a Wikipedia "See also"); trafilatura's
evaluation pages: furniture kept 331 -> 330, must-keep unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ftztui.loaders.html_hidden import text_of
from ftztui.loaders.html_prose import PROSE_WORDS

HtmlElement = Any  # lxml ships no type information

_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:www\.)?([^/:?#\s]+)", re.IGNORECASE)
_PLAIN_CLASS = re.compile(r"(?:^|\s)([^\s\d]+)(?=\s|$)")  # a class without digits
_CARDS = 3  # like siblings: a grid or list of cards, not one box
_UP = 6  # levels climbed from a candidate to find its card
_TITLE_WORDS = 2  # a link this long is a title or a "Read more"
_CARD_WORDS = 120  # a card with more text is an entry of the article (a listicle item)
_ARTICLE = 150  # words of prose outside the cards: less, and the cards may be the page's text
_AFTER = 0.25  # share of the article's prose that may follow them (a testimonial, a CTA)
_OUTWEIGH = 2  # cards holding this many times the prose outside them are its entries


def drop_teaser_cards(content: list[Any]) -> None:
    """Unkeep, with a reason, the kept candidates after the article's last paragraph that stand
    in teaser cards, unless the prose outside the cards is short or they outweigh it."""
    kept = [c for c in content if c.keep and c.element is not None]
    if not kept:
        return
    cards = _Cards(kept[0].element.getroottree().getroot())
    in_card = [cards.card(c.element) for c in kept]
    prose = [
        0 if card is not None or not _prose(c) else len(c.text.split())
        for c, card in zip(kept, in_card, strict=True)
    ]
    outside = sum(prose)
    if outside < _ARTICLE:
        return
    # Each grid (the cards' parent) is the article's when it begins before the article ends.
    after = outside
    late: dict[HtmlElement, bool] = {}
    for card, n in zip(in_card, prose, strict=True):
        after -= n
        if card is not None:
            late.setdefault(card.getparent(), after <= _AFTER * outside)
    start = next(
        (i for i, card in enumerate(in_card) if card is not None and late[card.getparent()]),
        None,
    )
    tail = [] if start is None else kept[start:]
    if not tail or sum(len(c.text.split()) for c in tail) >= _OUTWEIGH * outside:
        return
    for c, card in zip(tail, in_card[len(kept) - len(tail) :], strict=True):
        c.keep = False
        c.reason = "other stories" if card is not None else "after the article"


_LIST_RUN = 3  # linked list items in a row: a list of other posts, not one "see also"
_ALL_LINKED = 0.9  # share of an item's text in its links


def drop_link_lists(content: list[Any]) -> None:
    """Unkeep, with a reason, runs of `_LIST_RUN` or more kept list items after the article's
    last paragraph, each nothing but links, all to other pages of the same site: a list of other
    posts without excerpts ("Four rules to masterful food and wine pairing", "Read the full
    Kia EV6 review"). Links to other sites are the article's references."""
    kept = [c for c in content if c.keep and c.element is not None]
    last = max((i for i, c in enumerate(kept) if c.kind == "paragraph" and _prose(c)), default=None)
    if last is None:
        return
    cards: _Cards | None = None  # the page's host, found only when a run is there
    run: list[Any] = []
    for c in [*kept[last + 1 :], None]:
        if c is not None and c.op == "block" and c.kind == "list_item" and _all_linked(c):
            run.append(c)
            continue
        if len(run) >= _LIST_RUN:
            cards = cards or _Cards(run[0].element.getroottree().getroot())
            if all(cards.same_site(a.get("href") or "") for c in run for a in c.element.iter("a")):
                # One word each: share buttons ("Twitter", "E-Mail"), as `html_furniture` says.
                buttons = all(len(item.text.split()) == 1 for item in run)
                for item in run:
                    item.keep = False
                    item.reason = "row of links" if buttons else "related links"
        run = []


def _all_linked(c: Any) -> bool:
    """The item's text is all in its links (`_ALL_LINKED` of it)."""
    links = list(c.element.iter("a"))
    if not links:
        return False
    linked = sum(len(text_of(a)) for a in links)
    return linked >= _ALL_LINKED * len(text_of(c.element))


def _prose(c: Any) -> bool:
    return c.op == "block" and len(c.text.split()) >= PROSE_WORDS


class _Cards:
    """Which elements of a page are teaser cards, each asked once."""

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self.seen: dict[HtmlElement, bool] = {}
        self._host: str | None = None

    def card(self, element: HtmlElement) -> HtmlElement | None:
        """The teaser card `element` stands in (at most `_UP` levels up), or None."""
        node = element
        for _ in range(_UP):
            if node is None or not isinstance(node.tag, str) or node.tag == "body":
                return None
            if node not in self.seen:
                self.seen[node] = self._is_card(node)
            if self.seen[node]:
                return node
            node = node.getparent()
        return None

    @property
    def host(self) -> str:
        """The page's own site: the host most of its absolute links go to."""
        if self._host is None:
            hosts = Counter(_host(a.get("href") or "") for a in self.root.iter("a"))
            hosts.pop("", None)
            self._host = hosts.most_common(1)[0][0] if hosts else ""
        return self._host

    def _is_card(self, node: HtmlElement) -> bool:
        parent = node.getparent()
        if parent is None or node.tag in ("p", "li", "tr", "td"):
            return False
        mine = _signature(node)
        like = [s for s in parent if s.tag == node.tag and _signature(s) == mine]
        answer = len(like) >= _CARDS and all(self._is_teaser(s) for s in like)
        for s in like:  # one answer for the whole grid: each card is not asked again
            self.seen[s] = answer
        return answer

    def _is_teaser(self, node: HtmlElement) -> bool:
        """A title linked to another page of the site, and an excerpt: prose outside the
        links, or a link wrapping the whole card (title and excerpt, each an element)."""
        if next(node.iter("a"), None) is None:
            return False
        words = _words(node, _CARD_WORDS)
        if words > _CARD_WORDS:
            return False
        linked = 0
        title = whole = False
        for a in node.iter("a"):
            n = len(text_of(a).split())
            linked += n
            if n < _TITLE_WORDS or not self.same_site(a.get("href") or ""):
                continue
            title = True
            whole = whole or (n >= 3 * _TITLE_WORDS and _parts(a) >= 2)
        return title and (whole or words - linked >= PROSE_WORDS)

    def same_site(self, href: str) -> bool:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return False
        host = _host(href)
        return not host or host == self.host


def _words(node: HtmlElement, limit: int) -> int:
    """Words of an element's text, counted up to just past `limit` (a card is short; the
    element holding the whole article is not read to its end)."""
    count = 0
    for text in node.itertext():
        count += len(text.split())
        if count > limit:
            break
    return count


def _host(href: str) -> str:
    """The host of an absolute link, without "www."; "" for a relative one."""
    found = _HOST.match(href.strip())
    return found.group(1).lower() if found else ""


def _signature(node: HtmlElement) -> tuple[str, str]:
    """Its tag and first class without digits: cards of one grid share them ("post-item"),
    and differ in the classes that number them ("post-4185", "category-elder-law" ...)."""
    first = _PLAIN_CLASS.search(node.get("class") or "")
    return node.tag, first.group(1) if first else ""


def _parts(link: HtmlElement) -> int:
    """Elements holding text inside a link: a card's title and excerpt, each its own."""
    return sum(
        1
        for e in link.iter()
        if e is not link and isinstance(e.tag, str) and (e.text or "").strip()
    )
