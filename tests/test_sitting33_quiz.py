"""Thirty-third sitting, quizzes (open findings of trials 31 and 32): instruction lines over a question's options in
any language, ... Fixtures written here in the shapes the findings showed (no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.answerkey import _key_file_base
from compiler.sources.choices import repeated_instructions
from compiler.sources.lines import MARK_COUNT

# --- T32-50 part 2: an instruction line between the stem and its options, in any language -----------------------------

_TOLD = {
    # (file, text, {front: correct option})
    "pt-table": (
        "prova.txt",
        "1. Qual é o maior oceano da Terra?\nMarque uma alternativa.\nA) Atlântico\nB) Índico\nC) Pacífico\nD) Ártico\n\n"
        "2. Quem escreveu Dom Casmurro?\nMarque uma alternativa.\nA) Machado de Assis\nB) José de Alencar\n"
        "C) Jorge Amado\nD) Clarice Lispector\n\nGabarito: 1 – C; 2 – A\n",
        {
            "Qual é o maior oceano da Terra? (Marque uma alternativa)": "C) Pacífico",
            "Quem escreveu Dom Casmurro? (Marque uma alternativa)": "A) Machado de Assis",
        },
    ),
    "es-table": (  # two wordings the table knows, each once
        "examen.txt",
        "1. ¿Cuál es el río más largo de España?\nSeñale la respuesta correcta.\na) Ebro\nb) Tajo\nc) Duero\n\n"
        "2. ¿Cuáles son gases nobles?\nElija dos respuestas.\na) Helio\nb) Oxígeno\nc) Neón\n\nRespuestas: 1-b, 2-a, c\n",
        {
            "¿Cuál es el río más largo de España? (Señale la respuesta correcta)": "B) Tajo",
            "¿Cuáles son gases nobles? (Elija dos respuestas)": "A) Helio C) Neón",
        },
    ),
    "it-numbered-options": (  # options numbered 1)–4), keyed by number, under 'Indica la risposta esatta.' (shown so, sitting 37)
        "verifica.txt",
        "Verifica di scienze\n\n1. Quale pianeta è il più vicino al Sole?\nIndica la risposta esatta.\n1) Venere\n"
        "2) Mercurio\n3) Marte\n4) Terra\n\n2. Quante zampe ha un insetto?\nIndica la risposta esatta.\n1) Quattro\n"
        "2) Otto\n3) Sei\n4) Dieci\n\nSoluzioni: 1-2, 2-3\n",
        {
            "Quale pianeta è il più vicino al Sole? (Indica la risposta esatta)": "2) Mercurio",
            "Quante zampe ha un insetto? (Indica la risposta esatta)": "3) Sei",
        },
    ),
    "sv-repeated": (  # a wording no table knows ('Kryssa i rätt svar.'): standing under every question, it is the test's
        "prov.txt",
        "Prov i geografi\n\n1. Vilken är Sveriges längsta älv?\nKryssa i rätt svar.\nA) Dalälven\nB) Klarälven\n"
        "C) Torne älv\n\n2. Vilken stad ligger vid Göta älv?\nKryssa i rätt svar.\nA) Malmö\nB) Göteborg\nC) Umeå\n\n"
        "Facit: 1 B, 2 B\n",
        {
            "Vilken är Sveriges längsta älv? (Kryssa i rätt svar)": "B) Klarälven",
            "Vilken stad ligger vid Göta älv? (Kryssa i rätt svar)": "B) Göteborg",
        },
    ),
    "nl-md-paragraph": (  # Markdown, the instruction and the options one paragraph under a bold question
        "toets.md",
        "# Toets biologie\n\n**1. Welk orgaan zuivert het bloed?**\nKruis het juiste antwoord aan.\na) Hart\nb) Nieren\n"
        "c) Longen\n\n**2. Waar vindt de fotosynthese plaats?**\nKruis het juiste antwoord aan.\na) Bladgroenkorrels\n"
        "b) Celkern\nc) Mitochondriën\n\n## Antwoorden\n1. b\n2. a\n",
        {
            "Welk orgaan zuivert het bloed? (Kruis het juiste antwoord aan)": "B) Nieren",
            "Waar vindt de fotosynthese plaats? (Kruis het juiste antwoord aan)": "A) Bladgroenkorrels",
        },
    ),
    "tr-md-repeated": (  # Markdown, a wording no table knows, under both questions
        "test.md",
        "# Tarih testi\n\n**1. İstanbul hangi yıl fethedildi?**\nDoğru seçeneği işaretleyiniz.\na) 1071\nb) 1453\nc) 1923\n\n"
        "**2. Türkiye Cumhuriyeti hangi yıl kuruldu?**\nDoğru seçeneği işaretleyiniz.\na) 1919\nb) 1920\nc) 1923\n\n"
        "## Cevap anahtarı\n1. b\n2. c\n",
        {
            "İstanbul hangi yıl fethedildi? (Doğru seçeneği işaretleyiniz)": "B) 1453",
            "Türkiye Cumhuriyeti hangi yıl kuruldu? (Doğru seçeneği işaretleyiniz)": "C) 1923",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(_TOLD))
def test_an_instruction_line_over_the_options_goes_on_the_front(tmp_path: Path, name: str) -> None:
    """T32-50 (severe), its second part: 'Marque uma alternativa.' (or any test's own wording, repeated under its
    questions) between the question and its options made Basic cards listing every option, the key glued to the last
    back. Now multiple-choice cards keyed by the end key, the instruction in brackets on the front."""
    file, text, expected = _TOLD[name]
    notes, skipped, said = built_notes(tmp_path, {file: text})
    right = {note_front(n): note_back(n) for n in notes}
    assert right == expected, right
    assert all(n["kind"] == "multiple_choice" for n in notes)
    assert not skipped
    assert not [s for s in said if file in s and "not listed in deck.toml" not in s], said


@pytest.mark.parametrize(
    "line",
    [
        "Tick (✓) one box.", "Circle the correct answer.", "Choose the best answer.", "Marque uma alternativa.",
        "Assinale a alternativa correta.", "Seleccione una respuesta.", "Cochez la bonne réponse.",
        "Choisissez l'option correcte.", "Kreuze die richtige Antwort an.", "Scegli la risposta corretta.",
        "Kies het juiste antwoord.", "Zaznacz poprawną odpowiedź.", "Выберите правильный ответ.", "Mark three answers",
    ],
)
def test_instruction_wordings_are_known(line: str) -> None:
    """The shared table (lines.MARK_COUNT) knows the common wordings of 'mark one answer' in the languages tests come in."""
    assert MARK_COUNT.match(line)


@pytest.mark.parametrize("line", ["Choose wisely", "The answer is B.", "Select the cell and press Enter.", "Marque a data."])
def test_sentences_are_no_instruction(line: str) -> None:
    assert not MARK_COUNT.match(line)


def test_a_repeated_label_or_marks_line_is_no_instruction() -> None:
    """Only a short line that asks for nothing and names no label or marks repeats as an instruction: 'Answer' over a
    lettered list is the answer's label, '(2 marks)' the marks, a line under one question only is not the test's."""
    def two(line: str) -> list[str]:
        return ["1. Why?", line, "a) x", "b) y", "", "2. How?", line, "a) z", "b) w"]

    assert repeated_instructions(two("Answer")) == frozenset()
    assert repeated_instructions(two("(2 marks)")) == frozenset()
    assert repeated_instructions(two("Zaznacz jedną.")) == frozenset({"Zaznacz jedną."})
    assert repeated_instructions(two("Zaznacz jedną.")[:5]) == frozenset()


# --- T31-34: an exam with its key in a file of its own, named in the exam's language ----------------------------------

_EXAM_ES = (
    "EXAMEN DE QUÍMICA – 1º BACHILLERATO\n\n1. ¿Cuál es el símbolo del potasio?\na) P\nb) K\nc) Po\n\n"
    "2. ¿Qué partícula tiene carga negativa?\na) Protón\nb) Neutrón\nc) Electrón\n"
)
_KEY_ES = "SOLUCIONES – EXAMEN DE QUÍMICA\n\n1. b\n2. c\n"


@pytest.mark.parametrize(
    ("exam", "key"),
    [
        ("examen-quimica.txt", "examen-quimica-soluciones.txt"),
        ("examen-quimica.txt", "examen_quimica_respuestas.txt"),
        ("examen-quimica.txt", "examen-quimica-clave-de-respuestas.txt"),
        ("test3.txt", "test3-loesungen.txt"),  # German, the umlaut typed 'oe'
        ("test3.txt", "test3-lösungen.txt"),
        ("qcm.txt", "qcm-corrigé.txt"),
        ("prova.txt", "prova_gabarito.txt"),
        ("de-thi.txt", "de-thi-dap-an.txt"),  # Vietnamese 'đáp án' typed without its marks
        ("examen-quimica.txt", "hoja-2.txt"),  # named like nothing: its title says what it is, its entries number the exam's
    ],
)
def test_a_key_file_in_the_exams_language_keys_it(tmp_path: Path, exam: str, key: str) -> None:
    """T31-34 (high): 'examen-biologia.txt' beside 'examen-biologia-soluciones.txt' (title 'SOLUCIONES – …'): not
    paired, no card, and the printed fix (choices = false) would teach the option lists. Now the key file is that exam's
    key (a key heading's words in any language deckc reads keys in end its name, or its title names the key), said once,
    and the cards are keyed."""
    notes, skipped, said = built_notes(tmp_path, {exam: _EXAM_ES, key: _KEY_ES})
    right = {note_front(n): note_back(n) for n in notes if not n["id"].startswith("example")}
    assert right == {"¿Cuál es el símbolo del potasio?": "B) K", "¿Qué partícula tiene carga negativa?": "C) Electrón"}, right
    assert not skipped
    mine = [s for s in said if "not listed in deck.toml" not in s]
    assert len(mine) == 1 and f"sources/{key}: warning: read as the answer key of sources/{exam}" in mine[0], said
    assert f'key_file = "sources/{key}"' in mine[0]


@pytest.mark.parametrize("name", ["ssh-key.txt", "examen-clave.txt", "examen-explanations.txt", "examen-plantilla.txt"])
def test_a_file_named_by_a_bare_key_word_is_no_key_file(name: str) -> None:
    """A name ending in a word that names no key alone ('key' after no test's name, 'clave', 'plantilla' = template,
    'explanations') pairs with nothing by its name: its text is read as its own."""
    assert _key_file_base(Path(name).stem) is None


# --- T32-31: Assertion–Reason options keep their own labels where the question names statements by capitals ---------

_REASONED = {
    "en.txt": (
        "1. Assertion (A): Leaves are green because of chlorophyll.\nReason (R): Chlorophyll absorbs green light.\n"
        "(a) Both A and R are true and R is the correct explanation of A.\n(b) Both A and R are true but R is not the "
        "correct explanation of A.\n(c) A is true but R is false.\n(d) A is false but R is true.\nAns: (c)\n\n"
        "2. Which gas do plants give off?\n(a) Oxygen\n(b) Argon\n(c) Helium\nAns: (a)\n"
    ),
    "es.md": (
        "# Afirmación y razón\n\n**1.** Afirmación (A): El hielo flota en el agua.\nRazón (R): El hielo es menos denso "
        "que el agua.\n\na) A y R son verdaderas y R explica A.\nb) A y R son verdaderas pero R no explica A.\n"
        "c) A es verdadera y R es falsa.\nd) A es falsa y R es verdadera.\n\n**Respuesta:** a\n\n"
        "**2.** ¿Qué gas desprenden las plantas?\n\na) Oxígeno\nb) Argón\nc) Helio\n\n**Respuesta:** a\n"
    ),
}


@pytest.mark.parametrize("name", sorted(_REASONED))
def test_assertion_reason_options_keep_their_written_labels(tmp_path: Path, name: str) -> None:
    """T32-31 (low): options '(a)'–'(d)' under 'Assertion (A)' / 'Reason (R)' were shown 'A)'–'D)': 'A) Both A and R
    are true …' mixes the option's letter with the statement's. Now the card shows the page's labels there (options and
    the right one); a question naming no statement keeps 'A)'."""
    notes, _skipped, _said = built_notes(tmp_path, {name: _REASONED[name]})
    by_front = {note_front(n): n for n in notes if not n["id"].startswith("example")}
    reasoned = next(n for front, n in by_front.items() if "(A)" in front)
    options = plain_text(reasoned["fields"]["Options"])
    if name == "en.txt":
        assert "(a) Both A and R are true and R is the correct explanation of A." in options, options
        assert note_back(reasoned) == "(c) A is true but R is false."
        assert note_back(by_front["Which gas do plants give off?"]) == "A) Oxygen"
    else:
        assert "a) A y R son verdaderas y R explica A." in options, options
        assert note_back(reasoned) == "a) A y R son verdaderas y R explica A."
        assert note_back(by_front["¿Qué gas desprenden las plantas?"]) == "A) Oxígeno"
    assert "A) Both" not in options and "A) A y R" not in options


# --- T32-34: an explanation's label in italics is layout, as in bold ---------------------------------------------------


@pytest.mark.parametrize(
    ("label", "said"),
    [("*Explanation:*", "Explanation"), ("_Explicación:_", "Explicación"), ("***Erklärung:***", "Erklärung"), ("*Rationale*:", "Rationale")],
)
def test_an_italic_explanation_label_is_left_off_the_back(tmp_path: Path, label: str, said: str) -> None:
    """T32-34 (low): '*Explanation:* Battery is …' kept its label ('Explanation: Explanation: …' as the card shows the
    field under its own heading); '**Explanation:**' lost it. Now any emphasis of the label is left off."""
    text = (
        "# Bank\n\n**Question 1.** Which planet is largest?\n\n(A) Mars\n(B) Jupiter\n(C) Venus\n\n**Answer: (B)**\n\n"
        f"{label} Jupiter is the largest planet.\n\n**Question 2.** Which planet is red?\n\n(A) Mars\n(B) Jupiter\n"
        f"(C) Venus\n\n**Answer: (A)**\n\n{label} Iron oxide colours it.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"bank.md": text})
    why = sorted(plain_text(n["fields"]["Explanation"]) for n in notes if not n["id"].startswith("example"))
    assert why == ["Iron oxide colours it.", "Jupiter is the largest planet."], why
    assert not any(said in w for w in why)


# --- T31-7: a French multi-answer QCM: how many to pick in French, its space before '?' kept -------------------------

_QCM = (
    "# QCM de biologie\n\n### Question 1\nConcernant l'ADN, quelle(s) proposition(s) est/sont exacte(s) ?\n\n"
    "A. Il est formé de deux brins\nB. Il contient de l'uracile\nC. Il se trouve dans le noyau\n\n"
    "Réponses exactes : A, C\n\n### Question 2\nLa mitose est-elle une division cellulaire ?\n\nA. Oui\nB. Non\n\n"
    "Réponse exacte : A\n"
)


def test_a_french_qcm_says_how_many_to_pick_in_french_and_keeps_its_spacing(tmp_path: Path) -> None:
    """T31-7 (low): an all-French QCM's card said '(choose 2)' in English, and 'Concernant l'ADN, … exacte(s) ?' lost
    its space before '?' (a question opening with no interrogative word was not told French). Now '(2 réponses à
    cocher)' and the French spacing; an English question keeps '(choose 2)' (tests elsewhere)."""
    notes, _skipped, _said = built_notes(tmp_path, {"qcm.md": _QCM})
    mine = [n for n in notes if not n["id"].startswith("example")]
    fronts = sorted(note_front(n) for n in mine)
    assert fronts == ["Concernant l'ADN, quelle(s) proposition(s) est/sont exacte(s) ?", "La mitose est-elle une division cellulaire ?"]
    several = next(n for n in mine if "ADN" in note_front(n))
    assert plain_text(several["fields"]["Options"]).endswith("(2 réponses à cocher)"), several["fields"]["Options"]
    assert "choose" not in " ".join(plain_text(n["fields"]["Options"]) for n in mine)


# --- T33-7: a problem set's 'Problem N.' / 'Solution.' lines with equations are no word list split on '=' -------------

_PROBLEMS = {
    "en.txt": (
        "Problem Set 2\n\nProblem 1. Solve 3x - 6 = 0.\nSolution. 3x = 6, so x = 2.\n\n"
        "Problem 2. Solve x + 4 = 9.\nSolution. Subtract 4: x = 5.\n\nProblem 3. Find y if y / 2 = 8.\nSolution. y = 16.\n",
        {"Solve 3x - 6 = 0.": "3x = 6, so x = 2.", "Solve x + 4 = 9.": "Subtract 4: x = 5.", "Find y if y / 2 = 8.": "y = 16."},
    ),
    "ru.txt": (
        "Задачи\n\nЗадача 1. Решите уравнение 2x + 3 = 7.\nРешение. 2x = 4, значит x = 2.\n\n"
        "Задача 2. Найдите x, если 5x - 10 = 0.\nРешение. 5x = 10, значит x = 2.\n\n"
        "Задача 3. Решите уравнение x / 3 = 4.\nРешение. x = 12.\n",
        {
            "Решите уравнение 2x + 3 = 7.": "2x = 4, значит x = 2.",
            "Найдите x, если 5x - 10 = 0.": "5x = 10, значит x = 2.",
            "Решите уравнение x / 3 = 4.": "x = 12.",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(_PROBLEMS))
def test_problems_and_solutions_with_equations_are_cards(tmp_path: Path, name: str) -> None:
    """T33-7 (severe): 'Problem 1. Solve x^2 - 5x + 6 = 0.' / 'Solution. Factor: … = 0, so …' was read as a word list
    split on '=' ('Problem 1. Solve x^2 - 5x + 6' -> '0.'). Lines opening with two labels that repeat are problems and
    solutions: a card per problem, its solution the back."""
    text, expected = _PROBLEMS[name]
    notes, skipped, _said = built_notes(tmp_path, {name: text})
    right = {note_front(n): note_back(n) for n in notes if not n["id"].startswith("example")}
    assert right == expected, right
    assert not skipped
