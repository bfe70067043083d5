"""Trial 7 (new user, unseen public documents): answers in other languages and in quote blocks, each finding
on a small document written here from the trial's reproduction (tests/data/newuser/README.md)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, name: str) -> list[Item]:
    content = drop_in(tmp_path, name)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items


def test_an_answer_in_a_quote_or_admonition_is_never_the_next_questions_exhibit(tmp_path: Path) -> None:
    """G5: a `??? question "Show Answer"` admonition (or `Solution`) after a question's options was taken as the
    exhibit of the next question, because that question shared a capitalised term with it: another card's
    answer on the front, this card's answer gone. An answer is never an exhibit, and a term the previous
    item uses (in any case) or an exhibit closer to the previous item than to this one is no link."""
    items = _items(tmp_path, "answer-admonitions.md")
    assert [len(i.stimulus) for i in items] == [0, 0, 0, 0]
    backs = [" ".join(b.plain() for b in i.answer) for i in items]
    assert "Nyquist limit" in backs[0]  # 'Show Answer': stays this card's answer
    assert "Shannon proved" in backs[1]  # 'Solution': the same
    assert "44.1 kHz" in backs[2]  # a quote that goes on with this answer's words ('sampling', 'audio')
    assert "Harry Nyquist" in backs[3]


def test_answer_labels_in_other_languages_are_not_answer_text(tmp_path: Path) -> None:
    """G1/Q1: 'Resposta:', '**Respuesta:**', 'Antwort:', '**Réponse :**', 'Ответ:', '答案：' stayed at the start of
    every back (only 'Answer:' was dropped); '**Answer:**:' left a ':'."""
    items = _items(tmp_path, "answer-labels-i18n.md")
    backs = [" ".join(b.plain() for b in i.answer).strip() for i in items]
    assert backs == [
        "A hash table from keys to values.",
        "Um conduto tipado entre goroutines.",
        "Un conjunto de firmas de métodos.",
        "Ein Ausschnitt eines Arrays.",
        "Une adresse mémoire.",
        "Псевдоним для int32.",
        "轻量级线程。",
        "No memory at all.",
    ]


def test_a_question_about_the_program_below_shows_it_in_any_language(tmp_path: Path) -> None:
    """G2/Q1: 'Qual é a saída do seguinte programa?' / '¿Qué imprime el siguiente código?' / 'Was gibt das
    folgende Programm aus?' kept the program on the back (only English moved it to the front), and when it moved,
    the answer's '**Answer:**' label stayed on the back. A code block followed by an answer label is what the
    question asks about in any language; a question answered by code keeps it on the back."""
    items = _items(tmp_path, "code-output-i18n.md")
    assert [len(i.stimulus) for i in items] == [1, 1, 1, 1, 1, 0]
    backs = [" ".join(b.plain() for b in i.answer).strip() for i in items]
    assert backs[:5] == [
        "olá mundo, porque defer roda no fim.",
        "8",
        "3, die Länge der Zeichenkette.",
        "2",
        ":= hors d'une fonction n'est pas permis.",
    ]
    assert items[5].answer[0].text == "fmt.Println(x)"  # 'How do you print …?': the code is the answer


def test_a_q_a_paragraph_with_inline_code_is_a_card(tmp_path: Path) -> None:
    """G12: among heading questions, a 'Q: What does `go vet` do?' / 'A: …' paragraph (or a 'question / ? /
    answer' one) holding a code span was no card, reported only as text outside any question."""
    items = _items(tmp_path, "qa-paragraphs-code.md")
    assert [i.question for i in items] == [
        "What is a goroutine?",
        "What is a channel?",
        "What is a nil map?",
        "What does `go vet` do?",
        "What does the `recover` builtin do?",
        "What does `len` return for a nil slice?",
    ]
    assert "<code>Printf</code>" in items[3].answer[0].text


def test_a_mkdocs_material_quiz_is_multiple_choice(tmp_path: Path) -> None:
    """G4: options as a numbered list inside `<div class="upper-alpha" markdown>` (md_in_html) were one raw HTML
    line ('1. $i = 1$ 2. …', maths raw), and 'The correct answer is **B**' in a `??? question "Show Answer"`
    admonition made a basic card showing 'Show Answer'. The div's body is Markdown; numbered options keyed by
    the answer line right after them (by letter or number) are a multiple-choice item; the admonition's answer
    title is a label; the explanation stays. A numbered list with no key after it stays the answer."""
    items = _items(tmp_path, "mkdocs-quiz.md")
    assert [(i.kind.value, i.correct) for i in items] == [
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),
        ("basic", None),
        ("basic", None),  # 'Answer: A list of …': an article, not option A
        ("multiple_choice", "B"),
    ]
    # G4b: an option that opens with maths and ends with a digit is maths too (the plugin read the text's last
    # character as the one before its opening '$')
    assert [c.text for c in items[4].choices][2] == "\\(\\mu\\) must equal 1"
    assert [c.text for c in items[0].choices] == ["\\(i = 1\\)", "\\(i^2 = -1\\)", "\\(i = -1\\)", "\\(i^2 = 1\\)"]
    explanation = " ".join(b.text for b in items[0].answer)
    assert "Concept Tested" in explanation and "no real number" in explanation
    assert "Show Answer" not in explanation and "correct answer is" not in explanation
    assert "Answer" not in " ".join(b.text for b in items[1].answer)
    assert items[2].answer[0].text.startswith("<ol>")  # '<div markdown>' over a list of steps: a list


def test_one_stray_windows_1252_byte_in_a_utf8_file_is_named_not_a_whole_file_encoding(tmp_path: Path) -> None:
    """G11: one 0x92 ('’' pasted from Word) in a UTF-8 file with an emoji and dashes was 'not valid UTF-8 … set
    encoding = "cp1252"', which garbled the rest; following it turned '–' and '—' into quote marks. The error names
    the line, the byte, the text around it and the character it probably is, and advises no encoding (a warning since
    T30-16: the byte is read as that character); a file read
    with a Windows encoding that holds whole UTF-8 characters shows them as written, with a warning."""
    content = drop_in(tmp_path, "stray-cp1252.md")
    # (since trial30 T30-16 the byte is read as that character, with the same words as a warning: the deck builds)
    result = build(content, tmp_path / "build0", formats=("json",), now=1_000)
    assert result.compiled is not None
    [error] = [d for d in result.compiled.diagnostics.items if "0x92" in d.message]
    assert error.severity == "warning"
    assert error.line == 9 and "byte 0x92 in 'It doesn’t share" in error.message
    assert "the rest of the file is UTF-8" in error.message and "’ (right single quotation mark)" in error.message
    assert "encoding" not in (error.snippet or "") and "encoding for the whole file would garble" in (error.hint or "")
    assert "It doesn’t share memory; it passes values." in [" ".join(b.plain() for b in i.answer) for i in result.compiled.items]

    table = '\n[[source]]\nid = "go"\nfile = "sources/stray-cp1252.md"\nencoding = "cp1252"\n'
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    backs = [" ".join(b.plain() for b in i.answer) for i in result.compiled.items]
    assert backs == [
        "A lightweight thread – cheap to start.",
        "It doesn’t share memory; it passes values.",
        "It runs a call when the function returns — last in, first out.",
    ]
    assert any("read as Windows-1252" in w.message for w in result.compiled.diagnostics.warnings)


def test_an_admonition_whose_title_asks_is_a_question(tmp_path: Path) -> None:
    """G18: MkDocs Material FAQ blocks, `??? question "How …?"` / `??? faq "…?"` / `!!! question "…?"` with the
    answer as the indented body, were no questions ('it asks no question': one card for the page). Each is a
    question, its body the answer (ending with the admonition); an admonition that does not ask stays text."""
    content = drop_in(tmp_path, "admonition-faq.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, " ".join(b.plain() for b in i.answer).split()[:2]) for i in items] == [
        ("How often should I water tomatoes?", ["Deeply,", "two"]),
        ("When do I plant garlic?", ["In", "autumn,"]),
        ("Can basil stay outside in winter?", ["No:", "it"]),
        ("What eats my lettuce at night?", ["Slugs,", "mostly."]),
    ]
    assert "Or sow again in spring" in items[2].answer[-1].plain()  # the whole body, its list too
    messages = [w.message for w in result.compiled.diagnostics.warnings]
    assert not any("asks no question" in m for m in messages)
    assert any(w.line == 19 and "outside any question" in w.message for w in result.compiled.diagnostics.warnings)  # '!!! tip'


def test_an_exercise_whose_only_answer_is_its_own_code_is_no_card(tmp_path: Path) -> None:
    """G29: an exercise sheet without solutions: 'What is the result of the following expression?' over the
    expression and nothing else made a card answering with its own expression. That code is the question's
    (its front) and the question has no answer: skipped with the usual warning. A question answered by code
    keeps it ('How do you reverse an array?'); 'What does this script print?' shows the script on its front."""
    content = drop_in(tmp_path, "exercises-unsolved.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.question for i in items] == [
        "How do you make an array of ten zeros?",
        "How do you reverse an array?",
        "What does this script print?",
    ]
    assert [len(i.stimulus) for i in items] == [0, 0, 1]
    skipped = result.compiled.deck.skipped
    assert [(i.question, i.skip, i.stimulus[0].text) for i in skipped] == [
        ("What is the result of the following expression?", "no answer", "np.inf - np.inf"),
        ("Is the following statement true?", "no answer", "0.1 + 0.2 == 0.3"),
    ]
    assert [w.line for w in result.compiled.diagnostics.warnings if w.message == "question has no answer"] == [9, 29]


def test_github_alerts_and_callouts_show_their_title_and_callouts_that_ask_are_questions(tmp_path: Path) -> None:
    """G31: GitHub alerts (`> [!WARNING]`) showed their raw marker on the back; G30: Obsidian callouts whose
    title asks (`> [!question] What is …?`, `> [!faq]- …?`) and quotes opening with `**Q:**` were no questions
    ('it asks no question': one card for the page). An alert is a quote titled 'Warning'; a callout that asks is
    a question with its body the answer; a `> **Q:** …` quote is a question, its answer the quote's `**A:**` line
    or the text after the quote."""
    content = drop_in(tmp_path, "callout-notes.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, " ".join(b.plain() for b in i.answer).split()[:3]) for i in items] == [
        ("What is a mole?", ["The", "amount", "of"]),
        ("What is molarity?", ["Moles", "of", "solute"]),
        ("What is a catalyst?", ["A", "substance", "that"]),
        ("Why does ice float?", ["It", "is", "less"]),
        ("What is an isotope?", ["An", "atom", "of"]),
        ("What is a buffer?", ["A", "solution", "that"]),
    ]
    backs = [" ".join(b.text for b in i.answer) for i in items]
    assert "<strong>Note</strong>" in backs[0] and "<strong>Warning</strong>" in backs[1]
    assert not any("[!" in back for back in backs)
    assert not any("asks no question" in w.message for w in result.compiled.diagnostics.warnings)


def test_answer_labels_after_an_obsidian_question_mark_line_are_dropped(tmp_path: Path) -> None:
    """G1b: in 'question / ? / answer' cards the answer's label ('**Réponse:**' on its own line, 'Réponse : …',
    '**Answer:**') stayed at the start of the back."""
    items = _items(tmp_path, "obsidian-labels.md")
    assert [" ".join(b.plain() for b in i.answer) for i in items] == [
        "Un ordre décroissant des indices.",
        "le bit 7.",
        "A descending index order.",
    ]


def test_a_bold_answer_key_with_code_keys_the_quiz_above(tmp_path: Path) -> None:
    """Lead's new-user check (a 491-question scenario MCQ page): '**Answer: B) `1`**' after the options was
    read as a bold question of its own (its code span passed for a difficulty marker): 43 quizzes lost their
    key and became bare option lists, plus 43 'Answer: B)' cards. A bold answer key is never a question."""
    items = _items(tmp_path, "quiz-key-code.md")
    assert [i.question for i in items] == [
        "What is logged to the console?",
        "Which keyword declares a constant?",
        "What does typeof null return?",
    ]
    assert [i.correct for i in items] == ["B", "B", "B"]
    assert all(i.difficulty == "medium" for i in items)  # no backtick 'marker' guessed
