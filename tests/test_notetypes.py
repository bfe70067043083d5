"""The note types are frozen: Anki turns any field change into a new note type whose notes stop updating."""

import re

from compiler import notetypes

FROZEN = {
    "deckc Basic": (1731000000101, ("Question", "Answer", "Also", "Sources", "Difficulty", "Section", "DeckcId")),
    "deckc Multiple choice": (
        1731000000102,
        ("Question", "Options", "Correct", "Explanation", "Sources", "Difficulty", "Section", "DeckcId"),
    ),
    "deckc Cloze": (1731000000103, ("Text", "Extra", "Sources", "Difficulty", "Section", "DeckcId")),
    "deckc Basic (and reversed)": (
        1731000000104,
        ("Question", "Answer", "Also", "Sources", "Difficulty", "Section", "DeckcId"),
    ),
}


def css_rules() -> dict[str, str]:
    """The card stylesheet as selector -> declarations (comments left out; a selector list gives each
    of its selectors the block; a selector in several rules gets all their blocks)."""
    css = re.sub(r"/\*.*?\*/", "", notetypes.stylesheet(), flags=re.S)
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        for sel in selectors.split(","):
            rules[sel.strip()] = rules.get(sel.strip(), "") + body
    return rules


def test_note_types_are_frozen() -> None:
    actual = {nt.name: (nt.model_id, nt.fields) for nt in notetypes.ALL}
    assert actual == FROZEN, "note type ids and fields must never change once published"


def test_cloze_type_is_cloze() -> None:
    assert notetypes.CLOZE.is_cloze
    assert "{{cloze:Text}}" in notetypes.CLOZE.templates[0][1]


def test_every_type_shows_sources_on_the_back() -> None:
    for nt in notetypes.ALL:
        for _, front, back in nt.templates:
            assert "{{Sources}}" in back
            assert "{{Sources}}" not in front


def test_one_stylesheet_with_night_mode() -> None:
    css = notetypes.stylesheet()
    assert ".nightMode" in css
    assert "font-size: 19px" in css


def test_front_never_styles_the_correct_option() -> None:
    """The Options field marks the right option with class="correct"; only the back may style it."""
    for selector in css_rules():
        if "li.correct" in selector or selector.startswith(".correct"):
            assert ".reveal" in selector, selector
    front = notetypes.MULTIPLE_CHOICE.templates[0][1]
    assert "reveal" not in front


def test_every_template_fits_its_card_to_a_phone() -> None:
    """card.js (wide formulas scaled, wide tables stacked) runs on every side of every note type,
    as the last child of the card's root, and holds nothing Anki would read as a field."""
    script = notetypes.resources.files("compiler").joinpath("card.js").read_text(encoding="utf-8")
    assert "{{" not in script and "}}" not in script
    for nt in notetypes.ALL:
        for _, front, back in nt.templates:
            for side in (front, back):
                assert side.endswith("<script>" + script + "</script></div>"), nt.name


def test_cloze_front_hides_only_the_siblings_marked_as_giveaways() -> None:
    """The other deletions show, as in Anki: hiding them all left 'The [...] is the site of [...]', nothing to
    recall from (learner5 L38). Only a deletion the build marks .cloze-sib (its answer holds the asked one's or
    is held in it; every one with cloze_siblings = "hide") is hidden on a front; the back shows every one."""
    rules = css_rules()
    assert "color: transparent" in rules[".card-front .cloze-inactive .cloze-sib"]
    assert ".card-front .cloze-inactive" not in rules, "an unmarked sibling shows"
    assert not any("cloze-inactive" in sel and ".card-back" in sel for sel in rules), "the back shows every deletion"


def test_merged_answers_look_the_same_on_every_note_type() -> None:
    """The "Also in …" blocks are styled by their own classes, whichever field holds them."""
    selectors = list(css_rules())
    assert ".also-item" in selectors and ".also-source" in selectors
    assert not any(sel.startswith(".also ") for sel in selectors), "no style that only applies inside the Also field"


def test_every_preformatted_block_wraps_and_quotes_keep_the_width() -> None:
    """The card clips what is wider than itself (overflow-x: hidden), so every <pre> wraps, not only
    the highlighted ones: a Markdown source's fenced code inside a list item arrives as a plain
    <pre><code> (the React corpus page's createElement example was cut at 400 px). A blockquote
    gets a bar instead of the browser's 40 px margins on both sides."""
    rules = css_rules()
    assert "overflow-x: hidden" in rules[".deckc"]
    assert "white-space: pre-wrap" in rules["pre"] and "overflow-wrap: anywhere" in rules["pre"]
    assert "margin: 0.5em 0" in rules["blockquote"] and "border-left" in rules["blockquote"]
    assert "border-left-color" in rules[".nightMode blockquote"]
    script = notetypes.resources.files("compiler").joinpath("card.js").read_text(encoding="utf-8")
    assert script.index('add("compact")') < script.index('add("stacked")'), "a table is set smaller before it is stacked"
    assert "table.compact" in rules


def test_an_exhibit_above_the_question_is_not_set_as_the_question() -> None:
    """Readers put the passage / table / code a question is about before it in the Question field
    (block elements; the question's own text is plain): the front showed a 150-word passage in the
    question's bold. Block children of .question are set at body weight and size, text ones with a bar."""
    rules = css_rules()
    assert "font-weight: 600" in rules[".question"]
    for child in ("p", "div", "ul", "ol", "table", "blockquote", "pre"):
        assert "font-weight: 400" in rules[f".question > {child}"], child
    assert "border-left" in rules[".question > p"] and "border-left-color" in rules[".nightMode .question > p"]
    # code above a question ("What's the output?") stays at the size of code everywhere else: 0.78 em of the body
    assert "font-size: 0.742em" in rules[".question > pre"] and abs(0.742 * 1.05 - 0.78) < 0.005
