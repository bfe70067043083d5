"""Sitting 47, meta: the same document written another way gives the same cards (metamorphic robustness, round 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting47" / "meta"


def test_a_bold_question_right_under_a_quote_is_a_card(tmp_path: Path) -> None:
    """A bold question typed right under a quoted tip with no blank line ('> ⚠️ Warning: …' / '**What does ARP
    resolve?**'): Markdown's lazy continuation makes it the quote's text, and the question was lost in the answer above
    (said since sitting 46). On a page that writes its questions as bold lines it opens its own card; the quote stays
    the answer above's, a quoted answer stays its question's."""
    notes, skipped, said = built_notes(tmp_path, {"review.md": DATA / "question-under-quote.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == [
        "Which layers does the TCP/IP model have?",
        "What does ARP resolve?",
        "What does DNS resolve?",
        "Which port does HTTPS use?",
    ], said
    assert cards["Which layers does the TCP/IP model have?"].endswith("Warning: some books split Link into two layers.")
    assert cards["What does ARP resolve?"] == "An IP address to a MAC address."
    assert cards["What does DNS resolve?"].startswith("A name to an IP address, as a phone book does.")
    assert "dig" in cards["What does DNS resolve?"] and "443" not in cards["What does DNS resolve?"]
    assert cards["Which port does HTTPS use?"] == "443."
    assert skipped == [] and not [m for m in said if "looks like a question" in m or "outside any" in m], said


def test_a_quotes_lazy_line_that_asks_on_a_page_of_headings_stays_in_the_quote(tmp_path: Path) -> None:
    """Only a page that writes its questions as bold lines cuts a quote before one: under '## …?' headings, a bold
    question lazily continuing a quote is the quote's own words."""
    text = (
        "## What is caching?\n\nKeeping results to reuse them.\n\n> Ask yourself:\n**Why cache at all?**\n\n"
        "## What is a cache miss?\n\nA lookup that finds nothing kept.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cache.md": text})
    assert [note_front(n) for n in notes] == ["What is caching?", "What is a cache miss?"]
    assert "Why cache at all?" in note_back(notes[0])


SOURCED = (
    "**What is osmosis?**\n\nWater crossing a membrane toward more solute.\n\n**What is diffusion?**\n\n"
    "Particles spreading from high to low concentration.\n\n**What does the cell membrane do?**\n\n"
    "It controls which substances enter and leave the cell.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Source: https://www.example.org/notes/chapter-3",
        "**Sources:** Campbell Biology, ch. 7\nhttps://openstax.org/details/books/biology-2e",
        "Adapted from OpenStax Biology 2e (CC BY 4.0).",
        "Quelle: Skript Zellbiologie, Kapitel 3",
    ],
    ids=["url", "bold-with-link", "adapted", "german"],
)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_source_line_ending_the_page_is_no_part_of_the_last_answer(tmp_path: Path, tail: str, suffix: str) -> None:
    """The page's attribution after its last answer ('Source: https://…', 'Adapted from …'): where the page comes
    from, not the last card's back (it ended the last back of 69 of 74 documents that read right)."""
    text = SOURCED if suffix == ".md" else SOURCED.replace("**", "")
    notes, skipped, said = built_notes(tmp_path, {f"cells{suffix}": text + "\n" + tail + "\n"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is osmosis?", "Water crossing a membrane toward more solute."),
        ("What is diffusion?", "Particles spreading from high to low concentration."),
        ("What does the cell membrane do?", "It controls which substances enter and leave the cell."),
    ], said
    assert skipped == [] and not [m for m in said if "outside any" in m]


def test_answers_that_each_cite_their_source_keep_it(tmp_path: Path) -> None:
    """When every answer ends with its own 'Source:' line, the last one is its answer's, as the others are."""
    text = (
        "**What is osmosis?**\n\nWater crossing a membrane toward more solute.\n\nSource: Campbell Biology, chapter 7\n\n"
        "**What is diffusion?**\n\nParticles spreading from high to low concentration.\n\nSource: Alberts, Molecular Biology of the Cell\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cells.md": text})
    assert [note_back(n) for n in notes] == [
        "Water crossing a membrane toward more solute. Source: Campbell Biology, chapter 7",
        "Particles spreading from high to low concentration. Source: Alberts, Molecular Biology of the Cell",
    ]


def test_answer_toggles_in_a_saved_pages_numbered_list_are_each_their_entrys(tmp_path: Path) -> None:
    """A saved page of numbered questions, each entry holding its answer toggle ('<li><p>What …?</p><details>…'), the
    last toggle after the list (as GitHub renders a toggle typed at the margin): a card per entry, as the Markdown
    page gives. The converted entries ran into one another (Markdown ends a toggle only at a blank line), and the
    page's toggle rules were not applied to a converted page: 1 card of 3."""
    notes, skipped, said = built_notes(tmp_path, {"git.html": DATA / "toggles-in-list.html"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What command creates a new branch and switches to it?", "git switch -c <name>"),
        ("How do you undo the last commit but keep its changes staged?", "git reset --soft HEAD~1"),
        ("What does git stash pop do?", "It re-applies the most recently stashed changes and drops that stash entry."),
    ], said
    assert skipped == [] and not [m for m in said if "outside any" in m]


def test_bold_around_an_answers_list_or_code_in_a_saved_page(tmp_path: Path) -> None:
    """'<b>' around a toggle's list or code ('<summary>…</summary><br><b><ul>…</ul></b>'): the list and the code as
    they are, not '**- Git flow' … and a code fence never closed that swallowed the questions after it."""
    notes, skipped, said = built_notes(tmp_path, {"git.html": DATA / "bold-blocks.html"})
    cards = {note_front(n): n for n in notes}
    assert list(cards) == [
        "What branch strategies do you know?",
        "How do you bring a branch up to date with main?",
        "Explain an octopus merge",
    ], said
    back = cards["What branch strategies do you know?"]["fields"]["Answer"]
    assert "<li>Git flow</li>" in back and "**" not in back, back
    assert "<pre" in cards["How do you bring a branch up to date with main?"]["fields"]["Answer"]
    assert note_back(cards["Explain an octopus merge"]) == "A merge of more than two branches at once."
    assert "<strong>more than two</strong>" in cards["Explain an octopus merge"]["fields"]["Answer"]
    assert skipped == [] and not [m for m in said if "never closed" in m]


def test_a_glossary_under_a_setext_title_is_a_card_per_term(tmp_path: Path) -> None:
    """'Medical mnemonics' / '=====' over '- **MUDPILES** – …' entries: the underlined title is the '# …' heading it
    is, so the page reads as it does under '# Medical mnemonics', a card per term (was one card of the title)."""
    notes, skipped, said = built_notes(tmp_path, {"mnemonics.md": DATA / "setext-glossary.md"})
    assert [note_front(n) for n in notes] == ["MUDPILES", "SOAP", "ABCDE", "FAST"], said
    assert note_back(notes[1]) == "structure of a clinical note: Subjective, Objective, Assessment, Plan"
    assert skipped == []


def test_setext_sections_of_notes_are_cards_as_atx_sections_are(tmp_path: Path) -> None:
    """Notes under '-----'-underlined section titles give the cards the same notes give under '## …' headings."""
    setext = (
        "Cell biology\n============\n\nMitochondria\n------------\n\n- make ATP\n- have their own DNA\n\n"
        "Ribosomes\n---------\n\n- build proteins\n- read mRNA\n"
    )
    atx = "# Cell biology\n\n## Mitochondria\n\n- make ATP\n- have their own DNA\n\n## Ribosomes\n\n- build proteins\n- read mRNA\n"
    cards = []
    for name, text in (("setext.md", setext), ("atx.md", atx)):
        notes, _, _ = built_notes(tmp_path / name, {name: text})
        cards.append([(note_front(n), note_back(n)) for n in notes])
    assert cards[0] == cards[1] and len(cards[0]) == 2, cards


def test_a_question_over_a_dash_line_is_left_to_the_card_readers(tmp_path: Path) -> None:
    """'What is X?' / '---' / its answer with no blank line (a flashcard file's separator between front and back): no
    heading is made of it, the cards read as before."""
    text = "What is osmosis?\n---\nWater crossing a membrane.\n\nWhat is diffusion?\n---\nParticles spreading out.\n"
    notes, _, said = built_notes(tmp_path, {"cards.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is osmosis?", "Water crossing a membrane."),
        ("What is diffusion?", "Particles spreading out."),
    ], said


@pytest.mark.parametrize(
    "lead",
    ["French Revolution flashcards\n\n", "Sure! Here are 3 flashcards on the French Revolution you can copy into Anki:\n\n"],
    ids=["title", "intro"],
)
def test_a_tab_separated_table_under_a_title_line_is_read_as_a_sheet(tmp_path: Path, lead: str) -> None:
    """A table copied from a page or a chat into a text file (tab-separated rows, '#', 'Question', 'Answer' columns)
    under its title or a line about it: a card a row, as without the title (was 'cannot tell this document's
    layout')."""
    text = lead + (DATA / "titled-table.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    notes, skipped, said = built_notes(tmp_path, {"revolution.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("When was the Bastille stormed?", "14 July 1789"),
        ("Who was the king of France in 1789?", "Louis XVI"),
        ("What body governed France from 1795 to 1799?", "The Directory"),
    ], said
    assert skipped == []


def test_a_saved_pages_options_written_one_a_line_stay_options(tmp_path: Path) -> None:
    """A page made from Markdown keeps its soft line breaks: '<li>What does CPU stand for?' / 'a. Central …' / 'b. …'
    in one entry, 'Answer: lsblk' on the line under a fill-in. A browser shows them as one line, but the options are
    the question's options (the key's letters name them) and the answer is its answer, as in the Markdown page (the
    options were one line on the back, the key unused; the fill-in 'no answer')."""
    notes, skipped, said = built_notes(tmp_path, {"review.html": DATA / "options-one-a-line.html"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does CPU stand for?", "A) Central Processing Unit"),
        ("Which memory is volatile?", "B) RAM"),
        ("The ______ command lists block devices.", "lsblk"),
    ], said
    assert skipped == []


def test_a_wrapped_line_of_a_saved_page_starting_with_an_initial_stays_wrapped(tmp_path: Path) -> None:
    """One line break before 'A. Einstein' in a paragraph is the page's wrapping, a space as the browser shows it."""
    page = (
        "<html><body><main><h2>Who proposed special relativity?</h2><p>It was proposed in 1905 by\nA. Einstein in a "
        "short paper.</p><h2>What is a photon?</h2><p>A quantum of light.</p></main></body></html>"
    )
    notes, _, said = built_notes(tmp_path, {"physics.html": page})
    assert note_back(notes[0]) == "It was proposed in 1905 by A. Einstein in a short paper.", said


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_lettered_review_questions_answered_in_the_same_letters_are_cards(tmp_path: Path, suffix: str) -> None:
    """Review questions lettered 'a)', 'b)', 'c)' instead of numbered, answered in the same letters under '## Answers
    to review questions': a card per question with its answer, as the numbered page gives (the answers were read as the
    options of a question 'Answers to review questions', the questions as text; in a .txt, 'cannot tell')."""
    text = (DATA / "lettered-review.md").read_text(encoding="utf-8")
    if suffix == ".txt":
        text = text.replace("## ", "").replace("# ", "")
    notes, skipped, said = built_notes(tmp_path, {f"heart{suffix}": text})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[-3:] == [
        ("How many chambers does the human heart have?", "Four: two atria and two ventricles."),
        ("Which side of the heart pumps blood to the lungs?", "The right side."),
        ("Why do veins have valves?", "To prevent the backflow of blood, because the pressure in veins is low."),
    ], said
    assert skipped == [] and not [m for m in said if "none marked" in m]


def test_lettered_options_under_a_question_stay_options(tmp_path: Path) -> None:
    """Lettered lines that do not ask are a question's options, never review questions, whatever follows them."""
    text = (
        "1. Which gas do plants take in?\na) Oxygen\nb) Carbon dioxide\nc) Nitrogen\n\n"
        "2. Which organelle makes ATP?\na) Ribosome\nb) Nucleus\nc) Mitochondrion\n\n## Answers\n\n1. b\n2. c\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which gas do plants take in?", "B) Carbon dioxide"),
        ("Which organelle makes ATP?", "C) Mitochondrion"),
    ], said


@pytest.mark.parametrize("gap", ["", "\n"], ids=["under-it", "blank-between"])
def test_a_sources_label_over_a_list_of_links_ending_the_page_is_no_answer(tmp_path: Path, gap: str) -> None:
    """'Sources:' alone over a list of links after the last answer (a blank line between them or not): the page's
    attribution, not the last back; an answer's last paragraph that opens with words as 'Based on' stays its own."""
    links = "- https://en.wikipedia.org/wiki/Osmosis\n- https://en.wikipedia.org/wiki/Diffusion\n"
    notes, _, said = built_notes(tmp_path / "a", {"cells.md": SOURCED + "\nSources:\n" + gap + links})
    assert note_back(notes[-1]) == "It controls which substances enter and leave the cell.", said
    based = SOURCED + "\nBased on this, water follows the solute.\n"
    notes, _, _ = built_notes(tmp_path / "b", {"cells.md": based})
    assert note_back(notes[-1]).endswith("Based on this, water follows the solute.")


def test_an_ordinal_in_the_notes_above_numbered_questions_is_no_lead_in(tmp_path: Path) -> None:
    """'Apuntes de clase de Biología, 1.º de Bachillerato.' over '1. ¿Qué afirma la teoría celular?' in a text file: the
    '1.º' (first year) named no question 1, yet the line and the notes under it were set on question 1's front."""
    notes, skipped, said = built_notes(tmp_path, {"tema3.txt": DATA / "ordinal-intro.txt"})
    assert [note_front(n) for n in notes][:2] == [
        "¿Qué afirma la teoría celular?",
        "¿Qué orgánulo produce la mayor parte del ATP de la célula?",
    ], said
    assert all("Bachillerato" not in note_front(n) for n in notes) and skipped == []
