"""The Whoosh codec our writers use: Whoosh's own (W3), minus two costs per posting.

When a segment is written, Whoosh asks for the length of the posting's field in its document for
every posting. For a field that keeps no lengths (`doc`, `unit`, `value`: unscored) it looks for
the missing length column on disk again each time: one `os.stat` per posting, about a tenth of a
build. For the others it reads the length byte back from the column file, one call chain per
posting. Here a per-document reader remembers that a column is missing, and reads each field's
lengths once, in one go, into a table. Segments record a plain
W3Codec: the files written are in Whoosh's format and any reader opens them. Writing only.

Two costs per block of text: zlib costs ~25 µs a call however short its input, and Whoosh
compresses each document's stored fields and each block of postings. A short one (a table row,
a term in a few documents) shrinks by a few bytes at most: it is written as zlib's "stored"
data instead (`_compress`), which every zlib reader reads, and a short postings block is
written uncompressed, which the block's header says (Whoosh's reader checks it).
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    W3Codec,
    W3PerDocReader,
    W3PostingsWriter,
    W3Segment,
    _lenfield,
)
from whoosh.util.numeric import byte_to_length

#: Stored fields shorter than this (pickled) are kept as zlib "stored" data, not compressed.
SHORT_BYTES = 512
#: Postings blocks of fewer postings than this are written uncompressed.
SHORT_BLOCK = 8
#: A zlib header (deflate, 32K window, no dictionary, FCHECK right) and a final stored block.
_STORED_HEAD = b"\x78\x01\x01"


def _compress(data: bytes, level: int) -> bytes:
    """`zlib.compress(data, level)`, except that short data is wrapped, not compressed."""
    if len(data) >= SHORT_BYTES:
        return zlib.compress(data, level)
    size = len(data)
    adler = zlib.adler32(data)
    return _STORED_HEAD + struct.pack("<HH", size, size ^ 0xFFFF) + data + struct.pack(">I", adler)


class _LengthsReader(W3PerDocReader):  # type: ignore[misc]
    """A per-document reader that looks for each column file once and reads lengths in bulk."""

    def __init__(self, storage: Any, segment: Any) -> None:
        super().__init__(storage, segment)
        #: field name → its length per document number (None: no lengths column).
        self._tables: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        if default != 0 or docnum > self._doccount:  # not the writer's call: Whoosh's way
            return super().doc_field_length(docnum, fieldname, default)
        if fieldname not in self._tables:
            self._tables[fieldname] = self._length_table(fieldname)
        table = self._tables[fieldname]
        if table is None:
            return default
        # As W3PerDocReader: a zero byte (or a document past the column's end) gives None.
        return table[docnum] if docnum < len(table) else None

    def length_table(self, fieldname: str) -> list[int | None] | None:
        """The field's length in each document (None: no lengths column), read in one go."""
        if fieldname not in self._tables:
            self._tables[fieldname] = self._length_table(fieldname)
        return self._tables[fieldname]

    def _length_table(self, fieldname: str) -> list[int | None] | None:
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return None
        return [byte_to_length(b) if b else None for b in reader.load()]

    def _cached_reader(self, fieldname: str, column: Any) -> Any:
        readers = self._readers
        if fieldname not in readers:
            # Cache None too: a segment being written does not grow columns.
            readers[fieldname] = (
                self.column_reader(fieldname, column) if self.has_column(fieldname) else None
            )
        return readers[fieldname]


class _PostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh's postings writer, writing a short block uncompressed."""

    _compression: int
    _ids: Any

    def _write_block(self, last: bool = False) -> None:
        if len(self._ids) >= SHORT_BLOCK:
            super()._write_block(last)
            return
        level, self._compression = self._compression, 0
        try:
            super()._write_block(last)
        finally:
            self._compression = level


class WriteCodec(W3Codec):  # type: ignore[misc]
    def per_document_reader(self, storage: Any, segment: Any) -> Any:
        return _LengthsReader(storage, segment)

    def per_document_writer(self, storage: Any, segment: Any) -> Any:
        writer = super().per_document_writer(storage, segment)
        writer._colwriters["_stored"]._child._compress = _compress
        return writer

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def new_segment(self, storage: Any, indexname: str) -> Any:
        # The segment (pickled into the index's table of contents) names the stock codec.
        return W3Segment(W3Codec(), indexname)
