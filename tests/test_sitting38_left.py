"""Thirty-eighth sitting, helper left: no text silently left out of a guessed reading. A page of two shapes under
plain headings is read a section at a time (definitions over a quiz, a bold-term list over a table); elsewhere the
study text a guessed layout leaves in no item is said once, at its first line, with its count (compiler/coverage.py)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.coverage import definition, uncovered
from compiler.diagnostics import ContentError
from compiler.model import Block, BlockKind, Item, Locator
from compiler.sources.parts import label_lines, section_spans

TRIAL37 = Path(__file__).parent / "data" / "trials" / "trial37"
TRIAL38 = Path(__file__).parent / "data" / "trials" / "trial38"

BIO = """# Cell biology revision

**Mitochondria** — the organelles where aerobic respiration releases energy as ATP.

**Ribosomes** — the sites of protein synthesis, reading mRNA.

## Quick quiz

1. What is the movement of water across a partially permeable membrane called?
   ||osmosis||
2. Which organelle contains the cell's DNA?
3. What does the cell membrane control?
"""


def _left(said: list[str]) -> list[str]:
    return [s for s in said if "in no card" in s]


def test_definitions_over_a_numbered_quiz_are_cards_and_the_quiz_too(tmp_path: Path) -> None:
    """The failure that opened the sitting: '**Mitochondria** — …' lines over '## Quick quiz' were in no card and no
    message (the guessed 'numbered' read the quiz only); now each section is read with its own layout."""
    content = deck_of(tmp_path, {"bio-revision.md": BIO})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert [(note_front(n), note_back(n)) for n in manifest["notes"]] == [
        ("Mitochondria", "the organelles where aerobic respiration releases energy as ATP."),
        ("Ribosomes", "the sites of protein synthesis, reading mRNA."),
        ("What is the movement of water across a partially permeable membrane called?", "osmosis"),
    ], said
    # each card keeps its own line (the manifest's file:line), and the two unanswered questions are still said
    assert [(i["file"], i["line"]) for n in manifest["notes"] for i in n["items"]] == [("sources/bio-revision.md", k) for k in (3, 5, 9)]
    assert sum("question has no answer" in s for s in said) == 2, said
    assert not _left(said), said
    table = next(s for s in said if "not listed in deck.toml" in s)
    assert "read part by part (5 items)" in table and 'parts = "whole"' in table, table


def test_a_bold_term_list_over_a_table_gives_both_parts_cards(tmp_path: Path) -> None:
    """T37-4 (severe): '- **Art. 415 KC** – …' under '## Kodeks cywilny' and a '| Roszczenie | Termin |' table under
    '## Terminy przedawnienia': six cards, the articles' and the table's, each at its own line."""
    notes, _, said = built_notes(tmp_path, {"prawo.md": TRIAL37 / "t37-4-glossary-list-and-table" / "pl-prawo-artykuly.md"})
    assert [(note_front(n), note_back(n)[:20]) for n in notes] == [
        ("Art. 415 KC", "Kto z winy swej wyrz"),
        ("Art. 471 KC", "Dłużnik obowiązany j"),
        ("Art. 5 KC", "Nie można czynić ze "),
        ("Ogólny", "6 lat"),
        ("Okresowe świadczenia", "3 lata"),
        ("Związane z działalnością gospodarczą", "3 lata"),
    ], said
    assert not _left(said), said


def test_key_terms_and_questions_under_plain_headings_are_both_read(tmp_path: Path) -> None:
    """'## Key terms' with 'Term: definition' lines and '## Questions' with 'Q:'/'A:' lines: the guessed 'markdown'
    read the questions and said the terms were outside any question; now the terms are cards too."""
    page = (
        "# Networking basics\n\n## Key terms\n\nLatency: the time a packet takes to travel from sender to receiver.\n"
        "Bandwidth: the most data a link can carry per second.\nJitter: the variation in latency between packets.\n\n"
        "## Questions\n\nQ: Which protocol resolves domain names to IP addresses?\nA: DNS\n\n"
        "Q: Which port does HTTPS use by default?\nA: 443\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Latency", "the time a packet takes to travel from sender to receiver."),
        ("Bandwidth", "the most data a link can carry per second."),
        ("Jitter", "the variation in latency between packets."),
        ("Which protocol resolves domain names to IP addresses?", "DNS"),
        ("Which port does HTTPS use by default?", "443"),
    ], said
    assert not _left(said) and not any("outside any question" in s for s in said), said


def test_a_key_terms_list_over_questions_and_their_answers_section(tmp_path: Path) -> None:
    """'## Key terms' ('- **Atrium**: …'), '## Review questions' (numbered, unanswered) and '## Answers to review
    questions': the terms are read alone and the questions with their answers' section as one reading (sections the
    whole reading holds stay together), six cards; the reader's 'section opens with 3 lines' is gone with the loss."""
    page = (
        "# Chapter 5: The Cardiovascular System\n\n## Key terms\n\n"
        "- **Atrium**: an upper chamber of the heart that receives blood.\n"
        "- **Ventricle**: a lower chamber of the heart that pumps blood out.\n"
        "- **Systole**: the phase of the heartbeat when the heart muscle contracts.\n\n## Review questions\n\n"
        "1. How many chambers does the human heart have?\n2. Which blood vessels carry blood away from the heart?\n"
        "3. What is the function of the heart valves?\n\n## Answers to review questions\n\n"
        "1. Four: two atria and two ventricles.\n2. Arteries.\n3. They keep blood flowing in one direction.\n"
    )
    notes, _, said = built_notes(tmp_path, {"chapter5.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Atrium", "an upper chamber of the heart that receives blood."),
        ("Ventricle", "a lower chamber of the heart that pumps blood out."),
        ("Systole", "the phase of the heartbeat when the heart muscle contracts."),
        ("How many chambers does the human heart have?", "Four: two atria and two ventricles."),
        ("Which blood vessels carry blood away from the heart?", "Arteries."),
        ("What is the function of the heart valves?", "They keep blood flowing in one direction."),
    ], said
    assert not _left(said) and not any("opens with" in s for s in said), said


def test_a_plain_text_sheet_under_label_lines_is_read_by_its_sections(tmp_path: Path) -> None:
    """T38-16 (Italian): 'Definizioni' over 'Atomo = …' lines and 'Domande' over '1) …? – answer' in a .txt with no
    Markdown heading: the label lines part the page, and are no pair of the section read alone; six cards."""
    notes, _, said = built_notes(tmp_path, {"ripasso.txt": TRIAL38 / "t38-16-revision-sheet-definitions" / "it-scheda-ripasso.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Atomo", "la più piccola parte di un elemento che ne conserva le proprietà"),
        ("Molecola", "gruppo di atomi legati tra loro"),
        ("Isotopo", "atomo con lo stesso numero di protoni ma diverso numero di neutroni"),
        ("Qual è la carica del protone?", "positiva"),
        ("Dove si trovano gli elettroni?", "negli orbitali attorno al nucleo"),
        ("Che cos'è il numero atomico?", "il numero di protoni nel nucleo"),
    ], said
    assert not _left(said), said


def test_bold_label_definitions_no_layout_reads_are_said(tmp_path: Path) -> None:
    """T38-16 (German): '**Def. Gen:** …' / '**Merke:** …' lines over numbered questions were said, at the first, with
    their count (no layout read them); since sitting 39 the page is read part by part, the definitions a card each
    (the 'Merke' note on the back of the term above it: tests/test_sitting39_lead.py), nothing left unsaid."""
    notes, _, said = built_notes(tmp_path, {"lernzettel.md": TRIAL38 / "t38-16-revision-sheet-definitions" / "de-lernzettel.md"})
    assert [note_front(n) for n in notes] == [
        "Gen",
        "Allel",
        "Was versteht man unter dem Genotyp?",
        "Was ist ein rezessives Allel?",
        "Wie lautet die 1. Mendelsche Regel?",
    ], said
    assert _left(said) == [], said


def test_a_key_table_under_its_own_heading_is_never_cards_alone(tmp_path: Path) -> None:
    """T38-11's worksheet: three numbered questions, then '## Antwoordmodel' over a 'Vraag | Antwoord' table: read by
    sections, the key alone would make cards '1' -> 'De Verenigde …', '2' -> '1602'; a section whose fronts are
    numbers is a key, never a reading of its own, so the page reads as it did (whatever its key heading gives)."""
    content = deck_of(tmp_path, {"werkblad.md": TRIAL38 / "t38-11-key-table-under-antwoordmodel" / "nl-werkblad-converted.md"})
    try:
        result = build(content, tmp_path / "build", formats=("json",), now=1_000)
        made = result.compiled is not None
    except ContentError as exc:
        made, said = False, [d.text() for d in exc.diagnostics]
    if made:
        manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
        fronts = [note_front(n) for n in manifest["notes"]]
        said = [d.text() for d in result.compiled.diagnostics.items]
    else:
        fronts = []
    assert not {"1", "2", "3", "Vraag"} & set(fronts), fronts
    assert not any("read part by part" in s for s in said), said


def test_parts_whole_keeps_one_reading_and_says_the_definitions(tmp_path: Path) -> None:
    """parts = "whole" in the [[source]] table: the one guessed reading, and the definitions it leaves out are said
    at their first line with their count, never dropped unsaid."""
    table = '[[source]]\nid = "bio"\nfile = "sources/bio.md"\nparts = "whole"\n'
    notes, _, said = built_notes(tmp_path, {"bio.md": BIO}, table)
    assert [note_front(n) for n in notes] == ["What is the movement of water across a partially permeable membrane called?"], said
    left = _left(said)
    assert len(left) == 1 and "bio.md:3:" in left[0] and "2 lines of text are in no card" in left[0], said
    assert "'numbered'" in left[0] and "#name" in left[0] and "[source.pattern]" in left[0], left


def test_definitions_above_a_quiz_with_no_headings_are_said_once_with_their_count(tmp_path: Path) -> None:
    """No heading to read the page by: the definitions the guessed layout leaves out are said, one warning for the
    file at their first line (the page's title line is not counted)."""
    page = (
        "Cell biology revision\n\n**Mitochondria** — the organelles where aerobic respiration releases energy as ATP.\n"
        "**Ribosomes** — the sites of protein synthesis, reading mRNA.\n\n1. What is osmosis?\n"
        "   Answer: the movement of water across a partially permeable membrane\n"
        "2. Which organelle contains the cell's DNA?\n   Answer: the nucleus\n"
    )
    notes, _, said = built_notes(tmp_path, {"sheet.md": page})
    assert [note_front(n) for n in notes] == ["What is osmosis?", "Which organelle contains the cell's DNA?"], said
    left = _left(said)
    assert len(left) == 1 and "sheet.md:3:" in left[0] and "2 lines" in left[0], said


def test_an_intro_paragraph_and_a_licence_footer_are_no_text_lost(tmp_path: Path) -> None:
    """Page furniture never warns: a title, a one-sentence intro, a lead-in ending with ':', a table's header row and a
    licence footer under the table the guessed layout reads."""
    page = (
        "# Spanish food words\n\nThese words come from unit 4 of the course book.\n\nLearn each word:\n\n"
        "| Spanish | English |\n|---|---|\n| la manzana | the apple |\n| el pan | the bread |\n| la leche | the milk |\n\n"
        "---\n\nLicensed under CC BY 4.0 by Jane Teacher. All rights reserved for the pictures.\n"
    )
    notes, _, said = built_notes(tmp_path, {"food.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("la manzana", "the apple"),
        ("el pan", "the bread"),
        ("la leche", "the milk"),
    ], said
    assert not _left(said), said


def test_a_paragraph_of_notes_between_quiz_questions_is_said(tmp_path: Path) -> None:
    """Prose after the first item that no item holds (a reader that drops it) is study text: said."""
    lines = ["Capital cities", "", "| Country | Capital |", "|---|---|", "| France | Paris |", "| Spain | Madrid |", "",
             "Remember that the capital of a country is not always its largest city, as Australia shows."]
    found = [_item(5, "France", "Paris"), _item(6, "Spain", "Madrid")]
    assert uncovered(lines, found) == [8]
    assert uncovered(lines[:7], found) == []


def test_lines_whose_words_an_item_holds_are_covered_in_any_script() -> None:
    """Coverage looks at words, not at which reader made the item: a line is covered when most of its words are in
    an item's question, answer or text as written; a script written without spaces is matched inside the text."""
    lines = ["1. 光合作用发生在哪里？", "叶绿体是植物细胞进行光合作用的场所。", "", "补充：线粒体是细胞进行有氧呼吸的主要场所。"]
    found = [_item(1, "光合作用发生在哪里？", "叶绿体是植物细胞进行光合作用的场所。")]
    assert uncovered(lines, found) == [4]


def test_definition_lines_and_frame_lines() -> None:
    """What counts as a definition (a glossary's line) and what is a header field or a question."""
    assert definition("**Mitochondria** — the organelles where aerobic respiration releases energy.")
    assert definition("- **Art. 415 KC** – Kto z winy swej wyrządził drugiemu szkodę.")
    assert definition("Latency: the time a packet takes to arrive.")
    assert definition("Atomo = la più piccola parte di un elemento")
    assert not definition("Time allowed: 1 hour 15 minutes and no calculators")
    assert not definition("What is latency: the time or the delay?")
    assert not definition("Note: ok")


def test_sections_are_split_at_the_top_headings_with_the_title_joined() -> None:
    """A title with nothing under it goes with the section after it; fewer than two sections is None."""
    lines = ["# Title", "", "## Terms", "", "A: b c d", "", "## Quiz", "", "1. Q?"]
    assert section_spans(lines) == [(0, 0, 6), (6, 6, 9)]
    assert section_spans(["# Only", "", "text"]) is None
    # sections holding none of the lines one reading left out stay one (questions and their answers' section)
    lines = ["# T", "", "## Terms", "A: b c d", "", "## Questions", "1. Q?", "", "## Answers", "1. A"]
    assert section_spans(lines, [4]) == [(0, 0, 5), (5, 5, 10)]
    # a plain-text page's label lines, alone after a blank line, head its sections
    lines = ["SHEET", "", "Terms", "Atom = the smallest part", "", "Questions", "1) What? – this"]
    assert label_lines(lines) == [0, 2, 5]
    assert section_spans(lines) == [(0, 0, 5), (5, 5, 7)]
    assert label_lines(["# Title", "", "Terms", "Atom = the smallest part"]) == []


def _item(line: int, question: str, answer: str) -> Item:
    return Item(source="s", question=question, answer=[Block(kind=BlockKind.text, text=answer)], locator=Locator(file="s.md", line=line), original=question)
