"""Thirty-second sitting, answer keys (findings of trial 31): a key that disagrees with a question's own answer line,
keys on the question's line, exam papers' own shapes. Fixtures written here in the shapes the findings showed (no
third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front
from test_docx import paragraph, write_docx

# --- T31-60: an answer line under the question and the answer key at the end disagree --------------------------------

_TWICE = {
    # (file, text, the card's question, the option it keeps, the answer line's line, the key entry's line, key's letter)
    "en-heading": (
        "quiz.txt",
        "Quiz\n\n1. Which is a prime number?\nA. 4\nB. 7\nC. 9\nD. 12\nAnswer: B\n\n"
        "2. Which is even?\nA. 3\nB. 5\nC. 8\nD. 9\nAnswer: C\n\nAnswer key\n1. C\n2. C\n",
        "Which is a prime number?", "7", 8, 18, "C",
    ),
    "fr-corrige": (
        "qcm.txt",
        "QCM de géographie\n\n1. Quelle est la capitale de l'Australie ?\na) Sydney\nb) Canberra\nc) Melbourne\n"
        "Réponse : b\n\n2. Quel est le plus long fleuve de France ?\na) La Seine\nb) Le Rhône\nc) La Loire\nRéponse : c\n\n"
        "Corrigé\n1. b\n2. a\n",
        "Quel est le plus long fleuve de France ?", "La Loire", 13, 17, "A",
    ),
    "pt-one-line": (
        "teste.txt",
        "Teste de história\n\n1) Em que ano o Brasil declarou a independência?\na) 1808\nb) 1822\nc) 1889\nResposta: b\n\n"
        "2) Quem foi o primeiro imperador do Brasil?\na) Dom Pedro I\nb) Dom Pedro II\nc) Dom João VI\nResposta: a\n\n"
        "Respostas: 1-b, 2-c\n",
        "Quem foi o primeiro imperador do Brasil?", "Dom Pedro I", 13, 15, "C",
    ),
    "es-mixed": (  # question 2 waits for the key, question 1 has its own line: the key answers 2 and is checked against 1
        "examen.txt",
        "Examen de química\n\n1. ¿Cuál es el símbolo del sodio?\nA. So\nB. Na\nC. Sd\nRespuesta: B\n\n"
        "2. ¿Qué gas es más abundante en el aire?\nA. Oxígeno\nB. Argón\nC. Nitrógeno\n\nClave de respuestas\n1. C\n2. C\n",
        "¿Cuál es el símbolo del sodio?", "Na", 7, 15, "C",
    ),
    "en-md-table": (
        "physics.md",
        "# Physics check\n\n1. What is the unit of force?\n   - A. Joule\n   - B. Newton\n   - C. Watt\n\n   Answer: B\n\n"
        "2. What is the unit of power?\n   - A. Joule\n   - B. Newton\n   - C. Watt\n\n   Answer: C\n\n"
        "## Answer Key\n\n| Q | Answer |\n|---|--------|\n| 1 | A |\n| 2 | C |\n",
        "What is the unit of force?", "Newton", 8, 21, "A",
    ),
    "de-md-line": (
        "zelle.md",
        "# Biologie – Zelle\n\n**1. Wo findet die Fotosynthese statt?**\n\nA) Mitochondrium\nB) Chloroplast\nC) Zellkern\n\n"
        "**Antwort:** B\n\n**2. Was speichert die Erbinformation?**\n\nA) DNA\nB) ATP\nC) Glukose\n\n**Antwort:** A\n\n"
        "Lösungen: 1-B, 2-C\n",
        "Was speichert die Erbinformation?", "DNA", 17, 19, "C",
    ),
    "it-md-heading": (
        "verifica.md",
        "# Verifica di scienze\n\n### Domanda 1\nQual è il pianeta più vicino al Sole?\n\n- A) Venere\n- B) Mercurio\n"
        "- C) Marte\n\n**Risposta:** B\n\n### Domanda 2\nQuante sono le ossa di un adulto?\n\n- A) 106\n- B) 206\n- C) 306\n\n"
        "**Risposta:** B\n\n## Soluzioni\n\n1. A\n2. B\n",
        "Qual è il pianeta più vicino al Sole?", "Mercurio", 10, 23, "A",
    ),
}


@pytest.mark.parametrize("case", sorted(_TWICE))
def test_a_key_that_disagrees_with_the_answer_line_is_said_at_both_lines(tmp_path: Path, case: str) -> None:
    """T31-60 (wrong-card risk): 'Answer: B' under question 1 and the key's '1. C' at the end: the key was not even read
    when every question had its own line (its entries read as questions 'C' with no answer, or glued onto the last back),
    and where it was read it won or lost without a word. Now both lines are said, the card keeps the answer line."""
    name, text, question, kept, said_at, key_at, key = _TWICE[case]
    notes, _skipped, said = built_notes(tmp_path, {name: text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == 2, cards
    assert kept in cards[question]
    against = [s for s in said if "the answer key at line" in s]
    assert len(against) == 2, said  # (at both lines; the build prints them as one, grouped)
    assert f"{name}:{said_at}:" in against[0] and f"{name}:{key_at}:" in against[1], against
    assert f"line {said_at} says" in against[0] and f"the answer key at line {key_at}" in against[0]
    assert f"says {key}" in against[0] and "the card takes" in against[0]
    assert not [s for s in said if "no answer" in s or "outside any" in s], said


def test_a_key_that_agrees_with_the_answer_lines_is_read_silently(tmp_path: Path) -> None:
    """T31-60: the same key said twice the same way is no news: no warning, no card from the key's lines."""
    text = (
        "Quiz\n\n1. Which is a prime number?\nA. 4\nB. 7\nC. 9\nAnswer: B\n\n2. Which is even?\nA. 3\nB. 5\nC. 8\nAnswer: C\n\n"
        "Answer key\n1. B\n2. C\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert sorted(note_back(n) for n in notes) == ["B) 7", "C) 8"]
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" not in s] == []


# --- T31-44: an exam paper copied as text: '1 Which …?', 'A digestion', its page furniture, the key '1 C' -------------

_PAPERS = {
    "en": (
        "Cambridge IGCSE BIOLOGY 0610/22\nPaper 2 Multiple Choice (Extended) May/June 2023\n\n"
        "1 Which process releases energy from glucose in all living cells?\nA digestion\nB photosynthesis\nC respiration\n"
        "D transpiration\n\n2 What is the function of red blood cells?\nA to clot the blood\nB to fight infection\n"
        "C to transport carbon dioxide only\nD to transport oxygen\n\n© UCLES 2023 0610/22/M/J/23 [Turn over\n"
        "3 Which blood vessel carries blood away from the heart?\nA artery\nB capillary\nC vein\nD venule\n\nBLANK PAGE\n\n"
        "© UCLES 2023 0610/22/M/J/23\n\nAnswers\n1 C\n2 D\n3 A\n",
        {
            "Which process releases energy from glucose in all living cells?": "C) respiration",
            "What is the function of red blood cells?": "D) to transport oxygen",
            "Which blood vessel carries blood away from the heart?": "A) artery",
        },
        ["© UCLES 2023 0610/22/M/J/23 [Turn over", "BLANK PAGE"],
    ),
    "de": (
        "Physik – Mehrfachauswahl\nKlasse 10, Teil 1\n\n1 Welche Einheit hat die Kraft?\nA Joule\nB Newton\nC Watt\nD Pascal\n\n"
        "2 Was misst ein Amperemeter?\nA die Spannung\nB den Widerstand\nC die Stromstärke\nD die Leistung\n\n"
        "© Landesinstitut 2022 Physik 10/1 Bitte wenden\n3 Wie schnell ist das Licht im Vakuum ungefähr?\nA 300 km/s\n"
        "B 300 000 km/s\nC 3 000 km/h\nD 340 m/s\n\nLeere Seite\n\n© Landesinstitut 2022 Physik 10/1\n\nLösungen\n1 B\n2 C\n3 B\n",
        {
            "Welche Einheit hat die Kraft?": "B) Newton",
            "Was misst ein Amperemeter?": "C) die Stromstärke",
            "Wie schnell ist das Licht im Vakuum ungefähr?": "B) 300 000 km/s",
        },
        ["Bitte wenden", "Leere Seite"],
    ),
}


@pytest.mark.parametrize("lang", sorted(_PAPERS))
def test_an_exam_paper_copied_as_text_is_a_keyed_quiz(tmp_path: Path, lang: str) -> None:
    """T31-44 (severe): a Cambridge-style paper copied from its PDF (questions numbered '1 Which …?' with a space alone,
    options 'A digestion' with a space alone, the '© UCLES 2023 …  [Turn over' footer, 'BLANK PAGE', the key '1 C' at
    the end) gave Basic cards listing every option, the footer and the whole key on their backs. Now each question is
    a multiple-choice card keyed by the end key, the furniture removed and said once."""
    text, keyed, furniture = _PAPERS[lang]
    notes, skipped, said = built_notes(tmp_path, {"paper.txt": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == keyed
    assert all(n["kind"] == "multiple_choice" for n in notes)
    assert not skipped
    backs = " ".join(" ".join(n["fields"].values()) for n in notes)
    assert not any(x in backs for x in furniture), backs
    assert [s for s in said if "text copied from a PDF" in s and "paper.txt:" in s], said


# --- T31-45, T31-46: SAT papers: the item's number alone on its line; College Board's answer explanations ---------------

_SAT_ITEMS = (
    "Practice Test – Math\n\n1\nIf 3x + 5 = 20, what is the value of x?\nA) 3\nB) 5\nC) 15\nD) 25\n\n"
    "2\nWhich of the following is equivalent to 2(x + 4) − x?\nA) x + 4\nB) x + 8\nC) 3x + 8\nD) 2x + 8\n\n"
)
_SAT_KEYS = {
    "key": ("Answer Key\n1. B\n2. B\n", {}),
    "explanations": (
        "Answer Explanations\n\nQUESTION 1\nChoice B is correct. Subtracting 5 from both sides gives 3x = 15, so x = 5.\n"
        "Choice A is incorrect: 3 is 3x − 5 … solved wrongly.\n\nQUESTION 2\nChoice B is correct. 2x + 8 − x = x + 8.\n",
        {"If 3x + 5 = 20, what is the value of x?": "Subtracting 5 from both sides gives 3x = 15, so x = 5."},
    ),
}


@pytest.mark.parametrize("case", sorted(_SAT_KEYS))
def test_items_numbered_alone_on_their_line_are_keyed(tmp_path: Path, case: str) -> None:
    """T31-45 (high): '1' alone on its line over the question and 'A)'-'D)' (as SAT papers print items) was 'cannot tell
    this document's layout' even with an 'Answer Key' / '1. B'. T31-46 (high): with College Board's 'Answer Explanations'
    ('QUESTION 1' / 'Choice B is correct. …') the build stopped on three errors about a 'Show Answer' the file does not
    have. Now each item is a card keyed B, the explanation on its back."""
    key, why = _SAT_KEYS[case]
    notes, skipped, said = built_notes(tmp_path, {"sat.txt": _SAT_ITEMS + key})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"If 3x + 5 = 20, what is the value of x?": "B) 5", "Which of the following is equivalent to 2(x + 4) − x?": "B) x + 8"}
    assert not skipped
    for n in notes:
        if n["fields"]["Question"] in why:
            assert why[n["fields"]["Question"]] in n["fields"]["Explanation"]
    assert [s for s in said if "not listed in deck.toml" not in s] == []


def test_a_bare_number_that_starts_no_run_from_one_stays_text(tmp_path: Path) -> None:
    """T31-45: a number alone is an item's only in a run from 1 over questions and their options: a notes page whose
    answer holds a bare '42' keeps it as the answer."""
    text = "Q: What is six times seven?\nA:\n42\n\nQ: What is the answer to everything?\nA:\n42\n"
    notes, _skipped, _said = built_notes(tmp_path, {"notes.txt": text})
    assert sorted(note_back(n) for n in notes) == ["42", "42"]


# --- T31-62: the key on the question's own line --------------------------------------------------------------------

_ON_LINE = {
    "en.txt": (
        "Quiz\n\n1. What is the capital of Italy? (Ans: B)\nA) Madrid\nB) Rome\nC) Paris\n\n2. Which is even? [C]\nA) 3\nB) 5\n"
        "C) 8\n\n3. Which planet is red? — Answer: A\nA) Mars\nB) Venus\nC) Jupiter\n",
        {"What is the capital of Italy?": "B) Rome", "Which is even?": "C) 8", "Which planet is red?": "A) Mars"},
    ),
    "es.md": (
        "# Banco de preguntas\n\n**1.** ¿Qué orgánulo produce la energía de la célula? (Respuesta: C)\n\na) Núcleo\nb) Ribosoma\n"
        "c) Mitocondria\n\n**2.** ¿Cuál es la molécula que lleva la información genética? [B]\n\na) ATP\nb) ADN\nc) Glucosa\n\n"
        "**3.** ¿Dónde ocurre la fotosíntesis? – Respuesta: C\n\na) Mitocondria\nb) Núcleo\nc) Cloroplasto\n",
        {
            "¿Qué orgánulo produce la energía de la célula?": "C) Mitocondria",
            "¿Cuál es la molécula que lleva la información genética?": "B) ADN",
            "¿Dónde ocurre la fotosíntesis?": "C) Cloroplasto",
        },
    ),
    "de.txt": (
        "Wiederholung\n\n1) Wie heißt die Hauptstadt von Kanada? (Lösung: B)\nA) Toronto\nB) Ottawa\nC) Vancouver\n\n"
        "2) Welcher Fluss fließt durch Wien? [A]\nA) Donau\nB) Rhein\nC) Elbe\n",
        {"Wie heißt die Hauptstadt von Kanada?": "B) Ottawa", "Welcher Fluss fließt durch Wien?": "A) Donau"},
    ),
}


@pytest.mark.parametrize("name", sorted(_ON_LINE))
def test_a_key_at_the_end_of_the_question_line_keys_its_options(tmp_path: Path, name: str) -> None:
    """T31-62 (medium): '… of Italy? (Ans: B)', '… even? [C]', '… red? — Answer: A' (printed banks, teachers' copies) gave
    no card ('none marked correct' three times) and '[C]' became a difficulty label. Now each keys its options, the key
    taken off the front."""
    text, keyed = _ON_LINE[name]
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert {note_front(n): note_back(n) for n in notes} == keyed
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" not in s] == []
    assert not [s for s in said if "labels" in s], said  # (no difficulty table offered for '[C]')


def test_a_key_on_the_line_over_no_options_stays_on_it(tmp_path: Path) -> None:
    """T31-62: a key at a question line's end keys nothing unless lettered options follow that hold its letter: the
    question and its written answer stay as they are."""
    text = (
        "Vitamins\n\n1. Which vitamin is made in the skin? (Ans: D)\nVitamin D, made when sunlight reaches it.\n\n"
        "2. Which vitamin do citrus fruits hold? (Ans: C)\nVitamin C.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"notes.txt": text})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Which vitamin do citrus fruits hold? (Ans: C)", "Vitamin C."),
        ("Which vitamin is made in the skin? (Ans: D)", "Vitamin D, made when sunlight reaches it."),
    ]


# --- T32-22: a book's answer section in chapters under one chapter's questions ---------------------------------------

_BOOK_KEY = (
    "\n\nAnswers to Review Questions\n\nChapter 2\n1. 9.8 m/s²\n2. Inertia\n3. Kilogram\n\nChapter 3\n"
    "1. About 3.00 × 10⁸ m/s\n2. The coulomb (C)\n3. Potential difference\n\nChapter 4\n1. Ohm's law\n2. Series\n"
)
_BOOK_QUESTIONS = (
    "1. What is the speed of light in a vacuum?\n2. What is the unit of electric charge?\n3. What does a voltmeter measure?"
)


def test_a_chapters_questions_take_their_chapters_part_of_the_answer_section(tmp_path: Path) -> None:
    """T32-22 (severe): 'Chapter 3 Review Questions' over three questions and the book's answers for chapters 2, 3 and 4:
    every card took chapter 2's answer ('speed of light' -> '9.8 m/s²'), silently. Now the key's 'Chapter 3' keys them;
    the chapters the page did not copy are no news."""
    notes, _skipped, said = built_notes(tmp_path, {"book.txt": "Chapter 3 Review Questions\n\n" + _BOOK_QUESTIONS + _BOOK_KEY})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the speed of light in a vacuum?": "About 3.00 × 10⁸ m/s",
        "What is the unit of electric charge?": "The coulomb (C)",
        "What does a voltmeter measure?": "Potential difference",
    }
    assert [s for s in said if "not listed in deck.toml" not in s] == []


def test_questions_in_no_chapter_are_not_keyed_from_the_first_chapter(tmp_path: Path) -> None:
    """T32-22: the same questions under 'Review Questions' (no chapter named): no part of the key can be told to be
    theirs, so none is used, and that is said at the key, never chapter 2's answers taught."""
    files = {"book.txt": "Review Questions\n\n" + _BOOK_QUESTIONS + _BOOK_KEY, "other.txt": "Q: What is 2 + 2?\nA: 4\n"}
    notes, _skipped, said = built_notes(tmp_path, files)
    assert [note_front(n) for n in notes] == ["What is 2 + 2?"]
    parts = [s for s in said if "the answer key is in parts" in s]
    assert len(parts) == 1 and "book.txt:10:" in parts[0] and "'Chapter 3'" in parts[0], said


# --- T32-13: the DVSA's theory test: '1.1' numbers, 'Mark one answer', options 'A give …', key '1.1 C  1.2 B, C, D' ---

_DVSA = {
    "published.txt": (
        "Section 1 – Alertness\n\n1.1 Before you make a U-turn in the road, you should\nMark one answer\n"
        "A give an arm signal as well as using your indicators\nB signal so that other drivers can slow down for you\n"
        "C look over your shoulder for a final check\nD select a higher gear than normal\n\n"
        "1.2 What should you do as you approach this bridge?\nMark three answers\nA Move to the right\nB Slow down\n"
        "C Look out for cyclists\nD Look out for pedestrians\nE Go straight over\n\n"
        "Section 2 – Attitude\n\n2.1 At a pelican crossing the flashing amber light means you MUST\nMark one answer\n"
        "A stop and wait for the green light\nB stop and wait for the red light\nC give way to pedestrians waiting to cross\n"
        "D give way to pedestrians already on the crossing\n\nAnswers\n1.1 C    1.2 B, C, D    2.1 D\n"
    ),
    "numbered.txt": (
        "Section 1 – Alertness\n\n1. Before you make a U-turn in the road, you should\nMark one answer\n"
        "A. give an arm signal as well as using your indicators\nB. signal so that other drivers can slow down for you\n"
        "C. look over your shoulder for a final check\nD. select a higher gear than normal\n\n"
        "2. What should you do as you approach this bridge?\nMark three answers\nA. Move to the right\nB. Slow down\n"
        "C. Look out for cyclists\nD. Look out for pedestrians\nE. Go straight over\n\n"
        "Section 2 – Attitude\n\n3. At a pelican crossing the flashing amber light means you MUST\nMark one answer\n"
        "A. stop and wait for the green light\nB. stop and wait for the red light\nC. give way to pedestrians waiting to cross\n"
        "D. give way to pedestrians already on the crossing\n\nAnswers\n1. C    2. B, C, D    3. D\n"
    ),
}


@pytest.mark.parametrize("name", sorted(_DVSA))
def test_a_theory_test_with_mark_n_answers_lines_is_keyed(tmp_path: Path, name: str) -> None:
    """T32-13 (severe): 'Mark one answer' / 'Mark three answers' between the question and its options, and numbers by
    section ('1.1', '2.1') with a key '1.1 C    1.2 B, C, D    2.1 D': Basic cards listing every option, the whole key on
    the last back. Now three multiple-choice cards keyed C; B, C, D; D, the instruction on the front."""
    notes, skipped, said = built_notes(tmp_path, {name: _DVSA[name]})
    right = {n["fields"]["Question"]: n["fields"]["Correct"] for n in notes}
    assert right == {
        "Before you make a U-turn in the road, you should (Mark one answer)": "C) look over your shoulder for a final check",
        "What should you do as you approach this bridge? (Mark three answers)": (
            "B) Slow down<br>C) Look out for cyclists<br>D) Look out for pedestrians"
        ),
        "At a pelican crossing the flashing amber light means you MUST (Mark one answer)": "D) give way to pedestrians already on the crossing",
    }, right
    assert not skipped
    assert not [s for s in said if "Answers" in s or "no answer" in s], said


def test_an_instruction_line_in_german_is_the_questions(tmp_path: Path) -> None:
    """T32-13: the instruction in another language ('Kreuzen Sie zwei Antworten an') over the options is on the front."""
    text = (
        "Fragen\n\n1. Was gehört zur Pflichtausrüstung eines Autos?\nKreuzen Sie zwei Antworten an\nA. Warndreieck\n"
        "B. Dachbox\nC. Verbandkasten\n\n2. Wann darf man rechts überholen?\nKreuzen Sie eine Antwort an\n"
        "A. Nie\nB. Auf Einbahnstraßen in der Stadt\nC. Immer\n\nLösungen: 1. A, C  2. B\n"
    )
    notes, skipped, _said = built_notes(tmp_path, {"fragen.txt": text})
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == [
        "Wann darf man rechts überholen? (Kreuzen Sie eine Antwort an)",
        "Was gehört zur Pflichtausrüstung eines Autos? (Kreuzen Sie zwei Antworten an)",
    ]
    assert not skipped


# --- T32-23: compact keys: a string of letters, a range of numbers ---------------------------------------------------

_FIVE = (
    "1. Capital of Italy?\nA. Madrid\nB. Rome\nC. Paris\n\n2. 2+2?\nA. 3\nB. 5\nC. 4\n\n3. Largest ocean?\nA. Pacific\n"
    "B. Atlantic\nC. Indian\n\n4. H2O is?\nA. Salt\nB. Sugar\nC. Water\n\n5. Red planet?\nA. Venus\nB. Mars\nC. Jupiter\n\n"
)


@pytest.mark.parametrize(
    "key",
    ["Answer key (1-5): BACCB", "Answers\n1–5: B, A, C, C, B", "Lösungen (1–5): BACCB", "Answers\n1-3: BAC\n4-5: CB"],
)
def test_a_key_of_letters_in_order_keys_the_questions(tmp_path: Path, key: str) -> None:
    """T32-23 (medium): 'Answer key (1-5): BCADB' (answer booklets, OMR sheets) was not seen as a key at all and
    '1–5: B, C, A, D, B' was 'a key deckc could not read': no card. Now each letter keys the question its place numbers
    from the range's start (1 without one)."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": _FIVE + key + "\n"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Capital of Italy?": "B) Rome", "2+2?": "A) 3", "Largest ocean?": "C) Indian", "H2O is?": "C) Water", "Red planet?": "B) Mars",
    }
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" not in s] == []


def test_a_range_whose_letters_do_not_count_alike_is_no_key(tmp_path: Path) -> None:
    """T32-23: '1-5: BAC' names three letters for five questions: which is whose cannot be told; nothing keyed from it."""
    notes, _skipped, said = built_notes(tmp_path, {"quiz.txt": _FIVE + "Answers\n1-5: BAC\n", "other.txt": "Q: 1 + 1?\nA: 2\n"})
    assert [note_front(n) for n in notes] == ["1 + 1?"]
    assert [s for s in said if "none marked correct" in s]


# --- T32-1: a worksheet's writing lines, and a key paragraph that opens with the next part's label -------------------

_WORKSHEETS = {
    "en.txt": (
        "Part C: True or False\n\n10. _____ Animal cells have chloroplasts.\n11. _____ All living things are made of cells.\n"
        "12. _____ Bacteria cells have a nucleus.\n\nPart D: Short Answer\n\n13. Name two differences between plant and "
        "animal cells.\n__________________________________________________\n\n14. Why do muscle cells have many "
        "mitochondria?\n__________________________________________________\n\nAnswer Key\nPart C: 10. F   11. T   12. F\n"
        "Part D: 13. Plant cells have a cell wall and chloroplasts; animal cells do not.\n"
        "14. Muscle cells need a lot of energy, and mitochondria release energy from food.\n",
        {
            "True or false: Bacteria cells have a nucleus.": "False",  # (the slot to mark on no front: T32-3)
            "Name two differences between plant and animal cells.": "Plant cells have a cell wall and chloroplasts; animal cells do not.",
            "Why do muscle cells have many mitochondria?": "Muscle cells need a lot of energy, and mitochondria release energy from food.",
        },
    ),
    "es.txt": (
        "Parte A: Preguntas cortas\n\n1. ¿Qué orgánulo produce energía?\n..............................\n\n"
        "2. ¿Dónde está el ADN de una célula animal?\n..............................\n\n"
        "Parte B: Definiciones\n\n3. ¿Qué es un tejido?\n..............................\n\n"
        "Solucionario\nParte A: 1. La mitocondria.\n2. En el núcleo.\nParte B: 3. Un grupo de células parecidas que trabajan juntas.\n",
        {
            "¿Qué orgánulo produce energía?": "La mitocondria.",
            "¿Dónde está el ADN de una célula animal?": "En el núcleo.",
            "¿Qué es un tejido?": "Un grupo de células parecidas que trabajan juntas.",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(_WORKSHEETS))
def test_a_worksheets_writing_lines_leave_its_questions_to_the_key(tmp_path: Path, name: str) -> None:
    """T32-1 (severe): a worksheet's writing lines ('______' under a question) were read as its answer ('placeholder
    answer', the key's entry unused), and the key paragraph 'Part D: 13. …' was glued onto entry 12's back. Now writing
    lines are room to write in, and a key line opening with a part's label starts that part's entry."""
    text, expected = _WORKSHEETS[name]
    notes, skipped, _said = built_notes(tmp_path, {name: text})
    cards = {note_front(n): note_back(n) for n in notes}
    for front, back in expected.items():
        assert cards[front] == back, cards
    assert not skipped


def test_a_word_worksheets_key_parts_and_writing_lines(tmp_path: Path) -> None:
    """T32-1: the same worksheet as a Word file (each line a paragraph; Word's writing lines come out escaped, '\\_\\_…')."""
    text, expected = _WORKSHEETS["en.txt"]
    path = tmp_path / "worksheet.docx"
    write_docx(path, [paragraph(line) for line in text.split("\n") if line.strip()])
    notes, skipped, _said = built_notes(tmp_path, {"worksheet.docx": path})
    cards = {note_front(n): note_back(n) for n in notes}
    for front, back in expected.items():
        assert cards[front] == back, cards
    assert not skipped


# --- T32-19, T32-2: matching exercises as tables ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "pairs"),
    [
        (
            "words.md",
            "## Match each word to its definition\n\n| | Word | | Definition |\n|---|---|---|---|\n| 1 | abundant | a | happening every year |\n"
            "| 2 | annual | b | existing in large amounts |\n| 3 | fragile | c | easily broken |\n\n**Answers:** 1-b, 2-a, 3-c\n",
            {"abundant": "existing in large amounts", "annual": "happening every year", "fragile": "easily broken"},
        ),
        (
            "palabras.md",
            "## Relaciona cada palabra con su definición\n\n| | Palabra | | Definición |\n|---|---|---|---|\n| 1 | efímero | a | muy antiguo |\n"
            "| 2 | milenario | b | que dura poco tiempo |\n| 3 | frágil | c | que se rompe con facilidad |\n\n**Soluciones:** 1-b, 2-a, 3-c\n",
            {"efímero": "que dura poco tiempo", "milenario": "muy antiguo", "frágil": "que se rompe con facilidad"},
        ),
        (
            "worksheet.md",
            "## Part A: Matching\n\nMatch each term in Column A with its description in Column B.\n\n|  |  |\n| --- | --- |\n"
            "| Column A | Column B |\n| \\_\\_\\_\\_ 1. Nucleus | a. Makes energy for the cell |\n"
            "| \\_\\_\\_\\_ 2. Mitochondria | b. Controls what enters and leaves the cell |\n"
            "| \\_\\_\\_\\_ 3. Cell membrane | c. Holds the cell's DNA |\n\nAnswer key: 1. c   2. a   3. b\n",
            {"Nucleus": "Holds the cell's DNA", "Mitochondria": "Makes energy for the cell", "Cell membrane": "Controls what enters and leaves the cell"},
        ),
    ],
)
def test_a_matching_table_pairs_each_term_with_its_keyed_definition(tmp_path: Path, name: str, text: str, pairs: dict[str, str]) -> None:
    """T32-19 (severe): '| 1 | abundant | a | happening every year |' (the letter a cell of its own) paired each word with
    the definition printed on its row, the key ignored: every card wrong. T32-2 (high): a Word worksheet's table, its
    header row empty over 'Column A | Column B', each term after a blank to write the letter in: no card. Now each term
    takes the definition its key names."""
    notes, skipped, _said = built_notes(tmp_path, {name: text})
    assert {note_front(n): note_back(n) for n in notes} == pairs
    assert not skipped


# --- T31-13: an exam-dump page copied as text, its label and topic on lines of their own -----------------------------

_DUMP = (
    "Actual exam question from a provider's certification exam\nQuestion #: 101\nTopic #: 1\n[All Solutions Architect Questions]\n"
    "A company needs to store session data with sub-millisecond latency. Which solution meets these requirements?\n"
    "A. Amazon DynamoDB with on-demand capacity\nB. Amazon ElastiCache for Redis\nC. Amazon S3 Standard\n"
    "Show Suggested Answer\nHide Answer\nSuggested Answer: B 🗳️\nCommunity vote distribution\nB (91%)\n9%\n\n"
    "Question #: 102\nTopic #: 1\n[All Solutions Architect Questions]\nWhich AWS services can decouple two microservices? "
    "(Choose two.)\nA. Amazon SQS\nB. Amazon Kinesis Data Streams\nC. AWS Lambda\nShow Suggested Answer\nHide Answer\n"
    "Suggested Answer: AB 🗳️\nCommunity vote distribution\nAB (78%)\nAC (15%)\nOther\n"
)


def test_an_exam_dump_with_label_and_topic_lines_is_keyed(tmp_path: Path) -> None:
    """T31-13 (high): 'Question #: 101' / 'Topic #: 1' / '[All … Questions]' over the question, the page's buttons and
    its vote tally ('Community vote distribution' / 'B (91%)' / '9%'): 'cannot tell this document's layout'. Now a card
    per question keyed by its suggested answer, no furniture on the front or back."""
    notes, skipped, _said = built_notes(tmp_path, {"dump.txt": _DUMP})
    cards = {note_front(n): (n["fields"]["Correct"], n["fields"].get("Explanation", "")) for n in notes}
    assert cards == {
        "A company needs to store session data with sub-millisecond latency. Which solution meets these requirements?": (
            "B) Amazon ElastiCache for Redis", ""
        ),
        "Which AWS services can decouple two microservices? (Choose two.)": ("A) Amazon SQS<br>B) Amazon Kinesis Data Streams", ""),
    }
    assert not skipped


def test_a_qbank_review_with_item_n_of_m_lines_is_keyed(tmp_path: Path) -> None:
    """T31-2 (high): a Qbank review copied as text ('Item 1 of 4        Question Id: 20451' over the vignette, options
    indented '  A. …', 'Correct answer: B', 'Explanation: …') was 'cannot tell this document's layout'. Now a card per
    item keyed by its answer line, the explanation on its back."""
    text = (
        "Pharmacology block (review mode)\n\nItem 1 of 2                          Question Id: 20451\n"
        "A 54-year-old man is given a drug that irreversibly inhibits cyclooxygenase. Which adverse effect is most likely?\n\n"
        "  A. Angioedema\n  B. Gastrointestinal bleeding\n  C. Hyperkalemia\n\nCorrect answer: B\n"
        "Explanation: Aspirin reduces protective prostaglandins in the gastric mucosa.\n\n"
        "Item 2 of 2                          Question Id: 20488\n"
        "A 23-year-old woman develops a rash three days after starting treatment for a UTI. Which drug did she receive?\n\n"
        "  A. Ciprofloxacin\n  B. Nitrofurantoin\n  C. Trimethoprim-sulfamethoxazole\n\nCorrect answer: C\n"
        "Explanation: Sulfonamides commonly cause hypersensitivity rashes.\n"
    )
    notes, skipped, _said = built_notes(tmp_path, {"qbank.txt": text})
    cards = {note_front(n): n["fields"]["Correct"] for n in notes}
    assert cards == {
        "A 54-year-old man is given a drug that irreversibly inhibits cyclooxygenase. Which adverse effect is most likely?": (
            "B) Gastrointestinal bleeding"
        ),
        "A 23-year-old woman develops a rash three days after starting treatment for a UTI. Which drug did she receive?": (
            "C) Trimethoprim-sulfamethoxazole"
        ),
    }
    assert all("Question Id" not in " ".join(n["fields"].values()) for n in notes)
    assert not skipped


def test_a_long_line_of_key_entries_that_is_no_latin_key_is_read_at_once(tmp_path: Path) -> None:
    """T31-44/T32-13: the test for a Latin key at a page's end (under options lettered 'A digestion') looks at every line
    below; a long line of entries that fails only at its end ('… 10 C   11 b') was tried every way its spaces split
    (minutes on one line). Now it is read at once, and the build goes on."""
    entries = "    ".join(f"{n} {'ABCD'[n % 4]}" for n in range(1, 25)) + "    25 b"
    text = "1 Which gas do plants take in?\nA oxygen\nB carbon dioxide\nC nitrogen\n\nAnswers\n" + entries + "\n"
    notes, _skipped, _said = built_notes(tmp_path, {"paper.txt": text, "other.txt": "Q: What is 2 + 2?\nA: 4\n"})
    assert "What is 2 + 2?" in [note_front(n) for n in notes]
