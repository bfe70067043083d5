"""Document shapes that stopped a build with "cannot tell this document's layout" (trial6 F18, F21, F23,
F26, F39, F40): each is detected and read without config, and the table printed to paste reads it the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import drop_in, paste_table

from compiler.build import build
from compiler.diagnostics import ContentError


def _built(tmp_path: Path, *names: str):  # type: ignore[no-untyped-def]
    content = drop_in(tmp_path, *names)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None, [str(e) for e in result.diagnostics.errors] if hasattr(result, "diagnostics") else result
    return result.compiled


def test_questions_written_as_list_items_are_cards(tmp_path: Path) -> None:
    """F26: '- What is …?' with its answer as nested bullets, and '* What is X? One that …' (the answer after
    the first '?'): how most people jot questions down."""
    compiled = _built(tmp_path, "question-bullets.md")
    items = compiled.items
    assert [(i.locator.line, i.question, i.section) for i in items] == [
        (3, "What is a subnet mask?", []),
        (5, "Why does TCP need a three-way handshake?", []),
        (8, "What does DNS do?", []),
        (13, "What is an idempotent method?", ["HTTP"]),
        (14, "What does status 304 mean?", ["HTTP"]),
        (15, "Is HTTP stateless?", ["HTTP"]),
    ]
    assert " ".join(items[1].answer_plain().split()) == "Both sides must agree on initial sequence numbers. It also confirms both directions work."
    assert items[3].answer_plain() == "One that has the same effect if repeated, like PUT or DELETE."
    assert items[5].answer_plain() == "Yes: each request stands alone; cookies carry state."
    assert not compiled.diagnostics.errors
    assert not [w for w in compiled.diagnostics.warnings if "outside" in w.message]


def test_a_list_of_questions_whose_sub_bullets_only_ask_again_stays_a_question_list(tmp_path: Path) -> None:
    """A question list without answers (h5bp's, follow-up questions as sub-bullets) is still said to add no card."""
    content = drop_in(tmp_path, "interview-questions.md")
    with pytest.raises(ContentError) as exc:  # the file gives no card, so the deck has none: nothing to import
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert any("questions and no answers" in d.message for d in exc.value.diagnostics)


def test_a_vocabulary_list_one_pair_a_line_is_read_with_its_separator(tmp_path: Path) -> None:
    """F40: 'le chat — the cat', 'perro: dog', '- cane = dog' under headings: nearly every line splits once
    on the same separator, so the file is read as delimited with it, and the printed table says so;
    pasting that table changes no note."""
    compiled = _built(tmp_path, "vocab-dash.txt", "vocab-list.md", "vocab-colon.txt")
    got = {(i.source, i.question, i.answer_plain(), tuple(i.section)) for i in compiled.items}
    assert ("vocab-dash", "le chat", "the cat", ()) in got and ("vocab-dash", "la pomme", "the apple", ()) in got
    assert ("vocab-list", "cane", "dog", ("Animals",)) in got and ("vocab-list", "libro", "book", ("Home",)) in got
    assert ("vocab-colon", "perro", "dog", ()) in got
    assert len(compiled.items) == 14
    tables = {w.file: w.snippet for w in compiled.diagnostics.warnings if "not listed" in w.message}
    assert '[source.delimited]\nseparator = " — "' in tables["sources/vocab-dash.txt"]
    assert 'separator = " = "' in tables["sources/vocab-list.md"] and 'separator = ": "' in tables["sources/vocab-colon.txt"]
    totals = paste_table(tmp_path / "content", "\n\n".join(tables.values()), tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0 and totals["retired"] == 0


def test_question_and_answer_labels_are_no_vocabulary_pairs(tmp_path: Path) -> None:
    """'Q: …' / 'A: …' lines each split once on ': ' too, but their left sides repeat: still the qa layout."""
    content = drop_in(tmp_path)
    qa = "".join(f"Q: What is {w}?\nA: The {w} thing.\n\n" for w in ("alpha", "beta", "gamma", "delta"))
    (content / "sources" / "qa.txt").write_text(qa, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [said] = [w.message for w in result.compiled.diagnostics.warnings if "not listed" in w.message]
    assert "layout 'qa'" in said
    assert result.compiled.items[0].question == "What is alpha?"


def test_cloze_sentences_in_notes_are_cloze_notes(tmp_path: Path) -> None:
    """F39: a paragraph or list entry written in Anki's own cloze syntax ('The {{c1::Seine}} flows through
    {{c2::Paris}}.') is a deckc Cloze note, in a Markdown or a text file, as in an Anki export."""
    compiled = _built(tmp_path, "cloze-notes.md", "cloze-notes.txt")
    got = [(i.source if i.source == "cloze-notes" else "txt", i.locator.line, i.kind.value, i.cloze, i.section) for i in compiled.items]
    assert got == [
        ("cloze-notes", 3, "cloze", "The capital of France is {{c1::Paris::city}}.", []),
        ("cloze-notes", 5, "cloze", "The {{c1::Seine}} flows through {{c2::Paris}}.", []),
        ("cloze-notes", 9, "cloze", "Water boils at {{c1::100 °C}} at sea level.", ["Science"]),
        ("cloze-notes", 10, "cloze", "The chemical symbol of gold is {{c1::Au}}.", ["Science"]),
        ("txt", 1, "cloze", "The {{c1::mitochondrion}} is the powerhouse of the cell.", []),
        ("txt", 3, "cloze", "DNA is copied by {{c1::DNA polymerase}} during {{c2::replication}}.", []),
    ]
    assert compiled.items[0].question == "The capital of France is […]."
    notes = {n.fields["Text"]: n for n in compiled.deck.notes}
    assert notes["The {{c1::Seine}} flows through {{c2::Paris}}."].notetype == "deckc Cloze"
    assert not compiled.diagnostics.errors


def test_the_line_above_checkbox_options_is_a_quiz_question(tmp_path: Path) -> None:
    """F21: the line right above a run of '- [ ]' / '- [x]' options is the question whatever it ends with
    (mkdocs-quiz's <quiz> wrappers are layout), the text after the options its explanation."""
    compiled = _built(tmp_path, "checkbox-quiz.md")
    items = compiled.items
    assert [(i.locator.line, i.kind.value, i.question, i.correct) for i in items] == [
        (6, "multiple_choice", "Which command follows a log file as new lines are added?", "B"),
        (15, "multiple_choice", "`sort | uniq` removes all duplicate lines of a file.", "A"),
        (24, "multiple_choice", "Pick the flag that makes grep ignore case", "B"),
    ]
    assert [c.text for c in items[0].choices] == ["grep", "tail -f", "less"]
    assert items[1].answer_plain() == "uniq only removes adjacent duplicates, which sort makes adjacent."
    assert items[0].section == ["Quick quiz"]
    assert not [w for w in compiled.diagnostics.warnings if "outside" in w.message]


def test_a_checklist_with_nothing_ticked_asks_nothing() -> None:
    """A to-do list ('- [ ] write tests') under a line is no quiz: only a run that ticks an option has a question."""
    from compiler.sources.lines import checkbox_stems

    assert checkbox_stems(["Before you merge:", "- [ ] tests pass", "- [ ] docs updated"]) == set()
    assert checkbox_stems(["Which is a prime?", "", "- [ ] 4", "- [x] 5"]) == {0}


def test_a_question_table_with_a_number_column_is_read(tmp_path: Path) -> None:
    """F23: '| # | Question | Answer |' rows are cards (the number column is layout), without config."""
    compiled = _built(tmp_path, "numbered-table.md")
    assert [(i.locator.line, i.question, i.answer_plain()) for i in compiled.items] == [
        (5, "How do you create a new branch and switch to it?", "git switch -c NAME"),
        (6, "How do you undo the last commit but keep the changes?", "git reset --soft HEAD~1"),
        (7, "How do you see the history as a graph?", "git log --graph --oneline"),
        (8, "How do you discard changes in one file?", "git restore FILE"),
    ]


def test_a_list_quiz_with_labelled_entries_is_read(tmp_path: Path) -> None:
    """F23: '- Question: …' with nested '- Answer: …' and '- Choices: a; b; c' (or 'a, b, c'): a
    multiple-choice note with the answer's option marked; without choices a basic note; 'Type:' is layout."""
    compiled = _built(tmp_path, "list-quiz.md")
    items = compiled.items
    assert [(i.locator.line, i.kind.value, i.question, i.correct, i.section) for i in items] == [
        (5, "multiple_choice", "Which magic times the execution of a single line of code?", "B", ["Lesson 1"]),
        (10, "multiple_choice", "How many Markdown heading levels are there?", "D", ["Lesson 1"]),
        (18, "basic", "Which command shows the current working directory in a notebook cell?", None, ["Lesson 2"]),
    ]
    assert [c.text for c in items[0].choices] == ["%timeme", "%timeit", "%codetime", "%timer"]
    assert items[1].answer_plain() == "Explanation: From # to ######."
    assert items[2].answer_plain() == "!pwd"
    assert not compiled.diagnostics.errors


def test_a_command_cheat_sheet_gets_its_pattern_and_the_page_title_as_section(tmp_path: Path) -> None:
    """F18: a tldr page ('- description:' bullet, blank, '`command`' line, repeated) gets the guessed
    pattern that reads it, the page title ('# tar') in Section so a card says which command it is about,
    and the '> description' lines skipped; pasting the printed table changes no note."""
    compiled = _built(tmp_path, "cheat-tar.md")
    assert [(i.question, i.answer_plain(), i.section) for i in compiled.items] == [
        ("Create an archive from two files", "tar cf {{archive.tar}} {{file1}} {{file2}}", ["tar"]),
        ("Create a gzipped archive", "tar czf {{archive.tar.gz}} {{path/to/dir}}", ["tar"]),
        ("List what an archive holds", "tar tf {{archive.tar}}", ["tar"]),
        ("Extract an archive into the current directory", "tar xf {{archive.tar}}", ["tar"]),
    ]
    [table] = [w.snippet for w in compiled.diagnostics.warnings if "not listed" in w.message]
    assert 'page_title = "section"' in table
    totals = paste_table(tmp_path / "content", table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0 and totals["retired"] == 0


def _layout_error(tmp_path: Path, name: str, text: str) -> str:
    from compiler.diagnostics import ContentError

    content = drop_in(tmp_path)
    (content / "sources" / name).write_text(text, encoding="utf-8")
    try:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    except ContentError as exc:
        return str(exc)
    raise AssertionError("the build should stop")


def test_a_rejected_guess_is_shown_with_why_it_was_not_used(tmp_path: Path) -> None:
    """F18/F21/F23 message: when a guessed pattern reads the file but fails the quality check, the table
    shows that guess and why it was not used, never "no question line shape repeats"."""
    said = _layout_error(tmp_path, "p.txt", "Problem 1. What is a?\n\nProblem 2. What is b?\n\nProblem 3. What is c?\nSolution: x\n")
    assert "the pattern guessed below was not used: it read 3 items, 1 with an answer (at least 3 needed)" in said
    assert "item = '^\\s*Problem" in said and "repeats" not in said


def test_a_repeated_line_start_is_named_when_no_guess_reads_the_file(tmp_path: Path) -> None:
    """No guess at all: the message names the line start the file repeats and the item it would be."""
    said = _layout_error(tmp_path, "q.txt", "Notes\n\n- alpha beta\n- gamma delta\n- epsilon\n\nsome prose here.\n")
    assert "its most repeated line start is '-' (3 lines, the first at line 3)" in said
    assert "# item = '^\\s*-\\s*(?P<question>.+)$'" in said
    assert "no question line shape repeats" not in said


def test_logseq_cards_with_review_properties_keep_their_answer(tmp_path: Path) -> None:
    """F43 (with F26): '- What is …? #card' blocks carrying Logseq's review properties ('card-repeats:: 2'):
    the tag is no answer, the properties are metadata (never answer text nor 'Term::answer' cards)."""
    compiled = _built(tmp_path, "logseq-reviewed.md")
    assert [(i.question, i.answer_plain().strip()) for i in compiled.items] == [
        ("What is the Krebs cycle?", "A series of reactions that oxidise acetyl-CoA in the mitochondria."),
        ("What does ATP carry?", "Energy, in its phosphate bonds."),
    ]


def test_a_table_naming_its_question_and_answer_columns_is_read_whatever_else_it_holds(tmp_path: Path) -> None:
    """F23: '| Question | Answer | Level |' and '| Term | Definition | Example |': a card per row, the Level
    column the row's difficulty, any other column on the back ('Example: …')."""
    compiled = _built(tmp_path, "table-columns.md")
    got = [(i.question, i.answer_plain().strip(), i.label, i.section) for i in compiled.items]
    assert got == [
        ("What is a primary key?", "A column set that uniquely identifies a row.", "Easy", []),
        ("What is a covering index?", "An index holding every column a query needs.", "Hard", []),
        ("Idempotent", "Same effect when repeated\nExample: PUT /users/1", None, ["Glossary"]),
        ("Latency", "Time for one request\nExample: 120 ms", None, ["Glossary"]),
    ]
    assert [i.difficulty.value for i in compiled.items[:2]] == ["easy", "hard"]


def test_a_worksheet_answer_in_brackets_at_the_end_of_the_line_is_the_answer(tmp_path: Path) -> None:
    """F45: '1. The capital of Italy is ____. (Rome)' and '4. The moon is a planet. (False)' were questions
    without answers (no card); the bracket at the end is the answer, a true/false statement asked as such."""
    compiled = _built(tmp_path, "worksheet.txt")
    assert [(i.question, i.answer_plain().strip()) for i in compiled.items] == [
        ("The capital of Italy is ________.", "Rome"),
        ("The chemical symbol of silver is ____.", "Ag"),
        ("The smallest planet is ________.", "Mercury"),
        ("True or false: The moon is a planet.", "False"),
        ("True or false: Light is faster than sound.", "True"),
    ]


def test_logseq_term_cards_with_review_properties_get_the_outline_pattern(tmp_path: Path) -> None:
    """F43: '- Avogadro constant #card' blocks with 'card-repeats:: 2' properties: the properties are no
    'Term::answer' cards (the page was read as Markdown, 0 items), the guessed outline pattern skips them."""
    compiled = _built(tmp_path, "logseq-terms.md")
    assert [(i.question, i.answer_plain().strip()) for i in compiled.items] == [
        ("Avogadro constant", "6.022e23 per mole."),
        ("Speed of light", "299,792,458 m/s."),
        ("Planck constant", "6.626e-34 J s."),
    ]
    [table] = [w.snippet for w in compiled.diagnostics.warnings if "not listed" in w.message]
    assert 'layout = "markdown"' in table  # (trial9 T13: the Markdown reader reads '#card' blocks, no pattern to paste)


def test_a_box_quiz_question_with_no_box_ticked_is_skipped_and_said(tmp_path: Path) -> None:
    """A quiz bank that keys its questions by ticking ('- [x]'): a question whose boxes are all open has
    lost its key, so it makes no card that would teach nothing; warned at its line and skipped in the
    manifest. A page that ticks nothing keeps such a list as the answer (a to-do list)."""
    compiled = _built(tmp_path, "box-quiz-missing-key.md")
    assert [i.question for i in compiled.items] == ["How can you check your current git version?", "What command creates a new repository?"]
    manifest = json.loads((tmp_path / "build" / "mine.json").read_text(encoding="utf-8"))
    assert [(s["line"], s["skipped"]) for s in manifest["skipped"]] == [(9, "no correct option")]
    assert manifest["summary"]["items_accounted"] == manifest["summary"]["items_read"] == 3
    [warning] = [w for w in compiled.diagnostics.warnings if "none ticked" in w.message]
    assert warning.line == 9 and warning.message.startswith("3 options and none ticked")
    # a page that ticks nothing: the open boxes are the answer (a checklist)
    content = tmp_path / "content"
    (content / "sources" / "box-quiz-missing-key.md").write_text(
        "## What do you check before a release?\n\n- [ ] the changelog\n- [ ] the version number\n\n"
        "## What do you check after it?\n\n- [ ] the download page\n- [ ] the announcement\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=2_000)
    assert result.compiled is not None and len(result.compiled.items) == 2
