"""Damaged PDF, EPUB and Word files never crash the library: each is refused with one line
naming the file (or, when what is left still reads, loads), and the rest of the library works."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftztui.loaders import LoadError, load_corpus, load_document
from tests.format_files import docx_file, epub_bytes, report_pdf

GOOD_TEXT = "Good Title Here\n\nA long enough sentence of body text for the article.\n"


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    return {
        ".pdf": report_pdf(folder / "a.pdf", pages=2).read_bytes(),
        ".epub": epub_bytes(),
        ".docx": docx_file(folder / "a.docx").read_bytes(),
    }


_MAGIC = {".pdf": b"%PDF-1.7\n", ".epub": b"PK\x03\x04", ".docx": b"PK\x03\x04"}


def _check_one(path: Path) -> None:
    try:
        doc = load_document(path)
    except LoadError as exc:
        message = str(exc)
        assert message.startswith(str(path)), message
        assert "\n" not in message
    else:
        assert doc.sections  # what still reads is a real document


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    suffix=st.sampled_from([".pdf", ".epub", ".docx"]),
    cut=st.floats(min_value=0.0, max_value=0.999),
    flips=st.lists(st.tuples(st.floats(0, 0.999), st.integers(0, 255)), max_size=8),
)
def test_truncated_or_corrupted_files_are_refused_in_one_line(
    originals: dict[str, bytes], suffix: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(originals[suffix][: max(1, int(len(originals[suffix]) * cut))])
    for where, value in flips:
        data[int(where * len(data))] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"damaged{suffix}"
        path.write_bytes(bytes(data))
        _check_one(path)


@settings(max_examples=40, deadline=None)
@given(suffix=st.sampled_from([".pdf", ".epub", ".docx"]), tail=st.binary(max_size=2000))
def test_random_bytes_after_the_right_magic_are_refused_in_one_line(
    suffix: str, tail: bytes
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"random{suffix}"
        path.write_bytes(_MAGIC[suffix] + tail)
        _check_one(path)


def test_damaged_files_leave_the_rest_of_the_library_working(
    tmp_path: Path, originals: dict[str, bytes]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    (tmp_path / "half.pdf").write_bytes(originals[".pdf"][: len(originals[".pdf"]) // 3])
    (tmp_path / "half.epub").write_bytes(originals[".epub"][:200])
    (tmp_path / "noise.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    (tmp_path / "book.epub").write_bytes(originals[".epub"])
    documents, errors = load_corpus(tmp_path)
    assert sorted(d.id for d in documents) == ["book", "good"]
    assert sorted(e.path.name for e in errors) == ["half.epub", "half.pdf", "noise.docx"]
    for error in errors:
        assert str(error).startswith(str(error.path)) and "\n" not in str(error)


@pytest.mark.parametrize(
    ("inside", "reason"),
    [
        ("EncryptedPackage".encode("utf-16-le"), "encrypted Word file: it needs a password"),
        ("WordDocument".encode("utf-16-le"), "a Word 97-2003 (.doc) file named .docx"),
    ],
)
def test_a_docx_that_is_an_ole_file_says_what_it_is(
    tmp_path: Path, inside: bytes, reason: str
) -> None:
    """Office saves a password-protected .docx as an OLE2 compound file, not a zip."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + inside + bytes(1024)
    path = tmp_path / "locked.docx"
    path.write_bytes(ole)
    with pytest.raises(LoadError) as refused:
        load_document(path)
    assert str(refused.value).startswith(f"{path}: {reason}")
