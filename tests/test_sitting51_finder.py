"""Fifty-first sitting, finder: findings of trial 51 (real public documents: an OpenStax biology book in kramdown, the
`cheat` tool's command sheets, the Ruby style guide in AsciiDoc, Elixir's ExDoc cheat sheets, mypy's and
typescript-eslint's FAQs, the tech interview handbook; docs/trials/trial51.md) fixed: a textbook box's question is never
answered by the paragraph after the box (T51-1); a cheat sheet's comment run over its commands is one card (T51-2); an
AsciiDoc title's inline anchor, conditionals and footnotes (T51-3); '[link]' cross-reference placeholders (T51-4);
``.cheatmd`` pages (T51-8); a converted page's messages name the file's lines (T51-9)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial51"


# --- T51-1 / T51-4: a textbook's boxes and cross-references ------------------------------------------------------------


def test_a_question_in_a_box_takes_no_answer_from_after_the_box(tmp_path: Path) -> None:
    """T51-1 (high): OpenStax's Biology sets questions on a figure in boxes (``<div data-type="note"
    class="art-connection" markdown="1">``, a title, the figure, the question, ``</div>``) and answers them at the
    chapter's end. On a page with other questions, the question in the box was a card and the book's next paragraph,
    about something else, its answer ('… show the recessive trait?' → 'Family trees show how a trait passes …'). Now a
    box that ends asking is a question without its answer: skipped and said, the chapter-end card stays."""
    notes, skipped, messages = built_notes(tmp_path, {"boxes.md": TRIAL / "textbook-boxes.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert not any("Family trees" in back or "Sex-linked" in back for back in cards.values())
    asked = "In a cross between two carriers of a recessive allele, what fraction of the offspring is expected to show the recessive trait?"
    assert cards[asked] == "One quarter of the offspring."
    assert cards["Which individuals in the pedigree must be carriers?"] == "Both parents of every affected child."
    assert cards["An allele that is masked in a heterozygote is called ________."].startswith("B) recessive")
    assert sorted((s["line"], s["question"]) for s in skipped) == [
        (26, asked),
        (39, "Which individuals in the pedigree must be carriers?"),
    ]
    assert any("boxes.md:26:" in m and "asks this question in a box with no answer in it" in m for m in messages)
    assert not any("![" in back or "Art Connection" in back for back in cards.values())


def test_link_placeholders_are_no_text(tmp_path: Path) -> None:
    """T51-4 (medium): the book's cross-references are links whose text is a placeholder its build fills in
    (``[[link]](#fig-ch01_02) In a cross …``, ``… the dominant trait ([\\[link\\]](#fig-ch01_01)).``): every front and
    back of the chapter-end questions opened with the word 'link'. Now such a link is no text; a link with words of its
    own, or to another page, is kept."""
    notes, _, _ = built_notes(tmp_path, {"boxes.md": TRIAL / "textbook-boxes.md"})
    assert not any(note_front(n).startswith("link") or note_back(n).startswith("link") for n in notes)
    page = (
        "# Cells\n\n## What does the nucleus hold?\n\nThe cell's DNA ([\\[link\\]](#fig-1)), see [the nucleus](#nucleus) "
        "and [link](https://example.org/link).\n"
    )
    notes, _, _ = built_notes(tmp_path / "two", {"cells.md": page})
    assert [note_back(n) for n in notes] == ["The cell's DNA, see the nucleus and link ."]


# --- T51-2: cheat sheets ------------------------------------------------------------------------------------------------


def test_a_comment_run_over_its_commands_is_one_card(tmp_path: Path) -> None:
    """T51-2 (high): a ``cheat`` sheet's comment is often more than one line: a note under the task (``# To undo the
    very first commit of a branch:`` / ``# Running git reset --hard HEAD~1 there fails with:`` / ``# fatal: …``), a
    label before a colon (``# Labels: To delete a label locally``), a note after the commands. Each ``#`` line was an
    item of its own: the task skipped as unanswered, the last note the front ('fatal'), the label the front ('Labels',
    three times: the three commands merged into one note) and the task the back. Now the comment is the front whole and
    its notes stay on the back as the comments they are, over or under its commands."""
    notes, skipped, messages = built_notes(tmp_path, {"git": TRIAL / "cheat-git"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "To show the current status:": "git status",
        "To undo the very first commit of a branch:": "# Running git reset --hard HEAD~1 there fails with: "
        "# fatal: ambiguous argument 'HEAD~1': unknown revision git update-ref -d HEAD",
        "Commit with a date in the past": 'git commit --date="2 days ago" # older versions need a full date instead',
        "Labels: To create an annotated label": 'git tag -a <name> -m "<message>"',
        "Labels: To delete a label on the remote": "git push --delete origin <name>",
        "Labels: To delete a label locally": "git tag -d <name>",
        "To compare two files outside any repository:": "# See: https://git-scm.com/docs/git-diff git diff --no-index <a> <b>",
        "To list the branches that were merged into the current one, as a long list with their last commits:": "git branch --merged -v",
    }
    assert skipped == []
    assert not any("no answer" in m for m in messages)


def test_comment_lines_over_no_command_are_no_card(tmp_path: Path) -> None:
    """T51-2: a paragraph of comments with no command under it (``# For more information, see:`` / ``# http://…``) is
    no card with a link for its answer: its first line is said unanswered, as before."""
    sheet = (
        "# To connect on another port:\nssh -p <port> <user>@<host>\n\n# For more information, see:\n"
        "# https://example.org/ssh\n\n# To forward the agent:\nssh -A <user>@<host>\n\n# To tunnel X:\nssh -X <user>@<host>\n\n"
        "# To run one command:\nssh -t <user>@<host> uptime\n\n# To use a key file:\nssh -i <key> <user>@<host>\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"ssh": sheet})
    assert {note_front(n): note_back(n) for n in notes} == {
        "To connect on another port:": "ssh -p <port> <user>@<host>",
        "To forward the agent:": "ssh -A <user>@<host>",
        "To tunnel X:": "ssh -X <user>@<host>",
        "To run one command:": "ssh -t <user>@<host> uptime",
        "To use a key file:": "ssh -i <key> <user>@<host>",
    }
    assert [(s["line"], s["question"]) for s in skipped] == [(4, "For more information, see:")]


# --- T51-3 / T51-9: AsciiDoc ---------------------------------------------------------------------------------------------


def test_an_asciidoc_titles_anchor_is_no_text(tmp_path: Path) -> None:
    """T51-3 (medium): the Ruby style guide gives each rule's title an inline anchor (``=== Indentation
    [[indentation]]``): all 300 fronts ended in the anchor's id ('Indentation indentation', 'Quoting? [[quoting]]'),
    ``ifdef::env-github[]`` / ``endif::[]`` lines were printed on the introduction's card and ``footnote:[…]`` as written.
    Now the anchor and the conditional's lines are no text and a footnote reads in brackets where it stands."""
    notes, _, messages = built_notes(tmp_path, {"style.adoc": TRIAL / "style-guide.adoc"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Indentation": "Indent with two spaces; never use tabs.",
        "Line Length": "Keep lines under 80 characters. (Terminals of 80 columns are still common.)",
        "Quoting?": 'Quote every expansion: "$var" , never $var .',
    }
    assert not any("ifdef" in m or "endif" in m for m in messages)


def test_a_converted_pages_message_names_the_files_lines(tmp_path: Path) -> None:
    """T51-9 (low): a message about a converted page (AsciiDoc, reStructuredText) named the heading above unread text
    by its line in the converted Markdown ('under the heading 'Introduction' at line 3' for a title at line 8; 4570 for
    4827 in the style guide). The lines a message names in its words are the file's now, as its own line is."""
    _, _, messages = built_notes(tmp_path, {"style.adoc": TRIAL / "style-guide.adoc"})
    outside = [m for m in messages if "under the heading 'Introduction'" in m]
    assert outside and all("at line 8," in m for m in outside), outside
    assert outside[0].startswith("sources/style.adoc:11:")  # (the TIP between the conditional's lines)


# --- T51-8: ExDoc cheat sheets --------------------------------------------------------------------------------------------


def test_an_exdoc_cheat_sheet_is_read_as_markdown(tmp_path: Path) -> None:
    """T51-8 (low): Elixir's cheat sheets are ExDoc's ``.cheatmd`` pages, Markdown with kramdown attributes
    (``{: .col-2}``). The build said "not read" and, with no other file, stopped: the deck would be empty. Now they are
    Markdown: a card per heading over its code, in its section."""
    notes, _, _ = built_notes(tmp_path, {"lists-cheat.cheatmd": TRIAL / "exdoc" / "lists-cheat.cheatmd"})
    assert [(n["sections"][-1], note_front(n), note_back(n)) for n in notes] == [
        ("lists-cheat::Building", "Prepend an element", "[ 0 | [ 1 , 2 ]]"),
        ("lists-cheat::Building", "Concatenate two lists", "[ 1 , 2 ] ++ [ 3 ]"),
        ("lists-cheat::Reading", "First element", "hd([ 1 , 2 , 3 ])"),
        ("lists-cheat::Reading", "All but the first", "tl([ 1 , 2 , 3 ])"),
    ]


# --- T51-6: a rule's list of code entries -------------------------------------------------------------------------------


def test_a_rules_list_of_punctuation_entries_is_its_answer(tmp_path: Path) -> None:
    """T51-6 (medium): the Ruby style guide's *Percent Literal Braces* rule is a sentence over a list of entries whose
    code is only punctuation (`` * `()` for string literals``, `` * `[]` for array literals``). Such a list was read as a
    command reference, a card each: fronts ``()`` (twice), ``[]``, ``{}``, the rule itself "text outside any question"
    and, on a page of few rules, every other rule too. A code term holds a letter or a digit (a command, a function, an
    option); punctuation alone is the rule's text: the rule is its card, the list on its back."""
    notes, _, messages = built_notes(tmp_path, {"guide.adoc": TRIAL / "rule-with-list.adoc"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Quote Characters", "Arrays", "Tests"}
    assert cards["Quote Characters"].startswith("Pick the quotes that suit what the string holds. '' for literal text")
    assert not any("text outside any question" in m for m in messages)
    reference = "# Docker\n\n## Containers\n\n- `docker create` creates a container.\n- `docker start` starts it.\n- `docker rm` removes it.\n"
    notes, _, _ = built_notes(tmp_path / "two", {"docker.md": reference})
    assert [note_front(n) for n in notes] == ["docker create", "docker start", "docker rm"]


# --- T51-11: no answer key named where there is none ----------------------------------------------------------------------


def test_a_title_pairing_solutions_with_another_word_is_no_answer_key() -> None:
    """T51-11 (low): mypy's *Common issues and solutions* page was said to have 'the key at line 1' (its title), which
    'answers none' of its questions: a title that pairs the key's word with another ('… and solutions', 'Questions &
    Answers') heads no answer key; 'Solutions', 'Answer key', 'Chapter 3 solutions' still do."""
    from compiler.read import KEY_HEADING

    assert not any(KEY_HEADING.match(t) for t in ("# Common issues and solutions", "## Questions & Answers", "# Problems And Solutions"))
    assert all(KEY_HEADING.match(t) for t in ("## Solutions", "# Answer key", "### Chapter 3 solutions"))


# --- T51-5: a checklist whose marks a legend names ---------------------------------------------------------------------


def test_a_legend_marked_checklist_is_a_card_a_row(tmp_path: Path) -> None:
    """T51-5 (medium): the interview handbook's checklist names its marks in a legend (``- ✅ = Do`` / ``- ❌ = Don't``)
    over tables of a mark and a sentence a row. Read as a numbered quiz, a few rows were 'True or false: …' → 'True',
    a row with brackets "no answer" and most rows "text outside any item". Now every row is a card, asked with the
    legend's words, the word its mark stands for its answer, in its section."""
    notes, skipped, messages = built_notes(tmp_path, {"review.md": TRIAL / "checklist-table.md"})
    assert [(n["sections"][-1], note_front(n), note_back(n)) for n in notes] == [
        ("review::Before the review", "Do or Don't: Read the linked issue first.", "Do"),
        ("review::Before the review", "Do or Don't: Check out the branch and run the tests locally (unit, integration, lint).", "Do"),
        ("review::Before the review", "Do or Don't: Start reviewing a change of more than a thousand lines in one sitting.", "Don't"),
        ("review::During the review", "Do or Don't: Ask questions instead of giving orders.", "Do"),
        ("review::During the review", "Do or Don't: Point to the line you mean, with a suggestion where possible.", "Do"),
        ("review::During the review", "Do or Don't: Comment on style a formatter would fix.", "Don't"),
    ]
    assert skipped == []
    assert not any("True or false" in m or "outside any item" in m for m in messages)


def test_a_table_of_marks_without_a_legend_is_left_alone(tmp_path: Path) -> None:
    """T51-5: with no legend naming the marks, a table of ✅ / ❌ rows is read as before (the words are the page's to
    give), and a legend whose marks no table uses changes nothing."""
    from compiler.sources.legend_tables import legend_tables

    page = "# Steps\n\n| | Step |\n| --- | --- |\n| ✅ | Back up the disk. |\n| ❌ | Skip the checksum. |\n"
    assert legend_tables(page.split("\n")) == page.split("\n")
    legend_only = ["- ✅ = Do", "- ❌ = Don't", "", "| Term | Meaning |", "| --- | --- |", "| RAM | memory |"]
    assert legend_tables(legend_only) is legend_only
