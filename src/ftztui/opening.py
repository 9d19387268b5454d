"""Open a document in the user's own program at the place being read. No Textual here.

`plan_opening` decides what to run, and only decides: text and Markdown go to `$VISUAL` /
`$EDITOR` at the line (`+LINE`, which vi, vim, nano, emacs, micro, kakoune and helix all
accept), in the terminal, so it works over SSH; a PDF goes to the desktop's viewer at the page
where that viewer can be told one (evince, okular, zathura, mupdf, qpdfview, atril, xreader),
else to `xdg-open` (`open` on macOS) at its first page, like EPUB, Word and HTML files. With no
display (no DISPLAY or WAYLAND_DISPLAY, or a session over SSH) a desktop viewer is not
started, and the plan says why, in one line for the status line.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ftztui.model import Document

#: Desktop viewers that can open a PDF at a page: the page argument(s) for page N.
PAGE_ARGS: dict[str, Callable[[Path, int], list[str]]] = {
    "evince": lambda path, page: ["evince", f"--page-index={page}", str(path)],
    "atril": lambda path, page: ["atril", f"--page-index={page}", str(path)],
    "xreader": lambda path, page: ["xreader", f"--page-index={page}", str(path)],
    "okular": lambda path, page: ["okular", "-p", str(page), str(path)],
    "zathura": lambda path, page: ["zathura", "-P", str(page), str(path)],
    "mupdf": lambda path, page: ["mupdf", str(path), str(page)],
    "qpdfview": lambda path, page: ["qpdfview", f"{path}#{page}"],
}
_FALLBACK_EDITORS = ("sensible-editor", "editor", "nano", "vi")


@dataclass(frozen=True)
class Opening:
    """What to run, and whether it takes over the terminal (an editor) or not (a viewer)."""

    command: tuple[str, ...]
    in_terminal: bool
    #: One line for the status line: "opened in evince at p. 12".
    message: str


@dataclass(frozen=True)
class Refusal:
    """Why nothing can be opened, in one line for the status line."""

    message: str


def has_display(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """None when a desktop viewer can be shown; else why not, in a few words."""
    env = os.environ if env is None else env
    if env.get("SSH_CONNECTION") or env.get("SSH_TTY"):
        return "over SSH"  # an X11-forwarded viewer would be slow and surprising
    if platform == "darwin" or platform.startswith("win"):
        return None
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return "no display"
    return None


def line_of_block(path: Path, document: Document, block: int) -> int:
    """The 1-based line of the file where `block`'s text starts (1 when it cannot be found)."""
    if not 0 <= block < len(document.blocks):
        return 1
    words = document.blocks[block].text.split()[:6]
    if not words:
        return 1
    try:
        from ftztui.loaders.decode import decode_bytes

        text = decode_bytes(path.read_bytes())
    except Exception:  # unreadable now: open at the top rather than not at all
        return 1
    # Markdown and HTML may wrap or mark up the words; allow any markup-free gap between them.
    pattern = r"[\s*_`>#\[\]()]+".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    if match is None and len(words) > 2:
        match = re.search(r"\s+".join(re.escape(w) for w in words[:2]), text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def editor_command(env: Mapping[str, str]) -> list[str] | None:
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError:
                return [value]
    for name in _FALLBACK_EDITORS:
        if shutil.which(name):
            return [name]
    return None


def system_pdf_viewer() -> str | None:
    """The desktop's default PDF application when it is one we can give a page to."""
    if shutil.which("xdg-mime") is None:
        return None
    try:
        out = subprocess.run(
            ["xdg-mime", "query", "default", "application/pdf"],
            capture_output=True,
            text=True,
            timeout=2,
            check=False,
        ).stdout.lower()
    except (OSError, subprocess.SubprocessError):
        return None
    return next((name for name in PAGE_ARGS if name in out and shutil.which(name)), None)


def plan_opening(
    path: Path,
    document: Document,
    block: int,
    *,
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    pdf_viewer: Callable[[], str | None] = system_pdf_viewer,
) -> Opening | Refusal:
    """What to run to show `document` (stored at `path`) at `block`."""
    env = os.environ if env is None else env
    if not path.is_file():
        return Refusal(f"cannot open {path.name}: the file is gone")
    if document.format in ("text", "markdown"):
        editor = editor_command(env)
        if editor is None:
            return Refusal("no editor to open it in: set $EDITOR")
        line = line_of_block(path, document, block)
        return Opening((*editor, f"+{line}", str(path)), True, f"opened in {editor[0]}")
    why_not = has_display(env, platform)
    if why_not is not None:
        why = why_not[0].upper() + why_not[1:]
        return Refusal(f"{why}: no viewer can be shown; the file is {path}")
    page = _page(document, block)
    if document.format == "pdf" and page is not None:
        viewer = pdf_viewer()
        if viewer is not None:
            command = PAGE_ARGS[viewer](path, page)
            return Opening(tuple(command), False, f"opened in {viewer} at p. {page}")
    opener = "open" if platform == "darwin" else "xdg-open"
    if shutil.which(opener) is None:
        return Refusal(f"no {opener} to open it with: the file is {path}")
    where = " (at its start: the viewer takes no page)" if page is not None else ""
    return Opening((opener, str(path)), False, f"opened with {opener}{where}")


def _page(document: Document, block: int) -> int | None:
    if 0 <= block < len(document.blocks):
        return document.blocks[block].page
    return None


def page_label(document: Document | None, block: int) -> str:
    """ "p. 12" for the block of a paged document, else ""."""
    if document is None:
        return ""
    page = _page(document, block)
    return f"p. {page}" if page is not None else ""


def launch_viewer(opening: Opening) -> str | None:
    """Start a desktop viewer detached from the terminal; an error line, or None."""
    try:
        subprocess.Popen(
            opening.command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        return f"could not start {opening.command[0]}: {exc.strerror or type(exc).__name__}"
    return None
