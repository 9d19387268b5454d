"""MathML formulas in saved pages: kept as text where they stood, not skipped like an image."""

from __future__ import annotations

from pathlib import Path

from .helpers import load_page

ARTICLE = (
    "<p>Quadratic equations have been studied since Babylonian times, and every student meets"
    " them early. The formula below gives both of their solutions in one line of algebra.</p>"
)
QUADRATIC = """<html><head><title>Solving quadratics</title></head><body><article>
<h1>Solving quadratics</h1>{article}
<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions to
<math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi><mo>+</mo>
<mi>c</mi><mo>=</mo><mn>0</mn></math> and they are</p>
<div><math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo>
<msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt>
</mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></div>
{article}</article></body></html>"""


def test_a_formula_reads_where_it_stood(tmp_path: Path) -> None:
    doc = load_page(tmp_path, QUADRATIC.format(article=ARTICLE))
    texts = [b.text for b in doc.blocks]
    assert "When a ≠ 0, there are two solutions to ax^2 + bx + c = 0 and they are" in texts
    assert "x = (− b ± √(b^2 − 4ac))/(2a)" in texts, "a display formula is a block of its own"


def test_the_tex_the_page_kept_is_preferred(tmp_path: Path) -> None:
    """Wikipedia and MathJax keep the author's TeX beside the MathML: it reads better."""
    tex = r"{\displaystyle E=mc^{2}}"
    page = (
        f"<html><body><article><h1>Energy</h1>{ARTICLE}<p>Einstein wrote "
        f'<math alttext="{tex}"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi>'
        "<msup><mi>c</mi><mn>2</mn></msup></mrow>"
        f'<annotation encoding="application/x-tex">{tex}</annotation></semantics></math>'
        f" in 1905.</p>{ARTICLE}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert "Einstein wrote E=mc^{2} in 1905." in [b.text for b in doc.blocks]


def test_wikipedias_hidden_formula_stands_for_its_picture(tmp_path: Path) -> None:
    """Wikipedia hides the MathML (for screen readers) beside a picture of the formula: the
    formula was left out as "hidden on the page", and the sentence read "Proof: If , then"."""
    tex = r"{\displaystyle A=A^{\mathsf {H}}}"
    formula = (
        '<span class="mwe-math-element"><span class="mwe-math-mathml-inline" style="display:'
        f' none;"><math alttext="{tex}"><mi>A</mi></math></span>'
        f'<img src="f.svg" class="mwe-math-fallback-image-inline" alt="{tex}"></span>'
    )
    page = (
        f"<html><body><article><h1>Hermitian matrix</h1>{ARTICLE}"
        f"<p>Proof: If {formula}, then the matrix equals its conjugate transpose.</p>"
        f"{ARTICLE}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    texts = [b.text for b in doc.blocks]
    assert "Proof: If A=A^{\\mathsf {H}}, then the matrix equals its conjugate transpose." in texts
    assert not [r for r in doc.removed if r.reason == "hidden on the page"]


def test_a_fraction_of_products_keeps_its_brackets(tmp_path: Path) -> None:
    page = (
        f"<html><body><article><h1>Series</h1>{ARTICLE}<p>The term is "
        "<math><mfrac><msup><mi>q</mi><mn>6</mn></msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>"
        "<mi>q</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><msup><mi>q</mi><mn>2</mn></msup>"
        f"<mo>)</mo></mrow></mfrac></math> here.</p>{ARTICLE}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    assert "The term is (q^6)/((1 − q)(1 − q^2)) here." in [b.text for b in doc.blocks]


def test_a_roots_radicand_is_grouped() -> None:
    import lxml.html

    from ftztui.loaders.html_math import formula

    math = lxml.html.fromstring(
        "<math><mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot></math>"
    )
    assert formula(math) == "√[3](x + 1)"


def test_fenced_parts_take_their_brackets_and_a_placeholder_alttext_is_no_formula() -> None:
    """IDPF's linear algebra book: every formula's alttext is "Alternative text not
    available", and its inner products are <mfenced open="⟨" close="⟩">."""
    import lxml.html

    from ftztui.loaders.html_math import formula

    math = lxml.html.fromstring(
        '<math alttext="Alternative text not available"><mfenced open="⟨" close="⟩">'
        "<mrow><mi>A</mi><mi>x</mi></mrow><mi>y</mi></mfenced><mo>=</mo>"
        '<mfenced separators="" open="[" close="]"><mi>B</mi><mi>x</mi></mfenced></math>'
    )
    assert formula(math) == "⟨Ax, y⟩ = [Bx]"
