"""Fifty-fifth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: a glossary of bold terms each over its text (key cases: '**Hyde v Wrench (1840)**' / 'A counter-offer destroys
…'), one of them longer than six words ('**Carlill v Carbolic Smoke Ball Co [1893]**'): a card too; before, it was
'text outside any question … its introduction', in no card.

N2: a formula sheet of bold names over their display maths ('**Product rule**:' / '\\[ … \\]') with one written on
its line ('**Power rule**: $…$'): a card too; before, in no card and unsaid (its words were in the other cards).

N3: one-line definitions split by a long arrow ('Epistemology ⟶ the study of knowledge', '-->'): a card per line;
before, one card of the page.

N4: a heading tagged '#flashcard' over one-line cards ('Antibody::A Y-shaped protein …'): a card per line; before,
one card of the heading, the lines its back.

N5: a page titled with a question ('# Nutrition: Myth or Fact?') over labelled pairs ('**Myth:** …' / '**Fact:** …'):
a card per pair, as without the question in the title; before, one card of the title holding every pair. Only when
the pairs give more cards than the page's headings (a kata page's '**Q1.**' / code / 'Output: …' stays as it was).

N6: a podcast's notes, a note right over each 'Q:' line after a blank line ('[00:11:45] Louis Pasteur developed …' /
'Q: Who developed …?' / 'A: Louis Pasteur'): said as text outside any item; before, glued onto the answer above
('Smallpox [00:11:45] Louis Pasteur …'), unsaid.

N7: bold numbered questions and tasks as one run from 1 ('**1. What is the unit of charge?**' / '**2. Write the
equation linking …**'): the task is a question; before, glued onto the first answer, unsaid.

N8: a revision sheet's box of key terms ('> **Key terms**' / '> - **Current** – …', '> [!note] Key vocabulary'): a card
per term; before, text outside any question.

N9: a toggle whose summary sets a task ('<summary><strong>Define K<sub>m</sub></strong></summary>'): a question;
before, text outside any question. 'Show hint' stays no question.

N10: key facts with one bold name longer than six words ('**Declaration of the Rights of Man and of the Citizen**'): a
cloze per entry; before, one card of the whole list.

N11: labelled pairs whose first label says its statement is false ('Myth:' / 'Fact:', 'Wrong:' / 'Right:'): the label
stays on the front ('Myth: Eating fat makes you fat.'); before, the myth stood bare on the front, as if true.

N12: a 'Wrong:' question corrected by its 'Right:' question ('Can you borrow me your pen?' → 'Can you lend me your
pen?'): a card; before, 'the answer is only another question', no card.

N13: a lecture's transcript ('PROF: …' / 'STUDENT: …'), the professor speaking twice in a row, a question announced
before a colon ('So here's a question for you: what happens …?'): a card per question; before, one card of the page.

N14: a Korean and an Arabic word list both answered in English ('학교' / 'مدرسة' → 'school'): two languages, each keeps
its card, no pair to decide; before, 'the same short answer in words the model cannot read', to decide.

N15: an exam question labelled in bold with its part (a) on the label's line ('**Q1** (a) Define *density*. [1]' /
'Mass per unit volume.' / blank / '(b) Give the unit of density. [1]' / 'kg/m³' / blank / '**Q2** (a) …'): a card per
part; before, part (b) and the next question were glued onto part (a)'s back, unsaid.

Documents in tests/data/sitting55/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting55" / "newdocs"


def test_n1_a_longer_bold_term_among_a_glossarys_terms_is_a_card(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"law.md": DATA / "case-law.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Carlill v Carbolic Smoke Ball Co [1893]"] == (
        "Unilateral offer to the world can be accepted by performance; advertisement was an offer, not an invitation to treat."
    )
    assert got["Hyde v Wrench (1840)"] == "A counter-offer destroys the original offer."
    assert len(got) == 4 and not skipped
    assert not [m for m in messages if "outside" in m or "in no card" in m]
    # a longer bold line that is a sentence stays emphasis, no term
    notes, _, messages = built_notes(
        tmp_path / "said",
        {"n.md": "# Terms\n\n**Osmosis**\nWater moving across a membrane.\n\n**Diffusion**\nParticles spreading out.\n\n"
         "**Remember to learn all of these for the test on Friday.**\nThey come up every year.\n"},
    )
    assert sorted(note_front(n) for n in notes) == ["Diffusion", "Osmosis"]
    assert [m for m in messages if "line 9" in m or ":9:" in m]


def test_n2_a_bold_term_on_its_definitions_line_among_bold_terms_over_maths(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"calc.md": DATA / "calculus-formulas.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert "Power rule" in got and "n x^{n-1}" in got["Power rule"]
    assert "Product rule" in got and "Chain rule" in got
    assert len(got) == 5 and not skipped
    # a note's label on its line stays no term
    notes, _, _ = built_notes(
        tmp_path / "note",
        {"n.md": "# Terms\n\n**Osmosis**:\nWater moving across a membrane.\n\n**Note**: learn these by Friday\n\n**Diffusion**:\nParticles spreading out.\n"},
    )
    assert sorted(note_front(n) for n in notes) == ["Diffusion", "Osmosis"]


def test_n3_long_arrows_split_definitions(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"phil.md": DATA / "long-arrows.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Epistemology"] == "the study of knowledge" and got["Logic"] == "the study of valid reasoning"
    assert len(got) == 5 and not skipped
    notes, _, _ = built_notes(tmp_path / "ascii", {"a.md": "# Terms\n\nOntology --> the study of being\nEthics --> the study of conduct\nLogic --> the study of reasoning\n"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Ontology": "the study of being",
        "Ethics": "the study of conduct",
        "Logic": "the study of reasoning",
    }


def test_n4_a_tagged_heading_over_one_line_cards_is_their_tag(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"imm.md": DATA / "tagged-heading-inline.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Antibody"] == "A Y-shaped protein that binds a specific antigen"
    assert got["What do memory cells do?"] == "Remember an antigen so the second response is faster"
    assert "Vaccine" in got and "Immune system" not in got
    assert len(got) == 5 and not skipped
    # a tagged heading over prose is still its card
    notes, _, _ = built_notes(tmp_path / "prose", {"p.md": "# Osmosis #flashcard\n\nThe movement of water across a membrane.\n"})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Osmosis", "The movement of water across a membrane.")]


def test_n5_an_asking_title_over_labelled_pairs_is_no_card_of_them_all(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"myths.md": DATA / "myth-fact.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Myth: Eating fat makes you fat."] == "Weight gain comes from a calorie surplus; healthy fats are essential."
    assert len(got) == 3 and not skipped
    # a title that asks over notes stays one card
    notes, _, _ = built_notes(tmp_path / "notes", {"n.md": "# What is osmosis?\n\nThe movement of water across a membrane.\nIt needs a partially permeable membrane.\nIt is passive.\n"})
    assert [note_front(n) for n in notes] == ["What is osmosis?"]


def test_n6_a_note_right_over_the_next_q_is_no_part_of_the_answer_above(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"pod.txt": DATA / "podcast-qa.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What disease did Jenner's vaccine protect against?": "Smallpox",
        "Who developed the rabies vaccine?": "Louis Pasteur",
        "When was smallpox declared eradicated?": "1980 (by the WHO)",
    }
    assert not skipped
    said = [m for m in messages if "outside any item" in m]
    assert said and "Louis Pasteur developed" in said[0] and ":7:" in said[0]


def test_n7_a_bold_numbered_task_after_a_bold_numbered_question_is_a_question(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"el.md": DATA / "key-terms-box.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is the unit of charge?"] == "The coulomb (C)."
    assert got["Write the equation linking charge, current and time."] == "Q = I × t"
    assert not skipped
    # numbered out of turn, the task stays the answer's text as before (no run of siblings)
    notes, _, _ = built_notes(
        tmp_path / "odd",
        {"o.md": "# Test\n\n**3. What is the unit of charge?**\nThe coulomb (C).\n\n**7. Write the equation for charge.**\nQ = I × t\n"},
    )
    assert [note_front(n) for n in notes] == ["What is the unit of charge?"]


def test_n8_a_boxed_glossary_on_a_revision_sheet_is_a_card_per_term(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"el.md": DATA / "key-terms-box.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Current"] == "the rate of flow of charge, measured in amps (A)"
    assert got["Resistance"] == "opposition to current, measured in ohms (Ω)"
    assert len(got) == 5 and not skipped
    assert not [m for m in messages if "outside" in m]
    notes, _, _ = built_notes(tmp_path / "callout", {"cw.md": DATA / "callout-key-terms.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Détente"] == "a relaxing of tensions in the 1970s" and len(got) == 5
    # a quote of prose stays the page's text, no card
    notes, _, messages = built_notes(tmp_path / "prose", {"p.md": "# Cells\n\n> **Remember**\n> Cells are the unit of life.\n\n## What is a cell?\nThe unit of life.\n"})
    assert [note_front(n) for n in notes] == ["What is a cell?"]


def test_n9_a_toggle_whose_summary_sets_a_task_is_a_question(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"enz.md": DATA / "toggle-task.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is the active site?"] == "The region of an enzyme where the substrate binds and the reaction happens."
    assert "Define Km" in got and got["Define Km"].startswith("The substrate concentration at which the rate is half of V")
    assert len(got) == 2 and not skipped and not [m for m in messages if "outside" in m]
    # a toggle that only labels what it holds stays the question's answer
    notes, _, _ = built_notes(
        tmp_path / "hint",
        {"h.md": "# Q\n\n<details>\n<summary>What is ATP?</summary>\n\nThe cell's energy currency.\n\n</details>\n\n"
         "<details>\n<summary>Show hint</summary>\n\nThink of money.\n\n</details>\n"},
    )
    assert [note_front(n) for n in notes] == ["What is ATP?"]


def test_n10_a_longer_bold_name_among_key_facts_is_a_cloze_too(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"fr.md": DATA / "key-facts-long.md"})
    texts = sorted(n["fields"]["Text"] for n in notes)
    assert len(texts) == 4 and not skipped
    assert any("{{c1::Declaration of the Rights of Man and of the Citizen}}" in t for t in texts)
    assert any("{{c1::Bastille}}" in t for t in texts)


def test_n11_a_label_that_says_its_statement_is_false_stays_on_the_front(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"en.md": DATA / "wrong-right.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Wrong: I am agree with you."] == "I agree with you."
    assert got["Wrong: She explained me the problem."] == "She explained the problem to me."
    assert not skipped
    notes, _, _ = built_notes(tmp_path / "plain", {"c.md": "# Climate\n\nMyth: It's cold, so warming is fake.\nFact: Weather is not climate.\n\n"
                                                   "Myth: CO2 is a trace gas.\nFact: Small amounts trap heat.\n\nMyth: It always changed.\nFact: Not this fast.\n"})
    assert next(note_front(n) for n in notes) == "Myth: It's cold, so warming is fake."
    # labels that name a field stay off the front as before ('Drug:' / 'Class:' records, 'Q:' / 'A:')
    notes, _, _ = built_notes(tmp_path / "qa", {"q.txt": "Q: What is ATP?\nA: Energy currency.\n\nQ: What is DNA?\nA: Genetic code.\n\nQ: What is RNA?\nA: A copy of DNA.\n"})
    assert next(note_front(n) for n in notes) == "What is ATP?"


def test_n12_a_corrected_question_is_its_fronts_answer(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"en.md": DATA / "wrong-right.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Wrong: Can you borrow me your pen?"] == "Can you lend me your pen?"
    assert len(got) == 4 and not skipped and not [m for m in messages if "another question" in m]
    # a follow-up question about something else is still no answer
    notes, skipped, messages = built_notes(tmp_path / "follow", {"f.txt": "Q: What is ATP?\nA: What does the cell use for energy?\n\nQ: What is DNA?\nA: Genetic code.\n\nQ: What is RNA?\nA: A copy of DNA.\n"})
    assert [m for m in messages if "another question" in m]


def test_n13_a_lecture_transcript_whose_teacher_speaks_twice_in_a_row_is_a_dialogue(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"econ.md": DATA / "lecture-transcript.md"})
    got = {note_front(n): note_back(n) for n in notes}
    asked = "What happens to the price of a good when demand rises and supply stays the same?"
    assert got[asked].startswith("STUDENT: The price goes up? PROF: Exactly, the price rises")
    assert got["What do we call goods whose demand rises when income rises?"].startswith("STUDENT: Normal goods.")
    assert len(got) == 2 and not skipped
    assert [m for m in messages if ":3:" in m]  # the opening turn, before any question: said


def test_n14_two_word_lists_in_two_scripts_keep_their_cards_no_pair_to_decide(tmp_path: Path) -> None:
    from conftest import deck_of

    from compiler.build import build

    content = deck_of(tmp_path, {"ko.md": DATA / "korean-vocab.md", "ar.md": DATA / "arabic-vocab.md"})
    out = tmp_path / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    assert len(result.compiled.deck.notes) == 9
    # (each keeps its card: no pair to decide; told apart by its own reason, it is not listed at all)
    assert not [p for p in result.compiled.dupes.pairs if p.status == "suggested" and "학교" in (p.a.question, p.b.question)]
    assert not [p for p in result.compiled.dupes.pairs if p.status == "suggested" and "책" in (p.a.question, p.b.question)]


def test_n15_a_labelled_exam_question_whose_parts_are_answered_under_them(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"phys.md": DATA / "exam-labelled-parts.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Question 1 (a) Define density.": "Mass per unit volume.",
        "Question 1 (b) Give the unit of density.": "kg/m³",
        "Question 2 (a) State Hooke's law.": "The extension of a spring is proportional to the force applied, up to the limit of proportionality.",
    }
    assert not skipped
