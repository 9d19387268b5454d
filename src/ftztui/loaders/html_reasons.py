"""Why a part of a page is not its article, named from where it stood.

Only ever to *name* a removal ("comments", "navigation", "sidebar") and to find the page's
landmarks (<nav>, <header>, <footer>, <aside>, ARIA roles): which parts are the article is
decided in `html_article` by trafilatura's text, never by these class-name words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

HtmlElement = Any  # lxml ships no type information

_LANDMARK_TAGS = {
    "nav": "navigation",
    "header": "site header",
    "footer": "site footer",
    "aside": "sidebar",
}
_LANDMARK_ROLES = {
    "navigation": "navigation",
    "banner": "site header",
    "contentinfo": "site footer",
    "complementary": "sidebar",
    "search": "search box",
    "menu": "navigation",
    "menubar": "navigation",
    "dialog": "dialog",
    "alertdialog": "dialog",
}
# Words of class and id values, only ever to *name* why something was left out: which parts
# are the article was decided by trafilatura's text, never by these names.
_REASON_WORDS = (
    ("comment", "comments"),
    ("disqus", "comments"),
    ("reply", "comments"),
    ("cookie", "cookie notice"),
    ("consent", "cookie notice"),
    ("gdpr", "cookie notice"),
    ("newsletter", "subscription notice"),
    ("subscribe", "subscription notice"),
    ("signup", "subscription notice"),
    ("share", "share buttons"),
    ("social", "share buttons"),
    ("related", "related links"),
    ("recommend", "related links"),
    ("popular", "related links"),
    ("trending", "related links"),
    ("hot-", "related links"),
    ("hot_", "related links"),
    ("hotnews", "related links"),
    ("more-", "related links"),
    ("outbrain", "related links"),
    ("taboola", "advertisement"),
    ("advert", "advertisement"),
    ("sponsor", "advertisement"),
    ("promo", "advertisement"),
    ("breadcrumb", "navigation"),
    ("menu", "navigation"),
    ("nav", "navigation"),
    ("author", "about the author"),
    ("bio", "about the author"),
    ("tag", "tags"),
    ("categor", "tags"),
    ("footer", "site footer"),
    ("header", "site header"),
    ("masthead", "site header"),
    ("sidebar", "sidebar"),
    ("widget", "sidebar"),
    ("banner", "banner"),
)
_AD = re.compile(r"(?:^|[\s_-])ads?(?:$|[\s_-])")
# Any of the words, or "ad": most names have none, and one search tells so.
_ANY_REASON = re.compile("|".join(re.escape(w) for w, _ in _REASON_WORDS) + "|ad")


T = TypeVar("T")


def in_landmark(element: HtmlElement, cache: dict[HtmlElement, bool] | None = None) -> bool:
    """Inside a <nav>, <header>, <footer>, <aside> or an element with such a role. `cache`
    remembers the answer for each element passed on the way up (one walk per page, not one
    per candidate). Written out rather than through `_nearest`: asked for every candidate
    of a page, twice or more."""
    cache = {} if cache is None else cache
    path: list[HtmlElement] = []
    node = element
    answer = False
    while node is not None:
        known = cache.get(node)
        if known is not None:
            answer = known
            break
        tag = node.tag
        if not isinstance(tag, str):
            break
        path.append(node)
        if tag in _LANDMARK_TAGS:
            answer = True
            break
        role = node.get("role")
        if role and role.lower() in _LANDMARK_ROLES:
            answer = True
            break
        node = node.getparent()
    for seen in path:
        cache[seen] = answer
    return answer


def reason_for(element: HtmlElement, cache: dict[HtmlElement, str] | None = None) -> str:
    """Why a part of the page is not the article, in a reader's words, from where it stood:
    the nearest enclosing element whose name or landmark says what it is."""
    cache = {} if cache is None else cache
    return _nearest(element, cache, _own_reason, "outside the article", stop="body")


def _nearest(
    element: HtmlElement,
    cache: dict[HtmlElement, T],
    own: Callable[[HtmlElement], T | None],
    default: T,
    stop: str,
) -> T:
    """The answer `own` gives for the nearest of `element` and its ancestors (below a `stop`
    element) that has one, else `default`; remembered in `cache` for every element passed."""
    path: list[HtmlElement] = []
    node = element
    answer = default
    while node is not None and isinstance(node.tag, str) and node.tag != stop:
        if node in cache:
            answer = cache[node]
            break
        path.append(node)
        found = own(node)
        if found is not None:
            answer = found
            break
        node = node.getparent()
    for seen in path:
        cache[seen] = answer
    return answer


def _own_reason(node: HtmlElement) -> str | None:
    names = f"{node.get('class', '')} {node.get('id', '')}".lower()
    if len(names) > 1 and _ANY_REASON.search(names):
        for word, reason in _REASON_WORDS:
            if word in names:
                return reason
        if _AD.search(names):
            return "advertisement"
    return _LANDMARK_TAGS.get(node.tag) or _LANDMARK_ROLES.get((node.get("role") or "").lower())


_SIDE_RAIL = re.compile(
    r"^(?:trending(?: now| stories| topics)?|related(?: articles| posts| stories| content"
    r"| reading| news| links| topics)?|popular(?: on .{1,40}| now| posts| stories)?"
    r"|most (?:read|popular|viewed|shared|commented)(?: .{1,30})?|(?:\d+ )?comments?"
    r"|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)"
    r"|about (?:the )?authors?|share(?: this(?: article| post| story| page)?)?"
    r"|you (?:may|might) (?:also )?like|recommended(?: for you| reading| stories)?"
    r"|more (?:stories|news|articles|from .{1,40}|on .{1,40})|read (?:more|next)|up next"
    r"|newsletters?|sign up.{0,40}|subscribe.{0,40}|advertisement|sponsored(?: content)?"
    r"|follow us.{0,30}|tags?|categories|latest(?: news| posts| stories)?|editor'?s? picks?"
    r"|don'?t miss|see also|further reading|in other news|top stories|contents"
    r"|table of contents|in this (?:article|story|post)|on this page|jump to)\s*[:：!.…]?$",
    re.IGNORECASE,
)
# The same labels as pages in German, French, Spanish, Portuguese, Italian, Polish and Dutch
# write them (trafilatura's evaluation pages are mostly German): "Beitrag teilen", "Über den
# Autor", "Mirá también", "Podziel się", "Empfohlener redaktioneller Inhalt". With their lines
# of their own (`html_article.replay`), evaluation pages: furniture kept 369 -> 343 of 2,644,
# must-keep unchanged; WCXB dev: precision +0.00025, recall -0.00005 (a page the walk now
# leaves to trafilatura, which drops its section headings).
_SIDE_RAIL_ABROAD = re.compile(
    r"^(?:(?:diesen |den )?(?:beitrag|artikel) teilen|teilen(?: sie dies mit)?|gefällt mir"
    r"|(?:\d+ )?kommentare?|(?:schreibe|hinterlasse) einen kommentar(?: antworten abbrechen)?"
    r"|kommentar schreiben|(?:ähnliche|verwandte|weitere) (?:artikel|beiträge|themen\w*)"
    r"(?: .{1,40})?|mehr (?:zum thema|zu .{1,40})|das könnte (?:sie|dich) auch interessieren"
    r"|auch interessant"
    r"|empfohlener redaktioneller inhalt|über (?:den autor|die autorin)|zum autor|meistgelesen"
    r"|meist gelesen|lesen sie (?:auch|mehr)|schlagw(?:örter|orte)|anzeige|werbung|siehe auch"
    r"|inhaltsverzeichnis|(?:jetzt )?(?:zum |unseren )?(?:kostenlosen )?newsletter (?:abonnieren"
    r"|anmelden|bestellen)|(?:jetzt )?registrieren|zurück zu[rm] (?:übersicht|startseite"
    r"|listenansicht|liste|blog|artikelübersicht)|(?:möchten sie )?(?:den |diesen )?artikel"
    r" teilen\?|partager(?: cet article| sur .{1,20})?"
    r"|(?:\d+ )?commentaires?|laisser un commentaire|articles similaires|sur le même sujet"
    r"|(?:à )?lire aussi|lire la suite|les plus lus|publicité|à propos de l'auteur|voir aussi"
    r"|mots-clés|sommaire|compartir(?: este artículo)?|comentarios|deja un comentario"
    r"|(?:artículos|noticias) relacionad[oa]s|(?:también )?te puede interesar|mir[aá] también"
    r"|lee también|leer más|lo más leído|publicidad|sobre el autor|etiquetas|ver también"
    r"|compartilh(?:e|ar)(?: este artigo)?|comentários|deixe um comentário|leia (?:também|mais)"
    r"|veja também|notícias relacionadas|mais lidas|publicidade|sobre o autor"
    r"|condividi(?: questo articolo)?|commenti|lascia un commento|articoli correlati"
    r"|leggi anche|potrebbe interessarti|i più letti|pubblicità|podziel się|udostępnij"
    r"|komentarze|dodaj komentarz|polecamy|czytaj (?:też|także|również|więcej)"
    r"|zobacz (?:też|także|również)|najczęściej czytane|najpopularniejsze|reklama|o autorze"
    r"|tagi|dołącz do dyskusji|deel dit artikel|delen|reacties|gerelateerde artikelen"
    r"|lees (?:ook|meer)|meest gelezen|advertentie|over de auteur)\s*[:：!.…»>]*$",
    re.IGNORECASE,
)


# More of them in English: a WordPress comment form's heading and its "Like this:" box, a
# post's filing line, a call to join a newsletter.
_SIDE_RAIL_MORE = re.compile(
    r"^(?:leave a (?:reply|comment) cancel reply|like this|join our newsletter.{0,60}"
    r"|filed under\b.{0,80})\s*[:：!.…]?$",
    re.IGNORECASE,
)


def is_side_rail(title: str) -> bool:
    """Headings, or lines of their own, of the page around an article ("TRENDING:", "Related
    Articles", "Comments", "About the author", "Beitrag teilen", "Mirá también"), never
    section titles of the article itself."""
    line = " ".join(title.split())
    return any(p.match(line) for p in (_SIDE_RAIL, _SIDE_RAIL_ABROAD, _SIDE_RAIL_MORE))


# A line that only says who made the picture above it: "Photo Courtesy of ...", "Image credit:
# ...", "Foto: ...", "© ...". Only as a whole short line (`is_credit_line`); a caption that ends
# with its credit keeps it.
_CREDIT_LINE = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|foto|bild|illustration)s?\s*"
    r"(?:credits?\s*[:：]?|courtesy(?: of)?|by\b|[:：/©|])"
    r"|credits?\s*[:：]|courtesy of\b|©|\(c\)\s)",
    re.IGNORECASE,
)
_CREDIT_WORDS = 10  # longer, and it is a caption or a sentence ("Fotos: Wer der Hektik ...")


def is_credit_line(text: str) -> bool:
    """A short line that is only a picture's credit, not the article's words."""
    return len(text.split()) < _CREDIT_WORDS and bool(_CREDIT_LINE.match(text.strip()))
