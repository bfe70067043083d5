"""Fifty-first sitting, fixes: the open findings of trial 50 (docs/trials/trial50.md). An exercise page is no page of
notes: a task to do ('### Activity' written as paragraphs, exercism's '# Instructions') and the hints for it are
skipped and said, a task with its solution given is a card (T50-5 rest); a page whose title names no subject
('# Introduction') says how to make its text a card (T50-3 rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

HERE = Path(__file__).parent / "data" / "sitting51" / "fixes"

TASK = "a task to do (no solution given), no fact to recall"
HINT = "a hint for an exercise's task, no fact to recall"


# --- T50-5 rest: exercise pages --------------------------------------------------------------------------------------


def test_an_activity_written_as_paragraphs_is_skipped_as_a_task(tmp_path: Path) -> None:
    """T50-5: Rust by Example's '### Activity' under fmt and print_display is prose and code saying what to add ('Using
    `Meters` as a guide, add a `Celsius` struct …', the output it expects, hints). It was a card fronted 'Activity'
    whose back told the learner what to write. Now it is skipped as a task, said at its line; its page's other headings
    make no card (a task and a reading list), so the title's text is the page's card (T50-3: print_display.md's text
    was 'outside any question' at 8 lines)."""
    notes, skipped, said = built_notes(tmp_path, {"display.md": HERE / "activity-text.md"})
    assert [note_front(n) for n in notes] == ["Display"]
    back = note_back(notes[0])
    assert back.startswith("Debug output is verbose, so a type meant for people usually gets a hand-written format")
    assert "no single style suits every element type" in back and "Celsius" not in back
    assert {s["question"]: s["skipped"] for s in skipped}["Activity"] == TASK
    assert any(s.startswith("sources/display.md:22: warning: 'Activity' is a task to do (no solution given)") for s in said), said
    assert not any("outside any question" in s for s in said), said


def test_an_activity_with_its_solution_is_a_card(tmp_path: Path) -> None:
    """T50-5: a task whose page gives the solution teaches what the solution shows: a card, the task asked, the
    solution its back."""
    notes, skipped, _ = built_notes(tmp_path, {"closures.md": HERE / "activity-solved.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Activity Write a closure that adds one to its argument."] == "let add_one = |x: i32| x + 1;"
    assert skipped == []


def test_an_exercises_instructions_and_hints_make_no_card(tmp_path: Path) -> None:
    """T50-5: exercism's exercise folder: 'instructions.md' (a task under each '## 1. …' heading), 'hints.md' (a hint
    list under each task's heading) and 'introduction.md' (the concept taught). Every task and every hint was a card
    ('Count the loaves still to bake' → 'Complete the loaves_left() function …' / 'Use the operator for
    subtraction.'), and `deckc dupes` merged hint cards into task cards. Now the tasks and the hints are skipped,
    each file said once with its lines (its introduction over the tasks no 'text outside any question'); the
    introduction's cards are the deck."""
    files = {f"lasagna/{p.name}": p for p in (HERE / "exercise").iterdir()}
    notes, skipped, said = built_notes(tmp_path, files)
    assert [note_front(n) for n in notes] == ["Lasagna: Introduction", "Constants", "Functions"]
    assert note_back(notes[0]) == "Python is a dynamically typed language."
    reasons = [(s["question"], s["skipped"]) for s in skipped]
    assert reasons == [
        ("General", HINT), ("Define the opening hour as a constant", HINT), ("Count the loaves still to bake", HINT),
        ("Define the opening hour as a constant", TASK), ("Count the loaves still to bake", TASK), ("Price an order", TASK),
    ]  # fmt: skip
    assert (
        "sources/lasagna/instructions.md:7: warning: it holds an exercise's 3 tasks (lines 7, 16, 26) and no solution: "
        "work to do, no fact to recall; this file adds no card"
    ) in said[1], said
    assert said[0].startswith("sources/lasagna/hints.md:3: warning: it holds hints for an exercise's tasks under 3 headings (lines 3, 7, 11)")
    assert not any("outside any question" in s or "has an answer" in s for s in said), said


def test_an_exams_instructions_section_is_still_its_rubric(tmp_path: Path) -> None:
    """T50-5: a section '## Instructions' over an exam's rubric stays the exam's instructions (trial33 T33-13); only a
    page titled so is a page of tasks."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.md": Path(__file__).parent / "data" / "trials" / "trial33" / "ai-tf-quiz.md"})
    assert notes
    assert {s["question"]: s["skipped"] for s in skipped}["Instructions"] == "the exam's instructions"
    assert not any("task to do" in s for s in said), said


# --- T50-3 rest: a title that names no subject -----------------------------------------------------------------------


def test_text_under_a_title_that_names_no_subject_says_how_to_make_it_a_card(tmp_path: Path) -> None:
    """T50-3: exercism's 'introduction.md' alone opens '# Introduction' / 'Python is a dynamically typed language.':
    a title that names no subject, its text 'outside any question' with no way out but a question. The message now
    says the title names no subject and that '# <subject>: Introduction' makes the text the page's card (as a folder's
    topic does: the test above)."""
    _, _, said = built_notes(tmp_path, {"introduction.md": HERE / "exercise" / "introduction.md"})
    assert any(
        s.startswith(
            "sources/introduction.md:3: warning: text outside any question is not in any card (under the title "
            "'Introduction' at line 1, which names no subject: titled '# <subject>: Introduction', its text is the page's card)"
        )
        for s in said
    ), said
    retitled = (HERE / "exercise" / "introduction.md").read_text(encoding="utf-8").replace("# Introduction", "# Python: Introduction", 1)
    notes, _, said = built_notes(tmp_path / "retitled", {"introduction.md": retitled})
    assert note_front(notes[0]) == "Python: Introduction" and note_back(notes[0]) == "Python is a dynamically typed language."
    assert not any("outside any question" in s for s in said), said


def test_text_under_the_pages_title_is_said_as_its_introduction(tmp_path: Path) -> None:
    """T50-9: the Swift tour's paragraphs under '# A Swift Tour' were each said "under the heading 'A Swift Tour' at
    line 1, read as a section, not a question": a title is no section. They are said as the page's introduction,
    once with their count."""
    page = (
        "# A Tour of Keep\n\nExplore the syntax of Keep.\n\nA first program prints one line.\n\n"
        "## Values\n\nA name written with keep can never be given a second value.\n"
    )
    _, _, said = built_notes(tmp_path, {"tour.md": page})
    assert any(
        s.startswith(
            "sources/tour.md:3: warning: text outside any question is not in any card (under the page's title 'A Tour of "
            "Keep' at line 1: its introduction)"
        )
        for s in said
    ), said


# --- T50-10: a dupes reason in words ----------------------------------------------------------------------------------


def test_a_condition_word_inside_a_name_is_no_condition() -> None:
    """T50-10: "Who is WSL for?" / "What is Windows Subsystem for Linux (WSL)?" was given the reason "an added
    condition: one question asks about something else 'for Linux (WSL)?' (the other's subject)": the 'for' of the
    name read as a condition, the words garbled. A condition word between two capitalised words is part of a name;
    a true condition's reason says what is asked of which subject."""
    from compiler.pairscore import added_condition

    assert added_condition("Who is WSL for?", "What is Windows Subsystem for Linux (WSL)?") == ""
    assert added_condition("What is WSL?", "How do I run GUI apps in WSL?") == (
        "an added condition: one question asks something else ('How do I run GUI apps') of the other's subject ('in WSL')"
    )


# --- T50-8: a challenge without its solution ------------------------------------------------------------------------------


def test_a_challenge_notebook_without_its_solution_says_what_it_lacks(tmp_path: Path) -> None:
    """T50-8: a coding-challenge notebook ('## Problem: …' over its constraints, test cases and a code cell left to
    write, '# TODO: Implement me' / 'pass'; the solution in another notebook) said "cannot tell this document's layout"
    with a [source.pattern] to write by hand. It now says the file holds a problem without its solution and what to
    do; the rest of the deck builds."""
    files = {"reverse_challenge.ipynb": HERE / "reverse_challenge.ipynb", "intro.md": HERE / "exercise" / "introduction.md"}
    notes, _, said = built_notes(tmp_path, files)
    assert [note_front(n) for n in notes] == ["Constants", "Functions"]
    [told] = [s for s in said if s.startswith("sources/reverse_challenge.ipynb")]
    assert told.startswith(
        "sources/reverse_challenge.ipynb: warning: no card from this file: it holds a problem without its solution "
        "('Reverse the words of a sentence, keeping each word's …': its code is left to write, or nothing is "
        "under it): deckc makes cards from questions with their answers (put the file with its solution in sources/"
    ), told
    assert "cannot tell" not in told and "[source.pattern]" not in told


# --- sitting 50 rests ---------------------------------------------------------------------------------------------------


def test_writerside_page_metadata_is_no_text(tmp_path: Path) -> None:
    """Sitting 50 (rest of T49-9): the Kotlin docs' FAQ opens with Writerside's '<web-summary>…</web-summary>', the
    summary a search engine shows, and it was "text outside any question" at line 3. It is the page's metadata, as
    '<show-structure depth="2"/>' is: no text, no message; the same tag inside code is code."""
    page = (
        "[//]: # (title: FAQ)\n\n<web-summary>Keep is a small language for teaching.</web-summary>\n\n"
        '<show-structure depth="2"/>\n\n### What is Keep?\n\nA language whose names never change value.\n\n'
        "### How is a page summarised?\n\nWith a line such as:\n\n```xml\n<web-summary>About Keep.</web-summary>\n```\n"
    )
    notes, _, said = built_notes(tmp_path, {"faq.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What is Keep?"] == "A language whose names never change value."
    assert "<web-summary> About Keep. </web-summary>" in cards["How is a page summarised?"]  # (code, shown)
    assert not any("outside any question" in s for s in said), said
    assert not any("teaching" in note_back(n) for n in notes)


def test_a_pointer_to_a_pointer_leads_to_the_answer_the_chain_ends_at(tmp_path: Path) -> None:
    """Sitting 50's rest of T49-5: 'See the next question.' whose next question's answer is 'See the next question.'
    too was warned and not followed. The chain is followed to the answer it ends at; a loop of pointers leads nowhere
    and is said."""
    page = (
        "# Crawler FAQ\n\n## Where are the logs?\n\nSee the next question.\n\n## Where is the output?\n\n"
        "See the next question.\n\n## Where does the crawler write its files?\n\nUnder `./crawl/` beside the project.\n\n"
        "## Why is it slow?\n\nSee the next question.\n\n## Why does it stall?\n\nSee previous question.\n"
    )
    notes, _, said = built_notes(tmp_path, {"faq.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Where are the logs?"] == "See “Where does the crawler write its files?”: Under ./crawl/ beside the project."
    assert cards["Where is the output?"] == "See “Where does the crawler write its files?”: Under ./crawl/ beside the project."
    looped = [s for s in said if "only points elsewhere" in s]
    assert len(looped) == 2 and looped[0].startswith("sources/faq.md:15:") and looped[1].startswith("sources/faq.md:19:"), said


def test_a_task_word_that_names_a_subject_is_still_a_card(tmp_path: Path) -> None:
    """T50-5, the other side: 'Activities' in Android notes, 'Tasks' in Gradle's, a processor's '# Instructions' page
    are subjects, not the reader's tasks. A task heading is skipped only when its text's first sentence tells the
    reader what to do ('Add …', 'Using … as a guide, add …', 'You need to …'); a page titled 'Instructions' is an
    exercise's only with two numbered task headings or more ('## 1. Define …')."""
    android = (
        "# Android basics\n\n## Activities\n\nAn activity is a single screen with a user interface. The system starts it "
        "through an intent.\n\n## Services\n\nA service runs in the background without a user interface.\n"
    )
    processor = "# Instructions\n\n## MOV\n\nCopies a value from its source operand to its destination.\n\n## ADD\n\nAdds two operands.\n"
    notes, skipped, _ = built_notes(tmp_path, {"android.md": android, "cpu/isa.md": processor})
    fronts = [note_front(n) for n in notes]
    assert "Activities" in fronts and "Services" in fronts and "MOV" in fronts and "ADD" in fronts, fronts
    assert not [s for s in skipped if s["skipped"] in (TASK, HINT)], skipped


def test_the_same_question_with_words_put_before_it_has_no_added_condition() -> None:
    """T51-14 (T50-10's family): 'link In pea plants, round peas (R) are dominant …' / 'In pea plants, round peas (R)
    are dominant …' (a cross-reference's word left on one front) were given "an added condition: one question asks
    about something else 'In pea plants, …' (the other's subject)". The longer question holds the other whole after
    its condition word: the same question, no condition."""
    from compiler.pairscore import added_condition

    asked = "In pea plants, round peas (R) are dominant to wrinkled peas (r). What is the chance that 3 progeny are all round?"
    assert added_condition(asked, "link " + asked) == ""
    assert added_condition("link " + asked, asked) == ""


# --- T51-10: a list of linked questions --------------------------------------------------------------------------------


def test_a_list_of_questions_each_linking_to_its_answer_is_said_as_questions_without_answers(tmp_path: Path) -> None:
    """T51-10: fe-interview's js.md lists 689 questions, each a link to the issue that answers it ('- [infinity代表什么数据？]
    (…/issues/3619)'). Read by the entry's text, which ends with the link, few asked: "a list of links (a reading list)"
    and "the 'markdown' layout does not seem to fit", where css.md of the same shape said "a list of 683 questions and
    no answers". An entry that is one link to another page asks what its link's text asks."""
    entries = [
        "Infinity stands for which kind of value?", "The event loop runs which queue first?", "Closures keep which variables alive?",
        "Hoisting moves which declarations?", "A WeakMap holds its keys how?", "Please explain the output of the snippet below",
    ]  # fmt: skip
    page = "# js questions\n\n## All questions\n\n" + "".join(f"- [{e}](https://example.org/issues/{k})\n" for k, e in enumerate(entries, 1))
    _, _, said = built_notes(tmp_path, {"js.md": page, "intro.md": HERE / "exercise" / "introduction.md"})
    assert any(s.startswith("sources/js.md:5: warning: a list of 6 questions and no answers: this file adds no card") for s in said), said
    assert not any("reading list" in s or "does not seem to fit" in s for s in said if s.startswith("sources/js.md")), said


# --- T51-13: an MDX picture named by an expression ----------------------------------------------------------------------


def test_an_mdx_picture_named_by_require_is_that_file(tmp_path: Path) -> None:
    """T51-13: Docusaurus pages write a picture's source as a JavaScript expression (``<img
    src={require('@site/static/img/plan.png').default} alt="…" />``); the build said 'image "{require(…" not found
    (looked for sources/{require(…'. The expression names a file, '@site/' the site's root: found there it is the card's
    picture; else the message names that file and where it was looked for."""
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00"
        b"\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa75\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    page = (
        "## What should you do before a phone screen?\n\nTest your microphone and keep a notepad ready.\n\n"
        "<div className=\"text--center\">\n  <figure>\n    <img alt=\"Before a phone screen\"\n    className=\"shadow--md\" "
        "src={require('@site/static/img/plan.png').default} />\n  </figure>\n</div>\n\n"
        "## What should you do after it?\n\nWrite down the questions you were asked.\n\n"
        "<div className=\"text--center\">\n  <figure>\n    <img alt=\"After\"\n    className=\"shadow--md\" "
        "src={require('@site/static/img/after.png').default} />\n  </figure>\n</div>\n"
    )
    (tmp_path / "pic").mkdir()
    (tmp_path / "pic" / "plan.png").write_bytes(png)
    notes, _, said = built_notes(tmp_path, {"sheet.md": page, "static/img/plan.png": tmp_path / "pic" / "plan.png"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert "<img" in backs["What should you do before a phone screen?"], backs
    [missing] = [s for s in said if "require(" in s]
    assert missing.startswith(
        "sources/sheet.md:19: warning: image '@site/static/img/after.png' (named by the page's require(…) expression) not "
        "found (looked for sources/static/img/after.png and static/img/after.png)"
    ), missing
