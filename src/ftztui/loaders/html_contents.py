"""A page's table of contents: a block of links that all jump within the page.

Its entries repeat the article's headings further down ("1 Set goals and a timeline"), so
`html_article` leaves them out, on record, wherever trafilatura's text or the walk put them.
A link jumps within the page when its address is only a fragment ("#goals"), or when its
fragment names an element of this page ("https://example.com/guide/#goals", as site builders
and table-of-contents plugins write them): a fragment naming nothing here is another page's.
"""

from __future__ import annotations

from typing import Any

from ftztui.loaders.html_hidden import text_of

HtmlElement = Any  # lxml ships no type information

_UP = 5  # levels climbed from a candidate to find its table of contents
_LINKED = 0.8  # share of the block's text in its links


class Contents:
    """Which elements of one page are (in) a table of contents, each asked once."""

    def __init__(self) -> None:
        self.seen: dict[HtmlElement, bool] = {}
        self._ids: set[str] | None = None

    def holds(self, element: HtmlElement) -> bool:
        """`element` stands in a table of contents (at most `_UP` levels up)."""
        node = element
        for _ in range(_UP):
            if node is None or not isinstance(node.tag, str) or node.tag == "body":
                return False
            if node not in self.seen:
                self.seen[node] = self._is_contents(node)
            if self.seen[node]:
                return True
            node = node.getparent()
        return False

    def _is_contents(self, node: HtmlElement) -> bool:
        links: list[HtmlElement] = []
        for a in node.iter("a"):  # most blocks fail at their first link: stop there
            if not self._jumps(a.get("href") or "", node):
                return False
            links.append(a)
        if len(links) < 2:
            return False
        linked = sum(len(text_of(a)) for a in links)
        return linked >= _LINKED * len(text_of(node))

    def _jumps(self, href: str, node: HtmlElement) -> bool:
        if href.startswith("#"):
            return True
        _, hash_, fragment = href.partition("#")
        return bool(hash_ and fragment) and fragment in self._page_ids(node)

    def _page_ids(self, node: HtmlElement) -> set[str]:
        """The ids and anchor names of the page `node` is in, read once."""
        if self._ids is None:
            root = node.getroottree().getroot()
            self._ids = {
                name
                for e in root.iter()
                if isinstance(e.tag, str)
                for name in (e.get("id"), e.get("name"))
                if name
            }
        return self._ids
