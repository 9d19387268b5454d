"""The index's manifest: what every open reads (file stamps, acronyms) apart from the catalog of
documents, which only a listing needs; written as one file, refused whole when damaged or old."""

from __future__ import annotations

import json
from pathlib import Path

from ftztui.library import Library
from ftztui.search import build_index, open_index
from ftztui.search.freshness import MANIFEST_NAME, Manifest
from ftztui.search.live import read_current


def _live_folder(library: Library) -> Path:
    folder = read_current(library.index)
    assert folder is not None
    return folder


def test_a_search_does_not_decode_the_catalog(library: Library) -> None:
    open_index(library).close()
    index = open_index(library)  # a fresh index: the fast path a cold `ftztui search` takes
    assert index.search("FTZ").hits
    assert index._opened.manifest._docs is None, "the search decoded the catalog"
    ids = {d.id for d in index.catalog()}  # decoded now, when asked for
    assert ids == {
        "chongqing-ftz-four-years",
        "chongqing-ftz-note-zh",
        "pilot-free-trade-zones",
        "trade-glossary",
    }


def test_the_catalog_and_acronyms_read_back_as_written(library: Library) -> None:
    built = open_index(library)
    catalog, acronyms = built.catalog(), built.acronyms()
    assert acronyms["FTZ"].endswith("Free Trade Zone")
    again = open_index(library)
    assert again.acronyms() == acronyms  # from the first line, the catalog still undecoded
    assert again.catalog() == catalog
    assert again.acronyms() == acronyms  # and from the catalog once it is decoded


def test_an_update_rewrites_the_acronyms_of_added_and_removed_documents(
    seed_library: Library,
) -> None:
    open_index(seed_library).close()
    okapi = seed_library.corpus / "okapi.md"
    okapi.write_text("# Okapi\n\nThe Okapi Research Group (ORG) studies forests.\n", "utf-8")
    build_index(seed_library)
    index = open_index(seed_library)
    assert index.acronyms().get("ORG") == "Okapi Research Group"
    assert any(h.doc == "okapi" for h in index.search("ORG").hits)
    assert "okapi" in {d.id for d in index.catalog()}
    okapi.unlink()
    build_index(seed_library)
    index = open_index(seed_library)
    assert "ORG" not in index.acronyms() and "FTZ" in index.acronyms()
    assert [d.id for d in index.catalog()] == ["chongqing-ftz-four-years"]


def test_a_truncated_manifest_means_a_rebuild(seed_library: Library) -> None:
    open_index(seed_library).close()
    folder = _live_folder(seed_library)
    manifest = folder / MANIFEST_NAME
    manifest.write_bytes(manifest.read_bytes()[:-40])  # the first line whole, the catalog cut
    notices: list[str] = []
    index = open_index(seed_library, notice=notices.append)
    assert len(notices) == 1 and "rebuilding" in notices[0]
    assert [d.id for d in index.catalog()] == ["chongqing-ftz-four-years"]
    assert index.search("Porsches").hits


def test_an_index_with_the_one_line_manifest_of_earlier_versions_is_rebuilt(
    seed_library: Library,
) -> None:
    open_index(seed_library).close()
    folder = _live_folder(seed_library)
    head, _, catalog = (folder / MANIFEST_NAME).read_bytes().partition(b"\n")
    old = json.loads(head)
    old.pop("acronyms"), old.pop("catalog_bytes")
    old["schema"] = 9  # the last version that wrote this layout
    old["docs"] = json.loads(catalog)
    (folder / MANIFEST_NAME).write_text(json.dumps(old), encoding="utf-8")
    notices: list[str] = []
    index = open_index(seed_library, notice=notices.append)
    assert len(notices) == 1 and "another version" in notices[0]
    assert index.search("Porsches").hits
    assert Manifest.load(_live_folder(seed_library)).docs.keys() == {"chongqing-ftz-four-years"}
