"""Opening a document in the user's own editor or viewer, at the place being read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.opening import Opening, Refusal, has_display, line_of_block, page_label, plan_opening
from tests.format_files import report_pdf

NOTES = """Harbour notes

The first paragraph is about the old harbour.

## Cranes

The cranes were replaced in the spring of that year.
"""

DESKTOP = {"DISPLAY": ":0", "EDITOR": "vim"}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(NOTES)
    return path


def test_text_opens_in_the_editor_at_the_line_of_the_block(notes: Path) -> None:
    doc = load_document(notes)
    block = next(n for n, _, b in doc.iter_blocks() if b.text.startswith("The cranes"))
    assert line_of_block(notes, doc, block) == 7
    plan = plan_opening(notes, doc, block, env={"EDITOR": "vim -u NONE"})
    assert plan == Opening(("vim", "-u", "NONE", "+7", str(notes)), True, "opened in vim")


def test_the_editor_works_over_ssh_too(notes: Path) -> None:
    plan = plan_opening(
        notes, load_document(notes), 0, env={"SSH_TTY": "/dev/pts/1", "VISUAL": "nano"}
    )
    assert isinstance(plan, Opening) and plan.in_terminal and plan.command[0] == "nano"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return report_pdf(tmp_path_factory.mktemp("pdf") / "report.pdf")


def test_a_pdf_opens_in_a_viewer_at_the_page(report: Path) -> None:
    doc = load_document(report)
    block = doc.section_start(2)  # the first block of page 3
    assert page_label(doc, block) == "p. 3"
    plan = plan_opening(
        report, doc, block, env=DESKTOP, platform="linux", pdf_viewer=lambda: "evince"
    )
    assert plan == Opening(
        ("evince", "--page-index=3", str(report)), False, "opened in evince at p. 3"
    )
    plan = plan_opening(
        report, doc, block, env=DESKTOP, platform="linux", pdf_viewer=lambda: "zathura"
    )
    assert isinstance(plan, Opening) and plan.command == ("zathura", "-P", "3", str(report))


def test_without_a_page_aware_viewer_xdg_open_opens_the_file(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ftztui.opening.shutil.which", lambda name: f"/usr/bin/{name}")
    plan = plan_opening(
        report, load_document(report), 0, env=DESKTOP, platform="linux", pdf_viewer=lambda: None
    )
    assert isinstance(plan, Opening)
    assert plan.command == ("xdg-open", str(report))
    assert "takes no page" in plan.message


@pytest.mark.parametrize(
    ("env", "why"),
    [({}, "No display"), ({"DISPLAY": ":0", "SSH_CONNECTION": "1 2 3 4"}, "Over SSH")],
)
def test_no_viewer_without_a_display_and_the_status_says_why(
    report: Path, env: dict[str, str], why: str
) -> None:
    plan = plan_opening(
        report, load_document(report), 0, env=env, platform="linux", pdf_viewer=lambda: "evince"
    )
    assert isinstance(plan, Refusal)
    assert plan.message.startswith(why) and str(report) in plan.message


def test_display_detection() -> None:
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert has_display({}, "linux") == "no display"
    assert has_display({}, "darwin") is None
    assert has_display({"DISPLAY": ":0", "SSH_TTY": "/dev/pts/0"}, "linux") == "over SSH"


def test_no_editor_is_explained(notes: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ftztui.opening.shutil.which", lambda name: None)
    plan = plan_opening(notes, load_document(notes), 0, env={})
    assert plan == Refusal("no editor to open it in: set $EDITOR")
