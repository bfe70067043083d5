"""Fifty-seventh sitting, helper newdocs: a new user's documents, read card by card (round-12 findings first).

R1: a chat quiz pasted into Markdown with bold speaker labels ('**Tutor:** Sure! First: in which year …?' /
'**Me:** 1789' / '**Tutor:** Correct! Next: …?' … '**Tutor:** Perfect score!'): read as a dialogue, a card per
question without the tutor's fillers on the front ('Sure! First:', 'Correct! Next:'), the answer without the
speaker's name when one turn gives it, and the tutor's praise or closing ('Correct!', 'Perfect score!') off the backs.
'**Wrong:** …?' / '**Right:** …?' pairs (two labels, every turn asking) stay labelled pairs, no dialogue.

Each test's docstring says what was wrong. Documents in tests/data/sitting57/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.pairscore import STATEMENTS, built_in_contrast
from compiler.passes.dedupe import front_script, other_scripts

DATA = Path(__file__).parent / "data" / "sitting57" / "newdocs"


def test_r1_a_chat_quiz_in_markdown_is_a_dialogue_without_fillers(tmp_path: Path) -> None:
    """R1: before, fronts 'Sure! First: in which year …?', 'Correct! Next: …', and 'Tutor: Perfect score!' ending the
    last back."""
    notes, skipped, messages = built_notes(tmp_path, {"chat.md": DATA / "chat-quiz.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "In which year was the Estates-General called?": "1789",
        "What was the name of the oath taken in a tennis court?": "The Tennis Court Oath",
        "Who was executed on 21 January 1793?": "Louis XVI",
    }
    assert not skipped and not [m for m in messages if "no answer" in m]


def test_r1_bold_wrong_right_labels_are_no_speakers(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"en.md": Path(__file__).parent / "data" / "sitting55" / "newdocs" / "wrong-right.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Wrong: Can you borrow me your pen?"] == "Can you lend me your pen?"


def test_r5_dupes_calls_vocabulary_entries_words_not_headings(tmp_path: Path) -> None:
    """R5: two vocabulary pages' entries ('das Schwein — the pig', '- 🟢 das Fenster — window') as a dupes reason
    quotes them: 'the words …'; before, 'the headings … of two documents', though neither is a heading. A heading
    ('## Death') is still named a heading."""
    # (sitting 58: 'die Maus' / 'die Tür', two words answered apart, is no longer listed as a closest match; a third
    # list's 'die Maus — computer mouse' is the pair whose reason is checked)
    office = "# Büro\n\ndie Maus — computer mouse\nder Drucker — printer\ndas Kabel — cable\n"
    content = deck_of(tmp_path, {"animals.md": DATA / "german-animals.md", "nouns.md": DATA / "german-nouns-coloured.md", "office.md": office})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    stated = [p.reason for p in result.compiled.dupes.pairs if p.reason.startswith(STATEMENTS)]
    assert stated and all("the word" in r and "heading" not in r for r in stated), stated
    one = {"x.md": "# Ada Lovelace\n\n## Death\n\nShe died in 1852.\n", "y.md": "# Alan Turing\n\n## Death\n\nHe died in 1954.\n"}
    result = build(deck_of(tmp_path / "h", one), tmp_path / "h" / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert any("the heading 'Death'" in p.reason for p in result.compiled.dupes.pairs)


def test_r4_a_number_column_of_roman_numerals_is_a_fact_on_the_back(tmp_path: Path) -> None:
    """R4: '| Number | Name | Type | Function |' / '| I | Olfactory | Sensory | Smell |': the nerve's number is on the
    back ('Number: I'); before, the column was taken for row numbering and dropped from every card. A 'No.' column of
    1, 2, 3 stays layout."""
    notes, skipped, _ = built_notes(tmp_path, {"n.md": Path(__file__).parent / "data" / "sitting56" / "newdocs" / "cranial-nerves-merged.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert len(got) == 7 and not skipped
    assert got["Olfactory"].startswith("Number: I") and "Function: Smell" in got["Olfactory"]
    assert got["Trochlear"].startswith("Number: IV") and "Superior oblique muscle" in got["Trochlear"]
    counted = "# Rivers\n\n| No. | River | Length |\n|---|---|---|\n| 1 | Nile | 6,650 km |\n| 2 | Amazon | 6,400 km |\n| 3 | Yangtze | 6,300 km |\n"
    notes, _, _ = built_notes(tmp_path / "c", {"r.md": counted})
    assert {note_front(n): note_back(n) for n in notes}["Nile"] == "6,650 km"


def test_r1_a_spanish_lessons_praise_and_leads_stay_off_the_cards(tmp_path: Path) -> None:
    """R1 (other languages): '**Profesora:** ¡Muy bien! ¿Y cómo se dice "waiter"?': front '¿Cómo se dice "waiter"?';
    the closing '¡Excelente!' off the last back. Before, fronts '¡Muy bien! ¿Y cómo se dice …?', 'Perfecto. ¿Qué …?'."""
    notes, skipped, _ = built_notes(tmp_path, {"es.md": DATA / "spanish-lesson-chat.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        '¿Cómo se dice "the bill" en español?': "La cuenta.",
        '¿Cómo se dice "waiter"?': "El camarero.",
        '¿Qué significa "la propina"?': "The tip.",
    }
    assert not skipped


def test_r2_quotations_each_over_its_speaker_are_a_card_each(tmp_path: Path) -> None:
    """R2: '# Who said it?' over '> "I came, I saw, I conquered."' / 'Julius Caesar, …' pairs: a card per quotation,
    who said it on the back; before, one card of the title holding them all. A quote that is no quotation (no
    quotation marks: a note) leaves the page as it was."""
    notes, skipped, _ = built_notes(tmp_path, {"q.md": DATA / "who-said-it.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got['"I came, I saw, I conquered."'] == "Julius Caesar, after the battle of Zela (47 BC)."
    assert got['"Let them eat cake."'].startswith("Attributed to Marie Antoinette — but there is no evidence")
    assert len(got) == 3 and not skipped
    noted = "# Notes\n\n> Remember to revise chapter 3.\n\nMrs Smith\n\n> Bring a calculator.\n\nMr Jones\n"
    notes, _, _ = built_notes(tmp_path / "n", {"n.md": noted})
    assert not any(note_front(n).startswith("- ") or "→" in note_front(n) for n in notes)


def test_r3_a_topic_page_of_sentences_each_with_one_bold_term_is_a_cloze_each(tmp_path: Path) -> None:
    """R3: '# The Cold War' over lines 'The **Truman Doctrine** (1947) promised …' (the page's only text): a cloze per
    line, the bold term its deletion; before, one card of the title. A glossary whose every entry opens with its
    term ('**Osmosis** is …') stays term cards."""
    notes, skipped, _ = built_notes(tmp_path, {"cw.md": DATA / "cold-war-bold-lines.md"})
    texts = sorted(n["fields"]["Text"] for n in notes)
    assert len(texts) == 4 and not skipped
    assert "The {{c1::Truman Doctrine}} (1947) promised US support to countries resisting communism." in texts
    assert "{{c1::NATO}} was formed in 1949 as a military alliance of Western countries." in texts
    glossary = (
        "# Biology\n\n**Osmosis** is the movement of water across a membrane.\n**Diffusion** is the net movement of"
        " particles.\n**Active transport** is movement against a gradient using ATP.\n"
    )
    notes, _, _ = built_notes(tmp_path / "g", {"g.md": glossary})
    assert "Osmosis" in {note_front(n) for n in notes}


def test_r6_terms_joined_to_their_meaning_by_the_same_words_are_a_glossary(tmp_path: Path) -> None:
    """R6: '- CPU stands for Central Processing Unit', '- *Algorithm* means a step-by-step procedure …': a card per
    term; before, one card of the title. Prose lines ('This means that …') are left alone."""
    notes, skipped, _ = built_notes(tmp_path, {"a.md": DATA / "acronyms-stands-for.md", "t.md": DATA / "terms-means.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["CPU"] == "Central Processing Unit" and got["URL"] == "Uniform Resource Locator"
    assert got["Algorithm"] == "a step-by-step procedure for solving a problem."
    assert len(got) == 8 and not skipped
    prose = "Notes\n\nThis means that the value is lost.\nIt means a lot to the user.\nHe means well, mostly.\n"
    notes, _, _ = built_notes(tmp_path / "p", {"p.txt": prose, "a.md": DATA / "acronyms-stands-for.md"})
    assert not {"This", "It", "He"} & {note_front(n) for n in notes}


def test_n1_an_arrow_emoji_separates_a_pair(tmp_path: Path) -> None:
    """N1: '- 🇫🇷 France ➡️ Paris' entries under '# 🌍 Capitals quiz': a card each; before, read as a question's four
    options with none marked correct, no card from the file."""
    notes, skipped, _ = built_notes(tmp_path, {"c.md": DATA / "capitals-arrow-emoji.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["🇫🇷 France"] == "Paris" and len(got) == 4 and not skipped


def test_n2_a_question_number_and_its_marks_are_off_the_front(tmp_path: Path) -> None:
    """N2: a .txt answer sheet of 'Q1 (1 mark) Who was the first Tudor king?' over 'Henry VII', a blank line between
    pairs: fronts 'Who was the first Tudor king?'; before, 'Q1 (1 mark) Who was …?' ('Q1. …' lost its number already)."""
    notes, skipped, _ = built_notes(tmp_path, {"t.txt": DATA / "tudors-marks.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Who was the first Tudor king?"] == "Henry VII"
    assert got["In what year did Elizabeth I become queen?"] == "1558"
    assert len(got) == 3 and not skipped


def test_n3_bold_terms_closed_by_a_full_stop_over_formulas_are_a_glossary(tmp_path: Path) -> None:
    """N3: '**Derivative.** The derivative of $f$ at $a$ is …', '**Product rule.** $(uv)' = u'v + uv'$.' paragraphs: a
    card per term; before, one card of the title (a full stop inside the bold, a definition opening with a formula)."""
    notes, skipped, _ = built_notes(tmp_path, {"c.md": DATA / "calculus-defs.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert set(got) == {"Derivative", "Chain rule", "Product rule"} and not skipped
    assert got["Derivative"].startswith("The derivative of")


def test_n4_a_column_of_roman_numerals_names_each_front_alike(tmp_path: Path) -> None:
    """N4: '| Roman | Arabic |' over 'IV' … 'XC', 'CD': every front under its column's name ('Roman CD'); before,
    'Roman XC' but a bare 'CD' (D and M were no numerals)."""
    table = "# Latin numbers\n\n| Roman | Arabic |\n|---|---|\n| IV | 4 |\n| XL | 40 |\n| XC | 90 |\n| CD | 400 |\n"
    notes, _, _ = built_notes(tmp_path, {"r.md": table})
    assert {note_front(n) for n in notes} == {"Roman IV", "Roman XL", "Roman XC", "Roman CD"}


def test_d1_one_question_asked_of_two_names_is_two_questions() -> None:
    """D1: 'What is the capital of Australia?' (a quiz) / 'What is the capital of Canada?' (another page), 'What is the
    longest river in Africa?' / 'Name the longest river in Europe.': kept apart, 'contrast (different names: …)';
    before, pairs 'to decide' in a real deck (scores 0.22, 0.20). A paraphrase naming no name of its own ('the USA' /
    'the United States') and one name asked twice are no contrast."""
    assert built_in_contrast("What is the capital of Australia?", "What is the capital of Canada?") == "different names: Australia / Canada"
    assert built_in_contrast("What is the longest river in Africa?", "Name the longest river in Europe.") == "different names: Africa / Europe"
    assert built_in_contrast("What is the capital of the USA?", "What is the capital of the United States?") == ""
    assert built_in_contrast("What did Newton discover?", "What is Newton's first law?") == ""


def test_n5_terms_with_their_meaning_in_brackets_are_a_glossary(tmp_path: Path) -> None:
    """N5: a .txt of 'erosion (the wearing away of rock by water, wind or ice)' lines under a title: a card per term;
    before, "cannot tell this document's layout", no card. 'der Hund (m)' (a gender, no meaning) is no such line."""
    notes, skipped, _ = built_notes(tmp_path, {"g.txt": DATA / "geography-keywords.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["erosion"] == "the wearing away of rock by water, wind or ice"
    assert got["meander"] == "a bend in a river" and len(got) == 4 and not skipped


def test_r7_an_outline_of_terms_each_over_one_meaning_is_a_glossary(tmp_path: Path) -> None:
    """R7: '# Research methods vocabulary' over '- Independent variable' / '  - the variable the researcher changes'
    (every top entry a short term over exactly one nested line): a card per term; before, one card of the title. A
    topic outline ('- Cells' / '  - structure') stays notes."""
    notes, skipped, _ = built_notes(tmp_path, {"v.md": DATA / "research-vocab-outline.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Independent variable"] == "the variable the researcher changes"
    assert got["Hypothesis"] == "a testable prediction" and len(got) == 4 and not skipped
    topics = "# Revision topics\n\n- Cells\n  - structure\n- Genetics\n  - inheritance\n- Ecology\n  - food webs\n"
    notes, _, _ = built_notes(tmp_path / "t", {"t.md": topics, "v.md": DATA / "research-vocab-outline.md"})
    assert "Cells" not in {note_front(n) for n in notes}


def test_d2_a_reading_in_brackets_leaves_a_word_in_its_own_script() -> None:
    """D2: '谢谢 (xièxie)' of a Chinese list and 'תודה' of a Hebrew one, both 'thank you': two languages, each keeps its
    card; before, the pinyin's Latin letters made the Chinese front 'latin' and the pair was listed 'to decide' (the
    same short answer in words the model cannot read)."""
    assert front_script("谢谢 (xièxie)") == "cjk"
    assert other_scripts("תודה", "谢谢 (xièxie)").startswith("documents in two languages (hebrew / cjk script)")
    assert front_script("(a) What is a cell?") == "latin"
