"""Sitting 49 (lead): public documents read as a new user would (a sysadmin interview page of toggles)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).resolve().parent / "data" / "sitting49" / "lead"


def test_a_task_front_owns_the_numbered_checks_on_its_back(tmp_path: Path) -> None:
    """'Server A can't talk to Server B. Describe possible reasons in a few steps.' over four numbered steps, each
    asking what to check: the steps are its answer, not a quiz the card swallowed (the build said '4 numbered
    questions … not cards of their own' and told the user to move them out)."""
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "troubleshooting-toggles.md"})
    assert not skipped
    assert [note_front(n) for n in notes] == [
        "Server A can't talk to Server B. Describe possible reasons in a few steps.",
        "What is a subnet?",
    ]
    assert "Physical Layer" in note_back(notes[0]) and "packets being lost" in note_back(notes[0])
    assert not [m for m in messages if "numbered questions" in m]


def test_a_notes_card_still_says_the_quiz_it_swallowed(tmp_path: Path) -> None:
    """A heading that asks nothing over notes and a quick quiz in a quote: the quiz is still said, with its line."""
    notes, _, messages = built_notes(tmp_path, {"notes.md": DATA / "notes-with-quiz.md"})
    assert [note_front(n) for n in notes] == ["Light reactions"]
    said = [m for m in messages if "numbered questions" in m]
    assert len(said) == 1 and said[0].startswith("sources/notes.md:8:"), said


def _nlp_page(heading: str) -> str:
    return (DATA / "list-task-heading.md").read_text(encoding="utf-8").replace("13. List a few types of linguistic ambiguities.", heading)


def test_a_heading_that_asks_for_a_list_is_answered_by_it(tmp_path: Path) -> None:
    """'### 13. List a few types of linguistic ambiguities.' over '* Lexical ambiguity: …' entries, among question
    headings (andrewekhalel/MLQuestions' NLP page): one card asking for the list, as 'What types …?' gives; the entries
    were a card each under a section named by the question, which no card asked."""
    for heading in ("13. List a few types of linguistic ambiguities.", "List a few types of linguistic ambiguities.", "13. Explain the types of linguistic ambiguity."):
        notes, skipped, messages = built_notes(tmp_path / str(abs(hash(heading))), {"nlp.md": _nlp_page(heading)})
        fronts = [note_front(n) for n in notes]
        asked = heading.removeprefix("13. ")
        assert fronts == ["What is perplexity used for?", asked, "What is Bag-of-Words model?"], fronts
        back = note_back(notes[1])
        assert "Lexical ambiguity" in back and "Semantic ambiguity" in back and "parsed in more than one way" in back
        assert not skipped and not [m for m in messages if "define a term" in m]


def test_a_list_of_defined_terms_under_a_topic_heading_is_still_a_card_each(tmp_path: Path) -> None:
    """The forty-third sitting's notes list of defined terms keeps its cards under a heading that asks nothing."""
    page = "# NLP\n\n## Ambiguity\n\n- Lexical ambiguity: a word has several meanings\n- Syntactic ambiguity: a sentence parses two ways\n- Semantic ambiguity: a phrase means two things in context\n"
    notes, _, _ = built_notes(tmp_path, {"nlp.md": page})
    assert [note_front(n) for n in notes] == ["Lexical ambiguity", "Syntactic ambiguity", "Semantic ambiguity"]


def test_a_pipe_in_a_code_span_stays_in_its_cell_and_a_dash_row_is_no_card(tmp_path: Path) -> None:
    """A cheat sheet's regular expressions (rstacruz/cheatsheets' regexp page): '| `(a|b)` | Match `a` or `b` |' in a
    two-column table was the card '`(a' / 'b)`' (the pipe parted the cells, as GitHub's renderer does); a '| --- | --- |'
    row grouping a table's rows was a question '---' with no answer."""
    notes, skipped, messages = built_notes(tmp_path, {"regexp.md": DATA / "regexp-tables.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["(a|b)"] == "Match a or b"
    assert "(a" not in cards and "---" not in cards
    assert cards["(?<=a)b"] == "Match b in crabs but not in cribs"
    assert len(notes) == 6 and not skipped
    assert not [m for m in messages if "no answer" in m]


def test_a_column_of_the_same_link_is_no_part_of_a_card(tmp_path: Path) -> None:
    """'| Code | Name | ? |' whose third column is '[?](https://…/200)' on every row: the link column teaches nothing;
    the back was 'Name: OK ?: ?'."""
    notes, _, _ = built_notes(tmp_path, {"status.md": DATA / "status-codes.md"})
    assert [(note_front(n), note_back(n)) for n in notes][:2] == [("200", "OK"), ("201", "Created")]
    assert all("?" not in note_back(n) for n in notes)


def test_a_link_named_answer_goes_after_the_answer(tmp_path: Path) -> None:
    """'[[Answer]](https://…)' over (or on the line before) the answer written out (andrewekhalel/MLQuestions): the back
    opened with the word 'Answer'; now the answer opens it and the link follows it. A question whose answer is only
    that link is still no card, said so."""
    notes, skipped, messages = built_notes(tmp_path, {"ml.md": DATA / "answer-links.md"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    for front, opening in (("What is gradient descent?", "Gradient descent is"), ("How does CBIR work?", "Content-based image")):
        html = backs[front]
        assert note_back({"fields": {"Answer": html}}).startswith(opening), html
        assert html.rstrip().endswith("</a></p>") and ">Answer</a>" in html, html
    assert [s["question"] for s in skipped] == ["Reverse a linked list in place."]
    assert [m for m in messages if "only a link" in m]


def test_a_bold_title_over_a_written_out_card_is_its_section(tmp_path: Path) -> None:
    """'**B. Interval Recognition**' over '- Front: "What interval is C to Ab?"' / '- Back: "Minor 6th …"' (a plan of
    cards as a chat answer writes it): the bold line titles the card, as a '##' heading over the same pair does, and
    the quotes that delimit every side are no part of it. The card was fronted by the title, 'Q: … A: …' on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"music.md": DATA / "card-plan.md"})
    assert [(n["items"][0]["section"][-1], note_front(n), note_back(n)) for n in notes][1] == (
        "B. Interval Recognition",
        "What interval is C to Ab?",
        "Minor 6th (8 half steps)",
    )
    assert len(notes) == 3 and not skipped


def test_quotes_around_every_side_are_delimiters(tmp_path: Path) -> None:
    """'- Front: "Build a Cmaj7 chord"' / '- Back: "C - E - G - B …"' with no titles, in Markdown and as text; a page
    where only an answer is quoted ('A: "Hello"', what was said) keeps its quotes."""
    notes, _, _ = built_notes(tmp_path / "md", {"music.md": DATA / "quoted-sides.md"})
    assert [note_front(n) for n in notes] == ["Build a Cmaj7 chord", "What interval is C to Ab?"]
    assert note_back(notes[1]) == "Minor 6th (8 half steps)"
    notes, _, _ = built_notes(tmp_path / "txt", {"music.txt": DATA / "quoted-sides.md"})
    assert [note_front(n) for n in notes] == ["Build a Cmaj7 chord", "What interval is C to Ab?"]
    said = "Q: What did he say?\nA: \"Hello\"\n\nQ: What is 2 + 2?\nA: 4\n"
    notes, _, _ = built_notes(tmp_path / "said", {"said.txt": said})
    assert note_back(notes[0]) == '"Hello"'


def test_a_list_of_pairs_parted_by_a_semicolon_and_a_space(tmp_path: Path) -> None:
    """'osmosis; diffusion of water across a membrane' a line each (a flashcard app's export with '; ' between term and
    definition): a card per line. 'Hund;dog' was read already; with the space after it, 'cannot tell this document's
    layout' and no card."""
    text = (
        "photosynthesis; the process by which plants make food from light\nosmosis; diffusion of water across a membrane\n"
        "mitosis; cell division giving two identical cells\nmeiosis; cell division giving four gametes\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"bio.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes][1] == ("osmosis", "diffusion of water across a membrane")
    assert len(notes) == 4 and not skipped


def test_a_prompt_after_the_question_mark_is_the_questions(tmp_path: Path) -> None:
    """'8. **What is A/B testing? Walk through how you would design one.**' over its answer in italics (a student's
    interview-prep page): the prompt after the '?' asks too. It was the answer's first line, with the bold's closing
    '**' printed on the back. One shared pattern (lines.PROMPT_AFTER_ASK) for every reader now."""
    notes, skipped, _ = built_notes(tmp_path, {"stats.md": DATA / "prompt-after-ask.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[1] == ("What is A/B testing? Walk through how you would design one.", "Split users randomly into control and treatment groups.")
    assert not skipped and not any("*" in f + b for f, b in cards)


def test_a_question_and_its_answer_in_one_bold_run(tmp_path: Path) -> None:
    """'1. **What is the capital of France? Paris is the capital.**': the bold's marks were split between the front
    ('**What is …?') and the back ('Paris is the capital.**') and printed as asterisks."""
    page = "".join(f"{k}. **What is the capital of {c}? {a} is the capital.**\n" for k, (c, a) in enumerate((("France", "Paris"), ("Spain", "Madrid"), ("Peru", "Lima")), 1))
    notes, _, _ = built_notes(tmp_path, {"capitals.md": "# Quiz\n\n" + page})
    assert (note_front(notes[0]), note_back(notes[0])) == ("What is the capital of France?", "Paris is the capital.")


def test_a_question_heading_that_goes_on_with_a_polite_prompt_asks(tmp_path: Path) -> None:
    """'### How do I count? Also, please explain.' (a FAQ heading, trial 49's PHP FAQ shape): the prompt after the '?'
    asks too, so the heading is a question like its siblings; it was called 'a statement heading … among questions'."""
    page = "# FAQ\n\n### How do I count? Also, please explain.\n\nUse count.\n\n### How do I sort? Please give an example.\n\nUse sorted.\n\n### What is a list?\n\nA sequence.\n"
    notes, _, messages = built_notes(tmp_path, {"faq.md": page})
    assert [note_front(n) for n in notes] == ["How do I count? Also, please explain.", "How do I sort? Please give an example.", "What is a list?"]
    assert not [m for m in messages if "statement heading" in m]




def test_a_markdown_page_saved_as_text_is_read_as_markdown(tmp_path: Path) -> None:
    """An earlier test's Markdown lesson (newuser/lesson-quiz-keys.md: '# French Lesson 2' / '## Practice' / '###
    Exercise 1: Choose the verb' / numbered sentences / '**Answers:** 1. ai …') saved as lesson.txt: 'cannot tell this
    document's layout', no card (the meta helper's round 4 R4-11: 11 of 40 such pages). No other layout reads it, it
    has '#' headings and the Markdown reading makes cards of it: read as Markdown, and said so."""
    text = (Path(__file__).resolve().parent / "data" / "newuser" / "lesson-quiz-keys.md").read_text(encoding="utf-8")
    notes, _, messages = built_notes(tmp_path, {"lesson.txt": text})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert ("I am tired.", "Je suis fatigué.") in cards and len(cards) >= 5, cards
    assert any("read as layout 'markdown'" in m for m in messages)


def test_a_picture_right_over_the_answer_label_keeps_no_label(tmp_path: Path) -> None:
    """'![ETCD](…)' with '**Answer:**' on the next line, no blank line between (one paragraph; a Kubernetes interview
    page read as a new user): the back read '[image: ETCD] Answer:' over the answer; the picture stays, the label goes,
    as it does when a blank line parts them."""
    notes, _, _ = built_notes(tmp_path, {"k8s.md": DATA / "picture-over-label.md"})
    back = note_back(notes[0])
    assert back.startswith("[image: ETCD]") and "Answer" not in back and "Deploy an odd number of members." in back
    assert note_back(notes[1]) == "The smallest deployable unit."
