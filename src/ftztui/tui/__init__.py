"""The Textual app. The only package that imports Textual."""

from __future__ import annotations

from ftztui.library import Library


def run_app(library: Library, *, mouse: bool = True) -> int:
    """Open the reader; `mouse=False` (--no-mouse) wins over the settings' `mouse`."""
    import gc

    from ftztui.config import load_settings

    settings, problems = load_settings()

    # Importing Textual and drawing the first frame allocate ~100,000 objects that live as long
    # as the app; collecting garbage meanwhile only walks them again and again. After the first
    # frame the app freezes them and collects at quiet moments (memory.py).
    gc.disable()
    try:
        from ftztui.tui.app import FtzApp

        app = FtzApp(library, settings=settings, notices=problems)
        app.run(mouse=mouse and settings.mouse)
    finally:
        gc.enable()
    return app.return_code or 0
