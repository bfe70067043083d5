"""Twenty-sixth sitting, formats: ballot-box options side by side in one Word paragraph (T25-19 rest), slide decks
(T25-47 rest), the page's own option labels (①②③, а) б), أ) ب)) on the card."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from conftest import built_notes, note_back, note_front, plain_text


def _shown(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(front, options, back) of each note as a learner reads them."""
    return [(note_front(n), plain_text(n["fields"].get("Options", "")), note_back(n)) for n in notes]


def _boxes_paragraph(options: list[str], between: str) -> str:
    """One Word paragraph holding every option's box side by side, ``between`` (``<w:tab/>`` or ``<w:br/>``) apart."""
    runs = f"<w:r>{between}</w:r>".join(
        f'<w:r><w:t xml:space="preserve">{escape(o)}</w:t></w:r>' for o in options
    )
    return f"<w:p>{runs}</w:p>"


def test_ballot_boxes_side_by_side_in_one_word_paragraph_are_a_multiple_choice_card(tmp_path: Path) -> None:
    """T25-19 rest (high): a Word quiz saving space puts a question's boxed options in one paragraph, tab-separated
    ('☐ Red<TAB>☒ Blue<TAB>☐ Green') or a soft line break apart: each was a Basic card listing every box. Now the
    boxes are the options, the ticked one the key."""
    from test_docx import paragraph, write_docx

    path = tmp_path / "quiz3.docx"
    write_docx(
        path,
        [
            paragraph("Chemistry quiz", "Heading1"),
            paragraph("1. What colour does litmus turn in a base?"),
            _boxes_paragraph(["☐ Red", "☒ Blue", "☐ Green", "☐ Colourless"], "<w:tab/>"),
            paragraph("2. Which ion makes a solution acidic?"),
            _boxes_paragraph(["☐ OH⁻", "☐ Na⁺", "☒ H⁺ (H₃O⁺)", "☐ Cl⁻"], "<w:br/>"),
        ],
    )
    notes, _, _ = built_notes(tmp_path / "deck", {"quiz3.docx": path})
    assert _shown(notes) == [
        ("What colour does litmus turn in a base?", "A) Red B) Blue C) Green D) Colourless", "B) Blue"),
        ("Which ion makes a solution acidic?", "A) OH⁻ B) Na⁺ C) H⁺ (H₃O⁺) D) Cl⁻", "C) H⁺ (H₃O⁺)"),
    ]


# --- T25-47 (rest): a slide deck read with pdf_slides = true ---------------------------------------------------------

SLIDES_TYP = """#set page(width: 25.4cm, height: 14.29cm, margin: 1.5cm, footer: context [#h(1fr) #counter(page).display()])
#set text(size: 20pt)
#let slide(title, body) = { text(size: 30pt, weight: "bold", title); v(0.5em); body; pagebreak(weak: true) }
#slide[Lecture 4: The TCP/IP model][Networking 101 — Dr. Okafor]
#slide[Why layers?][
- Each layer solves one problem
- Layers can change independently
]
#slide[The four layers][
+ Link: frames on one network
+ Internet: packets across networks (IP)
]
#slide[TCP vs UDP][
- TCP: connection-oriented, reliable, ordered
- UDP: connectionless, no delivery guarantee
]
#slide[Check your understanding][
Which layer does IP belong to?
#v(1em)
#text(fill: gray)[Answer: the Internet layer.]
]
"""


def test_a_slide_decks_title_slide_is_no_card_and_a_slide_that_asks_is_its_question(tmp_path: Path) -> None:
    """T25-47 rest (high): read with pdf_slides = true, a lecture's PDF gave its title slide as a card ('Lecture 4: …' →
    'Networking 101 — Dr. Okafor') and its 'Check your understanding' slide as a card fronted by that title, the
    question and its 'Answer:' line both on the back. Now the title slide titles the deck, and the slide's question is
    the front, its answer the back, the slide's title its section."""
    from conftest import typeset_pdf

    pdf = typeset_pdf(tmp_path / "lecture4.pdf", SLIDES_TYP)
    table = '\n[[source]]\nid = "l4"\nfile = "sources/lecture4.pdf"\ntitle = "Lecture 4"\npdf_slides = true\n'
    notes, _, _ = built_notes(tmp_path / "deck", {"lecture4.pdf": pdf}, table)
    shown = {note_front(n): note_back(n) for n in notes}
    assert "Lecture 4: The TCP/IP model" not in shown and not any("Okafor" in b for b in shown.values())
    assert shown["Which layer does IP belong to?"] == "the Internet layer."
    asked = next(n for n in notes if note_front(n) == "Which layer does IP belong to?")
    assert asked["fields"]["Section"] == "Check your understanding"
    assert shown["Why layers?"] == "• Each layer solves one problem • Layers can change independently"
    assert not any("Answer:" in b for b in shown.values())


def test_a_question_line_over_an_answer_line_is_a_card_under_any_heading(tmp_path: Path) -> None:
    """T25-47 rest: the same shape typed in Markdown ('## Check your understanding' / 'Which layer …?' / 'Answer: …', no
    blank line between) was the heading's card with question and answer on its back, and alone under a heading no card
    at all ('text outside any question'). Options between the question and its key stay a multiple-choice question."""
    page = (
        "## Why layers?\n\n- Each layer solves one problem\n\n"
        "## Check your understanding\nWhich layer does IP belong to?\nAnswer: the Internet layer.\n\n"
        "## Transport\nWhat does TCP add over IP?\n**Answer:**\nReliable, ordered delivery.\n"
    )
    notes, _, said = built_notes(tmp_path, {"slides.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Why layers?", "Each layer solves one problem"),
        ("Which layer does IP belong to?", "the Internet layer."),
        ("What does TCP add over IP?", "Reliable, ordered delivery."),
    ]
    assert not any("outside any question" in s for s in said)
    quiz = "Which layer does IP belong to?\na) Link\nb) Internet\nAnswer: b\n\nWhat is 2 + 2?\na) 3\nb) 4\nAnswer: b\n"
    notes, _, _ = built_notes(tmp_path / "mc", {"mc.md": quiz})
    assert _shown(notes) == [
        ("Which layer does IP belong to?", "A) Link B) Internet", "B) Internet"),
        ("What is 2 + 2?", "A) 3 B) 4", "B) 4"),
    ]


# --- the page's own option labels on the card ---------------------------------------------------------------------

KO_CIRCLED = "1. 물의 끓는점은?\n① 50℃\n② 90℃\n③ 100℃\n④ 120℃\n정답: ③\n\n2. 다음 중 소수는?\n① 4 ② 6 ③ 7 ④ 9\n정답: ③\n"
RU_LETTERS = "1. Столица России?\nа) Киев\nб) Москва\nв) Минск\nОтвет: б\n\n2. Сколько будет 2+2?\nа) 3\nб) 4\nв) 5\nОтвет: б\n"
AR_LETTERS = "1. ما عاصمة مصر؟\nأ) القاهرة\nب) الإسكندرية\nج) أسوان\nالإجابة: أ\n\n2. كم يساوي 2+2؟\nأ) 3\nب) 4\nج) 5\nالإجابة: ب\n"
KO_JAMO = "1. 다음 중 포유류는?\nㄱ. 고래\nㄴ. 상어\nㄷ. 참치\n정답: ㄱ\n\n2. 다음 중 조류는?\nㄱ. 박쥐\nㄴ. 펭귄\nㄷ. 개구리\n정답: ㄴ\n"
NUMBERED = (
    "1. Which gas do plants absorb?\n(1) Oxygen\n(2) Carbon dioxide\n(3) Nitrogen\n(4) Helium\nAns: (2)\n\n"
    "2. Which is a noble gas?\n(i) Oxygen\n(ii) Neon\n(iii) Nitrogen\nAnswer: (ii)\n"
)


def test_a_card_shows_the_options_labels_the_page_uses(tmp_path: Path) -> None:
    """Options labelled ①②③, а) б) в), أ) ب) ج), ㄱ. ㄴ. ㄷ. or (1) (2) / (i) (ii) were shown 'A) B) C)' on the card, the
    right one 'C) 100℃': a learner reading the page's key '③' (or a teacher's note about ③) found no ③ on the card.
    The card now shows the page's labels, in the options and the right answer alike; Latin letters stay 'A)'."""
    notes, _, _ = built_notes(
        tmp_path,
        {
            "ko.txt": KO_CIRCLED,
            "ru.txt": RU_LETTERS,
            "ar.txt": AR_LETTERS,
            "jamo.txt": KO_JAMO,
            "in.txt": NUMBERED,
        },
    )
    assert sorted(_shown(notes)) == sorted(
        [
            ("물의 끓는점은?", "① 50℃ ② 90℃ ③ 100℃ ④ 120℃", "③ 100℃"),
            ("다음 중 소수는?", "① 4 ② 6 ③ 7 ④ 9", "③ 7"),
            ("Столица России?", "а) Киев б) Москва в) Минск", "б) Москва"),
            ("Сколько будет 2+2?", "а) 3 б) 4 в) 5", "б) 4"),
            ("ما عاصمة مصر؟", "أ) القاهرة ب) الإسكندرية ج) أسوان", "أ) القاهرة"),
            ("كم يساوي 2+2؟", "أ) 3 ب) 4 ج) 5", "ب) 4"),
            ("다음 중 포유류는?", "ㄱ. 고래 ㄴ. 상어 ㄷ. 참치", "ㄱ. 고래"),
            ("다음 중 조류는?", "ㄱ. 박쥐 ㄴ. 펭귄 ㄷ. 개구리", "ㄴ. 펭귄"),
            (
                "Which gas do plants absorb?",
                "(1) Oxygen (2) Carbon dioxide (3) Nitrogen (4) Helium",
                "(2) Carbon dioxide",
            ),
            ("Which is a noble gas?", "(i) Oxygen (ii) Neon (iii) Nitrogen", "(ii) Neon"),
        ]
    )
    notes, _, _ = built_notes(tmp_path / "latin", {"en.txt": "1. What is 2 + 2?\na) 3\nb) 4\nAnswer: b\n"})
    assert _shown(notes) == [("What is 2 + 2?", "A) 3 B) 4", "B) 4")]


def test_the_pages_option_labels_show_in_anki_and_read_back_from_the_package(tmp_path: Path) -> None:
    """The page's labels are what Anki shows on the card's back (a real import), and deckc's own package read back as
    a source gives the options' texts, the labels no part of them, shown as the card showed them (sitting 27)."""
    import html
    import re

    from ankiutil import import_apkg, open_collection
    from conftest import deck_of

    from compiler.build import build

    out = tmp_path / "out"
    build(deck_of(tmp_path, {"ko.txt": KO_CIRCLED}), out, now=1_000)
    package = next(out.glob("*.apkg"))
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, package)
        backs = []
        for cid in col.find_cards(""):
            back = re.sub(r"<(style|script)\b.*?</\1>", " ", col.get_card(cid).answer(), flags=re.S)
            backs.append(html.unescape(" ".join(re.sub(r"<[^>]+>", " ", back).split())))
    finally:
        col.close()
    assert any("① 50℃ ② 90℃ ③ 100℃ ④ 120℃" in b and "③ 100℃" in b.split("④ 120℃", 1)[1] for b in backs), backs
    assert not any("C)" in b for b in backs)
    notes, _, _ = built_notes(tmp_path / "again", {"mine.apkg": package})
    assert ("물의 끓는점은?", "① 50℃ ② 90℃ ③ 100℃ ④ 120℃", "③ 100℃") in _shown(notes)


# --- T26-16: a notebook's answer cell under its question cell ---------------------------------------------------------


def _notebook(path: Path, cells: list[tuple[str, str]]) -> Path:
    """A real .ipynb (nbformat 4) of these (cell type, source) cells."""
    import json

    made = [
        {"cell_type": kind, "metadata": {}, "source": text}
        | ({"outputs": [], "execution_count": None} if kind == "code" else {})
        for kind, text in cells
    ]
    meta = {"kernelspec": {"language": "python", "name": "python3"}}
    path.write_text(
        json.dumps({"cells": made, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8"
    )
    return path


def test_a_notebook_question_answered_by_the_next_markdown_cell_is_a_card(tmp_path: Path) -> None:
    """T26-16 (severe): a question cell ('**Q3.** Which function …?') answered by the next Markdown cell ('**Answer:**
    `a.mean(axis=0)`') over a code cell was dropped "no answer", and a card 'Answer: a.mean(axis=0)' was made. The
    answer cell answers the question above it, in a self-check and in an exercise notebook alike."""
    q3 = [
        ("markdown", "**Q3.** Which function computes the mean of each column?"),
        ("markdown", "**Answer:** `a.mean(axis=0)`"),
        ("code", "a.mean(axis=0)"),
    ]
    check = _notebook(
        tmp_path / "check.ipynb",
        [
            ("markdown", "# Week 2 – NumPy self-check"),
            ("markdown", "**Q1.** How do you create a 3×3 array of zeros?"),
            ("markdown", "<details><summary>Solution</summary>\n\n`np.zeros((3, 3))`\n\n</details>"),
            ("markdown", "**Q2.** What does `a.shape` return for `a = np.arange(12).reshape(3, 4)`?"),
            ("code", "a.shape"),
            *q3,
        ],
    )
    tasks = _notebook(
        tmp_path / "tasks.ipynb",
        [
            ("markdown", "# Exercises"),
            ("markdown", "Q1. Create a 3x3 array of zeros."),
            ("code", "np.zeros((3, 3))"),
            ("markdown", "Q2. Concatenate x1 and x2."),
            ("code", "np.concatenate([x1, x2])"),
            *q3,
        ],
    )
    for book in (check, tasks):
        notes, skipped, _ = built_notes(tmp_path / book.stem, {book.name: book})
        shown = {note_front(n): note_back(n) for n in notes}
        assert shown["Which function computes the mean of each column?"].startswith("a.mean(axis=0)"), shown
        assert not any("Answer" in front for front in shown) and not skipped
        assert len(notes) == 3


# --- T26-14: an FAQ's last entry worded as a user's problem -------------------------------------------------------


def test_an_faqs_last_entry_stated_as_a_problem_is_a_question(tmp_path: Path) -> None:
    """T26-14 (severe): scrapy's FAQ (reStructuredText) ends with 'Running ``runspider`` I get ``error: No spider
    found …``' (no '?'): after the page's last question it was read as a section, its answer "text outside any
    question", the entry lost. A user's problem after an FAQ's last question is its last entry; 'License' stays a
    section."""
    asked = [
        "How does Scrapy compare to BeautifulSoup?",
        "Does Scrapy work with HTTP proxies?",
        "How can I simulate a user login?",
        "Does Scrapy crawl breadth-first?",
        "Can I run a spider without a project?",
    ]
    parts = ["Frequently Asked Questions", "==========================", ""]
    for question in asked:
        parts += [question, "-" * len(question), "", f"The answer to: {question}", ""]
    last = "Running ``runspider`` I get ``error: No spider found in file: <filename>``"
    parts += [
        last,
        "-" * len(last),
        "",
        "Your project has a spider module named like a standard library module.",
        "",
    ]
    parts += ["License", "-------", "", "BSD-3-Clause.", ""]
    notes, _, said = built_notes(tmp_path, {"faq.rst": "\n".join(parts)})
    shown = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == 6 and "License" not in shown
    assert shown["Running runspider I get error: No spider found in file: <filename>"] == (
        "Your project has a spider module named like a standard library module."
    )
    assert not any("outside any question" in s and "faq.rst:" in s and "spider module" in s for s in said)


# --- T26-15: a definition of several paragraphs in a web page's <dl> --------------------------------------------------


def test_a_web_pages_definition_of_two_paragraphs_is_all_its_terms_answer(tmp_path: Path) -> None:
    """T26-15 (high): a library FAQ written as a <dl> whose <dd> holds two <p> kept only the first on the card ('Depuis
    votre compte lecteur …'); the second ('Un prêt ne peut être prolongé qu'une fois.') was text outside any
    question. Both are the answer, a paragraph each; a <dd> of one paragraph reads as before."""
    page = (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>FAQ</title></head><body><main>'
        "<h1>Questions fréquentes</h1><dl>"
        "<dt>Combien de livres puis-je emprunter&nbsp;?</dt><dd>Dix documents pendant 3 semaines.</dd>"
        "<dt>Comment prolonger un prêt&nbsp;?</dt>"
        "<dd><p>Depuis votre compte lecteur, rubrique « Mes prêts ».</p><p>Un prêt ne peut être prolongé qu'une fois.</p></dd>"
        "</dl></main></body></html>"
    )
    notes, _, said = built_notes(tmp_path, {"faq.html": page})
    answers = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert answers == {
        "Combien de livres puis-je emprunter ?": "<p>Dix documents pendant 3 semaines.</p>",
        "Comment prolonger un prêt ?": (
            "<p>Depuis votre compte lecteur, rubrique « Mes prêts ».</p><p>Un prêt ne peut être prolongé qu'une fois.</p>"
        ),
    }
    assert not any("outside any question" in s for s in said)


# --- T26-27: GIFT partial credit beside a full-credit answer ----------------------------------------------------------


def test_a_gift_option_of_partial_credit_beside_the_right_one_is_no_right_option(tmp_path: Path) -> None:
    """T26-27 (severe): Moodle's own example 'Difficult multiple choice question.{ ~wrong answer ~%50%half credit
    answer =full credit answer }' was taught as 'choose 2', the half-credit option right. In Moodle it is a
    single-answer question: only the full-credit answer is right, the half-credit one's credit is said in the
    explanation. Options of credit with no full-credit one stay the right ones of a multiple-answer question."""
    gift = (
        "Difficult multiple choice question.{\n~wrong answer #comment on wrong answer\n"
        "~%50%half credit answer #comment on answer\n=full credit answer #well done!}\n\n"
        "Which are prime?{\n~%50%2\n~%50%3\n~%-100%4}\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.gift": gift})
    assert _shown(notes) == [
        (
            "Difficult multiple choice question.",
            "A) wrong answer B) half credit answer C) full credit answer",
            "C) full credit answer",
        ),
        ("Which are prime?", "A) 2 B) 3 C) 4 (choose 2)", "A) 2 B) 3"),
    ]
    assert "half credit answer: 50% credit — comment on answer" in plain_text(
        notes[0]["fields"]["Explanation"]
    )


# --- T26-49: a picture whose path holds a space -----------------------------------------------------------------------


def test_a_picture_whose_path_holds_a_space_is_on_the_card(tmp_path: Path) -> None:
    """T26-49 (high): '![Esquema de la célula](imágenes/célula 1.png)' (a local picture as Typora or Obsidian write it,
    the file there) was the link's raw text on the card, no picture, no warning. It is the picture, packed in the
    deck; the same in a code span stays code."""
    import base64
    import json
    import zipfile

    from conftest import deck_of

    from compiler.build import build

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )
    content = deck_of(
        tmp_path,
        {
            "celula.md": "# La célula\n\n## ¿Qué muestra este esquema?\n\n![Esquema de la célula](imágenes/célula 1.png)\n\n"
            "Una célula animal con su núcleo.\n\n## ¿Cómo se escribe?\n\n`![x](a b.png)`\n",
        },
    )
    (content / "sources" / "imágenes").mkdir()
    (content / "sources" / "imágenes" / "célula 1.png").write_bytes(png)
    out = tmp_path / "out"
    result = build(content, out, now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    shown = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    # (the question asks what the picture shows: the picture is on its front since T32-37)
    front = next(q for q in shown if q.endswith("¿Qué muestra este esquema?"))
    assert '<img src="célula 1.png" alt="Esquema de la célula">' in front, shown
    assert "![" not in front and shown[front] == "<p>Una célula animal con su núcleo.</p>"
    assert shown["¿Cómo se escribe?"] == "<p><code>![x](a b.png)</code></p>"
    with zipfile.ZipFile(next(out.glob("*.apkg"))) as z:
        assert "célula 1.png" in json.loads(z.read("media")).values()
    assert not any("not found" in s for s in said)


# --- T26-32: an AMC subject's copy layout -------------------------------------------------------------------------


def test_an_amc_subjects_copy_layout_is_no_card_text(tmp_path: Path) -> None:
    """T26-32 (medium): the '\\exemplaire{1}{ … }' after an AMC subject's questions (the copy's title, '\\restituegroupe
    {geo}') was the last card's explanation, raw. It is the paper's layout: on no card."""
    tex = (
        "\\documentclass{article}\n\\usepackage[francais,bloc]{automultiplechoice}\n\\begin{document}\n\n"
        "\\element{geo}{\n\\begin{question}{capitale}\n  Quelle est la capitale de la France ?\n  \\begin{reponses}\n"
        "    \\bonne{Paris}\n    \\mauvaise{Lyon}\n  \\end{reponses}\n\\end{question}\n}\n\n"
        "\\element{geo}{\n\\begin{questionmult}{fleuves}\n  Lesquels se jettent dans l'Atlantique ?\n  \\begin{reponses}\n"
        "    \\bonne{La Loire}\n    \\mauvaise{Le Rhône}\n    \\bonne{La Garonne}\n  \\end{reponses}\n\\end{questionmult}\n}\n\n"
        "\\exemplaire{1}{\n\\begin{center}\\Large Contrôle de géographie\\end{center}\n\\champnom{\\fbox{Nom}}\n"
        "\\restituegroupe{geo}\n}\n\\end{document}\n"
    )
    notes, _, _ = built_notes(tmp_path, {"amc.tex": tex})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Quelle est la capitale de la France ?", "A) Paris"),
        ("Lesquels se jettent dans l'Atlantique ?", "A) La Loire C) La Garonne"),
    ]
    assert not any(n["fields"].get("Explanation") for n in notes)


# --- T26-23: an Anki export whose '#columns:' line names a custom note type's fields -----------------------------


def test_an_anki_export_of_a_custom_note_type_reads_its_fields_by_their_names(tmp_path: Path) -> None:
    """T26-23 (severe): an Anki text export of a 6-field vocabulary note type ('#columns:word;prefix;postfix;meaning;
    note;exampleSentence') took the second field as the answer: the back opened with the article 'der', unlabelled,
    and 'gehen;;;to go;…' was dropped "write the answer in the second column". The fields are read by their names:
    'meaning' answers, the others follow on the back, each after its name."""
    export = (
        "#separator:Semicolon\n#html:false\n#columns:word;prefix;postfix;meaning;note;exampleSentence\n"
        "Hund;der;-e;dog;;Der Hund bellt laut.\ngehen;;;to go;strong verb: ging, gegangen;Wir gehen nach Hause.\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"vocab.txt": export})
    assert not skipped
    assert {note_front(n): n["fields"]["Answer"] for n in notes} == {
        "Hund": "<p>dog</p><p>Prefix: der</p><p>Postfix: -e</p><p>ExampleSentence: Der Hund bellt laut.</p>",
        "gehen": "<p>to go</p><p>Note: strong verb: ging, gegangen</p><p>ExampleSentence: Wir gehen nach Hause.</p>",
    }


# --- T26-55: an import template's row describing its columns ----------------------------------------------------


def test_an_import_templates_description_row_is_no_question(tmp_path: Path) -> None:
    """T26-55 (low): Quizizz's import template has a row under its header describing each column ('Text of the
    question (required)', 'The correct option choice (between 1-5). …'): it was read as a question and warned "its
    'Correct Answer' … names none of its options". It is the template's: no card, no warning."""
    sheet = (
        "Question Text,Question Type,Option 1,Option 2,Option 3,Correct Answer,Answer explanation\n"
        '"Text of the question (required)","Question Type (default is Multiple Choice)",'
        '"Text for option 1 (required in all cases except open-ended & draw questions)","Text for option 2 (required)",'
        '"Text for option 3 (optional)","The correct option choice (between 1-5).","Text explaining the correct answer '
        '(optional)"\n'
        "What is the boiling point of water at sea level?,Multiple Choice,90 °C,100 °C,110 °C,2,At 1 atm.\n"
        'Which of these are noble gases?,Checkbox,Helium,Oxygen,Neon,"1,3",\n'
    )
    notes, skipped, said = built_notes(tmp_path, {"quizizz.csv": sheet})
    assert _shown(notes) == [
        ("What is the boiling point of water at sea level?", "A) 90 °C B) 100 °C C) 110 °C", "B) 100 °C"),
        ("Which of these are noble gases?", "A) Helium B) Oxygen C) Neon (choose 2)", "A) Helium C) Neon"),
    ]
    assert not skipped and not any(
        "Text of the question" in s or "names none of its options" in s for s in said
    )


# --- T26-31: a quiz written with LaTeX's moodle package --------------------------------------------------------------

MOODLE_STY = r"""\documentclass{article}
\usepackage{moodle}
\begin{document}
\begin{quiz}{Unit 4: Cells}

\begin{multi}[points=2]{Organelle}
Which organelle is the site of aerobic respiration?
\item Ribosome
\item* Mitochondrion
\item Golgi apparatus
\end{multi}

\begin{multi}[multiple]{Prokaryotes}
Which of these are found in prokaryotic cells?
\item* Ribosomes
\item Nucleus
\item* Cell membrane
\end{multi}

\begin{numerical}{Chromosomes}
How many chromosomes are in a normal human body cell?
\item 46
\end{numerical}

\begin{shortanswer}{Powerhouse}
The mitochondrion is often called the \blank{} of the cell.
\item powerhouse
\end{shortanswer}

\begin{truefalse}{Cell wall}
Animal cells have a cell wall.
\item False
\end{truefalse}

\end{quiz}
\end{document}
"""


def test_a_quiz_written_with_the_moodle_package_gives_a_card_per_question(tmp_path: Path) -> None:
    r"""T26-31 (severe): a LaTeX quiz written with the moodle package (multi with '\item*' right, numerical,
    shortanswer with '\blank{}', truefalse) was 0 cards, "cannot tell this document's layout" and regex advice. Each
    question is a card, the quiz's name their section, Moodle's titles on none."""
    notes, skipped, _ = built_notes(tmp_path, {"cells.tex": MOODLE_STY})
    assert _shown(notes) == [
        (
            "Which organelle is the site of aerobic respiration?",
            "A) Ribosome B) Mitochondrion C) Golgi apparatus",
            "B) Mitochondrion",
        ),
        (
            "Which of these are found in prokaryotic cells?",
            "A) Ribosomes B) Nucleus C) Cell membrane (choose 2)",
            "A) Ribosomes C) Cell membrane",
        ),
        ("How many chromosomes are in a normal human body cell?", "", "46"),
        ("The mitochondrion is often called the _____ of the cell.", "", "powerhouse"),
        ("Animal cells have a cell wall.", "", "False"),
    ]
    assert all(n["fields"]["Section"] == "Unit 4: Cells" for n in notes) and not skipped


# --- T26-46: a raw HTML table's rows at their own lines -------------------------------------------------------------


def test_a_raw_html_tables_cards_stand_at_their_rows_lines(tmp_path: Path) -> None:
    """T26-46 (low): the cards of a raw <table> in a Markdown page were right, but their lines were those right under
    '<table>' (6, 7, 8), not their rows' (9, 14, 19): a message about a row sent the user to the wrong place."""
    rows = "".join(
        f"  <tr>\n    <td>{n}</td>\n    <td>{q}</td>\n    <td>{a}</td>\n  </tr>\n"
        for n, q, a in (
            (1, "What is the box model?", "Content, padding, border and margin."),
            (2, "What does <code>z-index</code> do?", "It sets the stacking order."),
            (3, "What is a <code>rem</code>?", "A size relative to the root element's font."),
        )
    )
    page = f"# CSS\n\n<table>\n  <tr>\n    <th>#</th>\n    <th>Question</th>\n    <th>Answer</th>\n  </tr>\n{rows}</table>\n"
    notes, _, _ = built_notes(tmp_path, {"css.md": page})
    assert [(n["items"][0]["line"], note_front(n)) for n in notes] == [
        (9, "What is the box model?"),
        (14, "What does z-index do?"),
        (19, "What is a rem ?"),
    ]
