"""The Whoosh codec our writers use: Whoosh's own (W3), minus two costs per posting.

When a segment is written, Whoosh asks for the length of the posting's field in its document for
every posting. For a field that keeps no lengths (`doc`, `unit`, `value`: unscored) it looks for
the missing length column on disk again each time: one `os.stat` per posting, about a tenth of a
build. For the others it reads the length byte back from the column file, one call chain per
posting. Here a per-document reader remembers that a column is missing, and reads each field's
lengths once, in one go, into a table. Segments record a plain
W3Codec, so the files written are exactly Whoosh's and any reader opens them. Writing only.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocReader, W3Segment, _lenfield
from whoosh.util.numeric import byte_to_length


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


class WriteCodec(W3Codec):  # type: ignore[misc]
    def per_document_reader(self, storage: Any, segment: Any) -> Any:
        return _LengthsReader(storage, segment)

    def new_segment(self, storage: Any, indexname: str) -> Any:
        # The segment (pickled into the index's table of contents) names the stock codec.
        return W3Segment(W3Codec(), indexname)
