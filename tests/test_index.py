"""The index as a cache: built, kept fresh by a stat check, rebuilt when damaged, relocated when
its folder cannot be written, shared soundly by two processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ftztui.loaders
from ftztui.library import Library
from ftztui.search import build_index, open_index
from ftztui.search import store as search_store
from ftztui.search.freshness import MANIFEST_NAME
from ftztui.search.live import read_current
from tests.conftest import SEED


def write(seed_library: Library, name: str, title: str, body: str) -> Path:
    path = seed_library.corpus / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the loader is asked for."""
    seen: list[str] = []
    real = ftztui.loaders.load_document

    def counting(path: Path | str, doc_id: str | None = None) -> object:
        seen.append(Path(path).name)
        return real(path, doc_id)

    monkeypatch.setattr(ftztui.loaders, "load_document", counting)
    return seen


def live_folder(seed_library: Library) -> Path:
    folder = read_current(seed_library.index)
    assert folder is not None
    return folder


def test_first_open_builds_and_second_open_loads_nothing(
    seed_library: Library, loads: list[str]
) -> None:
    index = open_index(seed_library)
    assert index.search("Porsches").hits
    assert loads == ["chongqing-ftz-four-years.txt"]
    loads.clear()
    again = open_index(seed_library)
    assert again.search("Porsches").hits
    assert [d.id for d in again.catalog()] == ["chongqing-ftz-four-years"]
    assert loads == []


def test_only_added_changed_and_removed_files_are_indexed(
    seed_library: Library, loads: list[str]
) -> None:
    write(seed_library, "okapi.txt", "Okapi Notes", "The okapiword lives in forests.")
    build_index(seed_library)
    loads.clear()

    write(seed_library, "tapir.md", "Tapir Notes", "The tapirword has a trunk.")
    report = build_index(seed_library)
    assert (report.added, report.updated, report.removed) == (1, 0, 0)
    assert loads == ["tapir.md"]

    loads.clear()
    write(
        seed_library, "okapi.txt", "Okapi Notes", "The okapiword now lives in a zoo, longer text."
    )
    report = build_index(seed_library)
    assert (report.added, report.updated, report.removed) == (0, 1, 0)
    assert loads == ["okapi.txt"]
    assert open_index(seed_library).search("zoo").hits[0].doc == "okapi"

    loads.clear()
    (seed_library.corpus / "tapir.md").unlink()
    report = build_index(seed_library)
    assert (report.added, report.updated, report.removed) == (0, 0, 1)
    assert loads == []
    index = open_index(seed_library)
    assert index.search("tapirword").total == 0
    assert {d.id for d in index.catalog()} == {"okapi", "chongqing-ftz-four-years"}


def test_nothing_changed_means_nothing_written(seed_library: Library) -> None:
    build_index(seed_library)
    manifest = live_folder(seed_library) / MANIFEST_NAME
    before = manifest.stat().st_mtime_ns
    report = build_index(seed_library)
    assert not report.changed
    assert report.summary() == "index is up to date"
    assert manifest.stat().st_mtime_ns == before


def test_open_without_update_leaves_the_index_as_it_is(seed_library: Library) -> None:
    build_index(seed_library)
    write(seed_library, "late.txt", "Late", "The caracalword came late.")
    assert open_index(seed_library, update=False).search("caracalword").total == 0
    assert open_index(seed_library).search("caracalword").total == 1


def test_refresh_picks_up_another_process_s_change(seed_library: Library) -> None:
    index = open_index(seed_library)
    assert index.refresh() is False
    write(seed_library, "late.txt", "Late", "The caracalword came late.")
    assert index.refresh() is True
    assert [h.doc for h in index.search("caracalword").hits] == ["late"]
    assert index.refresh() is False


def test_unreadable_files_are_skipped_with_one_line_each(seed_library: Library) -> None:
    (seed_library.corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    notices: list[str] = []
    index = open_index(seed_library, notice=notices.append)
    assert index.search("Porsches").hits
    assert [n for n in notices if "binary.txt" in n] == [notices[0]]
    assert "\n" not in notices[0]
    report = build_index(seed_library, rebuild=True)
    assert report.skipped == 1 and report.skipped_files[0][0] == "binary.txt"


@pytest.mark.parametrize("damage", ["truncate", "delete", "manifest", "schema", "loaders"])
def test_damage_is_repaired_by_a_rebuild(seed_library: Library, damage: str) -> None:
    open_index(seed_library)
    folder = live_folder(seed_library)
    segments = list(folder.glob("*.seg")) + list(folder.glob("*.toc"))
    if damage == "truncate":
        for f in segments:
            f.write_bytes(f.read_bytes()[:5])
    elif damage == "delete":
        for f in segments:
            f.unlink()
    elif damage == "manifest":
        (folder / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    else:  # built by another version, or by other loaders (their blocks may differ)
        head, _, catalog = (folder / MANIFEST_NAME).read_text(encoding="utf-8").partition("\n")
        data = json.loads(head)
        data["schema" if damage == "schema" else "code"] = 1
        (folder / MANIFEST_NAME).write_text(json.dumps(data) + "\n" + catalog, encoding="utf-8")
    notices: list[str] = []
    index = open_index(seed_library, notice=notices.append)
    assert index.search("Porsches").hits
    assert len(notices) == 1 and "rebuilding" in notices[0]
    assert live_folder(seed_library) != folder
    assert not folder.exists(), "the damaged folder is cleaned away"


def test_a_stale_whoosh_lock_in_the_live_folder_does_not_block_updates(
    seed_library: Library,
) -> None:
    open_index(seed_library)
    (live_folder(seed_library) / "MAIN_WRITELOCK").write_text("999999")
    (seed_library.index / ".lock").write_text("999999")
    write(seed_library, "late.txt", "Late", "The caracalword came late.")
    assert open_index(seed_library).search("caracalword").total == 1


def test_an_unwritable_index_folder_moves_to_the_cache(
    seed_library: Library, tmp_path: Path, _isolate_user_dirs: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    stuck = Library(seed_library.corpus, blocker / "index", origin="option")
    notices: list[str] = []
    assert open_index(stuck, notice=notices.append).search("Porsches").hits
    assert len(notices) == 1 and "user cache" in notices[0]
    home = search_store.fallback_home(stuck)
    assert home.is_relative_to(_isolate_user_dirs)
    assert read_current(home) is not None
    # The second time the cache's index is fresh: nothing is rebuilt.
    folder = read_current(home)
    assert open_index(stuck).search("Porsches").hits
    assert read_current(home) == folder


def test_with_no_writable_folder_the_index_lives_in_memory(
    seed_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    stuck = Library(seed_library.corpus, blocker / "index", origin="option")
    monkeypatch.setattr(search_store, "fallback_home", lambda _lib: blocker / "cache")
    notices: list[str] = []
    index = open_index(stuck, notice=notices.append)
    assert index.location == ""
    assert index.search("Porsches").hits
    assert "memory" in notices[-1]
    write(seed_library, "late.txt", "Late", "The caracalword came late.")
    assert index.refresh() is True
    assert index.search("caracalword").total == 1


def test_a_read_only_but_fresh_index_is_used_as_it_is(
    seed_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(seed_library)

    def refuse(home: Path) -> None:
        raise search_store.NotWritable("read-only file system")

    monkeypatch.setattr(search_store, "check_writable", refuse)
    notices: list[str] = []
    assert open_index(seed_library, notice=notices.append).search("Porsches").hits
    assert notices == []


def test_two_index_processes_at_once_both_finish(seed_library: Library) -> None:
    write(seed_library, "okapi.txt", "Okapi Notes", "The okapiword lives in forests.")
    cmd = [sys.executable, "-m", "ftztui", "index", "--rebuild"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)]
    procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "index rebuilt" in out
        assert "Traceback" not in err
    folders = [p for p in seed_library.index.iterdir() if p.name.startswith("ix-")]
    assert folders == [live_folder(seed_library)]
    index = open_index(seed_library)
    assert index.search("okapiword").total == 1
    assert index.search("Porsches").total == 1


def test_an_open_index_survives_another_process_s_rebuild(seed_library: Library) -> None:
    index = open_index(seed_library)
    assert index.search("Porsches").total == 1
    old = live_folder(seed_library)
    write(seed_library, "late.txt", "Late", "The caracalword came late.")
    build_index(seed_library, rebuild=True)  # as `ftztui index --rebuild` elsewhere would
    assert live_folder(seed_library) != old
    assert index.search("Porsches").total == 1, "the open searcher still reads its files"
    assert index.refresh() is True
    assert index.search("caracalword").total == 1
    assert index.refresh() is False


def test_a_search_after_the_index_vanished_reopens_it(seed_library: Library) -> None:
    index = open_index(seed_library)  # no search yet: no searcher holds the files open
    folder = live_folder(seed_library)
    shutil.rmtree(folder)
    assert index.search("Porsches").total == 1
    assert live_folder(seed_library) != folder


def _index_contents(folder: Path) -> dict[str, object]:
    """Everything a search can see of an index: stored fields, and per term its statistics
    (including the shortest and longest field holding it) and postings."""
    from whoosh.filedb.filestore import FileStorage

    ix = FileStorage(str(folder)).open_index()
    with ix.reader() as reader:
        terms: dict[str, object] = {}
        for field, text in reader.all_terms():
            info = reader.term_info(field, text)
            postings = reader.postings(field, text)
            terms[f"{field}:{text!r}"] = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                list(postings.items_as("weight")),
            )
        stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
        lengths = {f: reader.field_length(f) for f in ("title", "section", "content", "spell")}
    ix.close()
    return {"terms": terms, "stored": stored, "lengths": lengths}


def test_our_writer_codec_writes_what_whoosh_s_own_writes(tmp_path: Path) -> None:
    """The build-speed codec changes how a segment is written, never what: term statistics
    (field lengths among them), postings and stored fields equal those of Whoosh's codec."""
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.filedb.filestore import FileStorage

    from ftztui.loaders import load_document
    from ftztui.search.indexer import _Tally, add_document
    from ftztui.search.schema import make_schema
    from ftztui.search.writecodec import WriteCodec

    doc = load_document(SEED, "seed")
    contents = []
    for name, codec in (("stock", W3Codec()), ("ours", WriteCodec())):
        folder = tmp_path / name
        folder.mkdir()
        ix = FileStorage(str(folder)).create_index(make_schema())
        writer = ix.writer(codec=codec)
        add_document(writer, doc, _Tally())
        writer.commit()
        ix.close()
        contents.append(_index_contents(folder))
    assert contents[0]["terms"] and contents[0] == contents[1]


def test_code_fingerprint_follows_every_producer_module(tmp_path: Path) -> None:
    """An index built by other loader or figure code is rebuilt: the fingerprint changes when
    any .py file under a producer package changes or appears, and not for other files."""
    import os

    from ftztui.search.freshness import code_fingerprint

    for name in ("loaders/a.py", "loaders/deep/b.py", "figures/x.py", "model.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x = 1\n", encoding="utf-8")
    package = str(tmp_path)
    first = code_fingerprint(package)
    assert code_fingerprint(package) == first
    (tmp_path / "loaders" / "deep" / "notes.txt").write_text("not code", encoding="utf-8")
    (tmp_path / "tui.py").write_text("not a producer", encoding="utf-8")
    assert code_fingerprint(package) == first
    (tmp_path / "loaders" / "deep" / "b.py").write_text("x = 22\n", encoding="utf-8")
    second = code_fingerprint(package)
    assert second != first
    (tmp_path / "figures" / "new.py").write_text("", encoding="utf-8")
    third = code_fingerprint(package)
    assert third != second
    os.utime(tmp_path / "model.py", ns=(1, 1))
    assert code_fingerprint(package) != third
