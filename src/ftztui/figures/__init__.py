"""Key figures: every number a document reports, with what it counts. No Textual, no index.

`extract_figures(document) -> list[Figure]` (see `ftztui.model.Figure`) is pure and fast enough
to run at index time; `figures_in_text(text)` does the same for a bare string.
"""

from __future__ import annotations

from ftztui.figures.extract import extract_figures, figures_in_text

__all__ = ["extract_figures", "figures_in_text"]
