"""Thirty-seventh sitting, lead: findings fixed by the lead (each test names its finding)."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build

PNG = b"\x89PNG\r\n\x1a\n"


def _deck(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    return content


def test_a_root_absolute_picture_of_a_cloned_repository_is_found_in_the_clone(tmp_path: Path) -> None:
    """trial31 T31-52 (medium): a repository cloned into sources/ writes '/Database/images/x.png' from its own root;
    it was looked for only in the content folder, 'not found', although the clone holds it."""
    content = _deck(tmp_path)
    clone = content / "sources" / "clone"
    (clone / ".git").mkdir(parents=True)
    (clone / "Database" / "images").mkdir(parents=True)
    (clone / "Database" / "images" / "status.png").write_bytes(PNG)
    (clone / "Database" / "README.md").write_text(
        "# Database\n\n## What are a transaction's states?\n\nActive, committed, aborted.\n\n"
        "![states](/Database/images/status.png)\n\n## What is a deadlock?\n\n![lock](/Database/images/lock.png)\n\n"
        "Two transactions wait for each other.\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    backs = {n.primary.question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert '<img src="status.png" alt="states">' in backs["What are a transaction's states?"]
    [missing] = [w for w in result.compiled.diagnostics.warnings if "repository's root" in w.message]
    assert missing.file == "sources/clone/Database/README.md" and missing.line == 11
    assert "sources/clone/Database/images/lock.png" in missing.message  # where it looked first: the clone's root


def test_a_root_absolute_picture_of_a_downloaded_repository_is_found_above_the_document(tmp_path: Path) -> None:
    """T31-52: a repository downloaded as a zip has no .git; the nearest folder above the document holding the
    path is its root."""
    content = _deck(tmp_path)
    repo = content / "sources" / "repo-main"
    (repo / "img").mkdir(parents=True)
    (repo / "img" / "tree.png").write_bytes(PNG)
    (repo / "notes").mkdir()
    (repo / "notes" / "trees.md").write_text("## What is a BST?\n\nA sorted binary tree.\n\n![tree](/img/tree.png)\n", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [note] = result.compiled.deck.notes
    assert '<img src="tree.png" alt="tree">' in note.fields["Answer"]
    assert not [w for w in result.compiled.diagnostics.warnings if "image" in w.message]


STATEMENTS = Path(__file__).parent / "data" / "trials" / "trial31" / "t31-29-statements"


def test_a_markdown_questions_labelled_statements_keep_a_line_each(tmp_path: Path) -> None:
    """trial31 T31-29 (low), Markdown: 'Consider the following statements:' / 'I. …' / 'II. …' / 'III. …' / 'Which …?'
    and 'Assertion (A): …' / 'Reason (R): …' ran together into one line of the front; the options name the statements
    by their labels, so each keeps a line (as the text reader already did). Lines of an answer so labelled too."""
    content = _deck(tmp_path)
    for name in ("upsc.md", "heading.md"):
        (content / "sources" / name).write_bytes((STATEMENTS / name).read_bytes())
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    notes = {n.fields.get("Question", ""): n.fields for n in result.compiled.deck.notes}
    assert (
        "Consider the following statements about the Rajya Sabha:<br>I. It is a permanent body and is not subject to "
        "dissolution.<br>II. One-third of its members retire every second year.<br>III. The Vice-President is its "
        "ex-officio Chairman.<br>Which of the statements given above is/are correct?"
    ) in notes
    assert "Assertion (A): The Rajya Sabha cannot be dissolved.<br>Reason (R): Its members are elected for six years" in " ".join(notes)
    under_heading = next(f["Question"] for f in notes.values() if f["Question"].startswith("Consider the following statements:<p>"))
    assert "<p>I. The President is elected indirectly.<br>\nII. The President can be impeached.</p>" in under_heading
    money = next(f for f in notes.values() if f["Question"] == "What is a money bill?")
    assert "Consolidated Fund.<br>\nI. It can only start in the Lok Sabha.<br>\nII. The Rajya Sabha may delay it 14 days." in money["Answer"]


def test_statement_lines_break_only_at_a_run_of_labelled_statements() -> None:
    """T31-29: one 'I.' line, Roman numerals out of order, or a plain wrapped paragraph keep joining as before."""
    from compiler.sources.lines import statement_breaks, statement_lines

    assert statement_lines(["Q2. Assertion (A): x is y.", "Reason (R): y is z."]) == "Q2. Assertion (A): x is y.\nReason (R): y is z."
    assert statement_breaks(["Consider:", "I. one", "II. two", "Which?"]) == [1, 2, 3]
    assert statement_breaks(["Consider:", "II. one", "I. two"]) == []
    assert statement_breaks(["World War", "I. began in 1914."]) == []
    assert statement_lines(["What is", "a wrapped", "question?"]) == "What is a wrapped question?"


KEY_ALONE = Path(__file__).parent / "data" / "trials" / "trial37" / "keys-answer-line-alone" / "ru-key-letter-alone.txt"


def test_a_key_line_alone_between_blank_lines_keys_its_question_not_a_section(tmp_path: Path) -> None:
    """Keys helper, sitting 37: 'Ответ: а' standing alone between blank lines under a question's options was taken
    for a section title: that question had no card, and the next card's Section read 'Ответ: A'."""
    content = _deck(tmp_path)
    (content / "sources" / KEY_ALONE.name).write_bytes(KEY_ALONE.read_bytes())
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    cards = [(n.fields["Question"], n.fields["Correct"], n.fields["Section"]) for n in result.compiled.deck.notes]
    assert cards == [("Столица Франции?", "а) Париж", ""), ("Сколько будет 2 + 2?", "б) 4", "")]


NOTEBOOK = Path(__file__).parent / "data" / "trials" / "trial37" / "t37-7-notebook-code-between-q-and-a" / "en-numpy-tutorial.ipynb"


def test_a_notebooks_code_output_goes_after_the_answer_cell_not_on_the_front(tmp_path: Path) -> None:
    """trial37 T37-7 (high): a question cell, a code cell run with its output, then a '**Answer:** …' cell: the
    front showed the code's output, the answer itself. The code the question asks about stays on the front; its
    output is on the back, after the answer."""
    content = _deck(tmp_path)
    (content / "sources" / NOTEBOOK.name).write_bytes(NOTEBOOK.read_bytes())
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    first = result.compiled.deck.notes[0].fields
    assert "np.arange(5)" in first["Question"] and "array([0, 1, 2, 3, 4])" not in first["Question"]
    assert "Output:" not in first["Question"]
    back = first["Answer"]
    assert back.index("an array of the integers 0 to 4") < back.index("Output:") < back.rindex("array([0, 1, 2, 3, 4])")
