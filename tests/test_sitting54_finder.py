"""Fifty-fourth sitting, finder: findings of trial 54 (real public documents: Linux Journey's lessons of one quiz each,
Microsoft's Security-101, the Scientific Python Lectures in MyST, the Open Data Structures textbook in LaTeX,
pgexercises' SQL records, Arm's review quizzes; docs/trials/trial54.md) fixed: a quiz asked under a 'Quiz Question'
heading and answered under 'Quiz Answer' is one card (T54-1); a LaTeX chapter's '\\begin{exc}' exercises are
exercises, each said unanswered, and '\\index{…}' prints nothing (T54-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.markdown_blocks import labelled_question_headings

TRIAL = Path(__file__).parent / "data" / "trials" / "trial54"
OK = {"ok.md": "## What is a list?\n\nAn ordered sequence.\n"}


# --- T54-1: a lesson's quiz under 'Quiz Question' / 'Quiz Answer' headings ---------------------------------------


def test_a_true_or_false_quiz_under_label_headings_is_one_card(tmp_path: Path) -> None:
    """T54-1 (high): '## Quiz Question' / 'True or false, deleting a branch deletes the commits it pointed at.' /
    '## Quiz Answer' / 'False' (Linux Journey's subnets lesson). Before: two cards, 'Quiz Question' → the statement and
    'Quiz Answer' → 'False'. Now one card, the statement its front and 'False' its back."""
    notes, _, _ = built_notes(tmp_path, {"branches.md": TRIAL / "lesson-quiz-truefalse.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["True or false, deleting a branch deletes the commits it pointed at."] == "False", cards
    assert "Quiz Question" not in cards and "Quiz Answer" not in cards, cards


def test_a_quiz_under_label_headings_is_read_on_a_page_of_bold_questions(tmp_path: Path) -> None:
    """T54-1: a lesson whose text holds one bold question ('<b>How does it work?</b>' over a list: Linux Journey's NAT
    lesson) is read by its bold questions. Before: the quiz ('What name does git give the remote you cloned from?' →
    'origin') was among "text outside any question", in no card. Now it is a card."""
    notes, _, _ = built_notes(tmp_path, {"remotes.md": TRIAL / "lesson-quiz-bold-inline.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards.get("What name does git give the remote you cloned from?") == "origin", cards
    assert "How does it work?" in cards, cards


def test_a_quiz_answer_left_empty_is_said_unanswered_and_a_placeholder_is_no_card(tmp_path: Path) -> None:
    """T54-1: an empty '## Quiz Answer' (Linux Journey's rm lesson) was said as "the answer is only another question"; a
    placeholder under '## Quiz Question' ('No questions move along!', CIDR lesson) was a card 'Quiz Question'. Now the
    first is "question has no answer" at the question's line, the second no card."""
    notes, skipped, messages = built_notes(
        tmp_path, {"rm.md": TRIAL / "lesson-quiz-empty-answer.md", "cidr.md": TRIAL / "lesson-quiz-placeholder.md", **OK}
    )
    fronts = [note_front(n) for n in notes]
    assert "Quiz Question" not in fronts and "No questions move along!" not in fronts, fronts
    assert any("rm.md:18: warning: question has no answer" in m for m in messages), messages
    assert not any("only another question" in m for m in messages), messages
    assert any(s["file"].endswith("rm.md") and s["question"] == "How do you stop tracking a file but keep it on disk?" for s in skipped), skipped


def test_label_headings_are_rewritten_only_as_a_pair_of_one_level_over_one_paragraph() -> None:
    """T54-1: the rewrite keeps every line's number; it leaves a question label with no answer label of its level
    below it, one over a list or code, and label headings inside a code fence as they are."""
    page = "## Quiz Question\n\nWhat is 2 + 2?\n\n## Quiz Answer\n\n4\n"
    assert labelled_question_headings(page) == "\n\n## What is 2 + 2?\n\n\n\n4\n"
    for kept in (
        "## Quiz Question\n\nWhat is 2 + 2?\n\n### Quiz Answer\n\n4\n",
        "## Quiz Question\n\nWhat is 2 + 2?\n\n## Notes\n\n4\n",
        "## Question\n\n- a list\n- of things\n\n## Answer\n\n4\n",
        "```\n## Quiz Question\n\nWhat is 2 + 2?\n\n## Quiz Answer\n```\n",
    ):
        assert labelled_question_headings(kept) == kept


def test_the_folder_of_lessons_keeps_the_quizzes_that_read_right(tmp_path: Path) -> None:
    """T54-1: the lesson shape that read right before ('What command puts a change into the staging area?' → 'git add')
    reads so still, its lesson text a card fronted by the lesson's title and its exercise no card (T54-4)."""
    notes, _, _ = built_notes(tmp_path, {"add.md": TRIAL / "lesson-quiz-ok.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What command puts a change into the staging area?"] == "git add", cards
    assert list(cards) == ["git add (Stage)", "What command puts a change into the staging area?"], cards


# --- T54-2: LaTeX '\begin{exc}' exercises and '\index' -----------------------------------------------------------


def test_latex_exc_exercises_are_each_said_unanswered_never_glued(tmp_path: Path) -> None:
    """T54-2 (high): Open Data Structures' chapters end with '\\begin{exc} … \\end{exc}' exercises ('\\newtheorem{exc}
    {Exercise}' in the book's main file, not in the chapter read). Before: all glued on the back of 'Discussion and
    Exercises' (or each other's answers: skiplists). Now each is an exercise: no card, said to have no answer, the
    section's prose its card; '\\index{…}' left nowhere."""
    notes, skipped, messages = built_notes(tmp_path, {"queues.tex": TRIAL / "latex-exc-chapter.tex"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Discussion and Exercises"] == "Circular arrays are an old idea; they appear in most early operating systems as ring buffers.", cards
    assert not any(f.startswith("Exercise") for f in cards), cards
    unanswered = sorted(s["line"] for s in skipped if s["file"].endswith("queues.tex") and s["skipped"] == "no answer")
    assert unanswered == [21, 26, 32], skipped
    assert not any("\\index" in f or "\\index" in b for f, b in cards.items()), cards
    assert not any("\\index" in m for m in messages), messages


def test_an_exercise_label_heading_over_a_task_alone_asks_whatever_its_verb(tmp_path: Path) -> None:
    """T54-2: in Markdown, '#### Exercise 1' / 'Draw the array after adding 4, 7 and 9.' with nothing else under it
    was a card 'Exercise 1' whose answer was the task; '**Exercise 1.** Draw …' was said unanswered. Now both are."""
    page = (
        "## Exercises\n\n#### Exercise 1\n\nDraw the array after adding 4, 7 and 9 to an empty queue.\n\n"
        "#### Exercise 2\n\nImplement addFirst(x) in constant amortized time.\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"ex.md": page, **OK})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    asked = sorted(s["question"] for s in skipped if s["file"].endswith("ex.md"))
    assert asked == ["Draw the array after adding 4, 7 and 9 to an empty queue.", "Implement addFirst(x) in constant amortized time."], skipped


# --- T54-6: an HTML list entry's leading '*' -----------------------------------------------------------------------


def test_an_html_list_entry_keeps_a_lead_markdown_would_read_as_a_bullet(tmp_path: Path) -> None:
    """T54-6 (medium): '<ul>' / '<li>* matches any string of characters, even none.</li>' (Linux Journey's cp lesson on
    wildcards). Before: the entry became a nested empty bullet and its '*', the character taught, was gone. Now the
    entry reads as written; the other entries ('? matches exactly one character.') as before."""
    notes, _, _ = built_notes(tmp_path, {"ls.md": TRIAL / "html-list-wildcards.md"})
    back = next(note_back(n) for n in notes if note_front(n) == "ls (List)")
    assert "* matches any string of characters, even none." in back, back
    assert "? matches exactly one character." in back and "[] matches one of the characters" in back, back


def test_html_list_entries_opening_like_markdown_blocks_are_escaped() -> None:
    """T54-6: a number, a heading mark or a quote mark opening an entry is text too; other entries are unchanged."""
    from compiler.sources.markdown_blocks import html_lists

    page = "<ol>\n<li>2. is the second prime</li>\n<li># marks a comment</li>\n<li>plain words</li>\n</ol>\n"
    assert html_lists(page).split("\n")[1:4] == ["1. 2\\. is the second prime", "2. \\# marks a comment", "3. plain words"]


# --- T54-3: a MyST exercise box no solution answers; '+++' and '{index}' ----------------------------------------


def test_myst_exercise_boxes_without_solutions_are_tasks_said_unanswered(tmp_path: Path) -> None:
    """T54-3 (high): the Scientific Python Lectures' SymPy page: '::: {exercise-start}' / ':label: …' / ':::' / two
    numbered tasks / '::: {exercise-end}' / ':::', no solution box. Before (read part by part): cards whose backs were
    the box's closing fence or a task's own formula, the other tasks "text outside any question". Now each task is an
    exercise said to have no answer (the formula on its line), no card of a box's fence; the solved box still reads
    task over solution; no '+++' cell break and no '{index}' directive on any card."""
    notes, skipped, _ = built_notes(tmp_path, {"fractions.md": TRIAL / "myst-exercise-unsolved.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 1, cards
    front, back = next(iter(cards.items()))
    assert "round 2.675 to two decimals" in front and "round(2.675,2)" in back.replace(" ", ""), cards
    assert not any(":::" in f or ":::" in b or "+++" in f or "+++" in b or "index" in b for f, b in cards.items()), cards
    asked = {s["line"]: s["question"] for s in skipped if s["file"].endswith("fractions.md") and s["skipped"] == "no answer"}
    assert sorted(asked) == [28, 30, 52, 58], skipped
    assert asked[28] == "Compute \\(1/2 + 1/3 + 1/6\\) exactly." or "1/2 + 1/3 + 1/6" in asked[28], asked
    assert "0.5 = \\frac{1}{2}" in asked[52], asked


def test_myst_layout_keeps_line_numbers_and_solved_boxes() -> None:
    """T54-3: the rewrite keeps the page's line count; a box answered by a solution box of its label, or right after
    it when it has none, is left to the reader as written; '+++' is a cell break only in a notebook page."""
    from compiler.sources.directives import myst_layout

    solved = [":::{exercise}", ":label: a", "Compute 2 + 2.", ":::", "", ":::{solution} a", "4", ":::"]
    assert myst_layout(solved) == solved
    unlabelled = [":::{exercise}", "Compute 2 + 2.", ":::", ":::{solution}", "4", ":::"]
    assert myst_layout(unlabelled) == unlabelled
    alone = [":::{exercise}", "Compute 2 + 2.", ":::", "", "Text."]
    assert myst_layout(alone) == ["", "**Exercise.** Compute 2 + 2.", "", "", "Text."]
    assert myst_layout(["# Notes", "", "+++", ""]) == ["# Notes", "", "+++", ""]
    notebook = ["```{code-cell}", "x = 1", "```", "", "+++", "", "Text."]
    assert myst_layout(notebook) == ["```{code-cell}", "x = 1", "```", "", "", "", "Text."]


# --- T54-4: a lesson template's task heading and placeholders -----------------------------------------------------


def test_a_task_heading_over_a_task_alone_is_said_unanswered_and_a_placeholder_is_no_card(tmp_path: Path) -> None:
    """T54-4 (medium): every Linux Journey lesson has '## Exercise' over a task to do ('Stage two files, then run git
    status …') or over 'No exercises for this lesson.'. Before: a card 'Exercise' whose back was the task or the
    placeholder, 18 of them in 19 lessons. Now the task is said as a task to do with no solution (as '### Activity' over
    its task is: trial50 T50-5) and the placeholder as one; the lesson's quiz and text cards stay."""
    notes, skipped, messages = built_notes(
        tmp_path, {"add.md": TRIAL / "lesson-quiz-ok.md", "cidr.md": TRIAL / "lesson-quiz-placeholder.md"}
    )
    fronts = [note_front(n) for n in notes]
    assert "Exercise" not in fronts, fronts
    assert "What command puts a change into the staging area?" in fronts and "git add (Stage)" in fronts and "Refspecs" in fronts, fronts
    assert any("add.md:13: warning: 'Exercise' is a task to do (no solution given)" in m for m in messages), messages
    assert any(s["file"].endswith("add.md") and s["line"] == 13 for s in skipped), skipped
    assert any("cidr.md:7: warning: placeholder answer 'No exercises for this lesson.'" in m for m in messages), messages
    assert not any("cidr.md:13" in m for m in messages), messages  # ('No questions move along!' over no answer: no quiz)


def test_an_exercise_heading_over_a_list_of_tasks_is_no_card(tmp_path: Path) -> None:
    """T54-4: '## Exercise' over an HTML list of steps ('<ol>' / '<li>Create a file called draft.txt and commit it.</li>'
    / …: Linux Journey's rm lesson) was a card 'Exercise' → the steps; now it is said as the course's tasks, no card."""
    notes, _, messages = built_notes(tmp_path, {"rm.md": TRIAL / "lesson-quiz-empty-answer.md"})
    assert [note_front(n) for n in notes] == ["git rm (Remove)"], [(note_front(n), note_back(n)) for n in notes]
    assert any("rm.md:9: warning: 'Exercise' is over a list of the course's objectives, tasks or prompts" in m for m in messages), messages


# --- T54-5: a record of fields under label lines -------------------------------------------------------------------


def test_a_record_of_labelled_fields_is_its_question_and_answer(tmp_path: Path) -> None:
    """T54-5 (medium): pgexercises' exercise files ('|QUESTIONNAME|' / title / '|QUESTION|' / question / '|QUERY|' /
    SQL / '|ANSWER|' / explanation / '|HINT|' / … / '|PAGEID|' / a GUID), read as .txt. Before: an article whose
    made-up question ('What is filter rows by a range?') stood over the whole record, and cloze cards
    '{{c1::1}}: |PAGEID|'; or "cannot tell". Now one card: the question field its front, the query and the
    explanation its back; the name, hint and bookkeeping fields on no card."""
    notes, _, _ = built_notes(tmp_path, {"where.txt": TRIAL / "field-record.txt"})
    assert len(notes) == 1, [(note_front(n), note_back(n)) for n in notes]
    assert note_front(notes[0]) == "How can you list the members who joined between two dates?"
    back = note_back(notes[0])
    assert back.startswith("select * from club.members where joindate between") and "BETWEEN" in back, back
    assert "|" not in back and "3B1F0A52" not in back and "Look up" not in back, back


def test_field_records_need_a_question_and_an_answer_label() -> None:
    """T54-5: lines in pipes that name no question and no answer field (a table's rows, a log) are left as written."""
    from compiler.sources.field_records import field_records

    kept = ["|NAME|", "Ada", "|ROLE|", "engineer", "|SINCE|", "1843"]
    assert field_records(kept) is kept
    two = ["|QUESTION|", "What is 2 + 2?", "|ANSWER|", "4", "|ID|", "7", "|QUESTION|", "What is 3 + 3?", "|ANSWER|", "6", "|ID|", "8"]
    assert field_records(two) == ["Question:", "What is 2 + 2?", "Answer:", "4", "", "", "Question:", "What is 3 + 3?", "Answer:", "6", "", ""]


def test_a_lesson_content_heading_is_fronted_by_the_page_s_title(tmp_path: Path) -> None:
    """T54-4: '# git add (Stage)' / '## Lesson Content' / the lesson's text: in a folder of one lesson per file every
    lesson's card was fronted 'Lesson Content' (19 alike fronts in one deck, paired by deckc dupes). Now the card is
    fronted by the page's title; a page with two such labels, or no title, keeps its headings."""
    notes, _, _ = built_notes(tmp_path, {"add.md": TRIAL / "lesson-quiz-ok.md", "ls.md": TRIAL / "html-list-wildcards.md"})
    fronts = [note_front(n) for n in notes]
    assert "git add (Stage)" in fronts and "ls (List)" in fronts and "Lesson Content" not in fronts, fronts
    from compiler.sources.markdown_blocks import titled_content_heading

    kept = "# A\n\n## Lesson Content\n\nx\n\n## Content\n\ny\n"
    assert titled_content_heading(kept) == kept
    assert titled_content_heading("## Lesson Content\n\nx\n") == "## Lesson Content\n\nx\n"


def test_a_field_written_as_html_is_its_text_on_the_card(tmp_path: Path) -> None:
    """T54-5: pgexercises' explanation field is HTML for the site ('<p>The <c>BETWEEN</c> operator keeps rows …'); on
    the card it is its text, its tags off; the SQL field (no '<p>' or '<div>' in it) is kept as written."""
    notes, _, _ = built_notes(tmp_path, {"where.txt": TRIAL / "field-record.txt"})
    back = note_back(notes[0])
    assert "The BETWEEN operator keeps rows whose value lies in a closed range." in back, back
    assert "joined by AND." in back and "<" not in back.replace("&lt;", ""), back
