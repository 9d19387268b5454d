"""Blocks from paragraph-like units of plain text: captions with their credit, list items,
quotations and paragraphs (shared by the text, HTML and EPUB loaders)."""

from __future__ import annotations

import re

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.text_shapes import LIST_ITEM, OPENING_QUOTE, credit, weight
from ftztui.model import Block

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|«[^»]*»|„[^“”]*[“”]")
_ATTRIBUTION = re.compile(
    r"\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|adds|noted|stressed|told|explained"
    r"|according to)\b|\s*[A-Z][\w.'’ -]{1,60}?\s+(?:said|says|added|noted|told)\b"
)


def split_credit(text: str) -> tuple[str, str | None]:
    """("Caption text", "Xinhua") from "Caption text (Photo/ Xinhua)"; (text, None) if no credit."""
    found = credit(text)
    if found is None:
        return text, None
    who = found.group("credit") or found.group("agency")
    return text[: found.start()].rstrip(), who.strip()


_CREDIT_LABEL = re.compile(
    r"^[(\[]?\s*(?:photo|image|picture|pic)s?\s*(?:/|:|：|by\b|credit\s*[:：]?)\s*", re.IGNORECASE
)


def tidy_credit(credit: str) -> str:
    """ "Xinhua" from "Photo/Xinhua" or "(Photo: Xinhua)"."""
    return _CREDIT_LABEL.sub("", credit).strip().strip("()[]").strip()


def add_unit(builder: DocumentBuilder, unit: str) -> None:
    """Add one paragraph-like unit as the block it reads as: caption, list item, quote..."""
    text, who = split_credit(unit)
    if who is not None:
        if text:
            builder.block("caption", text, credit=who)
        else:
            _credit_previous(builder, who)
        return
    item = LIST_ITEM.match(unit)
    if item:
        # A bullet is the list's look; a number or letter is its text ("3. Klasse", a ranking's
        # "5. Kristi Dosh", a step's "1.") and stays with the item.
        numbered = unit[:1].isalnum()
        builder.block("list_item", unit if numbered else unit[item.end() :])
    elif _is_quote(unit):
        builder.block("quote", unit)
    else:
        builder.block("paragraph", unit)


def _credit_previous(builder: DocumentBuilder, who: str) -> None:
    """A credit on a line of its own ("(Photo/ Xinhua)") belongs to the line before it."""
    last = builder.last_block()
    if last is not None and last.kind == "paragraph" and weight(last.text) <= 60:
        builder.replace_last_block(Block("caption", last.text, who.strip()))


def _is_quote(text: str) -> bool:
    """A paragraph that is a quotation: it opens with one, and is mostly quoted or goes on
    to say who said it ("“...,” said Liu.")."""
    if not text or text[0] not in OPENING_QUOTE:
        return False
    first = _QUOTED.match(text)
    if first and _ATTRIBUTION.match(text, first.end()):
        return True
    quoted = sum(len(m) for m in _QUOTED.findall(text))
    return quoted >= 0.5 * len(text)
