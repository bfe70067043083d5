"""Forty-fifth sitting, helper fixes: the findings left open by trials 43 and 44 (docs/trials/trial44.md, trial43.md).

T44-7: a post that lists its questions up front (grouped under bold topics, or flat) and answers them below under a
heading per topic (``### Question 2: Smart Pointers`` / ``#### Difference between …:``) gives a card per listed
question, its answer the sub-section restating it (compiler/sources/listed_topics.py); before, the topics were the
fronts and the questions "text outside any question". Documents in tests/data/sitting45/fixes/listed-topics/ and the
trial's reproducer.

T44-5's remainder: a list of bold terms glossed by the questions they answer, one gloss answering (``- **Authentication**
– Prove it.``), was a glossary card ``Authentication`` → ``Prove it.`` and three "the answer is only another question" on
a page that asks in a heading, and the same list with every gloss asking was three questions without answers: both are
the heading's text now (lines.glossed_by_question, used by the glossary and question-list readings alike). Documents
in tests/data/sitting45/fixes/glossed-terms/.

T44-8's sections: on a note titled by its file's name whose top-level cards are fronted by that name, a sub-section's
cards have the name before their section ('Nuclear Physics › Nuclear Power Stations' over 'Fuel'; was the sub-section
alone). Documents in tests/data/sitting45/fixes/file-titled/.

T44-11: a table too wide for the sheet's column prints as several tables, each its first column and the next ones
that fit (compiler/emit/cheatsheet.typ). Document in tests/data/sitting45/fixes/wide-tables/.

Noticed the forty-fourth sitting: a labelled closing line after the last 'Q:' / 'A:' pair ('Key cases to remember: …')
is said, no longer glued onto the last answer (pattern._labelled_tail); a stem its inline options complete shows its
blank ('The capital of Canada is ___', choices.completion_stem). T43-2's remainder: an opening line in lower case is
the note's text, never its title (markdown._title_line). Documents in tests/data/sitting45/fixes/closing-lines/ and
completion-stems/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting45" / "fixes"
TRIAL44 = Path(__file__).parent / "data" / "trials" / "trial44"

# --- T44-7: questions listed up front, answered under topic headings ------------------------------------------------


def _cards(tmp_path: Path, name: str, path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    notes, skipped, said = built_notes(tmp_path, {name: path})
    assert not skipped
    return [(note_front(n), note_back(n), n["fields"].get("Section", "")) for n in notes], said


@pytest.mark.parametrize(
    ("name", "path", "cards"),
    [
        # the trial's post: three bold topics over two questions each, '### Question N: Topic' / '#### restated question:'
        (
            "cpp-post.md",
            TRIAL44 / "t44-7-question-list-then-topics" / "cpp-post.md",
            [
                (
                    "Explain the main ideas of OOP and how C++ supports them.",
                    "OOP groups data and the functions that act on it into "
                    "objects. C++ offers classes, access control, inheritance and virtual functions.",
                    "Object-Oriented Programming (OOP)",
                ),
                (
                    "Describe multiple inheritance in C++.",
                    "A class may derive from several base classes; virtual inheritance keeps "
                    "one copy of a shared base.",
                    "Object-Oriented Programming (OOP)",
                ),
                (
                    "What is the difference between std::unique_ptr, std::shared_ptr, and std::weak_ptr?",
                    "A unique_ptr owns its "
                    "object alone; a shared_ptr counts its owners; a weak_ptr observes a shared object without owning it.",
                    "Smart Pointers",
                ),
                (
                    "How do smart pointers work, and when should they be used?",
                    "They free the object in their destructor (RAII). Use them for every owning pointer.",
                    "Smart Pointers",
                ),
                # (the topic's own text above its first sub-heading answers the question no sub-heading restates)
                (
                    "Explain the idea of templates in C++.",
                    "A template is a pattern for a function or class that the compiler fills "
                    "in for each type.",
                    "Templates and Generics",
                ),
                (
                    "What are template specializations?",
                    "A separate definition of the template for one type, used instead of the general one.",
                    "Templates and Generics",
                ),
            ],
        ),
        # a flat numbered list, one '## Question N: …' per question
        (
            "networking.md",
            DATA / "listed-topics" / "networking.md",
            [
                (
                    "What is the difference between TCP and UDP?",
                    "TCP is connection-oriented and reliable; UDP is connectionless and best-effort.",
                    "TCP and UDP",
                ),
                (
                    "How does DNS resolution work?",
                    "A resolver asks the root, then the TLD server, then the authoritative server.",
                    "DNS",
                ),
            ],
        ),
        # Spanish, topics found by their names (no number), a topic of one question answered by its whole section
        (
            "repaso.md",
            DATA / "listed-topics" / "repaso.md",
            [
                (
                    "¿Qué es la membrana plasmática?",
                    "Una bicapa de lípidos que separa la célula de su entorno.",
                    "La célula",
                ),
                (
                    "¿Qué función cumple la mitocondria?",
                    "Produce la energía de la célula (ATP) por respiración celular.",
                    "La célula",
                ),
                ("¿Qué es un gen?", "Un gen es un fragmento de ADN que codifica una proteína.", "Genética"),
            ],
        ),
    ],
)
def test_listed_questions_answered_under_topics(
    tmp_path: Path, name: str, path: Path, cards: list[tuple[str, str, str]]
) -> None:
    got, said = _cards(tmp_path, name, path)
    assert got == cards
    assert not [m for m in said if "text outside any question" in m and f"{name}:" in m and ":7:" not in m], (
        said
    )


def test_listed_questions_intro_still_said(tmp_path: Path) -> None:
    """The post's opening paragraph is prose in no card, said at its line; the list and its heading are not."""
    _got, said = _cards(tmp_path, "cpp-post.md", TRIAL44 / "t44-7-question-list-then-topics" / "cpp-post.md")
    outside = [m for m in said if "text outside any question" in m]
    assert len(outside) == 1 and "cpp-post.md:7:" in outside[0], said


def test_listed_questions_unmatched_read_as_before(tmp_path: Path) -> None:
    """Sub-headings that restate none of the listed questions: the topic stays one card (nothing lost), and each listed
    question is said at its line and listed as skipped (sitting 46; it was 'text outside any question' at the list)."""
    notes, skipped, said = built_notes(tmp_path, {"unmatched.md": DATA / "listed-topics" / "unmatched.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Smart Pointers", "Ownership Something about owning. Lifetimes Something else.")
    ]
    assert [(s["line"], s["question"]) for s in skipped] == [(6, "What is a unique_ptr?"), (7, "What is a weak_ptr?")]
    assert any("unmatched.md:6:" in m and "sub-headings do not say which question each answers" in m for m in said), said
    assert not any("text outside any question" in m for m in said), said


def test_labelled_topic_heading_loses_its_colon(tmp_path: Path) -> None:
    """'### Question 3: Templates and Generics:' names a topic: no colon on its front (T44-7), a task keeps its own."""
    page = (
        "# Notes\n\n### Question 1: Templates and Generics:\n\nA template is a pattern the compiler fills in.\n\n"
        "### Question 2: Complete the sentence:\n\nThe sky is blue.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"notes.md": page})
    assert [note_front(n) for n in notes] == ["Templates and Generics", "Complete the sentence:"]


# --- T44-5: terms glossed by questions, whichever reader takes the list ---------------------------------------------


@pytest.mark.parametrize("name", ["aaa-framework.md", "aaa-all-asked.md"])
def test_glossed_terms_read_alike_on_a_question_page(tmp_path: Path, name: str) -> None:
    """On a page that asks in a heading, '- **Authentication** – Prove it.' among terms glossed by questions is no
    glossary card, and the questions are no questions without answers: the list is the Overview's text, said with it."""
    notes, skipped, said = built_notes(tmp_path, {name: DATA / "glossed-terms" / name})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Identification", "Authentication", "What does an authorization model add?"]
    assert note_back(notes[1]).startswith("Verification of the claim")  # (the section's card, not 'Prove it.')
    assert not skipped
    assert not [m for m in said if "only another question" in m or "has no answer" in m], said
    assert any(f"{name}:11:" in m and "text outside any question" in m for m in said), said


@pytest.mark.parametrize("gloss", ["Who are you?", "Prove it."])
def test_glossed_terms_on_a_notes_page_are_the_overview(tmp_path: Path, gloss: str) -> None:
    """On a page of notes the overview is a card whose back holds the glossed list, whether every gloss asks or not."""
    page = (TRIAL44 / "t44-5-question-glosses" / "aaa.md").read_text(encoding="utf-8").replace("Who are you?", gloss)
    notes, skipped, said = built_notes(tmp_path, {"aaa.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    overview = next(back for front, back in cards.items() if front.endswith("Overview"))
    assert f"Authentication – {gloss}" in overview and "Accounting – What did you do?" in overview
    assert cards["Authentication"] == "Authentication proves the identity of a user, a device or a service."
    assert not skipped and not [m for m in said if "only another question" in m], said


# --- T44-8: a note titled by its file's name, its sub-sections -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        ("Nuclear Physics.md", [
            ("Nuclear Physics › Half-Life", ""),
            ("Nuclear Physics › Properties of Radiation", ""),
            ("Nuclear Physics › Nuclear Power Stations", ""),
            ("Fuel", "Nuclear Physics › Nuclear Power Stations"),  # (was 'Nuclear Power Stations' alone)
            ("Control Rods", "Nuclear Physics › Nuclear Power Stations"),
        ]),
        # a top-level heading holding the note's name stays as written, with no section
        ("Motion.md", [("Laws of Motion", ""), ("Motion › SUVAT Equations", ""), ("Projectiles", "Motion › SUVAT Equations")]),
    ],
)  # fmt: skip
def test_file_titled_note_names_itself_on_every_card(tmp_path: Path, name: str, cards: list[tuple[str, str]]) -> None:
    notes, _skipped, _said = built_notes(tmp_path, {name: DATA / "file-titled" / name})
    assert [(note_front(n), n["fields"].get("Section", "")) for n in notes] == cards


def test_slug_named_note_sections_unchanged(tmp_path: Path) -> None:
    """A file named by a slug gives no name: a sub-section's cards keep their own section."""
    page = (DATA / "file-titled" / "Motion.md").read_text(encoding="utf-8")
    notes, _skipped, _said = built_notes(tmp_path, {"motion-notes.md": page})
    assert [n["fields"].get("Section", "") for n in notes if note_front(n) == "Projectiles"] == ["SUVAT Equations"]


# --- T44-11: a wide table on the cheat sheet -------------------------------------------------------------------------


def test_wide_table_prints_in_column_groups(tmp_path: Path) -> None:
    """A table of seven short columns, or eight of sentences, whose words cannot all fit the sheet's column (each was
    hyphenated, 'Prevent-ive', 'Repeat-edly'): several tables one under the other, each the first column and the
    next ones that fit, every word whole; a table of eight short columns that fits stays one table."""
    import pypdf

    from compiler.build import build

    content = deck_of(tmp_path, {"wide-tables.md": DATA / "wide-tables" / "wide-tables.md"})
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    sheet = pypdf.PdfReader(next((tmp_path / "build").glob("*.pdf")))
    raw = " ".join(p.extract_text() for p in sheet.pages)
    text = " ".join(raw.split())
    assert "\u00ad" not in raw and "Prevent-" not in text, text  # (no word broken)
    assert "Category Preventive Deterrent Detective Technical Firewall" in text, text
    assert "Category Corrective Compensating Directive Technical" in text, text
    assert "Planet Type Moons Rings Day Year Mass Gravity Mercury Rock 0 No 59 d 88 d 0.06 0.38" in text, text
    assert text.count("Algorithm") == 3 and "Algorithm Stable When to use it Bubble sort" in text, text


# --- a closing labelled line after the last Q/A pair; a completion stem before inline options -------------------------


def test_closing_labelled_line_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    """'Key cases to remember: …' after the last 'Q:' / 'A:' pair of a plain-text file was glued onto the last back
    without a word: it is said at its line, the last answer ends above it; a 'Note:' there stays the answer's."""
    notes, _skipped, said = built_notes(tmp_path, {"law-cases.txt": DATA / "closing-lines" / "law-cases.txt"})
    assert {note_front(n): note_back(n) for n in notes}["What is consideration?"] == "Something of value given in exchange for a promise."
    assert any("law-cases.txt:10:" in m and "text outside any item" in m and "Key cases to remember" in m for m in said), said
    page = (DATA / "closing-lines" / "law-cases.txt").read_text(encoding="utf-8").replace("Key cases to remember:", "Note:")
    notes, _skipped, said = built_notes(tmp_path / "note", {"law-cases.txt": page})
    assert {note_front(n): note_back(n) for n in notes}["What is consideration?"].endswith("Note: Donoghue v Stevenson; Carlill v Carbolic.")


@pytest.mark.parametrize("name", ["capitals.txt", "capitals.md"])
def test_completion_stem_shows_its_blank(tmp_path: Path, name: str) -> None:
    """'The capital of Canada is (a) Toronto (b) Ottawa …': the front shows where the answer goes, 'The capital of
    Canada is ___' (was '… is' with nothing after it); a question that asks keeps its words."""
    notes, _skipped, _said = built_notes(tmp_path, {name: DATA / "completion-stems" / "capitals.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("The capital of Canada is ___", "B) Ottawa"),
        ("The largest ocean is ___", "C) Pacific"),
        ("Which planet is known as the red planet?", "B) Mars"),
        ("Choose the noble gas", "A) Neon"),
    ]


# --- T43-2's remainder: an opening line in lower case is the note's text, never its title ----------------------------


def test_lower_case_opening_line_is_the_notes_text(tmp_path: Path) -> None:
    """'one trial with two outcomes, success with probability $p$' over a note's first heading was taken for the page's
    title and left out without a word: on a note titled by its file's name it is the note's opening card; on a page
    named by a slug it is said at its line."""
    trial43 = Path(__file__).parent / "data" / "trials" / "trial43" / "t43-2-concept-notes"
    notes, _skipped, _said = built_notes(tmp_path, {"Bernoulli Distribution.md": trial43 / "Bernoulli Distribution.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Bernoulli Distribution"].startswith("one trial with two outcomes, success with probability"), cards
    page = (trial43 / "Bernoulli Distribution.md").read_text(encoding="utf-8")
    _notes, _skipped, said = built_notes(tmp_path / "slug", {"bernoulli-notes.md": page})
    assert any("bernoulli-notes.md:1:" in m and "text outside any question" in m for m in said), said
    notes, _skipped, said = built_notes(tmp_path / "titled", {"quiz.md": "Chemistry worksheet\n\n## What is an acid?\n\nA proton donor.\n"})
    assert [note_front(n) for n in notes] == ["What is an acid?"] and not [m for m in said if "outside" in m], said
