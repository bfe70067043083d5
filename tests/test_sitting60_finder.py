"""Sixtieth sitting, finder: findings of trial 60 (real public documents: a course's lessons and quiz bank, a VS Code
spaced-repetition extension's notes, JLPT vocabulary kept as CSV, a course framework's chapter of exercises;
docs/trials/trial60.md) fixed: a picture whose relative path climbs out of the deck folder is looked for inside it and
is otherwise a warning, never an error that stops the deck (T60-1); a course chapter's ``<choice>`` of ``<opt text=…>``
options is multiple choice (T60-2); a Recall note's bullet cards (``recall: bullet``) are cards, both ways when it says
``+`` (T60-3); one bank's question asked twice in two sections is said to be so, never "over different answers"
(T60-5); a challenge heading over a paragraph that only asks is no card (T60-7); a front of Roman letters among names
is no number (T60-9); ``deckc lint`` finds no hole in '(to) practice', 'if at all possible' or a dash before a
no-break space (T60-8)."""

from __future__ import annotations

import base64
from pathlib import Path

from click.testing import CliRunner
from conftest import built_notes, deck_of, note_back, note_front

from compiler.cli import main
from compiler.decisions import Decisions, DedupeSettings
from compiler.diagnostics import Diagnostics
from compiler.lint import text_holes
from compiler.model import Block, BlockKind, Item, Locator
from compiler.passes import dedupe
from compiler.similarity import HashEmbedder

TRIAL = Path(__file__).parent / "data" / "trials" / "trial60"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


# --- T60-1: a lesson copied out of its repository, its pictures in a folder above it --------------------------------


def test_pictures_above_the_deck_folder_are_warnings_not_errors(tmp_path: Path) -> None:
    """T60-1 (high): a course lesson copied alone into sources/, its pictures named ``../../../images/led.png`` as the
    repository keeps them. Before: 'error: image path '../../../images/led.png' leads outside the deck folder' for each
    picture, and nothing written for the whole deck (IoT for Beginners: 16 errors stopped 1,600 notes). Now each is a
    warning, the card shows the picture's alt text, and the lesson's cards are built."""
    notes, _, said = built_notes(tmp_path, {"lesson.md": TRIAL / "lesson-pictures-above.md"})
    assert [note_front(n) for n in notes] == ["What is a sensor?", "What is an actuator?"]
    assert note_back(notes[1]) == (
        "An actuator is the opposite of a sensor: it turns a signal from a device into an action in the physical world, "
        "such as turning on a light or moving a motor. [image: An LED wired to a board]"
    ), note_back(notes[1])
    outside = [s for s in said if "leads outside the deck folder" in s]
    assert len(outside) == 2 and all(": warning: " in s for s in outside), outside
    assert (
        "sources/lesson.md:23: warning: image path '../../../images/led.png' leads outside the deck folder, not packed "
        "(nor found as sources/images/led.png or images/led.png); the card shows its alt text"
    ) in outside[1], outside


def test_a_copy_of_the_pictures_folder_inside_the_deck_is_found(tmp_path: Path) -> None:
    """T60-1: the same lesson with the course's ``images/`` folder copied into sources/: the path's rest
    (``images/led.png``) is found there and packed, as a repository-root path ``/images/led.png`` is."""
    (tmp_path / "content" / "sources" / "images").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "images" / "led.png").write_bytes(PNG)
    notes, _, said = built_notes(tmp_path, {"lessons/3-sensors.md": TRIAL / "lesson-pictures-above.md"})
    assert '<img src="led.png"' in notes[1]["fields"]["Answer"], notes[1]["fields"]["Answer"]
    assert not any("led.png" in s for s in said), said
    assert sum("leads outside the deck folder" in s for s in said) == 1, said


def test_pictures_outside_are_said_apart_from_pictures_not_found(tmp_path: Path) -> None:
    """T60-1: the warnings for pictures whose path climbs out are grouped apart from those for pictures not found.
    Before, all were one message with the first one's text ("image 'profile.jpg' not found … [17 times; also at …]"),
    the lessons' 16 pictures under another picture's reason; now each kind is one message with its own reason."""
    page = "# Notes\n\n## What is a resistor?\n\nA part that resists the current.\n\n![A resistor](resistor.png)\n"
    content = deck_of(tmp_path, {"lesson.md": TRIAL / "lesson-pictures-above.md", "notes.md": page})
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"], env={"DECKC_SERVER": "off"})
    assert result.exit_code == 0, result.output
    images = [line for line in result.output.splitlines() if ": warning: image" in line]
    assert len(images) == 2, images
    assert any("image 'resistor.png' not found" in s and "times" not in s for s in images), images
    assert any("leads outside the deck folder" in s and "[2 times" in s for s in images), images


# --- T60-2: a course chapter's <choice> of <opt text="…"> options ---------------------------------------------------


def test_course_chapter_choices_are_multiple_choice_cards(tmp_path: Path) -> None:
    """T60-2 (high): a chapter of the interactive-course framework (course-starter-python, the spaCy course):
    ``<exercise title="…">`` / the question / ``<choice>`` / ``<opt text="<code>\\"fig\\"</code>" correct="true">Yes!
    …</opt>``. Before: the options' words (in their ``text`` attribute) on no card, the key lost, the back
    '"> Negative indices count from the end, so this is not it. " correct="true"> Yes! -1 is the last element. …', and
    the next exercise's task glued onto the second question's back. Now each choice is a multiple-choice card: its
    options, the right one keyed, its feedback the explanation, the exercise's title its section."""
    notes, _, _ = built_notes(tmp_path, {"chapter2.md": TRIAL / "course-chapter-choices.md"})
    assert [n["notetype"] for n in notes] == ["deckc Multiple choice", "deckc Multiple choice"]
    first, second = (n["fields"] for n in notes)
    assert note_front(notes[0]) == 'What does fruits[-1] return for fruits = ["apple", "pear", "fig"] ?'
    assert first["Options"] == (
        '<ol><li><span class="label">A)</span> <code>"apple"</code></li><li class="correct"><span class="label">B)</span> '
        '<code>"fig"</code></li><li><span class="label">C)</span> An <code>IndexError</code></li></ol>'
    ), first["Options"]
    assert note_back(notes[0]) == 'B) "fig"' and first["Section"] == "Indexing a list"
    assert first["Explanation"] == "<p>Yes! <code>-1</code> is the last element.</p>", first["Explanation"]
    assert note_front(notes[1]) == "Which statement leaves a loop early?" and note_back(notes[1]) == "B) break"
    assert "Print every fruit" not in json_text(second), second


# --- T60-3: Recall notes' bullet cards ---------------------------------------------------------------------------


def test_recall_bullet_note_makes_a_card_per_bullet(tmp_path: Path) -> None:
    """T60-3 (high): a note for Recall (VS Code) whose front matter says ``recall: bullet``: ``# Kitchen`` / a sentence /
    ``- la cuchara: the spoon`` …. Before: 2 cards, ``Kitchen`` -> 'Words for things … la cuchara: the spoon el
    tenedor: the fork …', no word a card of its own. Now each ``-`` bullet holding the divider is a card, its nested
    bullet the back's second line (T60-4); the bullet with no divider, the ``*`` bullet and the address's ``://`` no
    card."""
    notes, _, said = built_notes(tmp_path, {"kitchen.md": TRIAL / "recall-bullet-note.md"})
    pairs = [(note_front(n), note_back(n)) for n in notes]
    assert pairs == [
        ("la cuchara", "the spoon"),
        ("el tenedor", "the fork"),
        ("el cuchillo", "the knife also: a blade"),
        ("la olla", "the pot"),
        ("cocinar", "to cook"),
        ("hervir", "to boil"),
    ], pairs
    assert notes[2]["fields"]["Answer"] == "<p>the knife<br>also: a blade</p>", notes[2]["fields"]["Answer"]
    assert {n["notetype"] for n in notes} == {"deckc Basic"}
    assert any("kitchen.md:14: warning: outline entry with no card arrow" in s for s in said), said


def test_recall_plus_mode_asks_both_ways(tmp_path: Path) -> None:
    """T60-3: ``recall: asterisk+`` (Recall's Reverse Demo: ``* molestar :: to annoy``). Before: one-way cards, and
    ``mantener``'s nested ``* conjugated like "tener"`` glued onto its back with no break (T60-4). Now reversed notes
    (``deckc Basic (and reversed)``), the nested line on a line of its own."""
    notes, _, _ = built_notes(tmp_path, {"reverse.md": TRIAL / "recall-both-ways.md"})
    assert [note_front(n) for n in notes] == ["molestar", "mantener", "sueldo"]
    assert {n["notetype"] for n in notes} == {"deckc Basic (and reversed)"}
    assert notes[1]["fields"]["Answer"] == '<p>to keep, to hold<br>conjugated like "tener"</p>', notes[1]["fields"]["Answer"]


def test_recall_header_notes_are_read_as_before(tmp_path: Path) -> None:
    """T60-3: ``recall: header`` declares no bullet cards: the note reads as it did (a card per heading over its table,
    Recall's Imperfect page)."""
    page = "# Imperfect\n\n## Irregular verbs\n\n### ser\n\n|Singular|Plural|\n|-|-|\n|era|éramos|\n\n### ir\n\n|Singular|Plural|\n|-|-|\n|iba|íbamos|\n"
    notes, _, _ = built_notes(tmp_path / "a", {"imperfect.md": "---\nrecall: header\n---\n\n" + page})
    plain, _, _ = built_notes(tmp_path / "b", {"imperfect.md": page})
    assert [note_front(n) for n in notes] == [note_front(n) for n in plain] == ["ser", "ir"], [note_front(n) for n in notes]
    assert [note_back(n) for n in notes] == [note_back(n) for n in plain]


# --- T60-7: a lesson's challenge that asks and answers nothing ----------------------------------------------------


def test_a_challenge_that_only_asks_is_no_card(tmp_path: Path) -> None:
    """T60-7 (medium): IoT for Beginners' soil lesson, ``## 🚀 Challenge`` / 'Resistive and capacitive soil moisture
    sensors have a number of differences. What are these differences …? Does this answer change …?'. Before: a card
    'Challenge' whose back was the questions (the same course's challenge that tells the reader what to do, 'List as
    many IoT devices as you can …', was already said as a task). Now no card, said once, listed as skipped."""
    notes, skipped, said = built_notes(tmp_path, {"light.md": TRIAL / "lesson-challenges.md"})
    assert [note_front(n) for n in notes] == ["What is a photoresistor?", "Review & Self Study"]
    assert [s["line"] for s in skipped] == [8], skipped
    assert any(
        "sources/light.md:8: warning: 'Challenge' asks questions it does not answer: nothing to learn on a card; the "
        "manifest lists it as skipped" in s for s in said
    ), said


# --- T60-5: one bank's question in two quizzes ------------------------------------------------------------------


def test_the_same_question_in_two_sections_is_said_to_be_so() -> None:
    """T60-5 (medium): IoT for Beginners' quiz bank asks 'IoT devices are always secure' (True / False, False right) in
    lesson 1's post-lecture quiz and lesson 10's pre-lecture quiz. Before: ``deckc dupes`` said "same source (the same
    words twice over different answers: two questions, check)", though the answers are the same. Now it names the two
    headings the question stands under."""
    def asked(line: int, section: str) -> Item:
        return Item(source="quiz", question="IoT devices are always secure", answer=[Block(kind=BlockKind.text, text="False")],
                    locator=Locator(file="sources/quiz.json", line=line), original="", section=[section])

    items = [asked(78, "Lesson 1 - Introduction to IoT: Post-Lecture Quiz"), asked(918, "Lesson 10 - Keep your plant secure: Pre-Lecture Quiz")]
    _, report = dedupe.run(items, DedupeSettings(), Decisions(), Diagnostics(), embedder=HashEmbedder())
    reasons = [p.reason for p in report.pairs]
    assert reasons == [
        "same source (the same words twice under two headings ('Lesson 1 - Introduction to IoT: Post-Lecture Quiz' / "
        "'Lesson 10 - Keep your plant secure: Pre-Lecture Quiz'): two questions, check)"
    ], reasons


# --- T60-9: a table's front of Roman letters -------------------------------------------------------------------


def test_a_name_of_roman_letters_among_names_is_no_number(tmp_path: Path) -> None:
    """T60-9 (low): an I2C table ``| Wire | Name | Description |`` whose rows are SDA, SCL, VCC, GND. Before: fronts
    'SDA', 'SCL', 'Wire VCC', 'GND' (VCC's letters read as a Roman number, so its column's name went before it). Now
    'VCC'; a column of numbers still names them ('Group 17', 'Group IV')."""
    notes, _, _ = built_notes(tmp_path / "a", {"wires.md": TRIAL / "bus-wires-table.md"})
    assert [note_front(n) for n in notes] == ["SDA", "SCL", "VCC", "GND"]
    page = "# Groups\n\n| Group | Name |\n|---|---|\n| 17 | Halogens |\n| 18 | Noble gases |\n| IV | Carbon group |\n"
    groups, _, _ = built_notes(tmp_path / "b", {"groups.md": page})
    assert [note_front(n) for n in groups] == ["Group 17", "Group 18", "Group IV"]


# --- T60-8: lint's false holes ------------------------------------------------------------------------------------


def test_lint_finds_no_hole_in_a_vocabulary_lists_prose(tmp_path: Path) -> None:
    """T60-8 (low): ``deckc lint`` on the real deck said 3 holes and exited 1: JLPT N5's '練習' -> '(to) practice'
    ('( to )', a lost range), N4's 'できるだけ' -> 'as much as possible, if at all possible' ('if at', a lost operand), and
    a course chapter's 'Markdown – so' whose space after the dash is a no-break space ('&nbsp;' in the card's HTML).
    Now none of them; a lost range's '( to )' and 'If at ,' are still holes."""
    csv = "expression,reading,meaning\n練習,れんしゅう,(to) practice\nできるだけ,できるだけ,\"as much as possible, if at all possible\"\n本,ほん,book\n"
    page = "# Course\n\n## What can a course page hold?\n\nIt can be formatted in simple Markdown \u2013\u00a0so you can have **bold text**.\n"
    content = deck_of(tmp_path, {"n5.csv": csv, "course.md": page})
    result = CliRunner().invoke(main, ["lint", str(content)], env={"DECKC_SERVER": "off"})
    assert "hole (" not in result.output and result.exit_code == 0, result.output
    assert [s.rule for s in text_holes("Log-scale grid ( to ) is standard.")] == ["empty-range"]
    assert [s.rule for s in text_holes("If at , then")][:1] == ["missing-operand"]


def json_text(fields: dict) -> str:  # type: ignore[type-arg]
    return " ".join(str(v) for v in fields.values())
