"""Issue 15, text lost without a word: lines a user writes that the text loader took for a
news site's furniture. Each of these lost text on the loader before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.model import Document
from tests.helpers import all_text


def load(tmp_path: Path, text: str, name: str = "note.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


PARAGRAPH_1 = (
    "Thank you for the chance to comment on the proposal for the new warehouse. We read the "
    "plans with care and we support most of them."
)
PARAGRAPH_2 = (
    "We ask only that the loading bays face away from the school, and that the trucks keep to "
    "the main road after dark."
)


def test_a_letters_sign_off_is_kept(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        f"Dear Committee\n\n{PARAGRAPH_1}\n\n{PARAGRAPH_2}\n\nBest regards\n\nAlice Walker\n",
    )
    texts = [b.text for b in doc.blocks]
    assert texts[-2:] == ["Best regards", "Alice Walker"]
    assert not doc.removed


def test_a_tags_line_does_not_end_the_document_or_take_the_title(tmp_path: Path) -> None:
    last = "We meet again on Friday to agree the budget for the warehouse roof and the doors."
    doc = load(
        tmp_path,
        "Meeting notes\n\nAttendees: Alice, Bob, Carol\n\n"
        "We looked at the budget for the new warehouse and the costs of the roof repairs.\n\n"
        f"Tags: budget, warehouse\n\n{last}\n",
    )
    assert doc.title == "Meeting notes"
    text = all_text(doc)
    assert "Attendees: Alice, Bob, Carol" in text
    assert "Tags: budget, warehouse" in text
    assert doc.blocks[-1].text == last
    assert not doc.removed


@pytest.mark.parametrize(
    "line",
    [
        "Editor: Jane Smith",
        "Copyright 2020 Alice Walker",
        "Related work: the 2019 survey of the harbour",
        "Related",
    ],
)
@pytest.mark.parametrize("where", ["after the first paragraph", "after the second paragraph"])
def test_editor_copyright_and_related_lines_do_not_end_the_document(
    tmp_path: Path, line: str, where: str
) -> None:
    parts = [PARAGRAPH_1, PARAGRAPH_2, "The committee will answer by the end of the month."]
    parts.insert(1 if where == "after the first paragraph" else 2, line)
    doc = load(tmp_path, "Our Reply\n\n" + "\n\n".join(parts) + "\n")
    assert doc.title == "Our Reply"
    text = all_text(doc)
    for part in parts:
        assert part in text, part
    assert not doc.removed


def test_a_first_line_ending_in_title_is_the_title(tmp_path: Path) -> None:
    doc = load(tmp_path, f"A Good Title\n\n{PARAGRAPH_1}\n")
    assert (doc.title, doc.source) == ("A Good Title", None)
    assert doc.blocks[0].text == PARAGRAPH_1


def test_a_list_of_nominees_at_the_end_is_kept(tmp_path: Path) -> None:
    nominees = ["Best film: The Aviator", "Best actor: Jamie Foxx", "Best actress: Hilary Swank"]
    doc = load(
        tmp_path,
        "Aviator leads the nominations\n\n"
        "The Aviator has been nominated in eleven categories, more than any other film.\n\n"
        "The nominees in the main categories are:\n\n" + "\n".join(nominees) + "\n",
    )
    assert [b.text for b in doc.blocks][-3:] == nominees


def test_a_line_broken_mid_sentence_is_not_a_heading(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        "Harbour Works Begin\n\n"
        "The harbour board said on Monday that the works would begin in March and that the\n"
        "quay would stay open to ferries while the old cranes are replaced.\n\n"
        "The board expects the works to take two years.\n",
    )
    assert [s.title for s in doc.sections] == [None]
    assert "that the quay would stay open" in all_text(doc)


def test_an_in_article_related_box_does_not_end_the_article(tmp_path: Path) -> None:
    end = "The new line will carry five million tonnes a year by 2030, the operator said."
    doc = load(
        tmp_path,
        "Home | News | Business | Sport\n\nRail freight hits a record\n\n"
        "Freight trains between Chongqing and Europe made more trips than ever in the first "
        "quarter, the operator said on Friday.\n\n"
        "Related News\n\nShare this article\n\nFacebook\n\nTwitter\n\n"
        "Electronics, auto parts and machinery made up most of the cargo, according to the "
        f"figures released by the operator.\n\n{end}\n\n"
        "Copyright 2021 Rail News. All rights reserved.\n",
        name="page.txt",
    )
    assert doc.title == "Rail freight hits a record"
    assert doc.blocks[-1].text == end
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Share this article"] == "share buttons"
    assert reasons["Home | News | Business | Sport"] == "navigation"
    assert "Copyright" not in all_text(doc)


def test_subscription_lines_are_never_the_title(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        "WIRED\n\nGet The Magazine\n\n* SUBSCRIBE NOW\n\nThe Harbour That Runs on Sunlight\n\n"
        "The harbour of a small town now runs its cranes on solar power, and the port says the "
        "savings paid for the panels within three years.\n\n"
        "Subscribe now for unlimited access to our journalism.\n",
        name="page.txt",
    )
    assert doc.title == "The Harbour That Runs on Sunlight"
    assert {r.reason for r in doc.removed} >= {"subscription notice"}
