"""The reader's "open in my viewer" key: runs what `ftztui.opening` plans, from the TUI.

An editor takes the terminal, so the app is suspended while it runs (`App.suspend()`) and
redrawn when it exits; a desktop viewer is started detached and the app carries on.
"""

from __future__ import annotations

import subprocess

from textual.app import App, SuspendNotSupported

from ftztui.library import Library
from ftztui.model import Document
from ftztui.opening import Refusal, launch_viewer, plan_opening


def open_current(app: App[object], library: Library, document: Document | None, block: int) -> str:
    """Open `document` at `block` in the user's program; one line saying what happened."""
    if document is None or not document.path:
        return "no document open"
    plan = plan_opening(library.corpus / document.path, document, block)
    if isinstance(plan, Refusal):
        return plan.message
    if not plan.in_terminal:
        return launch_viewer(plan) or plan.message
    try:
        with app.suspend():
            code = subprocess.run(plan.command, check=False).returncode
    except SuspendNotSupported:
        return "cannot hand the terminal to an editor here"
    except OSError as exc:
        return f"could not start {plan.command[0]}: {exc.strerror or type(exc).__name__}"
    return plan.message if code == 0 else f"{plan.command[0]} exited with status {code}"
