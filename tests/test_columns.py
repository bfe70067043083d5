"""Column names in other languages (learner3 N8, trial8 H13): a glossary headed '| Thuật ngữ | Ý nghĩa |'
or a sheet headed 'Begriff;Bedeutung' is read as '| Term | Meaning |' is: a card per row, the header no card."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.sources import columns, lines

LESSON = """# Lesson 7: Patching

## What is a patch?

A patch changes bytes of machine code.

## Key terms

| Thuật ngữ | Ý nghĩa |
|---|---|
| **Opcode** | the byte code of an instruction |
| **NOP** | No Operation, byte `0x90` |
| **Restore** | put the original bytes back |

## Begriffe

| Begriff | Erklärung |
|---|---|
| Haltepunkt | Stelle, an der das Programm anhält |
| Speicher | Arbeitsspeicher des Prozesses |
"""


def _fronts(tmp_path: Path, files: dict[str, str]) -> dict[str, str]:
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return {item.question: item.answer_plain() for item in compiled.items if not item.skip}


def test_a_glossary_table_headed_in_another_language_is_a_card_per_row(tmp_path: Path) -> None:
    fronts = _fronts(tmp_path, {"lesson.md": LESSON})
    assert fronts["Opcode"] == "the byte code of an instruction"
    assert fronts["Restore"] == "put the original bytes back"
    assert fronts["Haltepunkt"] == "Stelle, an der das Programm anhält"
    assert "What is a patch?" in fronts
    assert not any("Thuật ngữ" in q or "Begriff" in q for q in fronts)  # no header card, no table card


def test_a_sheet_headed_in_german_reads_its_header_as_names(tmp_path: Path) -> None:
    fronts = _fronts(tmp_path, {"vokabeln.csv": "Begriff;Bedeutung;Beispiel\nder Hund;the dog;Der Hund bellt.\ndie Katze;the cat;\n"})
    assert set(fronts) == {"der Hund", "die Katze"}
    assert fronts["der Hund"].startswith("the dog")


def test_the_roles_of_names_in_other_languages() -> None:
    assert lines.table_columns(["Thuật ngữ", "Ý nghĩa"]) == {"front": 0, "back": 1}
    assert lines.table_columns(["用語", "意味"]) == {"front": 0, "back": 1}
    assert lines.table_columns(["Термин", "Определение"]) == {"front": 0, "back": 1}
    assert lines.table_columns(["Jahr", "Ereignis"]) is None  # names of no card's sides: a table of facts
    assert columns.role("erklärung") == "explain" and columns.role("cevap") == "back" and columns.role("soru") == "front"


REVIEW = """# Lesson 7

## Review questions

### Question 1 (Recall)
What does "patch" mean in reverse engineering?<BR>
A. Installing new software<BR>
B. Changing machine-code bytes to change behaviour<BR>
C. Debugging a program<BR>

**Answer:** B

### Question 2 (Hard)
What does byte `0x90` mean in x86 machine code?<BR>
*Suggested answer:* It is the opcode of `NOP`.

### Câu 3 (Vận dụng)
Khi nào nên dùng **Restore Original Bytes**?<BR>
*Gợi ý trả lời:* Khi muốn hoàn tác Patch.
""".replace("<BR>", "  ")  # hard line breaks, as the page has them


def test_a_label_heading_over_its_question_asks_the_question(tmp_path: Path) -> None:
    """learner3 N7: '### Question 1 (Recall)' over the question, its options and key in one paragraph (hard
    breaks) asked 'Question 1 (Recall)' with the question on the back; now the question is the front, the
    options are options, a level word in the brackets is the item's level, 'Suggested answer:' is a label."""
    result = build(deck_of(tmp_path, {"review.md": REVIEW}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    items = {i.question: i for i in compiled.items}
    mc = items['What does "patch" mean in reverse engineering?']
    assert mc.correct == "B" and "Changing machine-code bytes" in str(mc.choices[1])
    nop = items["What does byte `0x90` mean in x86 machine code?"]
    assert nop.answer_plain() == "It is the opcode of NOP." and nop.difficulty.value == "hard"
    assert items["Khi nào nên dùng Restore Original Bytes?"].answer_plain() == "Khi muốn hoàn tác Patch."
    assert not any("statement heading" in w.message for w in result.summary.warnings)


def test_a_spreadsheet_header_padded_with_empty_columns_is_a_header(tmp_path: Path) -> None:
    """trial10 P33: Google Sheets / Excel pad every row with empty fields ('Front,Back,,,'); the header row was a
    card 'Front -> Back'."""
    sheet = "\ufeffFront,Back,,,\r\nWhat is osmosis?,Water crossing a membrane,,,\r\nWhat makes ATP?,Mitochondria,,,\r\n,,,,\r\n"
    fronts = _fronts(tmp_path, {"Biology - Sheet1.csv": sheet})
    assert fronts == {"What is osmosis?": "Water crossing a membrane", "What makes ATP?": "Mitochondria"}


def test_word_lists_typed_with_a_cjk_ime(tmp_path: Path) -> None:
    """trial10 P34: '犬：dog' (full-width colon), '苹果（píngguǒ）= apple' (a reading in brackets before '= ') were
    'cannot tell this document's layout'; 'Q：…' / '答：…' stay question and answer labels."""
    fronts = _fronts(tmp_path, {"ja.txt": "犬：dog\n猫：cat\n鳥：bird\n", "zh.txt": "苹果（píngguǒ）= apple\n香蕉（xiāngjiāo）= banana\n"})
    assert fronts == {"犬": "dog", "猫": "cat", "鳥": "bird", "苹果（píngguǒ）": "apple", "香蕉（xiāngjiāo）": "banana"}
