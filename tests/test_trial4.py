"""Trial 4 (new user, unseen documents): findings fixed in the shared reader modules.

Each test builds a small document written for it (tests/data/newuser/) the way a new user would:
drop it into content/sources/ and build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drop_in

from compiler.build import build
from compiler.diagnostics import ContentError, Diagnostics
from compiler.model import ItemKind
from compiler.render import correct_html, options_html
from compiler.sources import markdown_blocks
from compiler.sources.base import Document
from compiler.sources.choices import find_choices, key_labels
from compiler.sources.detect import suggest_pattern
from compiler.sources.markdown_blocks import check_text


def test_an_answer_line_may_name_several_options() -> None:
    """'Correct answer: B, E' marked B only and made ', E' the explanation; 'Correct Answer: BD' marked none."""
    assert key_labels("B, E") == ["B", "E"]
    assert key_labels("A and C") == ["A", "C"]
    assert key_labels("BD") == ["B", "D"]
    assert key_labels("DB") == []  # capitals run together only in order
    assert key_labels("B, a") == ["B"]  # 'Answer: B, a variable …'
    options = ["- A. Red", "- B. Green", "- C. Blue", "- D. Black", "- E. White", ""]
    for line, correct, explanation in [
        ("Correct answer: B, E", "B,E", []),
        ("Correct Answer: BD", "B,D", []),
        ("**Answer:** A & C", "A,C", []),
        ("Answer: (b), (e). Both are colours of light.", "B,E", ["Both are colours of light."]),
        ("Correct answer: C", "C", []),
    ]:
        found = find_choices([*options, line])
        assert found is not None and found.correct == correct, line
        assert [x for x in found.explanation if x.strip()] == explanation, line
    wrong = find_choices([*options, "Correct answer: B, G"])
    assert wrong is not None and wrong.correct is None and wrong.unknown == [(6, "G")]


def test_a_quiz_keyed_with_several_letters_marks_every_one(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "quiz-several-keys.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.kind, i.correct) for i in items] == [
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A"),
    ]  # the fifth's key names F: no card, and a warning saying so
    assert items[0].answer_plain() == "" and items[2].answer_plain() == "Both grow on plants as fruit."
    first, second = items[0], items[1]
    assert correct_html(first) == "A) Red<br>C) Blue"
    assert options_html(first).count('class="correct"') == 2 and "choose 2" not in options_html(first)  # it says '(Choose TWO)'
    assert '<p class="pick">(choose 2)</p>' in options_html(second)  # it does not: the front says how many
    assert 'class="pick"' not in options_html(items[3])
    [warning] = [w for w in result.compiled.diagnostics.warnings if "not one of the options" in w.message]
    assert warning.line == 37 and "names F" in warning.message


def test_a_byte_order_mark_inside_the_file_hides_no_question(tmp_path: Path) -> None:
    """Trial 4 finding 12: 'cat a.md b.md' leaves a U+FEFF before the second file's first heading, which then
    was no heading: the question was pasted into the previous answer, silently."""
    content = drop_in(tmp_path)
    text = (
        "\ufeff# Notes\n\n## What is a mutex?\n\nA lock one thread holds.\n\n"
        "\ufeff## What is a semaphore?\n\nA counter of permits.\n\n"
        "## What is a monitor?\n\nA mutex plus condition variables.\n\n"
        "\ufeff**What is a spinlock?**\n\nA lock that busy-waits.\n"
    )
    (content / "sources" / "joined.md").write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.question for i in items] == ["What is a mutex?", "What is a semaphore?", "What is a monitor?", "What is a spinlock?"]
    assert (items[0].answer_plain(), items[1].answer_plain()) == ("A lock one thread holds.", "A counter of permits.")
    assert [i.locator.line for i in items] == [3, 7, 11, 15]


def test_a_semicolon_csv_with_a_quoted_line_break_is_read_on_its_records(tmp_path: Path) -> None:
    """Trial 4 finding 15: the separator was guessed on physical lines, so the quoted two-line fields made
    ';' miss the 80 % bar and the file was split on ',' (0 cards, "write the answer in the second column")."""
    content = drop_in(tmp_path)
    csv_text = 'front;back\n"What is\na list?";"An ordered\nsequence"\nWhat is a dict?;A mapping\nWhat is a set?;Unique items\n'
    (content / "sources" / "cards.csv").write_text(csv_text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.question for i in items] == ["What is a list?", "What is a dict?", "What is a set?"]
    assert [i.answer_plain().replace("- ", "").split() for i in items] == [["An", "ordered", "sequence"], ["A", "mapping"], ["Unique", "items"]]


def test_a_separator_that_splits_no_row_names_the_one_that_does(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "cards"\nfile = "sources/cards.csv"\ntitle = "Cards"\nlayout = "delimited"\n[source.delimited]\nseparator = ","\n'
    content = drop_in(tmp_path, table=table)
    (content / "sources" / "cards.csv").write_text("What is a dict?;A mapping\nWhat is a set?;Unique items\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = err.value.diagnostics
    assert error.file == "sources/cards.csv" and "no comma (,); they look semicolon (;)-separated" in error.message
    assert '[source.delimited] separator = ";"' in error.hint


def test_a_source_that_published_notes_and_now_yields_none_stops_the_build(tmp_path: Path) -> None:
    """Trial 4 finding 15: a rebuild retired all 3 published notes of a file its reader suddenly lost, on a warning."""
    content = drop_in(tmp_path)
    cards = content / "sources" / "cards.csv"
    cards.write_text("front;back\nWhat is a list?;An ordered sequence\nWhat is a dict?;A mapping\nWhat is a set?;Unique items\n", encoding="utf-8")
    (content / "sources" / "other.md").write_text("## What is a tuple?\n\nAn immutable sequence.\n", encoding="utf-8")
    first = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert first.summary.totals["new"] == 4
    cards.write_text("front;back\nWhat is a list?;\nWhat is a dict?;\nWhat is a set?;\n", encoding="utf-8")  # every answer lost
    with pytest.raises(ContentError) as err:
        build(content, tmp_path / "build", formats=("json",), now=2_000)
    [error] = [d for d in err.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/cards.csv" and "3 notes of it are in the deck" in error.message
    assert "none of its 3 questions has an answer" in error.message and "remove the file" in error.hint
    cards.unlink()  # removed on purpose: its notes are retired
    third = build(content, tmp_path / "build", formats=("json",), now=3_000)
    assert third.summary.totals == {"new": 0, "updated": 0, "unchanged": 1, "retired": 3}


def test_a_long_table_is_no_long_block() -> None:
    """Trial 4 finding 14: the 5,000-lines-without-a-blank guard (meant for one markdown-it block) refused a
    6,000-row table, which markdown-it reads row by row in linear time, with advice that would break it."""
    table = "| Question | Answer |\n|---|---|\n" + "".join(f"| What is [item](x.md) {n}? | Answer {n} |\n" for n in range(6000))
    diag = Diagnostics()
    assert check_text(table, "t.md", diag) and not diag.errors  # its 6,000 '[' are 1 a row, not 6,000 in a block
    paragraph = "".join(f"line {n} of one paragraph\n" for n in range(6000))
    assert not check_text(paragraph, "p.md", diag)
    assert "without a blank line" in diag.errors[0].message


def test_a_long_question_table_is_detected_as_a_short_one_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same table was detected when short and "cannot tell this document's layout" when long (the guard
    failed the guessed pattern's trial read). The guard is lowered here so the test stays fast."""
    monkeypatch.setattr(markdown_blocks, "MAX_RUN_LINES", 40)
    content = drop_in(tmp_path)
    rows = "".join(f"| What is the capital of country {n}? | City {n} |\n" for n in range(60))
    (content / "sources" / "table.md").write_text(f"# Capitals\n\n| Question | Answer |\n|---|---|\n{rows}", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.items) == 60
    assert result.compiled.items[59].answer_plain() == "City 59"


EXCERPT = "".join(
    f"{n}. Which service is number {n}?\n    - A. Amazon EBS.\n    - B. Amazon S3.\n\n    Correct answer: {key}\n\n"
    for n, key in [(16, "B"), (29, "A"), (41, "A"), (47, "B")]
)


def test_a_quiz_excerpt_whose_numbers_skip_is_read_with_a_guessed_pattern(tmp_path: Path) -> None:
    """Trial 4 finding 16: four questions of a 50-question exam (numbered 16, 29, 41, 47) got a guessed
    pattern whose item was the answer line: pasting it made 'B' the question."""
    content = drop_in(tmp_path)
    (content / "sources" / "excerpt.md").write_text(f"# Excerpt\n\n{EXCERPT}", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.number, i.kind, i.correct) for i in items] == [
        ("16", ItemKind.multiple_choice, "B"),
        ("29", ItemKind.multiple_choice, "A"),
        ("41", ItemKind.multiple_choice, "A"),
        ("47", ItemKind.multiple_choice, "B"),
    ]
    [named] = [w for w in result.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    # (read with a guessed pattern, sequence = false; since trial11 P103, as 'numbered': questions after a gap count)
    assert ("sequence = false" in named.snippet or 'layout = "numbered"' in named.snippet) and "Correct" not in named.snippet


def test_an_answer_line_is_never_a_guessed_item() -> None:
    text = "# Quiz\n\n" + "".join(f"Which service number {n} is it?\n\n- A. One\n- B. Two\n\nCorrect answer: B\n\n" for n in range(4))
    guess = suggest_pattern(Document(rel="q.md", text=text))
    assert not any("Correct" in line for line in guess)
    assert not any(line.startswith("item") for line in guess)  # nothing to guess: the commented stub says so


def test_a_file_that_is_one_code_block_names_the_fence(tmp_path: Path) -> None:
    """Trial 4 finding 19: a file that is only a short code block got "no line shape repeats", not the code-fence cause."""
    content = drop_in(tmp_path)
    code = '```python\n# What is a list?\nx = [1, 2]\n# What is a dict?\nd = {"a": 1}\n```\n'
    (content / "sources" / "code.md").write_text(code, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    # unlisted: a warning naming the fence (trial9 T12: one odd file stops no build); the deck has no note at all
    [said] = [d for d in err.value.diagnostics if d.file == "sources/code.md"]
    assert said.severity == "warning" and "lines 1-6 are inside one code fence opened at line 1" in said.message


def test_an_answer_key_and_marks_may_name_several_options(tmp_path: Path) -> None:
    """A key under '# Answers' naming several letters ('1. A, C', '3. AC') answered nothing (the items were
    lost with "none marked correct"); several bold options ("check all that apply") made a basic card."""
    content = drop_in(tmp_path, "quiz-key-several.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.number, i.kind, i.correct) for i in items] == [
        ("1", ItemKind.multiple_choice, "A,C"),
        ("2", ItemKind.multiple_choice, "A"),
        ("3", ItemKind.multiple_choice, "A,C"),
        ("4", ItemKind.multiple_choice, "A,C"),
    ]
    assert items[0].answer_plain() == "Red and blue mix into most paint colours."
    assert [c.text for c in items[3].choices] == ["Apple", "Carrot", "Banana"]  # the marks are not option text


def test_toggle_questions_with_a_note_mark_and_bold_lines_in_their_answers(tmp_path: Path) -> None:
    """Found on a sysadmin question page nobody had tuned for (trimstray/test-your-sysadmin-skills, MIT): 54 of
    271 toggles whose summary ends in a note mark ('…? ***', "answer incomplete") were text outside any question,
    and 11 whose answer opens with a bold line ('**Load balancing**') were 'no answer' (the bold line was taken
    for a sub-heading, closing the question)."""
    content = drop_in(tmp_path, "toggle-marks.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    # ('To be completed.' holds the place of an answer: no card, listed as a placeholder; trial21 r-1)
    assert [i.question for i in items] == [
        "How do you get help on the command line?",
        "What are the advantages of a reverse proxy?",
    ]
    assert "Load balancing" in items[1].answer_plain() and "spread over the servers" in items[1].answer_plain()
    assert not [w for w in result.compiled.diagnostics.warnings if "no answer" in w.message]
    assert [w.line for w in result.compiled.diagnostics.warnings if "placeholder answer 'To be completed.'" in w.message] == [12]
