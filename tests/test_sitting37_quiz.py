"""Thirty-seventh sitting, quiz: vocabulary tables naming two languages, reading columns, Word tables under a title,
Word table rows as lines, chat exports, source tags of files named in other scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front
from test_docx import paragraph, write_docx


def _word_table(rows: list[list[str]]) -> str:
    """A Word table with no header row marked, every cell one plain paragraph."""
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _cards(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n)) for n in notes)


BETWEEN = [["Español", "Artículo", "English"], ["perro", "el", "dog"], ["casa", "la", "house"], ["libro", "el", "book"]]
BETWEEN_CARDS = [("casa", "house Artículo: la"), ("libro", "book Artículo: el"), ("perro", "dog Artículo: el")]


def _markdown_table(rows: list[list[str]]) -> str:
    return "| " + " | ".join(rows[0]) + " |\n" + "|---" * len(rows[0]) + "|\n" + "".join("| " + " | ".join(r) + " |\n" for r in rows[1:])


@pytest.mark.parametrize("kind", ["md", "csv", "docx"])
def test_a_vocabulary_table_naming_two_languages_answers_with_the_translation(tmp_path: Path, kind: str) -> None:
    """``| Español | Artículo | English |``: the back read 'Artículo: el' / 'English: dog', the article shown as the
    answer (T31-16's rule for a table of facts). The lead's decision, sitting 37: a header naming two languages is a
    vocabulary table, its card answers with the other language's word, the columns between or after it follow under
    their names in the table's order; in Markdown, a CSV and a Word table alike."""
    if kind == "md":
        files: dict[str, str | Path] = {"vocab.md": "# Vocabulario\n\n" + _markdown_table(BETWEEN)}
    elif kind == "csv":
        files = {"vocab.csv": "".join(",".join(r) + "\n" for r in BETWEEN)}
    else:
        write_docx(tmp_path / "made.docx", [_word_table(BETWEEN)])
        files = {"vocab.docx": tmp_path / "made.docx"}
    notes, skipped, _ = built_notes(tmp_path, files)
    assert _cards(notes) == BETWEEN_CARDS
    assert skipped == []


def test_columns_after_the_translation_follow_it_in_the_tables_order(tmp_path: Path) -> None:
    """``| German | Plural | English | Example |``: 'house', then 'Plural: Häuser', then 'Example: …'."""
    rows = [["German", "Plural", "English", "Example"], ["das Haus", "Häuser", "house", "Das Haus ist groß."],
            ["der Hund", "Hunde", "dog", "Der Hund bellt."], ["die Katze", "Katzen", "cat", "Die Katze schläft."]]  # fmt: skip
    notes, _, _ = built_notes(tmp_path, {"lesson.md": "# Lesson 2\n\n" + _markdown_table(rows)})
    assert ("das Haus", "house Plural: Häuser Example: Das Haus ist groß.") in _cards(notes)
    (house,) = [n for n in notes if note_front(n) == "das Haus"]
    assert house["fields"]["Answer"] == "<p>house</p><p>Plural: Häuser</p><p>Example: Das Haus ist groß.</p>"


def test_a_table_of_facts_naming_no_second_language_keeps_every_column_named(tmp_path: Path) -> None:
    """T31-16's drug table names no language: every column on the back under its name, in the table's order."""
    rows = [["Drug", "Class", "Mechanism", "Key side effect"], ["Metformin", "Biguanide", "Lowers hepatic glucose output", "Lactic acidosis"],
            ["Atenolol", "Beta blocker", "Blocks beta-1 receptors", "Bradycardia"], ["Lisinopril", "ACE inhibitor", "Blocks ACE", "Dry cough"]]  # fmt: skip
    page = "# Drugs\n\n" + _markdown_table(rows)
    notes, _, _ = built_notes(tmp_path, {"drugs.md": page})
    assert ("Atenolol", "Class: Beta blocker Mechanism: Blocks beta-1 receptors Key side effect: Bradycardia") in _cards(notes)


MERCARI = (
    "日本語,日本語 ※ふりがなつき,English,例文(れいぶん) example sentence,例文(れいぶん) example sentence　※ふりがなつき,English\n"
    "チケットを取る,チケットを取(と)る,take a ticket,すでに3つチケットを取っているので、今週は取れません。,"
    "すでに3(みっ)つチケットを取(と)っているので、今週(こんしゅう)は取(と)れません。,I can't take a ticket this week.\n"
    "すでに,すでに,adv. already,ー,ー,ー\n"
    "開発する,開発(かいはつ)する,v. develop,今、Xを開発しています。,今(いま)、Xを開発(かいはつ)しています。,I'm developing X now.\n"
)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_column_named_as_the_words_reading_is_shown_with_the_word(tmp_path: Path, kind: str) -> None:
    """mercari's Engineer Vocabulary List: '日本語 ※ふりがなつき' beside '日本語' was a line '日本語 ※ふりがなつき: チケットを取(と)る'
    on the back, the example's furigana twin a line of its own. A column named as another's reading opens the back
    with the word and its reading (as Anki's furigana does), the example's reading replaces the example's line."""
    if kind == "csv":
        files: dict[str, str | Path] = {"list_1.csv": MERCARI}
    else:
        import csv
        import io

        import openpyxl

        book = openpyxl.Workbook()
        for row in csv.reader(io.StringIO(MERCARI)):
            book.active.append(row)
        book.save(tmp_path / "made.xlsx")
        files = {"list.xlsx": tmp_path / "made.xlsx"}
    notes, _, said = built_notes(tmp_path, files)
    assert _cards(notes) == [
        ("すでに", "adv. already"),
        ("チケットを取る", "チケットを取(と)る take a ticket 例文(れいぶん) example sentence: すでに3(みっ)つチケットを取(と)っているので、今週(こんしゅう)は取(と)れません。 English: I can't take a ticket this week."),
        ("開発する", "開発(かいはつ)する v. develop 例文(れいぶん) example sentence: 今(いま)、Xを開発(かいはつ)しています。 English: I'm developing X now."),
    ]
    assert not [s for s in said if "ふりがな" in s], said


def test_a_reading_in_pinyin_or_romanization_follows_the_word_in_brackets(tmp_path: Path) -> None:
    """'Chinese (pinyin)', 'Korean (romanization)': a reading that does not write the word follows it in brackets."""
    text = "Chinese,Chinese (pinyin),English,Example,Example (pinyin)\n你好,nǐ hǎo,hello,你好吗,nǐ hǎo ma\n谢谢,xièxie,thank you,谢谢你,xièxie nǐ\n"
    korean = "Korean\tKorean (romanization)\tEnglish\n사람\tsaram\tperson\n물\tmul\twater\n"
    notes, _, _ = built_notes(tmp_path, {"zh.csv": text, "ko.tsv": korean})
    assert _cards(notes) == sorted([
        ("你好", "你好 (nǐ hǎo) hello Example: 你好吗 (nǐ hǎo ma)"),
        ("물", "물 (mul) water"),
        ("사람", "사람 (saram) person"),
        ("谢谢", "谢谢 (xièxie) thank you Example: 谢谢你 (xièxie nǐ)"),
    ])


BANK = [
    ["No.", "Question", "A", "B", "C", "D", "Answer"],
    ["1", "Which organ pumps blood?", "lungs", "heart", "liver", "kidney", "B"],
    ["2", "Which gas do plants release?", "oxygen", "nitrogen", "carbon dioxide", "hydrogen", "Z"],
    ["3", "What is H2O?", "salt", "water", "sugar", "acid", "B"],
]


def test_a_word_table_row_is_one_line_of_the_document(tmp_path: Path) -> None:
    """A bank of seven columns under a title: its rows were lines 10, 18 and 26 (each cell's paragraph counted), while
    docs/layouts.md says a message counts the document's paragraphs and table rows. A row is one line: the title line
    1, the header row 2, the rows 3, 4, 5, in the manifest and in a message about row 2."""
    write_docx(tmp_path / "made.docx", [paragraph("Question bank – Unit 3"), _word_table(BANK)])
    notes, skipped, said = built_notes(tmp_path, {"bank.docx": tmp_path / "made.docx"})
    assert sorted((n["items"][0]["line"], note_front(n)) for n in notes) == [(3, "Which organ pumps blood?"), (5, "What is H2O?")]
    assert [(s["line"], s["question"]) for s in skipped] == [(4, "Which gas do plants release?")]
    assert any(s.startswith("sources/bank.docx:4:") and "names none of its options" in s for s in said), said


VOCAB = [["Español", "English"], ["el perro", "the dog"], ["la casa", "the house"], ["el libro", "the book"]]


@pytest.mark.parametrize("bold", [False, True])
def test_a_word_table_under_a_title_paragraph_is_filed_under_the_title(tmp_path: Path, bold: bool) -> None:
    """'Vocabulario – Unidad 1' typed over the table (no heading style): the cards' section was the file's name. A short
    paragraph right over a table, the document's first or all bold, in a document with no heading, is its title."""
    write_docx(tmp_path / "made.docx", [paragraph("Vocabulario – Unidad 1", bold=bold), _word_table(VOCAB)])
    notes, _, _ = built_notes(tmp_path, {"unidad1.docx": tmp_path / "made.docx"})
    assert _cards(notes) == [("el libro", "the book"), ("el perro", "the dog"), ("la casa", "the house")]
    assert {n["fields"]["Section"] for n in notes} == {"Vocabulario – Unidad 1"}


def test_a_sentence_over_a_word_table_is_no_title(tmp_path: Path) -> None:
    """A paragraph that says something ('Learn these words for Monday.') is no title: the cards keep the file's name."""
    write_docx(tmp_path / "made.docx", [paragraph("Learn these words for Monday."), _word_table(VOCAB)])
    notes, _, _ = built_notes(tmp_path, {"unidad1.docx": tmp_path / "made.docx"})
    assert notes and "Learn these words for Monday." not in {n["fields"]["Section"] for n in notes}


ARABIC = "س: ما عاصمة مصر؟\nج: القاهرة.\n\nس: ما أطول نهر في العالم؟\nج: نهر النيل.\n"


def test_a_file_named_in_arabic_is_tagged_by_its_name_its_ids_kept(tmp_path: Path) -> None:
    """trial31 T31-36: 'أسئلة الفصل ١.txt' got the source id 'doc-68298b72' and so the Anki tag
    'deckc::source::doc-68298b72', which tells nobody which file it is. The tags spell the source by its name's own
    letters, which Anki keeps as written; the id (in item ids and GUIDs) stays, so a learner's notes are no duplicates."""
    from ankiutil import import_apkg, open_collection
    from ankiutil import notes as anki_notes
    from conftest import deck_of

    from compiler.build import build

    content = deck_of(tmp_path, {"أسئلة الفصل ١.txt": ARABIC, "biology.md": "# Cells\n\n## What holds the DNA?\n\nThe nucleus.\n"})
    out = tmp_path / "build"
    result = build(content, out, formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    import json

    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    arabic = [n for n in manifest["notes"] if "عاصمة" in note_front(n) or "نهر" in note_front(n)]
    assert len(arabic) == 2 and all(n["id"].startswith("doc-68298b72/") for n in arabic)
    assert all("deckc::source::أسئلة-الفصل-١" in n["tags"] and not any("doc-68298b72" in t for t in n["tags"]) for n in arabic)
    (cell,) = [n for n in manifest["notes"] if n not in arabic]
    assert "deckc::source::biology" in cell["tags"]
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, next(out.glob("*.apkg")))
        landed = anki_notes(col)
    finally:
        col.close()
    assert all("deckc::source::أسئلة-الفصل-١" in landed[a["guid"]]["tags"] for a in arabic), landed


CHAT = Path(__file__).parent / "data" / "trials" / "trial31" / "whatsapp-chat.txt"


def test_a_whatsapp_export_is_read_for_its_questions_and_says_its_chat(tmp_path: Path) -> None:
    """trial31 T31-57: a quiz night's WhatsApp export was "cannot tell the layout", the guess making each 'OPTION:' line
    a question. A 'Q: …' message is a card answered by the next message someone else sends; the poll is a question
    with its options, its votes no key (said at its line: no answer); the other messages are said as chat, with lines."""
    notes, skipped, said = built_notes(tmp_path, {"whatsapp-chat.txt": CHAT})
    assert _cards(notes) == [
        ("What is the normal adult body temperature?", "~37 °C (36.1–37.2)"),
        ("Which blood type is the universal donor?", "O negative"),
    ]
    assert [(s["line"], s["question"].split("?")[0]) for s in skipped] == [(3, "Which organ produces insulin")]
    assert any(s.startswith("sources/whatsapp-chat.txt:1:") and "4 messages (lines 1, 2, 11, 14) are chat" in s for s in said), said
    assert not [s for s in said if "cannot tell" in s or "OPTION" in s], said


def test_a_poll_a_message_answers_is_a_keyed_card(tmp_path: Path) -> None:
    """'Answer: Pancreas' sent after the poll names its option: a multiple-choice card keyed B, votes off the options."""
    text = CHAT.read_text(encoding="utf-8").replace("OPTION: Kidney (1 vote)\n", "OPTION: Kidney (1 vote)\n12/03/2024, 21:15 - Ben: Answer: Pancreas\n")
    text = text.replace("12/03/", "3/12/").replace(", 21:", ", 9:")  # (the US order, 12-hour clock without AM/PM)
    notes, skipped, _ = built_notes(tmp_path, {"quiz-night.txt": text})
    (poll,) = [n for n in notes if note_front(n) == "Which organ produces insulin?"]
    assert note_back(poll) == "B) Pancreas" and "votes" not in poll["fields"]["Options"]
    assert len(notes) == 3 and skipped == []


def test_a_telegram_copy_is_read_alike(tmp_path: Path) -> None:
    """Telegram's and Signal's copied messages write '[12.03.24, 21:16:02] Ben: …': read the same way."""
    text = (
        "[12.03.24, 21:16:02] Ben: Q: What is the powerhouse of the cell?\n[12.03.24, 21:17:10] Carla: The mitochondrion\n"
        "[12.03.24, 21:18:00] Ana: 👍\n[12.03.24, 21:20:45] Ana: Q: Where is DNA kept?\n[12.03.24, 21:21:03] Ben: In the nucleus\n"
    )
    notes, _, said = built_notes(tmp_path, {"chat.txt": text})
    assert _cards(notes) == [("What is the powerhouse of the cell?", "The mitochondrion"), ("Where is DNA kept?", "In the nucleus")]
    assert any("1 message (line 3) is chat" in s for s in said), said
