"""Full-text search over a library: a Whoosh index of blocks. No Textual; no Whoosh leaks out.

Public interface (other layers use only this):

- `open_index(library, *, update=True, notice=print_to_stderr) -> SearchIndex`: open the library's
  index, building it when missing, rebuilding it when damaged or of an old schema, and (with
  `update`) bringing it up to date with the corpus by a cheap stat check. Notices ("index rebuilt:
  ...", "skipped foo.bin: not text") go to `notice`, one line each.
- `SearchIndex.search(query, *, limit=20, doc=None) -> SearchResult` (model.SearchResult).
- `SearchIndex.catalog() -> list[DocInfo]`: the documents in the index, sorted by title.
- `SearchIndex.refresh() -> bool`: pick up changes another process made (True when any).
- `build_index(library, *, rebuild=False, progress=None) -> IndexReport`.
"""
