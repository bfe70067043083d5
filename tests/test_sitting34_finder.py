"""Thirty-fourth sitting, finder: findings of new-user trial 34 fixed (questions answered in Markdown footnotes, T34-13;
a word list's title line over its numbered pairs, T34-7)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

NUMBERED_NOTES = (
    "1. What is the most common cause of mitral stenosis?[^1]\n"
    "2. Which murmur is heard in aortic stenosis?[^2]\n"
    "3. What ECG finding is typical of hyperkalaemia?[^3]\n\n"
    "[^1]: Rheumatic heart disease.\n"
    "[^2]: An ejection systolic murmur.\n"
    "[^3]: Tall, peaked T waves.\n"
)
HEADING_NOTES = (
    "# Normal values\n\n"
    "## What is the normal pH of blood?[^1]\n\n"
    "## What is the normal serum sodium?[^2]\n\n"
    "## What is the normal serum potassium?[^3]\n\n"
    "[^1]: 7.35 to 7.45\n[^2]: 135 to 145 mmol/L\n[^3]: 3.5 to 5.0 mmol/L\n"
)
QA_NOTES = (
    "Q: What is the normal pH of blood?[^1]\nA: See the note.\n\n"
    "Q: What is the normal serum sodium?\nA: [^2]\n\n"
    "Q: What is the normal serum potassium?\nA: Between 3.5 and 5.0 mmol/L.\n\n"
    "[^1]: 7.35 to 7.45\n[^2]: 135 to 145 mmol/L\n"
)
ORPHAN_NOTE = (
    "1. What is the antidote for heparin?\nAnswer: Protamine sulfate.[^p]\n\n"
    "2. What is the antidote for warfarin?\nAnswer: Vitamin K.\n\n"
    "3. What is the antidote for paracetamol?\n\n"
    "[^p]: Given slowly IV.\n"
)


def _cards(notes: list[dict]) -> list[tuple[str, str, int]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), n["items"][0]["line"]) for n in notes)


def test_questions_answered_in_footnotes_are_cards(tmp_path: Path) -> None:
    """T34-13: numbered questions whose answers are their footnotes ('…?[^1]' / '[^1]: …') are a card each, the note the
    back, at the question's line (before: an internal error, 'answer missing', and nothing written)."""
    notes, skipped, said = built_notes(tmp_path, {"cardio.md": NUMBERED_NOTES})
    assert _cards(notes) == [
        ("What ECG finding is typical of hyperkalaemia?", "Tall, peaked T waves.", 3),
        ("What is the most common cause of mitral stenosis?", "Rheumatic heart disease.", 1),
        ("Which murmur is heard in aortic stenosis?", "An ejection systolic murmur.", 2),
    ]
    assert not skipped
    assert not [s for s in said if "no answer" in s], said


def test_headings_answered_in_footnotes_are_cards(tmp_path: Path) -> None:
    """T34-13: '## What is the normal pH of blood?[^1]' with nothing under it but the page's notes: its note is its
    answer (before: an internal error)."""
    notes, skipped, said = built_notes(tmp_path, {"values.md": HEADING_NOTES})
    assert _cards(notes) == [
        ("What is the normal pH of blood?", "7.35 to 7.45", 3),
        ("What is the normal serum potassium?", "3.5 to 5.0 mmol/L", 7),
        ("What is the normal serum sodium?", "135 to 145 mmol/L", 5),
    ]
    assert not skipped
    assert not [s for s in said if "no answer" in s], said


def test_a_note_cited_by_the_question_is_on_the_back(tmp_path: Path) -> None:
    """T34-13: a note cited by the question ('Q: …?[^1]' / 'A: See the note.') is listed under the answer, as a note
    the answer cites is (before: the marker left the front and the note was on no card); an answer that is only a
    note's marker shows the note."""
    notes, _, _ = built_notes(tmp_path, {"values.txt": QA_NOTES})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "See the note." in backs["What is the normal pH of blood?"] and "7.35 to 7.45" in backs["What is the normal pH of blood?"]
    assert "135 to 145 mmol/L" in backs["What is the normal serum sodium?"]
    assert backs["What is the normal serum potassium?"] == "Between 3.5 and 5.0 mmol/L."


def test_a_question_whose_answer_was_only_a_note_of_another_is_said_not_an_internal_error(tmp_path: Path) -> None:
    """T34-13: the last question of a list has no answer and the page's notes were read as its answer; once the notes
    go to the card that cites them it has none: 'question has no answer' at its line, the other cards built."""
    notes, skipped, said = built_notes(tmp_path, {"antidotes.txt": ORPHAN_NOTE})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "Protamine sulfate." in backs["What is the antidote for heparin?"] and "Given slowly IV." in backs["What is the antidote for heparin?"]
    assert backs["What is the antidote for warfarin?"] == "Vitamin K."
    assert [(s["line"], s["skipped"]) for s in skipped] == [(7, "no answer")]
    assert [s for s in said if s.startswith("sources/antidotes.txt:7:") and "question has no answer" in s], said


NUMBERED_VOCAB = (
    "Vocabulario – Unidad 4: La comida\n"
    "1. la manzana – the apple\n2. el pan – the bread\n3. la leche – the milk\n4. el queso – the cheese\n5. los huevos – the eggs\n"
)
BULLETED_VOCAB = "Wortschatz – Kapitel 2\n- der Hund – the dog\n- die Katze – the cat\n- das Pferd – the horse\n"


def test_a_title_line_right_over_a_numbered_word_list_is_no_card(tmp_path: Path) -> None:
    """T34-7: 'Vocabulario – Unidad 4: La comida' right above '1. la manzana – the apple' … (no blank line between) is
    the list's title, though it holds the pairs' separator (before: a card 'Vocabulario' → 'Unidad 4: La comida'); so
    is a title over a bulleted list."""
    notes, skipped, said = built_notes(tmp_path, {"comida.txt": NUMBERED_VOCAB, "tiere.txt": BULLETED_VOCAB})
    assert _cards(notes) == [
        ("das Pferd", "the horse", 4),
        ("der Hund", "the dog", 2),
        ("die Katze", "the cat", 3),
        ("el pan", "the bread", 3),
        ("el queso", "the cheese", 5),
        ("la leche", "the milk", 4),
        ("la manzana", "the apple", 2),
        ("los huevos", "the eggs", 6),
    ]
    assert not skipped
    assert not [s for s in said if "Vocabulario" in s or ("Wortschatz" in s and "outside" in s)], said


CASES = (
    "# Emergency medicine – short answer questions\n\n"
    "## Case 1\n\n"
    "A 58-year-old man has crushing central chest pain for 40 minutes. ECG: ST elevation in II, III and aVF.\n"
    "a) What is the most likely diagnosis?\nAnswer: Acute inferior STEMI.\n"
    "b) Which coronary artery is most likely occluded?\nAnswer: The right coronary artery.\n\n"
    "## Case 2\n\n"
    "A 22-year-old woman with type 1 diabetes is vomiting. Glucose 28 mmol/L, ketones 5.2 mmol/L, pH 7.12.\n"
    "a) What is the diagnosis?\nAnswer: Diabetic ketoacidosis.\n"
    "b) What is the first step in management?\nAnswer: IV 0.9% sodium chloride.\n"
)


def test_a_cases_vignette_is_on_the_front_of_each_of_its_parts(tmp_path: Path) -> None:
    """T34-12: '## Case 1' / a vignette / 'a) What is the most likely diagnosis?' / 'Answer: …': each part's front shows
    the case's vignette under its label (before: 'Case 1 (a) What is the most likely diagnosis?', the vignette on no
    card and no word about it)."""
    notes, skipped, _ = built_notes(tmp_path, {"cases.md": CASES})
    fronts = {note_back(n): note_front(n) for n in notes}
    assert len(notes) == 4 and not skipped
    assert "ST elevation in II, III and aVF" in fronts["Acute inferior STEMI."] and "(a) What is the most likely diagnosis?" in fronts["Acute inferior STEMI."]
    assert "ST elevation in II, III and aVF" in fronts["The right coronary artery."]
    assert "pH 7.12" in fronts["Diabetic ketoacidosis."] and "ST elevation" not in fronts["Diabetic ketoacidosis."]
    assert "pH 7.12" in fronts["IV 0.9% sodium chloride."]
