"""The Textual app. The only package that imports Textual."""

from __future__ import annotations

from ftztui.library import Library


def run_app(library: Library, *, mouse: bool = True) -> int:
    from ftztui.tui.app import FtzApp

    app = FtzApp(library)
    app.run(mouse=mouse)
    return app.return_code or 0
