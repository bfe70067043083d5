"""Forty-first sitting, lead: a study guide's glossary written as plain 'Term: definition' lines, alone under its
heading on a page of questions, is a card per term (it was "text outside any question")."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

GUIDE = """# Unit 3 Study Guide: The American Revolution

## Vocabulary

Boycott: refusing to buy goods as a protest.
Loyalist: a colonist who stayed loyal to Britain.
Patriot: a colonist who supported independence.

## Questions

1. Why did the colonists protest the Stamp Act?
2. What happened at the Boston Tea Party?

## Answer Key

1. It taxed printed materials without the colonists' consent.
2. Colonists dumped British tea into Boston Harbor (1773).
"""


def test_a_study_guides_colon_glossary_is_cards(tmp_path: Path) -> None:
    notes, _, said = built_notes(tmp_path / "en", {"guide.md": GUIDE})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Loyalist"] == "a colonist who stayed loyal to Britain."
    assert cards["What happened at the Boston Tea Party?"] == "Colonists dumped British tea into Boston Harbor (1773)."
    assert len(notes) == 5 and not any("outside any question" in s for s in said), said
    es = GUIDE.replace("## Vocabulary", "## Vocabulario").replace(
        "Boycott: refusing to buy goods as a protest.\nLoyalist: a colonist who stayed loyal to Britain.\nPatriot: a colonist who supported independence.",
        "Boicot: negarse a comprar productos como protesta.\nLeal: colono que siguió fiel a Gran Bretaña.\nPatriota: colono que apoyó la independencia.",
    )
    notes, _, _ = built_notes(tmp_path / "es", {"guia.md": es})
    assert {note_front(n) for n in notes} >= {"Boicot", "Leal", "Patriota"}


def test_lines_that_are_no_glossary_stay_notes(tmp_path: Path) -> None:
    """A form's header ('Teacher: Mr Smith', short values), lines with blanks, two lines only, or the same lines on a page
    that asks nothing are said as before."""
    for n, body in enumerate(
        [
            "Teacher: Mr Smith\nRoom: 4B\nPeriod: 3",
            "Name: ____________ please write it\nDate: ____________ of the test\nClass: ____________ and group",
            "Boycott: refusing to buy goods as a protest.\nLoyalist: a colonist who stayed loyal to Britain.",
        ]
    ):
        page = GUIDE.replace(GUIDE[GUIDE.index("Boycott") : GUIDE.index("\n\n## Questions")], body)
        notes, _, said = built_notes(tmp_path / str(n), {"guide.md": page})
        assert len(notes) == 2, body
        assert any("outside any question" in s for s in said), body


def test_a_chatbots_numbered_table_of_cards_has_no_chat_in_a_card(tmp_path: Path) -> None:
    """'Here are 4 flashcards for your exam:' over '| # | Question | Answer |' was 'text outside any question' (the
    chat line was known only over a table whose first column is a side); the wish under it goes quietly too."""
    page = (
        "Here are 3 flashcards for your exam:\n\n| # | Question | Answer |\n|---|---|---|\n"
        "| 1 | What is GDP? | The total value of goods and services produced in a year. |\n"
        "| 2 | What is inflation? | A general rise in prices over time. |\n"
        "| 3 | What is a recession? | Two quarters of negative growth. |\n\nGood luck with your studies! 📚\n"
    )
    notes, _, said = built_notes(tmp_path, {"chat.md": page})
    assert [note_front(n) for n in notes] == ["What is GDP?", "What is inflation?", "What is a recession?"]
    assert not any("outside any question" in s for s in said), said


def test_a_word_of_two_lists_one_with_a_notes_column_is_one_card(tmp_path: Path) -> None:
    """Trial 41 (finder's note): 'la bibliothèque' -> 'the library' in a CSV with a Remarque column and in another list
    was suggested at 1.00 ('neither asks a question', the guard for two pages' 'Death' headings) while 'la gare' of the
    same two lists merged: the same short gloss first is the same card; a word glossed otherwise stays two."""
    csv = "Français;Anglais;Remarque\nla bibliothèque;the library;!= la librairie\nla gare;the station;\nle pont;the bridge;\n"
    md = "# Unité 5\n\n- la bibliothèque = the library\n- la gare = the station\n- le pont = the deck\n"
    notes, _, _ = built_notes(tmp_path, {"liste.csv": csv, "unite5.md": md})
    fronts = [note_front(n) for n in notes]
    assert fronts.count("la bibliothèque") == 1 and fronts.count("la gare") == 1
    assert fronts.count("le pont") == 2  # (the bridge / the deck: two meanings, two cards)
    merged = next(n for n in notes if note_front(n) == "la bibliothèque")
    assert len(merged["items"]) == 2 and "librairie" in " ".join(merged["fields"].values())


def _toggles(*pairs: tuple[str, str]) -> str:
    return "".join(f"<details>\n<summary>{front}</summary>\n\n{back}\n\n</details>\n\n" for front, back in pairs)


def test_a_page_of_toggle_flashcards_is_a_card_per_toggle(tmp_path: Path) -> None:
    """A Notion toggle list exported as Markdown ('<summary>Ser — yo</summary>' over 'soy'): the page's title was one
    card holding every toggle; each toggle is a card, a one-word summary too."""
    page = "# Spanish irregular verbs\n\n" + _toggles(("Ser — yo", "soy"), ("Ir — yo", "voy"), ("Tener — yo", "tengo"))
    notes, _, _ = built_notes(tmp_path / "a", {"verbs.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Ser — yo", "soy"), ("Ir — yo", "voy"), ("Tener — yo", "tengo")]
    bio = "# Organelles\n\n" + _toggles(("Mitochondria", "Makes ATP."), ("Ribosome", "Makes proteins."), ("Nucleus", "Holds DNA."))
    notes, _, _ = built_notes(tmp_path / "b", {"cells.md": bio})
    assert [note_front(n) for n in notes] == ["Mitochondria", "Ribosome", "Nucleus"]


def test_toggles_in_notes_or_revealing_answers_are_no_toggle_cards() -> None:
    """Prose beside the toggles, a reveal label ('Show answer') or two toggles only: no page of toggle cards."""
    from compiler.sources.markdown_blocks import toggle_cards

    three = _toggles(("Mitochondria", "Makes ATP."), ("Ribosome", "Makes proteins."), ("Nucleus", "Holds DNA."))
    assert toggle_cards("# Organelles\n\n" + three)
    assert not toggle_cards("# Organelles\n\nCells hold organelles, each with a job.\n\n" + three)
    assert not toggle_cards("# Q\n\n" + _toggles(("Show answer", "x"), ("Ribosome", "y"), ("Nucleus", "z")))
    assert not toggle_cards("# Organelles\n\n" + _toggles(("Mitochondria", "Makes ATP."), ("Ribosome", "Makes proteins.")))


def test_a_word_list_closed_by_a_tip_is_still_a_word_list(tmp_path: Path) -> None:
    """A German word list with plural marks and a closing '**Tipp:** …' line was one card (the title over every pair): the
    tip made the pairs fewer than nine lines in ten. A note or two is said as a note and the list is read as pairs."""
    page = (
        "# Deutsch A1 – Wortschatz: Familie\n\n- die Mutter (-ü) — mother\n- der Vater (-ä) — father\n"
        "- das Kind (-er) — child\n- die Geschwister (pl.) — siblings\n- der Onkel (-) — uncle\n\n"
        "**Tipp:** Lerne jedes Nomen immer mit Artikel!\n"
    )
    notes, _, said = built_notes(tmp_path, {"familie.md": page})
    assert [(note_front(n), note_back(n)) for n in notes][:2] == [("die Mutter (-ü)", "mother"), ("der Vater (-ä)", "father")]
    assert len(notes) == 5
    assert any("a note, not a word with its meaning" in s and "Tipp" in s for s in said)


def test_prose_with_a_few_pairs_is_no_word_list() -> None:
    """Sentences are notes only one line in five: a lecture with two 'term — meaning' lines stays prose."""
    from compiler.sources.lines import pair_separator

    prose = [
        "Cells are the basic unit of life.", "Every cell has a membrane around it.", "Plants also have a cell wall.",
        "mitosis — division into two cells", "meiosis — division into four cells", "Both start with a copy of the DNA.",
    ]
    assert pair_separator(prose) is None


def test_a_schedule_on_a_page_of_questions_is_no_cards(tmp_path: Path) -> None:
    """'| Week | Topic |' rows counted 1, 2, 3, or 'Week 1: …' lines, alone under '## Schedule' on a page of questions: no
    cards (they were '1' -> 'Cells'); said as text outside any question, as before."""
    questions = "## Review questions\n\n**1. What is a cell?**\n\nThe basic unit of life.\n\n**2. What is a gene?**\n\nA unit of heredity.\n"
    table = "# Biology 101\n\n## Schedule\n\n| Week | Topic |\n|---|---|\n| 1 | Cells |\n| 2 | Genetics |\n| 3 | Evolution |\n\n"
    lines = "# Biology 101\n\n## Schedule\n\nWeek 1: cells and their organelles\nWeek 2: genes and heredity today\nWeek 3: evolution by natural selection\n\n"
    for n, page in enumerate((table + questions, lines + questions)):
        notes, _, said = built_notes(tmp_path / str(n), {"b.md": page})
        assert [note_front(x) for x in notes] == ["What is a cell?", "What is a gene?"]
        assert any("outside any question" in s for s in said)
