"""Forty-fourth sitting, finder: findings of trial 44 (real public documents: the Go and Rust FAQs, Go interview pages in
three languages, Security+ notes of two authors, a chord table; docs/trials/trial44.md) fixed: an HTML heading written
over several lines (a Jekyll FAQ's ``<h3><a …>`` / question / ``</a></h3>``) is a heading, and a question the author
commented out is no question (T44-1); a closing line that only links back to another page (``✅ Return to [Domain 1
Overview](./README.md)``) is navigation, not a keyed answer (T44-2); an ``Explanation:`` label opening an answer is
dropped, and the quote under a short colon line stays its answer (T44-6); a matrix after definition tables labels
every value (T44-4); terms glossed by questions are no list of questions (T44-5); every top-level heading of a note
titled by its file's name is fronted by that name alike (T44-8)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of, note_back, note_front

from compiler.sources.lines import back_link, commented_sections
from compiler.sources.markdown_blocks import html_headings, joined_html_headings

TRIAL = Path(__file__).parent / "data" / "trials" / "trial44"


def _build(content: Path) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    from compiler.build import build

    out = content.parent / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    return notes, [d.text() for d in result.compiled.diagnostics.items]


# --- T44-1: HTML headings over several lines, commented-out questions -----------------------------------------------------


def test_a_faq_whose_headings_are_html_over_three_lines_is_a_card_per_question(tmp_path: Path) -> None:
    """T44-1 (high): the Rust FAQ writes each question as ``<h3><a href="#…" name="…">`` / the question / ``</a></h3>``
    under ``<h2 id="…">Topic</h2>``. Before: CommonMark read each as an HTML block, the page had no heading below its
    title, and it was one 'note' card of 78,547 characters (127 questions). Now each is a card, its topic the section;
    the commented-out question (``<!--`` / ``### Which projects …?`` / ``TODO: Write this answer.`` / ``-->``) is no
    question and no placeholder warning, and the question after it keeps its section."""
    notes, said = _build(deck_of(tmp_path, {"faq.md": TRIAL / "t44-1-html-headings" / "faq.md"}))
    cards = {note_front(n): (n["fields"]["Section"], note_back(n)) for n in notes}
    assert list(cards) == [
        "What is this project's goal?",
        "Who runs the project?",
        "Is the language garbage collected?",
        "Why is my program slow?",
    ], cards
    assert cards["Who runs the project?"][0] == "The Project", cards
    assert cards["Why is my program slow?"][0] == "Memory", cards
    assert "release mode" in cards["Why is my program slow?"][1], cards
    assert "freed when its owner" in cards["Is the language garbage collected?"][1], cards
    assert not any("placeholder" in s or "TODO" in s or "characters" in s for s in said), said


def test_an_html_heading_over_lines_is_joined_in_place_and_left_alone_in_code() -> None:
    """T44-1: the heading's lines become the one heading line (line numbers kept by blank lines); inside a code fence,
    or with a blank line before its closing tag, the HTML is left as written (an example of HTML, or no heading)."""
    page = '<h3><a href="#gc" name="gc">\nIs it garbage collected?\n</a></h3>\n\nNo.\n'
    assert html_headings(page).split("\n") == ["### Is it garbage collected?", "", "", "", "No.", ""]
    fenced = "```html\n" + page + "```\n"
    assert joined_html_headings(fenced) == fenced
    loose = "<h2>\nTopic\n\n</h2>\n"
    assert joined_html_headings(loose) == loose
    other_level = "<h2>\nTopic\n</h3>\n"
    assert joined_html_headings(other_level) == other_level


def test_only_a_comment_holding_a_heading_is_blanked() -> None:
    """T44-1: a multi-line comment that holds a Markdown heading is a commented-out section: blank lines, the count
    kept; any other comment (a one-line marker, a note without a heading) and a comment in a code fence are kept."""
    page = "# FAQ\n\n<!--\n### Which projects …?\n\nTODO: Write this answer.\n-->\n\n## Next\n"
    assert commented_sections(page).split("\n") == ["# FAQ", "", "", "", "", "", "", "", "## Next", ""]
    note = "<!--\nreviewed in May\n-->\n## Q?\n"
    assert commented_sections(note) == note
    marker = "<!-- question-source:start -->\n### Q?\n"
    assert commented_sections(marker) == marker
    code = "```\n<!--\n### not a heading\n-->\n```\n"
    assert commented_sections(code) == code


# --- T44-2: a closing 'Return to [page](…)' line -------------------------------------------------------------------------


def test_a_closing_return_to_line_is_navigation_not_the_last_cards_answer(tmp_path: Path) -> None:
    """T44-2 (high): Security+ notes end with ``---`` / ``✅ Return to [Domain 1 Overview](./README.md)``. Before: the tick
    read the line as a keyed answer, so the last section became a card whose front was its heading and its list
    (``Availability › Techniques Redundancy – …``) and whose back was "Return to Domain 1 Overview" (five files of five).
    Now the line is page furniture: the last section's list is its back, and no card or message mentions the link."""
    notes, said = _build(deck_of(tmp_path, {"cia-triad.md": TRIAL / "t44-2-return-footer" / "cia-triad.md"}))
    last = notes[-1]
    assert note_front(last) == "Availability › Techniques", [note_front(n) for n in notes]
    assert "Redundancy" in note_back(last) and "Goal" in note_back(last), note_back(last)
    assert not any("Return to" in note_front(n) + note_back(n) for n in notes), notes
    assert not any("in no card" in s or "Return to" in s for s in said), said


def test_a_back_link_is_one_link_to_another_page_and_words_that_say_go_there() -> None:
    """T44-2: only a line whose one link leads to another page of the repository, with nothing around it but words
    that send the reader there, is navigation; a sentence that cites a page, a link to the web or to an anchor of the
    page (left to the other readers) is not."""
    for line in (
        "✅ Return to [Domain 1 Overview](./README.md)",
        "⬅️ Back to [the index](../index.md)",
        "Next: [Chapter 3](ch3.md)",
        "[返回目录](../README.md)",
        "Volver al [índice](README.md)",
    ):
        assert back_link(line), line
    for line in (
        "See [Chapter 2](ch2.md) for the proof.",
        "The answer is in [the docs](guide.md)",
        "✅ Return to [Google](https://google.com)",
        "[Back to top](#toc)",
        "[Chapter 2](ch2.md)",
    ):
        assert not back_link(line), line


# --- T44-6: 'Explanation:' over a quoted answer ----------------------------------------------------------------------------


def test_an_explanation_label_over_a_quote_is_the_answers_label(tmp_path: Path) -> None:
    """T44-6 (medium): a Go interview page answers with ``**Explanation:**`` over a quote, and other questions with a
    quoted ``> **Answer:**``. Before: the back of 'Define first-class container types in Go.' was "Explanation:" alone,
    and its quote went above the next question ('… What does the defer statement do?', "the defer statement" taken
    for a quoted statement). Now each back is its own answer, the label gone, every front only its question."""
    notes, _ = _build(deck_of(tmp_path, {"go-questions.md": TRIAL / "t44-6-explanation-label" / "go-questions.md"}))
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["What is a method in Go?", "Define first-class container types in Go.", "What does the defer statement do?"], cards
    assert "receiver" in cards["What is a method in Go?"] and "Explanation" not in cards["What is a method in Go?"], cards
    assert "Slices, maps" in cards["Define first-class container types in Go."], cards
    assert "Explanation" not in cards["Define first-class container types in Go."], cards
    assert "last in first out" in cards["What does the defer statement do?"], cards
    assert not any(n.get("stimulus") for n in notes), notes


def test_a_short_colon_line_keeps_the_quote_under_it(tmp_path: Path) -> None:
    """T44-6: any short line ending with a colon over a quote (``**In short:**``) leads into that quote: it is the
    answer, never what the next question (naming "the select statement") asks about; an explanation after an answer
    label stays on the back as written."""
    page = (
        "## Go\n\n#### 1. What is a slice?\n\n**In short:**\n\n> A view into an array.\n\n"
        "#### 2. What does the select statement do?\n\nIt waits on several channels.\n\n"
        "#### 3. What is a map?\n\n**Answer:** A hash table.\n\n**Explanation:** Keys must be comparable.\n"
    )
    (tmp_path / "go.md").write_text(page, encoding="utf-8")
    notes, _ = _build(deck_of(tmp_path, {"go.md": tmp_path / "go.md"}))
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["What is a slice?", "What does the select statement do?", "What is a map?"], cards
    assert "A view into an array." in cards["What is a slice?"], cards
    assert "view into" not in cards["What does the select statement do?"], cards
    assert "Explanation" in cards["What is a map?"] and "comparable" in cards["What is a map?"], cards


# --- T44-4: a matrix table after definition tables -----------------------------------------------------------------------


def test_a_matrix_after_definition_tables_names_every_value(tmp_path: Path) -> None:
    """T44-4 (high): after '| Category | Description |' and '| Type | Purpose | Examples |' tables, a matrix '|
    **Category** | Preventive | Detective | Corrective |' shares only its first column with them. Before: read as one of
    them, its first value column was the unnamed answer ('Technical' → 'Firewall', not saying it is preventive). Now
    each value is under its column's name; the definition tables keep their unnamed first answer."""
    notes, _ = _build(deck_of(tmp_path, {"controls.md": TRIAL / "t44-4-matrix-after-definitions" / "controls.md"}))
    matrix = [n for n in notes if n["fields"]["Section"].startswith("Matrix")]
    assert [note_front(n) for n in matrix] == ["Technical", "Managerial", "Physical"], notes
    assert note_back(matrix[0]).startswith("Preventive: Firewall"), note_back(matrix[0])
    assert "Detective: System logs" in note_back(matrix[0]) and "Corrective: Backup recovery" in note_back(matrix[0])
    types = {note_front(n): note_back(n) for n in notes if n["fields"]["Section"] == "Control Types"}
    assert types["Preventive"].startswith("Stops an incident before it happens"), types
    assert "Examples: Firewall rules" in types["Preventive"], types


# --- T44-5: terms glossed by questions -------------------------------------------------------------------------------------


def test_terms_glossed_by_questions_are_the_overviews_answer(tmp_path: Path) -> None:
    """T44-5 (medium): '## Overview' / 'The AAA framework describes …:' / '- **Authentication** – Who are you?' / … .
    Before: "over a list of questions without answers: nothing to learn on a card", the overview skipped. Now the
    glossed terms are the overview's answer (a mnemonic), and a real list of questions under a heading is still said."""
    notes, said = _build(deck_of(tmp_path, {"aaa.md": TRIAL / "t44-5-question-glosses" / "aaa.md"}))
    overview = [n for n in notes if note_front(n).endswith("Overview")]
    assert len(overview) == 1 and "Who are you?" in note_back(overview[0]) and "describes how" in note_back(overview[0]), notes
    assert not any("questions without answers" in s for s in said), said
    page = "# Review\n\n## Practice\n\nAnswer these:\n\n- What is authentication?\n- What is authorization?\n\n## AAA\n\nAccess control.\n"
    (tmp_path / "practice.md").write_text(page, encoding="utf-8")
    _, said = _build(deck_of(tmp_path / "more", {"practice.md": tmp_path / "practice.md"}))
    assert any("questions without answers" in s or "questions and no answers" in s for s in said), said


# --- T44-8: notes titled by their file's name -------------------------------------------------------------------------------


def test_every_top_heading_of_a_file_titled_note_names_the_note(tmp_path: Path) -> None:
    """T44-8 (medium): an Obsidian note without a title heading ('Nuclear Physics.md' / '## Decay' / '## Half-Life' /
    '## Properties of Radiation' / '## Fission and Fusion'). Before: the one- and two-word headings were fronted by the
    file's name (T43-2) and the longer ones not, one note read two ways. Now every one is; a heading that already holds
    the note's name ('## Laws of Motion' in 'Motion.md') and a question keep their own words."""
    notes, _ = _build(deck_of(tmp_path, {"Nuclear Physics.md": TRIAL / "t44-8-file-titled-notes" / "Nuclear Physics.md"}))
    assert [note_front(n) for n in notes] == [
        "Nuclear Physics › Decay",
        "Nuclear Physics › Half-Life",
        "Nuclear Physics › Properties of Radiation",
        "Nuclear Physics › Fission and Fusion",
    ], [note_front(n) for n in notes]
    page = "## Laws of Motion\n\nA body at rest stays at rest.\n\n## What is momentum?\n\nMass times velocity.\n\n## Units\n\nNewtons.\n"
    (tmp_path / "Motion.md").write_text(page, encoding="utf-8")
    notes, _ = _build(deck_of(tmp_path / "more", {"Motion.md": tmp_path / "Motion.md"}))
    assert [note_front(n) for n in notes] == ["Laws of Motion", "What is momentum?", "Motion › Units"], [note_front(n) for n in notes]
