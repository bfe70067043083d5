"""Twenty-fifth sitting, formats: LMS review pages copied as text or printed to PDF (T24-6 rest), Anki cloze hints
(T24-33), a quizdown fence inside a page, an unknown difficulty word in a question bank."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import genanki
from ankiutil import import_apkg, open_collection
from conftest import built_notes, deck_of, note_back, note_front, plain_text, typeset_pdf

from compiler.build import build

# Canvas' quiz results page selected in the browser and pasted into a file (as /work/coord/repro-trial25/lead-given/
# t24-6-canvas holds it): the page's furniture, then per question its label, points, stem, and options with the
# label lines 'Correct!' / 'You Answered' / 'Correct Answer' each alone over the option it marks.
CANVAS_EN = """Unit 3 Quiz: Cell Biology
Due Dec 1 at 11:59pm Points 10 Questions 7 Available Nov 20 at 12am - Dec 1 at 11:59pm 12 days Time Limit 30 Minutes Allowed Attempts 2
Instructions
Answer every question. You have 30 minutes.

Attempt History
\tAttempt\tTime\tScore
LATEST\tAttempt 1\t12 minutes\t8 out of 10
Score for this quiz: 8 out of 10
Submitted Dec 1 at 10:02am
This attempt took 12 minutes.

Question 1
1 / 1 pts
Which organelle is the main site of ATP synthesis in a eukaryotic cell?

Correct!
\t
Mitochondrion
\t
Ribosome
\t
Golgi apparatus
\t
Lysosome

Question 2
0 / 1 pts
Where is most of a eukaryotic cell's DNA found?

You Answered
\t
Ribosome
\t
Cytoplasm
Correct Answer
\t
Nucleus
\t
Cell membrane

Question 3
2 / 2 pts
Which of the following are found in plant cells but not in animal cells? (Select all that apply.)

Correct!
\t
Cell wall
\t
Centrioles
Correct!
\t
Chloroplasts
\t
Lysosomes

Question 4
1 / 2 pts
Which of these molecules are nucleic acids?

Correct!
\t
DNA
\t
Glucose
Correct Answer
\t
RNA
You Answered
\t
Cellulose

Question 5
0 / 1 pts
The process by which a cell engulfs a large particle is called ________.

You Answered
\t
exocytosis
Correct Answer
\t
phagocytosis
Correct Answer
\t
endocytosis

Question 6
1 / 1 pts
The semi-permeable barrier around every cell is the cell ________.

Correct!
\t
membrane
Correct Answer
\t
membrane

Question 7
1 / 1 pts
Ribosomes are the site of protein synthesis.

Correct!
\t
True
\t
False

Quiz Score: 8 out of 10
"""

CANVAS_ES = """Examen Unidad 3: Biología celular
Fecha de entrega 1 de dic en 23:59 Puntos 10 Preguntas 5 Disponible 20 de nov en 0:00 - 1 de dic en 23:59 Límite de tiempo 30 minutos Intentos permitidos 2
Instrucciones
Responde todas las preguntas.

Historial de intentos
\tIntento\tHora\tPuntaje
ÚLTIMO\tIntento 1\t12 minutos\t8 de 10
Puntaje para este examen: 8 de 10
Entregado 1 de dic en 10:02
Este intento tuvo una duración de 12 minutos.

Pregunta 1
1 / 1 ptos.
¿Qué orgánulo es el principal sitio de síntesis de ATP?

¡Correcto!
\t
Mitocondria
\t
Ribosoma
\t
Aparato de Golgi
\t
Lisosoma

Pregunta 2
0 / 1 ptos.
¿Dónde se encuentra la mayor parte del ADN de una célula eucariota?

Respondiste
\t
Ribosoma
\t
Citoplasma
Respuesta correcta
\t
Núcleo
\t
Membrana celular

Pregunta 3
1 / 2 ptos.
¿Cuáles de estas moléculas son ácidos nucleicos?

¡Correcto!
\t
ADN
\t
Glucosa
Respuesta correcta
\t
ARN
Respondiste
\t
Celulosa

Pregunta 4
0 / 1 ptos.
El proceso por el cual una célula engulle una partícula grande se llama ________.

Respondiste
\t
exocitosis
Respuesta correcta
\t
fagocitosis

Pregunta 5
1 / 1 ptos.
Los ribosomas son el sitio de la síntesis de proteínas.

¡Correcto!
\t
Verdadero
\t
Falso

Puntaje del examen: 8 de 10
"""


def _shown(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(front, options, back) of each note as a learner reads them."""

    return [(note_front(n), plain_text(n["fields"].get("Options", "")), note_back(n)) for n in notes]


def test_a_canvas_results_page_copied_as_text_is_a_card_per_question_keyed_by_the_right_option(
    tmp_path: Path,
) -> None:
    """T24-6 rest (severe): Canvas' results page copied as text gave cards fronted by the points line, the label words
    ('Correct!', 'You Answered') in the options and the student's wrong choice keyed."""
    notes, _, said = built_notes(tmp_path, {"canvas-results-en.txt": CANVAS_EN})
    assert _shown(notes) == [
        (
            "Which organelle is the main site of ATP synthesis in a eukaryotic cell?",
            "A) Mitochondrion B) Ribosome C) Golgi apparatus D) Lysosome",
            "A) Mitochondrion",
        ),
        (
            "Where is most of a eukaryotic cell's DNA found?",
            "A) Ribosome B) Cytoplasm C) Nucleus D) Cell membrane",
            "C) Nucleus",
        ),
        (
            "Which of the following are found in plant cells but not in animal cells? (Select all that apply.)",
            "A) Cell wall B) Centrioles C) Chloroplasts D) Lysosomes",  # (the stem says how many)
            "A) Cell wall C) Chloroplasts",
        ),
        (
            "Which of these molecules are nucleic acids?",
            "A) DNA B) Glucose C) RNA D) Cellulose (choose 2)",
            "A) DNA C) RNA",
        ),
        (
            "The process by which a cell engulfs a large particle is called ________.",
            "",
            "phagocytosis Also accepted: endocytosis",
        ),
        ("The semi-permeable barrier around every cell is the cell ________.", "", "membrane"),
        ("Ribosomes are the site of protein synthesis.", "A) True B) False", "A) True"),
    ]
    text = " ".join(str(n["fields"]) for n in notes)
    for furniture in (
        "pts",
        "Correct!",
        "You Answered",
        "Correct Answer",
        "Score",
        "Submitted",
        "attempt",
        "Attempt",
        "exocytosis",
    ):
        assert furniture not in text, furniture
    assert not [s for s in said if "canvas-results-en.txt:" in s and "warning" in s and "not listed" not in s]


def test_a_canvas_results_page_in_spanish_is_read_alike(tmp_path: Path) -> None:
    """T24-6 rest: the same page from a Spanish Canvas ('Pregunta 1', '1 / 1 ptos.', '¡Correcto!', 'Respondiste',
    'Respuesta correcta'), pasted into a Markdown note."""
    notes, _, _ = built_notes(tmp_path, {"canvas-resultados-es.md": CANVAS_ES})
    assert _shown(notes) == [
        (
            "¿Qué orgánulo es el principal sitio de síntesis de ATP?",
            "A) Mitocondria B) Ribosoma C) Aparato de Golgi D) Lisosoma",
            "A) Mitocondria",
        ),
        (
            "¿Dónde se encuentra la mayor parte del ADN de una célula eucariota?",
            "A) Ribosoma B) Citoplasma C) Núcleo D) Membrana celular",
            "C) Núcleo",
        ),
        (
            "¿Cuáles de estas moléculas son ácidos nucleicos?",
            "A) ADN B) Glucosa C) ARN D) Celulosa (elige 2)",
            "A) ADN C) ARN",
        ),
        (
            "El proceso por el cual una célula engulle una partícula grande se llama ________.",
            "",
            "fagocitosis",
        ),
        ("Los ribosomas son el sitio de la síntesis de proteínas.", "A) Verdadero B) Falso", "A) Verdadero"),
    ]
    text = " ".join(str(n["fields"]) for n in notes)
    for furniture in (
        "ptos",
        "Correcto",
        "Respondiste",
        "Respuesta correcta",
        "Puntaje",
        "Entregado",
        "intento",
        "exocitosis",
    ):
        assert furniture not in text, furniture


def test_a_canvas_question_whose_page_hides_the_right_answer_is_a_warning_not_the_students_choice(
    tmp_path: Path,
) -> None:
    """T24-6 rest: a question answered wrong whose page shows no 'Correct Answer' (the quiz hides them) teaches nothing:
    never the student's wrong choice keyed."""
    page = (
        "Question 1\n1 / 1 pts\nWhich gas do plants take in?\nCorrect!\nCarbon dioxide\nOxygen\n"
        "Question 2\n0 / 1 pts\nWhich gas do plants give off?\nYou Answered\nNitrogen\nOxygen\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert _shown(notes) == [
        ("Which gas do plants take in?", "A) Carbon dioxide B) Oxygen", "A) Carbon dioxide")
    ]
    assert any(
        "quiz.txt:7: warning: Canvas results: question 2 shows no right answer (0 / 1 points): no card" in s
        for s in said
    )


_MOODLE_PRINTED = """#set page(paper: "a4", margin: 2cm,
  header: [#set text(size: 8pt); 03/12/2026, 10:15 #h(1fr) Quiz 1: Attempt review],
  footer: [#set text(size: 8pt); https://moodle.example.edu/mod/quiz/review.php?attempt=1234&cmid=56 #h(1fr)
    #context counter(page).display("1/1", both: true)])
#set text(size: 10pt)
#table(columns: 2, stroke: none, [Started on], [Tuesday, 14 November 2023, 10:02 AM], [State], [Finished],
  [Grade], [2.00 out of 4.00 (50%)])
#let q(n, state, mark, body) = block(width: 100%)[
  #grid(columns: (3cm, 1fr), gutter: 8pt, [*Question #n* \\ #state \\ #mark \\ Flag question], body)
]
#q(1, [Correct], [Mark 1.00 out of 1.00])[
Which planet is known as the red planet?

Select one:

a. Venus \\
b. Mars \\
c. Jupiter

Your answer is correct.

The correct answer is: Mars
]
#q(2, [Incorrect], [Mark 0.00 out of 1.00])[
Water boils at 100 °C at sea level.

Select one:

True \\
False

The correct answer is 'True'.
]
#pagebreak()
#q(3, [Partially correct], [Mark 0.50 out of 1.00])[
Which of these are noble gases?

Select one or more:

a. Neon \\
b. Oxygen \\
c. Argon

Your answer is partially correct.

Neon and argon have full outer shells.

The correct answers are: Neon, Argon
]
#q(4, [Incorrect], [Mark 0.00 out of 1.00])[
What is the chemical symbol of sodium?

Answer: So

The correct answer is: Na
]

Finish review
"""


def test_a_moodle_review_printed_to_pdf_reaches_the_review_reader(tmp_path: Path) -> None:
    """T24-6 rest: Moodle's review page printed to PDF (its mark wrapped in the narrow info box, the browser's date and
    address at the pages' edges) gave no card: the state lines were read as headings."""
    pdf = typeset_pdf(tmp_path / "review.pdf", _MOODLE_PRINTED)
    notes, _, _ = built_notes(tmp_path, {"review.pdf": pdf})
    assert _shown(notes) == [
        ("Which planet is known as the red planet?", "A) Venus B) Mars C) Jupiter", "B) Mars"),
        ("Water boils at 100 °C at sea level.", "A) True B) False", "A) True"),
        ("Which of these are noble gases?", "A) Neon B) Oxygen C) Argon (choose 2)", "A) Neon C) Argon"),
        ("What is the chemical symbol of sodium?", "", "Na"),
    ]
    assert notes[2]["fields"]["Explanation"] == "<p>Neon and argon have full outer shells.</p>"
    text = " ".join(str(n["fields"]) for n in notes)
    for furniture in ("Mark", "Flag", "https", "Attempt review", "So<", "Finish"):
        assert furniture not in text, furniture


# --- T24-33: an Anki note's cloze hints ('{{c1::Femur::Knochen}}') -----------------------------------------------------

_HINTED = [
    ("femur-1", "Der längste Knochen des Menschen ist der {{c1::Femur::Knochen}}.", "Oberschenkelknochen"),
    ("tibia-1", "Das {{c1::Schienbein::Deutsch}} heißt lateinisch {{c2::Tibia::Latein}}.", ""),
    (
        "cout-1",
        "{{c1::std&#58;&#58;cout}} prints to the console.",
        "",
    ),  # (colons written as text: no hint, as Anki shows)
    ("paris-1", "The capital of France is {{c1::Paris::city}}.", ""),
]


def _cards_in_anki(tmp_path: Path, package: Path) -> dict[str, tuple[str, str]]:
    """Each card deckc's package gives, imported into a real Anki collection: its cloze answer -> (front, back) text."""

    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, package)
        seen = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            answer = re.search(r'<span class="cloze"[^>]*>(.*?)</span>', card.answer(), re.S)
            shown = [
                re.sub(r"<(style|script)\b.*?</\1>", " ", side, flags=re.S)
                for side in (card.question(), card.answer())
            ]
            front, back = (html.unescape(" ".join(re.sub(r"<[^>]+>", " ", side).split())) for side in shown)
            seen[html.unescape(re.sub(r"<[^>]+>", "", answer.group(1)))] = (front, back)
    finally:
        col.close()
    return seen


def _assert_anki_shows_the_hints(seen: dict[str, tuple[str, str]]) -> None:
    assert set(seen) == {"Femur", "Schienbein", "Tibia", "std::cout", "Paris"}, seen
    assert "der [Knochen]" in seen["Femur"][0] and "Femur::Knochen" not in seen["Femur"][1]
    assert "Das [Deutsch] heißt" in seen["Schienbein"][0] and "Schienbein::" not in seen["Schienbein"][1]
    assert "lateinisch [Latein]" in seen["Tibia"][0]
    assert "[...] prints" in seen["std::cout"][0] and "cout]" not in seen["std::cout"][0]
    assert "[city]" in seen["Paris"][0]


def test_an_anki_packages_cloze_hints_stay_hints(tmp_path: Path) -> None:
    """T24-33 (high): '{{c1::Femur::Knochen}}' in an .apkg made deckc's card teach 'Femur::Knochen' (a capitalised
    pair read as a name like 'Code::Blocks'): the answer is 'Femur', the hint 'Knochen' shows as Anki shows a hint."""

    deck = genanki.Deck(2059400120, "Anatomie::Knochen")
    for guid, text, extra in _HINTED:
        deck.add_note(genanki.Note(model=genanki.CLOZE_MODEL, fields=[text, extra], guid=guid))
    package = tmp_path / "anatomie.apkg"
    genanki.Package([deck]).write_to_file(str(package))

    out = tmp_path / "build"
    assert (
        build(deck_of(tmp_path, {"anatomie.apkg": package}), out, formats=("apkg",), now=1_000).compiled
        is not None
    )
    _assert_anki_shows_the_hints(_cards_in_anki(tmp_path, out / "mine.apkg"))


def test_an_anki_text_export_and_a_crowdanki_deck_keep_their_cloze_hints(tmp_path: Path) -> None:
    """T24-33: the same notes in Anki's 'Notes in Plain Text' export (HTML fields) and in a CrowdAnki deck.json."""

    export = "#separator:tab\n#html:true\n#notetype column:1\n" + "".join(
        f"Cloze\t{text}\t{extra}\n" for _, text, extra in _HINTED
    )
    model = {
        "__type__": "NoteModel", "crowdanki_uuid": "m1", "name": "Cloze", "type": 1,
        "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}],
        "tmpls": [{"name": "Cloze", "ord": 0, "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}],
    }  # fmt: skip
    crowd = {
        "__type__": "Deck", "crowdanki_uuid": "d1", "name": "Anatomie", "media_files": [], "children": [], "note_models": [model],
        "notes": [{"__type__": "Note", "fields": [text, extra], "guid": guid, "note_model_uuid": "m1", "tags": []} for guid, text, extra in _HINTED],
    }  # fmt: skip
    for name, data in (("anatomie.txt", export), ("anatomie/deck.json", json.dumps(crowd))):
        where = tmp_path / name.replace("/", "-")
        out = where / "build"
        assert build(deck_of(where, {name: data}), out, formats=("apkg",), now=1_000).compiled is not None, (
            name
        )
        _assert_anki_shows_the_hints(_cards_in_anki(where, out / "mine.apkg"))


# --- a quizdown quiz fenced inside a page: the page's text after the fence ----------------------------------------------

QUIZDOWN_PAGE = """# Lesson 3: Transport protocols

TCP and UDP are the two transport protocols every network course starts with. TCP sets up a connection and
delivers bytes in order; UDP sends datagrams with no delivery guarantee.

## Check yourself

```quizdown
---
shuffle_answers: true
---

## Which protocol guarantees in-order delivery?

> Think of the three-way handshake.

- [x] TCP
    > Right: TCP numbers every byte.
- [ ] UDP
    > UDP makes no promise about order.
- [ ] ICMP

## Which of these use UDP?

- [x] DNS queries
- [x] Video calls
- [ ] Loading a web page over HTTP/1.1
```

That is all for this lesson. Next week we look at congestion control, so read chapter 3.5 of the textbook
before class and bring your questions to the lab session.

## Further reading

- RFC 9293, the current TCP specification.
- RFC 768, UDP in three pages.
"""


def test_the_page_text_after_a_quizdown_fence_is_no_answer_of_its_last_question(tmp_path: Path) -> None:
    """trial25 (lead-given): in a lesson page holding a ```quizdown fence, the paragraph after the closing fence ('That is
    all for this lesson …') was the last question's explanation; the answer ends at the fence, the text after it is page
    text (said as text in no card)."""
    notes, _, said = built_notes(tmp_path, {"networking-lesson.md": QUIZDOWN_PAGE})
    assert _shown(notes) == [
        (
            "Which protocol guarantees in-order delivery? Hint Think of the three-way handshake.",
            "A) TCP B) UDP C) ICMP",
            "A) TCP",
        ),
        (
            "Which of these use UDP?",
            "A) DNS queries B) Video calls C) Loading a web page over HTTP/1.1 (choose 2)",
            "A) DNS queries B) Video calls",
        ),
    ]
    assert notes[0]["fields"]["Explanation"] == (
        "<p>TCP: Right: TCP numbers every byte.<br>\nUDP: UDP makes no promise about order.</p>"
    )
    assert notes[1]["fields"]["Explanation"] == "" and "congestion" not in str(notes[1]["fields"])
    assert any("networking-lesson.md:30: warning: text outside any question" in s for s in said)


# --- a question bank's level column holding a word deckc does not know ----------------------------------------------

BANK_CSV = """question,answer,difficulty
What is the chemical symbol of sodium?,Na,easy
What is the pH of pure water at 25 °C?,7,moyen
Which gas makes up most of Earth's atmosphere?,Nitrogen,Stufe 2
What is Avogadro's number (to three significant figures)?,6.02 × 10^23,tricky
Which element has atomic number 6?,Carbon,Stufe 2
What is the most electronegative element?,Fluorine,Stufe 3
"""
BANK_JSON = """[
  {"question": "What is the SI unit of force?", "answer": "The newton (N)", "level": "Stufe 1"},
  {"question": "What is the speed of light in vacuum?", "answer": "About 3.00 × 10^8 m/s", "level": "Stufe 2"},
  {"question": "What does Ohm's law state?", "answer": "U = R · I", "level": "moyen"},
  {"question": "What is the unit of electric charge?", "answer": "The coulomb (C)", "level": "Stufe 2"}
]
"""
BANK_YAML = """- question: What is the powerhouse of the cell?
  answer: The mitochondrion
  difficulty: Stufe 1
- question: What molecule carries genetic information?
  answer: DNA
  difficulty: tricky
- question: Where does photosynthesis take place?
  answer: In the chloroplasts
  difficulty: Stufe 2
"""
BANK_TSV = """question\tanswer\tlevel
What is 7 × 8?\t56\tStufe 1
What is the square root of 144?\t12\tStufe 2
What is 15 % of 200?\t30\tvery hard
"""


def _levels(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(note_front(n), n["fields"]["Difficulty"]) for n in notes]


def test_a_banks_level_word_never_lands_on_the_question_and_is_read_on_the_banks_own_scale(
    tmp_path: Path,
) -> None:
    """trial25 (lead-given): a CSV/TSV bank's level column word deckc did not know ('Stufe 3', 'very hard') was put on
    the question's front ('What is the most electronegative element? Stufe 3'); a JSON/YAML bank's was dropped. Now the
    question stays clean; a numbered level ('Stufe 1' … 'Stufe 3') is read on the bank's own scale, 'very hard' as hard,
    known words of other languages ('moyen', 'tricky') as theirs."""
    notes, _, _ = built_notes(
        tmp_path,
        {"chemie.csv": BANK_CSV, "mathe.tsv": BANK_TSV, "physik.json": BANK_JSON, "bio.yaml": BANK_YAML},
    )
    assert sorted(_levels(notes)) == sorted([
        ("What is the chemical symbol of sodium?", "easy"),
        ("What is the pH of pure water at 25 °C?", "medium"),  # moyen
        ("Which gas makes up most of Earth's atmosphere?", "medium"),  # Stufe 2 of 3
        ("What is Avogadro's number (to three significant figures)?", "hard"),  # tricky
        ("Which element has atomic number 6?", "medium"),
        ("What is the most electronegative element?", "hard"),  # Stufe 3
        ("What is 7 × 8?", "easy"),  # Stufe 1
        ("What is the square root of 144?", "medium"),
        ("What is 15 % of 200?", "hard"),  # very hard
        ("What is the SI unit of force?", "easy"),  # Stufe 1 of (at least) 3
        ("What is the speed of light in vacuum?", "medium"),
        ("What does Ohm's law state?", "medium"),  # moyen
        ("What is the unit of electric charge?", "medium"),
        ("What is the powerhouse of the cell?", "easy"),
        ("What molecule carries genetic information?", "hard"),  # tricky
        ("Where does photosynthesis take place?", "medium"),
    ])  # fmt: skip


def test_a_level_word_deckc_does_not_know_is_said_once_with_its_count_and_line(tmp_path: Path) -> None:
    """trial25 (lead-given): an unknown level word ('spicy') is no text of the question; it is said once for the file,
    with how many items carry it, where the first is, and the labels mapping to write; in an Excel bank too."""
    bank = (
        "question,answer,difficulty\nWhat is 2 + 2?,4,spicy\nWhat is 3 + 3?,6,spicy\nWhat is 9 × 9?,81,easy\n"
    )
    notes, _, said = built_notes(tmp_path, {"sums.csv": bank})
    assert _levels(notes) == [
        ("What is 2 + 2?", "medium"),
        ("What is 3 + 3?", "medium"),
        ("What is 9 × 9?", "easy"),
    ]
    told = [s for s in said if "level word" in s]
    assert (
        len(told) == 1
        and "sums.csv:2: warning: level word 'spicy' (2 items, first at line 2) names no level" in told[0]
    )
    assert 'labels = { "spicy" = "medium", "easy" = "easy" }' in told[0]

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Question", "Answer", "Level"], ["Was ist 5 + 5?", "10", "Stufe 1"], ["Was ist 6 × 7?", "42", "Bonus"],
                ["Was ist 100 ÷ 4?", "25", "Stufe 3"]):  # fmt: skip
        sheet.append(row)
    book.save(tmp_path / "rechnen.xlsx")
    notes, _, said = built_notes(tmp_path / "x", {"rechnen.xlsx": tmp_path / "rechnen.xlsx"})
    assert _levels(notes) == [
        ("Was ist 5 + 5?", "easy"),
        ("Was ist 6 × 7?", "medium"),
        ("Was ist 100 ÷ 4?", "hard"),
    ]
    assert any("level word 'Bonus' (1 item, first at line" in s for s in said)


# --- T25-4: MediaWiki's Quiz extension source ---------------------------------------------------------------------

# /work/coord/repro-trial25/wikiversity-quiz.txt (finder), as copied from a Wikiversity page's "Edit source"
WIKI_QUIZ = """<quiz display=simple>
{What is the chemical symbol for gold?
|type="()"}
- Ag
+ Au
- Gd
- Go

{Which of the following are noble gases?
|type="[]"}
+ Neon
- Nitrogen
+ Argon
- Oxygen

{Water boils at 100 °C at sea level.
|type="()"}
+ True
- False

{Which particle has a negative charge?
|type="()"}
- Proton
- Neutron
+ Electron
||The electron carries a charge of −1.

{What is the most abundant gas in Earth's atmosphere?
|type="()"}
+ Nitrogen
- Oxygen
- Carbon dioxide
- Argon
</quiz>
"""


def test_a_mediawiki_quiz_is_a_multiple_choice_card_per_question(tmp_path: Path) -> None:
    """T25-4 (severe): Wikiversity's <quiz> source gave fronts '{What …', backs '|type="()"}' in a formula box with the
    '+' / '-' marks raw, and the true/false question was swallowed by the one above it."""
    notes, _, said = built_notes(tmp_path, {"wikiversity-quiz.txt": WIKI_QUIZ})
    assert _shown(notes) == [
        ("What is the chemical symbol for gold?", "A) Ag B) Au C) Gd D) Go", "B) Au"),
        (
            "Which of the following are noble gases?",
            "A) Neon B) Nitrogen C) Argon D) Oxygen (choose 2)",
            "A) Neon C) Argon",
        ),
        ("Water boils at 100 °C at sea level.", "A) True B) False", "A) True"),
        ("Which particle has a negative charge?", "A) Proton B) Neutron C) Electron", "C) Electron"),
        (
            "What is the most abundant gas in Earth's atmosphere?",
            "A) Nitrogen B) Oxygen C) Carbon dioxide D) Argon",
            "A) Nitrogen",
        ),
    ]
    assert notes[3]["fields"]["Explanation"] == "<p>The electron carries a charge of −1.</p>"
    assert not any(
        mark in " ".join(n["fields"].values()) for n in notes for mark in ("type=", "{", "</quiz>")
    )
    assert not [s for s in said if "wikiversity-quiz.txt" in s and "not listed" not in s]


def test_a_mediawiki_quizs_text_field_and_unkeyed_question(tmp_path: Path) -> None:
    """T25-4: a text-field question ('{ Paris|paris }') is an open card with its answer; a question whose options
    mark none right is a warning at its line, never a card; an option's own feedback ('|| …') goes on the back."""
    page = (
        "<quiz display=simple>\n"
        '{The capital of France is { Paris|Paname }.\n|type="{}"}\n\n'
        '{Which planet is closest to the Sun?\n|type="()"}\n- Venus || Second from the Sun.\n+ Mercury\n- Mars\n\n'
        '{Which colour is the sky?\n|type="()"}\n- Green\n- Red\n'
        "</quiz>\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert _shown(notes) == [
        ("The capital of France is _____.", "", "Paris Also accepted: Paname"),
        ("Which planet is closest to the Sun?", "A) Venus B) Mercury C) Mars", "B) Mercury"),
    ]
    assert notes[1]["fields"]["Explanation"] == "<p>Second from the Sun.</p>"
    assert any(
        "quiz.md:11: warning: MediaWiki quiz: no option is marked right ('+'): no card" in s for s in said
    )


# --- T25-21: the exam class's bonus questions ------------------------------------------------------------------------

BONUS_EXAM = r"""\documentclass[answers]{exam}
\begin{document}
\begin{questions}
\question[2] State the Central Limit Theorem.
\begin{solution}
For i.i.d. observations with finite variance, the standardised sample mean tends to the standard normal.
\end{solution}

\bonusquestion[1] True or false: correlation implies causation.
\begin{solution}
False.
\end{solution}

\bonustitledquestion{Tails}[1] Which tail of a right-skewed distribution is longer?
\begin{solution}
The right tail.
\end{solution}
\end{questions}
\end{document}
"""


def test_an_exam_class_bonus_question_is_a_question_of_its_own(tmp_path: Path) -> None:
    """T25-21 (severe): '\\bonusquestion[1] True or false: …' and its solution were glued raw onto the answer of the
    question above it, the bonus question's card lost."""
    notes, _, _ = built_notes(tmp_path, {"midterm.tex": BONUS_EXAM})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "State the Central Limit Theorem.",
            "For i.i.d. observations with finite variance, the standardised sample mean tends to the standard normal.",
        ),
        ("True or false: correlation implies causation.", "False."),
        ("Which tail of a right-skewed distribution is longer?", "The right tail."),
    ]
    assert "bonus" not in " ".join(" ".join(n["fields"].values()) for n in notes)


# --- T25-5: Udemy's practice-test bulk-upload CSV -----------------------------------------------------------------

# /work/coord/repro-trial25/udemy-practice-test.csv (finder), in the shape of Udemy's bulk-upload template
UDEMY_CSV = """Question,Question Type,Answer Option 1,Explanation 1,Answer Option 2,Explanation 2,Answer Option 3,Explanation 3,Answer Option 4,Explanation 4,Answer Option 5,Explanation 5,Answer Option 6,Explanation 6,Correct Answers,Overall Explanation,Domain
Which AWS service provides object storage?,multiple-choice,Amazon EBS,EBS is block storage.,Amazon S3,S3 stores objects in buckets.,Amazon EFS,EFS is a file system.,Amazon RDS,RDS is a database.,,,,,2,Amazon S3 is the object storage service.,Storage
Which of the following are serverless compute options? (Select TWO),multi-select,AWS Lambda,,Amazon EC2,,AWS Fargate,,Amazon Lightsail,,,,,,"1,3",Lambda and Fargate run code without managing servers.,Compute
What is the maximum size of a single S3 object?,multiple-choice,5 GB,,5 TB,,50 TB,,Unlimited,,,,,,2,A single object can be up to 5 TB.,Storage
Which service is a managed relational database?,multiple-choice,Amazon DynamoDB,DynamoDB is NoSQL.,Amazon RDS,,Amazon Redshift,Redshift is a warehouse.,Amazon ElastiCache,,,,,,2,,Database
"Which statement about IAM is correct, per the shared responsibility model?",multiple-choice,AWS manages your IAM users,,You manage IAM users and their permissions,,IAM is a paid service,,IAM is regional,,,,,,2,"IAM is global and free; the customer manages identities.",Security
"""


def test_a_udemy_practice_test_csv_is_multiple_choice_with_each_options_explanation(tmp_path: Path) -> None:
    """T25-5 (high): Udemy's 'Answer Option n' / 'Explanation n' / 'Correct Answers' columns were a Basic card listing
    every column, the key a number to decode. Now: the options, keyed by 'Correct Answers' (one, or '1,3'), each
    option's explanation on the back after its text, the overall explanation unlabelled, 'Domain' the section."""
    notes, _, said = built_notes(tmp_path, {"udemy-practice-test.csv": UDEMY_CSV})
    assert [n["notetype"] for n in notes] == ["deckc Multiple choice"] * 5
    first, second = notes[0], notes[1]
    assert _shown([first, second]) == [
        (
            "Which AWS service provides object storage?",
            "A) Amazon EBS B) Amazon S3 C) Amazon EFS D) Amazon RDS",
            "B) Amazon S3",
        ),
        (
            "Which of the following are serverless compute options? (Select TWO)",
            "A) AWS Lambda B) Amazon EC2 C) AWS Fargate D) Amazon Lightsail",
            "A) AWS Lambda C) AWS Fargate",
        ),
    ]
    assert first["fields"]["Explanation"] == (
        "<p>Amazon EBS: EBS is block storage.</p><p>Amazon S3: S3 stores objects in buckets.</p>"
        "<p>Amazon EFS: EFS is a file system.</p><p>Amazon RDS: RDS is a database.</p>"
        "<p>Amazon S3 is the object storage service.</p>"
    )
    assert [n["fields"]["Section"] for n in notes] == [
        "Storage",
        "Compute",
        "Storage",
        "Database",
        "Security",
    ]
    text = " ".join(" ".join(n["fields"].values()) for n in notes)
    assert "multiple-choice" not in text and "multi-select" not in text and "Correct Answers" not in text
    assert not [s for s in said if "udemy-practice-test.csv" in s and "not listed" not in s]


# --- T25-29: Coursera's graded quiz copied as text ------------------------------------------------------------------

# /work/coord/repro-trial25/coursera-copy.txt (finder): the copy shows no chosen option
COURSERA = """Week 2 Quiz
Graded Quiz • 30 min
Due Jun 12, 11:59 PM PDT
Congratulations! You passed!
Grade received 80%
To pass 80% or higher
Keep Learning

1.
Question 1
What does a neuron compute?

1 / 1 point

A neuron computes the mean of all features before applying the output to an activation function

A neuron computes a linear function (z = Wx + b) followed by an activation function

A neuron computes an activation function followed by a linear function (z = Wx + b)

A neuron computes a function g that scales the input x linearly (Wx + b)

Correct
Correct, we generally say that the output of a neuron is a = g(Wx + b) where g is the activation function.

2.
Question 2
Suppose img is a (32,32,3) array. How do you reshape this into a column vector?

1 / 1 point

x = img.reshape((1,32*32,*3))

x = img.reshape((32*32*3,1))

x = img.reshape((3,32*32))

x = img.reshape((32*32,3))

Correct

3.
Question 3
Which of these is the "Logistic Loss"?

0 / 1 point

L(ŷ, y) = |y − ŷ|

L(ŷ, y) = −(y log ŷ + (1 − y) log(1 − ŷ))

L(ŷ, y) = max(0, y − ŷ)

L(ŷ, y) = (y − ŷ)²

Incorrect
"""


def test_a_coursera_quiz_copied_as_text_never_teaches_every_option(tmp_path: Path) -> None:
    """T25-29 (severe): Coursera's quiz page copied as text gave Basic cards whose back was '1 / 1 point' and all four
    options. The copy loses which option was chosen: a question is keyed by an 'Answer:' line the user writes under it,
    or by the one option the feedback on a right attempt names; any other is said at its line and listed as skipped,
    never a card of all its options."""
    keyed = COURSERA.replace(
        "Correct\nCorrect, we generally",
        "Correct\nAnswer: A neuron computes a linear function (z = Wx + b) followed by an activation function\nCorrect, we generally",
    ).replace(
        "x = img.reshape((32*32,3))\n\nCorrect\n",
        "x = img.reshape((32*32,3))\n\nCorrect\nThe answer is x = img.reshape((32*32*3,1)).\n",
    )
    notes, skipped, said = built_notes(tmp_path, {"coursera.txt": COURSERA, "coursera-keyed.txt": keyed})
    assert _shown(notes) == [
        (
            "What does a neuron compute?",
            "A) A neuron computes the mean of all features before applying the output to an activation function "
            "B) A neuron computes a linear function (z = Wx + b) followed by an activation function "
            "C) A neuron computes an activation function followed by a linear function (z = Wx + b) "
            "D) A neuron computes a function g that scales the input x linearly (Wx + b)",
            "B) A neuron computes a linear function (z = Wx + b) followed by an activation function",
        ),
        (
            "Suppose img is a (32,32,3) array. How do you reshape this into a column vector?",
            "A) x = img.reshape((1,32*32,*3)) B) x = img.reshape((32*32*3,1)) C) x = img.reshape((3,32*32)) "
            "D) x = img.reshape((32*32,3))",
            "B) x = img.reshape((32*32*3,1))",
        ),
    ]
    assert "point" not in " ".join(" ".join(n["fields"].values()) for n in notes)
    assert sorted((s["file"], s["line"]) for s in skipped) == [
        ("sources/coursera-keyed.txt", 45),
        ("sources/coursera.txt", 10),
        ("sources/coursera.txt", 27),
        ("sources/coursera.txt", 43),
    ]
    told = [
        s.split(": warning")[0]
        for s in said
        if "the copied page does not show which option is right: no card" in s
    ]
    assert sorted(told) == [
        "sources/coursera-keyed.txt:45",
        "sources/coursera.txt:10",
        "sources/coursera.txt:27",
        "sources/coursera.txt:43",
    ]
    assert not any("cannot tell this document's layout" in s for s in said)


# --- T25-30: a bank's answer numbers that could count from 0 or from 1 ------------------------------------------------

# /work/coord/repro-trial25/quiz-bank-1based.json (finder): answers 1, 2, 3, 2, 1 of four options, counting from 1
BANK_1_BASED = """{
  "title": "Capitals quiz",
  "questions": [
    {"question": "What is the capital of France?", "options": ["Paris", "Lyon", "Nice", "Lille"], "answer": 1},
    {"question": "What is the capital of Spain?", "options": ["Seville", "Madrid", "Valencia", "Bilbao"], "answer": 2},
    {"question": "What is the capital of Italy?", "options": ["Milan", "Naples", "Rome", "Turin"], "answer": 3},
    {"question": "What is the capital of Germany?", "options": ["Munich", "Berlin", "Hamburg", "Cologne"], "answer": 2},
    {"question": "What is the capital of Portugal?", "options": ["Lisbon", "Porto", "Braga", "Faro"], "answer": 1}
  ]
}
"""


def test_a_banks_answer_numbers_that_could_count_either_way_are_said_and_a_knob_settles_them(
    tmp_path: Path,
) -> None:
    """T25-30 (severe): answers 1–3 of four options (none 0, none 4) were read from 0 silently: every card taught the
    option after the right one. Now a warning names a record read both ways and 'answer_base' under [source.bank];
    answer_base = 1 keys them from 1."""
    notes, _, said = built_notes(tmp_path, {"capitals.json": BANK_1_BASED})
    assert [note_back(n) for n in notes][:2] == [
        "B) Lyon",
        "C) Valencia",
    ]  # (read from 0, as documented: and said)
    told = [s for s in said if "answer numbers could count" in s]
    assert len(told) == 1 and "capitals.json:4: warning:" in told[0]
    assert "'What is the capital of France?' is 'Lyon'; counted from 1 it would be 'Paris'" in told[0]
    assert "answer_base = 1 under [source.bank]" in told[0]
    table = '[[source]]\nid = "capitals"\nfile = "sources/capitals.json"\n[source.bank]\nanswer_base = 1\n'
    notes, _, said = built_notes(tmp_path / "set", {"capitals.json": BANK_1_BASED}, table)
    assert [note_back(n) for n in notes] == ["A) Paris", "B) Madrid", "C) Rome", "B) Berlin", "A) Lisbon"]
    assert not [s for s in said if "answer numbers" in s]


# --- T25-10: a self-test whose options are toggles holding their verdict ------------------------------------------

# the shape of /work/coord/repro-trial25/drumm-week1-questions.md (ceedee666/drumm.sh, a Python MOOC's week test, CRLF)
TOGGLE_TEST = (
    '---\r\ntitle: "Week 1 Assignment (Part 1 - Questions)"\r\n---\r\n\r\n### Question 1\r\n\r\n'
    "#### What is the result of the following operation 9 // 4?\r\n\r\n<br>\r\n\r\n"
    "<details>\r\n\t<summary>2.25</summary>\r\n\t❌\r\n</details>\r\n\r\n\r\n"
    "<details>\r\n\t<summary>1.999999 </summary>\r\n\t❌\r\n</details>\r\n\r\n\r\n"
    "<details>\r\n\t<summary>2</summary>\r\n\t✅\r\n</details>\r\n\r\n<br>\r\n\r\n"
    "### Question 2\r\n\r\n#### Which of the following are data types in Python?\r\n\r\n"
    "*Note: There are 2 correct answers to this question.*\r\n\r\n"
    "<details><summary>Time</summary>❌</details>\r\n"
    "<details><summary>String</summary>✅</details>\r\n"
    '<details><summary>Integer</summary><img src="selftest/check.png"></details>\r\n'
    '<details><summary>Colour</summary><img src="selftest/cross.png"></details>\r\n\r\n'
    "### Question 3\r\n\r\n#### Why is 9 // 4 equal to 2?\r\n\r\n"
    "<details>\r\n<summary>Show the answer</summary>\r\n\r\n`//` is floor division: it drops the fraction.\r\n</details>\r\n"
)


def test_options_written_as_toggles_holding_their_verdict_are_multiple_choice(tmp_path: Path) -> None:
    """T25-10 (high): a self-test whose options are '<details><summary>option</summary> ✅/❌ </details>' gave Basic cards
    listing every option with its mark in a code block. Now each such run is the question's options, the right ones
    those marked ✅ (or a check picture); a toggle that holds an answer stays the answer."""
    notes, _, _ = built_notes(tmp_path, {"week1.md": TOGGLE_TEST})
    assert [n["notetype"] for n in notes] == ["deckc Multiple choice", "deckc Multiple choice", "deckc Basic"]
    assert _shown(notes[:2]) == [
        ("What is the result of the following operation 9 // 4?", "A) 2.25 B) 1.999999 C) 2", "C) 2"),
        (
            "Which of the following are data types in Python? Note: There are 2 correct answers to this question.",
            "A) Time B) String C) Integer D) Colour (choose 2)",
            "B) String C) Integer",
        ),
    ]
    assert note_back(notes[2]) == "// is floor division: it drops the fraction."
    assert not any(
        mark in " ".join(n["fields"].values()) for n in notes for mark in ("✅", "❌", "check.png")
    )


# --- T25-37: a CSV bank with a row per option ------------------------------------------------------------------------

LONG_BANK = """question_id,question,option,is_correct
1,What is the capital of France?,Paris,TRUE
1,What is the capital of France?,Lyon,FALSE
1,What is the capital of France?,Marseille,FALSE
2,Which planet is known as the Red Planet?,Venus,FALSE
2,Which planet is known as the Red Planet?,Mars,TRUE
2,Which planet is known as the Red Planet?,Jupiter,FALSE
3,What is H2O?,Salt,FALSE
3,What is H2O?,Water,TRUE
3,What is H2O?,Oxygen,FALSE
"""


def test_a_csv_bank_with_a_row_per_option_is_one_multiple_choice_note_per_question(tmp_path: Path) -> None:
    """T25-37 (severe): 'question_id,question,option,is_correct' rows were a card per row, merged, so two of three
    cards taught an option marked FALSE. Now the rows of a question are its options, keyed by those marked TRUE (1,
    yes); several TRUE rows are several right options."""
    extra = (
        LONG_BANK
        + "4,Which are noble gases?,Neon,1\n4,Which are noble gases?,Iron,0\n4,Which are noble gases?,Argon,1\n"
    )
    notes, _, said = built_notes(tmp_path, {"long-format-bank.csv": extra})
    assert _shown(notes) == [
        ("What is the capital of France?", "A) Paris B) Lyon C) Marseille", "A) Paris"),
        ("Which planet is known as the Red Planet?", "A) Venus B) Mars C) Jupiter", "B) Mars"),
        ("What is H2O?", "A) Salt B) Water C) Oxygen", "B) Water"),
        ("Which are noble gases?", "A) Neon B) Iron C) Argon (choose 2)", "A) Neon C) Argon"),
    ]
    assert not [s for s in said if "long-format-bank.csv" in s and "not listed" not in s]
    assert [n["items"][0]["line"] for n in notes] == [2, 5, 8, 11]


# --- T25-36: a question bank of one table per question (Word, Markdown) -------------------------------------------

QBANK_TABLES = """# Question Bank

| Q1 | Which device is used to input text? |
|---|---|
| A | Monitor |
| B | Keyboard |
| C | Printer |
| D | Speaker |
| Ans | B |

| Q2 | What does CPU stand for? |
|---|---|
| A | Central Processing Unit |
| B | Computer Personal Unit |
| C | Central Program Utility |
| D | Control Processing Unit |
| Ans | A |

| Q3 | Which of these is volatile memory? |
|---|---|
| A | ROM |
| B | Hard disk |
| C | RAM |
| D | DVD |
| Ans | C |

"""


def _word_tables(path: Path, questions: list[list[tuple[str, str]]]) -> Path:
    """A real .docx holding a title and one two-column table per question, as a question bank is typed in Word."""
    from test_docx import paragraph, write_docx

    def row(a: str, b: str) -> str:
        return f"<w:tr><w:tc>{paragraph(a)}</w:tc><w:tc>{paragraph(b)}</w:tc></w:tr>"

    body = [paragraph("Question Bank – Computer Fundamentals", "Heading1")]
    for rows in questions:
        body += ["<w:tbl>" + "".join(row(a, b) for a, b in rows) + "</w:tbl>", paragraph("")]
    write_docx(path, body)
    return path


def test_a_bank_of_one_table_per_question_gives_a_multiple_choice_card_each(tmp_path: Path) -> None:
    """T25-36 (severe): a Word bank (and its Markdown copy) of tables 'Q1 | stem' / 'A | …' … / 'Ans | B' was one card
    fronted by the page's title. Now each table is a multiple-choice card keyed by its 'Ans' row; an 'Explanation' row
    goes on the back."""
    docx = _word_tables(
        tmp_path / "qbank.docx",
        [
            [("Q1", "Which device is used to input text?"), ("A", "Monitor"), ("B", "Keyboard"), ("C", "Printer"), ("Ans", "B")],
            [("Q2", "Which of these are output devices?"), ("A", "Printer"), ("B", "Mouse"), ("C", "Monitor"), ("Answer", "A, C"),
             ("Explanation", "Both show the computer's results.")],
        ],
    )  # fmt: skip
    notes, _, _ = built_notes(tmp_path, {"qbank.docx": docx})
    assert _shown(notes) == [
        ("Which device is used to input text?", "A) Monitor B) Keyboard C) Printer", "B) Keyboard"),
        (
            "Which of these are output devices?",
            "A) Printer B) Mouse C) Monitor (choose 2)",
            "A) Printer C) Monitor",
        ),
    ]
    assert notes[1]["fields"]["Explanation"] == "<p>Both show the computer's results.</p>"
    notes, _, _ = built_notes(tmp_path / "md", {"qbank-tables.md": QBANK_TABLES})
    assert _shown(notes) == [
        (
            "Which device is used to input text?",
            "A) Monitor B) Keyboard C) Printer D) Speaker",
            "B) Keyboard",
        ),
        (
            "What does CPU stand for?",
            "A) Central Processing Unit B) Computer Personal Unit C) Central Program Utility D) Control Processing Unit",
            "A) Central Processing Unit",
        ),
        ("Which of these is volatile memory?", "A) ROM B) Hard disk C) RAM D) DVD", "C) RAM"),
    ]


# --- T25-45: a workbook whose first sheet holds its instructions ----------------------------------------------------


def test_a_workbooks_instructions_sheet_is_no_model_of_its_question_sheets(tmp_path: Path) -> None:
    """T25-45 (severe): a first sheet 'Instructions' (prose, no table) was taken for the header model: every question
    sheet 'differs from its header', 0 cards. Now the sheets of questions agree with each other, each its section."""
    import openpyxl

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Instructions"
    cover.append(["How to use this workbook"])
    cover.append(["Each sheet is one chapter. Column G holds the key."])
    header = ["No.", "Question", "Option A", "Option B", "Option C", "Option D", "Answer", "Explanation"]
    chapters = {
        "Ch1 Cells": [[1, "What is the basic unit of life?", "Atom", "Cell", "Organ", "Tissue", "B", "Cells are the smallest living units."],
                      [2, "Which organelle makes ATP?", "Nucleus", "Ribosome", "Mitochondrion", "Golgi", "C", ""]],
        "Ch2 Genetics": [[1, "What carries genetic information?", "DNA", "ATP", "Glucose", "Lipids", "A", "DNA stores the code."]],
    }  # fmt: skip
    for name, rows in chapters.items():
        sheet = book.create_sheet(name)
        sheet.append([f"Chapter: {name}"])
        sheet.merge_cells("A1:H1")
        sheet.append([])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "chapters-bank.xlsx")
    notes, _, said = built_notes(tmp_path / "deck", {"chapters-bank.xlsx": tmp_path / "chapters-bank.xlsx"})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("What is the basic unit of life?", "B) Cell", "Ch1 Cells"),
        ("Which organelle makes ATP?", "C) Mitochondrion", "Ch1 Cells"),
        ("What carries genetic information?", "A) DNA", "Ch2 Genetics"),
    ]
    assert not any("not read" in s for s in said)


# --- T25-41: a medical Qbank's review page copied as text ----------------------------------------------------------

# /work/coord/repro-trial25/uworld-copy.txt (finder): the key comes after the explanation, statistics after it
QBANK_COPY = """Question Id: 1234

A 24-year-old woman comes to the emergency department due to palpitations and lightheadedness for the past hour. She has no chest pain. Blood pressure is 112/70 mm Hg and pulse is 180/min and regular. ECG shows a narrow-complex tachycardia without visible P waves. Vagal maneuvers are unsuccessful.

Which of the following is the most appropriate next step in management?

A. Amiodarone
B. Adenosine
C. Diltiazem
D. Synchronized cardioversion
E. Metoprolol

Explanation

This patient has paroxysmal supraventricular tachycardia (PSVT). In a hemodynamically stable patient in whom vagal maneuvers fail, intravenous adenosine is the first-line drug.

(Choice A) Amiodarone is used for ventricular arrhythmias.
(Choice D) Synchronized cardioversion is for unstable patients.

Educational objective:
Adenosine is first-line for stable PSVT when vagal maneuvers fail.

Copyright © UWorld. All rights reserved.

Correct answer
B
45%
Answered correctly
02 secs
Time Spent
2023
Version

Question Id: 1235

A 60-year-old man has crushing chest pain for 30 minutes. ECG shows ST elevation in leads II, III and aVF.

Which coronary artery is most likely occluded?

A. Left anterior descending
B. Left circumflex
C. Right coronary artery
D. Left main

Explanation

Inferior leads (II, III, aVF) reflect the territory of the right coronary artery in most people.

Educational objective:
Inferior STEMI usually means right coronary artery occlusion.

Copyright © UWorld. All rights reserved.

Correct answer
C
62%
Answered correctly
01 min, 10 secs
Time Spent
2023
Version
"""


def test_a_medical_qbank_review_copied_as_text_is_a_card_per_question(tmp_path: Path) -> None:
    """T25-41 (severe): a UWorld-shaped review page copied as text ('Question Id: 1234', vignette, 'A.'–'E.',
    'Explanation', 'Educational objective:', 'Correct answer' / 'B' / '45%' …) gave no card. Now: the vignette and its
    asking line the front, the options keyed by 'Correct answer', the explanation on the back; the id, the statistics
    and the copyright in no card."""
    notes, _, said = built_notes(tmp_path, {"uworld-copy.txt": QBANK_COPY})
    assert [
        (note_front(n).split(". ")[0], plain_text(n["fields"]["Options"]), note_back(n)) for n in notes
    ] == [
        (
            "A 24-year-old woman comes to the emergency department due to palpitations and lightheadedness for the past hour",
            "A) Amiodarone B) Adenosine C) Diltiazem D) Synchronized cardioversion E) Metoprolol",
            "B) Adenosine",
        ),
        (
            "A 60-year-old man has crushing chest pain for 30 minutes",
            "A) Left anterior descending B) Left circumflex C) Right coronary artery D) Left main",
            "C) Right coronary artery",
        ),
    ]
    assert note_front(notes[1]).endswith("Which coronary artery is most likely occluded?")
    assert "Adenosine is first-line for stable PSVT" in notes[0]["fields"]["Explanation"]
    text = " ".join(" ".join(n["fields"].values()) for n in notes)
    for furniture in (
        "Question Id",
        "1234",
        "Copyright",
        "45%",
        "Answered correctly",
        "Time Spent",
        "Version",
        "secs",
    ):
        assert furniture not in text, furniture
    assert not [s for s in said if "uworld-copy.txt" in s and "not listed" not in s]


# --- T25-42: Beamer quiz frames whose answer a click reveals --------------------------------------------------------

# /work/coord/repro-trial25/lecture-quiz-beamer.tex (finder)
BEAMER_QUIZ = r"""\documentclass{beamer}
\usetheme{Madrid}
\title{Lecture 5: Sorting}
\author{Dr. Rivera}
\begin{document}
\frame{\titlepage}

\begin{frame}{Recap quiz 1}
What is the worst-case time complexity of quicksort?
\pause
\begin{block}{Answer}
$O(n^2)$, when the pivot is always the smallest or largest element.
\end{block}
\end{frame}

\begin{frame}{Recap quiz 2}
Which sorting algorithm is stable?
\begin{enumerate}[(a)]
  \item Quicksort
  \item<2-| alert@2> Merge sort
  \item Heapsort
  \item Selection sort
\end{enumerate}
\end{frame}

\begin{frame}{Recap quiz 3}
\textbf{Q:} What is the lower bound for comparison-based sorting?

\only<2>{\textbf{A:} $\Omega(n \log n)$ comparisons.}
\end{frame}

\begin{frame}{Merge sort}
\begin{itemize}
  \item Divide the array into halves
  \item Sort each half recursively
  \item Merge the sorted halves
\end{itemize}
\end{frame}
\end{document}
"""


def test_beamer_quiz_frames_whose_answer_a_click_reveals_are_cards(tmp_path: Path) -> None:
    """T25-42 (severe): of three quiz frames only the one with an 'Answer' block was a card: the option alerted on a
    click ('\\item<2-| alert@2> Merge sort') and the answer in '\\only<2>{\\textbf{A:} …}' were lost. Now the alerted
    option is the right one, and what an overlay reveals is the frame's text."""
    notes, _, _ = built_notes(tmp_path, {"lecture.tex": BEAMER_QUIZ})
    by_front = {note_front(n): n for n in notes}
    stable = next(n for f, n in by_front.items() if "Which sorting algorithm is stable?" in f)
    assert (
        plain_text(stable["fields"]["Options"]) == "A) Quicksort B) Merge sort C) Heapsort D) Selection sort"
    )
    assert note_back(stable) == "B) Merge sort"
    bound = by_front["What is the lower bound for comparison-based sorting?"]
    assert note_back(bound) == "\\(\\Omega(n \\log n)\\) comparisons."
    assert any("What is the worst-case time complexity of quicksort?" in f for f in by_front)
    text = " ".join(" ".join(n["fields"].values()) for n in notes)
    assert "only<" not in text and "alert@" not in text and "\\only" not in text


# --- T25-38: a bank whose options share one cell ---------------------------------------------------------------------

OPTIONS_PIPED = """Question,Options,Answer
What is the capital of France?,Paris|Lyon|Nice|Lille,A
Which planet is known as the Red Planet?,Venus|Mars|Jupiter|Saturn,B
What is H2O?,Salt|Water|Oxygen|Sugar,B
"""
OPTIONS_LETTERED = """Question;Choices;Correct
What is the capital of France?;a) Paris, b) Lyon, c) Nice, d) Lille;a
Which planet is known as the Red Planet?;a) Venus, b) Mars, c) Jupiter, d) Saturn;b
What is H2O?;a) Salt, b) Water, c) Oxygen, d) Sugar;b
"""


def test_a_banks_options_in_one_cell_are_its_options_without_their_separators(tmp_path: Path) -> None:
    """T25-38 (high): 'Paris|Lyon|Nice|Lille' in an Options column gave a Basic card 'A / Options: Paris|Lyon|…'; 'a)
    Paris, b) Lyon, …' gave options ending in their comma ('A) Paris,'). Now both are the options, keyed by the key."""
    expected = [
        ("What is the capital of France?", "A) Paris B) Lyon C) Nice D) Lille", "A) Paris"),
        ("Which planet is known as the Red Planet?", "A) Venus B) Mars C) Jupiter D) Saturn", "B) Mars"),
        ("What is H2O?", "A) Salt B) Water C) Oxygen D) Sugar", "B) Water"),
    ]
    for name, data in (("piped.csv", OPTIONS_PIPED), ("lettered.csv", OPTIONS_LETTERED)):
        notes, _, _ = built_notes(tmp_path / name, {name: data})
        assert _shown(notes) == expected, name


# --- T25-46: a self-check written as an HTML form ---------------------------------------------------------------------

# /work/coord/repro-trial25/html-radio-quiz.html (finder)
FORM_QUIZ = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chapter 3 self-check</title>
<script>function check(f){/* grading */}</script></head>
<body>
<nav><a href="index.html">Home</a> | <a href="ch2.html">Chapter 2</a> | <a href="ch4.html">Chapter 4</a></nav>
<h1>Chapter 3 self-check</h1>
<form id="quiz" onsubmit="return check(this)">
<fieldset class="question" data-answer="b">
  <legend>1. Which layer of the OSI model does a router work at?</legend>
  <label><input type="radio" name="q1" value="a"> Data link</label><br>
  <label><input type="radio" name="q1" value="b"> Network</label><br>
  <label><input type="radio" name="q1" value="c"> Transport</label><br>
  <label><input type="radio" name="q1" value="d"> Application</label>
</fieldset>
<fieldset class="question" data-answer="c">
  <legend>2. Which protocol resolves IP addresses to MAC addresses?</legend>
  <label><input type="radio" name="q2" value="a"> DNS</label><br>
  <label><input type="radio" name="q2" value="b"> DHCP</label><br>
  <label><input type="radio" name="q2" value="c"> ARP</label><br>
  <label><input type="radio" name="q2" value="d"> ICMP</label>
</fieldset>
<fieldset class="question">
  <legend>3. Which port does SSH use by default?</legend>
  <label><input type="radio" name="q3" value="a"> 21</label><br>
  <label><input type="radio" name="q3" value="b" data-correct="true"> 22</label><br>
  <label><input type="radio" name="q3" value="c"> 23</label><br>
  <label><input type="radio" name="q3" value="d"> 25</label>
</fieldset>
<button type="submit">Check answers</button>
</form>
<footer>© 2026 Networking 101</footer>
</body></html>
"""


def test_an_html_form_self_check_is_a_multiple_choice_card_per_fieldset(tmp_path: Path) -> None:
    """T25-46 (high): a page's self-check form (fieldsets with a legend and radio labels, the key in data-answer or
    data-correct) gave "cannot tell this document's layout". Now each fieldset is a question over its options, keyed
    by the page's key; a fieldset with no key is said at its question, never dropped silently."""
    notes, _, said = built_notes(tmp_path, {"self-check.html": FORM_QUIZ})
    assert _shown(notes) == [
        (
            "Which layer of the OSI model does a router work at?",
            "A) Data link B) Network C) Transport D) Application",
            "B) Network",
        ),
        ("Which protocol resolves IP addresses to MAC addresses?", "A) DNS B) DHCP C) ARP D) ICMP", "C) ARP"),
        ("Which port does SSH use by default?", "A) 21 B) 22 C) 23 D) 25", "B) 22"),
    ]
    assert not any(
        word in " ".join(" ".join(n["fields"].values()) for n in notes)
        for word in ("Check answers", "Home", "©")
    )
    unkeyed = FORM_QUIZ.replace(' data-answer="c"', "")
    notes, _, said = built_notes(tmp_path / "unkeyed", {"self-check.html": unkeyed})
    assert len(notes) == 2 and any(
        "self-check.html:16: warning: 4 options and none ticked" in s for s in said
    )


# --- T25-43: an AsciiDoc collapsible answer holding a code listing -------------------------------------------------

# /work/coord/repro-trial25/git-exercises.adoc (finder)
ADOC_EXERCISES = """= Git basics: exercises
:toc:

== Staging

.Exercise 1
What does `git add` do?

[%collapsible]
.Answer
====
It adds changes in the working tree to the staging area (index) for the next commit.
====

.Exercise 2
How do you see which files are staged?

.Answer
[%collapsible]
====
`git status` (staged files are listed under "Changes to be committed").
====

== History

.Exercise 3
Which command shows the commit history in one line per commit?

[%collapsible]
.Solution
====
[source,bash]
----
git log --oneline
----
====
"""


def test_an_asciidoc_collapsible_answer_holding_a_listing_is_that_code(tmp_path: Path) -> None:
    """T25-43 (high): a '[%collapsible]' '.Solution' block ('====') holding a '[source,bash]' '----' listing was "no
    answer": the listing inside the example block was not read. Now the listing is the answer's code."""
    notes, _, said = built_notes(tmp_path, {"git-exercises.adoc": ADOC_EXERCISES})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "What does git add do?",
            "It adds changes in the working tree to the staging area (index) for the next commit.",
        ),
        (
            "How do you see which files are staged?",
            'git status (staged files are listed under "Changes to be committed").',
        ),
        ("Which command shows the commit history in one line per commit?", "git log --oneline"),
    ]
    assert 'data-lang="bash"' in notes[2]["fields"]["Answer"]
    assert not [s for s in said if "no answer" in s]


# --- T25-22: Anki's Image Occlusion notes ------------------------------------------------------------------------------

# /work/coord/repro-trial25/anki-notes-mixed.txt (finder): Anki's 'Notes in Plain Text' export of six note types
ANKI_MIXED = """#separator:tab
#html:true
#guid column:1
#notetype column:2
#deck column:3
#tags column:7
a1B2c3D4e5\tBasic\tGeo::Capitals\tCapital of France?\tParis\t\tgeo europe
f6G7h8I9j0\tCloze\tGeo::Capitals\t{{c1::Canberra}} is the capital of {{c2::Australia}}.\tNot Sydney!\t\tgeo oceania
k1L2m3N4o5\tBasic (and reversed card)\tVocab::ES\tel perro\tthe dog\t\tvocab
p6Q7r8S9t0\tBasic (type in the answer)\tGeo::Capitals\tCapital of Japan?\tTokyo\t\tgeo asia
u1V2w3X4y5\tMedical Term\tMed\tTachycardia\tHeart rate &gt; 100 bpm\t<img src="ecg.png">\tcardio
z6A7b8C9d0\tImage Occlusion\tAnat\t{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1:oi=1}}\t<img src="heart.png">\t\tanat
"""


def test_an_anki_image_occlusion_note_is_said_and_skipped_never_a_cloze_of_its_mask(tmp_path: Path) -> None:
    """T25-22 (medium): an Image Occlusion note became a Cloze asking to recall 'image-occlusion:rect:left=.1:…'. Now it
    is said at its line and listed as skipped, in Anki's text export and in a package alike; the other notes build."""
    notes, skipped, said = built_notes(tmp_path, {"anki-notes-mixed.txt": ANKI_MIXED})
    assert len(notes) == 5 and not any("image-occlusion" in " ".join(n["fields"].values()) for n in notes)
    assert [(s["line"], s["skipped"]) for s in skipped] == [(12, "image occlusion")]
    assert any("anki-notes-mixed.txt:12: warning: an Image Occlusion note" in s for s in said)
    deck = genanki.Deck(2059400130, "Anat")
    deck.add_note(
        genanki.Note(
            model=genanki.CLOZE_MODEL,
            fields=["The {{c1::left ventricle}} pumps blood to the body.", ""],
            guid="lv-1",
        )
    )
    deck.add_note(
        genanki.Note(
            model=genanki.CLOZE_MODEL,
            fields=["{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1:oi=1}}", ""],
            guid="io-1",
        )
    )
    genanki.Package([deck]).write_to_file(str(tmp_path / "anat.apkg"))
    notes, skipped, said = built_notes(tmp_path / "pkg", {"anat.apkg": tmp_path / "anat.apkg"})
    assert [n["fields"]["Text"] for n in notes] == ["The {{c1::left ventricle}} pumps blood to the body."]
    assert [s["skipped"] for s in skipped] == ["image occlusion"]


# --- T25-39: RemNote's delimiters typed with no spaces ---------------------------------------------------------------

# /work/coord/repro-trial25/remnote-export.md (finder)
REMNOTE_TIGHT = """- Biology 101
    - Cell Biology
        - What is the powerhouse of the cell?>>Mitochondria
        - Ribosome::Site of protein synthesis
        - Nucleus;;Contains the cell's DNA
        - Stages of mitosis>>>
            - Prophase
            - Metaphase
            - Anaphase
            - Telophase
        - Osmosis<>Diffusion of water across a semi-permeable membrane
        - ATP<<Main energy currency of the cell
        - The {{cell membrane}} controls what enters and leaves the cell
"""


def test_remnote_delimiters_typed_without_spaces_are_cards_and_code_stays_code(tmp_path: Path) -> None:
    """T25-39 (high): RemNote's '>>', '>>>', '<>', '<<', ';;' typed with no spaces round them (as its editor takes
    them) gave no card. Now they are read as with spaces; 'x>>2', 'cout<<x' (code) are still no card."""
    notes, _, _ = built_notes(tmp_path, {"remnote-export.md": REMNOTE_TIGHT})
    assert [
        (n["notetype"], note_front(n), note_back(n) or plain_text(n["fields"].get("Text", ""))) for n in notes
    ] == [
        ("deckc Basic", "What is the powerhouse of the cell?", "Mitochondria"),
        ("deckc Basic", "Ribosome", "Site of protein synthesis"),
        ("deckc Basic", "Nucleus", "Contains the cell's DNA"),
        ("deckc Basic", "Stages of mitosis", "Prophase Metaphase Anaphase Telophase"),
        ("deckc Basic (and reversed)", "Osmosis", "Diffusion of water across a semi-permeable membrane"),
        ("deckc Basic", "Main energy currency of the cell", "ATP"),
        (
            "deckc Cloze",
            "The {{c1::cell membrane}} controls what enters and leaves the cell",
            "The {{c1::cell membrane}} controls what enters and leaves the cell",
        ),
    ]
    from compiler.sources.lines import outline_arrow

    assert [outline_arrow(t) for t in ("x>>2", "cout<<x", "std::cin>>n", "use x>>1 to halve")] == [None] * 4


# --- T25-60: a LaTeX quiz of nested enumerates with an Answers enumerate ---------------------------------------------

# /work/coord/repro-trial25/article-quiz.tex (finder)
ARTICLE_QUIZ = r"""\documentclass{article}
\begin{document}
\section*{Quiz 4: Thermodynamics}
\begin{enumerate}
  \item What is the SI unit of temperature?
  \begin{enumerate}[(a)]
    \item Celsius
    \item Kelvin
    \item Fahrenheit
    \item Rankine
  \end{enumerate}
  \item Which law states that energy is conserved?
  \begin{enumerate}[(a)]
    \item Zeroth law
    \item First law
    \item Second law
    \item Third law
  \end{enumerate}
  \item At absolute zero, the entropy of a perfect crystal is
  \begin{enumerate}[(a)]
    \item infinite
    \item negative
    \item zero
    \item undefined
  \end{enumerate}
\end{enumerate}

\subsection*{Answers}
\begin{enumerate}
  \item (b)
  \item (b)
  \item (c)
\end{enumerate}
\end{document}
"""


def test_a_latex_enumerate_quiz_is_keyed_by_its_answers_enumerate(tmp_path: Path) -> None:
    """T25-60 (severe): an article's quiz ('\\begin{enumerate}' of questions over '\\begin{enumerate}[(a)]' options, then
    '\\subsection*{Answers}' and '\\item (b)' …) gave "none marked correct" ×3: every answer entry was written '1.'.
    Now a numbered list's entries carry the numbers LaTeX prints, so the answers are a key of numbered entries."""
    notes, _, _ = built_notes(tmp_path, {"quiz.tex": ARTICLE_QUIZ})
    assert _shown(notes) == [
        ("What is the SI unit of temperature?", "A) Celsius B) Kelvin C) Fahrenheit D) Rankine", "B) Kelvin"),
        (
            "Which law states that energy is conserved?",
            "A) Zeroth law B) First law C) Second law D) Third law",
            "B) First law",
        ),
        (
            "At absolute zero, the entropy of a perfect crystal is",
            "A) infinite B) negative C) zero D) undefined",
            "C) zero",
        ),
    ]


# --- T25-40: the usual cause of broken JSON and YAML, named -----------------------------------------------------------


def test_broken_json_and_yaml_name_the_usual_cause(tmp_path: Path) -> None:
    """T25-40 (low): 'Expecting value' for a comma after the last record, 'found character that cannot start any
    token' for a tab: now the message says the cause and the line to fix."""
    from compiler.diagnostics import ContentError
    from compiler.sources.databank import convert_bank

    said = []
    for name, text in (
        (
            "trailing-comma.json",
            '[\n  {"question": "Q1?", "answer": "A1"},\n  {"question": "Q2?", "answer": "A2"},\n]\n',
        ),
        ("tabs.yaml", "questions:\n\t- question: What is 2+2?\n\t  answer: 4\n"),
    ):
        try:
            convert_bank(text, name)
        except ContentError as exc:
            said += [d.text() for d in exc.diagnostics]
    assert said[0].startswith("trailing-comma.json:3: error: broken JSON")
    assert "a comma after the last item before ']' (line 3): JSON allows none there; remove it" in said[0]
    assert said[1].startswith("tabs.yaml:2: error: broken YAML")
    assert "line 2 starts with a tab: YAML indents with spaces only" in said[1]


# --- T25-31: a web page downloaded zipped -------------------------------------------------------------------------


def test_a_web_page_downloaded_zipped_is_read_as_the_page(tmp_path: Path) -> None:
    """T25-31 (low): Google Docs' 'Download → Web page (.html, zipped)' was "not read: not read: a zip archive holding
    no quiz". Now a zip holding one page (beside its pictures) is read as that page; another zip is said "not read"
    once."""
    import zipfile

    page = (
        "<html><body><h1>Biology review</h1>"
        "<p>1. Which molecule stores genetic information?</p><ol type='a'><li>ATP</li><li>DNA</li><li>Glucose</li></ol>"
        "<p>Answer: b</p>"
        "<p>2. What is the basic unit of life?</p><ol type='a'><li>Cell</li><li>Atom</li><li>Organ</li></ol>"
        "<p>Answer: a</p></body></html>"
    )
    with zipfile.ZipFile(tmp_path / "BiologyReview.zip", "w") as z:
        z.writestr("BiologyReview.html", page)
        z.writestr("images/image1.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    with zipfile.ZipFile(tmp_path / "notes.zip", "w") as z:
        z.writestr("a.txt", "hello")
        z.writestr("b.txt", "world")
    notes, _, said = built_notes(
        tmp_path / "deck",
        {"BiologyReview.zip": tmp_path / "BiologyReview.zip", "notes.zip": tmp_path / "notes.zip"},
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which molecule stores genetic information?", "B) DNA"),
        ("What is the basic unit of life?", "A) Cell"),
    ]
    told = [s for s in said if "notes.zip" in s and "not read" in s]
    assert len(told) == 1 and "not read: not read" not in told[0]


# --- T25-59: Canvas' fill-in-multiple-blanks and multiple-dropdowns questions ------------------------------------

# /work/coord/repro-trial25/canvas-qti.zip (finder): Canvas' QTI 1.2 export, its quiz file and manifest
CANVAS_QTI = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="g1" title="Unit 3 quiz">
    <section ident="root_section">
      <item ident="i1" title="Question 1">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>fill_in_multiple_blanks_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;Water boils at [boil] °C and freezes at [freeze] °C at sea level.&lt;/p&gt;</mattext></material>
          <response_lid ident="response_boil"><material><mattext>boil</mattext></material>
            <render_choice><response_label ident="a1"><material><mattext texttype="text/plain">100</mattext></material></response_label></render_choice></response_lid>
          <response_lid ident="response_freeze"><material><mattext>freeze</mattext></material>
            <render_choice><response_label ident="a2"><material><mattext texttype="text/plain">0</mattext></material></response_label></render_choice></response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
          <respcondition><conditionvar><varequal respident="response_boil">a1</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
          <respcondition><conditionvar><varequal respident="response_freeze">a2</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
        </resprocessing>
      </item>
      <item ident="i2" title="Question 2">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_dropdowns_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;The [organ] pumps blood through the [system].&lt;/p&gt;</mattext></material>
          <response_lid ident="response_organ"><material><mattext>organ</mattext></material>
            <render_choice>
              <response_label ident="b1"><material><mattext texttype="text/plain">heart</mattext></material></response_label>
              <response_label ident="b2"><material><mattext texttype="text/plain">liver</mattext></material></response_label>
            </render_choice></response_lid>
          <response_lid ident="response_system"><material><mattext>system</mattext></material>
            <render_choice>
              <response_label ident="c1"><material><mattext texttype="text/plain">nervous system</mattext></material></response_label>
              <response_label ident="c2"><material><mattext texttype="text/plain">circulatory system</mattext></material></response_label>
            </render_choice></response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
          <respcondition><conditionvar><varequal respident="response_organ">b1</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
          <respcondition><conditionvar><varequal respident="response_system">c2</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
        </resprocessing>
      </item>
      <item ident="i3" title="Question 3">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_choice_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;Which gas do plants take in?&lt;/p&gt;</mattext></material>
          <response_lid ident="response1" rcardinality="Single"><render_choice>
            <response_label ident="d1"><material><mattext texttype="text/plain">Oxygen</mattext></material></response_label>
            <response_label ident="d2"><material><mattext texttype="text/plain">Carbon dioxide</mattext></material></response_label>
          </render_choice></response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
          <respcondition continue="No"><conditionvar><varequal respident="response1">d2</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
        </resprocessing>
      </item>
    </section>
  </assessment>
</questestinterop>
"""
CANVAS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m1" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
  <resources>
    <resource identifier="g1" type="imsqti_xmlv1p2">
      <file href="g1/g1.xml"/>
    </resource>
  </resources>
</manifest>
"""


def test_canvas_blanks_and_dropdowns_are_clozes_with_their_answers_in_place(tmp_path: Path) -> None:
    """T25-59 (medium): Canvas' 'Water boils at [boil] °C …' and 'The [organ] pumps …' were Basic cards showing the
    blank names, their answers listed as 'boil → 100'. Now they are clozes, each gap its right answer, a dropdown's
    other choices its hint."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "canvas-qti.zip", "w") as z:
        z.writestr("imsmanifest.xml", CANVAS_MANIFEST)
        z.writestr("g1/g1.xml", CANVAS_QTI)
    notes, _, _ = built_notes(tmp_path / "deck", {"canvas-qti.zip": tmp_path / "canvas-qti.zip"})
    clozes = [n["fields"]["Text"] for n in notes if n["notetype"] == "deckc Cloze"]
    assert clozes == [
        "Water boils at {{c1::100}} °C and freezes at {{c2::0}} °C at sea level.",
        "The {{c1::heart::heart / liver}} pumps blood through the {{c2::circulatory system::circulatory system / nervous system}}.",
    ]
    assert "→" not in " ".join(" ".join(n["fields"].values()) for n in notes)


# --- T25-61: a key kept as Word comments ---------------------------------------------------------------------------


def test_answers_kept_as_word_comments_are_the_questions_answers(tmp_path: Path) -> None:
    """T25-61 (medium): a Word copy whose answers are comments anchored on each question ('Answer: Nairobi') gave
    "question has no answer" ×3. Now a comment labelled as an answer is the answer of the paragraph it is anchored on;
    a reviewer's other comment ('rephrase this') is no card text."""
    import zipfile

    from test_docx import paragraph, write_docx

    def asked(n: int, text: str) -> str:
        return (f'<w:p><w:commentRangeStart w:id="{n}"/><w:r><w:t>{text}</w:t></w:r><w:commentRangeEnd w:id="{n}"/>'
                f'<w:r><w:commentReference w:id="{n}"/></w:r></w:p>')  # fmt: skip

    path = tmp_path / "comments-answers.docx"
    write_docx(path, [paragraph("Review questions", "Heading1"), asked(0, "1. What is the capital of Kenya?"),
                      asked(1, "2. Which river flows through Cairo?"), asked(2, "3. What is the largest desert in Africa?")])  # fmt: skip
    said = {0: "Answer: Nairobi", 1: "Answer: The Nile", 2: "Answer: The Sahara"}
    comments = "".join(
        f'<w:comment w:id="{n}" w:author="Teacher"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:comment>'
        for n, t in said.items()
    )
    comments += (
        '<w:comment w:id="9" w:author="Reviewer"><w:p><w:r><w:t>rephrase this</w:t></w:r></w:p></w:comment>'
    )
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(
            "word/comments.xml",
            f'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{comments}</w:comments>',
        )
    notes, _, _ = built_notes(tmp_path / "deck", {"comments-answers.docx": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the capital of Kenya?", "Nairobi"),
        ("Which river flows through Cairo?", "The Nile"),
        ("What is the largest desert in Africa?", "The Sahara"),
    ]
    assert "rephrase" not in " ".join(" ".join(n["fields"].values()) for n in notes)


# --- T25-35: Moodle's drag-into-text and select-missing-words questions ---------------------------------------------


def test_moodle_drag_into_text_and_gap_select_questions_are_clozes(tmp_path: Path) -> None:
    """T25-35 (medium): Moodle XML 'ddwtos' and 'gapselect' questions were "not read … export it as GIFT", which cannot
    hold them. Now each '[[n]]' is a gap holding the n-th choice, its group's choices (in their order) the hint."""
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="ddwtos">
    <name><text>Q2 arrastrar</text></name>
    <questiontext format="html"><text><![CDATA[<p>La velocidad es el cambio de [[1]] respecto al [[2]].</p>]]></text></questiontext>
    <dragbox><text>posición</text><group>1</group></dragbox>
    <dragbox><text>tiempo</text><group>1</group></dragbox>
    <dragbox><text>masa</text><group>1</group></dragbox>
  </question>
  <question type="gapselect">
    <name><text>Q3 huecos</text></name>
    <questiontext format="html"><text><![CDATA[<p>Un objeto en caída libre acelera a [[1]] m/s².</p>]]></text></questiontext>
    <selectoption><text>9,8</text><group>1</group></selectoption>
    <selectoption><text>3,0</text><group>1</group></selectoption>
    <selectoption><text>1,6</text><group>1</group></selectoption>
  </question>
</quiz>
"""
    notes, _, said = built_notes(tmp_path, {"moodle-export.xml": xml})
    assert [n["fields"]["Text"] for n in notes] == [
        "La velocidad es el cambio de {{c1::posición::posición / tiempo / masa}} respecto al {{c2::tiempo::posición / tiempo / masa}}.",
        "Un objeto en caída libre acelera a {{c1::9,8::9,8 / 3,0 / 1,6}} m/s².",
    ]
    assert not any("not read" in s for s in said)


# --- T25-47 (part): the advice for a slide deck ----------------------------------------------------------------------


def test_a_slide_decks_advice_names_the_knob_that_reads_its_pdf(tmp_path: Path) -> None:
    """T25-47 (high, part): a .pptx was told "export it as PDF", and the PDF was then "not read: lecture slides" — the
    advice never named pdf_slides = true. Now it does."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "lecture4.pptx", "w") as z:
        z.writestr("ppt/presentation.xml", "<p:presentation/>")
    notes, _, said = built_notes(
        tmp_path / "deck",
        {"lecture4.pptx": tmp_path / "lecture4.pptx", "q.md": "## What is TCP?\n\nA transport protocol.\n"},
    )
    told = [s for s in said if "lecture4.pptx" in s]
    assert (
        len(notes) == 1
        and len(told) == 1
        and "pdf_slides = true" in told[0]
        and "not read: a slide deck" in told[0]
    )
