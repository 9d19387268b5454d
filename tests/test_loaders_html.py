"""HTML loader: pages saved from a browser, with the site's furniture around the article."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ftztui.loaders import LoadError, load_document
from ftztui.model import Document

from .helpers import all_text, load_page, run_cli

NEWS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Chongqing opens new rail route - Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="og:title" content="Chongqing opens new rail route to Europe">
<meta property="og:url" content="https://news.example.invalid/og-url">
<meta property="article:published_time" content="2021-04-02T08:30:00+08:00">
<link rel="canonical" href="https://news.example.invalid/2021/04/02/rail.html">
<style>body { color: red } .x:before { content: "STYLE TEXT" }</style>
<script>var trending = "SCRIPT TEXT";</script>
</head><body>
<div id="cookie-banner">We use cookies on this site. <button>I Agree</button></div>
<header class="site-header"><h1 class="logo">Example Daily</h1>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="wrapper"><div class="main-col">
<article>
<h1>Chongqing opens new rail route to Europe</h1>
<div class="byline">By Zhang San | <time datetime="2021-04-01">April 1</time></div>
<figure><img src="x.jpg" alt="train">
<figcaption>A freight train leaves Tuanjiecun station. <span class="credit">Photo/Xinhua</span>
</figcaption></figure>
<p>CHONGQING - A new freight <b>route</b> linking the city with
Duisburg opened on <a href="/thursday">Thursday</a>.</p>
<p>The service runs twice a week.<br><br>It carries electronics and auto parts.</p>
<h2>Faster customs</h2>
<p>Customs clearance now takes less than a day, officials said.</p>
<blockquote><p>"We expect more trains," said Li.</p></blockquote>
<ul><li>Electronics</li><li>Auto parts <ul><li>engines</li></ul></li></ul>
<h3>In numbers</h3>
<pre>trains = 2_603
  per_week = 2</pre>
<table><tr><th>Year</th><th>Trains</th></tr><tr><td>2020</td><td>2,603</td></tr></table>
<aside class="related"><h3>Related stories</h3><ul><li>RELATED STORY</li></ul></aside>
<div class="share-bar">Share to WeChat</div>
</article>
</div>
<div class="sidebar"><h3>Most read</h3><ol><li>MOST READ STORY</li></ol></div>
</div>
<footer>Copyright 1995-2021 Example Daily. All rights reserved. <a>Contact us</a></footer>
<form class="newsletter">Subscribe to NEWSLETTER <input></form>
</body></html>
"""
FURNITURE = (
    "cookies",
    "I Agree",
    "Home",
    "Example Daily",
    "By Zhang San",
    "RELATED STORY",
    "Share to",
    "MOST READ",
    "Most read",
    "Copyright",
    "NEWSLETTER",
    "STYLE TEXT",
    "SCRIPT TEXT",
)


@pytest.fixture
def news(tmp_path: Path) -> Document:
    return load_page(tmp_path, NEWS)


def test_metadata(news: Document) -> None:
    assert news.title == "Chongqing opens new rail route to Europe"
    assert news.source == "Example Daily"
    assert news.date == "2021-04-02"
    assert news.url == "https://news.example.invalid/2021/04/02/rail.html"
    assert news.dateline == "CHONGQING"
    assert news.format == "html"


def test_headings_are_sections(news: Document) -> None:
    assert [(s.title, s.level) for s in news.sections] == [
        (None, 0),
        ("Faster customs", 2),
        ("In numbers", 3),
    ]


def test_blocks_keep_their_kind(news: Document) -> None:
    assert [(b.kind, b.text) for b in news.blocks] == [
        ("caption", "A freight train leaves Tuanjiecun station."),
        ("paragraph", "A new freight route linking the city with Duisburg opened on Thursday."),
        ("paragraph", "The service runs twice a week."),
        ("paragraph", "It carries electronics and auto parts."),
        ("paragraph", "Customs clearance now takes less than a day, officials said."),
        ("quote", '"We expect more trains," said Li.'),
        ("list_item", "Electronics"),
        ("list_item", "Auto parts"),
        ("list_item", "engines"),
        ("code", "trains = 2_603\n  per_week = 2"),
        ("paragraph", "Year | Trains"),
        ("paragraph", "2020 | 2,603"),
    ]
    assert news.blocks[0].credit == "Xinhua"


def test_no_furniture(news: Document) -> None:
    text = all_text(news)
    for furniture in FURNITURE:
        assert furniture not in text, furniture


def test_fallbacks_for_title_and_date(tmp_path: Path) -> None:
    page = """<html><head><title>Cold chain routes grow | Example Daily</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
     "datePublished": "2021-03-05T10:00:00Z", "publisher": {"name": "LD Publisher"}}]}
    </script></head>
    <body><div class="content"><p>Ten new routes opened this year, officials said.</p></div>
    </body></html>"""
    doc = load_page(tmp_path, page)
    assert doc.title == "Cold chain routes grow"
    assert doc.date == "2021-03-05"
    assert doc.source == "LD Publisher"
    bare = "<html><body><p>Only a <time datetime='2020-12-31'>date</time> here.</p></body></html>"
    doc = load_page(tmp_path, bare, "bare_page.html")
    assert doc.title == "bare page"
    assert doc.date == "2020-12-31"


def test_a_table_layouts_headline_named_in_its_title_is_the_title(tmp_path: Path) -> None:
    """No <h1>, nothing named "title": the page's <title> is "Site - Tagline | Headline" and
    the headline is set in <b>. The document is titled with the headline, not the site's
    name, and not from the same words in a link to the story elsewhere on the page."""
    headline = "More flights, fewer crashes mark 2007 as good year for aviation safety"
    page = f"""<html><head><title>KDBC 4 - News, Weather and Sports for El Paso | {headline}
    </title></head><body><table><tr><td><a href="/story/1">{headline.upper()}</a></td>
    <td><a href="/story/1">{headline}</a> <b>KDBC 4 - News</b></td></tr>
    <tr><td><font size="4"><b>{headline}</b></font><br>
    GENEVA (AP) - Last year was one of the safest in aviation history, according to an
    independent watchdog group that recorded the lowest number of crashes in 44 years.</td>
    </tr></table></body></html>"""
    doc = load_page(tmp_path, page)
    assert doc.title == headline
    assert any("safest in aviation history" in b.text for b in doc.blocks)


NESTED_LAYOUT = """<html><head><title>Old portal</title></head><body>
<table width="100%"><tr><td class="nav">HOME | NEWS | ABOUT</td></tr>
<tr><td><table><tr>
  <td class="left-menu"><ul class="menu"><li>MENU ITEM</li></ul></td>
  <td><table><tr><td>
    <h1>Customs pilots a single window</h1>
    <p>Traders can now file all import documents through one portal, the office said.</p>
    <h2>What changes</h2>
    <p>Declarations that took days now take hours.</p>
    <table class="data"><tr><td>Before</td><td>3 days</td></tr>
    <tr><td>After</td><td>4 hours</td></tr></table>
  </td></tr></table></td>
</tr></table></td></tr>
<tr><td class="footer">Copyright 2003 Portal</td></tr></table>
</body></html>"""


def test_nested_layout_tables(tmp_path: Path) -> None:
    doc = load_page(tmp_path, NESTED_LAYOUT)
    assert doc.title == "Customs pilots a single window"
    assert [s.title for s in doc.sections] == [None, "What changes"]
    assert [b.text for b in doc.blocks] == [
        "Traders can now file all import documents through one portal, the office said.",
        "Declarations that took days now take hours.",
        "Before | 3 days",
        "After | 4 hours",
    ]


def test_empty_cells_keep_the_columns_and_empty_rows_go(tmp_path: Path) -> None:
    page = (
        "<html><head><title>R</title></head><body><article><h1>Results</h1>"
        "<p>Figures for the year were strong across the board, the group said.</p><table>"
        "<tr><th></th><th>FY2025</th><th>FY2026</th></tr>"
        "<tr><td>Net sales</td><td>1,095,130</td><td>1,120,000</td></tr>"
        "<tr><td></td><td></td><td></td></tr></table></article></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert [b.text for b in doc.blocks][1:] == [
        "| FY2025 | FY2026",
        "Net sales | 1,095,130 | 1,120,000",
    ]


def test_declared_legacy_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="gbk"><title>t</title></head><body><h1>重庆</h1>'
    page += "<p>自贸试验区。</p></body></html>"
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    doc = load_document(path)
    assert doc.title == "重庆"
    assert doc.blocks[0].text == "自贸试验区。"


def test_python_doc_page_if_installed() -> None:
    page = Path("/usr/share/doc/python3-doc/html/tutorial/introduction.html")
    if not page.exists():
        pytest.skip("python3-doc is not installed")
    doc = load_document(page)
    assert doc.title == "3. An Informal Introduction to Python"
    titles = [s.title for s in doc.sections]
    assert "3.1.1. Numbers" in titles and not any("¶" in (t or "") for t in titles)
    assert any(b.kind == "code" and ">>> 2 + 2" in b.text for b in doc.blocks)
    assert "Navigation" not in all_text(doc) and "Previous topic" not in all_text(doc)


def test_same_page_same_document(tmp_path: Path) -> None:
    assert load_page(tmp_path, NEWS) == load_page(tmp_path, NEWS)


DIV_SOUP = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Chongqing FTZ Turns Four_iChongqing</title></head><body>
<div class="header"><div class="logo"><a href="/">iChongqing</a></div>
<div class="menu-list"><a>News</a><a>Business</a><a>Travel</a></div></div>
<div class="container"><div class="left">
 <div class="detail-title">Chongqing FTZ Turns Four</div>
 <div class="detail-info"><span>2021-04-01 16:35:12</span> <span>iChongqing</span></div>
 <div class="detail-content">
  <p>Chongqing- Over the past four years, the pilot zone has carried out reforms.</p>
  <p style="text-align:center"><img src="a.jpg"></p>
  <p>Officials at the press conference. (Photo/ Chongqing Municipal Commission of Commerce)</p>
  <p><strong>International logistics distribution</strong></p>
  <p>Chongqing Customs has launched 76 customs supervision innovation measures.</p>
  <p>“We are committed to smoothing logistics channels,” said Liu.</p>
  <p><b>Business environment</b></p>
  <p>Imported cars can now wait in a bonded warehouse.<br><br>Duties are paid on release.</p>
  <p><strong>A heading with nothing after it</strong></p>
  <p>Editor: Liu Jiaxin</p>
 </div>
 <div class="share">Share to <a>WeChat</a></div>
 <div class="related-news"><h3>Related News</h3><ul><li>RELATED ITEM</li></ul></div>
</div>
<div class="right"><div class="hot-news"><h3>Hot News</h3><ul><li>HOT ITEM</li></ul></div></div>
</div>
<div class="footer"><p>A Tour in Chongqing, A Gain in Vision</p>
<div class="cookie-tip">By continuing to browse our site you agree to our use of cookies.
<a>I Agree</a></div></div>
</body></html>"""


def test_div_soup_page_uses_the_text_heuristics(tmp_path: Path) -> None:
    doc = load_page(tmp_path, DIV_SOUP)
    assert doc.title == "Chongqing FTZ Turns Four"
    assert (doc.source, doc.date, doc.dateline) == ("iChongqing", "2021-04-01", "Chongqing")
    assert [s.title for s in doc.sections] == [
        None,
        "International logistics distribution",
        "Business environment",
    ]
    assert [(b.kind, b.text, b.credit) for b in doc.blocks] == [
        ("paragraph", "Over the past four years, the pilot zone has carried out reforms.", None),
        (
            "caption",
            "Officials at the press conference.",
            "Chongqing Municipal Commission of Commerce",
        ),
        (
            "paragraph",
            "Chongqing Customs has launched 76 customs supervision innovation measures.",
            None,
        ),
        ("quote", "“We are committed to smoothing logistics channels,” said Liu.", None),
        ("paragraph", "Imported cars can now wait in a bonded warehouse.", None),
        ("paragraph", "Duties are paid on release.", None),
    ]
    text = all_text(doc)
    for furniture in ("News", "Editor", "Share", "RELATED", "HOT", "Tour", "cookies"):
        assert furniture not in text


def test_hidden_elements_are_not_text(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Visible</h1><p>Shown text here.</p><p hidden>HIDDEN ONE</p>"
        "<div style='display: none'>HIDDEN TWO</div><span aria-hidden='true'>HIDDEN THREE</span>"
        "</body></html>"
    )
    assert "HIDDEN" not in all_text(load_page(tmp_path, page))


WIKI = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Yichang - Wikipedia</title>
</head><body><main id="content">
<h1 id="firstHeading"><span class="mw-page-title-main">Yichang</span></h1>
<div id="mw-content-text">
<table class="infobox">
<tr><th colspan="2">Yichang<br>宜昌市</th></tr>
<tr><th scope="row">GDP</th><td>CN¥ 575.6 billion<br>US$ 85.3 billion</td></tr>
<tr><th scope="row">GDP per capita</th><td>CN¥ 143,800<br/>US$ 21,300</td></tr>
</table>
<p><b>Yichang</b> is a prefecture-level city in western Hubei province, China.</p>
<div id="toc" class="toc"><div class="toctitle"><h2>Contents</h2></div>
<ul><li><a href="#History"><span class="tocnumber">1</span> <span>History</span></a></li>
<li><a href="#Economy"><span class="tocnumber">2</span> <span>Economy</span></a></li></ul></div>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection">[<a
 href="/w/index.php?action=edit&amp;section=1">edit</a>]</span></h2>
<p>The area has been settled for more than 4,000 years.</p>
<nav id="toc-side"><ol><li>3 Side contents</li></ol></nav>
<div role="navigation"><ul><li>4 Navbox entry</li></ul></div>
<h2>Economy [edit]</h2>
<p>Its GDP was CN¥575.6 billion in 2023.</p>
<figure><img src="dam.jpg" alt="">
<figcaption>The Three Gorges Dam<br>from downstream</figcaption></figure>
<pre>capacity = 22_500<br>unit = "MW"</pre>
</div></main></body></html>"""


@pytest.fixture
def wiki(tmp_path: Path) -> Document:
    return load_page(tmp_path, WIKI)


def test_wiki_contents_and_navigation_are_furniture(wiki: Document) -> None:
    text = all_text(wiki)
    for furniture in ("Contents", "1 History", "2 Economy", "Side contents", "Navbox"):
        assert furniture not in text, furniture


def test_wiki_section_titles_lose_the_edit_link(wiki: Document) -> None:
    assert [s.title for s in wiki.sections] == [None, "History", "Economy"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # A <br> separates two values in a cell: a space, never glued ("billionUS$").
        ("paragraph", "Yichang 宜昌市"),
        ("paragraph", "GDP | CN¥ 575.6 billion US$ 85.3 billion"),
        ("paragraph", "GDP per capita | CN¥ 143,800 US$ 21,300"),
        ("caption", "The Three Gorges Dam from downstream"),
        # Code keeps its lines.
        ("code", 'capacity = 22_500\nunit = "MW"'),
    ],
)
def test_line_breaks_inside_cells_captions_and_code_separate(
    wiki: Document, kind: str, text: str
) -> None:
    assert (kind, text) in [(b.kind, b.text) for b in wiki.blocks]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("History[edit]", "History"),
        ("Economy [ edit ]", "Economy"),
        ("Geography[edit | edit source]", "Geography"),
        ("Climate[edit source]", "Climate"),
        ("How to [edit] a page", "How to [edit] a page"),
        ("Line<br>break", "Line break"),
    ],
)
def test_heading_text(tmp_path: Path, heading: str, title: str) -> None:
    page = f"<html><body><h1>T</h1><h2>{heading}</h2><p>Body text here.</p></body></html>"
    assert load_page(tmp_path, page).sections[-1].title == title


def test_a_heading_linking_back_to_the_contents_keeps_its_text(tmp_path: Path) -> None:
    # Sphinx: <a class="toc-backref"> in each heading; only a table of contents is furniture.
    page = (
        '<html><body><h1><a class="toc-backref" href="#id1">General FAQ</a></h1>'
        '<h2><a class="toc-backref" href="#id2">What is Python?</a></h2>'
        "<p>A programming language.</p></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert (doc.title, doc.sections[-1].title) == ("General FAQ", "What is Python?")


@pytest.mark.parametrize("html", [NEWS, NESTED_LAYOUT, DIV_SOUP, WIKI], ids=lambda h: h[60:90])
def test_every_visible_text_is_kept_or_recorded_as_removed(tmp_path: Path, html: str) -> None:
    from tests.test_html_gold import squash, visible_chunks, words

    doc = load_page(tmp_path, html)
    kept = [doc.title, doc.dateline or "", all_text(doc)]
    # A caption's "(Photo/ Xinhua)" is its credit: the label is the field's name.
    credits = [f"photo {b.credit}" for b in doc.blocks if b.credit]
    everything = [*kept, *credits, *(r.text for r in doc.removed)]
    glued, separate = squash("".join(everything)), words(" ".join(everything))
    for chunk in visible_chunks(html, squashed=False):
        # Inline runs glue ("<a>News</a><a>Business</a>"); a dateline leaves its paragraph.
        assert squash(chunk) in glued or not words(chunk) - separate, chunk
    assert all(r.reason for r in doc.removed)


def test_removed_parts_say_why(tmp_path: Path) -> None:
    reasons = {r.text: r.reason for r in load_page(tmp_path, DIV_SOUP).removed}
    assert reasons["Editor: Liu Jiaxin"] == "site furniture"
    assert reasons["Share to WeChat"] == "share buttons"
    assert reasons["NewsBusinessTravel"] == "navigation"
    assert reasons["RELATED ITEM"] == "related links"
    assert reasons["HOT ITEM"] == "related links"


PORT = (
    "<p>Paragraph {i} of the report describes how the port authority expanded the container "
    "terminal, hired new crews and cut waiting times for ships in the bay.</p>"
)


@pytest.mark.parametrize(
    "names",
    [
        "content-with-sidebar-wrp",
        "l-sidebar-fixed l-article-body-segment",
        "hs_cos_wrapper_meta_field post_body",
        "elementor-widget elementor-widget-text-editor",
        "comments-area",
        "related-posts",
    ],
)
def test_the_container_of_the_article_is_kept_whatever_its_class(
    tmp_path: Path, names: str
) -> None:
    body = "".join(PORT.format(i=i) for i in range(12))
    page = (
        "<html><head><title>Port report</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<div class='{names}'><div class='inner'><h1>Port report</h1>{body}</div></div>"
        "<aside><h3>Trending</h3><ul><li><a href='/x'>Other story one</a></li>"
        "<li><a href='/y'>Other story two</a></li></ul></aside>"
        "<footer><p>Copyright 2024 Example News</p></footer></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert doc.title == "Port report"
    texts = [b.text for b in doc.blocks]
    article = [PORT.format(i=i)[3:-4] for i in range(12)]
    assert [t for t in texts if t in article] == article
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Other story one"] == "sidebar"
    assert "Trending" in reasons  # a side-rail heading is never a section title


def test_side_rail_headings_are_not_sections(tmp_path: Path) -> None:
    body = "".join(PORT.format(i=i) for i in range(6))
    page = (
        f"<html><body><article><h1>Port report</h1>{body}<h2>Related Articles</h2>"
        f"{PORT.format(i=99)}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert [s.title for s in doc.sections] == [None]
    assert {r.text: r.reason for r in doc.removed}["Related Articles"] == (
        "heading of the page around the article"
    )


def test_trafilatura_reads_a_tree_without_what_it_would_delete() -> None:
    from ftztui.loaders.html import parse_page
    from ftztui.loaders.html_trafilatura import _trafilatura_tree

    page = (
        "<html><head><style>p{}</style><meta name='x' content='y'>"
        '<script type=\'application/ld+json\'>{"articleBody": "JSON body"}</script>'
        "<script>var x = 1;</script></head><body><p>Before <img src='a.jpg'>after.</p>"
        "<noscript>no script</noscript><svg><path d='M0'/></svg><button>Go</button>"
        "</body></html>"
    )
    root = parse_page(page)
    tree = _trafilatura_tree(root)
    tags = [e.tag for e in tree.iter() if isinstance(e.tag, str)]
    for gone in ("style", "meta", "img", "noscript", "svg", "path"):
        assert gone not in tags
    assert root.find(".//img") is not None  # a copy: the walk's own tree keeps everything
    assert root.find(".//svg") is not None
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]
    # what trafilatura's pruning looks at stays: the button, the text around <img>
    assert "button" in tags
    assert tree.find(".//p").text_content() == "Before after."


def test_page_text_is_cleaned_when_already_normalised_or_not(tmp_path: Path) -> None:
    body = "".join(PORT.format(i=i) for i in range(6))
    page = (
        "<html><body><article><h1>Port report</h1>"
        "<p>The cafe&#769; by the quay reopened in March, the harbour office said today.</p>"
        f"<p>Red &#27;[31mtext and a bell &#7; stay plain words in the report here.</p>{body}"
        "</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    text = all_text(doc)
    assert "caf\u00e9 by the quay" in text  # NFC, as everywhere else
    assert "\x1b" not in text and "\x07" not in text and "[31m" not in text


COMMENT = (
    "<li class='comment'><p class='author'>Reader {i} says:</p><p>Comment {i}: I have "
    "been reading this blog for years and I wanted to say that my own harbour town went "
    "through the very same changes, with longer queues and new cranes every season.</p></li>"
)


def test_a_comment_thread_outweighing_the_post_is_not_kept_as_the_article(
    tmp_path: Path,
) -> None:
    post = "".join(PORT.format(i=i) for i in range(4))
    comments = "".join(COMMENT.format(i=i) for i in range(30))
    page = (
        "<html><head><title>Port report</title></head><body>"
        f"<article><h1>Port report</h1>{post}</article>"
        f"<div class='comments'><h3>30 Comments</h3><ol class='comment-list'>{comments}</ol>"
        "</div></body></html>"
    )
    doc = load_page(tmp_path, page)
    texts = " ".join(b.text for b in doc.blocks)
    for i in range(4):
        assert f"Paragraph {i} of the report" in texts
    assert "Comment 7:" not in texts
    removed = [r for r in doc.removed if r.text.startswith("Comment 7:")]
    assert removed and removed[0].reason == "comments"


def test_a_paragraph_repeated_on_the_page_is_kept_once_and_the_copy_recorded(
    tmp_path: Path,
) -> None:
    body = "".join(PORT.format(i=i) for i in range(6))
    long = (
        "<p>Paragraph L of the report adds that the second terminal, which opened in the "
        "spring after three years of building work, now handles more than half of the "
        "containers that reach the bay from the river ports upstream.</p>"
    )
    page = (
        f"<html><body><article><h1>Port report</h1>{long}{body}"
        f"<div class='mobile-layout'>{long}</div>{PORT.format(i=7)}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    texts = [b.text for b in doc.blocks]
    assert sum(t.startswith("Paragraph L of") for t in texts) == 1
    assert any(t.startswith("Paragraph 7 of") for t in texts)
    assert [r.reason for r in doc.removed if r.text.startswith("Paragraph L of")] == [
        "repeated on the page"
    ]
    # a short line repeated on purpose in a listing stays each time
    rows = "".join(
        f"<p>Entry {i} opened a new office in the bay.</p><p>Team size: 11-50</p>" for i in range(4)
    )
    listing = load_page(
        tmp_path,
        f"<html><body><article><h1>Offices</h1>{body}{rows}</article></body></html>",
        "listing.html",
    )
    assert sum(b.text == "Team size: 11-50" for b in listing.blocks) == 4


def _calls_to_trafilatura(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fast_kept: int
) -> tuple[list[bool], int]:
    """Load a page of ten paragraphs, trafilatura keeping `fast_kept` of them in its fast mode
    and seven in its full run: the modes it was asked in, and the paragraphs the page kept."""
    import trafilatura

    vocabulary = [
        f"{name}{n}" for name in ("port", "crew", "ship", "bay", "crane") for n in "abcdef"
    ]
    paragraphs = [  # no run of four words in common: each paragraph is its own; 220 words,
        # too few for the walk to decide the article without trafilatura (`clear_article`)
        f"Week {i}: {' '.join(random.Random(i).sample(vocabulary, 20))}."
        for i in range(10)
    ]
    page = "<html><body><article><h1>Port report</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    modes: list[bool] = []

    def extract(tree: object, *, fast: bool = False, **options: object) -> str:
        modes.append(fast)
        return "\n".join(paragraphs[: fast_kept if fast else 7])

    monkeypatch.setattr(trafilatura, "extract", extract)
    doc = load_page(tmp_path, page + "</article></body></html>")
    return modes, all_text(doc).count("Week ")


def test_trafilatura_fast_text_that_covers_the_prose_is_enough(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    modes, kept = _calls_to_trafilatura(monkeypatch, tmp_path, fast_kept=10)
    assert modes == [True]  # no second, slower run
    assert kept == 10


def test_trafilatura_short_fast_text_gets_its_full_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Its fast mode kept two of ten paragraphs: its full run, which compares with readability
    # and jusText, decides (seven here), not the fast text.
    modes, kept = _calls_to_trafilatura(monkeypatch, tmp_path, fast_kept=2)
    assert modes == [True, False]
    assert kept == 7


@pytest.mark.parametrize(
    "declaration",
    [
        '<?xml version="1.0" encoding="utf-8"?>',
        # A real page's: its CMS wrote the keywords into the encoding and closed it with "/>".
        '<?xml version="1.0" encoding="news, world, parliament, Sri Lanka" />',
    ],
)
def test_a_page_opening_with_an_xml_declaration_is_read(tmp_path: Path, declaration: str) -> None:
    body = "<p>The parliament met on Monday to debate the budget for the coming year.</p>" * 3
    path = tmp_path / "page.html"
    path.write_text(f"{declaration}\n<html><head><title>Budget</title></head><body>{body}</body>")
    doc = load_document(path)
    assert "The parliament met on Monday" in all_text(doc)


@pytest.mark.parametrize(
    ("opening", "between"),
    [
        # a second page pasted into the first, as a CMS include does: its own </html> and all
        ("<html><body>", "</body></html>\n<html><body>"),
        # a footer written after the page's end
        ("<html><body>", "</body>"),
        # `<html ... />`, as the broken head of a real page had it
        ('<html lang="en" /><body>', ""),
    ],
)
def test_text_after_the_page_end_tags_is_read(tmp_path: Path, opening: str, between: str) -> None:
    """libxml2 drops all after a `</html>` and a self-closed `<html/>`; a browser shows it."""
    first = "<p>The council met on Monday to debate the budget for the coming year.</p>" * 2
    second = "<p>Its members voted on Tuesday to raise spending on the city's schools.</p>" * 2
    path = tmp_path / "page.html"
    path.write_text(f"{opening}<h1>Budget</h1>{first}{between}{second}</body></html>")
    text = all_text(load_document(path))
    assert "debate the budget" in text
    assert "raise spending" in text


def test_a_table_cell_is_read_without_its_scripts_and_drop_down_lists(tmp_path: Path) -> None:
    """A browser shows a <select> as one box, not its 1,900 choices as a paragraph."""
    choices = "".join(f"<option>Company {n}</option>" for n in range(300))
    page = (
        "<html><body><h1>Rupee ends higher</h1>"
        + "<p>The rupee ended marginally better against the dollar on Monday, dealers said.</p>" * 3
        + "<table><tr><td>Quote</td><td><select>"
        + choices
        + "</select><script>var ad = 1;</script> Go</td></tr>"
        + "<tr><td>Rupee</td><td>39.28</td></tr></table></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    doc = load_document(path)
    text = all_text(doc)
    assert "Company 7" not in text and "var ad" not in text
    assert "Rupee | 39.28" in text and "Quote | Go" in text
    controls = [r.text for r in doc.removed if r.reason == "buttons and form controls"]
    assert any("Company 7" in text for text in controls)


def test_a_page_whose_title_end_tag_is_damaged_is_read_not_shown_as_markup(
    tmp_path: Path,
) -> None:
    """A file missing a few bytes ("</titavaScript"): libxml2, as a browser, makes the whole
    page the title. We end the title at its first tag and read the page."""
    head = '<html><head><title>Budget debate</titavaScript" src="ads.js"></script>'
    head += '<link rel="stylesheet" href="site.css">' * 60 + "</head><body>"
    body = "<p>The council met on Monday to debate the budget for the coming year.</p>" * 4
    path = tmp_path / "page.html"
    path.write_text(f"{head}<h1>Budget debate</h1>{body}</body></html>")
    doc = load_document(path)
    text = all_text(doc)
    assert "debate the budget" in text
    assert "<" not in text and "<" not in doc.title


def test_a_page_saved_as_a_single_file_web_archive_is_read(tmp_path: Path) -> None:
    """A browser's "Save as: Webpage, Single File" writes MIME (.mhtml), the page's HTML
    quoted-printable in its first part and its pictures after it."""
    page = (
        "<html><head><title>Budget</title></head><body><nav><a href=3D'/'>Home</a></nav>"
        "<h1>Budget debate</h1>"
        + "<p>The council met on Monday to debate the budget for the coming =\r\nyear.</p>" * 3
        + "</body></html>"
    )
    archive = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/budget\r\n"
        "Subject: Budget\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc----"\r\n\r\n'
        "------MultipartBoundary--abc----\r\nContent-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://example.org/budget\r\n\r\n{page}\r\n"
        "------MultipartBoundary--abc----\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        "------MultipartBoundary--abc------\r\n"
    )
    path = tmp_path / "Budget.mhtml"
    path.write_bytes(archive.encode("ascii"))
    doc = load_document(path)
    assert doc.title == "Budget debate" and doc.format == "html"
    assert (
        doc.blocks[0].text == "The council met on Monday to debate the budget for the coming year."
    )
    assert "Home" not in all_text(doc)


def test_a_web_archive_without_a_page_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.mht"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
    with pytest.raises(LoadError, match="no web page in this web archive"):
        load_document(path)


SIGNED = (
    "<div class='c'><p>I have been reading this blog for years and my own harbour town went "
    "through the very same changes, comment {i}, with longer queues and new cranes.</p>"
    "<p>Posted by: Reader {i} | 09/2{d}/2012 at 09:3{d} PM</p></div>"
)


def test_a_thread_of_signed_and_dated_posts_is_not_kept_as_the_rest_of_the_article(
    tmp_path: Path,
) -> None:
    """Old blogs print comments as plain paragraphs, each signed with a date and a time:
    outweighing the post, they are not its rest (as a long article's second half would be)."""
    post = "".join(PORT.format(i=i) for i in range(4))
    comments = "".join(SIGNED.format(i=i, d=i % 10) for i in range(30))
    page = (
        "<html><head><title>Port report</title></head><body><div id='main'>"
        f"<h1>Port report</h1><div class='entry'>{post}</div>"
        f"<div class='comments'><h3>Comments</h3>{comments}</div></div></body></html>"
    )
    doc = load_page(tmp_path, page)
    texts = " ".join(b.text for b in doc.blocks)
    assert all(f"Paragraph {i} of the report" in texts for i in range(4))
    assert "comment 7," not in texts
    assert any("comment 7," in r.text for r in doc.removed)


def test_styles_and_scripts_inside_a_heading_or_code_block_are_not_its_text(
    tmp_path: Path,
) -> None:
    """Component libraries put a <style> inside the element it styles; a browser shows none
    of it."""
    page = (
        "<html><body><article><h1>Meditation</h1>"
        + "<p>Meditation has a history that goes back thousands of years, teachers say.</p>" * 3
        + "<h2><style>.css-1m1{opacity:0.5}</style>Benefits<script>var a = 1;</script></h2>"
        + "<p>Programs that teach meditation may combine it with other activities.</p>" * 3
        + "<pre><style>.css-519{display:inline}</style>composer require twilio/sdk</pre>"
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    doc = load_document(path)
    assert [s.title for s in doc.sections][-1] == "Benefits"
    assert doc.blocks[-1].text == "composer require twilio/sdk"
    assert "css-" not in all_text(doc)


PLAYER_PAGE = """<html><body><article><h1>Money in politics</h1>
<p>Nearly half a million people have signed a petition urging the regulator to require greater
disclosure from corporations about their political donations, and the panel discussed it.</p>
<object type="application/x-shockwave-flash" data="player.swf"><param name="movie"
 value="player.swf"><p>Josh Barro and Liz Kennedy join the panel to talk about campaign finance
 and the disclosure of political donations by public companies.</p></object>
<noscript>Please turn on JavaScript to comment.</noscript>
<p>As the newspaper reported on Tuesday, a broad coalition of activists and lawmakers wrote to
the regulator in support of the rule, which it may propose in the coming months.</p>
</article></body></html>"""


def test_a_players_fallback_text_is_read_and_noscript_text_is_on_record(tmp_path: Path) -> None:
    """Browsers show an <object>'s content when they cannot play it, as none can play Flash
    now; it was skipped without a record, like a <noscript> line."""
    doc = load_page(tmp_path, PLAYER_PAGE)
    kept = all_text(doc)
    removed = {r.text: r.reason for r in doc.removed}
    caption = "Josh Barro and Liz Kennedy join the panel"
    assert caption in kept, "between two of the article's paragraphs, it is the article"
    assert removed.get("Please turn on JavaScript to comment.") == "shown only with scripts off"


def test_a_page_of_headings_and_pictures_shows_its_headings(tmp_path: Path) -> None:
    """Its headings are all the text there is: refused as 'no readable text found' before."""
    page = (
        "<html><head><title>Lazy images</title></head><body><article>"
        '<h2>Test Case 1</h2><img data-src="a.jpg" alt="performance.jpg">'
        '<h2>Test Case 2</h2><img data-src="b.png" alt="performance.jpg">'
        "</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert [b.text for b in doc.blocks] == ["Test Case 1", "Test Case 2"]


def test_an_article_set_in_repeated_wrappers_keeps_its_last_parts(tmp_path: Path) -> None:
    """Medium sets each part of a post in its own "section-inner" wrapper: the wrapper holding
    most of the prose was taken as the article, and the last parts (a list, short lines) were
    left out as "outside the article"."""
    body = "".join(
        f"<p>Paragraph {n} of the post explains how student newsrooms publish stories on the"
        " web, what they learned from it, and what they would change next time round.</p>"
        for n in range(16)
    )
    page = (
        "<html><body><main><article><h1>Better student journalism</h1>"
        f'<div class="section-inner layoutSingleColumn">{body}</div>'
        '<div class="section-inner outsetColumn"><figure><img src="a.png"></figure></div>'
        '<div class="section-inner layoutSingleColumn"><h3>What we share</h3><ul>'
        "<li>A concise guide to building stories for the web.</li>"
        "<li>Tutorials on tools we use every week.</li></ul>"
        "<p>Let us talk.</p></div>"
        "</article></main></body></html>"
    )
    doc = load_page(tmp_path, page)
    kept = all_text(doc)
    assert "A concise guide to building stories for the web." in kept
    assert "Let us talk." in kept


def test_a_paragraph_of_a_zero_width_joiner_is_no_blank_paragraph(tmp_path: Path) -> None:
    # Webflow pages leave "<p>&zwj;</p>" between sections: the reader showed blank paragraphs.
    paragraphs = "<p>&zwj;</p>".join(
        f"<p>Part {i} of the guide says how the harbour's ferries are timed in winter, and why "
        "the first one leaves before the pilots' boat comes back from the bay.</p>"
        for i in range(14)
    )
    html = f"<html><body><article><h1>Ferries</h1>{paragraphs}</article></body></html>"
    doc = load_page(tmp_path, html)
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 14
    assert all(t.startswith("Part ") for t in texts)
    assert [r.reason for r in doc.removed].count("invisible characters only") == 13


LISTS = """<html><head><title>Setting up the pilot zone's single window</title></head><body>
<article><h1>Setting up the pilot zone's single window</h1>
<p>Traders who file import documents through the new portal follow the same steps each
time, and the customs office has published them for everyone to use.</p>
<ol start="3"><li>Register the company with the portal<ol type="a"><li>with its tax number</li>
<li>with its customs code</li></ol></li><li value="7">File the declaration
<ul><li>online<ul><li>or at the counter</li></ul></li></ul><p>Keep the receipt.</p></li></ol>
<ol reversed><li>Three left</li><li>Two left</li><li>One left</li></ol>
<p>The office says a declaration that took three days now takes four hours at most.</p>
</article></body></html>"""


def test_ordered_and_nested_lists_keep_their_numbers_and_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A browser numbers an <ol> (its start, type, reversed, an item's value) and indents a
    nested list; the reader showed every item as a bullet at one level."""
    doc = load_page(tmp_path, LISTS)
    items = [(b.level, b.mark, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        (0, "3.", "Register the company with the portal"),
        (1, "a.", "with its tax number"),
        (1, "b.", "with its customs code"),
        (0, "7.", "File the declaration"),
        (1, None, "online"),
        (2, None, "or at the counter"),
        (0, "", "Keep the receipt."),
        (0, "3.", "Three left"),
        (0, "2.", "Two left"),
        (0, "1.", "One left"),
    ]
    code, out, _ = run_cli(capsys, "show", str(tmp_path / "page.html"))
    assert code == 0
    assert "7. File the declaration\n  • online\n    • or at the counter\n  Keep the" in out


def test_a_task_list_s_boxes_say_which_tasks_are_done(tmp_path: Path) -> None:
    """A checkbox is a form control, left out without a word: which tasks were done was lost."""
    doc = load_page(
        tmp_path,
        "<html><body><article><h1>Release tasks</h1><p>What the team still has to do before"
        " the release, as agreed at the last meeting of the whole group.</p><ul><li><input"
        ' type="checkbox" disabled> write the loader</li><li><input type="checkbox" checked'
        " disabled> read the spec</li></ul><p>Each task has an owner, and the owners report"
        " progress to the group every Monday.</p></article></body></html>",
    )
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == ["☐ write the loader", "☒ read the spec"]
