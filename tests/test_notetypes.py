"""The note types are frozen: Anki turns any field change into a new note type whose notes stop updating."""

from compiler import notetypes

FROZEN = {
    "deckc Basic": (1731000000101, ("Question", "Answer", "Also", "Sources", "Difficulty", "Section", "DeckcId")),
    "deckc Multiple choice": (
        1731000000102,
        ("Question", "Options", "Correct", "Explanation", "Sources", "Difficulty", "Section", "DeckcId"),
    ),
    "deckc Cloze": (1731000000103, ("Text", "Extra", "Sources", "Difficulty", "Section", "DeckcId")),
}


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
    import re

    css = notetypes.stylesheet()
    for selectors, _ in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        for selector in selectors.split(","):
            if "li.correct" in selector or selector.strip().startswith(".correct"):
                assert ".reveal" in selector, selector
    front = notetypes.MULTIPLE_CHOICE.templates[0][1]
    assert "reveal" not in front
