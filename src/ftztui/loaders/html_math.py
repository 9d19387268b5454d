"""MathML formulas as text: what a page's equations say, in a line a terminal can show.

A browser draws `<math>`; the walk skipped it as it skips an `<svg>`, so "When a≠0, there are
two solutions to ax²+bx+c=0" read "When , there are two solutions to" and the formula was not
even recorded as removed. Each formula now becomes the text of a `<span>` in its place, before
trafilatura or the walk read the page:

1. the TeX its author wrote, when the page kept it (`<annotation encoding="application/x-tex">`,
   as Wikipedia and MathJax write it, or the `alttext` attribute), without Wikipedia's
   `{\\displaystyle …}` wrapper;
2. else the formula read out: x^2 for a power, x_i for an index, (a)/(b) for a fraction, √(…)
   for a root, the other elements' text in order.
"""

from __future__ import annotations

import re
from typing import Any

HtmlElement = Any  # lxml ships no type information

_BEFORE_CLOSING = re.compile(r"\s+([)\],;])")  # "(1 − q^2 )" -> "(1 − q^2)"
_HAS_MATH = re.compile(r"<math[\s>]", re.IGNORECASE)
#: An authoring tool's placeholder for a missing description ("Alternative text not
#: available" on every formula of IDPF's linear algebra sample): the formula is read out.
_NO_ALT = re.compile(r"\b(?:not available|unavailable|no alt)\b|^alt(?:ernative)? text$", re.I)
_DISPLAYSTYLE = re.compile(r"^\{\\displaystyle\s*(.*)\}$", re.DOTALL)
#: Elements whose parts are written around an operator: (base, script) and so on.
_SCRIPTS = {
    "msup": "{}^{}",
    "msub": "{}_{}",
    "munder": "{}_{}",
    "mfrac": "{}/{}",
    "mroot": "√[{1}]{0}",
}
#: Operators written without spaces around them (brackets, punctuation, invisible ones); any
#: other operator gets a space on each side ("a + b", "x = 1").
_OPERATORS = {
    op: op for op in ("(", ")", "[", "]", "{", "}", "|", "‖", ",", ".", "!", "′", "″", "")
} | {"\u2061": "", "\u2062": "", "\u2063": ",", "\u2064": "+"}


def has_math(text: str) -> bool:
    """Whether the page's source holds a MathML formula (one search, before any tree walk)."""
    return _HAS_MATH.search(text) is not None


def math_as_text(root: HtmlElement) -> None:
    """Replace, in place, each `<math>` of the page with a `<span>` holding its formula.

    Wikipedia hides its MathML (`display: none`, for screen readers) beside a picture of the
    formula that readers see: the formula's text then takes the hidden element's place, as
    the picture would be seen in a browser."""
    for math in list(root.iter("math")):
        parent = math.getparent()
        if parent is None:
            continue
        span = math.makeelement("span", {})
        span.text = formula(math)
        hidden = _hidden_beside_a_picture(math)
        if hidden is not None:
            math, parent = hidden, hidden.getparent()
        span.tail = math.tail
        parent.replace(math, span)


def _hidden_beside_a_picture(math: HtmlElement) -> HtmlElement | None:
    """The element hiding `math` (within two levels), when a picture stands beside it."""
    element = math.getparent()
    for _ in range(2):
        if element is None or element.getparent() is None:
            return None
        style = (element.get("style") or "").replace(" ", "").lower()
        if "display:none" in style:
            pictures = element.getparent().iter("img")
            return element if next(pictures, None) is not None else None
        element = element.getparent()
    return None


def formula(math: HtmlElement) -> str:
    """The formula's text: its TeX source where the page kept it, else read out."""
    for annotation in math.iter("annotation"):
        encoding = (annotation.get("encoding") or "").lower()
        if "tex" in encoding and (annotation.text or "").strip():
            return _tex(annotation.text)
    alt = math.get("alttext")
    if alt and alt.strip() and not _NO_ALT.search(alt):
        return _tex(alt)
    return _BEFORE_CLOSING.sub(r"\1", " ".join(_read(math).split()))


def _tex(source: str) -> str:
    source = " ".join(source.split())
    wrapped = _DISPLAYSTYLE.match(source)
    return wrapped.group(1).strip() if wrapped else source


def _read(element: HtmlElement) -> str:
    """The MathML element read out as a line of text (see the module's docstring)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("annotation", "annotation-xml"):
        return ""
    parts = [_read(child) for child in element if isinstance(child.tag, str)]
    if tag == "mfrac" and len(parts) >= 2 and element.get("linethickness") in ("0", "0px"):
        return f"binom({parts[0].strip()}, {parts[1].strip()})"  # no bar: a binomial
    if tag in _SCRIPTS and len(parts) >= 2:
        base, script = parts[0].strip(), _grouped(parts[1])
        grouped = tag in ("mfrac", "mroot")  # "√[3](x + 1)", not "√[3]x + 1"
        written = _SCRIPTS[tag].format(_grouped(base) if grouped else base, script)
        return written if tag == "mfrac" else written + " "  # "a_k b_k", not "a_kb_k"
    if tag in ("msubsup", "munderover") and len(parts) >= 3:
        return f"{parts[0].strip()}_{_grouped(parts[1])}^{_grouped(parts[2])} "
    if tag == "mover" and len(parts) >= 2:  # an accent over its base: x˙, x̄
        return parts[0] + parts[1].strip()
    if tag == "mtr":
        return " ".join(parts) + "; "
    if tag == "mtable":
        return "".join(parts).rstrip("; ")
    if tag == "msqrt":
        return f"√({''.join(parts)})"
    if tag == "mfenced":  # its brackets and commas are attributes: ⟨x, y⟩
        separators = element.get("separators", ",").strip()
        joined = (separators[:1] + " " if separators else "").join(p.strip() for p in parts)
        return f"{element.get('open', '(')}{joined}{element.get('close', ')')}"
    own = (element.text or "").strip()
    if tag == "mo":
        own = _OPERATORS.get(own, f" {own} ")
    return own + "".join(parts)


def _grouped(part: str) -> str:
    """A part of more than one symbol, in parentheses after ^ or _ or around a fraction's
    numerator and denominator (not twice: "(1 − q)" is one group, "(1 − q)(1 + q)" two)."""
    part = part.strip()
    return part if len(part) <= 1 or _one_group(part) else f"({part})"


def _one_group(part: str) -> bool:
    """`part` is one pair of parentheses and what they hold."""
    if not (part.startswith("(") and part.endswith(")")):
        return False
    depth = 0
    for i, char in enumerate(part):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and i < len(part) - 1:
            return False
    return True
