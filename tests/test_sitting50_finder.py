"""Fiftieth sitting, finder: findings of trial 50 (real public documents: the Swift book's guided tour in DocC
Markdown, Rust by Example, the Rust book's quizzes, Microsoft Learn FAQs in YAML, a JSON bank of interview questions,
the sysadmin interview README, exercism's exercise pages, a coding-challenge notebook, an algorithms README in four
languages; docs/trials/trial50.md) fixed: a DocC aside that asks is no question answered by the tour's next paragraph
(T50-1); a format string in a code span is the code's, never a kramdown attribute list (T50-2); a chapter's
definition under its title is its card after a one-sentence abstract or with its title glossed in brackets (T50-3)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial50"


# --- T50-1: DocC asides that ask ----------------------------------------------------------------------------------------


def test_an_aside_that_asks_stays_in_its_sections_card(tmp_path: Path) -> None:
    """T50-1 (high): the Swift book's tour sets exercises apart as DocC asides (``> Experiment: Try removing the
    default case.`` / ``> What error do you get?``). With two of them on a page, each was read as a quoted question
    and the tour's next paragraph, which goes on about something else, as its answer: a card asking 'What error do you
    get?' answered 'Notice how let can be used in a pattern.'. Now an aside (a quote opening with its name and a colon)
    is a callout of its section's text: each section one card, the experiment where the page puts it."""
    notes, skipped, _ = built_notes(tmp_path, {"tour.md": TRIAL / "docc-tour.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Values", "Branches", "Failures"}
    assert not any(front.startswith("Experiment") for front in cards)
    values = cards["Values"]
    assert values.index("Experiment: Remove the type from the last line. What error do you get?") < values.index(
        "A name written with keep can never be given a second value."
    )
    assert "Every when must cover every reading" in cards["Branches"]
    assert "Note: Handlers are tried from top to bottom." in cards["Failures"]
    assert skipped == []


def test_quoted_questions_over_their_answers_are_still_cards(tmp_path: Path) -> None:
    """T50-1, the shape the quoted-question rule is for (trial26 T26-34): notes that set each question apart as a quote,
    its answer the text under it, are a card each still; only a quote opening with an aside's name is a callout."""
    page = (
        "# Networking notes\n\n> How do I find which process listens on port 8080?\n\n`ss -ltnp | grep 8080`\n\n"
        "> Which file maps host names to addresses before DNS?\n\n`/etc/hosts`, read first by the resolver.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "How do I find which process listens on port 8080?": "ss -ltnp | grep 8080",
        "Which file maps host names to addresses before DNS?": "/etc/hosts , read first by the resolver.",
    }


# --- T50-2: format strings in code spans ---------------------------------------------------------------------------------


def test_a_format_string_in_a_code_span_is_kept(tmp_path: Path) -> None:
    """T50-2 (high): Rust by Example writes its format strings in code spans (``the debug format `{:?}```). A kramdown
    attribute list after a span (``**Economics**{: data-type="term"}``) is layout, and the rule took the span's own
    ``{:?}`` for one: the card read 'use the debug format instead of `{}`', the specifier gone and the next code span
    broken. Now an attribute list is a list of classes, ids and keys, never inside a code span: ``{:?}``, ``{:#?}``,
    ``{:0>2}`` and ``{:02X}`` are on the cards; ``{: .no_toc}`` and a span's ``{: .cmd}`` are still no text."""
    notes, _, said = built_notes(tmp_path, {"fmt.md": TRIAL / "rust-format.md"})
    cards = {note_front(n): n for n in notes}
    debug = cards["How do I print a value for debugging?"]["fields"]["Answer"]
    assert "<code>{:?}</code>" in debug and "<code>{}</code>" in debug and "<code>{:#?}</code>" in debug
    pad = note_back(cards["How do I pad a number with zeros?"])
    assert "{:0>2} pads to two digits, {:02X} prints two hex digits." in pad
    assert "Run cargo doc to read" in pad and "{:" not in pad.replace("{:0>2}", "").replace("{:02X}", "")
    assert not any("no_toc" in note_back(n) or "no_toc" in note_front(n) for n in notes)
    assert not any("fmt.md:2" in s for s in said)


# --- T50-3: a chapter's definition under its title ------------------------------------------------------------------------


def test_a_chapter_opening_with_an_abstract_keeps_its_definition_card(tmp_path: Path) -> None:
    """T50-3 (medium): a DocC page opens with a one-sentence abstract under its title ('# Closures' / 'Group code that
    executes together, without creating a named function.'), then the definition ('*Closures* are self-contained blocks
    …'). The title's text is a card when it defines the title (T28-51), and only the first paragraph was looked at: the
    chapter's definition was in no card, five 'text outside any question' warnings instead. Now one abstract sentence
    is passed over: the title's card holds the abstract, the definition and the rest of its text."""
    notes, _, said = built_notes(tmp_path, {"gen.md": TRIAL / "docc-chapter.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Generators", "Yielding values", "Closing a generator"}
    assert cards["Generators"].startswith("Produce values one at a time, on demand. Generators are functions that hand back")
    assert "Generator expressions, written inline in parentheses." in cards["Generators"]
    assert not any("outside any question" in s for s in said)


def test_a_title_glossed_in_brackets_is_named_by_either_part(tmp_path: Path) -> None:
    """T50-3: the algorithms READMEs translated into Portuguese title a page '# Lista Encadeada (Linked List)' over
    'uma **lista encadeada** é …': the English gloss was taken for words the definition must name, so the definition
    card the English, Japanese and Chinese pages have was lost in this one. Now either part of the title names it."""
    notes, skipped, said = built_notes(tmp_path, {"fila.md": TRIAL / "glossed-title.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Fila de Prioridade (Priority Queue)", "Operações"}
    assert cards["Fila de Prioridade (Priority Queue)"].startswith("Na ciência da computação, uma fila de prioridade é")
    assert [s["question"] for s in skipped] == ["Referências"]
    assert not any("outside any question" in s for s in said)


def test_a_title_over_an_introduction_is_still_no_card(tmp_path: Path) -> None:
    """T50-3, the shape the rule keeps out (T28-51): a one-line introduction of the notes, then text that does not
    define the title, is no card of the title's; the sub-headings' cards are made."""
    page = "# Bloom Filter\n\nThese are my notes.\n\nI wrote them for the exam in May.\n\n## False positives\n\nA lookup may say yes wrongly.\n"
    notes, _, said = built_notes(tmp_path, {"bloom.md": page})
    assert [note_front(n) for n in notes] == ["False positives"]
    assert any("bloom.md:3: warning: text outside any question" in s for s in said)


# --- T50-4, T50-6: a JSON bank's labels and comments --------------------------------------------------------------------


def test_a_banks_joined_key_is_a_label_in_words_and_its_comments_no_text(tmp_path: Path) -> None:
    """T50-4 (medium), T50-6 (medium): the 30-seconds-of-interviews bank adds ``goodToHear`` and ``links`` lists to its
    records, and one answer opens with its template's ``<!-- Your answer goes here. -->``. Before: every back read
    ``goodToHear:`` over its list, and that back opened with the comment as text. Now a key of joined words is a label in
    words (``Good to hear:``; a plain word, ``links``, as written), and an HTML comment is no text, one inside code (a
    fence, a code span) kept as the code's."""
    notes, _, _ = built_notes(tmp_path, {"bank.json": TRIAL / "interview-bank.json"})
    cards = {note_front(n): note_back(n) for n in notes}
    sizing = cards["What does box-sizing: border-box change?"]
    assert sizing.startswith("The width and height include the padding and the border")
    assert "<!--" not in sizing and "goodToHear" not in sizing
    assert "Good to hear: The default is content-box ." in sizing and "links: MDN: box-sizing" in sizing
    comment = cards["How do you write a comment in HTML?"]
    assert comment.startswith("Between <!-- and --> ; the browser shows nothing of it: <!-- a note for the next developer -->")
    assert "Good to hear: A comment cannot hold -- ." in comment


# --- T50-7: DocC links ---------------------------------------------------------------------------------------------------


def test_a_docc_link_shows_the_name_of_what_it_links(tmp_path: Path) -> None:
    """T50-7 (low): the Swift book links its pages as ``<doc:Functions>`` and their sections as
    ``<doc:Closures#Capturing-Values>``; Markdown read each as an autolink showing its target
    (``doc:Functions#Nested-Functions``). Now each shows the section's title or the page's name."""
    notes, _, _ = built_notes(tmp_path, {"gen.md": TRIAL / "docc-chapter.md"})
    first = note_back(next(n for n in notes if note_front(n) == "Generators"))
    assert "without building it in memory, as Lazy Sequences do; see also Functions." in first
    assert "doc:" not in first


# --- T50-5: an activity's tasks --------------------------------------------------------------------------------------------


def test_an_activity_of_numbered_tasks_with_code_is_skipped_as_tasks(tmp_path: Path) -> None:
    """T50-5 (medium, in part): Rust by Example ends a page with '### Activity' over numbered tasks, one of them showing
    the output it expects in a ```` ```text ```` block. Without code the list was skipped as the course's tasks; with it
    the heading was a card, 'Activity' over the tasks to do. Now a task's code is part of the task: skipped and said."""
    notes, skipped, said = built_notes(tmp_path, {"slices.md": TRIAL / "rbe-activity.md"})
    assert [note_front(n) for n in notes] == ["Slices"]
    assert {s["question"]: s["skipped"] for s in skipped}["Activity"].startswith("a list of the course's objectives, tasks")
    assert any(s.startswith("sources/slices.md:12: warning: 'Activity' is over a list of the course's objectives") for s in said)


def test_a_title_over_only_tasks_and_links_is_the_pages_card(tmp_path: Path) -> None:
    """T50-3: Rust by Example's 'Structures' page: its text under the title does not define the title ('There are three
    types of structures …:' over a list and code), and its only sub-headings are '### Activity' (the course's tasks) and
    '### See also' (a link): no card at all, alone the build stopped with "no note". The title's text is the page's card
    when no other heading gives one; the line of links to the page in other languages (its full stop after the last
    link too) is on no card."""
    notes, skipped, _ = built_notes(tmp_path, {"enums.md": TRIAL / "notes-no-definition.md"})
    assert [note_front(n) for n in notes] == ["Enumerations"]
    back = note_back(notes[0])
    assert back.startswith("Three kinds of variants can be declared with the enum keyword: Unit variants, which carry nothing.")
    assert "other languages" not in back and "Español" not in back
    assert [s["question"] for s in skipped] == ["Activity"]
