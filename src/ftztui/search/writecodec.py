"""The Whoosh codec our writers use: Whoosh's own (W3), minus a stat per posting.

When a segment is written, Whoosh asks for the length of the posting's field in its document for
every posting, and for a field that keeps no lengths (`doc`, `unit`, `value`: unscored) it looks
for the missing length column on disk again each time: one `os.stat` per posting, about a tenth of
a build. Here a per-document reader remembers that a column is missing. Segments record a plain
W3Codec, so the files written are exactly Whoosh's and any reader opens them. Writing only.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, W3Segment


class _LengthsReader(W3PerDocReader):  # type: ignore[misc]
    """A per-document reader that looks for each column file once."""

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
