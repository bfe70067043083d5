"""Trial 4 (new user, unseen documents): findings fixed in the shared reader modules.

Each test builds a small document written for it (tests/data/newuser/) the way a new user would:
drop it into content/sources/ and build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.model import ItemKind
from compiler.render import correct_html, options_html
from compiler.sources.choices import find_choices, key_labels

DATA = Path(__file__).parent / "data" / "newuser"


def drop_in(tmp: Path, *names: str, table: str = "") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for name in names:
        (content / "sources" / name).write_bytes((DATA / name).read_bytes())
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


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
    assert "question has no answer" in error.message and "remove the file" in error.hint
    cards.unlink()  # removed on purpose: its notes are retired
    third = build(content, tmp_path / "build", formats=("json",), now=3_000)
    assert third.summary.totals == {"new": 0, "updated": 0, "unchanged": 1, "retired": 3}
