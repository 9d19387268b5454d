"""The contents pane: documents, each expandable into its sections, with hit counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ftztui.model import DocInfo
from ftztui.safetext import one_line
from ftztui.tui.layout import section_label
from ftztui.tui.messages import OpenDocument

__all__ = ["Contents", "Entry", "section_label"]


@dataclass(frozen=True)
class Entry:
    """What a node stands for: a document, or one of its sections."""

    doc_id: str
    section: int | None = None


class Contents(Tree[Entry]):
    """Documents and their sections; selecting one opens it in the reader."""

    DEFAULT_CSS = """
    Contents { height: 1fr; overflow-x: hidden; background: $surface; }
    Contents:focus { background-tint: $foreground 4%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", show=True, id="ftztui.contents.open"),
        Binding("space", "toggle_node", "Expand", show=False, id="ftztui.contents.expand"),
        Binding("j", "cursor_down", "Down", show=False, id="ftztui.contents.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ftztui.contents.up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Library", id=id)
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2
        self._docs: dict[str, DocInfo] = {}
        self._doc_nodes: dict[str, TreeNode[Entry]] = {}
        self._counts: dict[tuple[str, int | None], int] = {}

    def set_documents(self, documents: list[DocInfo], current: str | None = None) -> None:
        """Show `documents` (catalog order); expand `current`."""
        self._docs = {d.id: d for d in documents}
        self.clear()
        self._doc_nodes = {}
        for info in documents:
            node = self.root.add(self._doc_label(info), Entry(info.id), expand=False)
            self._doc_nodes[info.id] = node
        if current is not None:
            self.expand_document(current)

    @property
    def document_ids(self) -> list[str]:
        return list(self._doc_nodes)

    def expand_document(self, doc_id: str) -> None:
        node = self._doc_nodes.get(doc_id)
        if node is None:
            return
        self._fill(node)
        node.expand()
        self.move_cursor(node, animate=False)
        self.call_after_refresh(self._show_sections, node)

    def _show_sections(self, node: TreeNode[Entry]) -> None:
        """Scroll so the document's sections show under it, not just its own line at the
        bottom of the pane (a document far down a long library opened with its sections
        out of sight)."""
        if node.line < 0:
            return
        view = self.scrollable_content_region
        rows = min(len(node.children) + 1, view.height)
        region = Region(0, node.line, view.width, rows)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def set_counts(self, counts: dict[tuple[str, int | None], int]) -> None:
        """Hit counts keyed by (doc, section); (doc, None) counts a whole document. {} clears."""
        before, self._counts = self._counts, counts
        # Relabel only the documents whose counts changed: a big library has hundreds.
        changed = {doc for doc, _ in before.keys() ^ counts.keys()}
        changed |= {doc for key, n in counts.items() if before.get(key) != n for doc in key[:1]}
        for doc_id in changed:
            node = self._doc_nodes.get(doc_id)
            if node is None:
                continue
            node.set_label(self._doc_label(self._docs[doc_id]))
            for child in node.children:
                if child.data is not None and child.data.section is not None:
                    child.set_label(self._section_label(doc_id, child.data.section))

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[Entry]) -> None:
        self._fill(event.node)

    def on_tree_node_selected(self, event: Tree.NodeSelected[Entry]) -> None:
        event.stop()
        entry = event.node.data
        if entry is not None:
            self.post_message(OpenDocument(entry.doc_id, entry.section))

    # Sections are added when a document is first expanded: 2,000 documents stay quick.
    def _fill(self, node: TreeNode[Entry]) -> None:
        entry = node.data
        if entry is None or entry.section is not None or node.children:
            return
        info = self._docs[entry.doc_id]
        for number, _title in enumerate(info.section_titles):
            node.add_leaf(self._section_label(info.id, number), Entry(info.id, number))

    def _doc_label(self, info: DocInfo) -> Text:
        text = Text(one_line(info.title), end="")
        return self._with_count(text, self._counts.get((info.id, None)))

    def _section_label(self, doc_id: str, section: int) -> Text:
        titles = self._docs[doc_id].section_titles
        title = titles[section] if section < len(titles) else None
        text = Text(section_label(title, section), end="")
        return self._with_count(text, self._counts.get((doc_id, section)))

    @staticmethod
    def _with_count(text: Text, count: int | None) -> Text:
        if count:
            text.append(f" ({count})", style="bold")
        return text
