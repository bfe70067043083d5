"""Fifty-fourth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: drug records under a '#' title ('Drug: Amlodipine' / 'Class: …' / 'MOA: …' / 'Side effects: …', a blank line
between drugs): a card per drug; before, they were read as a poem, a card per line ('“Drug: Amlodipine” — what comes
next?'). Its back keeps the 'Class:' label as it keeps 'MOA:' and 'Side effects:' (round 9: 'Class:' alone dropped).

N2: a phone's notes with an emoji as the bullet ('🔹 ribosome -> makes proteins'): the emoji off the front. A coloured
circle that marks a gender ('🔵 der Tisch') stays (T38-9).

N3: a phrasebook's bulleted pairs whose phrases ask ('- ¿Dónde está el baño? = Where is the bathroom?'): a card per
line; before, one card of the page (the '?' made its lines questions with no answers).

N4: an exercise in parts spaced out with blank lines ('**1.** A car accelerates …' / '(a) What is its acceleration?
**4 m/s²**', or the answer on an 'Answer:' line under the part): a card per part, its stem on the front; before, the
bold answers made the parts options (no card), or the next stem was glued onto the last part's answer.

N5: one-line definitions in Spanish, French, German ('La mitosis es la división …', 'L'inconscient est l'ensemble …',
'Die Osmose ist die …'), or in English one under another with no blank line between, bold or not: a card per term;
before, one card of the page.

N6: named reactions, one a line ('Combustion of methane: CH₄ + 2O₂ → CO₂ + 2H₂O'): the name the front, the reaction
the back; before, split at the reaction's arrow ('Combustion of methane: CH₄ + 2O₂' → 'CO₂ + 2H₂O').

N7: a bold numbered stem that ends with ':' over its options ('**2. A p-value of 0.03 means:**' / '- A) …'), among bold
numbered questions or two such stems at least: a question; before, glued onto the question above as its explanation,
unsaid (or 'no card from this file').

N8: a rule ('---') between a quiz's last question and its key: no 'text outside any item'.

N9: '==highlight==' lines one under another: never pairs split at '=' ('The ==nucleus=' → 'contains …').

N10: questions labelled 'Q1.' / 'Q2.' and, under an 'Answers' heading, 'A1.' / 'A2.': each answered by its number;
before, 'none of its 3 questions has an answer', no card.

N11: a named formula a line ('Speed: v = d / t'): the name the front, the formula the back; before, split at '='.

N12: an Anki text export's file-wide note type ('#notetype:Basic (and reversed card)'): every row's, a card each way;
before, one way only.

N13: a sheet's 'Deck' column ('Pharmacology', 'Spanish::Greetings'): each row's section, as Anki's '#deck column' is;
before, left out as a tool's record.

N14: numbered questions with their options on their line and the right letter after a dash ('1) Which …? A) … B) …
C) … — **B**'): a quiz; before, open cards whose back was the options and the letter.

N15: a page titled with its question over '### Kata 1' / code / 'Expected output:' / its output: each kata asks the
title's question ('Kata 1 — What does it print?'), its code on the front; before, one card of the whole page.

N16: an answer in square brackets after the question ('Capital of France? [Paris]'): the answer; before, 'no answer',
no card. Marks in square brackets ('[1]') and a footnote's mark ('[^1]') are no answer.

N17: a hint line under a bold question ('**What is …?**' / 'Hint: …' / its answer): the hint on the front; before, the
back opened with it.

N18: an exercise's parts numbered in roman ('(i) What happens …? **It falls.**' / '(ii) …'), spaced out or tight with
'Answer:' lines: a card per part under its stem; before, one card per stem, its parts on the back.

N19: a sheet's header row naming its languages in small letters ('français;anglais'): a header; before, a card. A
list of the languages' own names ('english;inglés' / 'french;francés') stays a list.

N20: a to-do list with notes in brackets ('- Bring calculator (scientific)'): no word list; before, 'Bring
calculator' → 'scientific', a card per task (round 9's open item).

N21: one part left unanswered among answered parts ('(b) What is its speed …?' with nothing under it): its own
question, said at its line ('no answer'); before, spaced out, the next exercise's stem and parts were glued onto its
back, unsaid, or (tight) the stem was one card with its parts and '3 s' "Also accepted" on the back.

Documents in tests/data/sitting54/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting54" / "newdocs"


def test_n1_drug_records_are_a_card_per_drug_with_every_label_kept(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"cardio.md": DATA / "drug-records.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert list(got) == ["Amlodipine", "Bisoprolol", "Ramipril"]
    assert got["Ramipril"] == (
        "Class: ACE inhibitor MOA: Blocks conversion of angiotensin I to angiotensin II Side effects: Dry cough, hyperkalaemia, angioedema"
    )
    assert not skipped and not any("what comes next" in f for f in got)


def test_n2_an_emoji_bullet_is_off_the_front_a_colour_code_stays(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"bio.txt": DATA / "phone-notes.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["ribosome"] == "makes proteins"
    assert got["cell membrane"] == "controls what goes in/out"
    assert len(got) == 5 and not skipped
    notes, _, _ = built_notes(tmp_path / "de", {"de.md": "# Möbel\n\n🔵 der Tisch – the table\n🔴 die Lampe – the lamp\n🟢 das Fenster – the window\n"})
    assert [note_front(n) for n in notes] == ["🔵 der Tisch", "🔴 die Lampe", "🟢 das Fenster"]


def test_n3_a_phrasebook_whose_phrases_ask_is_a_card_per_line(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"es.md": DATA / "phrasebook.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "¿Dónde está el baño?": "Where is the bathroom?",
        "¿Cuánto cuesta?": "How much does it cost?",
        "Me gustaría un café.": "I would like a coffee.",
        "No entiendo.": "I don't understand.",
    }
    assert not skipped


def test_n4_spaced_parts_are_a_card_each_under_their_stem(tmp_path: Path) -> None:
    for name in ("parts-bold-answers.md", "parts-spaced.md"):
        notes, skipped, messages = built_notes(tmp_path / name, {"kin.md": DATA / name})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {
            "A car accelerates uniformly from rest to 20 m/s in 5 s. (a) What is its acceleration?": "4 m/s²",
            "A car accelerates uniformly from rest to 20 m/s in 5 s. (b) How far does it travel in that time?": "50 m",
            "A ball is dropped from a height of 45 m (g = 10 m/s²). (a) How long does it take to hit the ground?": "3 s",
            "A ball is dropped from a height of 45 m (g = 10 m/s²). (b) What is its speed just before impact?": "30 m/s",
        }, name
        assert not skipped and not [m for m in messages if "options" in m or "outside" in m], name
        lines = sorted(n["items"][0]["line"] for n in notes)
        assert lines == ([5, 7, 11, 13] if name == "parts-bold-answers.md" else [5, 8, 13, 16])


def test_n5_one_line_definitions_in_other_languages_and_one_under_another(tmp_path: Path) -> None:
    cases = {
        "definitions-es.md": ("La mitosis", "La mitosis es la división de una célula en dos células hijas idénticas.", 4),
        "definitions-fr.md": ("L'inconscient", "L'inconscient est l'ensemble des phénomènes psychiques qui échappent à la conscience.", 4),
        "definitions-de.md": ("Ein Enzym", "Ein Enzym ist ein Protein, das chemische Reaktionen beschleunigt.", 3),
        "bold-definitions-tight.md": ("Diffusion", "Diffusion is the net movement of particles from high to low concentration.", 3),
    }
    for name, (term, back, count) in cases.items():
        notes, skipped, _messages = built_notes(tmp_path / name, {name: DATA / name})
        got = {note_front(n): note_back(n) for n in notes}
        assert got.get(term) == back and len(got) == count and not skipped, (name, got)
    # prose whose sentences are no definitions stays the card of its heading
    notes, _, _ = built_notes(tmp_path / "prose", {"p.md": "# Notes\n\nLa célula es la unidad básica.\nEn clase vimos varios ejemplos.\nEl examen es el lunes.\n"})
    assert len(notes) == 1


def test_n6_a_named_reaction_splits_at_its_name_not_its_arrow(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.md": DATA / "named-reactions.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Combustion of methane": "CH₄ + 2O₂ → CO₂ + 2H₂O",
        "Neutralisation": "HCl + NaOH → NaCl + H₂O",
        "Photosynthesis": "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂",
        "Rusting": "4Fe + 3O₂ → 2Fe₂O₃",
    }
    assert not skipped
    # an arrow with no name and colon before it still splits ('I ___ (live) here. → have lived')
    notes, _, _ = built_notes(tmp_path / "g", {"g.md": "# Tenses\n\nI ___ (live) here. → have lived\nShe ___ (go) home. → went\nWe ___ (eat). → ate\n"})
    assert [note_back(n) for n in notes] == ["have lived", "went", "ate"]


def test_n7_a_bold_numbered_stem_over_its_options_is_a_question(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"stats.md": DATA / "bold-stem-colon.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Which measure of central tendency is most affected by outliers?": "C) Mean",
        "A p-value of 0.03 means:": "B) Data this extreme would occur 3% of the time if the null were true",
    }  # (was: the second question glued onto the first one's explanation, unsaid)
    assert not skipped and all(n["fields"].get("Explanation", "") == "" for n in notes)
    notes, skipped, _messages = built_notes(tmp_path / "all", {"stats.md": DATA / "bold-stems-all-colon.md"})
    assert [note_front(n) for n in notes] == ["The measure most affected by outliers is:", "A p-value of 0.03 means:"]
    assert [note_back(n) for n in notes] == ["B) Mean", "B) Data this extreme would occur 3% of the time if the null were true"]


def test_n8_a_rule_before_the_key_is_no_text_outside_an_item(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "key-after-rule.md"})
    assert [note_back(n) for n in notes] == ["B) ARP", "B) 22", "C) IP addresses"]
    assert not skipped and not [m for m in messages if "outside any item" in m]


def test_n9_highlights_one_under_another_are_no_pairs_split_at_equals(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"cells.md": DATA / "highlights-tight.md"})
    assert not any("==" in note_front(n) or note_back(n).startswith(("and", "contains")) for n in notes)
    assert len(notes) == 1 and "<mark>nucleus</mark>" in notes[0]["fields"]["Answer"]  # (the page's notes, as a spaced
    # page of highlights untagged is: the plugin reads its paragraph as one cloze only on a page tagged #flashcards)


def test_n10_q_and_a_labelled_lists_answer_each_other(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"econ.md": DATA / "q-a-labels-key.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What is GDP?": "The total value of final goods and services produced in a year.",
        "What is inflation?": "A sustained rise in the general price level.",
        "What is a recession?": "Two consecutive quarters of negative GDP growth.",
    }  # (was: 'none of its 3 questions has an answer', no card)
    assert not skipped


def test_n11_a_named_formula_splits_at_its_name(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"phys.md": DATA / "formula-sheet.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Speed"] == "v = d / t" and got["Kinetic energy"] == "KE = ½ m v²" and len(got) == 5
    assert not skipped
    # a word list on '=' still splits there ('el perro = the dog')
    notes, _, _ = built_notes(tmp_path / "v", {"v.md": "# Animals\n\n- el perro = the dog\n- el gato = the cat\n- el pez = the fish\n"})
    assert [note_back(n) for n in notes] == ["the dog", "the cat", "the fish"]


def test_n12_an_anki_text_exports_file_wide_note_type_is_every_rows(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"it.txt": DATA / "anki-reversed-header.txt"})
    assert [n["notetype"] for n in notes] == ["deckc Basic (and reversed)"] * 4  # (was: 'deckc Basic', one way only)
    assert [note_front(n) for n in notes] == ["il pane", "il formaggio", "la mela", "l'uva"]
    assert "fruit" in notes[2]["tags"] and not skipped


def test_n13_a_deck_column_names_each_rows_section(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"med.csv": DATA / "deck-column.csv"})
    assert [n["sections"] for n in notes] == [["med::Pharmacology"]] * 2 + [["med::Microbiology"]] * 2
    assert note_back(notes[0]) == "N-acetylcysteine" and "tox" in notes[0]["tags"] and not skipped
    assert not [m for m in messages if "column 'Deck'" in m]  # (was: left out as a tool's record, said so)
    notes, _, _ = built_notes(tmp_path / "es", {"es.tsv": DATA / "deck-column-nested.tsv"})
    assert notes[0]["sections"] == ["es::Spanish › Greetings"] and notes[3]["sections"] == ["es::Spanish › Politeness"]


def test_n14_inline_options_keyed_after_a_dash_are_a_quiz(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"bio.md": DATA / "inline-options-keyed.md"})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 3  # (was: an open card, 'A) … B) … C) … — B' its back)
    assert [note_back(n) for n in notes] == ["B) chloroplast", "B) uracil", "A) cytoplasm"]
    assert note_front(notes[0]) == "Which organelle contains chlorophyll?" and not skipped


def test_n15_kata_labels_under_an_asking_title_each_ask_it(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"py.md": DATA / "code-katas.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 3 and not skipped  # (was: one card, the title the front, every kata and output its back)
    assert fronts[0].startswith("Kata 1 — What does it print?") and "append( 4 )" in fronts[0]  # (the code, highlighted)
    assert note_back(notes[0]) == "Expected output: [1, 2, 3, 4]" and note_back(notes[2]) == "Expected output: [1, 2]"


def test_n16_an_answer_in_square_brackets_after_the_question(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"cap.md": DATA / "square-bracket-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {"Capital of France?": "Paris", "Capital of Italy?": "Rome", "Capital of Egypt?": "Cairo"}
    assert not skipped  # (was: 'none of its 3 questions has an answer', no card)
    # the marks a question is worth in square brackets are no answer ('… takes place. [1]' over its answer)
    notes, _, _ = built_notes(tmp_path / "m", {"bio.txt": DATA / "exam-marks-brackets.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Name the organelle where aerobic respiration takes place."] == "Mitochondrion"


def test_n17_a_hint_under_a_bold_question_is_on_the_front(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.md": DATA / "bold-question-hints.md"})
    assert [note_back(n) for n in notes] == ["Fluorine", "Helium"]  # (was: 'Hint: top right of the table' on the back)
    assert "top right of the table" in notes[0]["fields"]["Question"] and not skipped


def test_n18_parts_numbered_in_roman_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"econ.md": DATA / "roman-parts.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["The price of coffee rises by 20%. (ii) What happens to the demand for tea, a substitute?"] == "It rises."
    assert got["A government sets a minimum wage above equilibrium. (i) What is the likely effect on employment?"] == "Unemployment rises."
    assert len(got) == 4 and not skipped  # (was: a card per stem, its parts and their answers the back)
    notes, skipped, _messages = built_notes(tmp_path / "tight", {"econ.md": DATA / "roman-parts-tight.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "The price of coffee rises by 20%. (i) What happens to the quantity demanded?": "It falls.",
        "The price of coffee rises by 20%. (ii) What happens to the demand for tea?": "It rises.",
        "What is a substitute good?": "A good used in place of another.",
    }


def test_n19_a_header_row_of_language_names_in_small_letters(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"fr.csv": DATA / "language-header.csv"})
    assert [note_front(n) for n in notes] == ["la pomme", "le fromage", "le pain", "la bière"]  # (was: 'français' a card)
    assert not skipped
    # a list of the languages' own names stays a list: its first row is one of them
    notes, _, _ = built_notes(tmp_path / "names", {"names.csv": DATA / "language-names.csv"})
    assert [note_front(n) for n in notes] == ["english", "french", "german", "italian"]


def test_n20_a_to_do_list_with_notes_in_brackets_is_no_word_list(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"exam.md": DATA / "todo-list.md"})
    assert [note_front(n) for n in notes] == ["Exam day"]  # (was: 'Bring calculator' → 'scientific', a card per task)
    assert "Bring calculator (scientific)" in note_back(notes[0])


def test_n21_a_part_left_unanswered_among_answered_parts_is_said_at_its_line(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"kin.md": DATA / "parts-one-unanswered.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 5 and not any("stone" in note_back(n) for n in notes)  # (was: the next stem glued on (b)'s back)
    assert "A stone is thrown up at 10 m/s. (b) How long until it returns?" in fronts
    assert [s["line"] for s in skipped] == [16] and any("kin.md:16:" in m and "no answer" in m for m in messages)
    notes, skipped, messages = built_notes(tmp_path / "tight", {"kin.md": DATA / "parts-last-unanswered.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "A car accelerates from rest at 2 m/s² for 5 s. (a) What is its final speed?": "10 m/s",
        "What is the SI unit of acceleration?": "m/s²",
    }  # (was: one card of the stem, '(a) …' and '10 m/s' "Also accepted" and '(b) …' on its back, unsaid)
    assert any("kin.md:6:" in m and "no answer" in m for m in messages)
