"""Forty-fourth sitting, helper fixes: the findings left open by trial 43 (docs/trials/trial43.md) and the lead.

A tip, note or hint after a question's list ('**What are the three states of matter?**' / '- solid' … / '> 💡 Tip:
…'): the list is the answer and the aside goes on the back below it; before, the list went onto the front and the tip
was the answer (its '💡' read as an answer mark), or a hint box after the answer left no card ('only a hint').
Documents in tests/data/sitting44/asides/.

One section rule for every card of a page: a card with no section shows the page's title once another card of the page
has it in its section (a form heading's 'Repaso: … › Verdadero o falso'), whatever its kind (compiler/passes/notes.py
titled_pages; before, statements only: the questions under the title had none); 'Preguntas abiertas' is a form heading.
Documents in tests/data/sitting44/sections/.

A word's principal parts and its gloss on one line ('gehen – ging – gegangen – to go', 'go - went - gone - ir') are one
card: the first form its front, the whole line its back (compiler/sources/lines.py principal_parts); before, 'ging' was
the answer and the rest a second paragraph. Documents in tests/data/sitting44/principal-parts/.

T43-15: a resources or languages section of link bullets, in any language ('## 📚 **Recursos Adicionales**' with labels
over its lists, '利用可能な言語リスト:' over language links), outside any question was "text outside any question" at
each line; it is said once as a reading list and listed as skipped, as an English 'Further reading' under a heading of
its own already was (markdown._reading_runs). Documents in tests/data/sitting44/reading-lists/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting44"

# --- a tip, note or hint after a question's list ----------------------------------------------------------------------


def _asides(tmp_path: Path, name: str) -> tuple[dict[str, str], list[str]]:
    notes, _skipped, said = built_notes(tmp_path, {name: DATA / "asides" / name})
    return {note_front(n): note_back(n) for n in notes}, said


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        # bold questions, bullet lists, '> 💡 Tip:' quotes: the tip was the answer, the list on the front
        ("states.md", {
            "What are the three states of matter?": "solid liquid gas 💡 Tip: plasma is sometimes called the fourth.",
            "Which gases make up most of the air?": "nitrogen (78%) oxygen (21%) 💡 Tip: argon comes third, under 1%.",
            "What is the boiling point of water at sea level?": "100 °C.",
        }),
        # numbered lists, '> **Note:**' and '> **Remember:**'
        ("cell-notes.md", {
            "What are the stages of mitosis?": "Prophase Metaphase Anaphase Telophase Note: cytokinesis usually overlaps telophase but is not a stage of mitosis.",
            "Which organelles have their own DNA?": "mitochondria chloroplasts Remember: both are thought to descend from bacteria (endosymbiosis).",
        }),
        # heading questions, GitHub alerts '> [!TIP]' / '> [!NOTE]'
        ("alerts.md", {
            "Which HTTP methods are idempotent?": "GET PUT DELETE HEAD Tip POST is not: sending it twice may create two resources.",
            "What does HTTPS add to HTTP?": "Encryption and server authentication through TLS.",
        }),
        # Spanish: '> 💡 Consejo:' after a list, '> **Nota:**' after a numbered one
        ("repaso.md", {
            "¿Cuáles son los océanos de la Tierra?": "Pacífico Atlántico Índico Ártico Antártico 💡 Consejo: el Pacífico es el más grande.",
            "¿Qué países forman la península ibérica?": "España Portugal Andorra Nota: Gibraltar es un territorio británico.",
        }),
        # German heading questions: '> **Hinweis:**', '> Tipp:'
        ("wiederholung.md", {
            "Welche Grundkräfte gibt es?": "Gravitation Elektromagnetismus starke Wechselwirkung schwache Wechselwirkung Hinweis: Die Gravitation ist die schwächste der vier.",
            "Welche Aggregatzustände kennt man?": "fest flüssig gasförmig Tipp: Plasma gilt manchmal als vierter Zustand.",
        }),
        # numbered questions, the list and the quote indented under each
        ("numbered.md", {
            "What are the inner planets?": 'Mercury Venus Earth Mars 💡 Tip: "My Very Easy Method" remembers their order.',
            "Which planets have rings?": "Jupiter Saturn Uranus Neptune Note: only Saturn's are easy to see with a small telescope.",
            "What is the largest planet?": "Jupiter.",
        }),
        # a hint box ('> [!hint]- Hint') after the list: "only a hint under this question", no card; a '**Hint:**' quote
        ("hints.md", {
            "Which sorting algorithms are stable?": "merge sort insertion sort bubble sort Hint Think of which ones never swap equal neighbours.",
            "What are the steps of binary search?": "compare the middle element with the target keep the half that can hold it repeat until found or empty Hint: the array must be sorted first.",
            "What does BFS use?": "A queue.",
        }),
        # a quote labelled as the answer under the list asked about keeps the list on the front (T21-40); a warning
        # after a list is an aside
        ("ports.md", {
            "Which protocol uses each of these ports? 22 25 53": "22 SSH, 25 SMTP, 53 DNS.",
            "Which layers does the TCP/IP model have?": "Link Internet Transport Application ⚠️ Warning: some books split Link into two layers.",
        }),
    ],
)
def test_a_tip_note_or_hint_after_a_questions_list_goes_below_the_list_on_the_back(tmp_path: Path, name: str, cards: dict[str, str]) -> None:
    """The lead's finding (high, sitting 44): '**What are the three states of matter?**' / '- solid' '- liquid' '- gas'
    / '> 💡 Tip: plasma …': the list went onto the front and the tip was the answer. An aside after a question's list
    (a tip, note, hint, warning; quoted, an alert, a hint box; in any language deckc reads) is no answer: the list
    answers, the aside below it on the back."""
    made, said = _asides(tmp_path, name)
    for front, back in cards.items():
        assert made.get(front) == back, (front, made)
    assert not any("only a hint" in s or "outside any" in s for s in said), said


def test_an_answer_after_a_hint_box_is_still_the_answer_and_a_bulb_still_marks_an_answer(tmp_path: Path) -> None:
    """What stays: '💡 A queue.' under a '❓' question is the answer without its bulb (T20-42); a paragraph answer with a
    hint box after it keeps its card (before: 'only a hint', no card); code the question points at, then only a hint,
    is still no card (T29-6)."""
    page = (
        "# Algorithms\n\n**What does BFS use?**\n\nA queue.\n\n> [!hint]- Hint\n> First in, first out.\n\n"
        "**What is the output of the following code?**\n\n```python\nprint(0.1 + 0.2 == 0.3)\n```\n\n> [!hint]- Hint\n> Floats.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"algo.md": page, "emoji.md": "❓ What does DFS use?\n💡 A stack.\n\n❓ What is a stable sort?\n💡 One that keeps equal elements in order.\n"})
    made = {note_front(n): note_back(n) for n in notes}
    assert made["What does BFS use?"] == "A queue. Hint First in, first out.", made
    assert made["What does DFS use?"] == "A stack.", made
    assert not any(front.startswith("What is the output") for front in made), made
    assert [s["line"] for s in skipped if s["file"].endswith("algo.md")] == [10], skipped
    assert sum("only a hint under this question" in s for s in said) == 1, said


# --- one section rule for every card of a page --------------------------------------------------------------------------


def _sections(tmp_path: Path, files: dict[str, str | Path]) -> dict[str, str]:
    notes, _skipped, _said = built_notes(tmp_path, files)
    return {note_front(n): n["fields"]["Section"] for n in notes}


def test_cards_with_no_section_show_the_title_the_pages_other_cards_show(tmp_path: Path) -> None:
    """The lead's finding (sitting 44): a review sheet under '# Repaso: la Revolución Francesa', its questions right
    under the title, true/false statements under '## Verdadero o falso', a '## Vocabulario' of terms: the true/false
    cards read 'Repaso: … › Verdadero o falso' (a form heading gets the title, T40-8) while the questions had no
    section at all. A card with no section of its own now shows the title the page's other cards show, whatever its
    kind (before: statements only, sitting 41). A section of its own naming no subject ('Vocabulario') gets the title
    before it too (sitting 51: two cheat sheets' 'Techniques' were alike)."""
    made = _sections(tmp_path, {"repaso-sin-h2.md": DATA / "sections" / "repaso-sin-h2.md"})
    title = "Repaso: la Revolución Francesa"
    assert len(made) == 8, made
    assert made["¿En qué año empezó la Revolución Francesa?"] == made["¿Quién era el rey de Francia al comenzar la Revolución?"] == title, made
    assert made["Verdadero o falso: Napoleón fue rey de Francia durante la Revolución."] == f"{title} › Verdadero o falso", made
    assert made["Tercer Estado"] == f"{title} › Vocabulario", made


def test_open_questions_name_a_form_as_true_or_false_does(tmp_path: Path) -> None:
    """'## Preguntas abiertas' (open questions; 'Open questions', 'Questions ouvertes', 'Offene Fragen', 'Domande
    aperte', 'Perguntas abertas') names the form of its questions, no subject: the title goes before it as before
    'Verdadero o falso' (T40-8), so the sheet's questions and true/false cards both say what they are about."""
    made = _sections(tmp_path, {"repaso-historia.md": DATA / "sections" / "repaso-historia.md"})
    title = "Repaso: la Revolución Francesa"
    assert made["¿Qué fue la toma de la Bastilla?"] == f"{title} › Preguntas abiertas", made
    assert made["Verdadero o falso: Napoleón fue rey de Francia durante la Revolución."] == f"{title} › Verdadero o falso", made
    assert made["Jacobinos"] == f"{title} › Vocabulario", made
    from compiler.passes.forms import form_heading

    assert all(form_heading(h) for h in ("Open questions", "Open-ended questions", "Questions ouvertes", "Offene Fragen", "Domande aperte", "Perguntas abertas"))
    assert not form_heading("Open source licences")


def test_a_page_whose_cards_show_no_title_keeps_its_sections(tmp_path: Path) -> None:
    """What stays: a page none of whose cards needs its title keeps its own sections (no title before them); a card
    fronted by the title already ('Lesson 3 — Titration › Summary') is not titled again; a question that names no
    subject shows the title for itself only (sitting 41: 'What are the inputs?' beside "What is chlorophyll's role?")."""
    plain = "# Biology\n\n## Cells\n\n**What is the powerhouse of the cell?**\n\nThe mitochondrion.\n\n**What makes proteins?**\n\nThe ribosome.\n"
    made = _sections(tmp_path / "a", {"bio.md": plain})
    assert set(made.values()) == {"Cells"}, made
    cornell = "# Photosynthesis, week 4\n\n**What are the inputs?**\n\nLight, water and CO2.\n\n**What is chlorophyll's role?**\n\nIt absorbs light.\n"
    made = _sections(tmp_path / "b", {"cornell.md": cornell})
    assert made["What are the inputs?"] == "Photosynthesis, week 4", made
    assert made["What is chlorophyll's role?"] == "", made


# --- principal parts: 'gehen – ging – gegangen – to go' ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        # German strong verbs under headings, an English gloss: 'ging' was the answer, 'gegangen – to go' a paragraph
        ("verben.md", {"gehen": "gehen – ging – gegangen – to go", "trinken": "trinken – trank – getrunken – to drink"}),
        # English irregular verbs with a Spanish gloss, ' - '
        ("irregular.md", {"go": "go - went - gone - ir", "write": "write - wrote - written - escribir"}),
        # four Latin forms
        ("latin.md", {"amo": "amo – amare – amavi – amatum – to love"}),
        # a Markdown page's list under a heading beside questions, a form of two words ('ist gegangen')
        ("lektion5.md", {"gehen": "gehen – ging – ist gegangen – to go", "Welches Hilfsverb haben Verben der Bewegung?": "sein"}),
        # principal parts among plain word pairs
        ("mixed.md", {"sein": "sein – war – gewesen – to be", "der Hund": "dog"}),
    ],
)
def test_principal_parts_and_a_gloss_on_one_line_are_one_card_of_the_whole_series(tmp_path: Path, name: str, cards: dict[str, str]) -> None:
    """The lead's finding (sitting 44): 'gehen – ging – gegangen – to go' showed 'ging' as the answer and 'gegangen – to
    go' as a second paragraph. Three forms or more and a gloss joined by one dash are one card: the first form its
    front, as a 'term – gloss' line's term is, the whole series one paragraph on its back; a card per line."""
    notes, _skipped, said = built_notes(tmp_path, {name: DATA / "principal-parts" / name})
    made = {note_front(n): n["fields"].get("Answer", "") for n in notes}
    for front, back in cards.items():
        assert made.get(front) == f"<p>{back}</p>", (front, made)
    assert not any("outside any" in s for s in said), said


def test_a_word_its_meaning_and_an_example_stay_three_fields(tmp_path: Path) -> None:
    """What stays (T32-45): 'el perro - the dog - El perro ladra mucho.' is a word, its meaning and an example sentence,
    never principal parts: the meaning answers, the example a paragraph of its own under it."""
    notes, _skipped, _said = built_notes(tmp_path, {"examples.md": DATA / "principal-parts" / "examples.md"})
    made = {note_front(n): n["fields"].get("Answer", "") for n in notes}
    assert made["el perro"] == "<p>the dog</p><p>El perro ladra mucho.</p>", made


# --- T43-15: a resources or languages section of links, in any language ---------------------------------------------------


@pytest.mark.parametrize("name", ["en-sections.md", "es-sections.md"])
def test_a_resources_section_of_labelled_link_lists_is_one_reading_list(tmp_path: Path, name: str) -> None:
    """T43-15 (low): '## 📚 **Recursos Adicionales**' (read as a section: the questions are '### 1. …?' under
    '## Questions and answers') over '📖 **Documentación Oficial**:' / '- [MDN …](…)' / '🎥 **Videos Recomendados**:' /
    links: "text outside any question" at each of its four lines, in English the same. Now one reading-list message
    at the heading and one skipped entry in the manifest named by it; the questions' cards unchanged."""
    notes, skipped, said = built_notes(tmp_path, {name: DATA / "reading-lists" / name})
    assert [note_front(n) for n in notes] == ["What is a closure?", "What does === compare?"]
    assert not any("outside any question" in s for s in said), said
    listed = [s for s in said if "only links under it (a reading list)" in s]
    assert [s.split(": warning")[0] for s in listed] == [f"sources/{name}:15"], said
    entry = [s for s in skipped if s["file"] == f"sources/{name}"]
    assert [(s["line"], s["question"]) for s in entry] == [(15, "Further reading" if name.startswith("en") else "Recursos Adicionales")], entry
    assert "javascript.info" in entry[0]["original"], entry


def test_a_languages_list_under_the_title_is_one_reading_list_its_prose_still_said(tmp_path: Path) -> None:
    """T43-15: '利用可能な言語リスト:' over six language links under the page's title, after a paragraph of prose: the
    list is said once (a list of links, no card) and listed as skipped under its label; the prose above it is still
    text in no card, said at its line."""
    notes, skipped, said = built_notes(tmp_path, {"ja-languages.md": DATA / "reading-lists" / "ja-languages.md"})
    assert len(notes) == 2, [note_front(n) for n in notes]
    outside = [s.split(": warning")[0] for s in said if "outside any question" in s]
    assert outside == ["sources/ja-languages.md:3"], said
    assert [s.split(": warning")[0] for s in said if "a list of links (a reading list)" in s] == ["sources/ja-languages.md:5"], said
    assert [(s["line"], s["question"]) for s in skipped] == [(5, "利用可能な言語リスト")], skipped


def test_a_link_in_prose_or_in_an_answer_is_no_reading_list(tmp_path: Path) -> None:
    """What stays: a paragraph of prose holding a link, outside any question, is still text in no card said at its
    line; a list of links under a question is its answer."""
    page = (
        "# Notes\n\n## Overview\n\nThis page follows [the MDN guide](https://developer.mozilla.org/) closely and adds "
        "notes of our own on each topic.\n\n## Questions\n\n### Where can I read about closures?\n\n"
        "- [MDN: Closures](https://developer.mozilla.org/docs/Web/JavaScript/Closures)\n- [javascript.info](https://javascript.info/closure)\n\n"
        "### What is hoisting?\n\nDeclarations are moved to the top of their scope.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"notes.md": page})
    assert "Where can I read about closures?" in [note_front(n) for n in notes]
    assert [s.split(": warning")[0] for s in said if "outside any question" in s] == ["sources/notes.md:5"], said
    assert not [s for s in skipped if s["file"] == "sources/notes.md"], skipped
