"""Fortieth sitting, finder: findings of trial 40 (a learner's whole collection built as one deck, docs/trials/trial40.md)
fixed: a word list's note whose separator sits inside brackets, or a sentence with no separator, is said as a note and
never a card nor a question without its answer (T40-1); bold study tasks ('**Define mitosis.**') among bold questions are
questions too (T40-2); the cheat sheet of a collection without topics keeps each document's groups together and
prints same-named sections of several documents as one group (T40-4); a closing encouragement, a chatbot's offer or a
note to self after the last card is no part of its answer (T40-5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.lines import note_line, opens_bracket, pair_separator, split_on, split_pair
from compiler.sources.markdown import bold_task

TRIAL = Path(__file__).parent / "data" / "trials" / "trial40"


def _cards(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(note_front(n), note_back(n)) for n in notes]


# --- T40-1: '- la madre = the mother' … 'Tip: … (los padres = mother and father).' ---------------------------------------


@pytest.mark.parametrize(
    ("name", "words", "note_line_no"),
    [
        ("es-family-notes.md", 8, 12),
        ("es-food-bullets.md", 4, 8),
        ("es-food-equals.txt", 4, 5),
        ("de-dash-note.txt", 4, 5),
        ("es-note-no-separator.txt", 4, 5),
    ],
)
def test_a_note_on_a_word_list_is_no_card(tmp_path: Path, name: str, words: int, note_line_no: int) -> None:
    """T40-1 (high): 'Tip: the masculine plural covers mixed groups (los padres = mother and father).' under a list of
    '- la madre = the mother' pairs was a card 'Tip: … (los padres' -> 'mother and father).'; a note with no separator
    was 'question has no answer (write the answer in the second column)'. Now every word is a card, and the note is
    said once at its line as a note in no card."""
    notes, skipped, said = built_notes(tmp_path, {name: TRIAL / "t40-1-separator-inside-brackets" / name})
    cards = _cards(notes)
    assert len(cards) == words, (cards, said)
    assert not any("(" in front or back.endswith(").") for front, back in cards), cards
    assert not skipped, skipped
    assert not any("no answer" in s for s in said), said
    assert any(f":{note_line_no}:" in s and "a note, not a word with its meaning, is in no card" in s for s in said), said


def test_a_term_whose_meaning_is_missing_is_still_a_question_without_answer(tmp_path: Path) -> None:
    """T40-1's limit: a short term with no meaning ('el gato') or a question ('¿Qué hora es?') among the pairs is still
    named as a card without its answer, and a term with brackets of its own ('el pez (vivo) = fish') is a pair."""
    pairs = [("el pan", "bread"), ("el queso", "cheese"), ("el pez (vivo)", "fish"), ("la leche", "milk"), ("el agua", "water"),
             ("la carne", "meat"), ("el arroz", "rice"), ("la sal", "salt"), ("el huevo", "egg"), ("la fruta", "fruit"),
             ("la sopa", "soup"), ("el té", "tea"), ("el café", "coffee"), ("la miel", "honey"), ("el vino", "wine"),
             ("la cerveza", "beer"), ("el zumo", "juice"), ("la pera", "pear"), ("la uva", "grape"), ("el limón", "lemon")]
    page = "".join(f"{front} = {back}\n" for front, back in pairs) + "el gato\n¿Qué hora es?\n"
    notes, skipped, said = built_notes(tmp_path, {"food.txt": page})
    assert _cards(notes) == pairs, said
    assert sorted(s["line"] for s in skipped) == [21, 22], skipped
    assert not any("a note, not a word" in s for s in said), said


def test_a_separator_inside_brackets_never_splits() -> None:
    """The rule T40-1 rests on, for every separator and bracket: a split whose left side leaves a bracket open is none;
    balanced brackets on the term ('苹果（píngguǒ）= apple', 'el pez (vivo) = fish') split as before."""
    assert opens_bracket("Tip: mixed groups (los padres ") and opens_bracket("注意【複数 ") and not opens_bracket("el pez (vivo) ")
    assert split_on("Tip: mixed groups (los padres = mother and father).", " = ") == ("Tip: mixed groups (los padres = mother and father).", "", "")
    assert split_on("el pez (vivo) = fish", " = ") == ("el pez (vivo)", " = ", "fish")
    assert split_pair("苹果（píngguǒ）= apple", (" = ", "= ")) == ("= ", "苹果（píngguǒ）", "apple")
    assert split_pair("Tip: plural nouns take die [die Hunde - the dogs]", (" - ",)) is None
    lines = ["la madre = the mother", "el padre = the father", "el hermano = the brother", "Tip: (los padres = mother and father)."]
    assert pair_separator(lines)[0] == " = "


def test_what_reads_as_a_note() -> None:
    """A line of a word list that splits into no pair is a note when its separator is in it (inside brackets) or it is
    a sentence of five words or more; a term, a short phrase and a question are not."""
    assert note_line("Tip: mixed groups (los padres = mother and father).", " = ")
    assert note_line("Remember: el agua is feminine although it takes el.", " = ")
    assert note_line("Practice these words every day and you will remember them! 🇪🇸", " - ")
    assert not note_line("el gato", " = ")
    assert not note_line("¡Hola!", " = ")
    assert not note_line("What is the plural of el agua in Spanish?", " = ")



def test_a_pair_written_with_another_separator_and_a_label_over_such_pairs(tmp_path: Path) -> None:
    """T40-1's other half (the fixes helper's finding 3, the pages helper's repro39 g1-g3): after '1. Which planet has the
    most moons? — Saturn' lines, a closing '*light-year* = the distance light travels in one year.' was "question has no
    answer (write the answer in the second column)", and so was a 'Glossary:' label over such pairs; a closing remark
    ('Note: check the moons count, …') was too. Now the pair is a card, the label names its pairs' section, the remark
    is said as a note."""
    folder = TRIAL / "t40-1-separator-inside-brackets"
    planets = [("Which planet has the most moons?", "Saturn"), ("Which planet rotates on its side?", "Uranus")]
    for name, want, note in [
        ("planets-g1.md", [*planets, ("light-year", "the distance light travels in one year.")], False),
        ("planets-g2.md", [*planets, ("light-year", "the distance light travels in one year."), ("parsec", "about 3.26 light-years.")], False),
        ("planets-g3.md", planets, True),
    ]:
        notes, skipped, said = built_notes(tmp_path / name, {name: folder / name})
        assert _cards(notes) == want, (name, said)
        assert not skipped and not any("no answer" in s for s in said), (name, said)
        assert any(":5:" in s and "a note, not a word with its meaning" in s for s in said) is note, (name, said)
    notes, _, _ = built_notes(tmp_path / "g2s", {"planets-g2.md": folder / "planets-g2.md"})
    assert [n["fields"]["Section"] for n in notes][2:] == ["Planets › Glossary", "Planets › Glossary"]

# --- T40-2: '**Define mitosis.**' / its answer, among '**What is diffusion?**' ------------------------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("en-cell-review.md", [("Define mitosis.", "The division of a nucleus into two nuclei."),
                               ("Explain osmosis.", "The movement of water across a membrane."),
                               ("What is diffusion?", "The net movement of particles from high to low concentration.")]),
        ("en-review-tight.md", [("Name the powerhouse of the cell.", "The mitochondrion."),
                                ("What is a ribosome?", "The organelle that makes proteins."),
                                ("Explain osmosis.", "The movement of water across a membrane.")]),
        ("en-cell-review-week6.md", [("Define mitosis.", "The division of a nucleus into two nuclei with the same chromosomes as the parent."),
                                     ("How many cells does meiosis produce?", "Four haploid cells."),
                                     ("What does the cell membrane do?", "It controls which substances enter and leave the cell."),
                                     ("What is the function of the Golgi apparatus?", "It modifies, packages and ships proteins.")]),
        ("es-repaso-tareas.md", [("¿Qué es la fotosíntesis?", "El proceso por el que las plantas fabrican glucosa con luz."),
                                 ("Define la ósmosis.", "El paso del agua a través de una membrana semipermeable."),
                                 ("Explica la función del ribosoma.", "Sintetiza proteínas.")]),
        ("fr-revision-consignes.md", [("Qu'est-ce que la mitose ?", "Une division du noyau."),
                                      ("Définissez la méiose.", "Une division qui donne quatre cellules haploïdes."),
                                      ("Citez deux organites.", "La mitochondrie et le ribosome.")]),
    ],
)
def test_bold_study_tasks_among_bold_questions_are_cards(tmp_path: Path, name: str, want: list[tuple[str, str]]) -> None:
    """T40-2 (high): '**Define mitosis.**' over its answer on a page of bold questions was "text outside any question"
    (no card), and with the answer on the next line ('**Explain osmosis.**' / 'The movement …') it was glued into the
    answer above ('The organelle that makes proteins. Explain osmosis. The movement …'). Now each is a card."""
    notes, skipped, said = built_notes(tmp_path, {name: TRIAL / "t40-2-bold-imperative-prompts" / name})
    assert _cards(notes) == want, said
    assert not skipped and not any("outside any question" in s for s in said), said


def test_bold_sub_headings_stay_sub_headings(tmp_path: Path) -> None:
    """T40-2's limit: a bold line that names a part of the page ('**List of organelles**', '**Summary**') is no task,
    and a bold task with no bold question on the page is read as before (no page of bold questions to go by)."""
    page = (
        "# Cells\n\n**What is a cell?**\n\nThe smallest unit of life.\n\n**List of organelles**\n\n- nucleus\n- ribosome\n\n"
        "**What is a tissue?**\n\nA group of similar cells.\n\n**Summary**\n\nCells make tissues.\n"
    )
    notes, _, said = built_notes(tmp_path / "a", {"cells.md": page})
    assert [note_front(n) for n in notes] == ["What is a cell?", "What is a tissue?"], said
    assert bold_task("Define mitosis.") and bold_task("Explain the role of ATP") and bold_task("Nennen Sie zwei Organellen.")
    assert not bold_task("List of organelles") and not bold_task("Summary") and not bold_task("Define:") and not bold_task("Name")


# --- T40-4: the cheat sheet of a collection without topics -----------------------------------------------------------


def _groups(tmp_path: Path, files: dict[str, str | Path]) -> list[tuple[str, str, list[str]]]:
    from conftest import deck_of

    from compiler.build import build
    from compiler.sheet import groups

    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [(g.title, g.subtitle, [n.primary.question for n in g.notes]) for g in groups(compiled.deck)]


def test_a_merged_note_no_longer_splits_its_documents_group(tmp_path: Path) -> None:
    """T40-4 (medium): a chatbot's "When do you use "estar"?" merged with a grammar page's '## Ser vs. estar' question
    opened a 'Ser vs. estar' group among the chatbot's cards, so the chatbot's list printed as two groups and the grammar
    page's two sections pages apart. Now every document's cards print together, the merged note with its section."""
    folder = TRIAL / "t40-4-sheet-groups-across-documents"
    printed = _groups(tmp_path, {p.name: p for p in sorted(folder.iterdir())})
    titles = [title for title, _, _ in printed]
    # ('chatgpt-spanish.md', a slug-named file: its title in words since sitting 47)
    assert titles == ["Chatgpt spanish", "Cloze practice: present tense", "Unit 2 – Family", "Ser vs. estar", "Por vs. para"], printed
    ser = next(questions for title, _, questions in printed if title == "Ser vs. estar")
    assert ser[0] == 'When do you use "estar"?' and "When do you use ser?" in ser, printed
    assert len(next(questions for title, _, questions in printed if title == "Chatgpt spanish")) == 5, printed


def test_same_named_sections_of_two_documents_are_one_group(tmp_path: Path) -> None:
    """T40-4: '## Regularization' of one's own notes and '## regularization' of a fetched list printed pages apart; they
    are one group now, where the first of them stands, naming no single document under its heading (each entry names
    its own); a section of one document keeps its document's title under its heading."""
    notes = "# My notes\n\n## Regularization\n\n**What is elastic net?**\n\nA linear model with an L1 and an L2 penalty.\n\n## Trees\n\n**What is a decision tree?**\n\nA tree of if/else splits on features.\n"
    theory = "# Theory\n\n## Metrics\n\n**What is recall?**\n\nTP / (TP + FN).\n\n## regularization\n\n**What is dropout?**\n\nSwitching off random units while training.\n"
    printed = _groups(tmp_path, {"a-notes.md": notes, "b-theory.md": theory})
    assert printed == [
        ("Regularization", "", ["What is elastic net?", "What is dropout?"]),
        ("Trees", "My notes", ["What is a decision tree?"]),
        ("Metrics", "Theory", ["What is recall?"]),
    ], printed


# --- T40-5: '¡Mucho ánimo con el examen!' / 'TODO: …' / 'N'hésite pas à me demander …' after the last card ----------------


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("es-tarjetas-animo.md", ("¿Qué es la meiosis?", "Una división que produce cuatro células haploides.")),
        ("en-notes-todo.md", ("What is diffusion?", "The net movement of particles from high to low concentration.")),
        ("fr-fiches-numbered.md", ("Qu'est-ce que la diffusion ?", "Le déplacement des particules du milieu le plus concentré vers le moins concentré.")),
    ],
)
def test_a_closing_line_after_the_last_card_is_no_part_of_its_answer(tmp_path: Path, name: str, last: tuple[str, str]) -> None:
    """T40-5 (medium): a chatbot's '¡Mucho ánimo con el examen!' and a notes page's 'TODO: add active transport after
    Friday's class.' ended the last card's back; a French numbered list's 'N'hésite pas à me demander d'autres fiches !'
    was "text outside any item … add a skip pattern for it to [source.pattern]". Now the last back ends with its answer
    and nothing is said of the closing line."""
    notes, skipped, said = built_notes(tmp_path, {name: TRIAL / "t40-5-closing-line-glued" / name})
    assert len(notes) == 2 and _cards(notes)[-1] == last, (_cards(notes), said)
    assert not skipped and not any("outside any" in s for s in said), said


def test_a_word_list_ending_with_animo_keeps_its_last_word(tmp_path: Path) -> None:
    """T40-5's limit: 'ánimo = spirit, encouragement', a word list's last pair set apart by a blank line, is a card;
    only an exclamation of encouragement ('¡Ánimo!', 'Mucho ánimo …') closes a page."""
    page = "alegría = joy\ntristeza = sadness\nmiedo = fear\n\nánimo = spirit, encouragement\n"
    notes, _, said = built_notes(tmp_path, {"emociones.txt": page})
    assert _cards(notes)[-1] == ("ánimo", "spirit, encouragement"), said
