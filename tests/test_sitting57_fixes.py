"""Fifty-seventh sitting, helper fixes: open findings of trials 55 and 56 and the lead's Kotlin notes page, fixed with
general rules. The data under tests/data/sitting57/fixes/ is written for these tests in the shape of the documents named
(none copied): swift-notes.md in the shape of a Kotlin notes page (Gowtham-app-developer/Kotlin-Interview-Questions
``Basics.md``: a table of contents linking its own file's anchors, bold operator labels ``__Safe call (?.)__``, "Back to
Top" lines), r-lesson-exercises.md in the shape of FluentData/training-r-intro's lessons (trial56)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.diagnostics import OUTSIDE_QUESTION, Diagnostic, grouped
from compiler.lint import find_holes
from compiler.model import Block, BlockKind, Item, Locator
from compiler.sources.lines import speaker_notes, unmark_operators
from compiler.sources.markdown import split_question

DATA = Path(__file__).parent / "data" / "sitting57" / "fixes"
TRIAL56 = Path(__file__).parent / "data" / "trials" / "trial56"
GOOD = "# Cells\n\n## What holds the DNA?\n\nThe nucleus.\n\n## What makes proteins?\n\nThe ribosome.\n"  # (a deck needs a note)


# --- a notes page of topic headings: one reading ---------------------------------------------------------------------


def test_notes_page_of_topics_reads_every_section(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"swift-notes.md": DATA / "swift-notes.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    # every topic a card (a bold operator label '__Optional chaining (?.)__' made the page a page of questions, and only
    # the sections holding such a label were cards, the rest "text outside any question")
    assert list(backs) == ["Constants and Variables", "Optionals", "Loops", "Need to Know"], list(backs)
    assert "Nil-coalescing Operator" in backs["Optionals"] and "Force unwrap" in backs["Optionals"]
    assert "Tuples" in backs["Need to Know"]
    assert not any("outside any question" in m for m in messages), messages
    # the table of contents links its own file's anchors ('Notes.md#optionals'): navigation, no card
    assert any(s["line"] == 3 for s in skipped), skipped
    assert any("swift-notes.md:3:" in m and "table of contents" in m for m in messages), messages


def test_operator_named_in_brackets_asks_nothing() -> None:
    from compiler.config import SourceConfig

    src = SourceConfig(id="x", file="x.md")
    for text in ("Elvis Operator ( ?: )", "Safe call (?.)", "Safe Call with let ( ?.let )", "Nil-coalescing ( ?? )"):
        assert not split_question(text, src).asks, text
    # a question still asks; a lone bracketed mark still asks; so does a question about an operator
    for text in ("What does the Elvis operator ( ?: ) return?", "How much is 2 + 3 (?)", "Why use it (really)?"):
        assert split_question(text, src).asks, text
    assert unmark_operators("What is x (?)") == "What is x (?)"


def test_lone_question_mark_in_prose_about_code_is_no_hole() -> None:
    def item(text: str, code: bool) -> Item:
        answer = [Block(kind=BlockKind.text, text=text)] + ([Block(kind=BlockKind.code, text="var name: String? = null", lang="kotlin")] if code else [])
        return Item(source="k", key="k/n", question="Nullable types", answer=answer, locator=Locator(file="k.md", line=3), original=text)

    text = "Nullable types are declared by putting a ? behind the String."
    assert find_holes([item(text, code=True)]) == []
    # without code, the same words are what a stripped formula leaves: still a hole
    assert find_holes([item("The gradient is scaled by ? before the update.", code=False)])


def test_grouped_message_fits_every_place() -> None:
    def outside(line: int, message: str, hint: str) -> Diagnostic:
        return Diagnostic("n.md", line, message, hint, severity="warning", group=OUTSIDE_QUESTION)

    plain_hint = "put it under a question or remove it"
    shown = grouped([
        outside(5, "a table of 21 rows outside any question is not in any card (under the heading 'Contents' at line 3)", "name its columns"),
        outside(31, "text outside any question is not in any card (under the heading 'Loops' at line 29)", plain_hint),
        outside(38, "text outside any question is not in any card (under the heading 'Loops' at line 29)", plain_hint),
    ])
    assert len(shown) == 1
    text = shown[0].text()
    assert text.startswith("n.md:5: warning: text outside any question is not in any card: the first place, a table of 21 rows (under"), text
    assert plain_hint in text and "[3 times" in text
    # places that all say the same keep their own words
    same = grouped([outside(5, "a table of 3 rows outside any question is not in any card", "h"), outside(9, "a table of 3 rows outside any question is not in any card", "h")])
    assert same[0].message.startswith("a table of 3 rows")


def test_grouped_message_on_a_page_of_table_list_and_text(tmp_path: Path) -> None:
    page = (
        "# Networking\n\n| Port | Service |\n| --- | --- |\n| 22 | ssh |\n| 80 | http |\n| 443 | https |\n\n"
        "The link layer moves frames between machines on one network.\n\n- The network layer routes packets.\n"
        "- The transport layer carries segments.\n\n## What does DNS do?\n\nIt maps names to addresses.\n\n"
        "## What does ARP do?\n\nIt maps addresses to hardware addresses.\n"
    )
    _, _, messages = built_notes(tmp_path, {"net.md": page})
    said = [m for m in messages if "outside any question" in m]
    assert said, messages
    # (each place is kept apart in the collector; the build prints them grouped, the first in the group's words)
    shown = [d.text() for d in grouped([Diagnostic("sources/net.md", int(m.split(":")[1]), m.split("warning: ", 1)[1], severity="warning", group=OUTSIDE_QUESTION) for m in said])]
    assert shown[0].split("warning: ", 1)[1].startswith("text outside any question is not in any card"), shown


# --- the R lessons' exercise sections ------------------------------------------------------------------------------


def test_exercises_heading_over_one_sentence_introduces_the_exercises(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"lesson.md": DATA / "r-lesson-exercises.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    tight = {front: "".join(back.split()) for front, back in backs.items()}  # (code's highlighted tokens spaced apart)
    assert "c(4,5,6)" in tight["Create a vector of the numbers 4, 5 and 6."], backs
    assert "length(v)" in tight["Compute the length of the vector v ."], backs
    # '# Exercises' / 'Try these exercises …': no "task to do (no solution given)", no card, listed as skipped
    assert not any("a task to do" in m for m in messages), messages
    assert not any(note_front(n) == "Exercises" for n in notes)
    assert any("introduction of the tasks" in s["skipped"] for s in skipped), skipped
    # '---' right under '</details>' is the rule its author drew, never text at the end of a back
    assert not any(note_back(n).rstrip().endswith("---") for n in notes), list(backs.values())


def test_task_heading_over_its_own_task_is_still_said(tmp_path: Path) -> None:
    page = "# Vectors\n\n## What does c() do?\n\nIt combines values.\n\n## Exercise\n\nWrite a function that doubles a vector.\n"
    _, _, messages = built_notes(tmp_path, {"v.md": page})
    assert any("'Exercise' is a task to do" in m for m in messages), messages


# --- T56-5: a slide's speaker notes holding a heading ----------------------------------------------------------------


def test_slide_with_speaker_notes_is_a_card_of_its_text(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"slide.md": TRIAL56 / "slide-speaker-notes.md"})
    assert [note_front(n) for n in notes] == ["Moving Values"], [note_front(n) for n in notes]
    back = note_back(notes[0])
    assert "the old name can no longer be used" in back and "lets2=s1;" in "".join(back.split())
    assert "More to Explore" in back and "shallow copy" in back  # (the notes with it)
    assert not any("outside any question" in m for m in messages), messages


def test_speaker_notes_rewrite_keeps_lines_and_leaves_toggles() -> None:
    lines = ["# Slide", "", "Text.", "", "<details>", "", "- note", "", "## More", "", "- more", "", "</details>"]
    out = speaker_notes(lines)
    assert len(out) == len(lines) and out[8] == "<strong>More</strong>" and out[:8] == lines[:8]
    toggle = ["# Q", "", "Text.", "", "<details>", "<summary>Answer</summary>", "", "## Solution", "", "x", "</details>"]
    assert speaker_notes(toggle) is toggle  # (a toggle with a summary is an answer toggle: read as before)
    first = ["<details>", "", "## Notes", "", "x", "", "</details>", "", "# Title", "", "Text."]
    assert speaker_notes(first) is first  # (no slide text above it)
    asked = ["# Cells", "", "Text.", "", "<details>", "", "## What holds the DNA?", "", "The nucleus.", "", "</details>"]
    assert speaker_notes(asked) is asked  # (a heading that asks is a question, hidden or not)


# --- a Quarto sheet's numbered tasks over their code chunks -----------------------------------------------------------


def test_quarto_sheet_numbered_tasks_are_a_card_each(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"sheet.qmd": TRIAL56 / "quarto-computed-title.qmd"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs.keys() == {"Create a vector of the numbers 1 to 10.", "Compute the mean of that vector."}, backs
    assert "x<-1:10" in "".join(backs["Create a vector of the numbers 1 to 10."].split())
    assert "mean(x)" in "".join(backs["Compute the mean of that vector."].split())


def test_a_note_with_one_numbered_step_over_code_stays_one_note(tmp_path: Path) -> None:
    page = "---\ntitle: Installing the tools\n---\n\n1. Download the installer.\n\n```sh\ncurl -O https://example.org/i.sh\n```\n\n2. Run it and restart the shell.\n"
    notes, _, _ = built_notes(tmp_path, {"install.md": page, "cells.md": GOOD})
    fronts = [note_front(n) for n in notes]
    assert "Installing the tools" in fronts, fronts


def test_notes_page_asking_once_in_passing_is_still_read_by_its_headings(tmp_path: Path) -> None:
    page = (DATA / "swift-notes.md").read_text(encoding="utf-8").replace(
        "__Force unwrap ( ! )__\n", "__Why would we force unwrap?__\n\n- Only when the value is sure to be there.\n\n__Force unwrap ( ! )__\n"
    )
    notes, _, messages = built_notes(tmp_path, {"swift-notes.md": page})
    fronts = [note_front(n) for n in notes]
    # (one bold question in a section made the page a page of questions: 1 card, every topic "outside any question")
    assert fronts == ["Constants and Variables", "Optionals", "Why would we force unwrap?", "Loops", "Need to Know"], fronts
    assert "Only when the value is sure" in note_back(notes[2])
    assert any("only line" in m and "each heading with text under it is read as a card" in m for m in messages), messages


def test_qa_page_with_topic_headings_keeps_its_bold_questions(tmp_path: Path) -> None:
    page = (
        "# Networking\n\n## Transport\n\n**What does TCP guarantee?**\n\nOrdered, reliable delivery.\n\n"
        "## Naming\n\n**What does DNS do?**\n\nIt maps names to addresses.\n\n## Links\n\n**What does ARP do?**\n\n"
        "It maps addresses to hardware addresses.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    assert [note_front(n) for n in notes] == ["What does TCP guarantee?", "What does DNS do?", "What does ARP do?"]


# --- rests: a sentence ending with a figure's number is no lead-in ------------------------------------------------------


def test_sentence_ending_with_a_figures_number_is_no_lead_in(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"rates.md": DATA / "notes-see-figure.md"})
    fronts = [note_front(n) for n in notes]
    # ('… as shown in Figure 1.' was read as a lead-in naming question 1: the chapter's notes went onto its front)
    assert fronts == ["What happens to the rate when the temperature rises by 10 °C?", "Name two factors that change a reaction's rate."], fronts
    assert any("rates.md:3:" in m and "above its first item" in m for m in messages), messages


# --- rests: a numbered chapter's introduction under its title -----------------------------------------------------------


def test_chapter_title_introduction_is_a_card_like_its_sections(tmp_path: Path) -> None:
    d2l = Path(__file__).parent / "data" / "sitting56" / "fixes" / "d2l-exercise-subtasks.md"
    notes, _, messages = built_notes(tmp_path, {"pooling.md": d2l})
    backs = {note_front(n): note_back(n) for n in notes}
    # (the chapter's introduction under '# Attention Pooling' was in no card, its sections' notes cards: one reading now)
    assert "convex hull of the values" in backs["Attention Pooling"], backs
    assert [note_front(n) for n in notes][:2] == ["Attention Pooling", "Visualization"]
    assert not any("above its first item" in m for m in messages), messages
    assert not any("runs to line" in m for m in messages), messages


def test_markua_second_accepted_answer_is_in_the_items_text(tmp_path: Path) -> None:
    lead54 = Path(__file__).parent / "data" / "sitting54" / "lead"
    notes, _, _ = built_notes(tmp_path, {"sheets.md": lead54 / "sheets-quiz.md"})
    banking = next(n for n in notes if "investment banking" in note_front(n))
    assert "New York" in note_back(banking) and "London" in note_back(banking), note_back(banking)
    # (the second '! London' line was blanked by the rewrite, so the item's text as read ended at '! New York')
    original = "\n".join(i["original"] for i in banking["items"])
    assert "! New York" in original and "! London" in original, original
