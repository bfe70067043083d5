"""Sitting 20, helper "pdf": exam PDFs keyed by an answer page, by bold options, with options wrapped over lines."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, typeset_pdf

# (question, options, index of the correct one): an AWS-style practice exam
_QUESTIONS = [
    ("Which AWS service provides object storage?", ["Amazon EC2", "Amazon S3", "Amazon RDS", "AWS Lambda"], 1),
    ("Which pillar of the framework focuses on recovering from failures?", ["Cost optimization", "Performance efficiency", "Reliability", "Security"], 2),
    ("Which service is a managed relational database?", ["Amazon DynamoDB", "Amazon RDS", "Amazon S3", "Amazon SQS"], 1),
    ("Which service delivers content with low latency worldwide?", ["Amazon CloudFront", "AWS Config", "Amazon Inspector", "AWS Batch"], 0),
]
_KEY = ["B", "C", "B", "A"]


def _literal(text: str) -> str:
    """Text as Typst prints it, no markup ('1.' would be a numbered list, '*' bold)."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _exam(bold: str = "", key: str = "", long: bool = False) -> str:
    """The exam's Typst source: each question over its options, the correct option's text (``bold="text"``) or line
    (``bold="line"``) or every option (``bold="all"``) in bold, ``key`` typeset on a page of its own at the end."""
    out = ['#set page(paper: "a5")', ""]
    for n, (question, options, correct) in enumerate(_QUESTIONS, 1):
        out.append(f"{_literal(f'{n}. {question}')} \\")
        for k, option in enumerate(options):
            letter = "ABCD"[k]
            if long and k == correct:
                option += ", which is the service the question asks about and the one to remember for the exam"
            if bold == "all" or (bold == "line" and k == correct):
                out.append(f"*{_literal(f'{letter}. {option}')}* \\")
            elif bold == "text" and k == correct:
                out.append(f"{_literal(f'{letter}. ')}*{_literal(option)}* \\")
            else:
                out.append(f"{_literal(f'{letter}. {option}')} \\")
        out.append("")
    if key:
        out += ["#pagebreak()", key]
    return "\n".join(out)


def _keyed(notes: list[dict]) -> dict[str, str]:  # type: ignore[type-arg]
    return {note_front(n): note_back(n) for n in notes}


def _expected(long: bool = False) -> dict[str, str]:
    out = {}
    for (question, options, correct), letter in zip(_QUESTIONS, _KEY, strict=True):
        text = options[correct] + (", which is the service the question asks about and the one to remember for the exam" if long else "")
        out[question] = f"{letter}) {text}"
    return out


def test_an_answer_table_on_the_last_page_keys_the_exam(tmp_path: Path) -> None:
    """pdf 1 (severe): an exam PDF keyed by a table on its last page ('Answer Key' / 'Question | Answer' / '1 | B')
    made no card: the table's text comes out 'Question Answer' over '1 B' lines, and the header line was taken for
    text, so no key was read. A key table's header run together is skipped and its rows read as entries, with or
    without a heading above it, an explanation column kept whole ('Amazon S3 is …', not 'is …')."""
    table = "*Answer Key*\n\n#table(columns: 3, [Question], [Answer], [Explanation], " + ", ".join(
        f"[{n}], [{letter}], [{_QUESTIONS[n - 1][1][_QUESTIONS[n - 1][2]]} is the one.]" for n, letter in enumerate(_KEY, 1)
    ) + ")"
    pdf = typeset_pdf(tmp_path / "exam.pdf", _exam(key=table))
    notes, _, said = built_notes(tmp_path / "a", {"exam.pdf": pdf})
    assert _keyed(notes) == _expected(), said
    assert "Amazon S3 is the one." in str(notes[0]["fields"]), notes[0]["fields"]
    bare = "#table(columns: 2, [Q.No.], [Correct Answer], " + ", ".join(f"[{n}], [{letter}]" for n, letter in enumerate(_KEY, 1)) + ")"
    pdf = typeset_pdf(tmp_path / "bare.pdf", _exam(key=bare))
    notes, _, said = built_notes(tmp_path / "b", {"bare.pdf": pdf})
    assert _keyed(notes) == _expected(), said


def test_an_answer_page_in_text_keys_the_exam(tmp_path: Path) -> None:
    """pdf 1: the usual shapes of an answer page ('Answers: 1. B 2. C …', '1) B - why', '1-B 2-C') key the exam."""
    shapes = {
        "line": _literal("Answers: " + " ".join(f"{n}. {letter}" for n, letter in enumerate(_KEY, 1))),
        "explained": "*Answer Key* \\\n" + " \\\n".join(_literal(f"{n}) {letter} - because the others are not.") for n, letter in enumerate(_KEY, 1)),
        "dashed": _literal("ANSWER KEY") + " \\\n" + _literal("  ".join(f"{n}-{letter}" for n, letter in enumerate(_KEY, 1))),
    }
    for name, key in shapes.items():
        pdf = typeset_pdf(tmp_path / f"{name}.pdf", _exam(key=key))
        notes, _, said = built_notes(tmp_path / name, {f"{name}.pdf": pdf})
        assert _keyed(notes) == _expected(), (name, said)


def test_options_wrapped_over_lines_keep_their_whole_text(tmp_path: Path) -> None:
    """pdf 1: an option too long for its line, wrapped by the page, cut the question: the option's end was read as
    text, so its question became a basic card whose back listed the options (its key unused) or the option was cut
    short. An option's wrapped lines join its label's line."""
    key = _literal("Answers") + " \\\n" + " \\\n".join(_literal(f"{n}. {letter}") for n, letter in enumerate(_KEY, 1))
    pdf = typeset_pdf(tmp_path / "long.pdf", _exam(key=key, long=True))
    notes, _, said = built_notes(tmp_path / "a", {"long.pdf": pdf})
    assert _keyed(notes) == _expected(long=True), said
    assert {n["kind"] for n in notes} == {"multiple_choice"}, notes


def test_bold_options_key_the_exam(tmp_path: Path) -> None:
    """pdf 2 (high): an exam PDF marking each correct option only by setting it in bold (no letter key) made no card
    (or, bold lines being paragraphs, cut each question at its bold option). The PDF's fonts say which characters are
    bold: an option whose text is bold, in a question where some but not all are, is the correct one; wrapped too."""
    for bold in ("text", "line"):
        pdf = typeset_pdf(tmp_path / f"{bold}.pdf", _exam(bold=bold))
        notes, _, said = built_notes(tmp_path / bold, {f"{bold}.pdf": pdf})
        assert _keyed(notes) == _expected(), (bold, said)
    pdf = typeset_pdf(tmp_path / "wrapped.pdf", _exam(bold="text", long=True))
    notes, _, said = built_notes(tmp_path / "wrapped", {"wrapped.pdf": pdf})
    assert _keyed(notes) == _expected(long=True), said


def test_options_all_bold_are_no_key(tmp_path: Path) -> None:
    """pdf 2: a PDF setting every option in bold marks none: no option is taken for the key (no card, said), and the
    answer page still keys it."""
    pdf = typeset_pdf(tmp_path / "all.pdf", _exam(bold="all"))
    from compiler.sources.pdf import pdf_text

    text = pdf_text(pdf, "all.pdf").text
    assert "B. **Amazon S3**" not in text and "**Amazon S3**" not in text.replace("**B. Amazon S3**", ""), text
    key = _literal("Answers: " + " ".join(f"{n}. {letter}" for n, letter in enumerate(_KEY, 1)))
    pdf = typeset_pdf(tmp_path / "keyed.pdf", _exam(bold="all", key=key))
    notes, _, said = built_notes(tmp_path / "k", {"keyed.pdf": pdf})
    assert _keyed(notes) == _expected(), said


# an exam's questions with their answers, each opening with a task verb or a question word
_ASKED = [
    ("Differentiate between RAM and ROM.", "RAM is volatile and writable; ROM keeps its contents without power."),
    ("Enumerate the layers of the OSI model.", "Physical, data link, network, transport, session, presentation, application."),
    ("Derive the area of a circle.", "Integrate the circumference over the radius to get pi R squared."),
    ("Explain early stopping.", "Training stops when the validation loss stops improving."),
    ("What is dropout?", "Randomly zeroing units during training so no unit is relied on."),
]


def _asked(style: str) -> str:
    out = ['#set page(paper: "a5")', ""]
    for n, (question, answer) in enumerate(_ASKED, 1):
        if style == "large":
            out.append(f"#text(size: 14pt)[{_literal(f'{n}. {question}')}]\n")
        elif style == "bold-numbered":
            out.append(f"*{_literal(f'Q{n}. {question}')}* \\")
        else:
            out.append(f"*{_literal(question)}* \\")
        out += [_literal(answer), ""]
    return "\n".join(out)


def test_every_question_of_an_exam_pdf_is_a_card(tmp_path: Path) -> None:
    """pdf 3 (high, regression from R19-1's 'no card from this file'): a PDF whose questions, set large, open with
    task verbs the fronts check did not know ('Differentiate …', 'Enumerate …', 'Derive …') gave no card; a PDF of bold
    questions lost those that do not end in '?' ('**Q4. Explain early stopping.**' read as the answer above it, a
    card fronted by it and its answer). Every question is a card, its answer the text under it."""
    for style in ("large", "bold-numbered", "bold"):
        pdf = typeset_pdf(tmp_path / f"{style}.pdf", _asked(style))
        notes, _, said = built_notes(tmp_path / style, {f"{style}.pdf": pdf})
        assert {note_front(n): note_back(n) for n in notes} == dict(_ASKED), (style, said)


def _word_exam(path: Path, bold: str = "", after: list[str] | None = None) -> Path:
    """A Word test: each question a paragraph over its options, the correct option's whole paragraph in bold
    (``bold="line"``), or every option's (``bold="all"``); ``after`` more body XML at the end."""
    from test_docx import paragraph, write_docx

    body = []
    for n, (question, options, correct) in enumerate(_QUESTIONS, 1):
        body.append(paragraph(f"{n}. {question}"))
        body += [paragraph(f"{'ABCD'[k]}. {option}", bold=bold == "all" or (bold == "line" and k == correct)) for k, option in enumerate(options)]
    write_docx(path, body + (after or []))
    return path


def _word_table(rows: list[list[str]]) -> str:
    from test_docx import paragraph

    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def test_a_word_test_keyed_by_bold_option_paragraphs(tmp_path: Path) -> None:
    """pdf 2 (Word): a test whose correct options are whole paragraphs in bold ('**B. Amazon S3**', label and all) gave
    'none marked correct' and no card for most questions; read as its text alone in bold, the bold is the key. A test
    with every option in bold marks none."""
    notes, _, said = built_notes(tmp_path / "a", {"exam.docx": _word_exam(tmp_path / "exam.docx", bold="line")})
    assert _keyed(notes) == _expected(), said
    from compiler.sources.docx import docx_html

    html, _ = docx_html(_word_exam(tmp_path / "all.docx", bold="all"), "all.docx")
    assert "<p><strong>B. Amazon S3</strong></p>" in html, html


def test_a_word_test_keyed_by_a_table_with_no_heading(tmp_path: Path) -> None:
    """pdf 1 (Word): a key table at a test's end with no 'Answers' heading above it ('Q | Answer | Explanation' over
    '1 | B | …') was read as no key: its header row names the key's columns, so the table is the key."""
    rows = [["Q", "Answer", "Explanation"], *[[str(n), letter, "The others do something else."] for n, letter in enumerate(_KEY, 1)]]
    docx = _word_exam(tmp_path / "exam.docx", after=[_word_table(rows)])
    notes, _, said = built_notes(tmp_path / "a", {"exam.docx": docx})
    assert _keyed(notes) == _expected(), said
    assert "The others do something else." in str(notes[0]["fields"])


# a quiz as Typst sets a list broken by blocks: every question shows '1.', each correct option in bold, a page number
_ONES_TYP = r"""#set page(paper: "a5", numbering: "1")
= Biology Quiz

+ Which organelle makes most of the cell's ATP?
#block(inset: (left: 1em))[a) Nucleus \ *b) Mitochondrion* \ c) Golgi apparatus \ d) Lysosome]

+ What molecule carries genetic information?
#block(inset: (left: 1em))[a) ATP \ b) Glucose \ *c) DNA* \ d) Cellulose]

+ Where does photosynthesis take place?
#block(inset: (left: 1em))[*a) Chloroplast* \ b) Ribosome \ c) Vacuole \ d) Cell wall]
"""


def test_questions_all_numbered_one_are_each_a_question(tmp_path: Path) -> None:
    """trial21 T21-18 (high): a PDF quiz whose list shows '1.' over every question (each restarted after its options)
    was one item holding all of them ('one item holds 26 of the document's 27 lines'). A numbered line with the number
    of the question before it, right under that question's options and over options of its own, is the next
    question. The page's number ('1' at its foot, a one-page PDF) is no explanation of the last question."""
    pdf = typeset_pdf(tmp_path / "quiz.pdf", _ONES_TYP)
    notes, _, said = built_notes(tmp_path / "a", {"quiz.pdf": pdf})
    assert _keyed(notes) == {
        "Which organelle makes most of the cell’s ATP?": "B) Mitochondrion",
        "What molecule carries genetic information?": "C) DNA",
        "Where does photosynthesis take place?": "A) Chloroplast",
    }, said
    assert not any(n["fields"].get("Explanation") for n in notes), [n["fields"] for n in notes]


def test_a_key_never_answers_questions_numbered_alike_by_their_number(tmp_path: Path) -> None:
    """sitting 20 pdf (severe, a wrong answer taught): questions all numbered '1.' (a Markdown list that numbers itself,
    a Word list the conversion restarted after each question's typed options) over an answer key '1. B 2. C 3. A' were
    each keyed by entry 1: B for every one. Questions sharing a number pair with the key in order when it numbers one
    entry per question, else none is keyed; a Word list keeps the numbers Word shows."""
    questions = "\n\n".join(
        f"1. {question}\n\n" + "\n".join(f"   {'ABCD'[k]}. {option}" for k, option in enumerate(options)) for question, options, _ in _QUESTIONS
    )
    key = "\n\n## Answers\n\n" + "\n".join(f"{n}. {letter}" for n, letter in enumerate(_KEY, 1)) + "\n"
    notes, _, said = built_notes(tmp_path / "a", {"quiz.md": questions + key})
    assert _keyed(notes) == _expected(), said
    other = "## What is a region?\n\nA geographic area holding several availability zones.\n"
    notes, _, said = built_notes(tmp_path / "b", {"quiz.md": questions + key.replace("4. A\n", ""), "other.md": other})
    # (a Markdown list numbered '1.' on every item shows 1, 2, 3, 4: its first three questions are keyed by the three
    # entries, the fourth said to have none: sitting 35, lazy numbering read as Markdown renders it; it was none keyed)
    first_three = dict(list(_expected().items())[:3])
    assert _keyed(notes) == {**first_three, "What is a region?": "A geographic area holding several availability zones."}, said
    assert any("quiz.md:" in s and "none marked correct" in s for s in said), said
    from test_sitting19_readers import _docx

    paragraphs: list[tuple[str, int | None]] = []
    for question, options, _ in _QUESTIONS:
        paragraphs += [(question, 1), *[(f"{'ABCD'[k]}. {option}", None) for k, option in enumerate(options)]]
    paragraphs += [("Answers", None), *[(f"{n}. {letter}", None) for n, letter in enumerate(_KEY, 1)]]
    docx = _docx(tmp_path / "quiz.docx", paragraphs, {1: ("decimal", 1)})
    notes, _, said = built_notes(tmp_path / "c", {"quiz.docx": docx})
    assert _keyed(notes) == _expected(), said


def test_a_key_line_the_page_wrapped_keys_the_quiz(tmp_path: Path) -> None:
    """trial21 T21-34 (severe): an answer key the page wrapped after an entry's number ('Answers: 1. A 2.' / 'C 3. B')
    was not read: every question 'none marked correct', no note. Its lines are joined while one ends in a number."""
    questions = "\n\n".join(
        f"{n}. {question}\n" + "\n".join(f"{'ABCD'[k]}. {option}" for k, option in enumerate(options)) for n, (question, options, _) in enumerate(_QUESTIONS, 1)
    )
    notes, _, said = built_notes(tmp_path / "a", {"quiz.md": questions + "\n\nAnswers: 1. B 2.\nC 3. B\n4. A\n"})
    assert _keyed(notes) == _expected(), said
    key = "*Answers:* " + " ".join(f"{n}. {letter}" for n, letter in enumerate(_KEY * 4, 1))
    long = [(q, o, c) for q, o, c in _QUESTIONS * 4]
    typ = '#set page(width: 74mm, height: 105mm, margin: 6mm)\n#set text(size: 8pt)\n' + "\n\n".join(
        f"{_literal(f'{n}. {question}')} \\\n" + " \\\n".join(_literal(f"{'ABCD'[k]}. {option}") for k, option in enumerate(options))
        for n, (question, options, _) in enumerate(long, 1)
    ) + "\n#pagebreak()\n" + key
    pdf = typeset_pdf(tmp_path / "quiz.pdf", typ)
    notes, _, said = built_notes(tmp_path / "b", {"quiz.pdf": pdf})
    assert len(notes) == 4 and _keyed(notes) == _expected(), said  # (each question four times: merged into one note)


def test_options_cut_by_a_page_break_stay_one_question(tmp_path: Path) -> None:
    """trial21 T21-33 (severe): a question whose options a page break cut ('(b) …' at a page's foot, the running header,
    '(c) …' atop the next) lost the options after the break (no card, or a card of two options) and the footer
    'Page 1 of 2' was glued to the option before it. A page's number at its edge is left out, and the options after the
    break join those before it."""
    header = "Networks -- Final Exam Form A"
    typ = (
        f'#set page(paper: "a6", header: [{header}], footer: context [Page #counter(page).display() of 2])\n'
        + "\n\n".join(
            f"{_literal(f'{n}. {question}')} \\\n"
            + " \\\n".join(_literal(f"({'abcd'[k]}) {option}") for k, option in enumerate(options[:2]))
            + ("\n#pagebreak()\n" if n == 2 else " \\\n")
            + " \\\n".join(_literal(f"({'abcd'[k]}) {option}") for k, option in enumerate(options[2:], 2))
            for n, (question, options, _) in enumerate(_QUESTIONS, 1)
        )
        + "\n\n"
        + _literal("Answers: " + " ".join(f"{n}. {letter}" for n, letter in enumerate(_KEY, 1)))
    )
    pdf = typeset_pdf(tmp_path / "exam.pdf", typ)
    notes, _, said = built_notes(tmp_path / "a", {"exam.pdf": pdf})
    assert _keyed(notes) == _expected(), said
    assert all(n["fields"]["Options"].count("<li") == 4 and "Page" not in n["fields"]["Options"] for n in notes), notes
