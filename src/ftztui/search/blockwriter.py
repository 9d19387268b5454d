"""The Whoosh writer our index builds use: Whoosh's SegmentWriter, with postings kept per term.

Whoosh's writer puts every posting (field, term, document, weight, value) into a sorting pool
as a tuple; past `limitmb` of estimated size (a few hundred thousand blocks of text) it pickles
sorted runs to disk and merges them back with a heap when the segment is written, one tuple and
one method call chain per posting. A 300-page form of 72k table rows makes 1.6M postings, and
that pool was half of its indexing time. Here the postings go straight into a list per term as
they are made (documents arrive in order, so each list is sorted already), and the segment is
written a term at a time, in blocks of 128 postings, with Whoosh's own block writer. The text
fields are analysed word by word with each distinct word analysed once (`tokens.Tokens`), which
gives the tokens the analyzer gives (table rows repeat their words all the time).

The index holds exactly what Whoosh's writer writes for the same documents: every term's
postings and statistics, stored fields and lengths (tests/test_blockwriter.py compares them), so
searching is unchanged. Only the bytes of a postings block can differ: a value shared by several
postings (a title's positions, on every block) is pickled once, as pickle does for one object.
Anything this writer does not know how to speed up (term vectors, spelling sub-fields, fields
of other formats or analyzers) goes through Whoosh's own code.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from heapq import merge
from itertools import groupby
from typing import Any

from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.externalsort import SortingPool
from whoosh.formats import Existence, Frequency, Positions
from whoosh.writing import SegmentWriter

from ftztui.search.fieldindex import FieldIndexer

#: A term's postings: document numbers, weights, encoded values (in document order).
Postings = tuple[array, array, list[bytes]]  # type: ignore[type-arg]
#: (field name, term bytes, postings), in the order a segment stores terms.
TermPostings = tuple[str, bytes, Postings]
#: Roughly what one posting costs here (a slot in three arrays), to honour `limitmb`.
POSTING_BYTES = 24


def _postings() -> Postings:
    return array("I"), array("d"), []


class _Run:
    """Documents start..end-1 whose field had the same items (one list object)."""

    __slots__ = ("_unique", "boost", "end", "items", "length", "start")

    def __init__(self, items: list[Any], boost: float, start: int) -> None:
        self.items, self.boost, self.start, self.end = items, boost, start, start + 1
        self.length = sum(item[1] for item in items)
        self._unique: bool | None = None

    @property
    def unique(self) -> bool:
        """Whether no term comes twice in the items (a list of numbers may repeat one): only
        then are the run's postings in document order when added term by term."""
        if self._unique is None:
            self._unique = len({item[0] for item in self.items}) == len(self.items)
        return self._unique


class TermPool(SortingPool):  # type: ignore[misc]
    """Postings grouped by field and term in memory; past the memory limit they are written
    out as one of Whoosh's sorted runs (rare: millions of postings)."""

    def __init__(self, tempstore: Any, limitmb: float = 128) -> None:
        super().__init__()
        self.runs: list[str] = []
        self.tempstore = tempstore
        self.fields: dict[str, dict[bytes, Postings]] = {}
        #: (field, term) whose postings did not come in document order (merged segments).
        self.unsorted: set[tuple[str, bytes]] = set()
        self.count = 0
        self.limit = max(1, int(limitmb * 1024 * 1024 // POSTING_BYTES))
        #: field name → the run of documents its last items were added for
        self._runs: dict[str, _Run] = {}

    # -- Whoosh's pool interface (the writer's merge code calls `add`)

    def _new_run(self) -> tuple[str, Any]:
        from whoosh.util import random_name

        path = f"{random_name()}.run"
        return path, self.tempstore.create_file(path).raw_file()

    def _open_run(self, path: str) -> Any:
        return self.tempstore.open_file(path).raw_file()

    def _remove_run(self, path: str) -> None:
        self.tempstore.delete_file(path)

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        if self._runs:
            self._end_runs()
        fieldname, tbytes, docnum, weight, vbytes = item
        postings = self.fields.setdefault(fieldname, {}).get(tbytes)
        if postings is None:
            postings = self.fields[fieldname][tbytes] = _postings()
        elif postings[0][-1] > docnum:
            self.unsorted.add((fieldname, tbytes))
        postings[0].append(docnum)
        postings[1].append(weight)
        postings[2].append(vbytes)
        self.count += 1
        if self.count >= self.limit:
            self.save()

    def add_items(
        self, fieldname: str, items: Iterable[Any], docnum: int, boost: float, scorable: bool
    ) -> int:
        """Add one document's (term, frequency, weight, value) items for a field; the field's
        length in that document (the sum of frequencies, when it is scorable).

        The same list of items for the next document (a title or section title on every block
        of it) only lengthens the field's current run of documents; a run's postings are
        added together when it ends."""
        run = self._runs.get(fieldname)
        if run is not None:
            if run.items is items and run.boost == boost and run.end == docnum and run.unique:
                run.end += 1
                self.count += len(run.items)
                return run.length if scorable else 0
            self._end_run(fieldname, run)
        listed = items if isinstance(items, list) else list(items)
        run = self._runs[fieldname] = _Run(listed, boost, docnum)
        self.count += len(listed)
        if self.count >= self.limit:
            self.save()
        return run.length if scorable else 0

    def _end_run(self, fieldname: str, run: _Run) -> None:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        start, count, boost = run.start, run.end - run.start, run.boost
        for tbytes, _, weight, vbytes in run.items:
            postings = terms.get(tbytes)
            if postings is None:
                postings = terms[tbytes] = _postings()
            if count == 1:
                postings[0].append(start)
                postings[1].append(weight * boost)
                postings[2].append(vbytes)
            else:
                postings[0].extend(range(start, run.end))
                postings[1].extend([weight * boost] * count)
                postings[2].extend([vbytes] * count)
        del self._runs[fieldname]

    def _end_runs(self) -> None:
        for fieldname, run in list(self._runs.items()):
            self._end_run(fieldname, run)

    def save(self) -> None:
        """Write the postings held so far as a sorted run (Whoosh's format) and start afresh."""
        self._end_runs()
        if self.count:
            path, f = self._new_run()
            self._write_run(f, self._items(self._held()))
            self._add_run(path)
        self.fields, self.unsorted, self.count = {}, set(), 0

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        return self._items(self.terms())

    def cleanup(self) -> None:
        super().cleanup()
        self.fields, self.unsorted, self.count, self._runs = {}, set(), 0, {}

    # -- by term

    def _held(self) -> Iterator[TermPostings]:
        self._end_runs()
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for tbytes in sorted(terms):
                postings = terms[tbytes]
                if (fieldname, tbytes) in self.unsorted:
                    postings = _sorted(postings)
                yield fieldname, tbytes, postings

    def terms(self) -> Iterator[TermPostings]:
        """Every term's postings, in the order a segment stores them."""
        if not self.runs:
            yield from self._held()
            return
        runs = [self._read_run(path) for path in self.runs]
        items = merge(*runs, self._items(self._held()))
        for (fieldname, tbytes), group in groupby(items, key=lambda item: item[:2]):
            postings = _postings()
            for _, _, docnum, weight, vbytes in group:
                postings[0].append(docnum)
                postings[1].append(weight)
                postings[2].append(vbytes)
            yield fieldname, tbytes, postings
        self.runs.clear()

    @staticmethod
    def _items(terms: Iterable[TermPostings]) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        for fieldname, tbytes, (docnums, weights, values) in terms:
            for docnum, weight, vbytes in zip(docnums, weights, values, strict=True):
                yield fieldname, tbytes, docnum, weight, vbytes


def _sorted(postings: Postings) -> Postings:
    """Postings in the order Whoosh's pool sorts them: by document, weight, value."""
    out = _postings()
    for docnum, weight, vbytes in sorted(zip(*postings, strict=True)):
        out[0].append(docnum)
        out[1].append(weight)
        out[2].append(vbytes)
    return out


#: A field, its indexer's `index` (None: not indexed), whether it is scorable and stored,
#: and the keywords that give it a boost or a stored value of its own.
_Plan = tuple[Any, Any, bool, bool, str, str]


def _plan(name: str, field: Any, indexer: FieldIndexer) -> _Plan:
    index = indexer.index if field.indexed else None
    return field, index, field.scorable, field.stored, f"_{name}_boost", f"_stored_{name}"


class BlockWriter(SegmentWriter):  # type: ignore[misc]
    """`SegmentWriter` with a `TermPool`, fields indexed through `FieldIndexer`, and segments
    written a term at a time (see the module's note). Takes SegmentWriter's arguments."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self._tempstorage, kwargs.get("limitmb", 128))
        schema = self.schema
        #: Whether each field is one this writer indexes itself (else: Whoosh's add_document).
        self._simple = all(
            not schema[name].separate_spelling() and not schema[name].vector
            for name in schema.names()
        )
        self._indexers = {name: FieldIndexer(schema[name]) for name in schema.names()}
        #: field name → what `add_document` needs of it, worked out once, not once a block
        self._plans = {n: _plan(n, schema[n], self._indexers[n]) for n in schema.names()}

    def add_document(self, **fields: Any) -> None:
        if not self._simple:
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter, plans, add_items = self.perdocwriter, self._plans, self.pool.add_items
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        if not all(name in plans for name in fieldnames):
            self._check_fields(self.schema, fieldnames)  # raises UnknownFieldError
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field, index, scorable, stored, boost_key, stored_key = plans[fieldname]
                length = 0
                if index is not None:  # as SegmentWriter: the field's boost, else the doc's
                    boost = float(fields[boost_key]) if boost_key in fields else docboost
                    length = add_items(fieldname, index(value), docnum, boost, scorable)
                kept = fields.get(stored_key, value)
                perdocwriter.add_field(fieldname, field, kept if stored else None, length)
                if field.column_type and kept is not None:
                    column_value = field.to_column_value(kept)
                    perdocwriter.add_column_value(fieldname, field.column_type, column_value)
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        try:
            write_terms(self.fieldwriter, self.schema, lengths, self.pool.terms())
        finally:
            self.fieldwriter.close()
            if lengths is not None:
                lengths.close()


class _Lengths:
    """A field's length in each document, as Whoosh's `doc_field_length(docnum, fieldname)`
    gives it (0 for a field that keeps none, None past the column's end), read in one go."""

    def __init__(self, lengths: Any, fieldname: str) -> None:
        self.table: list[int | None] | None = None
        self.lookup: Any = None
        if lengths is None:
            self.table = []
            self.missing: int | None = 0
        elif hasattr(lengths, "length_table"):
            found = lengths.length_table(fieldname)
            self.table, self.missing = (found, None) if found is not None else ([], 0)
        else:
            self.lookup = lambda docnum: lengths.doc_field_length(docnum, fieldname)

    def of(self, docnum: int) -> int | None:
        if self.table is None:
            return self.lookup(docnum)  # type: ignore[no-any-return]
        return self.table[docnum] if docnum < len(self.table) else self.missing

    def nonzero(self, docnums: Any) -> list[int]:
        """The lengths that are not 0 or None of the documents `docnums` (ascending)."""
        table = self.table
        if table is None:
            found = [self.lookup(d) for d in docnums]
        elif docnums[-1] - docnums[0] == len(docnums) - 1:  # a run: a slice of the table
            found = table[docnums[0] : docnums[-1] + 1]
        else:
            size = len(table)
            found = [table[d] for d in docnums if d < size]
        return [n for n in found if n]


def write_terms(fieldwriter: Any, schema: Any, lengths: Any, terms: Iterable[TermPostings]) -> None:
    """What Whoosh's `FieldWriter.add_postings` does, a term (and a block) at a time."""
    for fieldname, group in groupby(terms, key=lambda term: term[0]):
        field = schema[fieldname]
        fieldwriter.start_field(fieldname, field)
        field_lengths = _Lengths(lengths, fieldname)
        fast = type(field.format) in (Existence, Frequency, Positions)
        for _, tbytes, postings in group:
            fieldwriter.start_term(tbytes)
            writer = fieldwriter._postwriter
            if fast and isinstance(writer, W3PostingsWriter):
                _add_blocks(writer, postings, field_lengths)
            else:
                for docnum, weight, vbytes in zip(*postings, strict=True):
                    fieldwriter.add(docnum, weight, vbytes, field_lengths.of(docnum))
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _add_blocks(writer: Any, postings: Postings, lengths: _Lengths) -> None:
    """Fill Whoosh's postings writer a block at a time, leaving the last block buffered for
    `finish_postings`, exactly as `add_posting` one posting at a time would."""
    docnums, weights, values = postings
    size, limit = len(docnums), writer._blocklimit
    for start in range(0, size, limit):
        end = min(start + limit, size)
        writer._ids = ids = docnums[start:end]
        writer._weights = array("f", weights[start:end])
        writer._values = [v for v in values[start:end] if v]
        writer._maxweight = max(0, *weights[start:end])
        found = lengths.nonzero(ids)
        writer._minlength = min(found) if found else None
        writer._maxlength = max(found) if found else 0
        if end < size:
            writer._write_block()


def open_writer(ix: Any, **kwargs: Any) -> BlockWriter:
    """A `BlockWriter` on `ix` with our write codec (writecodec.py): Whoosh's `ix.writer()`."""
    from ftztui.search.writecodec import WriteCodec

    return BlockWriter(ix, codec=WriteCodec(), **kwargs)
