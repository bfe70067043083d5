"""Fifty-eighth sitting, helper newdocs: a new user's documents, read card by card (round-13 finding d/18 first).

Each test's docstring says what was wrong. Documents in tests/data/sitting58/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting58" / "newdocs"


def test_d18_a_pair_over_its_quoted_example_is_a_card_per_pair(tmp_path: Path) -> None:
    """d/18: '**tener** → tuve, tuviste, tuvo' / '> Ayer tuve un examen.', a blank line between verbs: a card per verb,
    its example (no '>') on the back. Before, one card of the title '## Verbos irregulares (pretérito)' with every
    verb on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"v.md": DATA / "verbs-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "tener": "tuve, tuviste, tuvo Ayer tuve un examen.",
        "hacer": "hice, hiciste, hizo ¿Qué hiciste el fin de semana?",
        "ir": "fui, fuiste, fue Fuimos a la playa.",
    }
    assert not skipped


def test_d18_a_list_pairs_quoted_example_has_no_quote_mark_on_the_back(tmp_path: Path) -> None:
    """'- **avoir** → j'ai eu' / '  > J'ai eu de la chance hier.': the example on the back without its '>' (before,
    '&gt; J'ai eu …' shown on the card)."""
    notes, _, _ = built_notes(tmp_path, {"f.md": DATA / "verbs-list-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["avoir"] == "j'ai eu J'ai eu de la chance hier."
    assert got["faire"] == "j'ai fait Qu'est-ce que tu as fait ce week-end ?"
    assert got["prendre"] == "j'ai pris"
    assert not any(">" in back for back in got.values())


def test_a_mock_paper_typed_as_text_is_a_card_per_part(tmp_path: Path) -> None:
    """'Question 1' on a line of its own over '(a) State the relative charge of a proton. [1 mark]' / 'Answer: +1' …:
    a card per part, 'Question 1' over it on the front, the marks off it. Before: no card ('it reads as prose')."""
    notes, skipped, _ = built_notes(tmp_path, {"p.txt": DATA / "mock-paper-labels.txt"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got == [
        ("Question 1 (a) State the relative charge of a proton.", "+1"),
        ("Question 1 (b) Name the scientist who discovered the electron.", "J. J. Thomson"),
        (
            "Question 1 (c) Explain why isotopes of an element have the same chemical properties.",
            "They have the same number of electrons in their outer shell / the same electronic configuration.",
        ),
        ("Question 2 (a) What is the formula of sodium chloride?", "NaCl"),
        (
            "Question 2 (b) Describe the structure of sodium chloride.",
            "Giant ionic lattice; oppositely charged ions; held by strong electrostatic forces in all directions.",
        ),
    ]
    assert not skipped


def test_parts_answered_a_blank_line_below_or_in_quotes(tmp_path: Path) -> None:
    """'Question 1' / '(i) State …' / '' / 'Answer: 6' in a .txt (before: 'cannot tell'); '**1.** Define the following
    terms:' / '(a) Price elasticity of demand *(2)*' / '> The responsiveness …' (before: one card of the stem, the parts
    and their quoted answers on its back)."""
    notes, _, _ = built_notes(tmp_path, {"p.txt": DATA / "parts-spaced-answers.txt"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got[0] == ("Question 1 (i) State the number of protons in a carbon atom.", "6")
    assert got[2] == ("Question 2 (i) What is the pH of pure water at 25 °C?", "7")
    assert len(got) == 3
    notes, _, _ = built_notes(tmp_path / "q", {"q.md": DATA / "parts-quoted-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Define the following terms: (a) Price elasticity of demand (2)"] == "The responsiveness of quantity demanded to a change in price."
    assert got["Define the following terms: (b) Market failure (2)"] == "When the free market fails to allocate resources efficiently."
    assert len(got) == 3


def test_one_question_over_answered_code_blocks_is_a_card_a_block(tmp_path: Path) -> None:
    """'# What does this print?' over fenced programs, each with 'Answer: `ababab`' under it: a card per program, the
    question and its code on the front. Before: one card, the first program on its front, the rest and their answers
    on its back. A number alone over each block ('1.') is no text."""
    for name in ("what-does-this-print.md", "what-does-this-print-numbered.md"):
        notes, skipped, _ = built_notes(tmp_path / name, {name: DATA / name})
        got = [(note_front(n).replace(" ", ""), note_back(n)) for n in notes]  # (the code's highlighting: spaces)
        assert len(got) == 3 and not skipped, got
        assert got[0] == ('Whatdoesthisprint?print(3*"ab")', "ababab")
        assert got[1] == ("Whatdoesthisprint?print(len([1,[2,3],4]))", "3")
        assert got[2][0].startswith("Whatdoesthisprint?x=[1,2,3]")
