"""Fifty-seventh sitting, finder: findings of trial 57 (real public interview question banks: an iOS README of toggled
answers, a .NET question bank, a Kubernetes practice bank of one question per file; docs/trials/trial57.md) fixed: a
list of toggled questions one of whose answers ends in HTML right over its ``</details>`` is still read, each entry a
card (T57-1), its tab-indented answers text, not code (T57-7); a reading list of ``Label: [title](url)`` entries is no
glossary (T57-2); a page's own legend of its level markers sets their levels (T57-4); a follow-up's bold ``**A**:``
label over its points is no part of the back (T57-5)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.defined_bullets import defined, defined_list
from compiler.sources.difficulty import Difficulty, legend_levels

TRIAL = Path(__file__).parent / "data" / "trials" / "trial57"


# --- T57-1, T57-7: a list of questions each over its answer toggle ------------------------------------------------


def test_a_toggle_ending_in_a_table_costs_no_question_of_its_list(tmp_path: Path) -> None:
    """T57-1 (high): '- 🟩 [question](link)' / '\\t<details>' / '\\t\\t<summary>Answer</summary>' / the answer /
    '\\t</details>', one answer ending with '\\t</table>' right over its '\\t</details>' (one HTML block). Before: no card
    of the six, the list 'text outside any question' (the iOS README lost its Swift section, 37 questions). Now six
    cards, the table on its answer's back; the answers are paragraphs with inline code, not code blocks (T57-7: the
    tab that indents them under their entry was read as code, 131 of the README's 151 backs monospaced)."""
    notes, _, messages = built_notes(tmp_path, {"swift.md": TRIAL / "toggle-list-html-before-close.md"})
    cards = {note_front(n): n for n in notes}
    assert len(notes) == 6, list(cards)
    opaque = cards["When would you return an opaque type instead of a protocol type?"]
    assert "<table>" in opaque["fields"]["Answer"] and "Different types" in note_back(opaque), opaque["fields"]
    assert "</details>" not in opaque["fields"]["Answer"], opaque["fields"]
    nil = cards["What does the nil coalescing operator do?"]["fields"]["Answer"]
    assert nil.startswith("<p>It unwraps an optional") and "<code>nil</code>" in nil and "<pre" not in nil, nil
    assert not any("under the heading 'Swift'" in m for m in messages), messages


def test_the_page_s_legend_gives_its_colour_markers_their_levels(tmp_path: Path) -> None:
    """T57-4 (medium): '- 🟩 Beginner question' / '- 🟧 Intermediate question' / '- 🟥 Advanced question' on the page:
    its markers are easy, medium and hard (before: all three guessed medium); a marker followed by its question is an
    item's, no legend; a word that names no level is none."""
    notes, _, messages = built_notes(tmp_path, {"swift.md": TRIAL / "toggle-list-html-before-close.md"})
    levels = {note_front(n): n["difficulty"] for n in notes}
    assert levels["What does the nil coalescing operator do?"] == "easy", levels
    assert levels["When would you return an opaque type instead of a protocol type?"] == "medium", levels
    assert next(v for k, v in levels.items() if k.startswith("What is the difference between weak")) == "hard", levels
    table = next(m for m in messages if "difficulty = {" in m)
    assert '"🟩" = "easy", "🟧" = "medium", "🟥" = "hard"' in table, table
    lines = ["- 🟩 [What is a UUID?](x)", "Legend: ⭐ Easy · ⭐⭐ hard", "🔥 = expert", "🚀 rocket science"]
    assert legend_levels(lines, ["🟩", "⭐", "🔥", "🚀"]) == {"⭐": Difficulty.easy, "🔥": Difficulty.hard}


# --- T57-2: a reading list's labelled links -------------------------------------------------------------------------


def test_a_reading_list_of_labelled_links_is_no_glossary(tmp_path: Path) -> None:
    """T57-2 (high): '## What to learn next' / '- Official documentation: [Volume snapshot classes](https://…)' / …
    Before: a card per entry ('Official documentation' → 'Volume snapshot classes'; 139 in the Kubernetes bank) and
    'the answer is only a link elsewhere' for others. Now the page's one question is its one card, the list said as a
    reading list. A term defined in words that hold a link is still a term."""
    notes, _, messages = built_notes(tmp_path, {"snapshots.md": TRIAL / "practice-questions" / "volume-snapshots.md"})
    assert [note_front(n) for n in notes] == [
        "How would you bring a database back from last night's volume snapshot after a bad migration corrupted its volume?"
    ], [note_front(n) for n in notes]
    assert "Stop writes first" in note_back(notes[0])
    assert not any("only a link elsewhere" in m for m in messages), messages
    assert sum("reading list" in m for m in messages) >= 1, messages
    assert defined("Official documentation: [Volume snapshots](https://example.com/docs)") is None
    assert defined("Hands-on guide: <https://example.com/tasks/snapshot>") is None
    assert defined("bias: error from wrong assumptions, see [the notes](https://example.com/bias)") == (
        "bias",
        "error from wrong assumptions, see [the notes](https://example.com/bias)",
    )
    assert defined_list(["- bias = error from wrong assumptions", "- variance = error from sensitivity to data", "- L1 → sparse weights"])


# --- T57-5: a follow-up's bold answer label over its points ---------------------------------------------------------


def test_a_bold_answer_label_over_the_answer_s_points_is_no_part_of_the_back(tmp_path: Path) -> None:
    """T57-5 (low): '1. **Q: When should you use var?**' / '   - **A**: Use var when:' / its nested points. Before: the back
    'A: Use var when:' over the points. Now 'Use var when:' leads them; a one-line '- **A**: …' reads as before."""
    notes, _, _ = built_notes(tmp_path, {"basics.md": TRIAL / "follow-up-answer-labels.md"})
    cards = {note_front(n): n for n in notes}
    var = cards["When should you use var?"]
    assert note_back(var).startswith("Use var when:"), note_back(var)
    assert "The type is obvious from the right side of the assignment" in note_back(var)
    assert "<li>" in var["fields"]["Answer"], var["fields"]
    loop = cards["What's the difference between break and continue?"]
    assert plain_text(loop["fields"]["Answer"]).startswith("break leaves the loop"), loop["fields"]


# --- T57-3: a page titled by a task over its own question and an answer heading -------------------------------------


def test_a_task_title_over_the_page_s_own_question_reads_as_its_siblings(tmp_path: Path) -> None:
    """T57-3 (medium): 'title: Explain the roles of the kubelet and the kube-proxy' / '# Explain …' / 'What does each of
    the two node agents do …?' / '## Answer guide' / points / '## References' … Before: layout 'note', one card fronted
    by the title, the question, the answer and both reading lists on its back, where the bank's other pages read as a
    card of their question. Now both pages of the folder read alike: the question the front, the answer guide the back,
    the reading lists on no card; one table for the folder."""
    folder = TRIAL / "practice-questions"
    notes, _, messages = built_notes(tmp_path, {f"bank/{name}": folder / name for name in ("node-roles.md", "volume-snapshots.md")})
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == [
        "How would you bring a database back from last night's volume snapshot after a bad migration corrupted its volume?",
        "What does each of the two node agents do, and what breaks when one of them stops?",
    ], fronts
    roles = next(n for n in notes if note_front(n).startswith("What does each"))
    assert note_back(roles).startswith("The kubelet runs the Pods"), note_back(roles)
    assert "Official documentation" not in note_back(roles) and "Node components" not in note_back(roles), note_back(roles)
    assert not any("read as layout 'note'" in m for m in messages), messages


# --- lint: 'use' as a noun after a preposition ----------------------------------------------------------------------


def test_use_as_a_noun_right_after_a_preposition_is_no_missing_object() -> None:
    """Trial 57's real deck: `deckc lint` exited 1 on two 'missing-object' holes in the iOS README, 'its ease of ⟦use and⟧
    performance' and 'invalidate timers when not in ⟦use and⟧ use system callbacks': 'use' is the noun there, right after
    a preposition (as 'for mouse use and' one word after it). A verb that lost its object is still a hole."""
    from compiler.lint import text_holes

    assert text_holes("SpriteKit is often the better choice due to its ease of use and performance.") == []
    assert text_holes("Invalidate timers when not in use and use system callbacks when possible.") == []
    assert [s.rule for s in text_holes("Set the weights to use or near-zero values.")] == ["missing-object"]


def test_the_table_says_its_levels_come_from_the_page_s_legend(tmp_path: Path) -> None:
    """T57-4: the build's message says the markers' levels are the legend's, not guesses to check."""
    _, _, messages = built_notes(tmp_path, {"swift.md": TRIAL / "toggle-list-html-before-close.md"})
    said = next(m for m in messages if "read as layout 'markdown'" in m)
    assert "difficulty from its 3 markers, at the levels its legend gives them" in said, said
    assert "guesses" not in said, said


# --- T57-10: one question whose answer goes on under headings of its level -----------------------------------------


def test_one_question_s_answer_goes_on_under_headings_of_its_own_level(tmp_path: Path) -> None:
    """T57-10 (medium): '# Question 4 - LINQ' / '## How can LINQ group and aggregate data?' / its introduction /
    '## Grouping Data' / text and code / '## Aggregating Data' / text and code (a C# folder of one question per file).
    Before: three cards, the question's back its introduction alone, 'Grouping Data' and 'Aggregating Data' cards of
    their own. Now one card, both parts on its back. A page whose first question is answered in full before its topic
    headings, and one that asks last, keep their cards."""
    notes, _, messages = built_notes(tmp_path, {"linq.md": TRIAL / "one-question-sections.md"})
    assert [note_front(n) for n in notes] == ["How can LINQ group and aggregate data?"], [note_front(n) for n in notes]
    back = note_back(notes[0])
    assert back.startswith("LINQ offers several methods") and "GroupBy groups the elements" in back and "Sum , Min" in back, back
    assert not any("statement heading" in m for m in messages), messages
    answered = (
        "# Docker\n\n## What is Docker?\n\nDocker runs applications in containers: isolated processes that share the host's\n"
        "kernel but have their own filesystem, network and process tree. Images are built from layers, and a registry\n"
        "stores them so that any machine can pull and run the same image, which is why teams ship software with it\n"
        "and why it became the usual unit of deployment for services of every size.\n\n"
        "## Images\n\nA read-only template built from a Dockerfile.\n\n## Volumes\n\nStorage that outlives a container.\n"
    )
    asks_last = "## TCP vs UDP\n\nTCP is reliable; UDP is not.\n\n## HTTP vs HTTPS\n\nHTTPS encrypts.\n\n## What is a deadlock?\n\nTwo threads wait for each other.\n"
    unrelated = "## What is Docker?\n\nDocker runs applications in containers.\n\n## Images\n\nA read-only template.\n\n## Volumes\n\nStorage that outlives a container.\n"
    notes, _, _ = built_notes(tmp_path / "b", {"docker.md": answered, "nets.md": asks_last})
    short, _, _ = built_notes(tmp_path / "c", {"docker.md": unrelated})
    assert sorted(note_front(n) for n in short) == ["Images", "Volumes", "What is Docker?"], [note_front(n) for n in short]
    fronts = sorted(note_front(n) for n in notes)
    assert "Images" in fronts and "Volumes" in fronts and "What is Docker?" in fronts, fronts
    assert "HTTP vs HTTPS" in " ".join(fronts) and "What is a deadlock?" in fronts, fronts


def test_a_page_whose_title_asks_over_a_more_precise_question_reads_as_its_siblings(tmp_path: Path) -> None:
    """T57-3 follow-up: 'title: How do you triage a sudden p99 latency jump?' over 'At 09:10 the p99 … How do you triage
    it?' / '## Answer guide' (a task, 'Walk through what … and name the race …', likewise): the stated paragraph is on
    the front (under the heading that repeats the title), as on the bank's other pages; before, one note fronted by the title whose back held the paragraph, 'Answer
    guide', the answer, 'References' and 'What to learn next' with their links (68 of 1,100 pages of the bank)."""
    notes, _, _ = built_notes(tmp_path, {"latency.md": TRIAL / "practice-questions" / "latency-triage.md"})
    assert len(notes) == 1 and note_front(notes[0]).endswith(
        "At 09:10 the p99 of one endpoint went from 200 ms to 1 s while p50 and the error rate stayed flat. How do you triage it?"
    ), [note_front(n) for n in notes]
    back = note_back(notes[0])
    assert back.startswith("A p99 that moves while p50 stays") and "Answer guide" not in back and "Histograms" not in back, back
