"""MathML in a source's HTML becomes TeX for MathJax (trial6 F29: it vanished with its text)."""

from __future__ import annotations

from compiler.mathml import mathml_to_tex
from compiler.sources.markdown_blocks import active_content, sanitize


def test_presentation_mathml_becomes_tex() -> None:
    assert mathml_to_tex("a <math><mi>x</mi><mo>=</mo><mn>2</mn></math> b") == r"a \(x=2\) b"
    frac = "<math display='block'><mfrac><mn>1</mn><msup><mi>x</mi><mn>2</mn></msup></mfrac></math>"
    assert mathml_to_tex(frac) == r"\[\frac{1}{{x}^{2}}\]"
    root = "<math><msqrt><mi>a</mi><mo>+</mo><mi>b</mi></msqrt><mo>&lt;</mo><mroot><mi>y</mi><mn>3</mn></mroot></math>"
    assert mathml_to_tex(root) == r"\(\sqrt{a+b}\lt \sqrt[3]{y}\)"
    sums = "<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></math>"
    assert mathml_to_tex(sums) == r"\(\underset{i=1}{\overset{n}{∑}}{x}_{i}\)"


def test_a_tex_annotation_is_used_as_written() -> None:
    html = (
        '<math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>'
        '<annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math>'
    )
    assert mathml_to_tex(html) == r"\(E = mc^2\)"


def test_the_sanitizer_keeps_the_formula_and_counts_what_it_removes() -> None:
    raw = 'Injected <script>alert(2)</script>code and <math><mi onclick="x()">x</mi></math> <a href="javascript:alert(1)">y</a>'
    assert sanitize(raw) == r'Injected code and \(x\) <a rel="noopener noreferrer">y</a>'
    assert active_content(raw) == 3  # the script, the event handler, the javascript: link
    assert active_content("<p>plain <b>bold</b>, a <code>&lt;script&gt;</code> shown as code</p>") == 0


def test_marks_whose_look_is_meaning_are_kept() -> None:
    """Struck-out text, furigana and keys keep their markup; unknown elements keep their text."""
    assert sanitize("<s>old</s> <ruby>漢<rt>kan</rt></ruby> <kbd>Ctrl</kbd> <custom-el>text</custom-el>") == (
        "<s>old</s> <ruby>漢<rt>kan</rt></ruby> <kbd>Ctrl</kbd> text"
    )
