"""Thirty-fifth sitting, readers: severe findings of new-user trial 34 (T34-2 …). The trial's reproducers
(tests/data/trials/trial34/) and fixtures written here, in other languages and layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

TRIAL34 = Path(__file__).parent / "data" / "trials" / "trial34"

# --- T34-2: 'Question 1.' / '**Pregunta 1.**' labelled questions, options right under them, a key at the end --------

_LAW = [
    ("What is the age of full legal capacity in Israel?", "C) eighteen"),
    ("A contract made under duress is:", "B) voidable"),
    ("Who may appeal a magistrate court judgment?", "C) any party"),
]


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        ("en-law-bold-label.md", _LAW),
        ("en-law-bold-label-paren-options.md", _LAW),
        ("en-law-plain-label.md", _LAW),
        ("minimal-two-questions.md", [("What is the capital of France?", "B) Paris"), ("What is the capital of Spain?", "A) Madrid")]),
        ("es-preguntas.md", [("¿En qué año se aprobó la Constitución Española?", "C) 1978"), ("¿Cuántos artículos tiene la Constitución Española?", "B) 169")]),
        (
            "he-mishpat-ezrahi.md",
            [
                ("מהו גיל הכשרות המשפטית המלאה בישראל?", "ג. 18"),
                ("חוזה שנכרת בכפייה הוא:", "ב. ניתן לביטול"),
                ("מי רשאי לערער על פסק דין של בית משפט השלום?", "ג. כל צד להליך"),
            ],
        ),
        ("ko-munje.md", [("세포의 발전소는?", "② 미토콘드리아"), ("광합성이 일어나는 곳은?", "① 엽록체"), ("단백질을 합성하는 곳은?", "③ 리보솜")]),
    ],
)
def test_labelled_questions_with_options_under_them_are_keyed_by_the_page_key(tmp_path: Path, name: str, cards: list[tuple[str, str]]) -> None:
    """T34-2 (severe): '**Question 1.** What is …?' / 'A. sixteen' / … (no blank line) / '## Answers' / '1. C': questions
    whose stem ended in '?' kept their options in the question's words and were 'no answer' (the advice wrong: the key
    answers them); with plain 'Question 1.' labels question 2 was the back of question 1. The lines over the options
    ask, whatever their punctuation; the options are options, keyed by the page's key; the label is off the front."""
    notes, skipped, said = built_notes(tmp_path, {name: TRIAL34 / "t34-2-question-n-markdown" / name})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "no answer" in s or "outside any question" in s or "none marked" in s], said


_DE = (
    "# Erste-Hilfe-Test\n\n"
    "Frage 1: Wie viele Herzdruckmassagen gibt man bei der Wiederbelebung\n"
    "eines Erwachsenen im Wechsel mit zwei Beatmungen?\n"
    "a) 15\nb) 30\nc) 50\n\n"
    "Frage 2: Was ist bei einer Verbrennung zuerst zu tun:\n"
    "a) Brandblasen öffnen\nb) mit Wasser kühlen\nc) Mehl auftragen\n\n"
    "Frage 3: Welche Notrufnummer gilt in ganz Europa?\n"
    "a) 110\nb) 112\nc) 911\n\n"
    "## Lösungen\n1 b, 2 b\n"
)


def test_a_wrapped_labelled_question_is_one_and_an_unkeyed_one_is_said_once(tmp_path: Path) -> None:
    """T34-2 in German with plain 'Frage N:' labels: a question wrapped over two lines is one front, its options
    under it; the page is read as questions (never 'headings = "cards"'); question 3, which the key leaves out, is no
    card whose back lists its options: said at its line, naming the key's line and what to add."""
    notes, skipped, said = built_notes(tmp_path, {"erste-hilfe.md": _DE})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Wie viele Herzdruckmassagen gibt man bei der Wiederbelebung eines Erwachsenen im Wechsel mit zwei Beatmungen?", "B) 30"),
        ("Was ist bei einer Verbrennung zuerst zu tun:", "B) mit Wasser kühlen"),
    ]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(14, "no correct option")]
    lacking = [s for s in said if "no entry for question 3" in s]
    assert len(lacking) == 1 and "erste-hilfe.md:14:" in lacking[0] and "answer key at line 19" in lacking[0], said
    assert "add question 3's letter to the key" in lacking[0]
    assert not [s for s in said if 'headings = "cards"' in s], said


_RU = (
    "# Тест по истории\n\n"
    "**Вопрос 1.** В каком году была основана Москва?\nа) 1147\nб) 1240\nв) 1380\n\n"
    "**Вопрос 2.** Кто написал «Войну и мир»:\nа) Пушкин\nб) Толстой\nв) Чехов\n\n"
    "## Ответы\n1. а\n2. б\n"
)
_PT = (
    "# Simulado de Biologia\n\n"
    "Questão 1. Qual organela produz ATP?\n(A) Ribossomo\n(B) Mitocôndria\n(C) Lisossomo\nResposta: B\n\n"
    "Questão 2. A fotossíntese ocorre no:\n(A) Cloroplasto\n(B) Núcleo\n(C) Vacúolo\nResposta: A\n"
)


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (_RU, [("В каком году была основана Москва?", "а) 1147"), ("Кто написал «Войну и мир»:", "б) Толстой")]),
        (_PT, [("Qual organela produz ATP?", "B) Mitocôndria"), ("A fotossíntese ocorre no:", "A) Cloroplasto")]),
    ],
)
def test_labelled_questions_in_other_scripts_and_with_answer_lines(tmp_path: Path, text: str, cards: list[tuple[str, str]]) -> None:
    """T34-2's shape with Cyrillic option letters and a Russian key; and with an 'Resposta: B' line under each question's
    options (the key in the paragraph itself): each question its own card, keyed right."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert not skipped


def test_a_question_label_over_one_answer_line_stays_a_pair(tmp_path: Path) -> None:
    """T34-2's guard: 'Q. 1. What is …?' / 'A. Man's chief end …' (a catechism) is a question and its answer, never
    an option 'A.' of a question with one option."""
    text = (
        "# Shorter catechism\n\n"
        "Q. 1. What is the chief end of man?\nA. Man's chief end is to glorify God, and to enjoy him for ever.\n\n"
        "Q. 2. What rule hath God given to direct us?\nA. The word of God is the only rule to direct us.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"catechism.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the chief end of man?", "Man's chief end is to glorify God, and to enjoy him for ever."),
        ("What rule hath God given to direct us?", "The word of God is the only rule to direct us."),
    ], said
    assert not skipped


# --- T31-29: 'Consider the following statements: I. … II. … III. …' keeps its statements a line each ------------------

_UPSC = (
    "UPSC Prelims Practice – Polity (Set 7)\n\n"
    "1. Consider the following statements about the Rajya Sabha:\n"
    "I. It is a permanent body and is not subject to dissolution.\n"
    "II. One-third of its members retire every second year.\n"
    "III. The Vice-President is its ex-officio Chairman.\n"
    "Which of the statements given above is/are correct?\n"
    "(a) I and II only\n(b) II and III only\n(c) I and III only\n(d) I, II and III\nAnswer: (d)\n"
)
_ES_STATEMENTS = (
    "Examen de Biología – Tema 2\n\n"
    "1. Considere las siguientes afirmaciones sobre la mitocondria:\n"
    "I. Posee su propio ADN.\nII. Realiza la fotosíntesis.\nIII. Está rodeada por una doble membrana.\n"
    "¿Cuáles de las afirmaciones anteriores son correctas?\n"
    "A) Solo I\nB) Solo I y III\nC) Solo II y III\nD) I, II y III\n\n"
    "2. ¿Qué orgánulo sintetiza proteínas?\nA) Ribosoma\nB) Lisosoma\nC) Vacuola\nD) Centríolo\n\n"
    "Respuestas: 1-B, 2-A\n"
)


@pytest.mark.parametrize(
    ("text", "front", "correct"),
    [
        (
            _UPSC,
            "Consider the following statements about the Rajya Sabha:<br>I. It is a permanent body and is not subject to"
            " dissolution.<br>II. One-third of its members retire every second year.<br>III. The Vice-President is its"
            " ex-officio Chairman.<br>Which of the statements given above is/are correct?",
            "D) I, II and III",
        ),
        (
            _ES_STATEMENTS,
            "Considere las siguientes afirmaciones sobre la mitocondria:<br>I. Posee su propio ADN.<br>II. Realiza la"
            " fotosíntesis.<br>III. Está rodeada por una doble membrana.<br>¿Cuáles de las afirmaciones anteriores son correctas?",
            "B) Solo I y III",
        ),
    ],
)
def test_statements_labelled_in_roman_numerals_keep_a_line_each(tmp_path: Path, text: str, front: str, correct: str) -> None:
    """T31-29 (low): a UPSC / NEET item's statements 'I. …' / 'II. …' / 'III. …' between its lead-in and the line that
    asks were one run-on paragraph on the front, the options naming them by number. Each statement is a line of its
    own on the front, the lead-in and the asking line on theirs; the options and the key as before."""
    notes, skipped, said = built_notes(tmp_path, {"set.txt": text})
    assert notes[0]["fields"]["Question"] == front, said
    assert note_back(notes[0]) == correct
    assert not skipped


def test_one_roman_line_or_numerals_out_of_order_stay_one_paragraph(tmp_path: Path) -> None:
    """T31-29's guard: one statement labelled 'I.', or numerals that do not count from I, make no list: one paragraph
    as before."""
    text = (
        "Physics quiz\n\n"
        "1. Consider the statement:\nI. Water boils at 100 °C at sea level.\nIs it correct?\n"
        "(a) Yes\n(b) No\nAnswer: (a)\n\n"
        "2. Consider the statements:\nII. Sound travels in a vacuum.\nIII. Light travels in a vacuum.\nWhich is correct?\n"
        "(a) II only\n(b) III only\n(c) Both\nAnswer: (b)\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert [n["fields"]["Question"] for n in notes] == [
        "Consider the statement: I. Water boils at 100 °C at sea level. Is it correct?",
        "Consider the statements: II. Sound travels in a vacuum. III. Light travels in a vacuum. Which is correct?",
    ], said


# --- an Aiken-style quiz's title line is no unread question ----------------------------------------------------------

_AIKEN = "1. Does sound travel in a vacuum?\nA) Yes\nB) No\nAnswer: B\n\n2. Is ice less dense than water?\nA) Yes\nB) No\nAnswer: A\n"


@pytest.mark.parametrize("title", ["Physics quiz", "Cuestionario de física – Tema 3", "Тест по физике"])
def test_a_quiz_title_over_aiken_questions_is_said_nowhere(tmp_path: Path, title: str) -> None:
    """Found in sitting 35: 'Physics quiz' / blank line / numbered questions with 'A) …' options and 'Answer: B' (read
    as Aiken) said "line 1 ('Physics quiz') are in no Aiken question: not in any card". A few words standing apart at
    the top that end no sentence and ask nothing are the quiz's title: both cards, no such warning."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": f"{title}\n\n{_AIKEN}"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Does sound travel in a vacuum?", "B) No"),
        ("Is ice less dense than water?", "A) Yes"),
    ], said
    assert not skipped and not [s for s in said if "Aiken" in s], said


def test_a_line_that_asks_over_aiken_questions_is_still_said(tmp_path: Path) -> None:
    """The title's guard: a first line that asks ('Name the largest planet', its options lost) is said at its line,
    in the singular, never taken for a title."""
    _notes, _skipped, said = built_notes(tmp_path, {"quiz.txt": f"Name the largest planet\n\n{_AIKEN}"})
    assert [s for s in said if "in no Aiken question" in s] == [
        "sources/quiz.txt:1: warning: line 1 ('Name the largest planet') is in no Aiken question: not in any card (if they"
        " are a question, end its options with a line 'ANSWER: B' naming the right option's letter)"
    ], said


# --- T35-9, T35-16: options hard-wrapped onto further lines (copied out of a PDF, or a hanging indent) ----------------

TRIAL35 = Path(__file__).parent / "data" / "trials" / "trial35"
WRAPPED = Path(__file__).parent / "data" / "sitting35" / "wrapped-options"
_ENZYMES = "Which statement about enzymes is correct?"
_DIFFUSION = "Which of the following best describes diffusion?"


@pytest.mark.parametrize(
    ("path", "cards"),
    [
        (TRIAL35 / "t35-9-wrapped-options" / "wrapped-options.txt", [
            (_ENZYMES, "B) They lower the activation energy of the reaction they catalyse."),
            (_DIFFUSION, "B) The movement of particles from a region of higher concentration to a region of lower concentration."),
        ]),
        (TRIAL35 / "t35-9-wrapped-options" / "wrapped-options-long-lines.txt", [
            (_ENZYMES, "B) They lower the activation energy of the reaction that they catalyse, so the reaction goes faster at body temperature."),
            (_DIFFUSION, "B) The net movement of particles from a region of higher concentration to a region of lower concentration."),
        ]),
        (TRIAL35 / "t35-9-wrapped-options" / "wrapped-options-long-lines-indented.txt", [
            (_ENZYMES, "B) They lower the activation energy of the reaction that they catalyse, so the reaction goes faster at body temperature."),
            (_DIFFUSION, "B) The net movement of particles from a region of higher concentration to a region of lower concentration."),
        ]),
        (TRIAL35 / "t35-9-wrapped-options" / "wrapped-options-with-gap.txt", [
            (_ENZYMES, "B) They lower the activation energy of the reaction they catalyse."),
            (_DIFFUSION, "B) The movement of particles from a region of higher concentration to a region of lower concentration."),
            ("The powerhouse of the cell is the ________.", "mitochondrion"),
        ]),
        (TRIAL35 / "t35-16-wrapped-options-hanging-indent" / "wrapped-options-hanging-indent.txt", [
            (_ENZYMES, "B) They lower the activation energy of the reaction they catalyse."),
            (_DIFFUSION, "B) The movement of particles from a region of higher concentration to a region of lower concentration."),
        ]),
        (WRAPPED / "es-opciones-partidas.txt", [
            ("¿Qué afirmación sobre las enzimas es correcta?", "B) Disminuyen la energía de activación de la reacción que catalizan."),
            ("¿Qué describe mejor la difusión?", "B) El paso de partículas de una zona de mayor concentración a una de menor concentración."),
        ]),
        (WRAPPED / "de-haengender-einzug.txt", [
            ("Welche Aussage über Enzyme ist richtig?", "B) Sie senken die Aktivierungsenergie der Reaktion, die sie katalysieren."),
            ("Was beschreibt die Diffusion am besten?", "B) Die Bewegung von Teilchen aus einem Bereich hoher Konzentration in einen Bereich niedriger Konzentration."),
        ]),
        (WRAPPED / "de-ohne-einzug.txt", [
            ("Welche Aussage über Enzyme ist richtig?", "B) Sie senken die Aktivierungsenergie der Reaktion, die sie katalysieren."),
            ("Was beschreibt die Diffusion am besten?", "D) Die aktive Aufnahme von Ionen unter Verbrauch von Energie aus der Zellatmung."),
        ]),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else "",
)
def test_options_wrapped_onto_further_lines_are_options_keyed_by_the_key(tmp_path: Path, path: Path, cards: list[tuple[str, str]]) -> None:
    """T35-9 / T35-16 (severe): 'A. They are used up in the reaction and must be' / 'replaced constantly by the cell.'
    (a PDF's line ends, no indent or a hanging one; English, Spanish, German with its capitalised nouns): each further
    line goes on its option, joined with a space; the options are options, keyed by the key line (never a Basic card
    listing them all, never a glossary of half options); no warning but the layout's note."""
    notes, skipped, said = built_notes(tmp_path, {path.name: path})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" not in s] == [], said
    assert all("read as layout 'numbered'" in s for s in said), said
    first = notes[0]["fields"]["Options"]
    assert first.count("<li") == 4, first


def test_the_wrapped_option_text_is_whole_and_a_remark_under_a_short_option_stays_a_remark(tmp_path: Path) -> None:
    """The first option's two lines are one option (the key's A reads the whole sentence); under 'B. 11' a line in
    upper case after the last option is the explanation, never glued onto the option."""
    notes, _, _ = built_notes(tmp_path, {"w.txt": TRIAL35 / "t35-9-wrapped-options" / "wrapped-options.txt"})
    assert "They are used up in the reaction and must be replaced constantly by the cell.</li>" in notes[0]["fields"]["Options"]
    notes, skipped, _ = built_notes(tmp_path / "r", {"r.txt": WRAPPED / "en-short-option-remark.txt"})
    assert not skipped
    assert [(note_front(n), note_back(n)) for n in notes] == [("Which of these numbers is prime?", "B) 11"), ("What is 7 times 8?", "B) 56")]
    assert "Because eleven has no divisor" in notes[0]["fields"]["Explanation"]
    assert notes[0]["fields"]["Options"].endswith("11</li></ol>")


def test_a_key_letter_for_a_question_read_with_no_options_is_said(tmp_path: Path) -> None:
    """T35-9: the key gives question 1 'B' but no options were read under it (its text is the back): said at the
    question's line, naming the key's line and what to write; the keyed question 2 is a right card."""
    notes, _, said = built_notes(tmp_path, {"k.txt": WRAPPED / "en-key-for-no-options.txt"})
    assert [(note_front(n), note_back(n)) for n in notes][1] == ("Which gas do plants take in?", "B) Carbon dioxide")
    told = [s for s in said if "read no options under it" in s]
    assert len(told) == 1 and "k.txt:3:" in told[0] and "answer key (line 11)" in told[0] and "question 1 the option B" in told[0], said
    assert "write each option on a line of its own" in told[0]


def test_a_wrapped_option_in_a_markdown_page_is_one_option(tmp_path: Path) -> None:
    """T35-9 in Markdown: a heading over a question, its options plain lines (no bullets) with option A hard-wrapped
    onto a second line, 'Answer: B' under them: the options are options (the front was the question and every option,
    the back a bare 'B'); bullets with indented further lines are too."""
    notes, skipped, said = built_notes(tmp_path, {"review.md": WRAPPED / "en-review-headings.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which statement about enzymes is correct?", "B) They lower the activation energy of the reaction they catalyse."),
        ("Which of the following best describes diffusion?", "B) The movement of particles from a region of higher concentration to a region of lower concentration."),
    ], said
    # (sitting 48: the plain questions under their topic headings are questions, each heading its section; the front
    # was 'Enzymes Which statement …', the heading glued before the question)
    assert [n["sections"] for n in notes] == [["review::Enzymes"], ["review::Diffusion"]]
    assert not skipped
    assert "must be replaced constantly by the cell.</li>" in notes[0]["fields"]["Options"]


def test_wrapped_options_lettered_in_cyrillic_are_options(tmp_path: Path) -> None:
    """T35-9 in Russian: 'а) Они расходуются в реакции и должны' / 'постоянно восполняться клеткой.' / 'б) …': the run
    of Cyrillic letters goes on over the wrapped line (it broke there: a Basic card listing every option), each
    option whole, keyed by 'Ответы: 1-б, 2-б' and shown with its own letter."""
    notes, skipped, said = built_notes(tmp_path, {"ru.txt": WRAPPED / "ru-varianty.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Какое утверждение о ферментах верно?", "б) Они снижают энергию активации реакции, которую катализируют."),
        ("Что лучше всего описывает диффузию?", "б) Движение частиц из области высокой концентрации в область низкой."),
    ], said
    assert not skipped
    assert "должны постоянно восполняться клеткой.</li>" in notes[0]["fields"]["Options"]
