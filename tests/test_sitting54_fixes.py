"""Fifty-fourth sitting, helper fixes: open findings fixed with general rules. A numbered question whose answer is
written under it indented less than the entry's text (``21. What is a semaphore?`` / ``   - A semaphore is …``, three
spaces under a two-digit number) is answered by it, not left as a question without answer beside a list outside any
question (an untuned interview bank lost 21 questions so)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.shallow_answers import shallow_answers

DATA = Path(__file__).parent / "data" / "sitting54" / "fixes"


# --- a numbered question's answer indented less than its text -----------------------------------------------------


def test_a_shallow_answer_list_is_its_numbered_question_s(tmp_path: Path) -> None:
    """An interview bank in the shape of the one that lost 21 questions: heading questions, then numbered ones each over
    a bullet answer set three spaces in (the entry's text starts at column 4: to CommonMark a sibling list), one or two
    bullets, a study verb instead of a '?' ('Explain the three-way handshake.'), an entry written right (four spaces),
    then entries answered 'Answer: …' on the entry's next line, one of them over a list set two spaces in. Before: the
    heading 'Medium-level networking questions' was a card holding three questions and their answers, line 41 text
    outside any question, 5 cards in all. Now every question is a card with its own answer."""
    notes, skipped, messages = built_notes(tmp_path, {"bank.md": DATA / "shallow-answers.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == [
        "What is a protocol?",
        "What is latency?",
        "What is a subnet mask?",
        "What is the difference between TCP and UDP?",
        "Explain the three-way handshake.",
        "What does ARP do?",
        "What is BGP used for?",
        "What is a VLAN?",
        "What are the kinds of NAT?",
        "What is the difference between a hub and a switch?",
        "What is anycast, and where is it used?",
    ], cards
    assert cards["What is a subnet mask?"].startswith("A subnet mask tells which part"), cards
    assert "TCP opens a connection" in cards["What is the difference between TCP and UDP?"], cards
    assert "UDP sends datagrams" in cards["What is the difference between TCP and UDP?"], cards
    assert cards["Explain the three-way handshake."].startswith("The client sends SYN"), cards
    assert cards["What is BGP used for?"].startswith("BGP exchanges routes"), cards
    nat = cards["What are the kinds of NAT?"]
    assert nat.startswith("NAT rewrites addresses") and "Static NAT: one private" in nat and "Dynamic NAT: private" in nat, nat
    hub = cards["What is the difference between a hub and a switch?"]
    assert "Hub: repeats every frame" in hub and "Switch: forwards a frame" in hub and "Answer" not in hub, hub
    anycast = cards["What is anycast, and where is it used?"]
    assert "nearest one" in anycast and "DNS root servers" in anycast and "Content delivery networks" in anycast, anycast
    assert not skipped, skipped
    assert not any("outside any question" in m or "has no answer" in m or "not cards of their own" in m for m in messages), messages


def test_questions_alternating_with_lists_at_their_own_indent(tmp_path: Path) -> None:
    """'1. What is a process?' / '- A process is …' / '2. What is a thread?' / '- …' (each answer at the margin, the
    page's numbered questions alternating with such lists) under a topic heading of a page whose other questions are
    headings: before, the heading 'Processes and threads' was one card holding all three; now a card each."""
    notes, _skipped, messages = built_notes(tmp_path, {"review.md": DATA / "shallow-answers-margin.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["What is an operating system?", "What is a process?", "What is a thread?", "What is a deadlock?"], cards
    assert cards["What is a thread?"] == "A thread is a unit of execution inside a process. Threads of one process share its memory.", cards
    assert not any("not cards of their own" in m for m in messages), messages


def test_shallow_answers_keeps_lines_and_leaves_outlines_and_right_indents_alone() -> None:
    """The rewrite keeps every line where it was; it moves only a question's answer: an outline's numbered topics
    ('10. Introduction' / '   - Why …') ask nothing and stay as written, and so does an answer already at the entry's
    text column, a numbered entry after a blank line (the list's next entry) and code."""
    outline = (DATA / "shallow-outline.md").read_text(encoding="utf-8")
    assert shallow_answers(outline) == outline
    right = "1. What is a process?\n   - A program in execution.\n\n2. What is a thread?\n   - A unit of execution.\n"
    assert shallow_answers(right) == right
    code = "```\n21. What is x?\n   - not a list\n```\n"
    assert shallow_answers(code) == code
    page = "21. What is a semaphore?\n   - A counter.\n\n   - More of it.\n\n22. What is a mutex?\n  * A lock.\n\tand more.\n23. Why?\n - So.\n"
    moved = shallow_answers(page)
    assert moved.split("\n") == [
        "21. What is a semaphore?",
        "    - A counter.",
        "",
        "    - More of it.",
        "",
        "22. What is a mutex?",
        "    * A lock.",
        "      and more.",  # (a tab to column 4, under the bullet: moved with it)
        "23. Why?",
        "    - So.",
        "",
    ], moved
    boxes = "1. In which formats can you share a notebook?\n\n- [ ] doc\n- [x] PDF\n\n2. What is JupyterLab?\n\n- [ ] a game\n- [x] an editor\n"
    assert shallow_answers(boxes) == boxes  # (options at the margin: the option readings', test_other_hands M46)
    tab = "21. What is a semaphore?\n \t- A counter.\n"  # (a space then a tab: column 4 already, the entry's)
    assert shallow_answers(tab) == tab


# --- T53-5: a solved exam's tasks, each answered in a quote -------------------------------------------------------


TRIAL53 = Path(__file__).parent / "data" / "trials" / "trial53"


def test_a_solved_exam_s_quoted_answers_are_a_card_per_task(tmp_path: Path) -> None:
    """T53-5: EPFL's exam solutions write the exam's question under a heading (`# Question 1: Review habits [9 points]`),
    each situation then its task (`In one sentence, explain whether this is a good habit and why:`) over the model
    answer in a quote. Before: one card 'Review habits' whose back was the whole exam. Now each task is a card: the
    situation and its exhibit (the teammate's words in a fence) on the front with the task, the quote the back, the
    heading the section."""
    notes, skipped, messages = built_notes(tmp_path, {"exam.md": TRIAL53 / "solved-exam.md"})
    assert len(notes) == 2, [(note_front(n), note_back(n)) for n in notes]
    first, second = notes
    assert "In one sentence, explain whether this is a good habit and why:" in note_front(first), note_front(first)
    assert "I approve every pull request that passes the tests" in note_front(first), note_front(first)
    assert note_back(first) == "No, tests cannot catch design problems or unclear code that a human reviewer would notice.", note_back(first)
    assert "I squash every branch into one commit" in note_front(second) and "I approve" not in note_front(second), note_front(second)
    assert note_back(second).startswith("Yes, as long as the single commit message"), note_back(second)
    assert "I squash" not in note_back(first) and "tests cannot catch" not in note_back(second)
    assert not skipped, skipped
    assert not any("outside any question" in m for m in messages), messages


def test_one_quoted_task_under_its_exhibit_quote(tmp_path: Path) -> None:
    """T53-5 (the 2021 exam's shape): a transcript in a quote, then the one task and its model answer in a quote: the
    transcript goes on the front with the task ('Write down a user story …:'), never read as the answer; the grading
    note after the answer stays on its back. A quote after a line that leads in to it ('Consider the following
    passage …:') is no answer: the notes page stays its heading's card."""
    notes, _skipped, _messages = built_notes(tmp_path, {"story.md": DATA / "solved-exam-story.md", "speeches.md": DATA / "quoted-notes.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    story = next(f for f in cards if f.startswith("Write down a user story"))
    assert "I can't scroll the recipe" in story, story
    assert cards[story].startswith("As a cook with busy hands, I want to move through a recipe by voice"), cards[story]
    assert "Lincoln at Gettysburg" in cards, cards
    assert "shall not perish from the earth" in cards["Lincoln at Gettysburg"], cards


# --- T53-7: a Korean bare question list ---------------------------------------------------------------------------


def test_a_korean_bare_question_list_adds_no_card_and_says_so(tmp_path: Path) -> None:
    """T53-7: a mock interview's list, numbered prompts written as noun phrases ('스택과 큐의 차이', the difference
    between stack and queue; '… 시간복잡도 설명', explain; '해시 충돌 해결 방법', how to) then bulleted questions, some
    with '?': no answer anywhere. Before: one card 'Interview 2019' listing the 14 prompts (the real file: 12 numbered
    items 'none … has an answer', the bullets counted into item 12). Now it is a list of questions: no card, said once."""
    notes, _skipped, messages = built_notes(tmp_path, {"interview-2019.md": TRIAL53 / "interview-2019.md", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    said = [m for m in messages if "interview-2019.md:1:" in m and "a list of 14 questions and no answers" in m]
    assert said, messages


# --- T53-2, the learner's copy: numbered tasks over blank cells -----------------------------------------------------


def test_a_learner_s_copy_of_numbered_puzzles_makes_no_card_from_its_given_data(tmp_path: Path) -> None:
    """T53-2 (the learner's copy): a puzzle notebook whose numbered tasks each stand over a blank code cell (or one that
    gives data and leaves the gap, '# write a solution to the question here'). Before: a long task's first paragraph
    was a card whose back was its example, its question and the output expected ('You have a list vals …' → 'vals = …
    How do you keep …? … [3, 1, 2]'), a task over given data a card answered by that data, 3 such cards. Now each task
    is an exercise with no solution: no card, said once with the others."""
    notes, skipped, messages = built_notes(tmp_path, {"puzzles.ipynb": DATA / "list-puzzles-learner.ipynb", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    said = [m for m in messages if "puzzles.ipynb" in m and "has an answer" in m and "this file adds no card" in m]
    assert said, messages
    assert len([s for s in skipped if s["file"].endswith("puzzles.ipynb")]) >= 7, skipped


def test_a_line_of_code_in_triple_backticks_opens_no_fence_for_boxes(tmp_path: Path) -> None:
    """A line of prose written in triple backticks ('```df = pd.DataFrame()```': an inline code span, no fence, as
    CommonMark and the rest of deckc read it) made the box reader take everything after it for code: the exercise box
    and its empty solution under it were shown as ':::{exercise}' … text on the back of the task above."""
    page = (
        "# Puzzles\n\n## Basics\n\n**1.** Import pandas.\n\n```df = pd.DataFrame()```\n\nConsult the docs.\n\n"
        ":::{exercise}\nYou have a DataFrame `df`. How do you filter it?\n\n```\ndf = 1\n```\n:::\n\n:::{solution}\n:::\n\n"
        "## What is pandas?\n\nA library.\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"boxes.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert ":::" not in " ".join(cards.values()), cards
    assert "How do you filter it?" not in " ".join(cards.values()), cards



def test_a_solved_exam_s_task_answered_by_a_list_among_quoted_answers(tmp_path: Path) -> None:
    """T53-5 (the 2021 exam's third question): on a page whose tasks are answered in quotes, a task answered right under
    it by a numbered list ('Give two reasons (1 sentence each) …:' / '1. …' / '2. …') is a card too, the list its back,
    the manager's message (a quote after a line that sets no task) on its front."""
    notes, _skipped, _messages = built_notes(tmp_path, {"exam.md": DATA / "solved-exam-lists.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 2, cards
    reasons = next(f for f in cards if f.startswith("Give two reasons"))
    assert "three approvals" in reasons, reasons
    assert "Approvals cannot guarantee" in cards[reasons] and "slow the team down" in cards[reasons], cards
    compromise = next(f for f in cards if f.startswith("Propose"))
    assert cards[compromise].startswith("Require one approval"), cards


# --- T51-12: an exercise and its solution hidden in a toggle ------------------------------------------------------


def test_a_toggle_that_hides_an_exercise_and_its_solution_is_those_boxes(tmp_path: Path) -> None:
    """T51-12 (sphinx-exercise's syntax guide: '````{toggle}' / '```{exercise}' … / '````{solution} fact' …, under 'Click
    the toggle to see it.'): the toggle was read as the hidden answer to the paragraph above it, so the card was 'Try the
    exercise below. Click the toggle to see it.' → the exercise and its solution, with the solution's fence as text. A
    toggle (dropdown, details) whose body opens with an exercise box is that box and its solution, as without it."""
    notes, _skipped, _messages = built_notes(tmp_path, {"practice.md": DATA / "toggled-exercise.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    # (the lesson's statement section is a card beside the exercise since trial62 T62-1)
    assert list(cards) == ["Writing a factorial", "Write a function factorial such that factorial(n) returns \\(n!\\)."], cards
    back = cards["Write a function factorial such that factorial(n) returns \\(n!\\)."]
    assert back.startswith("Here is a solution.") and "deffactorial(n):" in back.replace(" ", "") and "```" not in back, back  # (highlighted: spaced tokens)



def test_an_answer_label_over_a_shallow_list_under_a_numbered_question(tmp_path: Path) -> None:
    """'1. What does a process hold?' / 'Answer: A process holds:' (at the margin: the entry's text going on) / '  -
    its code and data,' (two spaces: a list beside the entry to CommonMark). Before: the lists were 'text outside any
    question', the backs the label's line alone. Now the list is the entry's, under its label's text, a list still
    (not its entries run together on one line); labelled entries ('- Monolithic: …') keep their labels as written."""
    notes, _skipped, messages = built_notes(tmp_path, {"kernels.md": DATA / "lazy-answer-lists.md"})
    cards = {note_front(n): n for n in notes}
    assert list(cards) == ["What is a kernel?", "What are the kinds of kernels?", "What does a process hold?"], list(cards)
    kinds = note_back(cards["What are the kinds of kernels?"])
    assert "Monolithic: every service" in kinds and "Microkernel: only the essentials" in kinds, kinds
    held = cards["What does a process hold?"]["fields"]["Answer"]
    assert "A process holds:" in held and held.count("<li>") == 2, held
    assert not any("outside any question" in m for m in messages), messages


def test_a_heading_s_stray_bold_close_is_not_in_its_cards_section(tmp_path: Path) -> None:
    """The interview bank's '#### Medium-Level Operating System Interview Questions**' (its bold closed, never opened):
    each of its 20 cards showed the section 'Medium-Level … Questions**'. A run of '*' closing a heading whose text
    opens none is the author's slip: the section is the words."""
    page = "# OS\n\n#### Medium-Level Questions**\n\n21. What is a semaphore?\n   - A counter that guards a resource.\n\n22. What is a mutex?\n   - A lock.\n"
    notes, _skipped, _messages = built_notes(tmp_path, {"bank.md": page})
    assert [n["fields"].get("Section") for n in notes] == ["Medium-Level Questions", "Medium-Level Questions"], [n["fields"] for n in notes]
