"""Thirty-second sitting, pages: the trial-31 findings about pages of notes (tables of facts, prose around a few
questions, word lists, tag lines, pages copied from a website, template folders)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# --- T31-15, T31-16: a table of facts is a card per row, its columns on the back in the table's order -------------

NOMEN = (
    "# Wortschatz A1 – Lektion 2\n\n| Artikel | Nomen | Plural | Englisch |\n|---|---|---|---|\n"
    "| der | Tisch | die Tische | table |\n| die | Lampe | die Lampen | lamp |\n| das | Buch | die Bücher | book |\n"
    "| der | Stuhl | die Stühle | chair |\n"
)
SUSTANTIVOS = (
    "# Vocabulario – Unidad 4\n\n## La casa\n\n| Artículo | Sustantivo | Plural | Inglés |\n|---|---|---|---|\n"
    "| el | salón | los salones | living room |\n| la | cocina | las cocinas | kitchen |\n| el | baño | los baños | bathroom |\n"
)
DRUGS = (
    "# Antihypertensives – high-yield table\n\n| Drug | Class | Mechanism | Key side effect |\n|---|---|---|---|\n"
    "| Lisinopril | ACE inhibitor | Blocks conversion of angiotensin I to II | Dry cough, angioedema |\n"
    "| Losartan | ARB | Blocks AT1 receptor | Hyperkalemia |\n"
    "| Metoprolol | β1-selective blocker | Blocks β1 receptors in the heart | Bradycardia, fatigue |\n"
)
ANTIBIOTIKA = (
    "# Antibiotika\n\n| Wirkstoff | Klasse | Wirkmechanismus | Nebenwirkung |\n|---|---|---|---|\n"
    "| Amoxicillin | Aminopenicillin | Hemmt die Zellwandsynthese | Exanthem |\n"
    "| Ciprofloxacin | Fluorchinolon | Hemmt die Gyrase | Sehnenruptur |\n"
    "| Doxycyclin | Tetracyclin | Hemmt die 30S-Untereinheit | Phototoxizität |\n"
)


def _cards(notes: list[dict], source: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(note_front(n), note_back(n)) for n in notes if n["items"][0]["source"] == source]


def test_a_vocabulary_table_opening_with_the_article_is_a_card_per_noun(tmp_path: Path) -> None:
    """T31-15 (high): '| Artikel | Nomen | Plural | Englisch |' under a page title was ONE card (front the title, back
    the whole table). The front is the column whose cells are all different (the noun), never the article column
    whose der/die/das repeat; the back shows the other columns in the table's order, each under its name."""
    notes, skipped, said = built_notes(tmp_path, {"nomen.md": NOMEN, "sustantivos.md": SUSTANTIVOS})
    assert _cards(notes, "nomen") == [
        ("Tisch", "Artikel: der Plural: die Tische Englisch: table"),
        ("Lampe", "Artikel: die Plural: die Lampen Englisch: lamp"),
        ("Buch", "Artikel: das Plural: die Bücher Englisch: book"),
        ("Stuhl", "Artikel: der Plural: die Stühle Englisch: chair"),
    ]
    assert _cards(notes, "sustantivos")[0] == ("salón", "Artículo: el Plural: los salones Inglés: living room")
    assert len(_cards(notes, "sustantivos")) == 3 and not skipped
    assert not [m for m in said if "headings with text under them" in m]


def test_a_fact_tables_back_keeps_the_authors_column_order_each_column_named(tmp_path: Path) -> None:
    """T31-16 (medium): '| Drug | Class | Mechanism | Key side effect |' made the side effect the back's first line,
    unnamed, as if 'Lisinopril' -> 'Dry cough' were the answer, the other columns after it. Every column after the
    front is shown in the table's order under its name, in any language."""
    notes, _, _ = built_notes(tmp_path, {"drugs.md": DRUGS, "antibiotika.md": ANTIBIOTIKA})
    drugs = _cards(notes, "drugs")
    assert drugs[0] == (
        "Lisinopril",
        "Class: ACE inhibitor Mechanism: Blocks conversion of angiotensin I to II Key side effect: Dry cough, angioedema",
    )
    assert [front for front, _ in drugs] == ["Lisinopril", "Losartan", "Metoprolol"]
    assert _cards(notes, "antibiotika")[1] == (
        "Ciprofloxacin",
        "Klasse: Fluorchinolon Wirkmechanismus: Hemmt die Gyrase Nebenwirkung: Sehnenruptur",
    )


def test_a_word_tables_meaning_stays_first_after_its_reading(tmp_path: Path) -> None:
    """T31-16's order rule leaves a word's reading beside it: '| Kanji | Reading | Meaning |' asks the meaning, the
    reading ('Hiragana', 'Pinyin') an aside shown after it, as before."""
    page = (
        "# N5\n\n| Kanji | Hiragana | Meaning |\n|---|---|---|\n| 水 | みず | water |\n| 火 | ひ | fire |\n"
        "| 木 | き | tree |\n"
    )
    notes, _, _ = built_notes(tmp_path, {"n5.md": page})
    assert _cards(notes, "n5")[0] == ("水", "water Hiragana: みず")


def test_a_wide_table_in_prose_or_without_a_key_column_is_no_card_per_row(tmp_path: Path) -> None:
    """T31-15: a table of facts is a card per row on a page of tables alone (a cheat sheet), as two-column tables
    were; in lecture prose, or when no column holds a different value in each row, the page reads as before."""
    prose = (
        "# Woche 3\n\nHeute haben wir die Antibiotika verglichen; die Tabelle fasst es zusammen.\n\n"
        + ANTIBIOTIKA.split("\n\n", 1)[1]
        + "\nBei Ciprofloxacin an die Sehnen denken.\n"
    )
    grid = "# Schedule\n\n| Day | Room | Slot |\n|---|---|---|\n| Mon | A | 1 |\n| Mon | B | 1 |\n| Tue | A | 2 |\n"
    notes, _, _ = built_notes(tmp_path, {"week3.md": prose, "grid.md": grid})
    assert [front for front, _ in _cards(notes, "week3")] == ["Woche 3"]
    assert [front for front, _ in _cards(notes, "grid")] == ["Schedule"]


# --- T32-6: a Liquid tag written in a code span is shown as written ----------------------------------------------


def test_a_liquid_tag_in_a_code_span_is_what_the_card_teaches(tmp_path: Path) -> None:
    """T32-6 (medium): '`I will travel on {% date %}`' taught 'I will travel on ' (the tag cut as Jekyll layout, a
    warning naming it). Text in a code span is literal: the tag kept; outside code a tag is still left out and named,
    and the '{% raw %}' / '{% endraw %}' a Jekyll page wraps such code in are markers only."""
    page = (
        "---\ntitle: What must you watch for when translating sentences with variables?\n---\n\n"
        "Compare `I will travel on {% date %}` and `我会在{% date %}出发`: the variable moves. {% include ad.html %}\n"
    )
    jekyll = "## How do you print a variable in Liquid?\n\nWrite `{% raw %}{{ page.title }}{% endraw %}` in the layout.\n"
    notes, _, said = built_notes(tmp_path, {"vars.md": page, "liquid.md": jekyll})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What must you watch for when translating sentences with variables?"] == (
        "Compare I will travel on {% date %} and 我会在{% date %}出发 : the variable moves."
    )
    assert backs["How do you print a variable in Liquid?"] == "Write {{ page.title }} in the layout."
    (tags,) = [m for m in said if "Liquid tag" in m]
    assert "1 Liquid tag deckc cannot show on a card, left out: '{% include ad.html %}' (line 5)" in tags


# --- T32-5: the count of a section's questions is no part of its name --------------------------------------------


def test_a_headings_question_count_is_not_in_the_section_or_its_tag(tmp_path: Path) -> None:
    """T32-5 (medium): '###### System Questions (37)' made the section 'System Questions (37)' and its tag
    '…::system-questions-37': one question more renamed every note's section and tag. A count after the name, a bare
    number in brackets or one with what it counts ('(12 Fragen)', '— 20 preguntas'), is left out; a one-word name's
    bare number may be what names it ('Exercise (1)'), and a year is no count."""
    page = (
        "# Interview\n\n## System Questions (37)\n\n### What does `top` show?\n\nRunning processes.\n\n"
        "## Kapitel 3 (12 Fragen)\n\n### Was ist ein Inode?\n\nEine Datenstruktur.\n\n"
        "## Parte B — 20 preguntas\n\n### ¿Qué es un PID?\n\nEl número del proceso.\n\n"
        "## Exercise (1)\n\n### What is 2 + 2?\n\n4\n\n## Treaty of Versailles (1919)\n\n### Who signed it?\n\nGermany and the Allies.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"sys.md": page})
    sections = {note_front(n): n["items"][0]["section"][-1] for n in notes}
    assert sections == {
        "What does top show?": "System Questions",
        "Was ist ein Inode?": "Kapitel 3",
        "¿Qué es un PID?": "Parte B",
        "What is 2 + 2?": "Exercise (1)",
        "Who signed it?": "Treaty of Versailles (1919)",
    }
    (top,) = [n for n in notes if note_front(n) == "What does top show?"]
    assert "deckc::section::sys::system-questions" in top["tags"]

