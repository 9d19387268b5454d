"""Markdown: YAML front matter (or a pandoc title block) for metadata, headings as sections.

Parsed with markdown-it-py (CommonMark, plus tables), never with regexes: inline markup is
dropped by walking the inline tokens (a link keeps its text), so `[bold]` and `[/]` written in a
document stay literal text. Inline code keeps its backticks in block text: the reader still sees
it is code, and the figure extractor skips what is between backticks (a `max_retries: 5` setting
is not a figure). The title is the front matter's `title:` or the pandoc title block's first line
("% FAQs"), as pandoc and static site generators take it; the file's headings then all open
sections (a first heading that only repeats that title excepted). Without one, the first `#`
heading is the title (in a file with none, a heading before any text); other headings open
sections.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.clean import tidy_line, unspaced
from ftztui.loaders.dates import find_date
from ftztui.model import Block, BlockKind, Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MAX_FRONT_MATTER = 64 * 1024
# Pandoc's title block: up to three "%" lines (title, authors, date) opening the file, each maybe
# continued on lines that start with a space.
_TITLE_BLOCK = re.compile(r"\A(?:%[^\n]*(?:\n|\Z)(?:[ \t]+\S[^\n]*(?:\n|\Z))*){1,3}")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)

# markdown-it drops, silently, whatever sits deeper than its nesting limit; a line opening more
# containers than this ("> > > ...", "- - - ...") keeps its text but loses the extra levels.
_MAX_CONTAINERS = 6
_DEEP_CONTAINERS = re.compile(
    rf"^([ \t]*(?:(?:>[ \t]*|(?:[-*+]|\d{{1,9}}[.)])[ \t]+)){{{_MAX_CONTAINERS}}})"
    r"(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+)+",
    re.MULTILINE,
)

# An attribute list (Python-Markdown's attr_list, Pandoc's header attributes) after a heading
# or an image: "## Usage {#usage}", "![plot](plot.png){ loading=lazy }". It is markup, never
# shown by the site that renders the file, like a link's target.
_ATTRIBUTE = r"(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
_ATTRIBUTE_LIST = re.compile(rf"\s*\{{:?\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}\s*$")
_LEADING_ATTRIBUTE_LIST = re.compile(rf"^\s*\{{:?\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}")

_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        # CommonMark's maxNesting (20) keeps hostile nesting ("> > > ...") from recursing deeply.
        _parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
        # Pandoc's fenced divs ("::: {.note}" ... ":::"): markup around their text, not text
        container_plugin(_parser, name="div", validate=lambda *_: True)
    return _parser


@dataclass
class _Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None


def load_markdown(text: str, *, doc_id: str, fallback_title: str, path: str | None) -> Document:
    """A `Document` from decoded, cleaned Markdown."""
    meta, body, reason = _split_metadata(text)
    walker = _Walker(given_title=meta.title)
    if len(body) < len(text):
        front = text[: len(text) - len(body)].strip()
        walker.builder.remove(front, reason, line=1)
    walker.walk(_markdown().parse(_DEEP_CONTAINERS.sub(r"\1", body)))
    if walker.builder.block_count == 0 and walker.title:
        # A file that is only its "# Title" (a stub page) is a document, not an unreadable file:
        # the title is its text.
        walker.builder.sections[0].blocks.append(Block("paragraph", tidy_line(walker.title)))
    return walker.builder.build(
        doc_id=doc_id,
        title=walker.title or meta.title or fallback_title,
        source=meta.source,
        date=meta.date,
        url=meta.url,
        path=path,
        format="markdown",
    )


# -- front matter --------------------------------------------------------------------------


def _split_metadata(text: str) -> tuple[_Metadata, str, str]:
    """The file's metadata, the Markdown after it, and why what stood before it was removed."""
    if text.startswith("%"):
        return (*_split_title_block(text), "title block (metadata)")
    return (*_split_front_matter(text), "front matter (metadata)")


def _split_title_block(text: str) -> tuple[_Metadata, str]:
    """Pandoc's "% title", "% author; author", "% date" lines; an empty "%" line skips one."""
    match = _TITLE_BLOCK.match(text[: _MAX_FRONT_MATTER + 16])
    assert match is not None  # the text starts with "%"
    fields = [" ".join(f.split()) for f in re.split(r"(?m)^%", match.group(0))[1:]]
    title, authors, date = [*fields, "", "", ""][:3]
    return (
        _Metadata(
            title=title or None,
            source=", ".join(a.strip() for a in authors.split(";") if a.strip()) or None,
            date=find_date(date) if date else None,
        ),
        text[match.end() :],
    )


def _split_front_matter(text: str) -> tuple[_Metadata, str]:
    match = _FRONT_MATTER.match(text[: _MAX_FRONT_MATTER + 16])
    if match is None:
        return _Metadata(), text
    body = text[match.end() :]
    import yaml

    try:
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, RecursionError, ValueError):
        return _Metadata(), body  # a broken header loses its metadata, not the document
    if not isinstance(data, dict):
        return _Metadata(), body
    return (
        _Metadata(
            title=_scalar(data, "title"),
            source=_scalar(data, "source", "publisher", "site", "site_name")
            or _authors(data.get("author")),
            date=_date(data, "date", "published", "pubdate"),
            url=_scalar(data, "url", "link", "canonical"),
        ),
        body,
    )


def _scalar(data: dict[Any, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
    return None


def _authors(value: Any) -> str | None:
    """`author: A` or a list of them (pandoc's `author: [A, B]`, or `- name: A` entries)."""
    names = value if isinstance(value, list) else [value]
    names = [n.get("name") if isinstance(n, dict) else n for n in names]
    return ", ".join(str(n).strip() for n in names if isinstance(n, str) and n.strip()) or None


def _date(data: dict[Any, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            return find_date(value)
    return None


# -- blocks --------------------------------------------------------------------------------


#: A task list item's box (GitHub's Markdown): "[ ] To do", "[x] Done".
_TASK = re.compile(r"\[([ xX])\][ \t]+")


@dataclass
class _Walker:
    builder: DocumentBuilder = field(default_factory=DocumentBuilder)
    #: The title the file's metadata gives, if any: then headings are sections.
    given_title: str | None = None
    title: str | None = None
    #: Open containers that give a paragraph its kind: "quote" or "list_item".
    context: list[BlockKind] = field(default_factory=list)
    heading_level: int = 0
    #: The open lists' next numbers (None: a bulleted list), innermost last.
    numbers: list[int | None] = field(default_factory=list)
    #: The open list items' marks ("3.", None for a bullet); "" once an item's first block is
    #: out: its later paragraphs are drawn without one.
    marks: list[str | None] = field(default_factory=list)
    cells: list[str] | None = None
    #: The file has no "#" heading: its first heading, when nothing stands before it, is the
    #: title (a book's chapter split into files, each opening with its "## Data Types").
    first_heading_titles: bool = False

    def walk(self, tokens: list[Token]) -> None:
        self.first_heading_titles = not any(
            t.type == "heading_open" and t.tag == "h1" for t in tokens
        )
        for token in tokens:
            handler = _HANDLERS.get(token.type)
            if handler is not None:
                handler(self, token)

    def kind(self) -> BlockKind:
        return self.context[-1] if self.context else "paragraph"

    def add(self, text: str) -> None:
        """A block of the kind the open containers give; in a list, at its level, with the
        number an ordered list gives its item's first block."""
        kind = self.kind()
        if kind != "list_item" or not self.marks:
            self.builder.block(kind, text)
            return
        level = sum(1 for k in self.context if k == "list_item") - 1
        if self.marks[-1] != "":  # the item's first block: "[x] Done" is a task's box, as
            task = _TASK.match(text)  # GitHub draws it
            if task is not None:
                text = ("☐ " if task.group(1) == " " else "☒ ") + text[task.end() :]
        self.builder.block(kind, text, level=level, mark=self.marks[-1])
        self.marks[-1] = ""

    def on_list_open(self, token: Token) -> None:
        if token.type != "ordered_list_open":
            self.numbers.append(None)
            return
        start = str(token.attrGet("start") or 1)
        self.numbers.append(int(start) if start.isdigit() else 1)

    def on_list_close(self, token: Token) -> None:
        if self.numbers:
            self.numbers.pop()

    def on_item_open(self, token: Token) -> None:
        self.push("list_item")
        number = self.numbers[-1] if self.numbers else None
        if number is None:
            self.marks.append(None)
        else:
            self.marks.append(f"{number}{token.markup or '.'}")
            self.numbers[-1] = number + 1

    def on_item_close(self, token: Token) -> None:
        self.pop()
        if self.marks:
            self.marks.pop()

    def on_inline(self, token: Token) -> None:
        if self.heading_level:
            self._heading(token)
            return
        text = _inline_text(token)
        if self.cells is not None:
            self.cells.append(text)
        elif _is_image_only(token):
            self.builder.block("caption", text)
        else:
            self.add(text)

    def _heading(self, token: Token) -> None:
        if self.context:  # a heading inside a list or quote is just its text
            self.add(_inline_text(token))
            return
        text = _ATTRIBUTE_LIST.sub("", _inline_text(token, code_marks=False))
        if self._is_title(text):
            self.title = text
        else:
            self.builder.heading(text, self.heading_level)

    def _is_title(self, text: str) -> bool:
        if self.title is not None or not text.strip():
            return False
        opening = self.builder.block_count == 0
        if self.given_title is not None:  # "# Same Title" under "title: Same Title"
            return opening and text.casefold().split() == self.given_title.casefold().split()
        return self.heading_level == 1 or (self.first_heading_titles and opening)

    def on_heading_open(self, token: Token) -> None:
        self.heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 2

    def on_heading_close(self, token: Token) -> None:
        self.heading_level = 0

    def on_code(self, token: Token) -> None:
        self.builder.block("code", token.content)

    def on_html_block(self, token: Token) -> None:
        line = token.map[0] + 1 if token.map else None
        for comment in _COMMENT.findall(token.content):
            self.builder.remove(comment[4:-3], "HTML comment", line=line)
        for script in _SCRIPT.finditer(token.content):
            self.builder.remove(script.group(0), f"HTML {script.group(1).lower()}", line=line)
        self.add(_TAG.sub(" ", token.content))

    def on_div_fence(self, token: Token) -> None:
        line = token.map[0] + 1 if token.map else None
        self.builder.remove(f"{token.markup}{token.info}", "div fence (markup)", line=line)

    def push(self, kind: BlockKind) -> None:
        self.context.append(kind)

    def pop(self) -> None:
        if self.context:
            self.context.pop()

    def on_row_open(self, token: Token) -> None:
        self.cells = []

    def on_row_close(self, token: Token) -> None:
        cells, self.cells = self.cells or [], None
        self.add(" | ".join(c.strip() for c in cells))


_HANDLERS: dict[str, Any] = {
    "inline": _Walker.on_inline,
    "heading_open": _Walker.on_heading_open,
    "heading_close": _Walker.on_heading_close,
    "fence": _Walker.on_code,
    "code_block": _Walker.on_code,
    "html_block": _Walker.on_html_block,
    "blockquote_open": lambda w, t: w.push("quote"),
    "blockquote_close": lambda w, t: w.pop(),
    "bullet_list_open": _Walker.on_list_open,
    "ordered_list_open": _Walker.on_list_open,
    "bullet_list_close": _Walker.on_list_close,
    "ordered_list_close": _Walker.on_list_close,
    "list_item_open": _Walker.on_item_open,
    "list_item_close": _Walker.on_item_close,
    "tr_open": _Walker.on_row_open,
    "tr_close": _Walker.on_row_close,
    "container_div_open": _Walker.on_div_fence,
    "container_div_close": _Walker.on_div_fence,
}


def _inline_text(token: Token, *, code_marks: bool = True) -> str:
    """The text a reader sees: markup dropped, link text kept, an image by its alt text, and
    inline code in backticks (plain in titles and section headings, which are names)."""
    parts: list[str] = []
    after_image = False
    children = token.children or []
    for k, child in enumerate(children):
        if child.type == "text" and after_image:
            parts.append(_LEADING_ATTRIBUTE_LIST.sub("", child.content))
        elif child.type == "text" or (child.type == "code_inline" and not code_marks):
            parts.append(child.content)
        elif child.type == "code_inline":
            parts.append(_code_span(child))
        elif child.type in ("softbreak", "hardbreak"):
            before = parts[-1][-1:] if parts else ""
            after = _next_text(children, k + 1)
            parts.append("" if unspaced(before, after) else " ")
        elif child.type == "image" and _is_image_only(token):
            parts.append(child.content)
        after_image = child.type == "image"
    return "".join(parts)


def _next_text(children: list[Token], start: int) -> str:
    """The first character of the text of `children` from `start` on."""
    for i in range(start, len(children)):
        if children[i].content:
            return children[i].content[:1]
    return ""


def _code_span(token: Token) -> str:
    """Inline code written back as Markdown: in single backticks unless it holds one (the
    figure extractor masks single-backtick spans; "``a`b``" is kept as written)."""
    code = token.content
    if "`" not in code:
        return f"`{code}`"
    fence = token.markup or "``"
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}"


_NOT_SHOWN = ("image", "softbreak", "hardbreak", "link_open", "link_close", "html_inline")


def _is_image_only(token: Token) -> bool:
    """Images alone: a figure, or a badge row (images inside links, maybe split by `<br>`);
    an image's attribute list ("{ loading=lazy }") is not text beside it."""
    children = token.children or []
    images = [c for c in children if c.type == "image"]
    others = [
        c
        for n, c in enumerate(children)
        if c.type not in _NOT_SHOWN
        and not (c.type == "text" and not c.content.strip())
        and not (
            c.type == "text"
            and n > 0
            and children[n - 1].type == "image"
            and not _LEADING_ATTRIBUTE_LIST.sub("", c.content).strip()
        )
    ]
    return bool(images) and not others
