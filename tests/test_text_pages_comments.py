"""Pages saved as text: a blog post's comment thread, each comment under its author and a
timestamp, is not the article even when it holds more prose than the post; it is left out as
"comments". A story's own dated line, or a user's notes with times in them, change nothing.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_TITLE = "Town to spend more on its schools"
_SHARE = ["Share this:", "• Facebook", "• Email", "• Print"]
_FOOTER = ["• About", "• Contact", "• Privacy", "• Imprint", "• Jobs"]
#: (author, timestamp, comment): each longer than a paragraph of the post.
_THREAD = [
    (
        "1. [avatar]Sheri says",
        "July 31, 2018 at 2:41 pm",
        "Thanks for writing this up! Our school has waited for a science room for years, and I "
        "hope the council keeps its promise this time, because the children really deserve "
        "proper classrooms and teachers who are not stretched across three year groups.",
    ),
    (
        "2. [avatar]Mark says",
        "August 12, 2018 at 8:57 am",
        "I went to the debate in the town hall and it was a long evening, but it was good to see "
        "both sides agree in the end. Let us hope the builders really do work through the "
        "summer, as the mayor said, since the last school extension took two whole years.",
    ),
    (
        "3. [avatar]Ann says",
        "August 13, 2018 at 4:55 pm",
        "The school buses are the real problem for the villages, and I am glad the parents "
        "raised it. My daughter spends an hour on the bus every morning and another hour every "
        "evening, which leaves her very little time for homework, sport or her friends.",
    ),
]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def _thread() -> list[str]:
    return ["Comments", *(line for comment in _THREAD for line in comment)]


def test_a_comment_thread_heavier_than_the_post_is_left_out_as_comments(tmp_path: Path) -> None:
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *_SHARE, *_thread(), *_FOOTER])
    assert doc.title == _TITLE
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for author, stamp, comment in _THREAD:
        assert comment not in all_text(doc)
        assert stamp not in all_text(doc)
        assert removed[comment] == "comments"
        assert author in removed


def test_the_storys_own_dated_line_is_no_thread(tmp_path: Path) -> None:
    """A story updated at a time says so ("Updated ..."); it stands once, above the article,
    and the article under it is read to its end."""
    updated = "Updated Jan. 27, 2026, 12:28 PM EST"
    more = "The council will vote on the budget for the school buses at its next meeting in May."
    doc = _load(tmp_path, [*_MENU, _TITLE, updated, *_ARTICLE, more, *_SHARE, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, more])
    assert "comments" not in {r.reason for r in doc.removed}


def test_a_users_notes_with_times_keep_every_line(tmp_path: Path) -> None:
    notes = [
        "Notes from the school meetings",
        "March 3, 2024 at 6:30 pm",
        *_ARTICLE[:2],
        "March 10, 2024 at 6:30 pm",
        *_ARTICLE[2:],
    ]
    doc = _load(tmp_path, notes)
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert "comments" not in {r.reason for r in doc.removed}


def test_a_thread_whose_names_run_into_their_dates_is_left_out(tmp_path: Path) -> None:
    """Blogger saves a comment's author and its date as one link's text: "AmySeptember 11,
    2008 at 2:06 PM". The name run into the month hides no timestamp."""
    thread = ["10 comments:"]
    for n, ((_, _, comment), stamp) in enumerate(
        zip(
            _THREAD,
            [
                "AmySeptember 11, 2008 at 2:06 PM",
                "EditorSeptember 15, 2008 at 9:19 PM",
                "AnonymousJuly 15, 2009 at 11:18 PM",
            ],
            strict=True,
        ),
        start=1,
    ):
        thread += [f"{n}. [blogger_lo]", stamp, comment, "ReplyDelete", "Replies"]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, "Labels: schools, council", *thread])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for _, _, comment in _THREAD:
        assert comment not in all_text(doc)
        assert comment in removed


@pytest.mark.parametrize("heading", ["21 comments", "10 comments:", "109 Comments | Schools"])
def test_a_count_of_comments_heads_the_thread(tmp_path: Path, heading: str) -> None:
    """ "21 comments" over a thread is its heading, as "3 thoughts on ..." is: not the
    article's last line."""
    thread = [line for author, _, comment in _THREAD for line in (author, comment)]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, heading, *thread, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert heading not in all_text(doc)
    assert {r.text: r.reason for r in doc.removed}[heading] == "comment form"


@pytest.mark.parametrize(
    "heading", ["Leave a Reply", "Leave a Reply Cancel reply", "Post a comment", "Add a comment"]
)
def test_an_english_comment_forms_heading_ends_the_article(tmp_path: Path, heading: str) -> None:
    """WordPress's "Leave a Reply", Blogger's and TypePad's "Post a comment" head the readers'
    thread as "Antworten abbrechen" or "Laisser un commentaire" do: a comment saved without a
    timestamp under it is not the article (Dragnet's blogs: 64 pages kept "Post a comment",
    most with the thread after it). A thread as heavy as the post goes on being kept, as under
    "21 comments": losing the post would be worse."""
    thread = [line for author, _, comment in _THREAD[:1] for line in (author, comment)]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, heading, *thread, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed[heading] == "comment form"
    author, _, comment = _THREAD[0]
    assert comment not in all_text(doc)
    assert author in removed and comment in removed


def test_a_sentence_asking_for_comments_is_the_writers(tmp_path: Path) -> None:
    """Only the form's heading, a whole line, is the site's: a writer asking for replies in a
    sentence keeps it, in a note as on a page."""
    ask = "Post a comment below if your school is on the list."
    doc = load_lines(tmp_path / "note.txt", [*_ARTICLE[:2], ask, *_ARTICLE[2:]])
    assert ask in all_text(doc)
    assert not doc.removed


@pytest.mark.parametrize(
    "heading",
    [
        "15 comments",
        "Comments (18)",
        "Leave a Reply",
        "{ 167 comments }",
        "{ 2 comments… read them below or add one }",
    ],
)
def test_a_thread_under_its_heading_is_left_out_however_heavy(tmp_path: Path, heading: str) -> None:
    """Saved without timestamps, a popular post's thread outweighs the post; its heading still
    says what it is, and everything after it is comments (Dragnet's blogs as text: 94 pages
    kept such a thread, Slashdot's, TechCrunch's, WordPress's)."""
    thread = [line for author, _, comment in _THREAD for line in (author, comment)] * 2
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, heading, *thread, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed[heading] == "comment form"
    for _, _, comment in _THREAD:
        assert comment not in all_text(doc)
        assert removed[comment] == "comments"


def test_a_short_post_keeps_its_heavy_thread(tmp_path: Path) -> None:
    """Under a hundred words of post, the thread under "15 comments" is kept, as a thread with
    timestamps is: the post may be what the page's menus hid, and losing it is worse."""
    thread = [line for author, _, comment in _THREAD for line in (author, comment)]
    doc = _load(tmp_path, [*_MENU, _TITLE, _ARTICLE[0], "15 comments", *thread, *_FOOTER])
    assert _ARTICLE[0] in all_text(doc)
    assert all(comment in all_text(doc) for _, _, comment in _THREAD)


def test_a_comment_count_above_the_story_does_not_end_it(tmp_path: Path) -> None:
    """A news site prints the count of comments by the headline, under a ticker of its other
    headlines (one long line of them): the story under the count is the article, whole."""
    ticker = " | ".join(
        f"Story number {n} about the town council and its plans for the schools"
        for n in range(1, 12)
    )
    doc = _load(tmp_path, [*_MENU, ticker, "53 Comments", _TITLE, *_ARTICLE, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
