"""Reading an index's segment in place (search/segfiles.py): the same index as Whoosh reads it,
without a copy of the segment in memory."""

from __future__ import annotations

import pickle
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.filedb.structfile import BufferFile

from ftztui.library import Library
from ftztui.search import open_index
from ftztui.search.live import read_current
from ftztui.search.segfiles import MappedStorage


def _live_folder(library: Library) -> Path:
    open_index(library).close()
    folder = read_current(library.index)
    assert folder is not None
    return folder


def _contents(storage: Any) -> dict[str, object]:
    """Everything a search can see: per term its statistics and postings, stored fields."""
    ix = storage.open_index()
    with ix.reader() as reader:
        terms = {
            (field, text): (
                reader.doc_frequency(field, text),
                list(reader.postings(field, text).items_as("weight")),
            )
            for field, text in reader.all_terms()
        }
        stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
    ix.close()
    return {"terms": terms, "stored": stored}


def test_an_index_read_in_place_holds_what_whoosh_reads(library: Library) -> None:
    from whoosh.filedb.filestore import FileStorage

    folder = _live_folder(library)
    ours = _contents(MappedStorage(str(folder)))
    assert ours["terms"] and ours["stored"]
    assert ours == _contents(FileStorage(str(folder), readonly=True))


def _bytes_allocated_opening(storage: Any) -> int:
    from whoosh.query import Term

    tracemalloc.start()
    try:
        ix = storage.open_index()
        with ix.searcher() as searcher:
            searcher.search(Term("content", "zone"))
            peak = tracemalloc.get_traced_memory()[1]
        ix.close()
    finally:
        tracemalloc.stop()
    return peak


def test_opening_an_index_does_not_copy_its_postings_into_memory(library: Library) -> None:
    """Whoosh's own mapped reading copies the term dictionary and the postings whole (a cold
    search on a large library paid for tens of megabytes); ours reads what a query needs."""
    from whoosh.filedb.filestore import FileStorage

    folder = _live_folder(library)
    segment = max(folder.glob("*.seg"), key=lambda p: p.stat().st_size).stat().st_size
    copied = _bytes_allocated_opening(FileStorage(str(folder), readonly=True))
    in_place = _bytes_allocated_opening(MappedStorage(str(folder)))
    assert copied > segment // 2  # the copy this test is about happens with Whoosh's reading
    assert in_place < copied - segment // 3


_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(-1, 40)),
        st.tuples(
            st.just("readline"),
        ),
        st.tuples(st.just("seek"), st.integers(0, 60), st.just(0)),
        st.tuples(st.just("seek"), st.integers(-90, 20), st.just(1)),
        st.tuples(st.just("seek"), st.integers(-90, 10), st.just(2)),
        st.tuples(st.just("int"), st.integers(0, 45)),
        st.tuples(st.just("pickle"), st.just(0)),
    ),
    max_size=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 9000), st.binary(min_size=50, max_size=50), _OPS)
def test_a_part_of_the_segment_reads_as_whoosh_s_own_buffer_reads_it(
    tmp_path_factory: pytest.TempPathFactory, offset: int, data: bytes, ops: list[tuple[Any, ...]]
) -> None:
    """A part anywhere in the file (a map starts on a page boundary; parts do not)."""
    data = data[:20] + pickle.dumps(["x", 1]) + data[20:]
    folder = tmp_path_factory.mktemp("seg")
    (folder / "f").write_bytes(bytes(offset) + data + b"tail")
    mapped = MappedStorage(str(folder)).open_file("f").subset(offset, len(data))
    plain = BufferFile(data)
    try:
        for op in ops:
            if op[0] == "read":
                assert mapped.read(op[1]) == plain.read(op[1])
            elif op[0] == "readline":
                assert mapped.readline() == plain.readline()
            elif op[0] == "seek":
                assert mapped.seek(op[1], op[2]) == plain.seek(op[1], op[2])
            elif op[0] == "int":
                assert mapped.get_int(op[1]) == plain.get_int(op[1])
            else:
                assert (mapped.seek(20), plain.seek(20)) == (20, 20)
                assert mapped.read_pickle() == plain.read_pickle() == ["x", 1]
            assert mapped.tell() == plain.tell()
    finally:
        mapped.close()


def test_closing_a_part_while_a_slice_of_it_is_held_does_not_fail(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(bytes(range(200)) * 50)
    part = MappedStorage(str(tmp_path)).open_file("f").subset(5000, 3000)
    held = part._buf[10:20]  # as a reader keeping a view of what it read
    part.close()
    assert part.is_closed and bytes(held) == bytes(range(10, 20))
