"""Key figures: every number a document reports, with what it counts. No Textual, no index.

`extract_figures(document) -> list[Figure]` (model.Figure), pure and fast.
"""
