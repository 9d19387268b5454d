"""A standfirst printed between the headline and the article's body, outside the element that
holds the body (aktualne.cz's "perex", over the opening picture), is the article's: a reader
expects it under the headline. A byline or a site's notice standing there is not."""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import load_page

PEREX = (
    "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět "
    "si začíná uvědomovat, že se anglická fotbalová elita rozrůstá o nového člena."
)
PARAGRAPH = (
    "<p>Odstavec {i}: pět vítězných soutěžních duelů v řadě, během nich jediný inkasovaný gól, "
    "čtvrté místo v lize a stejný bodový zisk jako obhájce titulu, který má dražší kádr.</p>"
)
RELATED = "<p><a href='/fotbal/r~{i}/'>Čtěte také: Souček slaví gól číslo {i}</a></p>"


def page(lead: str) -> str:
    body = "".join(PARAGRAPH.format(i=i) + (RELATED.format(i=i) if i % 2 else "") for i in range(8))
    rail = "".join(
        f"<li><a href='/zpravy/r~{i}/'>Další zpráva dne číslo {i} z domova</a></li>"
        for i in range(12)
    )
    return (
        "<html><head><title>West Ham hrozí gigantům</title></head><body>"
        "<header><nav><a href='/'>Aktuálně.cz</a><a href='/sport/'>Sport</a></nav></header>"
        "<h1 class='article-title'>West Ham hrozí gigantům</h1>"
        "<div class='wrapper'><div class='left-column'><div class='article'>"
        "<div class='author'><a href='/autori/ales-vavra/'>Aleš Vávra</a>"
        "<div class='author__date'>před 2 hodinami</div></div>"
        f"{lead}"
        "<div class='article__photo'><img src='soucek.jpg' alt=''>"
        "<div class='article__photo__desc'>Spokojený Tomáš Souček po vítězství ve Villa "
        "Parku. | Foto: Reuters</div></div>"
        f"<div class='article__content'>{body}</div></div></div>"
        f"<div class='right-column'><ul>{rail}</ul></div></div>"
        "<footer><p>Copyright © Economia, a.s.</p></footer></body></html>"
    )


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_the_standfirst_over_the_opening_picture_is_kept(tmp_path: Path) -> None:
    kept = texts(load_page(tmp_path, page(f"<div class='article__perex'>{PEREX}</div>")))
    assert kept.index(PEREX) < kept.index(next(t for t in kept if t.startswith("Odstavec 0")))


def test_a_notice_where_a_standfirst_would_stand_is_left_out(tmp_path: Path) -> None:
    notice = (
        "We may earn commission from links on this page, but we only recommend products we back."
    )
    doc = load_page(tmp_path, page(f"<div class='disclosure'>{notice}</div>"))
    assert notice not in texts(doc)
    assert notice in [r.text for r in doc.removed]
