"""What the reader remembers between runs: where the user was, what they searched, the theme.

Two small JSON files: `state.json` in the platform's state directory (last document and
position per library, search history) and `config.json` in its config directory (theme). Both
are written atomically (temp file + `os.replace`); a missing file is a first run, a damaged one
is ignored with a notice, never a crash. No Textual here.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ftztui.library import user_config_dir, user_state_dir

HISTORY_LIMIT = 50


@dataclass(frozen=True)
class Place:
    """Where the user left a library: a document (id and file) and the block at the top."""

    doc_id: str
    path: str | None
    block: int = 0


@dataclass
class AppState:
    #: Keyed by the library's corpus folder, so another library starts at its own first page.
    places: dict[str, Place] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    theme: str | None = None


def state_file() -> Path:
    return user_state_dir() / "state.json"


def config_file() -> Path:
    return user_config_dir() / "config.json"


def load_state() -> tuple[AppState, list[str]]:
    """The remembered state, and notices about files that could not be read."""
    notices: list[str] = []
    state = AppState()
    raw = _read_json(state_file(), notices)
    if raw is not None:
        try:
            state.places = {str(k): _place(v) for k, v in dict(raw.get("places", {})).items()}
            history = raw.get("history", [])
            state.history = [q for q in history if isinstance(q, str)][-HISTORY_LIMIT:]
        except (TypeError, ValueError, AttributeError, KeyError):
            notices.append(f"ignored damaged state file {state_file()}")
            state = AppState()
    config = _read_json(config_file(), notices)
    if config is not None and isinstance(config.get("theme"), str):
        state.theme = config["theme"]
    return state, notices


def save_state(state: AppState) -> str | None:
    """Write both files; a one-line reason when that failed (disk full, read-only home)."""
    places = {
        corpus: {"doc_id": p.doc_id, "path": p.path, "block": p.block}
        for corpus, p in state.places.items()
    }
    try:
        _write_json(state_file(), {"places": places, "history": state.history[-HISTORY_LIMIT:]})
        _write_json(config_file(), {"theme": state.theme})
    except OSError as error:
        return f"could not save reader state: {error}"
    return None


def _place(raw: Any) -> Place:
    if not isinstance(raw, dict) or not isinstance(raw.get("doc_id"), str):
        raise ValueError("bad place")
    path = raw.get("path")
    block = raw.get("block", 0)
    return Place(
        raw["doc_id"],
        path if isinstance(path, str) else None,
        block if isinstance(block, int) and block >= 0 else 0,
    )


def _read_json(path: Path, notices: list[str]) -> dict[str, Any] | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        notices.append(f"ignored unreadable {path.name} ({type(error).__name__}): starting afresh")
        return None
    if not isinstance(raw, dict):
        notices.append(f"ignored damaged {path.name}: starting afresh")
        return None
    return raw


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=1)
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:  # a file name that is not UTF-8 (lone surrogates): the
            encoded = json.dumps(data, indent=1).encode("ascii")  # \u escapes read back as is
        with os.fdopen(fd, "wb") as out:
            out.write(encoded)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
