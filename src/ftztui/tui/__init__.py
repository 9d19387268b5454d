"""The Textual app. The only package that imports Textual."""

from __future__ import annotations

from ftztui.library import Library


def run_app(library: Library, *, mouse: bool = True) -> int:
    import gc

    # Importing Textual and drawing the first frame allocate ~100,000 objects that live as long
    # as the app; collecting garbage meanwhile only walks them again and again. After the first
    # frame the app freezes them and collects at quiet moments (memory.py).
    gc.disable()
    try:
        from ftztui.tui.app import FtzApp

        app = FtzApp(library)
        app.run(mouse=mouse)
    finally:
        gc.enable()
    return app.return_code or 0
