"""Rendering rules for math and code, one by one (the Anki round trip is in test_card_content)."""

from __future__ import annotations

from compiler.highlight import highlight_code
from compiler.mathtext import cloze_question, is_display_math, keep_punctuation, protect_cloze_math
from compiler.model import Block, BlockKind
from compiler.render import block_html, cloze_html, text_html


def test_display_formula_paragraph_becomes_a_math_div() -> None:
    block = Block(kind=BlockKind.formula, text="\\[ \\lambda \\propto \\frac{1}{\\eta t} \\]")
    assert block_html(block) == '<div class="math">\\[ \\lambda \\propto \\frac{1}{\\eta t} \\]</div>'
    assert not is_display_math("\\[ a \\] and \\[ b \\]")


def test_plain_formula_line_is_monospace_one_statement_per_line() -> None:
    block = Block(kind=BlockKind.formula, text="L_total = L_original + (λ/2) * Σ w² ; Gradient update: w = w - η(∂L/∂w + λw)")
    assert block_html(block) == (
        '<div class="formula"><div>L_total = L_original + (λ/2) * Σ w²</div>'
        "<div>Gradient update: w = w - η(∂L/∂w + λw)</div></div>"
    )


def test_math_is_escaped_like_text_and_kept_next_to_its_punctuation() -> None:
    assert text_html("if \\( a<b \\), then <b>") == 'if <span class="nobr">\\( a&lt;b \\),</span> then &lt;b&gt;'
    assert keep_punctuation("no math.") == "no math."


def test_cloze_math_cannot_close_or_split_the_deletion() -> None:
    text = "{{c1::\\( \\frac{1}{\\sqrt{x_{i}}} \\)}} and {{c2::\\( a::b \\)}}"
    assert protect_cloze_math(text) == "{{c1::\\( \\frac{1}{\\sqrt{x_{i} } } \\)}} and {{c2::\\( a: :b \\)}}"
    assert cloze_question(text) == "[…] and […]"
    assert cloze_html("a < {{c1::b}}") == "a &lt; {{c1::b}}"


def test_code_is_highlighted_inline_and_escaped() -> None:
    html = highlight_code('x = "<script>alert(1)</script>"\nif x:\n    pass', "python")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count('<span class="line">') == 3
    assert 'style="color: #' in html
    plain = highlight_code("a <b>\nc", "no-such-language")
    assert plain.endswith('<code><span class="line">a &lt;b&gt;\n</span><span class="line">c\n</span></code></pre>')


def test_a_formula_glued_to_its_punctuation_never_takes_a_cloze_hint_separator() -> None:
    """learner L13: '{{c1::$1-p$::keep prob}}' became '{{c1::<span class="nobr">\\(1-p\\)::</span>keep prob}}',
    and Anki split the deletion inside the span (the rest of the sentence vanished from the card)."""
    from compiler.mathtext import keep_punctuation

    assert keep_punctuation(r"{{c1::\(1-p\)::keep prob}} during") == r"{{c1::\(1-p\)::keep prob}} during"
    assert keep_punctuation(r"is \(x\): y") == r'is <span class="nobr">\(x\):</span> y'
