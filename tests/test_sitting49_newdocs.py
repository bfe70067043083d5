"""Forty-ninth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: one word's forms by person (or case) and number, the table's corner empty, the word named by the heading over it
('## tener (to have)' / '| | singular | plural |' / '| 1st | tengo | tenemos |'): a card per form ('tener (to have) —
1st singular' -> 'tengo'); before, a card per row asked by the singular form ('tengo' -> '1st plural: tenemos').

N2: a word list written 'la manzana / the apple' under a title: a card per line; before, 'cannot tell' and no card.

N3: statements to judge under '# True or false? (Correct the false ones)': a card per statement; before, one card of
the page under the title.

N4: a formula sheet's bold name of more than six words over its display maths ('**95% confidence interval for a mean
(large n)**'): a card like the others; before, 'text outside any question' and the formula in no card.

N5: true/false statements each with a bold verdict and its correction after a dash ('2. Arteries carry blood towards the
heart. **False** — they carry blood away from it.'): a card each; before, read as pairs split at the dash ('… heart.
False' -> 'they carry …'), the true statements skipped 'no answer'.

N6: numbered code items ('### 1.' / a program / '**Output:** …') under a title that asks nothing ('# Python quiz'): each
asks 'What is the output?', its program on the front (sitting 48's open item: fronts '1.', '2.', the program on the back).

N7: a worksheet's form fields: 'Name: ____  Date: ____  Class: 7B' is no title (it was the [[source]] title), nor is
'Total: ___ / 12' after the title's wide gap part of it, and "Teacher's comments: ____" under the last question is no
"text outside any item".

N8: a poem to learn by heart (a title, perhaps a byline, stanzas of short lines): a card per line, asked by the line
before it ('“To watch his woods fill up with snow.” — what comes next?'), the first by the title; before, one card of the title holding the whole poem (a .txt poem: 'cannot tell'). A list of words
and a page of short facts, a sentence a line, are no poem.

N9: a record's field wrapped onto a second line ('Rule: A statement … excitement' / 'caused by it. FRE 803(2).' /
'Exception: …' / 'Case: …'): each field still on its own line of the back; before, the whole paragraph ran together.

N10 (sitting 48's open item): a converted page (Google Docs HTML) whose first paragraph is bold throughout ('Biology
Revision – Enzymes'): its title; before, the [[source]] title was the file's name.

N11: a glossary entry whose definition opens like a numbered list ('- **Ruy Lopez**: 1. e4 e5 2. Nf3 Nc6 3. Bb5'): the
text as written; before, a one-entry ordered list whose '1.' the card showed as a list number ('e4 e5 2. Nf3 …').

Documents in tests/data/sitting49/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting49" / "newdocs"


def cards(notes: list[dict]) -> dict[str, str]:  # type: ignore[type-arg]
    return {note_front(n): note_back(n) for n in notes}


def test_n1_conjugation_grid_with_empty_corner_is_a_card_per_form(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"verbs.md": DATA / "conjugation-grid.md"})
    got = cards(notes)
    assert len(notes) == 18 and not skipped
    assert got["tener (to have) — 1st singular"] == "tengo"
    assert got["tener (to have) — 2nd plural"] == "tenéis"
    assert got["ser (to be) — 3rd plural"] == "son"
    assert {n["sections"][-1] for n in notes if note_front(n).startswith("ir ")} == {"verbs::ir (to go)"}
    assert not [m for m in messages if "outside" in m]


def test_n1_declension_and_tab_grids_with_empty_corner(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path / "a", {"latin.md": DATA / "declension-grid.md"})
    got = cards(notes)
    assert len(notes) == 10
    assert got["puella, puellae (f.) — girl — Genitive Plural"] == "puellārum"
    assert got["puella, puellae (f.) — girl — Accusative Singular"] == "puellam"
    notes, _, messages = built_notes(tmp_path / "b", {"hablar.tsv": DATA / "hablar.tsv"})
    assert cards(notes) == {
        "hablar — 1st singular": "hablo", "hablar — 2nd singular": "hablas", "hablar — 3rd singular": "habla",
        "hablar — 1st plural": "hablamos", "hablar — 2nd plural": "habláis", "hablar — 3rd plural": "hablan",
    }  # fmt: skip
    assert not [m for m in messages if "empty first field" in m]


def test_n1_a_table_of_values_with_empty_corner_stays_a_row_per_card(tmp_path: Path) -> None:
    text = "# Results\n\n| | 2023 | 2024 |\n|---|---|---|\n| Revenue | 10 | 12 |\n| Costs | 8 | 9 |\n| Profit | 2 | 3 |\n"
    notes, _, _ = built_notes(tmp_path, {"results.md": text})
    assert not any("singular" in note_front(n) or "—" in note_front(n) for n in notes)


def test_n2_slash_separated_word_list(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"food.txt": DATA / "slash-vocab.txt"})
    got = cards(notes)
    assert len(notes) == 8 and not skipped
    assert got["la manzana"] == "the apple" and got["el ajo"] == "the garlic"
    assert any("read as layout 'delimited'" in m for m in messages)


def test_n3_true_or_false_title_with_instruction_titles_statements(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"tf.md": DATA / "true-false-correct.md"})
    got = cards(notes)
    assert len(notes) == 5 and not skipped
    assert got["Enzymes are proteins."] == "True"
    assert got["Humans have 48 chromosomes."] == "False — humans have 46 chromosomes (23 pairs)."


def test_n4_long_formula_name_over_display_maths(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"stats.md": DATA / "formula-sheet.md"})
    got = cards(notes)
    assert len(notes) == 7
    assert "1.96" in got["95% confidence interval for a mean (large n)"]
    assert not [m for m in messages if "outside any question" in m]


def test_n5_statements_with_bold_verdict_and_correction_on_their_line(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"tf.md": DATA / "true-false-inline.md"})
    got = cards(notes)
    assert not skipped and len(notes) == 3
    assert got["True or false: Enzymes are proteins."] == "True"
    assert got["True or false: Arteries carry blood towards the heart."] == "False — they carry blood away from it."


def test_n6_numbered_code_items_under_a_title_that_asks_nothing_ask_their_label(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"py.md": DATA / "output-labels.md"})
    assert len(notes) == 3
    assert any("(3 items; each numbered item asks what its answer label names" in m for m in messages), messages
    for note in notes:
        assert note_front(note).startswith("What is the output?"), note_front(note)
        assert note_back(note).startswith("Output:")
    first = next(n for n in notes if "append" in note_front(n))
    assert "print (x)" in note_front(first) and note_back(first) == "Output: [1, 2, 3, 4]"


def test_n7_worksheet_form_fields_are_no_title_and_no_text(tmp_path: Path) -> None:
    from compiler.build import build

    content = deck_of(tmp_path, {"cells.txt": DATA / "worksheet-form.txt"})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any('title = "Year 7 Science — Cells Worksheet"' in m for m in said), said
    assert not [m for m in said if "Teacher" in m]
    notes, _, _ = built_notes(tmp_path / "again", {"cells.txt": DATA / "worksheet-form.txt"})
    assert len(notes) == 5


def test_n8_a_poem_is_a_card_per_line(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"frost.md": DATA / "poem.md"})
    got = cards(notes)
    assert len(notes) == 16 and not skipped
    assert got["How does “Stopping by Woods on a Snowy Evening — Robert Frost” begin?"] == "Whose woods these are I think I know."
    assert got["“To watch his woods fill up with snow.” — what comes next?"] == "My little horse must think it queer"
    assert got["“And miles to go before I sleep,” — what comes next?"] == "And miles to go before I sleep."
    assert any("sources/frost.md: warning: not listed in deck.toml; read as layout 'markdown' (16 items" in m for m in messages)


def test_n8_a_plain_text_poem_under_a_byline(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"sonnet.txt": DATA / "sonnet.txt"})
    got = cards(notes)
    assert len(notes) == 8
    assert got["How does “Sonnet 18” begin?"] == "Shall I compare thee to a summer’s day?"
    assert not any("William Shakespeare" in front for front in got)


def test_n8_short_lines_that_are_no_poem(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path / "a", {"list.md": DATA / "list-of-words.md"})
    assert not any("what comes next" in note_front(n) for n in notes)
    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as failed:  # (a sentence a line: no poem, and no layout of its own either)
        build(deck_of(tmp_path / "b", {"facts.txt": DATA / "short-facts.txt"}), tmp_path / "b" / "build", formats=("json",), now=1_000)
    assert "cannot tell this document's layout" in str(failed.value) and "what comes next" not in str(failed.value)


def test_n9_a_field_wrapped_over_two_lines_keeps_each_field_on_its_line(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"law.md": DATA / "law-fields.md"})
    back = next(n["fields"]["Answer"] for n in notes if note_front(n) == "Excited utterance")
    assert back.count("<br>") == 2, back
    rule, exception, case = (part.strip() for part in back.split("<br>"))
    assert rule.startswith("<p>Rule:") and "stress of excitement\ncaused by it. FRE 803(2)." in rule
    assert exception.startswith("Exception: Not admissible") and case.startswith("Case: <em>State v. Jones</em>")


def test_n10_a_converted_page_titled_by_its_bold_first_paragraph(tmp_path: Path) -> None:
    from compiler.build import build

    content = deck_of(tmp_path, {"enzymes.html": DATA / "gdocs-bold-title.html"})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any('title = "Biology Revision – Enzymes"' in m for m in said), said
    notes, _, _ = built_notes(tmp_path / "again", {"enzymes.html": DATA / "gdocs-bold-title.html"})
    assert len(notes) == 3 and "Biology Revision – Enzymes" in notes[0]["fields"]["Sources"]


def test_n11_a_definition_opening_with_a_number_is_text_not_a_list(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"chess.md": DATA / "chess-openings.md"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert len(notes) == 10
    assert backs["Ruy Lopez"] == "<p>1. e4 e5 2. Nf3 Nc6 3. Bb5</p>"
    assert backs["Sicilian Defence"] == "<p>1. e4 c5</p>"
