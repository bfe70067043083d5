"""Tenth sitting, readers (Markdown structure): each finding on a small document written here from the shape of
the page that showed it (tests/data/newuser/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import BlockKind, Item, ItemKind


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items, [str(d) for d in result.compiled.diagnostics.warnings]


def _skipped(tmp_path: Path) -> list[tuple[int, str, str]]:
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    return [(s["line"], s["question"], s["skipped"]) for s in manifest["skipped"]]


def test_a_mkdocs_question_bank_is_multiple_choice_past_question_99(tmp_path: Path) -> None:
    """trial11 P1/P2 (a 900-question AWS bank written for MkDocs): '99.  Which …?' / '100. Which …?' over options
    indented four spaces ('    - A. EC2') and an indented '<details markdown=1>' toggle 'Correct answer: B'. From
    question 100 on, CommonMark left the options and the toggle out of the entry (its text starts at column 5):
    797 of 897 questions gave no card; before 100 each was a basic card with the options on its back. One entry
    cut short at the end ('108. What is the concept of ') lost the whole list. Now every question is multiple
    choice with its key, '(Choose TWO)' stays on the front with both options right, and the cut entry is a
    question without answer, listed as skipped."""
    items, warnings = _build(tmp_path, "mkdocs-bank.md")
    cards = [i for i in items if not i.skip]
    assert len(cards) == 10
    assert all(i.kind is ItemKind.multiple_choice for i in cards)
    assert [(i.question, i.correct) for i in cards[1:4]] == [
        ("Which service runs virtual machines?", "A"),
        ("Which service is a managed relational database?", "C"),
        ("Which services deliver messages between parts of an application? (Choose TWO)", "A,B"),
    ]
    assert [c.text for c in cards[2].choices] == ["DynamoDB", "S3", "RDS", "SNS"]
    assert "RDS runs SQL engines for you." in " ".join(b.plain() for b in cards[2].answer)
    assert _skipped(tmp_path) == [(114, "What is the concept of", "no answer")]
    assert not any("outside any" in w for w in warnings), warnings


def test_logseq_cards_tagged_first_beside_empty_blocks(tmp_path: Path) -> None:
    """trial11 P6/P9 (a Logseq FAQ page): '- #card How to add paragraph' blocks (the tag before the text) under the
    bare '-' block Logseq keeps at the top of a page gave no card ('no items found'): the empty entry made the list
    an ordinary one; the empty '-' blocks at a page's end were empty bullets on the last back. An empty entry is no
    text: every tagged block is a card, its nested block the answer, its review properties dropped."""
    items, warnings = _build(tmp_path, "logseq-tag-first.md")
    assert [(i.question, " ".join(b.plain() for b in i.answer).strip()) for i in items] == [
        ("What does the ribosome make", "proteins, from the messenger RNA"),
        ("What is osmosis", "water moving across a membrane towards the higher solute concentration"),
        ("The nucleus holds the DNA.", "yes, in eukaryotes"),
        ("What does DNA polymerase do?", "copies DNA, strand by strand"),
    ]
    assert items[-1].section == ["Genetics"]  # ('- ## Genetics': a block written as a heading names the section)
    assert all("<li></li>" not in b.text for i in items for b in i.answer)
    assert not any("outside any" in w for w in warnings), warnings


def test_plain_bullets_keyed_by_an_answer_that_repeats_one(tmp_path: Path) -> None:
    """trial11 P4 (quickwiz quizzes): '### Which ocean is the largest?' over '- Atlantic' / '- Pacific' … and '* Answer:
    Pacific' (the option's text, not a letter) was a basic card, the option list and a second list 'Answer: Pacific' on
    its back and no option on its front. The answer line naming exactly one entry by its text (case and a final '.'
    aside) makes the entries options with that one right; an answer naming none stays the answer of its list."""
    items, _ = _build(tmp_path, "option-text-key.md")
    assert [(i.question, i.kind, i.correct) for i in items] == [
        ("Which ocean is the largest?", ItemKind.multiple_choice, "C"),
        ("What is the capital of Japan?", ItemKind.multiple_choice, "B"),
        ("What are the layers of the Earth?", ItemKind.basic, None),
    ]
    assert [c.text for c in items[0].choices] == ["Atlantic", "Indian", "Pacific", "Arctic"]
    assert "Answer" not in " ".join(b.plain() for b in items[0].answer)
    assert "crust, mantle and core" in " ".join(b.plain() for b in items[2].answer)


def test_a_second_question_on_a_bullet_line_with_a_space_after_it(tmp_path: Path) -> None:
    """learner4 N1: '- Why did …? Why did they …? ' (a space after the second '?') over its indented answer: the front
    was the first question and the back opened with the second. Both questions are the front, space or no space."""
    items, _ = _build(tmp_path, "bullet-two-questions.md")
    assert [(i.question, " ".join(b.plain() for b in i.answer).strip()) for i in items] == [
        ("Why did the Framers give the House the power to impeach? Why did they require two thirds to convict?",
         "The House is elected directly; two thirds means broad consensus."),
        ("Why were judges given life terms?", "Independence from politics."),
    ]  # fmt: skip


def test_labelled_records_of_a_course_bank_and_its_student_copy(tmp_path: Path) -> None:
    """trial11 P26/P27 (a course's quiz bank of '- Question: …' records with '- Type:', '- Answer:' and '- Choices:'
    sub-entries): an answer written with a final '.' its choice lacks ('Answer:Javascript display engine.'), a
    '- Choices:' entry left at the margin (which also made a junk card 'Choices' and the list's other records basic
    cards of raw bullets), an answer naming several choices: each is multiple choice. The student copy, records with
    choices but no answer under a heading, was a card 'Lesson 2' of raw bullets: each record is a question without
    answer, skipped, never a card of its type and choices."""
    items, warnings = _build(tmp_path, "labelled-records.md", "labelled-records-student.md")
    assert any("student.md:3: warning: none of its 2 questions has an answer (lines 3, 7)" in w for w in warnings), warnings
    assert [(i.question, i.kind, i.correct) for i in items if not i.skip] == [
        ("How many header levels does Markdown have?", ItemKind.multiple_choice, "A"),
        ("What is the purpose of MathJax?", ItemKind.multiple_choice, "A"),
        ("What is the purpose of Markdown?", ItemKind.multiple_choice, "A"),
        ("Which of the following aren't Python keywords?", ItemKind.multiple_choice, "A,C"),
    ]
    assert [c.text for c in items[2].choices] == ["To write text that converts to formatted text", "To replace HTML", "To replace Python"]
    assert _skipped(tmp_path) == [
        (3, "Which data structure is (1,2,3,4)", "no answer"),
        (7, "Which data structure is [1,2,3,4]", "no answer"),
    ]
    assert not any("Lesson 2" in i.question for i in items)


def test_an_exam_with_figures_keyed_at_its_end(tmp_path: Path) -> None:
    """Backlog N25 (severe: an exam with a figure per question, numbered questions, the answers at the end): '**1.**
    Which organelle …?' over a figure and 'a) …' options, then '## Answers' / '1. b': each card was basic with the bare
    options on its back, and the key was text outside any question. The page's answer key keys its numbered questions:
    multiple choice, the figure on the front, the key no text of its own."""
    items, warnings = _build(tmp_path, "exam-figures.md", "exam-figure.png")
    assert [(i.number, i.kind, i.correct) for i in items] == [
        ("1", ItemKind.multiple_choice, "B"),
        ("2", ItemKind.multiple_choice, "B"),
        ("3", ItemKind.multiple_choice, "A"),
    ]
    assert [c.text for c in items[0].choices] == ["Mitochondrion", "Chloroplast", "Nucleus", "Vacuole"]
    assert "exam-figure.png" in " ".join(b.text for b in items[0].stimulus)
    assert not any("outside any" in w and ":3:" not in w for w in warnings), warnings


def test_a_block_without_text_has_an_empty_first_inline() -> None:
    """trial11 P53 (a Notion export of 'what does this print' exercises, code fences over '<details>' solutions):
    'internal error (StopIteration)' from the question's first inline token, asked of a code block that has none.
    A block without text has an empty one: the page is read (87 notes of the real file), never a traceback."""
    from compiler.sources.markdown import _first_inline
    from compiler.sources.markdown_blocks import make_parser, top_blocks

    fence = top_blocks(make_parser().parse("```python\nlen([1, 2])\n```\n", {}))[0]
    assert fence.type == "fence" and _first_inline(fence).content == "" and not _first_inline(fence).children


def test_obsidian_question_callouts_answered_by_the_next_callout(tmp_path: Path) -> None:
    """trial11 P69 (severe), learner4 N61: '> [!question] …' followed by its own callout '> [!success]- Answer'
    (an interview vault's shape), a hint callout between them in an exercise note: 0 cards, 'question has no answer'
    and the answers 'text outside any question'; a question without '?' was not seen. The callout titled as the
    answer answers the question callout above it; a '> [!tip]' nested in the answer is a titled quote, not '[!tip]'."""
    items, warnings = _build(tmp_path, "callout-answers.md")
    assert [(i.question, i.section) for i in items] == [
        ("A product page shows a stale price after an update. How do you keep the cache consistent?", ["Q1 — Cache invalidation"]),
        ("Walk me through what happens when one key gets most of the traffic.", ["Q2 — Hot keys"]),
        ("Exercise 3.1 Does a write-through cache ever serve a value the database does not hold?", []),  # ("## Exercise 3" only numbers it)
    ]
    back = " ".join(b.text for b in items[0].answer)
    assert "delete the cache key" in back and "Interview framing" in back and "[!tip]" not in back
    assert "the database write fails" in " ".join(b.plain() for b in items[2].answer)
    assert not any("outside any" in w or "no answer" in w for w in warnings), warnings


def test_a_picture_in_the_question_paragraph_stays_on_the_front(tmp_path: Path) -> None:
    """learner4 N60 (severe, an exam page: 'Here is Java code. Write the output.␠␠' and, after the hard break, the
    program as a picture, over a '<details>' answer): the picture was dropped without a word, the card asked for the
    output of no code, and two such questions were 'the same question'. A picture on a line of its own in the asking
    paragraph is on the front, local or remote, and gives each question its own id."""
    items, warnings = _build(tmp_path, "pictured-question.md", "exam-figure.png")
    assert [" ".join(b.text for b in i.stimulus) for i in items] == [
        '<p><img src="exam-figure.png" alt="program 15"></p>',
        '<p><a href="https://example.com/program16.png">[image: program 16]</a></p>',
    ]
    assert [i.question for i in items] == ["Here is a Java program. Write what it prints."] * 2
    assert not any("same question" in w for w in warnings), warnings


def test_output_questions_over_their_program(tmp_path: Path) -> None:
    """learner4 N12 (severe, an interview page: '### Question N: What will be the output?' over a program): the
    '### Answer:' heading was printed on every back; an empty '**Output:**' was a card; a question with no answer had
    its program as the back, and two such questions merged into one note (one lost). The answer heading is layout, an
    empty label no answer, and a question asking what a program gives whose whole answer is that program has it on the
    front and is skipped ('no answer'); 'how do you …?' answered by code keeps it."""
    items, _ = _build(tmp_path, "output-questions.md")
    answered = [i for i in items if not i.skip]
    assert [" ".join(b.plain() for b in i.answer) for i in answered[:2]] == ["Output: True, then False", "Output: float"]
    assert all(i.stimulus and i.stimulus[0].kind is BlockKind.code for i in answered[:2])
    assert answered[2].question == "How do you print a list in reverse?" and answered[2].answer[0].kind is BlockKind.code
    assert [(s[0], s[2]) for s in _skipped(tmp_path)] == [(14, "no answer"), (25, "no answer")]


def test_an_answer_heading_in_another_language_keys_the_quiz(tmp_path: Path) -> None:
    """trial11 P78 (severe, a Portuguese quiz README in lydiahallie's shape): '###### 1. …' over '- A) …' options and a
    toggle holding '#### Resposta: B) `<a>`': no note ('none marked correct'), the real page 13 junk notes of 29. A
    heading labelled as the answer in any language deckc knows keys the options, as '#### Answer: B' does."""
    items, _ = _build(tmp_path, "quiz-pt-resposta.md")
    assert [(i.kind, i.correct) for i in items] == [(ItemKind.multiple_choice, "B"), (ItemKind.multiple_choice, "C")]
    assert "folhas de estilo" in " ".join(b.plain() for b in items[0].answer)


def test_a_vocabulary_row_without_kanji_is_asked_by_its_kana(tmp_path: Path) -> None:
    """trial11 P65 (severe, a JLPT N5 vocabulary page: '| Kanji | Hiragana | Meaning |' tables): a row whose Kanji cell
    is empty (a word written in kana only, 'コーヒー') was dropped without a word (73 of 532 rows). Such a row is asked
    by the next cell that writes the word."""
    items, _ = _build(tmp_path, "vocab-kana-only.md")
    assert [(i.question, " ".join(b.plain() for b in i.answer)) for i in items] == [
        ("水", "water Hiragana: みず"),
        ("コーヒー", "coffee"),
        ("お茶", "tea Hiragana: おちゃ"),
        ("ジュース", "juice"),
    ]


def test_a_sphinx_glossary_is_read_as_its_terms(tmp_path: Path) -> None:
    """trial11 P23 (a Sphinx '.. glossary::', 28 terms): converted to definition-list entries, but detection gave
    converted documents none of Markdown's signals: 'cannot tell this document's layout', 0 cards. A converted document
    is Markdown to detection: a card per term."""
    items, _ = _build(tmp_path, "sphinx-glossary.rst")
    assert [i.question for i in items] == ["latency", "throughput", "jitter"]
    assert "falls when latency grows" in " ".join(b.plain() for b in items[1].answer)


def test_github_and_gitlab_math_is_typeset(tmp_path: Path) -> None:
    """learner4 N47: a '```math' fence (GitHub, GitLab) was a code panel of raw LaTeX, and GitLab's inline $`m`$ kept
    its backticks inside the formula. Both are maths now; other fences stay code."""
    items, _ = _build(tmp_path, "math-fences.md")
    backs = [" ".join(b.text for b in i.answer) for i in items]
    assert "\\[a_r = \\frac{v^2}{R}\\]" in backs[0] and "<pre" not in backs[0]
    assert "\\(m\\)" in backs[1] and "`" not in backs[1] and "\\[\\boldsymbol{F} = m \\boldsymbol{a}\\]" in backs[1]
    assert items[2].answer[0].kind is BlockKind.code


def test_a_question_an_answer_raises_among_its_sub_sections(tmp_path: Path) -> None:
    """learner4 N48 (a Java interview page): '### 2. How does the Integer cache work?' answered by a paragraph and
    '#### Why cache at all?', '#### Code example', '#### Key points': the answer kept its first paragraph, the
    sub-question was a card and the code and key points after it were text outside any question. Among an answer's
    sub-headings that mostly state, one that asks is part of the answer (backlog N7's shape too)."""
    items, warnings = _build(tmp_path, "rhetorical-subheadings.md")
    assert [i.question for i in items] == ["What is autoboxing?", "How does the Integer cache work?", "Why have wrapper types?"]
    back = " ".join(b.plain() for b in items[1].answer)
    assert "Why cache at all?" in back and "x == y" in back and "JVM flag" in back
    assert not any("outside any" in w for w in warnings), warnings


def test_output_questions_answered_in_comments(tmp_path: Path) -> None:
    """learner4 N13 (an exercise README: '## Q. What would be the output of following code?' over a program whose
    print line carries its result in a comment, 'console.log(a); // [1, 2, 3]'): the program was the back and the
    questions, alike on their fronts, merged into one note. The program without those comments is the front and, as
    written, the back: two notes."""
    items, _ = _build(tmp_path, "output-comments.md")
    assert len(items) == 2
    assert all("//" not in i.stimulus[0].text and "//" in i.answer[0].text for i in items)


def test_a_heading_card_that_only_asks_is_answered_by_the_next(tmp_path: Path) -> None:
    """learner4 N70 (law case briefs: '### Facts' / '### Issue' whose text is one question / '### Holding'): the Issue
    was dropped ('the answer is only another question') and the Holding card answered 'Yes: …' to a question it never
    asked. A heading card whose whole text is one question is asked by it and answered by the next heading's card."""
    items, _ = _build(tmp_path, "case-briefs.md")
    assert [(i.question, i.section[-1]) for i in items if not i.skip] == [
        ("Donoghue v Stevenson (1932) › Facts", "Donoghue v Stevenson (1932)"),
        ("Does a manufacturer owe a duty of care to the final consumer of its product?", "Donoghue v Stevenson (1932)"),
        ("Caparo v Dickman (1990) › Facts", "Caparo v Dickman (1990)"),
        ("Did the auditors owe a duty of care to investors relying on the accounts?", "Caparo v Dickman (1990)"),
    ]
    assert " ".join(b.plain() for b in items[1].answer).startswith("Yes: a manufacturer owes")


def test_abbreviation_definitions_are_no_text(tmp_path: Path) -> None:
    """learner4 N8 (language notes in kramdown / Markdown Extra): the page's '*[NOM]: Nominative' definitions were a
    run-on paragraph on the last card's back. They are the page's metadata: no text of any card."""
    items, warnings = _build(tmp_path, "abbreviations.md")
    assert [" ".join(b.plain() for b in i.answer) for i in items] == ['The GEN: у меня есть … means "I have …".', "The NOM."]
    assert not any("outside any" in w for w in warnings), warnings


def test_what_a_question_says_comes_below_stays_below(tmp_path: Path) -> None:
    """learner4 N59, trial11 P30 (exam pages, Carpentries challenges): 'Which hash function is described below?' over
    the passage and its answer toggle showed the passage above the question. It stays under the question, as the
    document has it; what stands above a question stays above."""
    items, _ = _build(tmp_path, "described-below.md")
    assert [(i.question, i.stimulus_after) for i in items] == [
        ("Which hash function is described below?", True),
        ("What does GCM add to the cipher?", False),
    ]


def test_an_answer_label_closed_by_a_full_stop_is_dropped(tmp_path: Path) -> None:
    """readers2's N31 route (worksheets in English and Hindi): '**Answer.** Water moving …' and '**उत्तर.** नई दिल्ली।'
    kept their label on the back, as '**Answer:**' does not. A full word closed by '.' is the label too; 'A.' (an
    option's letter) is never one."""
    items, _ = _build(tmp_path, "answer-dot-labels.md")
    assert [" ".join(b.plain() for b in i.answer) for i in items] == [
        "Water moving across a membrane.",
        "In the nucleus.",
        "नई दिल्ली।",
        "A. The first option is always right.",
    ]


def test_reveal_slides_lose_their_separators_and_speaker_notes(tmp_path: Path) -> None:
    """trial11 P96 (reveal.js slides in Markdown: '## Question N' / the question / '--' / '### Answer' / the answer /
    'Note: …'): every front opened with a '--' paragraph, the speaker notes ended the backs, and a question without '?'
    had its label 'Question 2' as the front, the question glued above it. Now the question is the front, numbered by
    its label; the separators and notes are no text."""
    items, _ = _build(tmp_path, "reveal-slides.md")
    assert [(i.number, i.question, " ".join(b.plain() for b in i.answer)) for i in items] == [
        ("1", "Which protocol resolves an IP address to a MAC address?", "ARP."),
        ("2", "Name the port HTTPS listens on by default.", "443."),
    ]
    assert all(not i.stimulus for i in items)


def test_keys_written_in_words_in_translated_quizzes(tmp_path: Path) -> None:
    """trial11 P99 (severe, translations of a JavaScript quiz README): the Arabic key 'الإجابة هي الخيار الرابع : D'
    ('the answer is the fourth option: D') and the Chinese '#### 答案 B' (no colon) were not read: 'none marked correct',
    2 notes of 62. An answer word, maybe a few words and a colon, then the letter alone keys the options."""
    items, _ = _build(tmp_path, "wordy-keys.md")
    assert [(i.kind, i.correct) for i in items] == [(ItemKind.multiple_choice, "B"), (ItemKind.multiple_choice, "C")]


def test_mkdocs_quiz_blanks_are_clozes(tmp_path: Path) -> None:
    """learner4 N75 (severe, mkdocs-quiz pages): fill-in-the-blank quizzes ('<quiz>' / 'The chemical symbol of gold is
    [[Au]].' / '</quiz>') gave no card and no word, and the next quiz ran on in the previous quiz's explanation (4
    quizzes, 1 note). Each blank is a cloze deletion and each '</quiz>' ends its question; '[[…]]' outside a quiz stays
    a wiki link."""
    items, _ = _build(tmp_path, "quiz-blanks.md")
    assert [(i.kind, i.cloze or i.question) for i in items] == [
        (ItemKind.multiple_choice, "Which planet is largest?"),
        (ItemKind.cloze, "The chemical symbol of gold is {{c1::Au}}."),
        (ItemKind.cloze, "Water boils at {{c1::100}} degrees Celsius at {{c2::sea level}}."),
    ]
    assert "See also" not in " ".join(b.plain() for b in items[0].answer)


def test_highlights_are_clozes_on_an_obsidian_sr_page(tmp_path: Path) -> None:
    """learner4 N77 (an Obsidian Spaced Repetition page, '#flashcards/…'): 'The ==nucleus== holds the cell's DNA.', the
    plugin's cloze (on by default), was text outside any question. On such a page a paragraph's highlights are the
    deletions of a cloze note; elsewhere '==…==' stays a highlight."""
    items, _ = _build(tmp_path, "osr-highlights.md")
    assert [(i.kind, i.cloze or i.question) for i in items] == [
        (ItemKind.basic, "What is the symbol of sodium"),
        (ItemKind.cloze, "The {{c1::noble gases}} sit in group {{c2::18}}."),
    ]


def test_a_quizdown_fence_is_read_as_its_questions(tmp_path: Path) -> None:
    """learner4 N76 (quizdown-js and its MkDocs / docsify plugins): a '```quizdown' fence holding an options header and
    Markdown questions was one code block, no card. Its content is read as the Markdown it is."""
    table = '[[source]]\nid = "qd"\nfile = "sources/quizdown.md"\nlayout = "markdown"\n'
    items, _ = _build(tmp_path, "quizdown.md", table=table)
    assert [(i.question, i.correct) for i in items] == [
        ("Which HTTP method is idempotent?", "B"),
        ("Which status code means Not Found?", "B"),
    ]


def test_a_question_callout_whose_body_asks_over_its_answer_label(tmp_path: Path) -> None:
    """trial11 P70 (bilingual maths notes): '> [!question]- Self-check: …?' whose body asks again (with comments of a
    translation between) over '**Answer:** …': the body's question was on the back, above the answer. Comments are no
    text between a question and its answer label: the body is on the front, the answer alone on the back."""
    items, _ = _build(tmp_path, "callout-body-question.md")
    assert len(items) == 1
    assert "why must the Hessian still be examined" in " ".join(b.plain() for b in items[0].stimulus)
    assert " ".join(b.plain() for b in items[0].answer).startswith("A zero gradient removes")


def test_an_emoji_before_the_answer_label(tmp_path: Path) -> None:
    """Backlog P23: '💡 Answer: …' (also '**💡 Answer:**', '> 💡 **Answer:**') kept its label on the back. An emoji
    set before the label is the label's, dropped with it."""
    items, _ = _build(tmp_path, "emoji-answer-labels.md")
    assert [" ".join(b.plain() for b in i.answer).strip() for i in items] == [
        "A lock that lets one thread at a time into a critical section.",
        "A counter of permits; acquire waits when none is left.",
        "Threads waiting on each other forever.",
    ]


def test_a_chinese_answer_key_section(tmp_path: Path) -> None:
    """Backlog (a lone '## 答案' heading): an answers section in Chinese keys the page's numbered questions as
    '## Answers' does (N25's page key)."""
    items, _ = _build(tmp_path, "zh-answer-key.md")
    assert [(i.question, i.correct) for i in items if not i.skip] == [("水的化学式是什么？", "A"), ("地球绕什么转？", "B")]


def test_an_exercise_heading_over_its_task_alone(tmp_path: Path) -> None:
    """learner4 N58 (a physics lesson's '### Exercise 1: Free fall' over its task, no solution): a card whose back was
    the task to do. The task is the question and it has no answer: skipped with a warning. An exercise with its
    solution, or whose text does not set a task, stays a card."""
    table = '[[source]]\nid = "ex"\nfile = "sources/open-exercises.md"\nlayout = "markdown"\nheadings = "cards"\n'
    items, warnings = _build(tmp_path, "open-exercises.md", table=table)
    assert [i.question for i in items if not i.skip] == ["Exercise 2: Projectile", "Exercise 3: Units"]
    assert [(s[1][:30], s[2]) for s in _skipped(tmp_path)] == [("A stone is dropped from 20 m. ", "no answer")]
    assert any(":5: warning: question has no answer" in w for w in warnings), warnings


def test_bold_terms_with_dashes_are_a_card_each(tmp_path: Path) -> None:
    """trial11 P42 (finance notes): '**Call Option** --- Gives the holder …' lines (hard breaks between) under a heading
    were one card, the heading's, all four glued. A paragraph of such lines is a card per term, the heading their
    section; '**Input**: …' lines (a colon) stay the text of their heading."""
    items, _ = _build(tmp_path, "dash-glossary.md")
    assert [(i.question, i.section) for i in items] == [
        ("Call option", ["Types of options"]),
        ("Put option", ["Types of options"]),
        ("American option", ["Types of options"]),
        ("Function spec", []),
    ]
    assert " ".join(b.plain() for b in items[1].answer) == "the right to sell at the strike price."


def test_a_heading_question_whose_mark_is_on_the_next_line(tmp_path: Path) -> None:
    """trial11 P38 (a French Docker quiz): '### Q2. Que se passe-t-il si … la page' then '(sans volume, image
    reconstruite) ?' on the next line: that line was the back, over the options. It ends the question; both
    questions are keyed by the '## Réponses' list at the end (the page key, by the numbers their labels write)."""
    items, _ = _build(tmp_path, "qcm-continued.md")
    assert [(i.question[-30:].replace("\u202f", " "), i.correct) for i in items] == [
        ("un conteneur en arrière-plan ?", "B"),
        ("(sans volume, image reconstruite) ?"[-30:], "B"),
    ]


def test_an_article_section_number_is_no_part_of_its_question() -> None:
    """formats' N22 route (a paper's text out of pdftotext): numbered section headings ('1 Introduction', '2 The Cell
    Membrane') made 'What is 1 Introduction?'. The number goes; a term that starts with digits stays."""
    from compiler.sources.article import section_question

    assert section_question("1 Introduction", "Cell Biology Notes") == "What is introduction?"
    assert section_question("2 The Cell Membrane", "Cell Biology Notes") == "What is the Cell Membrane?"
    assert section_question("3D printing", "Notes") == "What is 3D printing?"
    assert section_question("2020 elections", "Notes") == "What are 2020 elections?"


def test_an_answer_marked_by_an_emoji(tmp_path: Path) -> None:
    """trial11 P107 (generated study notes: '❓ What is …?' over '✅ The mitochondrion.'): every back opened with its
    '✅'. The mark labels the answer, as 'A:' does: dropped."""
    items, _ = _build(tmp_path, "emoji-pairs.md")
    assert [" ".join(b.plain() for b in i.answer).strip() for i in items] == ["Fe, from the Latin ferrum.", "Nitrogen."]


def test_pandoc_line_blocks_keep_their_lines(tmp_path: Path) -> None:
    """learner4 N79 (pandoc notes): line blocks ('| **Closure**:' / '|     a·b is in the set' / '|') printed their bars
    and ran their lines together. Each line is a line of the card, an empty one a paragraph break; a table whose rows
    have no closing bar stays a table."""
    items, _ = _build(tmp_path, "line-blocks.md")
    back = " ".join(b.text for b in items[0].answer)
    assert "|" not in back and "<br" in back and "a·b is in the set</p>" in back
    assert "<table>" in items[1].answer[0].text


def test_bold_closed_after_full_width_punctuation(tmp_path: Path) -> None:
    """learner4 N49 (Chinese interview notes): '**进程（Process）**是 …' (the bold closed after '）' with a letter right after
    it) printed its asterisks: CommonMark leaves it open. It is bold, as its author meant; code stays as written."""
    items, _ = _build(tmp_path, "cjk-bold.md")
    assert items[0].answer[0].text.startswith("<p><strong>进程（Process）</strong>是")
    assert "**" not in items[1].answer[0].text.split("<code>")[0] and "<code>**不是**代码</code>" in items[1].answer[0].text


def test_a_footer_repeated_under_every_answer_is_left_out(tmp_path: Path) -> None:
    """Backlog P21 (a saved web page: 'Share this: Twitter | Facebook | Email' under every answer): the line ended
    every back. The same last block ending most answers of a page is its furniture: left out, said once."""
    items, warnings = _build(tmp_path, "repeated-footer.md")
    assert all("Share this" not in " ".join(b.plain() for b in i.answer) for i in items) and len(items) == 4
    assert sum("the same text ends 3 answers" in w for w in warnings) == 1, warnings
