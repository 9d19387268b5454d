"""Hostile input: each file loads clean or fails with a one-line `LoadError`; the corpus goes on."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ftztui.loaders as loaders
from ftztui.loaders import LoadError, load_corpus, load_document
from ftztui.loaders.clean import MAX_BLOCK_CHARS, clean_text
from ftztui.model import Document
from tests.format_files import docx_file, epub_bytes

CONTROLS = {chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def every_string(doc: Document) -> list[str]:
    values = [doc.id, doc.title, doc.source, doc.date, doc.url, doc.dateline, doc.path]
    values += [s.title for s in doc.sections]
    values += [t for b in doc.blocks for t in (b.text, b.credit)]
    return [v for v in values if v]


def assert_clean(doc: Document) -> None:
    for value in every_string(doc):
        assert not (set(value) & (CONTROLS | BIDI_CONTROLS)), repr(value[:80])
        assert unicodedata.is_normalized("NFC", value)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- control sequences ---------------------------------------------------------------------

ESCAPES = (
    "Clear\x1b[2J screen, \x1b]0;pwned title\x07retitle, \x1b]8;;http://x.invalid\x1b\\link"
    "\x1b]8;;\x1b\\, \x1b[31mred\x1b[0m, \x9b2J c1, NUL\x00, bell\x07, \x1bc reset, done."
)


def test_escape_sequences_are_removed_whole() -> None:
    assert " ".join(clean_text(ESCAPES).split()) == (
        "Clear screen, retitle, link, red, c1, NUL, bell, reset, done."
    )


def test_unterminated_osc_stops_at_the_end_of_its_line() -> None:
    assert clean_text("a\x1b]0;never ends\nnext line") == "a\nnext line"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_no_control_reaches_any_field(tmp_path: Path, suffix: str) -> None:
    evil = "Evil \x1b]0;owned\x07Title \u202eRTL\u202c"
    if suffix == ".html":
        body = (
            f"<html><head><title>{evil}</title><meta property='og:site_name' "
            f"content='Site\x1b[31m'></head><body><h1>{evil}</h1><h2>Sec\x1b[1m</h2>"
            f"<p>{ESCAPES}</p><figcaption>Cap\x07 (Photo/ Me\x1b[0m)</figcaption></body></html>"
        )
    elif suffix == ".md":
        body = f'---\nsource: "S\\e[31m"\n---\n# {evil}\n\n## Sec\x1b[1m\n\n{ESCAPES}\n'
    else:
        body = f"{evil}\n\n{ESCAPES} And a long sentence so that this is body text.\n"
    doc = load_document(write(tmp_path, f"evil\x1b[2J{suffix}", body))
    assert_clean(doc)
    assert "owned" not in doc.title and "Title" in doc.title
    assert any("retitle" in b.text for b in doc.blocks)


def test_markup_rtl_combining_and_cjk_load_unchanged(tmp_path: Path) -> None:
    text = (
        "Scripts and Marks\n\n"
        "Keep [bold]this[/] and [link=https://x.invalid]that[/link] [/] literally, "
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
        "e\u0301t\u00e9 \u91cd\u5e86\u81ea\u8d38\u533a \U0001f600.\n"
    )
    doc = load_document(write(tmp_path, "marks.txt", text))
    assert doc.blocks[0].text == unicodedata.normalize("NFC", text.split("\n\n")[1].strip())
    assert "[bold]this[/]" in doc.blocks[0].text and "été" in doc.blocks[0].text


# -- files that cannot be documents --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\n\r\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "not a text document (binary data: NUL bytes)"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(64), "not a text document (a PNG image)"),
        ("controls.txt", b"\x1b[2J\x1b]0;a title\x07\t \n" * 20, "no text in file"),
        ("scripts.html", b"<html><script>alert(1)</script></html>", "no readable text found"),
        ("report.pdf", b"%PDF-1.4", "not a readable PDF (damaged or incomplete?)"),
        ("sheet.odt", b"PK\x03\x04", "unsupported file type '.odt'"),
        ("notes.txt", "docx", "not a text document (a Word file: name it .docx to read it)"),
        ("book.md", "epub", "not a text document (an EPUB book: name it .epub to read it)"),
        ("report.txt", b"%PDF-1.4\n", "not a text document (a PDF file: name it .pdf to read it)"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else "",
)
def test_unloadable_files_give_one_line_reasons(
    tmp_path: Path, name: str, data: bytes | str, reason: str
) -> None:
    if data == "docx":  # a Word file or a book saved under a text file's name
        data = docx_file(tmp_path / "made.docx").read_bytes()
    elif data == "epub":
        data = epub_bytes()
    path = write(tmp_path, name, data)
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert caught.value.reason == reason
    assert str(caught.value) == f"{path}: {reason}"
    assert "\n" not in str(caught.value)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "Secret Title\n\nA long enough sentence of text here.\n")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError, match="permission denied"):
        load_document(path)


def test_directory_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(LoadError, match="not a regular file"):
        load_document(tmp_path / "folder.txt")
    with pytest.raises(LoadError, match="no such file"):
        load_document(tmp_path / "missing.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(LoadError, match="symbolic link"):
        load_document(tmp_path / "loop.txt")


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert loaders.MAX_FILE_BYTES == 64 * 1024 * 1024
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1024)
    path = write(tmp_path, "big.txt", "Big File\n\n" + "A sentence of text. " * 100)
    with pytest.raises(LoadError, match=r"too large \(0\.0 MB; the limit is 0 MB\)"):
        load_document(path)


def _sizes_seen_as(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file's size as `stat` gives it is `size`: a file that grew after being looked at."""
    real = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        st = real(self, follow_symlinks=follow_symlinks)
        return os.stat_result((*st[:6], size, *st[7:10]))

    monkeypatch.setattr(Path, "stat", stat)


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "notes.txt", "Notes\n\n" + "A sentence of text. " * 100 + "The end.")
    _sizes_seen_as(10, monkeypatch)
    assert load_document(path).blocks[-1].text.endswith("The end.")


def test_a_file_that_grew_past_the_limit_after_its_size_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1024)
    path = write(tmp_path, "big.txt", "Big File\n\n" + "A sentence of text. " * 100)
    _sizes_seen_as(10, monkeypatch)
    with pytest.raises(LoadError, match=r"too large \(the limit is 0 MB\)"):
        load_document(path)


# -- big and deep --------------------------------------------------------------------------


def test_five_megabyte_single_line_is_split_into_usable_blocks(tmp_path: Path) -> None:
    sentence = "The pilot zone cut clearance times by half in four years. "
    line = sentence * (5_000_000 // len(sentence)) + "wombatword."
    doc = load_document(write(tmp_path, "huge-line.txt", "Huge Line\n\n" + line + "\n"))
    assert doc.title == "Huge Line"
    assert len(doc.blocks) > 1000
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in doc.blocks)
    # Cut at sentence boundaries: nothing lost, no sentence broken.
    assert all(b.text.endswith(".") for b in doc.blocks)
    assert " ".join(b.text for b in doc.blocks) == line.strip()


def test_giant_word_without_spaces_is_still_split(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "blob.md", "# Blob\n\n" + "x" * 1_000_000 + "\n"))
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in doc.blocks)
    assert sum(len(b.text) for b in doc.blocks) == 1_000_000


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 5000 + "<p>Deep narwhal text.</p>" + "</div>" * 5000 + "<p>After it.</p>",
        "<table><tr><td>" * 5000
        + "Deep narwhal text."
        + "</td></tr></table>" * 5000
        + "<p>After it.</p>",
        "<span><em>" * 5000 + "Deep narwhal text. <p>After it.",
        "<blockquote>" * 5000 + "Deep narwhal text.<p>After it.",
    ],
    ids=["divs", "tables", "unclosed-inline", "blockquotes"],
)
def test_html_nested_5000_levels_keeps_its_text(tmp_path: Path, html: str) -> None:
    page = f"<html><head><title>Deep</title></head><body><h1>Deep page</h1>{html}</body></html>"
    doc = load_document(write(tmp_path, "deep.html", page))
    text = " ".join(b.text for b in doc.blocks)
    assert "Deep narwhal text." in text and "After it." in text


def test_unclosed_tags(tmp_path: Path) -> None:
    page = "<html><title>Unclosed</title><body><h1>Unclosed tags<p>First para<p>Second <b>bold <i>x"
    doc = load_document(write(tmp_path, "unclosed.html", page))
    assert doc.title == "Unclosed tags"
    assert [b.text for b in doc.blocks] == ["First para", "Second bold x"]


def test_five_megabyte_html_page(tmp_path: Path) -> None:
    paragraph = "<p>Paragraph {} of the report, with <b>bold</b> and <a href='#'>a link</a>.</p>"
    body = "".join(paragraph.format(i) for i in range(70_000))
    doc = load_document(write(tmp_path, "big.html", f"<html><body><h1>Big</h1>{body}</body>"))
    assert len(doc.blocks) == 70_000
    assert doc.blocks[-1].text == "Paragraph 69999 of the report, with bold and a link."


def test_markdown_five_megabyte_line(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "long.md", "# Long\n\n" + "word " * 1_000_000))
    assert len(doc.blocks) > 1000 and all(len(b.text) <= MAX_BLOCK_CHARS for b in doc.blocks)


# -- the corpus ----------------------------------------------------------------------------


def test_corpus_skips_bad_files_and_loads_the_rest(tmp_path: Path) -> None:
    good = "Good Title Here\n\nA long enough sentence of body text for the article.\n"
    write(tmp_path, "b-good.txt", good)
    write(tmp_path, "a-empty.txt", b"")
    write(tmp_path, "c-binary.md", bytes(range(256)) * 40)
    write(tmp_path, "d-page.html", "<html><body><h1>Page</h1><p>Page text.</p></body></html>")
    write(tmp_path, "notes.pdf", b"%PDF")
    write(tmp_path, ".hidden.txt", good)
    documents, errors = load_corpus(tmp_path)
    assert [d.id for d in documents] == ["b-good", "d-page"]
    assert [e.path.name for e in errors] == ["a-empty.txt", "c-binary.md", "notes.pdf"]


def test_corpus_ids_are_unique(tmp_path: Path) -> None:
    text = "Same Title Here\n\nA long enough sentence of body text for the article.\n"
    names = ("Report.txt", "report.md", "report-2.txt", "REPORT.html", "重庆.txt", "!!!.txt")
    for name in names:
        write(tmp_path, name, text if not name.endswith(".html") else f"<p>{text}</p>")
    documents, errors = load_corpus(tmp_path)
    assert not errors
    ids = {d.path: d.id for d in documents}
    assert ids == {
        "REPORT.html": "report",
        "Report.txt": "report-3",
        "report-2.txt": "report-2",
        "report.md": "report-4",
        "重庆.txt": "重庆",  # a name's letters in any script
        "!!!.txt": "document",  # a name without any
    }


def test_loading_is_deterministic(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Title Line Here\n\n" + ESCAPES + " More body text follows.\n")
    write(tmp_path, "b.html", "<h1>T</h1><p>x</p><h2>S</h2><p>y</p>")
    first, _ = load_corpus(tmp_path)
    second, _ = load_corpus(tmp_path)
    assert first == second


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("entities.html", "<h1>T&#27;]0;owned&#7;itle</h1><p>a&#27;[2Jb &#x202E;c</p>"),
        ("entities.md", "# T&#27;]0;owned&#7;itle\n\na&#27;[2Jb &#x202E;c\n"),
    ],
)
def test_control_characters_written_as_entities_are_removed(
    tmp_path: Path, name: str, data: str
) -> None:
    doc = load_document(write(tmp_path, name, data))
    assert_clean(doc)
    # HTML decodes the references and the sequences are stripped whole; Markdown (CommonMark)
    # already turns references to control characters into U+FFFD.
    expected = "Title" if name.endswith(".html") else "T\ufffd]0;owned\ufffditle"
    assert doc.title == expected
    assert doc.blocks[0].text.replace("\ufffd[2J", "") == "ab c"


def test_utf8_page_with_a_stale_charset_declaration(tmp_path: Path) -> None:
    page = '<meta charset="gb2312"><h1>重庆 café</h1><p>“Quoted” text.</p>'
    doc = load_document(write(tmp_path, "stale.html", page))
    assert doc.title == "重庆 café" and doc.blocks[0].text == "“Quoted” text."


@settings(
    max_examples=int(os.environ.get("FTZTUI_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=None),
        max_size=400,
    )
    | st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<h2>",
                "<div>",
                "<li>",
                "> ",
                "# ",
                "- ",
                "```",
                "\n",
                "\n\n",
                "(Photo/ X)",
                "“",
                "Editor: a",
                "Share to",
                "\x1b[2J",
                "\x1b]0;t\x07",
                "[bold]",
                "Chongqing- ",
                "word",
                "Title Line",
                "A sentence here.",
                "\r\n",
                "\u202e",
            ]
        ),
        max_size=60,
    ).map("".join),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_text_loads_clean_or_fails_with_one_line(
    tmp_path: Path, text: str, suffix: str
) -> None:
    path = write(tmp_path, f"fuzz{suffix}", text.encode("utf-8", "surrogatepass"))
    try:
        doc = load_document(path)
    except LoadError as exc:
        assert "\n" not in str(exc) and exc.reason
        return
    assert_clean(doc)
    assert doc.sections and all(s.blocks for s in doc.sections)
    assert load_document(path) == doc


def test_control_sequences_a_file_held_are_on_record(tmp_path: Path) -> None:
    """Cleaning deletes a colour code or a bell (nothing may reach the terminal), but a user's
    file loses nothing silently: each is listed, visible, with its line."""
    path = write(
        tmp_path,
        "log.txt",
        "Build log\n\nThe \x1b[31mred\x1b[0m build failed\x07 on the second step today.\n",
    )
    doc = load_document(path)
    assert "The red build failed on the second step today." in [b.text for b in doc.blocks]
    (entry,) = [r for r in doc.removed if r.reason == "control characters (not text)"]
    assert (entry.text, entry.line) == ("␛[31m ␛[0m ␇", 3)
