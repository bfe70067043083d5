"""Sitting 22, helper "pdf": plain-text quizzes keep their text literally, part titles between questions are sections,
unnumbered multiple-choice questions in a PDF or a .txt are read."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text, typeset_pdf

from compiler.sources.converted import literal_markdown, markdown_line


def _literal(text: str) -> str:
    """Text as Typst prints it, no markup."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typeset(path: Path, paragraphs: list[list[str]], bold: set[str] = frozenset()) -> Path:  # type: ignore[assignment]
    """A PDF of these paragraphs, each line on its own, a line in ``bold`` set in bold."""
    out = ['#set page(paper: "a5")', "#set par(spacing: 0.9em)", ""]
    for lines in paragraphs:
        out += [" \\\n".join(f"*{_literal(line)}*" if line in bold else _literal(line) for line in lines), ""]
    return typeset_pdf(path, "\n".join(out))


def _field(note: dict, name: str) -> str:  # type: ignore[type-arg]
    return plain_text(note["fields"].get(name) or "")


def test_a_plain_text_quiz_keeps_its_backslashes_and_stars(tmp_path: Path) -> None:
    """(3) a .txt quiz read through the Markdown reader ate what Markdown reads as markup: 'C:\\Users\\<name>' lost a
    backslash, '\\\\' printed '\\', '2*3*4' printed '2 3 4' (emphasis), '__init__' 'init', and '1. …' printed '\\1. …'.
    Both ways a .txt quiz reaches the Markdown reader (converted as an Aiken quiz, or read as it is) keep it as typed."""
    aiken = (
        "1. Which path is a Windows user folder?\na) /home/alice\nb) C:\\Users\\alice\nc) ~/alice\nAnswer: b\n"
        "Explanation: Windows writes C:\\Users\\<name>; 2*3*4 = 24 and __init__ runs first.\n\n"
        "2. Which escape is a tab?\na) \\n\nb) \\t\nc) \\\\\nAnswer: b\n"
    )
    notes, _, said = built_notes(tmp_path / "a", {"quiz.txt": aiken})
    by_front = {note_front(n): n for n in notes}
    assert set(by_front) == {"Which path is a Windows user folder?", "Which escape is a tab?"}, said
    first = by_front["Which path is a Windows user folder?"]
    assert note_back(first) == "B) C:\\Users\\alice"
    assert _field(first, "Explanation") == "Windows writes C:\\Users\\<name>; 2*3*4 = 24 and __init__ runs first."
    assert _field(by_front["Which escape is a tab?"], "Options") == "A) \\n B) \\t C) \\\\"
    # options '(a)' and a key line with its explanation: read as the text is, by the Markdown reader
    bracketed = aiken.replace("\na) ", "\n(a) ").replace("\nb) ", "\n(b) ").replace("\nc) ", "\n(c) ").replace("Answer: b\nExplanation:", "Answer: (b) -")
    notes, _, said = built_notes(tmp_path / "b", {"quiz.txt": bracketed})
    text = " ".join(str(n["fields"]) for n in notes)
    assert "2*3*4" in plain_text(text) and "__init__" in plain_text(text) and "C:\\\\Users\\\\&lt;name&gt;" in text, said


def test_a_text_written_in_markdown_keeps_its_markdown() -> None:
    """A .txt that writes Markdown (bold pairs, code spans, headings) is read as Markdown: its marks and escapes are
    the Markdown's; one that writes none gets every mark escaped, its lines' structure kept."""
    assert literal_markdown("Q: What is **bold**?\nA: `x` \\* 2\n") is None
    assert literal_markdown("## Heading\n\ntext with a\\b\n") is None
    assert literal_markdown("1. What is 2*3*4?\n* a) C:\\x\n---\n    code \\ kept\n") == "1. What is 2\\*3\\*4?\n* a) C:\\\\x\n---\n    code \\ kept\n"
    assert markdown_line("1. Not an item") == "1\\. Not an item"
    assert markdown_line("- not a bullet, $5 and ~/x") == "\\- not a bullet, \\$5 and \\~/x"
    assert markdown_line("fill in ____ here") == "fill in ____ here"


_PARTS = [
    ["Midterm Practice"],
    ["Part A: Operating Systems"],
    ["1. What does a context switch save?", "a) The registers of the running process", "b) The disk cache", "c) The page table of every process", "Answer: a"],
    ["2. Which scheduler can starve a long job?", "a) Round robin", "b) Shortest job first", "c) FIFO", "Answer: b"],
    ["Part B: Networking"],
    ["3. Which layer routes packets between networks?", "a) Data link", "b) Network", "c) Transport", "Answer: b"],
    ["4. What port does HTTPS use by default?", "a) 80", "b) 443", "c) 21", "Answer: b"],
]
_SECTIONS = {
    "What does a context switch save?": "A",
    "Which scheduler can starve a long job?": "A",
    "Which layer routes packets between networks?": "B",
    "What port does HTTPS use by default?": "B",
}


def test_a_bold_part_title_between_questions_is_their_section(tmp_path: Path) -> None:
    """(1) a bold part title between two questions of a PDF ('Part B: Networking') was the explanation of the question
    above it, and the first part's title text lost before the first question: each is the section of the questions
    under it, 'Part …' titles and any other short bold title alike."""
    for name, titles in (("parts", ("Part A: Operating Systems", "Part B: Networking")), ("named", ("Operating Systems", "Computer Networks and the Internet"))):
        paragraphs = [[{"Part A: Operating Systems": titles[0], "Part B: Networking": titles[1]}.get(line, line) for line in p] for p in _PARTS]
        pdf = _typeset(tmp_path / f"{name}.pdf", paragraphs, bold=set(titles))
        notes, _, said = built_notes(tmp_path / name, {f"{name}.pdf": pdf})
        names = {"A": titles[0], "B": titles[1]}
        assert len(notes) == 4, said
        assert {note_front(n): _field(n, "Section") for n in notes} == {q: names[p] for q, p in _SECTIONS.items()}, said
        assert not any(_field(n, "Explanation") for n in notes), [n["fields"] for n in notes]
        assert not any("opens with" in s for s in said), said


def test_part_titles_in_a_text_with_no_blank_lines_are_sections(tmp_path: Path) -> None:
    """(1) the same exam's text as pdftotext writes it (no blank lines): the title lines over a numbered question were
    the start of its question ('Part A: Operating Systems 1. What does …? Midterm Practice')."""
    text = "\n".join(line for p in _PARTS for line in p) + "\n"
    notes, _, said = built_notes(tmp_path, {"exam.txt": text})
    assert {note_front(n): _field(n, "Section") for n in notes} == {
        q: {"A": "Part A: Operating Systems", "B": "Part B: Networking"}[p] for q, p in _SECTIONS.items()
    }, said


_UNNUMBERED = [
    ["Biology Review Quiz"],
    ["Which organelle produces most of the cell's ATP?", "A. Nucleus", "B. Mitochondrion", "C. Ribosome", "D. Golgi apparatus", "Answer: B"],
    ["What carries genetic information from DNA to the ribosome?", "A. tRNA", "B. rRNA", "C. mRNA", "D. Lipids", "Answer: C - messenger RNA is transcribed from DNA."],
    ["Which molecule is the main source of energy for cells?", "a) Glucose", "b) Cellulose", "c) Chitin", "Correct answer: a) Glucose", "Explanation: cells break glucose down in respiration."],
    ["Photosynthesis takes place in which organelle?"],
    ["A) Chloroplast", "B) Vacuole", "C) Lysosome"],
    ["Answer: A"],
]
_KEYED = {
    "Which organelle produces most of the cell's ATP?": ("B) Mitochondrion", ""),
    "What carries genetic information from DNA to the ribosome?": ("C) mRNA", "messenger RNA is transcribed from DNA."),
    "Which molecule is the main source of energy for cells?": ("A) Glucose", "cells break glucose down in respiration."),
    "Photosynthesis takes place in which organelle?": ("A) Chloroplast", ""),
}


def test_unnumbered_multiple_choice_questions_in_a_text_file(tmp_path: Path) -> None:
    """(2) questions with no number over lettered options and an answer line, as people type them (a title over them,
    a blank line between a question and its options, 'Answer: C - why', 'Correct answer: a) Glucose'): 'cannot tell
    this document's layout', no card. Each is a multiple-choice card keyed by its line, what the key line says after
    the option its explanation."""
    text = "\n\n".join("\n".join(p) for p in _UNNUMBERED) + "\n"
    notes, _, said = built_notes(tmp_path, {"quiz.txt": text})
    assert {note_front(n): (note_back(n), _field(n, "Explanation")) for n in notes} == _KEYED, said
    assert all(n["notetype"] == "deckc Multiple choice" for n in notes), [n["notetype"] for n in notes]


def test_unnumbered_multiple_choice_questions_in_a_pdf(tmp_path: Path) -> None:
    """(2) the same quiz as a PDF, whose text has no blank lines: no layout was told (its text is read as a .txt of it
    is), and with none the title joined the first question and an explanation the next question."""
    pdf = _typeset(tmp_path / "quiz.pdf", _UNNUMBERED)
    notes, _, said = built_notes(tmp_path, {"quiz.pdf": pdf})
    assert {note_front(n): (note_back(n), _field(n, "Explanation")) for n in notes} == _KEYED, said


def test_a_line_of_underscores_between_items_is_no_text(tmp_path: Path) -> None:
    """T22-1: a Word Q&A saved as PDF with a line of underscores between items: the rule ended every answer
    ('… PEP257 ________'), or made a short answer a list of two. A line drawn with characters is a blank line."""
    paragraphs = []
    for n, (question, answer) in enumerate((("What limits a line in PEP 8?", "79 characters"), ("Which quotes does PEP 8 prefer?", "Either, used consistently.")), 1):
        paragraphs.append([f"Question {n}. {question}", f"Answer: {answer}", "_" * 40])
    pdf = _typeset(tmp_path / "qa.pdf", paragraphs)
    notes, _, said = built_notes(tmp_path, {"qa.pdf": pdf})
    assert {note_front(n): n["fields"]["Answer"] for n in notes} == {
        "What limits a line in PEP 8?": "<p>79 characters</p>",
        "Which quotes does PEP 8 prefer?": "<p>Either, used consistently.</p>",
    }, said


def test_a_russian_compound_broken_at_its_hyphen_keeps_it() -> None:
    """T22-4: 'по-' / 'английски' at a line end was joined 'поанглийски': the hyphen of a compound the language writes
    with one stays ('по-английски', 'кое-что', 'во-первых', 'кто-нибудь'); a word broken between syllables is joined."""
    from compiler.sources.pdftext import clean

    text = "Ответ: комментировать по-\nанглийски и с по-\nмощью и кое-\nчто, или кто-\nнибудь, это мес-\nто, и во-\nпервых, так.\fСтраница 2\n"
    cleaned, done = clean(text)
    words = " ".join(cleaned.split())
    for kept in ("по-английски", "кое-что", "кто-нибудь", "во-первых"):
        assert kept in words, words
    assert "помощью" in words and "место" in words, words
    assert "kept the hyphen of 4 compounds" in done.summary() and "'по-мощью' -> 'помощью'" in done.summary(), done.summary()


_REVIEW = """#set page(paper: "a5", header: [CS 101 Final Review #h(1fr) Spring 2026], footer: context [#h(1fr) Page #counter(page).display() of 2])
#set par(spacing: 0.9em)
#"Q1. Which data structure uses FIFO order?" \\
#"(A) Stack    (B) Queue    (C) Tree    (D) Heap"

#"Q2. What is the time complexity of binary search on a sorted array?" \\
#"(A) O(n)    (B) O(log n)    (C) O(n log n)    (D) O(1)"

#"Q3. True or False: a hash table gives O(1) average lookup."

#pagebreak()
#"Q4. Which sorting algorithm is stable?" \\
#"(A) Quicksort    (B) Heapsort    (C) Merge sort    (D) Selection sort"

#"Q5. What does SQL stand for?"

*Answer Key* \\
KEY
"""
_REVIEWED = {
    "Which data structure uses FIFO order?": "B) Queue",
    "What is the time complexity of binary search on a sorted array?": "B) O(log n)",
    "True or false: a hash table gives O(1) average lookup.": "True",
    "Which sorting algorithm is stable?": "C) Merge sort",
}


def test_a_key_line_that_labels_its_numbers_like_the_questions(tmp_path: Path) -> None:
    """Sitting 22, a review sheet (questions 'Q1.' …, options on one line, a running header and footer) keyed by
    'Q1 (B)  Q2 (B) …', 'Q1. B  Q2. B …' or '1 (B)  2 (B) …  4 (C)' at the foot of its last page: no key was read (the
    'Q' before each number; the last '(C)' moved onto the footer 'Page 2 of 2' as if an option wrapped), every question
    'none marked correct', and 'Q3. True or False: …' was a card 'True or False' -> 'a hash table …'. A key of words
    among letters ('Q5 Structured Query Language') is read too."""
    for n, key in enumerate(("Q1 (B)  Q2 (B)  Q3 True  Q4 (C)", "Q1. B  Q2. B  Q3. True  Q4. C", "1 (B)  2 (B)  3 True  4 (C)")):
        pdf = typeset_pdf(tmp_path / f"review{n}.pdf", _REVIEW.replace("KEY", _literal(key)))
        notes, skipped, said = built_notes(tmp_path / str(n), {"review.pdf": pdf})
        assert {note_front(n): note_back(n) for n in notes} == _REVIEWED, (key, said)
        assert [s["question"] for s in skipped] == ["What does SQL stand for?"], skipped
    pdf = typeset_pdf(tmp_path / "words.pdf", _REVIEW.replace("KEY", _literal("Q1 (B)  Q2 (B)  Q3 True  Q4 (C)  Q5 Structured Query Language")))
    notes, _, said = built_notes(tmp_path / "words", {"review.pdf": pdf})
    assert {note_front(n): note_back(n) for n in notes} == {
        **{q: a for q, a in _REVIEWED.items() if not q.startswith("True")},
        "True or False: a hash table gives O(1) average lookup.": "True",
        "What does SQL stand for?": "Structured Query Language",
    }, said


def test_a_true_or_false_prompt_is_no_term_and_its_definition(tmp_path: Path) -> None:
    """'3. True or False: a hash table gives O(1) average lookup.' with no key was a card 'True or False' -> 'a hash
    table …' (read as a term and its definition): it is a question with no answer."""
    notes, skipped, said = built_notes(tmp_path, {"tf.txt": "1. What is a stack?\nA last-in first-out list.\n\n2. True or False: a hash table gives O(1) average lookup.\n\n3. What is a queue?\nA first-in first-out list.\n"})
    assert [note_front(n) for n in notes] == ["What is a stack?", "What is a queue?"], said
    assert [s["question"] for s in skipped] == ["True or False: a hash table gives O(1) average lookup."], skipped


def test_answer_lines_at_the_pages_feet_are_no_page_footer(tmp_path: Path) -> None:
    """T22-22: a quiz whose 'Correct answer: C' line under each question fell at the foot of several pages: the lines
    were removed as a running footer (they repeat at the pages' edges), the questions left with no key. An answer line
    is never page furniture; a quiz of numbered questions in a PDF stays with the layouts that read numbers."""
    quiz = [("Which property sets the text colour?", ["font-color", "color", "text-color"], "B"),
            ("Which selector matches an id?", [".main", "#main", "main"], "B"),
            ("Which unit is relative to the root font size?", ["em", "rem", "px"], "B")]
    out = ['#set page(paper: "a6", header: [CSS quiz #h(1fr) Web 101], footer: context [#h(1fr) Page #counter(page).display()])', ""]
    for n, (question, options, key) in enumerate(quiz, 1):
        out += [f"*Question {n}.* {_literal(question)}", ""] + [f"{_literal(f'{chr(65 + k)}. {o}')} \\" for k, o in enumerate(options)]
        out += ["", f"_{_literal(f'Correct answer: {key}')}_", "", "#pagebreak()" if n < len(quiz) else ""]
    pdf = typeset_pdf(tmp_path / "quiz.pdf", "\n".join(out))
    notes, _, said = built_notes(tmp_path, {"quiz.pdf": pdf})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which property sets the text colour?": "B) color",
        "Which selector matches an id?": "B) #main",
        "Which unit is relative to the root font size?": "B) rem",
    }, said


def test_numbered_questions_set_in_italic_are_questions(tmp_path: Path) -> None:
    """T22-45: a printed FAQ whose questions are numbered items set in italic ('1. _Compiling fails … found._'), an
    answer in roman under each, section headings between: 14 questions gave 5 cards, the others 'text outside any
    question' (read as list items, each section's questions and answers one paragraph). Each is a question, a
    question wrapped over two lines too."""
    faq = [
        ("Compiling", [("Compiling fails with a message about a missing module.", "The build system cannot find a source file; check VPATH_LOCATIONS."),
                       ("I copied a header into my problem setup but the build ignores it, and I would like to know why the executable does not use my version of that header?", "Compiler caching: clear the cache and rebuild.")]),
        ("Debugging", [("How can I get more information about a floating point exception?", "Recompile with TEST=TRUE to trap the signals."),
                       ("What if I want to see all the data in a box?", "Print it to standard output inside the loop.")]),
    ]
    out = ['#set page(paper: "a5")', "= Frequently Asked Questions", ""]
    n = 0
    for section, entries in faq:
        out += [f"== {section}", ""]
        for question, answer in entries:
            n += 1
            more = "It is said again here at length, so that the answer runs over several lines of the page as answers do."
            out += [f"{n}. _{_literal(question)}_", "", f"    {_literal(answer)} This can be done via:", "", "    make clean", "", f"    {_literal(more)}", ""]
    pdf = typeset_pdf(tmp_path / "faq.pdf", "\n".join(out))
    from compiler.sources.pdf import pdf_text

    text = pdf_text(pdf, "faq.pdf").text  # (each question a heading under its section's, the wrapped one whole)
    assert "### 2. I copied a header into my problem setup but the build ignores it, and I would like to know why" in text, text
    assert "### 4. What if I want to see all the data in a box?" in text, text
    notes, _, said = built_notes(tmp_path, {"faq.pdf": pdf})
    more = "It is said again here at length, so that the answer runs over several lines of the page as answers do."
    assert {note_front(n): note_back(n) for n in notes} == {q: f"{a} This can be done via: make clean {more}" for _, entries in faq for q, a in entries}, said
    assert {n["fields"]["Question"]: _field(n, "Section") for n in notes}["What if I want to see all the data in a box?"] == "Debugging"
