"""Card style (eighth sitting, helper quiz): colour as emphasis in imported fields (learner L41): a shared
deck's red or blue words, and a highlighted background, reach the card as one of a few named colours (card.css
gives each a day and a night shade), no style attribute or other class passes; right-to-left cards (L17)."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.colours import colour_classes
from compiler.sources.markdown_blocks import sanitize


def test_colours_become_a_few_named_classes() -> None:
    html = (
        '<font color="#ff0000">red</font> <span style="color: rgb(0,0,255)">blue</span> '
        '<span style="background-color: yellow">marked</span> <span style="color:#333">grey</span> '
        '<font face="Arial">plain</font> <span class="label" style="position:fixed;color:green">green</span>'
    )
    assert sanitize(html) == (
        '<span class="c-red">red</span> <span class="c-blue">blue</span> <span class="c-hl">marked</span> '
        '<span>grey</span> <span>plain</span> <span class="c-green">green</span>'
    )
    assert "style" not in sanitize(html) and "font" not in sanitize(html)
    assert colour_classes("<p>no colour here</p>") == "<p>no colour here</p>"
    assert sanitize('<span class="c-red">x</span> <span class="hidden">y</span>') == '<span class="c-red">x</span> <span>y</span>'


def test_a_shared_decks_coloured_words_stay_coloured_on_the_card(tmp_path: Path) -> None:
    import genanki

    model = genanki.Model(1607392391, "Basic", fields=[{"name": "Front"}, {"name": "Back"}], templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}])
    deck = genanki.Deck(2059400191, "Pharm")
    back = (
        'Inhibits <font color="#ff0000">vitamin K epoxide reductase</font>; monitor with '
        '<span style="color: rgb(0, 0, 255)">PT/INR</span>. <b>Antidote:</b> <u>vitamin K</u>, FFP.'
    )
    deck.add_note(genanki.Note(model=model, fields=["How does warfarin work?", back], guid="w1"))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package(deck).write_to_file(str(content / "sources" / "pharm.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [note] = result.compiled.deck.notes
    answer = note.fields["Answer"]
    assert '<span class="c-red">vitamin K epoxide reductase</span>' in answer
    assert '<span class="c-blue">PT/INR</span>' in answer and "<u>vitamin K</u>" in answer


def test_code_reads_left_to_right_in_a_right_to_left_card() -> None:
    """L17: in an Arabic card, code lines took the card's right-to-left direction and their punctuation jumped
    to the wrong end (';const add = …'). Code and formulas are always left to right and isolated; text blocks
    take the direction of their first strong letter and align to their start."""
    import re

    from compiler import notetypes

    css = re.sub(r"/\*.*?\*/", "", notetypes.stylesheet(), flags=re.S)
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        for sel in selectors.split(","):
            rules[sel.strip()] = rules.get(sel.strip(), "") + body
    for sel in ("pre", "code", ".math", ".formula"):
        assert "direction: ltr" in rules[sel] and "unicode-bidi: isolate" in rules[sel], sel
    assert "direction: ltr" in rules[".deckc .formula > div"] and "unicode-bidi: isolate" in rules[".deckc .math"]
    for sel in (".deckc p", ".deckc li", ".deckc div", ".question", ".answer"):  # div: Anki editor's lines (M25)
        assert "unicode-bidi: plaintext" in rules[sel] and "text-align: start" in rules[sel], sel


def test_a_cjk_answer_is_measured_by_its_characters() -> None:
    """M6 (learner2): reading_length counted space-separated words, so a 1,500-character Chinese answer (3.5 phone
    screens) was a few "words": never folded, never warned. CJK characters count at the room they take."""
    from compiler.model import Block, BlockKind
    from compiler.render import CJK_CHARS_PER_WORD, reading_length

    chinese = "滑动窗口的大小决定了发送方在收到确认之前可以发送多少数据。" * 50
    assert reading_length([Block(kind=BlockKind.text, text=chinese)]) == round(len(chinese) / CJK_CHARS_PER_WORD)
    assert reading_length([Block(kind=BlockKind.html, text=f"<p>TCP {chinese[:27]}</p>")]) == 1 + 10
    assert reading_length([Block(kind=BlockKind.text, text="an English answer of six words")]) == 6


def test_a_display_formula_is_measured_again_after_scaling() -> None:
    """M17 (learner2): an mhchem display equation ('\\ce{CH3COOH + H2O <=> …}') kept a scrollbar at 400 px: its
    arrows and charges stick out of the math box, so one scaling by the box's width left it too wide. card.js
    counts the container's scroll width and measures again after each scaling (checked in Anki at 400 px)."""
    from importlib import resources

    script = resources.files("compiler").joinpath("card.js").read_text(encoding="utf-8")
    assert "el.scrollWidth" in script and "for (var k = 0; k < 3" in script
    assert "document.fonts.ready.then(later)" in script
