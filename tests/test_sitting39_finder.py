"""Thirty-ninth sitting, finder: findings of new-user trial 39 fixed (docs/trials/trial39.md): a key of the questions'
own bold labels (T39-1), chapter-numbered exercises with answers to some of them (T39-2), a page's own labels in a
numbered list of flashcards (T39-3), tables of contents of the page's questions (T39-5)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial39"


def _cards(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(note_front(n), note_back(n)) for n in notes]


# --- T39-1: '**Exercise 1.** …?' … '## Solutions' / '**Exercise 1.** Ottawa' -------------------------------------------


def test_a_key_of_the_questions_own_bold_labels_answers_them(tmp_path: Path) -> None:
    """T39-1 (severe): questions under a bold label and number, answered under a key heading by entries of the same
    labels, were 0 cards: the key's entries were taken for more questions ('question has no answer' 6 times)."""
    folder = TRIAL / "t39-1-bold-label-key"
    for name, want in [
        ("en-exercise-label-key.md", [("What is the capital of Canada?", "Ottawa"), ("What is the capital of Mexico?", "Mexico City"), ("What is the capital of Brazil?", "Brasília")]),
        ("en-question-label-key.md", [("What is the capital of Canada?", "Ottawa"), ("What is the capital of Mexico?", "Mexico City"), ("What is the capital of Brazil?", "Brasília")]),
        ("de-frage-label-key.md", [("Was ist die Hauptstadt von Kanada?", "Ottawa"), ("Was ist die Hauptstadt von Mexiko?", "Mexiko-Stadt"), ("Was ist die Hauptstadt von Brasilien?", "Brasília")]),
    ]:
        notes, skipped, said = built_notes(tmp_path / name, {name: folder / name})
        assert _cards(notes) == want, (name, said)
        assert not skipped and not any("no answer" in s for s in said), (name, said)


def test_the_same_labels_after_a_key_heading_that_ask_again_are_no_key(tmp_path: Path) -> None:
    """T39-1's limit: entries under the key heading that ask the exercise again (a solutions part restating each
    question) are not read as its answers; nothing is paired with a question it does not answer."""
    page = (
        "# Exercises\n\n**Exercise 1.** What is the capital of Canada?\n\n**Exercise 2.** What is the capital of Mexico?\n\n"
        "## Solutions\n\n**Exercise 1.** What is the capital of Canada?\n\nOttawa.\n\n"
        "**Exercise 2.** What is the capital of Mexico?\n\nMexico City.\n"
    )
    notes, _, said = built_notes(tmp_path, {"page.md": page})
    assert all(note_back(n) != "What is the capital of Canada?" for n in notes), said
    assert ("What is the capital of Canada?", "Ottawa") not in [(f, b.rstrip(".")) for f, b in _cards(notes)][1:], said


# --- T39-2: '3.1 …?' … '## Answers to selected exercises' / '3.1 2x' / '3.3 …' ------------------------------------------


def test_chapter_numbered_exercises_with_answers_to_some_are_cards(tmp_path: Path) -> None:
    """T39-2 (severe): exercises numbered 3.1 … 3.4 with answers to 3.1 and 3.3 under 'Answers to selected exercises'
    were 'a list of 4 questions and no answers', no card; now the two answered are cards, the others said at their
    lines."""
    folder = TRIAL / "t39-2-decimal-exercises-partial-key"
    notes, skipped, said = built_notes(tmp_path, {"ex.md": folder / "en-textbook-exercises.md"})
    assert _cards(notes) == [("What is the derivative of x²?", "2x"), ("What is the integral of 1/x?", "ln|x| + C")], said
    assert sorted(s["line"] for s in skipped) == [5, 9], skipped
    assert any("no answer" in s and ":5:" in s for s in said), said
    assert not any("questions and no answers" in s for s in said), said


def test_questions_under_a_key_heading_with_nothing_under_it_are_still_a_list_nobody_answers(tmp_path: Path) -> None:
    """T39-2's limit: a key heading with no text under it answers nothing: the page is still a list of questions."""
    page = "# Practice\n\n3.1 What is force?\n\n3.2 What is energy?\n\n3.3 What is power?\n\n## Answers\n"
    other = "## What is work?\n\nForce times distance.\n"
    notes, _, said = built_notes(tmp_path, {"page.md": page, "other.md": other})
    assert [note_front(n) for n in notes] == ["What is work?"], said
    assert any("page.md:3" in s and "questions and no answers" in s for s in said), said


# --- T39-3: '1. **Recto :** …?' / '   **Verso :** …' -------------------------------------------------------------------


def test_own_labels_in_a_numbered_list_of_flashcards_are_off_the_cards(tmp_path: Path) -> None:
    """T39-3 (high): a chatbot's flashcards as a numbered list, each entry '**Recto :** …' over '**Verso :** …'
    ('**正面：**' / '**背面：**'), kept both labels on the cards and glued its 'Bonnes révisions !' onto the last back."""
    folder = TRIAL / "t39-3-own-labels-in-numbered-list"
    notes, _, said = built_notes(tmp_path / "fr", {"fr.md": folder / "fr-chatbot-recto-verso.md"})
    assert _cards(notes) == [
        ("En quelle année a eu lieu la prise de la Bastille ?", "En 1789."),
        ("Qui était roi de France en 1789 ?", "Louis XVI."),
        ("Qu'est-ce que la Terreur ?", "La période de 1793-1794 marquée par de nombreuses exécutions."),
        ("Quel texte est adopté le 26 août 1789 ?", "La Déclaration des droits de l'homme et du citoyen."),
    ], said
    notes, _, said = built_notes(tmp_path / "zh", {"zh.md": folder / "zh-chatbot-zhengmian.md"})
    assert _cards(notes) == [("秦始皇统一中国是在哪一年？", "公元前221年"), ("唐朝的首都是哪里？", "长安"), ("四大发明是什么？", "造纸术、印刷术、火药、指南针")], said


def test_basque_labels_in_a_numbered_list_are_off_the_cards(tmp_path: Path) -> None:
    """T38-8's open case, the same shape: '1. **Galdera:** …?' / '   **Erantzuna:** …'."""
    folder = Path(__file__).parent / "data" / "trials" / "trial38" / "t38-8-labels-kept-by-qa-layout"
    notes, _, said = built_notes(tmp_path, {"eu.md": folder / "eu-galderak.md"})
    assert _cards(notes)[0] == ("Zer da fotosintesia?", "Landareek argi-energia energia kimiko bihurtzeko prozesua."), said
    assert all(not f.startswith("Galdera") and not b.startswith("Erantzuna") for f, b in _cards(notes)), said


# --- T39-5: a table of contents of the page's questions -----------------------------------------------------------------


def test_a_table_of_contents_of_the_page_questions_is_no_question_and_no_warning(tmp_path: Path) -> None:
    """T39-5 (high): a README's table of contents, in-page links to the questions below, was 'text outside any
    question' (English, numbered) or three questions 'with no answer' (Chinese, bullets ending '？')."""
    folder = TRIAL / "t39-5-table-of-contents"
    notes, skipped, said = built_notes(tmp_path / "en", {"en.md": folder / "en-toc-links.md"})
    assert [note_front(n) for n in notes] == ["What is React?", "What is JSX?", "What are props?"], said
    assert not skipped and not any("outside any question" in s or "no answer" in s for s in said), said
    notes, skipped, said = built_notes(tmp_path / "zh", {"zh.md": folder / "zh-mianshi.md"})
    assert [note_front(n) for n in notes] == ["什么是闭包？", "== 和 === 有什么区别？", "什么是事件冒泡？"], said
    assert not skipped and not any("no answer" in s for s in said), said


def test_a_list_of_questions_that_link_elsewhere_is_still_said(tmp_path: Path) -> None:
    """T39-5's limit: questions linking to other pages (not anchors of this one) are no table of contents of it."""
    page = (
        "# Questions\n\n- [What is React?](react.md)\n- [What is JSX?](jsx.md)\n- [What are props?](props.md)\n\n"
        "## What is Vue?\n\nA JavaScript framework.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"page.md": page})
    assert [note_front(n) for n in notes] == ["What is Vue?"], said
    assert skipped or any("no answer" in s or "outside any question" in s or "link" in s for s in said), said


# --- T39-6: '3.1 What is …?' over its answer ---------------------------------------------------------------------------


def test_a_chapter_number_is_off_the_front(tmp_path: Path) -> None:
    """T39-6 (medium): '3.1 What is the SI unit of force?' over its answer kept '3.1' on the front; a number that is
    part of what the question says ('2.5 million people live in which city?') stays."""
    notes, _, said = built_notes(tmp_path / "a", {"ex.md": TRIAL / "t39-6-decimal-number-on-front" / "en-decimal-inline.md"})
    assert [note_front(n) for n in notes] == ["What is the SI unit of force?", "What is the SI unit of energy?", "What is the SI unit of power?"], said
    page = "2.5 million people live in which city?\nChicago.\n\n3.1 What is a cell?\nThe unit of life.\n\n3.2. ¿Qué es un gen?\nUna unidad de herencia.\n"
    notes, _, said = built_notes(tmp_path / "b", {"page.md": page})
    assert [note_front(n) for n in notes] == ["2.5 million people live in which city?", "What is a cell?", "¿Qué es un gen?"], said


# --- T39-7: a word list's rows under the file's name ---------------------------------------------------------------------


def test_a_word_list_row_shows_no_file_name_over_it(tmp_path: Path) -> None:
    """T39-7 (medium): every row of a CSV or TSV word list with no heading showed its file's name on the front's context
    line ('zh-hsk-header' over '你好'), and not on some words ('la bibliothèque'); a row needs no title over it."""
    folder = TRIAL / "t39-7-file-name-context-on-vocabulary"
    notes, _, said = built_notes(tmp_path, {"fr.csv": folder / "fr-vocab-semicolon.csv", "zh.tsv": folder / "zh-hsk-header.tsv"})
    assert {note_front(n): n["fields"]["Section"] for n in notes} == {
        "la bibliothèque": "", "le boulanger": "", "emprunter": "", "你好": "", "谢谢": "", "朋友": "",
    }, said
    assert ("你好", "hello 拼音: nǐ hǎo") in _cards(notes), _cards(notes)


def test_a_heading_that_names_no_subject_still_shows_its_page_title(tmp_path: Path) -> None:
    """T39-7's limit: T28-13 stands for pages of headings ('Time complexity' under a cheat sheet's title)."""
    page = "# Array cheatsheet\n\n## Time complexity\n\nAccess O(1), search O(n).\n\n## Space complexity\n\nO(n).\n"
    notes, _, said = built_notes(tmp_path, {"arrays.md": page})
    assert {n["fields"]["Section"] for n in notes} == {"Array cheatsheet"}, said


# --- T39-11: '<summary>…</summary><br><b>…</b>' ------------------------------------------------------------------------


def test_a_toggle_answer_opens_with_no_blank_line(tmp_path: Path) -> None:
    """T39-11 (medium): the devops-exercises shape '<details><summary>Q?</summary><br><b>answer</b></details>' gave a back
    opening with an empty line ('<p><br><b>…'); the break under the summary is layout."""
    notes, _, said = built_notes(tmp_path, {"linux.md": TRIAL / "t39-11-details-br-bold-answer" / "en-details-summary-question.md"})
    answers = [n["fields"]["Answer"] for n in notes]
    assert len(answers) == 3 and all("<br" not in a[:12] for a in answers), answers
    assert note_back(notes[0]).startswith("It gives the owner read, write and execute permission"), said


# --- T39-13, T39-14: labels and tags that are no text ------------------------------------------------------------------


def test_a_quoted_explanation_keeps_no_label(tmp_path: Path) -> None:
    """T39-13 (low): '> **Explanation:** …' under a checkbox question's options kept 'Explanation:' in the field."""
    page = (
        "### Question 1\nWhat does `git add .` do?\n\n- [ ] Commits all files\n- [x] Stages all changes\n- [ ] Pushes\n\n"
        "> **Explanation:** `git add` only stages; `git commit` records the snapshot.\n\n"
        "### Question 2\nWhich command shows the history?\n\n- [x] `git log`\n- [ ] `git history`\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    explained = [n["fields"]["Explanation"] for n in notes if n["fields"].get("Explanation")]
    assert len(explained) == 1 and "Explanation" not in explained[0] and "only stages" in explained[0], (explained, said)


def test_an_obsidian_title_s_tags_are_no_part_of_it(tmp_path: Path) -> None:
    """T39-14 (low): '# Cell biology #flashcards' put 'Cell biology #flashcards' on the context line; 'C#' stays."""
    from compiler.sources.suggest import document_title

    assert document_title("cells.md", ["# Cell biology #flashcards", "", "text"]) == "Cell biology"
    assert document_title("cs.md", ["# Learning C# #anki #cs/lang", "", "text"]) == "Learning C#"
    assert document_title("issue.md", ["# Issue #5", "", "text"]) == "Issue #5"
    notes, _, said = built_notes(tmp_path, {"cells.md": "# Cell biology #flashcards\n\nNucleus:::The organelle that holds the DNA\n"})
    assert {n["fields"]["Section"] for n in notes} <= {"", "Cell biology"}, said
