"""Thirty-first sitting, pages: the trial-30 findings about notes and vaults (to-do lists in daily notes, templates
folders, header rows in other languages, where an .apkg's note is)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import todo_lists

# --- T30-24: a daily note's to-do list is no quiz ------------------------------------------------------------

DAILY = (
    "---\ntags: [daily]\n---\n# 2026-03-14\n\n"
    "Slept badly; the train was late again. Spent the morning reading about\n"
    "gradient clipping and why it keeps exploding gradients in check for RNNs.\n\n"
    "## Tasks\n\n- [ ] buy milk\n- [x] call Bob about the flat\n- [ ] renew library card\n\n"
    "## Notes\n\nThe meeting with Anna went well; she suggested looking at layer normalisation next.\n"
)
DAILY_WITHOUT_TASKS = DAILY.replace("## Tasks\n\n- [ ] buy milk\n- [x] call Bob about the flat\n- [ ] renew library card\n\n", "")
AUFGABEN = (
    "# Samstag, 15. März\n\n## Aufgaben\n- [ ] Stromrechnung bezahlen\n- [x] Pflanzen gießen\n- [ ] Prof. Kim schreiben\n\n"
    "Ruhiger Tag. Kapitel 7 über Regularisierung gelesen: Dropout schaltet zufällig Neuronen ab.\n"
)
DAIBAN = "# 周六\n\n## 待办事项\n\n- [x] 交电费\n- [ ] 给导师发邮件\n\n今天读了关于正则化的第七章。\n"


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(n["kind"], note_front(n), note_back(n)) for n in notes]


def test_a_daily_notes_task_list_makes_no_card_and_its_prose_reads_as_without_it(tmp_path: Path) -> None:
    """T30-24 (high): a daily note's '## Tasks' over '- [ ] buy milk' / '- [x] call Bob …' was a multiple-choice card
    whose right option was the task done. A to-do list is no quiz and no text to learn: no card from it; the note's
    prose makes the cards the same note makes without the list."""
    notes, skipped, _ = built_notes(tmp_path / "a", {"2026-03-14.md": DAILY})
    without, _, _ = built_notes(tmp_path / "b", {"2026-03-14.md": DAILY_WITHOUT_TASKS})
    assert not [n for n in notes if n["kind"] == "multiple_choice"]
    assert _cards(notes) == _cards(without) != []
    assert not any("milk" in note_back(n) or "Bob" in note_back(n) for n in notes)
    assert not skipped
    assert [n["items"][0]["line"] for n in notes] == [15]  # ("## Notes", the line the file has it on)


def test_a_task_list_named_in_another_language_is_no_quiz(tmp_path: Path) -> None:
    """T30-24: the list's name in the note's language ('## Aufgaben', '## 待办事项') is a to-do list's too; the text
    after the list stays the page's, as it would be without the list."""
    notes, _, _ = built_notes(tmp_path, {"samstag.md": AUFGABEN, "zhouliu.md": DAIBAN})
    assert sorted(_cards(notes)) == [
        ("basic", "Samstag, 15. März", "Ruhiger Tag. Kapitel 7 über Regularisierung gelesen: Dropout schaltet zufällig Neuronen ab."),
        ("basic", "周六", "今天读了关于正则化的第七章。"),
    ]


def test_a_to_do_heading_among_questions_makes_no_quiz_and_the_questions_stay(tmp_path: Path) -> None:
    """T30-24: '## Next steps' over task boxes in a page of questions is its to-do list (no card); a heading that asks,
    labels a question ('Question 3') or states something to judge over 'True' / 'False' boxes keeps its options."""
    quiz = (
        "# Astronomy check\n\n## Which planet is the largest?\n\n- [ ] Mars\n- [x] Jupiter\n- [ ] Venus\n\n"
        "## Next steps\n\n- [x] revise the inner planets\n- [ ] book the observatory\n\n"
        "## The Sun is a planet.\n\n- [ ] True\n- [x] False\n\n## Question 3\n\n- [ ] 8 minutes\n- [x] 8 light-minutes\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": quiz})
    assert sorted((n["kind"], note_front(n), note_back(n)) for n in notes) == [
        ("multiple_choice", "Question 3", "B) 8 light-minutes"),
        ("multiple_choice", "The Sun is a planet.", "B) False"),
        ("multiple_choice", "Which planet is the largest?", "B) Jupiter"),
    ]


def test_todo_lists_blanks_the_list_and_its_name_only() -> None:
    """T30-24: the list's lines are blanked (line numbers kept); a day heading keeps the text under it, a list's name
    goes; a fenced example of a task list, boxes under a question or a label line in an answer ('Tasks:'), stay."""
    lines = ["# 2026-03-14", "", "- [ ] a", "- [x] b", "", "Prose.", "## TODO", "- [/] c", "Tasks:", "- [x] e", "```", "## Tasks", "- [x] d", "```"]
    assert todo_lists(lines) == ["# 2026-03-14", "", "", "", "", "Prose.", "", "", "Tasks:", "- [x] e", "```", "## Tasks", "- [x] d", "```"]
    quiz = ["## Which is prime?", "- [ ] 4", "- [x] 5"]
    assert todo_lists(quiz) is quiz

