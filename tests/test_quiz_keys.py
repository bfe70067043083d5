"""Multiple choice from teachers' and learners' documents (seventh sitting, helper quiz): the answer key is
the document's word, options keep their markup, keys in other shapes and other files.

Each finding on a small document written here from the helpers' reproductions (no third-party text), in
tests/data/newuser/: ``key-beats-bold.md`` / ``.txt`` (an answer line against a bold or ✓ option, learner
L1), ``options-markup.md`` (options with code spans, a line break, emphasis: L3), ``nested-code.md`` (fences in
a list item and an admonition: L6), ``text2qti-quiz.txt``, ``radio-quiz.md``, ``labelled-quiz.txt`` (quiz
formats written after the public descriptions of text2qti (gpoore/text2qti README), learn.co's quiz template
and an LLM quiz prompt, with our own questions: trial8 H14), ``exam-key/`` (an exam and its key in two
files: H15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NEWUSER, drop_in

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.model import Item


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    warnings = [f"{w.file}:{w.line}: {w.message}" for w in result.compiled.diagnostics.warnings]
    return result.compiled.items, warnings


def test_an_answer_line_wins_over_a_bold_option_and_a_conflict_is_said(tmp_path: Path) -> None:
    """L1: an option bold as a whole (or ✓) was taken as the right one even when the document's own key said
    another (`**Answer: A**`, `#### Answer: B`, `Correct answer: b`): a wrong answer taught silently, the
    key line left on the back. The key wins, a disagreement is a warning at the key's line, and the key
    line is consumed whether or not it agrees."""
    items, warnings = _build(tmp_path, "key-beats-bold.md", "key-beats-bold.txt")
    assert [i.correct for i in items] == ["A", "B", "B", "B", "B", "B"]
    backs = [" ".join(b.plain() for b in i.answer) for i in items]
    assert not any("Answer" in b or b.strip() in ("A", "B") for b in backs)
    assert "91/6 - 49/4" in backs[0] and "historical bug" in backs[1] and "volt measures" in backs[4]
    conflicts = [w for w in warnings if "marked correct" in w]
    assert conflicts == [
        "sources/key-beats-bold.md:10: the answer line says A but option C is marked correct (bold or ✓); the card takes the answer line",
        "sources/key-beats-bold.txt:11: the answer line says B but option A is marked correct (bold or ✓); the card takes the answer line",
        "sources/key-beats-bold.txt:18: the answer line says B but option A is marked correct (bold or ✓); the card takes the answer line",
    ]


def _notes(tmp_path: Path, *names: str) -> list:
    content = drop_in(tmp_path, *names)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.deck.notes


def test_options_keep_their_inline_markup_on_the_card(tmp_path: Path) -> None:
    """L3: options were flattened to plain text: code spans in the body font, `<br>` gone (option B of a
    String.raw quiz then read as option A), two spaces in a code span one, **not** unstressed. An option
    gets the same inline rendering as every other field; its plain text (ids, sheet) is unchanged."""
    notes = _notes(tmp_path, "options-markup.md")
    code, words = notes[0].fields["Options"], notes[1].fields["Options"]
    assert "<code>Hello world!</code>" in code
    assert "<code>Hello</code> <br><code>world</code>" in code  # the line break is what B says
    assert '<code>" &nbsp;Hello"</code>' in code  # both spaces shown
    assert notes[0].fields["Correct"] == r"C) <code>Hello\nworld</code>"
    assert "It does <strong>not</strong> change the loss" in words and "<em>smaller</em>" in words
    assert "It adds a penalty on large weights</li>" in words  # plain options stay plain escaped text


def test_a_fence_in_a_list_item_or_an_admonition_is_highlighted_as_a_top_level_one(tmp_path: Path) -> None:
    """L6: only top-level fences were highlighted; one inside a numbered step or a MkDocs `??? success` answer
    was plain monochrome text without its language, beside highlighted ones in the same deck."""
    notes = _notes(tmp_path, "nested-code.md")
    answers = [n.fields["Answer"] for n in notes]
    for answer in answers:
        assert '<pre class="code" data-lang="python" style="background:#272822' in answer
        assert '<span style="color: #66D9EF">' in answer or '<span style="color: #A6E22E">' in answer  # a keyword, a name
    assert "<p>Slicing:</p>" in answers[0] and "xs[::</span>" in answers[0]
    assert "<code>with</code> block" in answers[1]


def test_teachers_quiz_formats_mark_their_options(tmp_path: Path) -> None:
    """H14: text2qti (`*b)` the right option, `[*]` several, `...`/`+`/`-` feedback lines, `=` a numeric
    answer, `____` an essay), `( )`/`(X)` radio buttons and bare `[X]` boxes under `?:` questions, and
    `QUESTION:`/`A)`/`CORRECT:`/`EXPLANATION:` blocks between `---` were basic cards with the raw option and
    feedback lines on the back (the `*` gone), one card for a whole page, or explanations with their label,
    a `---` and broken `**=>**` points."""
    items, warnings = _build(tmp_path, "text2qti-quiz.txt", "radio-quiz.md", "labelled-quiz.txt")
    by = {}
    for item in items:
        by.setdefault(item.source, []).append(item)
    qti, radio, labelled = by["text2qti-quiz"], by["radio-quiz"], by["labelled-quiz"]
    assert [(i.kind.value, i.correct) for i in qti[:3]] == [("multiple_choice", "B"), ("multiple_choice", "A"), ("multiple_choice", "B,C")]
    assert [c.text for c in qti[0].choices] == ["Nitrogen", "Sodium", "Neon"]
    back = [b.plain() for b in qti[0].answer]
    assert back[:3] == ["Symbols often come from Latin names.", "Right: natrium.", "Look at the Latin name."]
    assert "B) Sodium: From the Latin natrium." in back
    assert qti[3].answer[0].plain() == "6"  # '=   6': the answer, not '= 6'
    assert len(qti) == 4 and any(w.startswith("sources/text2qti-quiz.txt:27: placeholder answer") for w in warnings)  # '____'
    assert [(i.question, i.correct) for i in radio] == [
        ("Which command lists the files of a folder?", "B"),
        ("Which of these print text? (choose all)", "A,B"),
        ("What does `pwd` print?", "B"),
    ]
    assert [i.correct for i in labelled] == ["B", "C", "B"]
    first = " | ".join(b.plain() for b in labelled[0].answer)
    assert first.startswith("Flash memory keeps its charge.")  # 'EXPLANATION:' is a label
    assert "Survives a reboot" in first and "*=>" not in first and "**" not in first
    assert not any("---" in b.plain() for i in labelled for b in i.answer)
    assert not any("EXPLANATION" in b.plain() for i in labelled for b in i.answer)
    assert not [w for w in warnings if "none marked" in w]


def _exam(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    for name in names:
        (content / "sources" / name).write_bytes((NEWUSER / "exam-key" / name).read_bytes())
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items, [f"{w.file}:{w.line}: {w.message}" for w in result.compiled.diagnostics.warnings]


def test_an_exam_and_its_answer_key_in_two_files(tmp_path: Path) -> None:
    """H15: an exam paper and its key in two files gave no card at all ('none marked correct' for each
    question, the key's '1. b' lines read as questions). A file named like another plus '-answers' (-key,
    -solutions, -mark-scheme) is its answer key, said in a warning; `key_file` in the source's table names any
    other; either way the key file is no questions of its own."""
    items, warnings = _exam(tmp_path, "paper-2024.md", "paper-2024-answers.md")
    assert [(i.source, i.correct) for i in items] == [("paper-2024", "B"), ("paper-2024", "C"), ("paper-2024", "A")]
    assert items[1].answer[0].plain() == "Deoxyribonucleic acid."
    assert any(w.startswith("sources/paper-2024-answers.md:None: read as the answer key of sources/paper-2024.md") for w in warnings)
    assert not any("none marked" in w or "no answer" in w for w in warnings)

    table = '[[source]]\nid = "mock"\nfile = "sources/mock.md"\nlayout = "numbered"\nkey_file = "sources/mock-marks.txt"\n'
    items, warnings = _exam(tmp_path / "named", "mock.md", "mock-marks.txt", table=table)
    assert [(i.source, i.correct) for i in items] == [("mock", "B"), ("mock", "C"), ("mock", "A")]
    assert not [w for w in warnings if "mock-marks" in w]  # named in deck.toml: nothing to say


def test_without_its_key_file_an_exam_says_where_a_key_may_be(tmp_path: Path) -> None:
    """H15: the 'none marked correct' hint named only ways of editing the exam; it names key_file too."""
    with pytest.raises(ContentError) as raised:
        _exam(tmp_path, "mock.md")
    said = str(raised.value)
    assert "none marked correct" in said and 'key_file = "sources/' in said


def test_an_answer_key_section_wins_over_a_bold_option_too(tmp_path: Path) -> None:
    """L1, the key at the end of an exam ('### Question 1' ... '## Answer Key' / '1. b'): a bold option
    (emphasis, or a wrong guess) no longer overrides the key's entry."""
    content = drop_in(tmp_path, "exam-numbered-headings.md")
    exam = content / "sources" / "exam-numbered-headings.md"
    exam.write_text(exam.read_text(encoding="utf-8").replace("a) git status", "a) **git status**"), encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.correct for i in result.compiled.items][:2] == ["B", "B"]


def test_everyday_key_forms_are_read_and_an_unread_one_is_said(tmp_path: Path) -> None:
    """L19: `Answer: Option B`, `✅ Answer: B`, `Answer: 12` (the option's text) and `✅ B)` before the label
    were not read: a Basic card whose front had no options. An answer line still unread is a warning."""
    items, warnings = _build(tmp_path, "key-forms.md")
    assert [(i.kind.value, i.correct) for i in items] == [
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),
        ("basic", None),
    ]
    assert items[3].choices[1].text == "Carbon dioxide"  # its reason in brackets is the explanation, not option text
    assert [b.plain() for b in items[3].answer] == ["plants fix it in photosynthesis"]
    assert not any("Answer" in b.plain() for i in items[:4] for b in i.answer)
    assert "sources/key-forms.md:39: 3 options and an answer line deckc cannot read ('Answer: the liquid one'); the card shows the options on its back" in warnings
    # ('Answer: the second one' names the option by its place: read as B since sitting 27, so the unread line is another)


def test_task_boxes_with_two_ticked_are_a_choose_two_question(tmp_path: Path) -> None:
    """L15: two `- [x]` under "(Choose two.)" were a Basic card with no options on the front. Several ticked
    (not all) are each a right one; a question that says "Choose two" with one ticked is a warning; all
    ticked stays a list (a done list)."""
    items, warnings = _build(tmp_path, "choose-boxes.md")
    assert [(i.kind.value, i.correct) for i in items] == [("multiple_choice", "A,C"), ("multiple_choice", "B"), ("basic", None)]
    assert "sources/choose-boxes.md:10: the question says 'Choose two' but 1 option is marked right" in warnings


def test_a_key_hidden_in_a_comment_is_read_and_a_quiz_without_key_makes_no_card(tmp_path: Path) -> None:
    """L36: a worksheet's key in an HTML comment (`<!-- **Answer: B** -->`) was ignored and the card's back was
    the bare unticked boxes. The comment is the key, the boxes' own letters ('A. …') are not repeated; task
    boxes that write their letters and have no key make no card and a warning; a plain to-do list stays."""
    items, warnings = _build(tmp_path, "hidden-key.md")
    assert items[0].kind.value == "multiple_choice" and items[0].correct == "B"
    assert [c.text for c in items[0].choices][:2] == ["A built-in type that stores only integers", "A user-defined type that groups variables of different types"]
    assert not items[0].answer
    assert "sources/hidden-key.md:11: 3 options and none ticked, and no answer line after them; no card" in warnings
    assert [(i.kind.value, i.question) for i in items[1:]] == [("basic", "What should you check before a release?")]


def test_csv_options_read_right_without_deckcs_css(tmp_path: Path) -> None:
    """L21: through the CSV (stock Basic, no deckc CSS) options showed '1. A)Mars / 2. B)Jupiter': a numbered
    list over lettered labels, no space after the label. Each option is a line of its own, 'A) Mars', and
    the card's field has the space too."""
    from compiler.emit.csv import row_fields

    notes = _notes(tmp_path, "key-forms.md")
    assert '<span class="label">A)</span> Mars</li>' in notes[0].fields["Options"]
    _, (front, back) = row_fields(notes[0])
    assert "<ol>" not in front and "<li" not in front and 'class="correct"' not in front
    assert '<div><span class="label">A)</span> Mars</div><div><span class="label">B)</span> Jupiter</div>' in front
    assert "B) Jupiter" in back


def test_obsidian_sr_reversed_cards_and_deck_tag(tmp_path: Path) -> None:
    """L30: Obsidian Spaced Repetition's `Term:::answer` and `??` ask both ways, and its deck tag
    `#flashcards/spanish` files the page's cards; both were lost (one-way cards, the tag dropped)."""
    notes = _notes(tmp_path, "obsidian-sr.md")
    assert [(n.fields["Question"], n.notetype) for n in notes] == [
        ("el perro", "deckc Basic"),
        ("la casa", "deckc Basic (and reversed)"),
        ("What are the two official alphabets of Serbian?", "deckc Basic (and reversed)"),
        ("What is the capital of Spain?", "deckc Basic"),
    ]
    assert all("flashcards::spanish" in n.tags for n in notes)


def test_an_answer_label_with_its_letter_on_the_next_line(tmp_path: Path) -> None:
    """T1 (trial9): exam dumps write 'Correct Answer:' and the letter on the next line, often with a vote tally
    ('B Community vote distribution B (91%) C (9%)'): every question was a Basic card with the options on
    the back. The label takes the letter(s) of the next line; a tally is no explanation."""
    items, _ = _build(tmp_path, "key-next-line.md")
    assert [(i.kind.value, i.correct) for i in items] == [
        ("multiple_choice", "B"),
        ("multiple_choice", "A,C"),
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),  # 'Answer:' / 'A hash map: …' is a sentence, not the key A
    ]
    backs = [" ".join(b.plain() for b in i.answer) for i in items]
    assert backs[0] == "" and "vote" not in " ".join(backs)
    assert backs[2] == "Port 443 carries TLS traffic."


def test_options_that_are_code_blocks(tmp_path: Path) -> None:
    """M1 (learner2): options written as a bare box letter or '&shy;' over a fenced block ('- [ ] A' + ```python)
    were a Basic card with no options on the front, or an empty option whose code fell into the explanation.
    Such an option is its code block, indentation kept, shown as code."""
    items, _ = _build(tmp_path, "code-options.md")
    assert [(i.kind.value, i.correct, len(i.choices)) for i in items] == [("multiple_choice", "B", 2), ("multiple_choice", "B", 4)]
    a, b = items[0].choices
    assert (a.lang, b.lang) == ("python", "python")
    assert b.text == "def bigger(a, b):\n    return a if a > b else b"
    c = items[1].choices[2]
    assert c.lang == "python" and c.text.startswith("d = {}\nfor k in keys:\n    d[k] = None")
    assert items[1].choices[3].text == "{k for k in keys}" and not items[1].answer


def test_select_all_that_apply_and_a_list_the_question_introduces(tmp_path: Path) -> None:
    """T3 (trial9): "(Select all that apply)" with every box ticked is a quiz, not a done list; a question ending
    in ':' over a list of requirements and then its boxes shows that list on the front, after the question,
    with the options (it was a Basic card with the requirements and options on the back)."""
    content = drop_in(tmp_path, "select-all.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items, notes = result.compiled.items, result.compiled.deck.notes
    assert [(i.kind.value, i.correct) for i in items] == [("multiple_choice", "A,B,C"), ("multiple_choice", "B"), ("basic", None)]
    front = notes[1].fields["Question"]
    assert front.startswith("Which database meets ALL the following requirements:<ol")
    assert "It replicates writes to several regions." in front


def test_french_questions_keep_their_space_before_the_question_mark(tmp_path: Path) -> None:
    """L40: "Qu'est-ce que l'osmose ?" lost its space (French typography sets one there): a typo on every
    front. A French question keeps it as a narrow no-break space (never wrapped away from its '?'); an
    English one still loses a stray space."""
    items, _ = _build(tmp_path, "french-spacing.md")
    assert [i.question for i in items] == [
        "Qu'est-ce que l'osmose\u202f?",
        "Pourquoi les feuilles sont-elles vertes\u202f?",
        "Primary key vs unique key?",
    ]


def test_hand_typed_ticks_mark_an_option(tmp_path: Path) -> None:
    """M14 (learner2): '[×]' (a translated '[x]') and '[✓]' ticks were not read: Basic cards with no options."""
    from conftest import deck_of

    page = "# Quiz\n\n#### How many CPUs does one thread use?\n\n- [×] One\n- [ ] All of them\n\n#### Which keyword defines a function?\n\n- [ ] `func`\n- [✓] `def`\n"
    page += "\n#### Which planet is red?\n\n- [ ] Venus\n- [✅] Mars\n"  # trial9 T16
    content = deck_of(tmp_path, {"ticks.md": page})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.kind.value, i.correct) for i in result.compiled.items] == [("multiple_choice", "A"), ("multiple_choice", "B"), ("multiple_choice", "B")]


def test_a_checklist_under_a_notes_heading_stays_a_list(tmp_path: Path) -> None:
    """L15's rule (several ticked boxes are a quiz) holds under a question only: a '## Roadmap' heading read as a
    card (headings = "cards") over '- [x] …' / '- [ ] …' boxes is no quiz."""
    from conftest import deck_of

    page = "# Project\n\n## Roadmap\n\n- [x] Export to CSV\n- [x] Night mode\n- [ ] Sync\n\n## Licence\n\nMIT, see the file.\n"
    table = '[[source]]\nid = "p"\nfile = "sources/p.md"\nlayout = "markdown"\nheadings = "cards"\n'
    content = deck_of(tmp_path, {"p.md": page}, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    # ('## Licence' / 'MIT, see the file.': the repository's own section, no card: trial42 T42-9)
    assert [(i.kind.value, i.question) for i in result.compiled.items] == [("basic", "Roadmap")]
