"""Sitting 50, meta: the same document written another way gives the same cards (metamorphic robustness, round 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting50" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str, tuple[str, ...]]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes)


@pytest.mark.parametrize("page", ["lesson.md", "saq-cases.md"])
def test_a_markdown_page_saved_as_text_gives_the_cards_of_the_markdown_page(tmp_path: Path, page: str) -> None:
    """A Markdown page saved as .txt (round 4 R4-11: the lesson gave 7 cards of its 10, a page of cases under '## Case
    1' none, 'cannot tell this document's layout'): no layout reads its text as written and it has '#' headings, so
    it is read as the .md is, with the Markdown rewrites (bold answer labels, lettered parts under a case): the same
    cards, sections and answers."""
    text = (DATA / page).read_text(encoding="utf-8")
    as_md = _cards(tmp_path / "md", page, text)
    as_txt = _cards(tmp_path / "txt", page.replace(".md", ".txt"), text)
    assert len(as_md) >= 5 and as_txt == as_md


def test_a_text_export_under_markdown_headings_is_read_as_text_still(tmp_path: Path) -> None:
    """'Q:' / 'A:' pairs under '# Chapter' lines in a .txt: a layout reads its text as written, so it is no Markdown
    page saved as text, read as before (its layout the pairs', never 'markdown')."""
    text = "# Chapter 1\n\nQ: What is a cell?\nA: The unit of life.\n\n# Chapter 2\n\nQ: What is an organ?\nA: A group of tissues.\n"
    notes, _, said = built_notes(tmp_path, {"bio.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is a cell?", "The unit of life."), ("What is an organ?", "A group of tissues.")]
    assert not any("layout 'markdown'" in m for m in said), said


def test_a_cheat_sheet_fenced_with_tildes_reads_as_with_backticks(tmp_path: Path) -> None:
    """'**Show the current settings:**' over a '~~~bash' fence, as over a '```bash' one: a card per command (round 5:
    the tilde fences made one card of each section, every command on its back)."""
    text = (DATA / "cheat-tilde.md").read_text(encoding="utf-8")
    tilde = _cards(tmp_path / "t", "cheat.md", text)
    ticks = _cards(tmp_path / "b", "cheat.md", text.replace("~~~", "```"))
    assert tilde == ticks
    assert ("Show the current settings", "git config --list", ("cheat::Setup › Show Configuration",)) in tilde, tilde


def test_a_bold_question_with_its_level_after_the_question_mark_and_its_answer_right_under_it(tmp_path: Path) -> None:
    """'**What is …? 👶**' (or '**What is …?** ⭐️', '**Precision-recall trade-off ⭐️**') with its answer on the next
    line, no blank line between: a card each with the level the marker says, as with a blank line (round 5: the page
    gave no card at all, 'text outside any question'; the marker outside the bold went onto the back)."""
    notes, _, said = built_notes(tmp_path, {"ml.md": DATA / "ml-levels.md"})
    got = [(note_front(n), note_back(n), n.get("difficulty")) for n in notes]
    assert got == [
        ("What is supervised machine learning?", "Learning a function from labelled examples (input, target).", "easy"),
        ("What is regression?", "Predicting a continuous target.", "medium"),
        ("What is the curse of dimensionality?", "Distances lose meaning as dimensions grow, so we need much more data.", "hard"),
        ("Precision-recall trade-off", "Raising the threshold raises precision and lowers recall.", "medium"),
    ], said


def test_a_character_reference_standing_apart_is_its_character(tmp_path: Path) -> None:
    """'1. Which planet has the most moons? &mdash; Saturn': the dash Markdown shows, so the lines are the pairs they
    are written as with '—' (round 5: the entity kept the pairs apart, the back '— Saturn')."""
    notes, _, said = built_notes(tmp_path, {"planets.md": DATA / "planets-entities.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which planet has the most moons?", "Saturn"),
        ("Which planet rotates on its side?", "Uranus"),
        ("Which planet is the hottest?", "Venus"),
    ], said


def test_a_chats_flashcards_saved_as_a_web_page_read_as_the_markdown_page(tmp_path: Path) -> None:
    """'Flashcard 1' / '- Front: ser / ir (yo)' / '- Back: fui' …, a chat's answer saved as .html (round 4 R4-12: one
    note of the whole page, the Markdown page's rules never applied to a converted page): a web page's or a Word
    document's Markdown gets the Markdown page's rules, so the same four cards as the .md."""
    notes, _, said = built_notes(tmp_path, {"verbs.html": DATA / "chat-flashcards.html"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("ser / ir (yo)", "fui"),
        ("tener (él)", "tuvo"),
        ("hacer (nosotros)", "hicimos"),
        ("decir (ellos)", "dijeron"),
    ], said


@pytest.mark.parametrize("page", ["lone-label-q.md", "lone-label-numbered.md"])
def test_an_answer_label_alone_without_its_colon_is_a_label(tmp_path: Path, page: str) -> None:
    """'Q: …?' or '1. …?' / blank / '**Answer**' (no colon) / blank / the answer (round 4 R4-5 rest: under '1.' the back
    began 'Answer', under 'Q:' the page gave no card at all): the label is layout, as '**Answer:**' is."""
    notes, _, said = built_notes(tmp_path, {page: DATA / page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the powerhouse of the cell?", "The mitochondrion."),
        ("Which gas do plants take in?", "Carbon dioxide."),
    ], said


def test_paren_labelled_pairs_with_level_lines_between_lose_their_answer_label(tmp_path: Path) -> None:
    """'Q) …?' / 'Difficulty: easy' / 'Tags: …' / 'A) …' cards in a .txt (round 4 R4-13: the guessed pattern had no
    answer label, every back began 'A) '): the field lines between do not hide the label pair, so the backs are the
    answers, as with 'Q:' / 'A:'."""
    notes, _, said = built_notes(tmp_path, {"cardio.txt": DATA / "levelline-paren.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the normal resting heart rate in adults?", "60 to 100 beats per minute."),
        ("What does an ECG record?", "The electrical activity of the heart."),
        ("What is tachycardia?", "A resting heart rate above 100."),
    ], said


@pytest.mark.parametrize("page", ["capitals-titled.txt", "capitals-titled-plain.txt"])
def test_a_title_line_over_a_tab_separated_list_is_its_title(tmp_path: Path, page: str) -> None:
    """'Capitals' / blank / '1. Capital of France?<TAB>Paris' … (round 5: a title line added over a tab-separated list
    made it 'numbered', 'none of its 4 questions has an answer', no card; unnumbered, the title was a card 'no answer'):
    tab-separated pairs, the first line the list's title, the cards those of the list without it."""
    notes, skipped, said = built_notes(tmp_path, {page: DATA / page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Capital of France?", "Paris"),
        ("Capital of Japan?", "Tokyo"),
        ("Capital of Kenya?", "Nairobi"),
        ("Capital of Peru?", "Lima"),
    ], said
    assert not skipped and not [m for m in said if "no answer" in m], said
