"""Fifteenth sitting, formats2: quiz exchange formats nobody here had read (an MD2QTI quiz, Blackboard upload rows,
Blooket/Gimkit CSV, H5P content, a JSON bank with keys in Polish). Fixtures written here in the formats' shapes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes by question, and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"].get("Question") or n["fields"].get("Text"): n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


MD2QTI = """@quiz title: Networking basics
@quiz description: week 3
---
@title: Q1
@points: 2
@type: multiple choice
@question: 1
Which layer routes packets?

    traceroute example.org

@answer:
* Transport
* > Network
    * @feedback: IP lives here
* Link
@feedback: The network layer picks the path.
---
@title: Q2
@points: 2
@type: Multiple Answers
@question:
Which of these are transport protocols
@answer:
* > TCP
* > UDP
* ICMP
---
@type: numerical
@question:
How many bits long is an IPv4 address?
@answer:
> 32, 0
---
@type: blank
@question:
The protocol that maps IP addresses to MAC addresses
@answer:
* > ARP
* > arp
* > Address Resolution Protocol
---
@type: multiple dropdown
@question:
Port [p1] is HTTP, port [p2] is SSH.
@answer:
+ p1
    * 21
    * > 80
+ p2
    * > 22
    * 23
---
@type: matching
@question:
Match each device to its layer.
@answer:
+ Hub
    * > Physical
+ Switch
    * > Link
+ Spare
    * Session
---
@type: essay
@question:
Describe the three-way handshake.
---
"""


def test_an_md2qti_quiz_is_its_questions(tmp_path: Path) -> None:
    """trial15 T15-75: an MD2QTI quiz ('@type:' / '@question:' / '@answer:' / '* > right', blocks between '---')
    was one note of the whole file run together, the right marks lost. Each gradable question is a card with its
    right answers; the essay is a warning and no card; settings lines are never card text."""
    notes, said = _built(tmp_path, {"net.txt": MD2QTI})
    assert len(notes) == 6
    routes = notes[next(q for q in notes if "Which layer routes packets?" in q)]
    assert routes["kind"] == "multiple_choice" and routes["fields"]["Correct"] == "B) Network"
    assert "traceroute" in routes["fields"]["Question"]
    assert "IP lives here" in routes["fields"]["Explanation"] and "picks the path" in routes["fields"]["Explanation"]
    transport = notes["Which of these are transport protocols"]
    assert transport["fields"]["Correct"] == "A) TCP<br>B) UDP"
    assert notes["How many bits long is an IPv4 address?"]["fields"]["Answer"] == "<p>32</p>"
    arp = notes["The protocol that maps IP addresses to MAC addresses"]["fields"]
    assert arp["Answer"] == "<p>ARP</p><p>Also accepted: Address Resolution Protocol</p>"  # (arp: ARP in another case)
    assert "arp," not in json.dumps(arp)
    ports = notes["Port _____ is HTTP, port _____ is SSH."]["fields"]["Answer"]
    assert ports == "<p>Port <strong>80</strong> is HTTP, port <strong>22</strong> is SSH.</p>"
    layers = notes["Match each device to its layer."]["fields"]["Answer"]
    assert "Hub → Physical" in layers and "Switch → Link" in layers and "Also offered: Session" in layers
    text = json.dumps([n["fields"] for n in notes.values()])
    assert "@" not in text and "points" not in text
    assert any(s.startswith("sources/net.txt:65: warning: MD2QTI question not read: an essay") for s in said)


BLOOKET = """Blooket Import Template,,,,,,,
Question #,Question Text,Answer 1,Answer 2,Answer 3 (Optional),Answer 4 (Optional),Time Limit (sec) (Max: 300 seconds),Correct Answer(s) (Only include Answer #)
1,Which planet is closest to the Sun?,Venus,Mercury,Mars,Earth,20,2
2,Which of these are gas giants?,Jupiter,Mars,Saturn,,20,"1,3"
3,What is the largest moon of Saturn?,Titan,Europa,,,20,1
"""


def test_a_blooket_set_is_fronted_by_its_question_text(tmp_path: Path) -> None:
    """trial15 T15-42: a Blooket export ('Question #', 'Question Text', 'Answer 1'…, 'Correct Answer(s)') made
    multiple-choice notes fronted by the question's NUMBER ('1', '2' …), the question on the back as 'Question
    Text: …'. 'Question Text' is the question, 'Question #' only the row's number."""
    notes, _ = _built(tmp_path, {"planets.csv": BLOOKET})
    assert set(notes) == {"Which planet is closest to the Sun?", "Which of these are gas giants?", "What is the largest moon of Saturn?"}
    assert notes["Which planet is closest to the Sun?"]["fields"]["Correct"] == "B) Mercury"
    assert notes["Which of these are gas giants?"]["fields"]["Correct"] == "A) Jupiter<br>C) Saturn"
    assert not any("Question" in n["fields"]["Explanation"] for n in notes.values())


H5P_SET = {
    "introPage": {"showIntroPage": False},
    "progressType": "dots",
    "questions": [
        {"library": "H5P.MultiChoice 1.16", "params": {
            "question": "<p>Which metals are magnetic?</p>",
            "answers": [{"text": "<div>Iron</div>", "correct": True, "tipsAndFeedback": {"chosenFeedback": "<p>Yes, iron is.</p>"}},
                        {"text": "<div>Copper</div>", "correct": False, "tipsAndFeedback": {"chosenFeedback": ""}},
                        {"text": "<div>Nickel</div>", "correct": True, "tipsAndFeedback": {}}],
            "UI": {"checkAnswerButton": "Check", "confirmCheck": {"header": "Finish ?", "body": "Are you sure you wish to finish ?"}},
            "behaviour": {"enableRetry": True}}},
        {"library": "H5P.TrueFalse 1.8", "params": {"question": "<p>Water boils at 100 °C at sea level.</p>", "correct": "true",
                                                    "l10n": {"trueText": "True", "falseText": "False"}}},
        {"library": "H5P.Blanks 1.14", "params": {"text": "<p>Fill in the missing words</p>",
                                                  "questions": ["<p>The chemical symbol of gold is *Au*.</p>", "<p>A *proton/hydrogen nucleus* is positive.</p>"],
                                                  "checkAnswer": "Check"}},
        {"library": "H5P.DragText 1.10", "params": {"taskDescription": "Drag the words into the right boxes",
                                                    "textField": "Plants take in *carbon dioxide*.\nThey give off *oxygen:a gas*.", "distractors": "*helium*"}},
        {"library": "H5P.Essay 1.5", "params": {"taskDescription": "Describe the water cycle."}},
        {"library": "H5P.Dialogcards 1.9", "params": {"dialogs": [{"text": "<p>Osmosis</p>", "answer": "<p>Water crossing a membrane</p>"}]}},
        {"library": "H5P.ImageHotspotQuestion 1.8", "params": {"imageHotspotQuestion": {}}},
    ],
    "texts": {"prevButton": "Previous question", "finishButton": "Finish"},
}


def test_h5p_content_is_read_as_its_tasks(tmp_path: Path) -> None:
    """trial15 T15-88: an H5P content.json was read as a plain bank: the player's strings ('confirmCheck: Are you sure
    you wish to finish ?') became a card's explanation and tasks without a 'question' key were lost. Each task is
    its card (multiple choice, true/false, fill-in sentences, drag-the-words, dialog cards); the essay and a task
    type deckc does not read are warnings; no player string is card text."""
    notes, said = _built(tmp_path, {"content.json": json.dumps(H5P_SET, indent=1)})
    metals = notes["Which metals are magnetic?"]["fields"]
    assert metals["Correct"] == "A) Iron<br>C) Nickel" and metals["Explanation"] == "<p>Iron: Yes, iron is.</p>"
    assert notes["Water boils at 100 °C at sea level. True or false?"]["fields"]["Correct"] == "A) True"
    assert notes["The chemical symbol of gold is _____."]["fields"]["Answer"] == "<p>The chemical symbol of gold is <strong>Au</strong>.</p>"
    assert "<strong>proton</strong> (or hydrogen nucleus)" in notes["A _____ is positive."]["fields"]["Answer"]
    assert "<strong>oxygen</strong>" in notes["They give off _____."]["fields"]["Answer"]
    assert notes["Osmosis"]["fields"]["Answer"] == "<p>Water crossing a membrane</p>"
    text = json.dumps([n["fields"] for n in notes.values()])
    assert "finish" not in text.lower() and "Check" not in text and "a gas" not in text
    assert any("question 5: an open question" in s for s in said) and any("H5P.ImageHotspotQuestion" in s for s in said)


GIMKIT = """Question,Correct Answer,Incorrect Answer 1,Incorrect Answer 2,Incorrect Answer 3
How many sides does a triangle have?,3,4,5,6
Which gas do plants take in?,Carbon dioxide,Oxygen,Nitrogen,Helium
"""


def test_a_gimkit_set_is_multiple_choice(tmp_path: Path) -> None:
    """trial15 T15-42, Gimkit: 'Question, Correct Answer, Incorrect Answer 1..3' was a Basic card listing 'Incorrect
    Answer 1: …' on the back. It is multiple choice: the correct answer and the incorrect ones its options, the right
    one the correct answer's own cell (a number there, '3', is the answer, never option 3)."""
    notes, _ = _built(tmp_path, {"gimkit.csv": GIMKIT})
    sides = notes["How many sides does a triangle have?"]
    assert sides["kind"] == "multiple_choice" and sides["fields"]["Correct"].endswith(") 3")
    gas = notes["Which gas do plants take in?"]["fields"]
    assert gas["Correct"].endswith(") Carbon dioxide") and "Incorrect Answer" not in json.dumps(gas)


BLACKBOARD = "".join(
    f"MC\t<p>00{k}. {rid}</p> <p>Which of these is <strong>FALSE</strong> of&nbsp;<span style=\"color: #793AAA;\">osmosis</span>?</p>"
    f"\tA. Water moves <span style=\"color: blue;\">across</span> a membrane.\t{a}\tB. It needs ATP.\t{b}\tC. It follows a gradient.\tIncorrect\n"
    for k, (rid, a, b) in enumerate([("3fa1", "Incorrect", "Correct"), ("b2c4", "Correct", "Incorrect"), ("77de", "Incorrect", "Correct"),
                                     ("0c19", "Incorrect", "Correct"), ("e5a0", "Incorrect", "Correct"), ("9d3b", "Incorrect", "Correct")], start=1)
)
BB_TABLE = '\n[[source]]\nid = "bb"\nfile = "sources/bb-osmosis.txt"\nlayout = "delimited"\n'


def test_blackboard_upload_rows_of_html_read_as_text(tmp_path: Path) -> None:
    """trial15 T15-77: Blackboard MC rows written in HTML had their HTML escaped into the fields ('&lt;span …'), every
    option showed its letter twice ('A) A. …') and every front opened with the bank generator's row id ('001. 3fa1').
    Now the text is plain, the options lettered once, and the row id no text (it keeps each variant's own note id)."""
    notes, said = _built(tmp_path, {"bb-osmosis.txt": BLACKBOARD}, BB_TABLE)
    assert all(q == "Which of these is FALSE of osmosis?" for q in notes)  # (the same stem: 6 variants)
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    options = [n["fields"]["Options"] for n in manifest["notes"]]
    assert all("A)</span> Water moves across a membrane." in o for o in options)
    assert not any("&lt;" in o or "A. " in o for o in options)
    assert {n["id"].rsplit("-", 1)[1] for n in manifest["notes"]} <= {"3fa1", "b2c4", "77de", "0c19", "e5a0", "9d3b"}
    assert not any("same question" in s for s in said)


POLISH = """[
 {"pytanie": "Która struktura danych działa jak kolejka?", "typ": "jedna",
  "opcje": ["Stos", "Kolejka FIFO", "Drzewo"], "poprawna": 1, "wyjasnienie": "Pierwszy wchodzi, pierwszy wychodzi."},
 {"pytanie": "Ile bitów ma bajt?", "typ": "jedna", "opcje": ["4", "8", "16"], "poprawna": 1}
]
"""
SWEDISH = """[
 {"question": "Vilken planet är störst?", "options": ["Mars", "Jupiter", "Venus"], "rätt": 1},
 {"question": "Vilka är ädelgaser?", "options": ["Neon", "Syre", "Argon"], "rätt": [0, 2]}
]
"""


def test_a_bank_keyed_by_index_in_any_language(tmp_path: Path) -> None:
    """trial15 T15-81: a Polish bank (pytanie / opcje / poprawna: the right option's index / wyjasnienie) made Basic
    cards whose back was 'typ: jedna opcje: … poprawna: 1 wyjasnienie: …'. The Polish keys are known, and a key of
    any name holding the only option index beside the options is the answer (a Swedish 'rätt')."""
    notes, _ = _built(tmp_path, {"kolejki.json": POLISH, "planeter.json": SWEDISH})
    queue = notes["Która struktura danych działa jak kolejka?"]["fields"]
    assert queue["Correct"] == "B) Kolejka FIFO" and queue["Explanation"] == "<p>Pierwszy wchodzi, pierwszy wychodzi.</p>"
    assert "typ" not in json.dumps(queue) and notes["Ile bitów ma bajt?"]["fields"]["Correct"] == "B) 8"
    assert notes["Vilken planet är störst?"]["fields"]["Correct"] == "B) Jupiter"
    assert notes["Vilka är ädelgaser?"]["fields"]["Correct"] == "A) Neon<br>C) Argon"


TYPST = """#import "@preview/ctheorems:1.1.3": *
#set page(numbering: "1")
#let problem = thmbox("problem", "Problem")

= Sequences

#problem[
  Show that the sequence $a_n = 1/n$ converges to $0$.
]

#solution[
  For $epsilon > 0$ take $N > 1/epsilon$; then _for all_ $n > N$:
  $ abs(a_n - 0) < epsilon $
]

#problem(title: "Series")[
  Which of these series converge?
  + $sum 1/n^2$
  + $sum 1/n$
]

#pagebreak()

== Limits

#question[
  What is $lim_(x -> 0) sin(x)/x$?
]
#answer[
  *One*: $1$.
]
"""
TYPST_TABLE = '\n[[source]]\nid = "seq"\nfile = "sources/sequences.typ"\ntitle = "Sequences"\n'


def test_a_typst_homeworks_exercises_and_solutions(tmp_path: Path) -> None:
    """trial15 T15-41: a Typst document ('#exercise[…]' / '#solution[…]') was not read ('save it as text', then a guessed
    '#let' pattern). Each exercise is its card, the solution after it its back, Typst maths TeX; an exercise with no
    solution is 'no answer'; set-up lines and layout calls are no text."""
    notes, said = _built(tmp_path, {"sequences.typ": TYPST}, TYPST_TABLE)
    converges = next(n for q, n in notes.items() if q.startswith("Show that the sequence"))["fields"]
    assert r"\(a_n = \frac{1}{n}\)" in converges["Question"] and "<em>for all</em>" in converges["Answer"]
    assert r"|a_n - 0| &lt; \varepsilon" in converges["Answer"].replace("| a_n - 0 |", "|a_n - 0|")
    limit = next(n for q, n in notes.items() if q.startswith("What is"))["fields"]
    assert r"\lim_{x \rightarrow 0}" in limit["Question"] and limit["Answer"].startswith("<p><strong>One</strong>")
    assert limit["Section"] == "Limits"  # (its heading; "Sequences" above it is the page title)
    assert len(notes) == 2 and any(":16: warning: question has no answer" in s for s in said)
    text = json.dumps([(n["fields"]["Question"], n["fields"]["Answer"]) for n in notes.values()])
    assert "#" not in text and "pagebreak" not in text and "thmbox" not in text
    unlisted, _ = _built(tmp_path / "unlisted", {"sequences.typ": TYPST})  # (a .typ not named in deck.toml is read too)
    assert len(unlisted) == 2


def test_a_markdown_table_of_a_correct_and_wrong_answers_keeps_its_answers(tmp_path: Path) -> None:
    """trial16 T16-28 (regression of T15-42's Gimkit reading): a Markdown table 'Question | Correct answer | Wrong
    answer 1..3' with numeric answers was keyed by reading the correct cell as an option's place ('2 + 2' → 'D) 22',
    a row of '8' skipped). The Markdown table's reader takes the key as a key, so the Gimkit shape is the CSV
    reader's only: the table's cards teach their correct answers."""
    table = (
        "| # | Question | Correct answer | Wrong answer 1 | Wrong answer 2 | Wrong answer 3 |\n|---|---|---|---|---|---|\n"
        "| 1 | 2 + 2 | 4 | 3 | 5 | 22 |\n| 2 | (27 - 29) + 10 | 8 | 12 | 4 | 6 |\n| 3 | Capital of France? | Paris | Lyon | Nice | Marseille |\n"
    )
    notes, _ = _built(tmp_path, {"sums.md": table})
    assert len(notes) == 3
    for question, right in (("2 + 2", "4"), ("(27 - 29) + 10", "8"), ("Capital of France?", "Paris")):
        fields = notes[question]["fields"]
        assert fields.get("Correct", "").endswith(f") {right}") or fields.get("Answer", "").startswith(f"<p>{right}</p>")


WRAPPED_EXAM = r"""\documentclass{exam}
\newenvironment{auswahl}%
    {\begin{oneparchoices}}%
    {\end{oneparchoices}}
\newenvironment{loesung}%
    {\renewcommand{\solutiontitle}{\noindent\textbf{Lösung:}}\begin{solutionorbox}}%
    {\end{solutionorbox}}
\newcommand{\lücke}[1]{\fillin[#1]}
\begin{document}
\begin{questions}
\question[2] Markieren Sie die Edelgase.\par
\begin{auswahl}
\CorrectChoice Neon
\choice Sauerstoff
\CorrectChoice Argon
\end{auswahl}
\begin{loesung}
Sie stehen in der achten Hauptgruppe.
\end{loesung}
\question[1] Wasser siedet bei \lücke{100} Grad Celsius.\par
\end{questions}
\end{document}
"""


def test_an_exam_in_environments_of_its_own(tmp_path: Path) -> None:
    """trial16 T16-30: an exam-class paper whose choices and solutions are wrapped in environments of the author's own
    ('\\newenvironment{不定项选择}{\\begin{oneparchoices}}{…}') and whose fill-in is a command named in its language
    ('\\newcommand{\\填空}[1]{\\fillin[#1]}') gave Basic cards of raw LaTeX, the blank's answer on the front. The
    environments and commands are written out as LaTeX does; a stating stem over its options asks."""
    notes, _ = _built(tmp_path, {"pruefung.tex": WRAPPED_EXAM})
    gases = notes["Markieren Sie die Edelgase."]
    assert gases["kind"] == "multiple_choice" and gases["fields"]["Correct"] == "A) Neon<br>C) Argon"
    assert "achten Hauptgruppe" in gases["fields"]["Explanation"] and "solutiontitle" not in json.dumps(gases["fields"])
    water = notes["Wasser siedet bei _____ Grad Celsius."]["fields"]
    assert water["Answer"].startswith("<p>100</p>")
    assert "\\" not in json.dumps([n["fields"]["Question"] for n in notes.values()]).replace("\\\\(", "").replace("\\\\)", "")


def test_a_right_and_wrong_answers_sheet_headed_in_other_languages(tmp_path: Path) -> None:
    """trial16 T16-21: a quiz bot's sheet 'Savol, To'g'ri javob, Noto'g'ri javob 1..3' (Uzbek: question, right answer,
    wrong answers) made its header a card and each back the answers run together ('0,4,-7,5'). Its columns are named
    in the languages such templates are written in: one multiple-choice note per row, keyed on the right answer."""
    uz = "Savol,To'g'ri javob,Noto'g'ri javob 1,Noto'g'ri javob 2,Noto'g'ri javob 3\n(-21 - -9) + 12,0,4,-7,5\n(27 - 29) + 10,8,12,4,6\n"
    ru = "Вопрос;Правильный ответ;Неправильный ответ 1;Неправильный ответ 2\nСтолица Франции?;Париж;Лион;Ницца\n"
    notes, _ = _built(tmp_path, {"uz.csv": uz, "ru.csv": ru})
    assert set(notes) == {"(-21 - -9) + 12", "(27 - 29) + 10", "Столица Франции?"}
    assert notes["(-21 - -9) + 12"]["fields"]["Correct"].endswith(") 0") and notes["(27 - 29) + 10"]["fields"]["Correct"].endswith(") 8")
    assert notes["Столица Франции?"]["kind"] == "multiple_choice" and notes["Столица Франции?"]["fields"]["Correct"].endswith(") Париж")


def test_a_vocabulary_sheet_headed_by_language_names_in_other_languages(tmp_path: Path) -> None:
    """trial15 T15-47: a sheet whose header names its languages in the learner's language ('Französisch;Deutsch;Beispiel',
    'Español,Inglés', 'Русский,Английский') made the header a card ('Französisch' → 'Deutsch Beispiel'). It is the
    header: no card."""
    sheets = {
        "fr-de.csv": "Französisch;Deutsch;Beispiel\net;und;Et les larmes … / Und die Tränen …\ndeux;zwei;deux fois\n",
        "es-en.csv": "Español,Inglés\nperro,dog\ngato,cat\n",
        "ru-en.csv": "Русский,Английский\nкошка,cat\nсобака,dog\n",
        "pl-en.csv": "Polski,Angielski\nkot,cat\npies,dog\n",
    }
    notes, _ = _built(tmp_path, sheets)
    assert set(notes) == {"et", "deux", "perro", "gato", "кошка", "собака", "kot", "pies"}
    assert notes["et"]["fields"]["Answer"].startswith("<p>und</p>")


def test_a_glossary_under_a_question_and_a_horizontal_list_are_cards(tmp_path: Path) -> None:
    """lead G20: a reST '.. glossary::' under a question's section was glued onto that question's answer (its terms no
    cards), and an AsciiDoc '[horizontal]' list ('HTTP:: 80') in an FAQ was text outside any question. The glossary
    is a section beside the question, its terms cards; the horizontal list's terms are cards over their definitions."""
    rst = ("Biology FAQ\n===========\n\nWhat do ribosomes make?\n-----------------------\n\nProteins.\n\n.. glossary::\n\n"
           "   Codon\n      Three bases that code for one amino acid.\n\n   Anticodon\n      The tRNA's matching triplet.\n")
    adoc = ("= Chemistry FAQ\n\n[qanda]\nWhat is a mole?::\n  6.022e23 particles.\n\n== Symbols\n\n[horizontal]\nSodium:: Na\n"
            "Potassium::\n  K\n")
    notes, said = _built(tmp_path, {"bio.rst": rst, "chem.adoc": adoc})
    assert notes["What do ribosomes make?"]["fields"]["Answer"] == "<p>Proteins.</p>"
    assert notes["Codon"]["fields"]["Answer"] == "<p>Three bases that code for one amino acid.</p>" and "Anticodon" in notes
    assert notes["Sodium"]["fields"]["Answer"] == "<p>Na</p>" and notes["Potassium"]["fields"]["Answer"] == "<p>K</p>"
    assert not any("outside any question" in s for s in said)


QTITEXT = """MC
1. Which planet is closest to the Sun?
A. Venus
*B. Mercury
C. Mars

MA
1. Which are noble gases?
*A. Neon
B. Oxygen
*C. Argon

SA
1. The chemical symbol of iron is ____.
A. Fe
B. fe

ES
1. Describe the water cycle.

MB
1. Water boils at [t1] degrees Celsius and freezes at [t2].
t1: 100, one hundred
t2: 0

MD
1. The largest planet is [p1].
p1: Saturn
*p1: Jupiter

MT
1. Match each element to its symbol.
[r1]left1: Sodium
[r2]left2: Potassium
r1: Na
r2: K
r3: S
"""


def test_a_qticonverter_text_bank_is_read_as_its_questions(tmp_path: Path) -> None:
    """trial15 T15-79: qtiConverter's text bank (a kind line over '1. question' and its answers, '*' marking the right
    ones) was not read (its kind lines ended the cards before them, an essay's back was 'MB', the marks lost). Each
    gradable question is its card; the essay a warning."""
    notes, said = _built(tmp_path, {"bank.txt": QTITEXT})
    assert notes["Which planet is closest to the Sun?"]["fields"]["Correct"] == "B) Mercury"
    assert notes["Which are noble gases?"]["fields"]["Correct"] == "A) Neon<br>C) Argon"
    assert notes["The chemical symbol of iron is ____."]["fields"]["Answer"] == "<p>Fe</p><p>Also accepted: fe</p>"
    boils = notes["Water boils at _____ degrees Celsius and freezes at _____."]["fields"]["Answer"]
    assert "<strong>100</strong> (or one hundred)" in boils and "<strong>0</strong>" in boils
    assert "<strong>Jupiter</strong>" in notes["The largest planet is _____."]["fields"]["Answer"]
    match = notes["Match each element to its symbol."]["fields"]["Answer"]
    assert "Sodium → Na" in match and "Potassium → K" in match and "Also offered: S" in match
    assert len(notes) == 6 and any(":18: warning: qtiConverter question not read: an essay" in s for s in said)


def test_rst_answers_hidden_in_toggles_under_question_paragraphs(tmp_path: Path) -> None:
    """trial16 T16-51: a Sphinx page's answers in '.. dropdown:: Answer' / '.. dropdown:: Show answer' under a question
    paragraph were 'question has no answer' (lost); an '.. admonition:: Q? / :class: dropdown' was glued onto the card
    before it. A toggle titled with an answer word (or untitled) answers the paragraph above; an admonition-as-dropdown
    titled with a question is a card of its own; a dropdown titled with a question stays one."""
    rst = ("Cells\n=====\n\nWhat does a ribosome make?\n\n.. dropdown:: Answer\n\n   Proteins.\n\nWhat holds the DNA?\n\n"
           ".. dropdown:: Click to see the solution\n   :color: info\n\n   The nucleus.\n\nWhat makes ATP?\n\n.. toggle::\n\n"
           "   The mitochondrion.\n\n.. admonition:: What does a lysosome do?\n   :class: dropdown\n\n   It digests waste.\n\n"
           ".. dropdown:: Why do plant cells have walls?\n\n   For support.\n")
    notes, said = _built(tmp_path, {"cells.rst": rst})
    answers = {q: n["fields"]["Answer"] for q, n in notes.items()}
    assert answers == {
        "What does a ribosome make?": "<p>Proteins.</p>", "What holds the DNA?": "<p>The nucleus.</p>",
        "What makes ATP?": "<p>The mitochondrion.</p>", "What does a lysosome do?": "<p>It digests waste.</p>",
        "Why do plant cells have walls?": "<p>For support.</p>",
    }  # fmt: skip
    assert not any("no answer" in s or "outside any question" in s for s in said)


def test_problem_labels_are_the_items_not_the_solutions_steps(tmp_path: Path) -> None:
    """trial15 T15-39: an exam's solutions as text ('Problem 1' alone on a line / the statement / 'Solution:' / the
    worked solution, its steps numbered 'Step 1:' in every problem) was guessed as items '^Step N:': solution steps
    for fronts, the problems in no card. The guess is the numbered problem labels, the solution label the answer;
    pasted, it reads the problems."""
    from compiler.sources.base import Document
    from compiler.sources.detect import suggest_pattern

    steps = "Step 1: Write the matrix.\nIt is square.\nStep 2: Reduce it.\nIt has full rank.\n"
    text = "Midterm solutions\n" + "".join(f"Problem {k}\nShow that the matrix M{k} is invertible.\nSolution:\n{steps}" for k in range(1, 5))
    guess = suggest_pattern(Document(rel="midterm.txt", text=text))
    assert "item = '^\\s*Problem\\s*(?P<number>\\d+)\\s*[.:)]?\\s*$'" in guess
    assert "answer = '^\\s*(?i:Solution)\\s*[:.]\\s*(?P<answer>.*)$'" in guess
    table = '\n[[source]]\nid = "midterm"\nfile = "sources/midterm.txt"\n' + "\n".join(guess) + "\n"
    notes, _ = _built(tmp_path, {"midterm.txt": text}, table)
    assert set(notes) == {f"Show that the matrix M{k} is invertible." for k in range(1, 5)}
    assert all("Step 2: Reduce it." in n["fields"]["Answer"] for n in notes.values())
