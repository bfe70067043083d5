"""Fifty-fifth sitting, finder: findings of trial 55 (real public documents: Hugging Face's course quizzes in MDX, Dive
into Deep Learning's chapters, exercise notebooks, the CNCF glossary, Anki CSV decks; docs/trials/trial55.md) fixed: a
quiz component that holds only its question's options (``<Question choices={[{ text, explain, correct }]} />``) is that
question's options, the ones marked right its answer (T55-1); a heading's hf-doc-builder anchor (``[[quiz2]]``) is no
text (T55-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.databank import jsx_banks
from compiler.sources.markdown_blocks import slug_anchors

TRIAL = Path(__file__).parent / "data" / "trials" / "trial55"


# --- T55-1: a quiz component's choices under its question -------------------------------------------------------


def test_a_question_component_s_choices_are_the_question_s_options_and_its_right_ones_the_answer(tmp_path: Path) -> None:
    """T55-1 (high): Hugging Face's course quizzes ask under a '###' heading and list the options in
    '<Question choices={[{ text: "…", explain: "…", correct: true }, …]} />'. Before: every card's back was the
    component's JavaScript source, no option marked right. Now each is a multiple-choice note: the options, the right
    ones its answer ('choose 2' when two are), each option's explanation on the back."""
    notes, _, _ = built_notes(tmp_path, {"quiz.mdx": TRIAL / "mdx-question-choices.mdx"})
    by_front = {note_front(n): n for n in notes}
    assert len(notes) == 4, list(by_front)
    first = by_front["What does a tokenizer return for a sentence?"]
    assert first["kind"] == "multiple_choice", first
    assert note_back(first) == "B) A list of token IDs.", note_back(first)
    assert "Right: the model reads numbers, not text." in plain_text(first["fields"]["Explanation"]), first["fields"]
    both = by_front["Select the sentences that apply to batching."]
    assert note_back(both) == "A) Sequences of different lengths must be padded. B) Padding tokens should be masked with the attention mask.", note_back(both)
    for note in notes:
        text = " ".join(plain_text(str(v)) for v in note["fields"].values())
        assert "choices={[" not in text and "correct: true" not in text, note["fields"]
    coded = next(n for front, n in by_front.items() if "Is there something wrong with the following code?" in front)
    assert "AutoModel" in note_front(coded) and "gpt2" in note_front(coded), note_front(coded)  # (the code the question asks about: on the front)
    assert note_back(coded) == "B) The tokenizer and model should come from the same checkpoint.", note_back(coded)


def test_a_page_of_toggled_solutions_and_question_components_reads_both(tmp_path: Path) -> None:
    """T55-1: the Deep RL course answers some questions in '<details><summary>Solution</summary>' and some with a
    '<Question choices>' component on the same page: both read, each at its line."""
    notes, _, messages = built_notes(tmp_path, {"quiz2.mdx": TRIAL / "mdx-details-and-choices.mdx"})
    cards = {note_front(n): n for n in notes}
    assert note_back(cards["What is a Q-table?"]) == "A Q-table is a table of the value of each state-action pair.", cards
    phases = cards["What are the two phases of a training step?"]
    assert phases["kind"] == "multiple_choice" and note_back(phases) == "A) Sampling and training", phases
    assert phases["items"][0]["line"] == 14, phases["items"]
    assert not any("choices" in m for m in messages), messages


def test_a_component_of_options_none_marked_right_or_naming_its_question_is_left_to_the_other_rules() -> None:
    """T55-1: options no flag marks right are no answer (a picker, a poll): the page is left as it is; a component that
    names its question ('<Quiz questions={[{question, options, answer}]} />') is read as before, once."""
    poll = ["### Which do you use?", "", "<Poll choices={[{ text: 'Vim' }, { text: 'Emacs' }]} />", ""]
    assert jsx_banks(poll, "poll.mdx") is None
    named = ['<Quiz questions={[{ question: "2 + 2?", options: ["3", "4"], answer: "4" }]} />']
    made = jsx_banks(named, "named.mdx")
    assert made is not None and made.text.count("2 + 2?") == 1, made


# --- T55-6: hf-doc-builder's heading anchors -----------------------------------------------------------------------


def test_a_heading_s_slug_anchor_is_no_text_but_a_link_to_another_note_stays() -> None:
    """T55-6 (low): '# End-of-chapter quiz[[end-of-chapter-quiz]]', '# Second Quiz [[quiz2]]' (the Hugging Face
    courses' headings) were the page's title as written, on every card's back. The anchor spells the heading's own
    words; an Obsidian link at a heading's end names another note and stays, and so does anything inside a fence."""
    page = "# End-of-chapter quiz[[end-of-chapter-quiz]]\n## Second Quiz [[quiz2]]\n## Related [[python]]\n```\n# x [[x]]\n```"
    assert slug_anchors(page).split("\n") == ["# End-of-chapter quiz", "## Second Quiz", "## Related [[python]]", "```", "# x [[x]]", "```"]


def test_the_page_title_of_a_quiz_page_has_no_anchor(tmp_path: Path) -> None:
    """T55-6: the cards' Sources line names the page 'Second Quiz' (was 'Second Quiz [[quiz2]]')."""
    notes, _, messages = built_notes(tmp_path, {"quiz2.mdx": TRIAL / "mdx-details-and-choices.mdx"})
    assert all(n["fields"]["Sources"] == "Second Quiz" for n in notes), [n["fields"]["Sources"] for n in notes]
    assert not any("[[quiz2]]" in m for m in messages), messages


# --- T55-3: an exercise notebook's learner blanks ------------------------------------------------------------------


def test_an_exercise_over_solution_goes_here_cells_is_said_unanswered_never_a_card_of_its_own_text(tmp_path: Path) -> None:
    """T55-3 (high): ModSimPy's chapters end '### Exercise 1' / the task in two paragraphs / '# Solution goes here'
    cells; an exercise may give data first ('Start with this list:' / 'values = [2, 4, 9]'). Before: the first task was
    "text outside any question" and the second a card whose answer was the given data. Now each is said unanswered at
    its line, the given data on nothing's back."""
    notes, skipped, messages = built_notes(tmp_path, {"loops.ipynb": TRIAL / "notebook-exercise-solution-goes-here.ipynb"})
    backs = [note_back(n) for n in notes]
    assert not any("values = [2, 4, 9]" in b or "To test it" in b for b in backs), backs
    assert not any("Modify total" in note_front(n) or "Write a function mean" in note_front(n) for n in notes), [note_front(n) for n in notes]
    asked = [s["question"] for s in skipped if s["file"].endswith("loops.ipynb")]
    assert asked == ["Modify `total` so it skips items that are `None`.", "Write a function `mean` that uses `total` to return the average of a list."], asked
    assert any("question has no answer [cell 5, line 3]" in m for m in messages), messages
    assert not any("Exercise 1" in b for b in backs), backs  # (the label over the box: no text)


def test_a_task_over_starter_code_with_gaps_is_said_unanswered(tmp_path: Path) -> None:
    """T55-3: learn-python3's exercise notebooks: '# 1. Fill missing pieces' over code with '____' gaps, '# 2. Join
    words' over given data, '# Your implementation:' / 'sentence = "TODO"' and the asserts. Before: two cards whose
    backs were the starter code, the gaps, "TODO" and the checks. Now no card, both said unanswered."""
    notes, skipped, _ = built_notes(tmp_path, {"strings.ipynb": TRIAL / "notebook-exercise-todo-skeleton.ipynb", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [note_front(n) for n in notes]
    asked = [s["question"] for s in skipped if s["file"].endswith("strings.ipynb")]
    assert asked == ["Fill `____` pieces below to have correct values for `upper_cased` and `stripped` variables.", "Use `str` methods to join `words` into one `sentence` separated by spaces."], asked


def test_blank_tasks_need_a_blank_and_numbered_headings_need_two_of_them() -> None:
    """T55-3: a task whose code cell solves it is no blank task (a solutions notebook reads as before); a tutorial's
    one numbered heading over a '# TODO: your key here' cell is no exercise notebook."""
    from compiler.sources.notebook import blank_tasks

    def cell(kind: str, text: str) -> dict:  # type: ignore[type-arg]
        return {"cell_type": kind, "source": text, "metadata": {}}

    solved = [cell("markdown", "### Exercise 1\n\nReverse the list `xs`."), cell("code", "xs[::-1]")]
    assert blank_tasks(solved, set()) == {}
    blank = [cell("markdown", "### Exercise 1\n\nReverse the list `xs`."), cell("code", "# Solution goes here")]
    assert blank_tasks(blank, set()) == {1: (2, [], {2})}
    setup = [cell("markdown", "## 1. Setup"), cell("code", "API_KEY = ''  # TODO: your key here")]
    assert blank_tasks(setup, set()) == {}


# --- T55-4: a glossary page of one term ----------------------------------------------------------------------------


def test_a_glossary_page_s_definition_is_its_title_s_card_and_its_template_cards_are_under_the_title(tmp_path: Path) -> None:
    """T55-4 (medium): the CNCF glossary's pages (front matter 'title: Blue Green Deployment', the definition, then '##
    Problem it addresses' / '## How it helps', no '#' title). Before: the definition was "text outside any question"
    and the two cards of every page named no term. Now the page reads as one headed '# Blue Green Deployment': the
    definition is the title's card, the template's cards are under the title (their context line names the term)."""
    notes, _, messages = built_notes(
        tmp_path, {"glossary/blue-green-deployment.md": TRIAL / "glossary" / "blue-green-deployment.md", "glossary/rolling-update.md": TRIAL / "glossary" / "rolling-update.md"}
    )
    cards = {(plain_text(n["fields"]["Section"]), note_front(n)): note_back(n) for n in notes}
    assert cards[("", "Blue Green Deployment")].startswith("A blue-green deployment runs two identical production environments"), cards
    assert cards[("", "Rolling Update")].startswith("A rolling update replaces the instances"), cards
    assert cards[("Rolling Update", "Problem it addresses")].startswith("Stopping every instance"), cards
    assert cards[("Blue Green Deployment", "How it helps")].startswith("Switching traffic"), cards
    assert notes[0]["items"][0]["line"] == 6, notes[0]["items"]  # (the title's card at the front matter's last line)
    assert not any("text outside any question" in m for m in messages), messages


def test_a_front_matter_title_is_no_second_title_on_a_page_with_its_own() -> None:
    """T55-4: a page with a '# ' title (or one underlined '===') keeps it; a page without front matter is as it was."""
    from compiler.sources.markdown import titled_front_matter
    from compiler.sources.markdown_blocks import strip_front_matter

    page = "---\ntitle: Term\n---\n\nIts definition.\n\n## Use\n\nWhere.\n"
    assert titled_front_matter(page, strip_front_matter(page)).split("\n")[2] == "# Term"
    own = "---\ntitle: Term\n---\n# Another\n\nText.\n"
    assert titled_front_matter(own, strip_front_matter(own)) == strip_front_matter(own)
    plain = "# Title\n\nText.\n"
    assert titled_front_matter(plain, strip_front_matter(plain)) == plain


# --- T55-2 (in part), T55-5: a d2lbook chapter's exercises and markup ----------------------------------------------


def test_an_exercise_s_own_instruction_after_its_question_is_no_answer(tmp_path: Path) -> None:
    """T55-2 (in part): '1. Do we need dropout in every layer? Experiment with it.' (d2l's exercise lists) was a card
    whose answer was 'Experiment with it.'. The instruction after the '?' goes on asking (as 'Explain …' did): the
    exercise is said unanswered at its line."""
    # (with a second page: the reproducer alone makes no card since its last exercise's sub-tasks are no answer, sitting 56)
    pooling = Path(__file__).parent / "data" / "sitting56" / "fixes" / "d2l-exercise-subtasks.md"
    notes, _, messages = built_notes(tmp_path, {"dropout.md": TRIAL / "d2l-section-numbered.md", "pooling.md": pooling})
    assert not any(note_front(n).startswith("Do we need dropout") for n in notes), [note_front(n) for n in notes]
    # (its three exercises, lines 16 to 18, are one list of questions with no answers, said once: sitting 62 T61-6)
    assert any("dropout.md:16: warning: a list of 3 questions and no answers (lines 16 to 18)" in m for m in messages), messages


def test_d2lbook_labels_tabs_and_roles_read_as_the_book_shows_them(tmp_path: Path) -> None:
    """T55-5 (medium): ':label:`…`' lines were on the backs ('🏷️subsec_…'), each ':begin_tab:`mxnet`' … ':end_tab:'
    block of a group (one per framework) was printed with its fences, ':cite:`…`' and ':numref:`…`' as written. Now a
    label is nothing, a group of tabs its first tab's text once, a citation its authors and year, a reference its
    label's words; lines keep their numbers."""
    from compiler.sources.markdown_blocks import d2l_markup

    page = (TRIAL / "d2l-section-numbered.md").read_text(encoding="utf-8")
    shown = d2l_markup(page)
    assert len(shown.split("\n")) == len(page.split("\n"))
    assert ":label:" not in shown and ":begin_tab:" not in shown and ":end_tab:" not in shown, shown
    assert shown.count("[Discussions](") == 1, shown
    assert "(Srivastava, Hinton, Krizhevsky, ea, 2014)" in shown and "as fig dropout shows" in shown, shown
    assert d2l_markup("No d2l here :cite:`x`.\n") == "No d2l here :cite:`x`.\n"  # (only a page that writes its lines)
    pooling = Path(__file__).parent / "data" / "sitting56" / "fixes" / "d2l-exercise-subtasks.md"  # (d2l's cards: sitting 56)
    notes, _, _ = built_notes(tmp_path, {"dropout.md": TRIAL / "d2l-section-numbered.md", "pooling.md": pooling})
    assert notes
    for n in notes:
        back = note_back(n)
        assert ":begin_tab" not in back and ":end_tab" not in back and "🏷" not in back, back


def test_a_task_whose_blank_is_followed_by_its_solution_is_read_as_before() -> None:
    """T55-3: '### Exercise 1' / its task over '# your code here', then '#### Solution' over the solution's code (a
    notebook that gives the learner a blank and the answer after it): no blank task, the solution answers."""
    from compiler.sources.notebook import blank_tasks

    def cell(kind: str, text: str) -> dict:  # type: ignore[type-arg]
        return {"cell_type": kind, "source": text, "metadata": {}}

    cells = [cell("markdown", "### Exercise 1\nReverse `a`."), cell("code", "# your code here"), cell("markdown", "#### Solution"), cell("code", "a[::-1]")]
    assert blank_tasks(cells, set()) == {}


def test_an_exercise_list_with_its_forum_link_under_it_is_no_card(tmp_path: Path) -> None:
    """T55-2 (in part): '## Exercises' over questions and tasks, then d2l's discussion link ('[Discussions](…)' in a
    tab per framework) on a page that mixes question and statement headings. Before: one card 'Exercises' whose back
    was every exercise and the link ("5 numbered questions … are in the back of the card 'Exercises'"). Now the list
    is said and skipped as the tasks it is; a lone forum link under an exercise is only a link elsewhere."""
    notes, skipped, messages = built_notes(tmp_path, {"layernorm.md": TRIAL / "d2l-chapter-exercises.md"})
    assert "Exercises" not in [note_front(n) for n in notes], [note_front(n) for n in notes]
    assert any("layernorm.md:23: warning: 'Exercises' is over a list" in m for m in messages), messages
    assert not any("numbered questions from line" in m for m in messages), messages
    assert any(s["file"].endswith("layernorm.md") for s in skipped), skipped


def test_a_term_page_s_definition_is_its_card_however_it_opens(tmp_path: Path) -> None:
    """T55-4: the CNCF glossary's 'Service Mesh' page opens 'In a microservices world, apps are broken down …', not
    with the term: under a '#' title such text is the page's introduction, but a page its front matter names is one
    note about that name, and its opening text is the name's card whatever its first words."""
    page = (
        "---\ntitle: Service Mesh\nstatus: Completed\ncategory: technology\n---\n\n"
        "In a microservices world, apps are broken down into many small services that talk over a network.\n"
        "A service mesh manages that traffic for them.\n\n## Problem it addresses\n\nTraffic between services is hard to secure.\n\n"
        "## How it helps\n\nIt adds security and observability to every service alike.\n"
    )
    notes, _, messages = built_notes(tmp_path, {"service-mesh.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Service Mesh"].startswith("In a microservices world"), cards
    assert not any("text outside any question" in m for m in messages), messages


# --- T55-9: a folder of notebooks -----------------------------------------------------------------------------------


def test_a_folder_of_notebooks_is_no_folder_of_one_note_pages(tmp_path: Path) -> None:
    """T55-9 (high): a folder of notebooks (ModSimPy's chapters beside learn-python3's exercises) was taken for a folder
    of one-note pages (a notebook's file is JSON: no heading, no question as its bytes read), so a notebook whose
    reading left text in no card was read as one note, the whole notebook one card (chap03: 2,113 words, 17.6
    screens). Now each notebook in the folder reads as it does alone."""
    loops = TRIAL / "notebook-exercise-solution-goes-here.ipynb"
    gaps = TRIAL / "notebook-exercise-todo-skeleton.ipynb"
    files = {"py/loops.ipynb": loops, "py/loops2.ipynb": loops, "py/strings.ipynb": gaps, "py/strings2.ipynb": gaps}
    notes, skipped, messages = built_notes(tmp_path, files)
    assert not any("read as layout 'note'" in m for m in messages), [m for m in messages if "layout" in m]
    assert all(len(note_back(n).split()) < 200 for n in notes), [note_front(n) for n in notes]
    assert sum(1 for s in skipped if s["file"].endswith("strings.ipynb")) == 2, skipped


# --- T55-8: an org outline's answers written as child headlines --------------------------------------------------------


def test_a_question_headline_answered_by_its_child_headline_is_a_card(tmp_path: Path) -> None:
    """T55-8 (medium): an org file of cards whose answer is the child headline ('** What holds the DNA? :card:' / '***
    The nucleus'; '** Proteins are built by [...] from [...] :card:' / '*** ribosomes' / '*** amino acids'). Before:
    "none of its 2 questions has an answer (lines 7, 11)" and the blanks' headline in no card, unsaid. Now each is a
    card, the child headlines its answer."""
    notes, _, messages = built_notes(tmp_path, {"cells.org": TRIAL / "org-child-headline-answers.org"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What holds the DNA?"] == "The nucleus", cards
    assert cards["What makes the cell's energy?"] == "The mitochondria", cards
    assert cards["Proteins are built by [...] from [...]"].split() == ["ribosomes", "amino", "acids"], cards
    assert not any("has an answer" in m or "no answer" in m for m in messages), messages


def test_child_headlines_that_ask_or_hold_text_are_no_answer() -> None:
    """T55-8: a question headline over sub-questions, or over children with text of their own, is a section as before;
    blanks answered by fewer children than blanks are too."""
    from compiler.sources.org import convert_org

    asked = convert_org(["* Questions?", "** Why?", "** How?"]).text
    assert "- Why?" not in asked and "## Why?" in asked, asked
    texted = convert_org(["* What is a cell?", "** Parts", "The nucleus and the membrane."]).text
    assert "## Parts" in texted, texted
    short = convert_org(["* Built by [...] from [...]", "** ribosomes"]).text
    assert "## ribosomes" in short, short


def test_an_mdx_page_s_furniture_components_are_no_text(tmp_path: Path) -> None:
    """A Hugging Face course page opens '<FrameworkSwitchCourse {fw} />' and '<CourseFloatingBanner' / 'chapter={3}' /
    '/>' over four lines: both were "text outside any question … its introduction". Now no text; a component that
    names content ('<Question choices=…>', '<Card title="…" />') is left to the readers."""
    from compiler.sources.markdown_blocks import mdx_furniture

    notes, _, messages = built_notes(tmp_path, {"quiz.mdx": TRIAL / "mdx-question-choices.mdx"})
    assert len(notes) == 4 and not any("text outside any question" in m for m in messages), messages
    page = "<FrameworkSwitchCourse {fw} />\n\n# Quiz\n\n<Banner\n  chapter={2}\n/>\n\n<Card title=\"Tokens\" />\n"
    assert mdx_furniture(page).split("\n") == ["", "", "# Quiz", "", "", "", "", "", '<Card title="Tokens" />', ""]
