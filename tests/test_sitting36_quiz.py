"""Thirty-sixth sitting, quiz: tables and workbooks of new-user trial 35 (a question bank as a Word table, a vocabulary
workbook's header and sheets, a dash that means 'none')."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text, typeset_pdf
from test_docx import paragraph, write_docx

BANK = [
    ["No.", "Question", "A", "B", "C", "D", "Answer"],
    ["1", "Which organ pumps blood?", "lungs", "heart", "liver", "kidney", "B"],
    ["2", "Which gas do plants release?", "oxygen", "nitrogen", "carbon dioxide", "hydrogen", "A"],
    ["3", "What is H2O?", "salt", "water", "sugar", "acid", "B"],
]
BANK_CARDS = [
    ("What is H2O?", "B) water", "A) salt B) water C) sugar D) acid"),
    ("Which gas do plants release?", "A) oxygen", "A) oxygen B) nitrogen C) carbon dioxide D) hydrogen"),
    ("Which organ pumps blood?", "B) heart", "A) lungs B) heart C) liver D) kidney"),
]
# the same bank keyed by the right option's text instead of its letter
TEXT_KEYED = [BANK[0]] + [[*row[:6], row[2 + "ABCD".index(row[6])]] for row in BANK[1:]]
GERMAN = [
    ["Nr.", "Frage", "A", "B", "C", "D", "Lösung"],
    ["1", "Welches Organ pumpt Blut?", "Lunge", "Herz", "Leber", "Niere", "B"],
    ["2", "Was ist H2O?", "Salz", "Wasser", "Zucker", "Säure", "B"],
    ["3", "Welches Gas geben Pflanzen ab?", "Sauerstoff", "Stickstoff", "Kohlendioxid", "Wasserstoff", "A"],
]


def _word_table(rows: list[list[str]]) -> str:
    """A Word table as Word writes one when no row is marked to repeat as the header (no ``<w:tblHeader/>``), every
    cell one plain paragraph."""
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _mc_cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Options", ""))) for n in notes)


@pytest.mark.parametrize("title", [True, False])
@pytest.mark.parametrize("rows", [BANK, TEXT_KEYED], ids=["letter-key", "text-key"])
def test_a_question_bank_kept_as_a_word_table_is_a_card_per_row(tmp_path: Path, title: bool, rows: list[list[str]]) -> None:
    """A .docx whose body is one table, ``No. | Question | A | B | C | D | Answer`` over a row per question, no row
    marked as Word's repeating header: 'no note … cannot tell this document's layout' (trial35 T35-21). Each row is
    a multiple-choice card keyed by its Answer column, a letter or the right option's text."""
    write_docx(tmp_path / "made.docx", ([paragraph("Question bank – Unit 3")] if title else []) + [_word_table(rows)])
    notes, skipped, said = built_notes(tmp_path, {"bank.docx": tmp_path / "made.docx"})
    assert _mc_cards(notes) == BANK_CARDS
    assert skipped == []
    # (each card names its own row: lines count the document's paragraphs, a table row one line, sitting 37)
    assert [note_front(n) for n in sorted(notes, key=lambda n: n["items"][0]["line"])] == [row[1] for row in rows[1:]]
    assert not [s for s in said if "cannot tell" in s or "outside" in s or "no answer" in s], said


def test_a_word_table_bank_in_another_language_is_read_alike(tmp_path: Path) -> None:
    """``Nr. | Frage | A | B | C | D | Lösung``: the column names the delimited and Markdown readers know in German."""
    write_docx(tmp_path / "fragen.docx", [paragraph("Fragenkatalog"), _word_table(GERMAN)])
    notes, _, _ = built_notes(tmp_path, {"fragen.docx": tmp_path / "fragen.docx"})
    assert [(f, b) for f, b, _ in _mc_cards(notes)] == [
        ("Was ist H2O?", "B) Wasser"),
        ("Welches Gas geben Pflanzen ab?", "A) Sauerstoff"),
        ("Welches Organ pumpt Blut?", "B) Herz"),
    ]


def test_a_markdown_table_with_an_empty_header_over_its_names_is_a_bank(tmp_path: Path) -> None:
    """The Markdown a Word table converts to (an empty header row, then the row naming the columns), under a line of
    prose: read as the bank it is (before: one 'note' card holding the whole table)."""
    head = "|  |  |  |  |  |  |  |\n| --- | --- | --- | --- | --- | --- | --- |\n"
    text = "Question bank – Unit 3\n\n" + head + "".join("| " + " | ".join(row) + " |\n" for row in BANK)
    notes, _, _ = built_notes(tmp_path, {"bank.md": text})
    assert _mc_cards(notes) == BANK_CARDS
    assert sorted(n["items"][0]["line"] for n in notes) == [6, 7, 8]


@pytest.mark.parametrize("rows", [BANK, TEXT_KEYED], ids=["letter-key", "text-key"])
def test_the_same_bank_as_csv_and_as_a_workbook_gives_the_same_cards(tmp_path: Path, rows: list[list[str]]) -> None:
    """The Word table's twins, a CSV and an Excel sheet, read alike: a card per row keyed by its Answer column."""
    import openpyxl

    out = io.StringIO()
    csv.writer(out).writerows(rows)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([int(c) if c.isdecimal() else c for c in row])
    book.save(tmp_path / "made.xlsx")
    for name, data in (("bank.csv", out.getvalue()), ("bank.xlsx", tmp_path / "made.xlsx")):
        notes, _, _ = built_notes(tmp_path / name, {name: data})
        assert _mc_cards(notes) == BANK_CARDS, name



VOCAB = [["Español", "English"], ["el perro", "the dog"], ["la casa", "the house"], ["el libro", "the book"]]


@pytest.mark.parametrize("kind", ["docx", "md"])
def test_a_two_language_table_under_a_title_line_is_a_card_per_word(tmp_path: Path, kind: str) -> None:
    """A Word handout's title paragraph over a table ``Español | English`` and three words (no row marked as the header):
    read with a guessed pattern, its row of names a card 'Español' -> 'English' (trial35 T35-21, its second shape). The
    same in Markdown under a line of prose."""
    if kind == "docx":
        write_docx(tmp_path / "made.docx", [paragraph("Vocabulario – Unidad 1"), _word_table(VOCAB)])
        files: dict[str, str | Path] = {"vocab.docx": tmp_path / "made.docx"}
    else:
        table = "| Español | English |\n| --- | --- |\n" + "".join(f"| {a} | {b} |\n" for a, b in VOCAB[1:])
        files = {"vocab.md": "Vocabulario – Unidad 1\n\n" + table}
    notes, skipped, said = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == [("el libro", "the book"), ("el perro", "the dog"), ("la casa", "the house")]
    assert not skipped and not [s for s in said if "guessed" in s or "outside" in s], said


HEAD_JA = ["#", "日本語", "日本語 ※ふりがなつき", "English", "例文(れいぶん) example sentence", "例文(れいぶん) example sentence\u3000※ふりがなつき", "English"]
WORDS_JA = [
    [("開発する", "開発(かいはつ)する", "v. develop", "今、Xを開発しています。", "今(いま)、Xを開発(かいはつ)しています。", "I'm developing X now."),
     ("すでに", "すでに", "adv. already", "ー", "ー", "ー")],
    [("締切", "締切(しめきり)", "n. deadline", "締切は明日です。", "締切(しめきり)は明日(あした)です。", "The deadline is tomorrow."),
     ("ちゃんと", "ちゃんと", "adv. properly", "ー", "ー", "ー")],
    [("原因", "原因(げんいん)", "n. cause", "原因を調べます。", "原因(げんいん)を調(しら)べます。", "I will look into the cause.")],
    [("仕様", "仕様(しよう)", "n. specification", "—", "—", "—")],
    [("課題", "課題(かだい)", "n. issue", "課題が見つかった。", "課題(かだい)が見(み)つかった。", "We found an issue.")],
]


def _vocabulary_workbook(path: Path) -> Path:
    """mercari/engineer-vocabulary-list's shape: five sheets 'list #1' … 'list #5', each with rows 1-2 empty, a title
    merged over B3:H3, the header in row 4 from column B ('#' numbering the words, 'English' twice: the word's meaning
    and the example's translation), the words under it, 'ー' where a word has no example."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, words in enumerate(WORDS_JA, start=1):
        sheet = book.create_sheet(f"list #{n}")
        sheet["B3"] = f"エンジニア語彙(ごい)リスト Engineer Vocabulary List #{n}"
        sheet.merge_cells("B3:H3")
        for k, name in enumerate(HEAD_JA):
            sheet.cell(row=4, column=2 + k, value=name)
        for r, word in enumerate(words, start=5):
            for k, value in enumerate([r - 4, *word]):
                sheet.cell(row=r, column=2 + k, value=value)
    book.save(path)
    return path


def test_a_five_sheet_vocabulary_workbook_reads_its_header_and_sheets(tmp_path: Path) -> None:
    """T35-11 (rest): the header '# | 日本語 | … | English | 例文 … | English' names a language twice and a column with its
    reading in brackets: it was no header, so its row was a card '日本語' and every back ended with its sheet's name. Now
    a card per word, the meaning its answer, each sheet its section, the '#' column the list's order (no card text, no
    warning), a 'ー' example left out (T35-12)."""
    book = _vocabulary_workbook(tmp_path / "made.xlsx")
    notes, skipped, said = built_notes(tmp_path, {"vocabulary.xlsx": book})
    cards = sorted((n["items"][0]["section"][0], note_front(n), n["items"][0]["line"]) for n in notes)
    assert cards == [
        ("list #1", "すでに", 6), ("list #1", "開発する", 5), ("list #2", "ちゃんと", 6), ("list #2", "締切", 5),
        ("list #3", "原因", 5), ("list #4", "仕様", 5), ("list #5", "課題", 5),
    ]  # fmt: skip
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert backs["すでに"] == "<p>adv. already</p>"
    # (the reading columns '… ※ふりがなつき' shown with their word and example since sitting 37, tests/test_sitting37_quiz.py)
    assert backs["仕様"] == "<p>仕様(しよう)</p><p>n. specification</p>"
    assert backs["開発する"] == (
        "<p>開発(かいはつ)する</p><p>v. develop</p><p>例文(れいぶん) example sentence: 今(いま)、Xを開発(かいはつ)しています。</p>"
        "<p>English: I'm developing X now.</p>"
    )
    assert not [b for b in backs.values() if "list #" in b or "ー" in b]
    assert skipped == [] and [s for s in said if "not listed in deck.toml" not in s] == [], said


def test_the_same_list_as_csv_has_its_header_and_no_dash_lines(tmp_path: Path) -> None:
    """The repository's own CSV of the list (its first rows; mercari/engineer-vocabulary-list, CC BY 4.0): the header row
    was a card '日本語' (T35-11) and 'すでに' showed three 'ー' lines on its back (T35-12)."""
    data = Path(__file__).parent / "data" / "trials" / "trial35" / "t35-11-workbook-table-offset" / "list_1-head.csv"
    notes, _, _ = built_notes(tmp_path, {"list_1.csv": data})
    cards = {note_front(n): (n["items"][0]["line"], note_back(n)) for n in notes}
    assert "日本語" not in cards and len(cards) == 5
    assert cards["すでに"] == (3, "adv. already")
    assert cards["開発する"][1].startswith("開発(かいはつ)する v. develop 例文(れいぶん) example sentence: 今(いま)、Xを開発(かいはつ)しています。")


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        ("wortschatz.csv", "Deutsch,Englisch,Beispiel,Englisch\nder Hund,the dog,Der Hund bellt.,The dog barks.\ndie Katze,the cat,—,—\n"
         "das Haus,the house,Das Haus ist groß.,The house is big.\n",
         [("das Haus", "the house Beispiel: Das Haus ist groß. Englisch: The house is big."),
          ("der Hund", "the dog Beispiel: Der Hund bellt. Englisch: The dog barks."), ("die Katze", "the cat")]),
        ("vocabulario.tsv", "Español\tInglés\tEjemplo\tInglés\nel perro\tthe dog\tEl perro ladra.\tThe dog barks.\nel gato\tthe cat\t–\t–\n"
         "la casa\tthe house\tLa casa es grande.\tThe house is big.\n",
         [("el gato", "the cat"), ("el perro", "the dog Ejemplo: El perro ladra. Inglés: The dog barks."),
          ("la casa", "the house Ejemplo: La casa es grande. Inglés: The house is big.")]),
    ],
)  # fmt: skip
def test_a_header_naming_a_language_twice_in_other_languages(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str]]) -> None:
    """The same shape in German and Spanish: the row of names no card, the meaning the answer, a dash no line."""
    notes, _, _ = built_notes(tmp_path, {name: text})
    assert sorted((note_front(n), note_back(n)) for n in notes) == cards


@pytest.mark.parametrize("dash", ["-", "–", "—", "ー"])
@pytest.mark.parametrize("kind", ["csv", "md"])
def test_a_dash_meaning_none_in_a_cell_is_no_line_on_the_back(tmp_path: Path, dash: str, kind: str) -> None:
    """T35-12: 'osmosis | water moving … | —' printed 'Example: —' (a CSV printed the dash on a line of its own); the
    dash says the row has no example, as an empty cell says it."""
    rows = [("osmosis", "water moving across a membrane", dash), ("mitosis", "cell division", "Mitosis makes two cells."),
            ("meiosis", "division into gametes", dash)]  # fmt: skip
    if kind == "csv":
        files: dict[str, str | Path] = {"terms.csv": "Term,Definition,Example\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows)}
    else:
        files = {"terms.md": "# Cells\n\n| Term | Definition | Example |\n| --- | --- | --- |\n" + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in rows)}
    notes, _, _ = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("meiosis", "division into gametes"),
        ("mitosis", "cell division Example: Mitosis makes two cells."),
        ("osmosis", "water moving across a membrane"),
    ]



@pytest.mark.parametrize("kind", ["csv", "md"])
def test_a_lone_dash_in_a_column_of_endings_is_kept(tmp_path: Path, kind: str) -> None:
    """A German list's 'Plural' column writes endings after a dash ('-n', '-e'), and a lone '-' for a plural like the
    singular ('der Lehrer, -'): that dash says something, and stays on the back."""
    rows = [("der Lehrer", "-", "the teacher"), ("die Katze", "-n", "the cat"), ("der Hund", "-e", "the dog")]
    if kind == "csv":
        files: dict[str, str | Path] = {"wörter.csv": "Deutsch,Plural,Englisch\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows)}
    else:
        files = {"wörter.md": "# Tiere\n\n| Deutsch | Plural | Englisch |\n| --- | --- | --- |\n" + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in rows)}
    notes, _, _ = built_notes(tmp_path, files)
    backs = {note_front(n): note_back(n) for n in notes}
    assert "Plural: - " in backs["der Lehrer"] + " " and "Plural: -n" in backs["die Katze"], backs

WORDS_ES = [("perro", "dog", "El perro ladra.", "The dog barks."), ("gato", "cat", "—", "—"), ("libro", "book", "Leo un libro.", "I read a book.")]


def _landscape_table_pdf(path: Path, header: tuple[str, ...], pages: int = 5) -> Path:
    """A vocabulary list printed as a ruled table on landscape pages, one list a page under its title (as a workbook
    printed wide, or exported to PDF, is)."""

    def row(cells: tuple[str, ...]) -> str:
        return ", ".join("[" + c.replace("#", "\\#") + "]" for c in cells)

    body = []
    for n in range(1, pages + 1):
        words = ", ".join(row((str(k), f"{w} {n}", f"{m} {n}", ex, tr)) for k, (w, m, ex, tr) in enumerate(WORDS_ES, 1))
        body.append(f"= Lista {n}\n#table(columns: {len(header)}, stroke: 0.5pt, table.header({row(header)}), {words})")
    return typeset_pdf(path, "#set page(flipped: true)\n" + "\n#pagebreak()\n".join(body))


def test_a_vocabulary_list_printed_as_a_landscape_table_is_read_as_its_table(tmp_path: Path) -> None:
    """T35-13: five landscape pages, each a ruled table '# | Español | English | Ejemplo | English': 'not read: lecture
    slides'. Its first row names the columns and every row has their number of cells: a card per word, each page's
    title its section, the '—' of a word without example no line."""
    pdf = _landscape_table_pdf(tmp_path / "made.pdf", ("#", "Español", "English", "Ejemplo", "English"))
    notes, skipped, said = built_notes(tmp_path, {"lista.pdf": pdf})
    cards = sorted((n["items"][0]["section"][-1], note_front(n), note_back(n)) for n in notes)
    assert len(cards) == 15 and not skipped
    assert cards[:3] == [
        ("Lista 1", "gato 1", "cat 1"),
        ("Lista 1", "libro 1", "book 1 Ejemplo: Leo un libro. English: I read a book."),
        ("Lista 1", "perro 1", "dog 1 Ejemplo: El perro ladra. English: The dog barks."),
    ]
    assert not [s for s in said if "slides" in s], said


def test_a_landscape_table_whose_first_row_names_no_columns_says_what_it_is(tmp_path: Path) -> None:
    """The real list's PDF runs its header into its first row ('#1 | 日本語チケットを取る | …'): no table to read, and no
    'lecture slides' either; the message names what it is and the file to read instead."""
    pdf = _landscape_table_pdf(tmp_path / "made.pdf", ("1", "perro", "dog", "El perro ladra.", "The dog barks."))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "lista.pdf").write_bytes(pdf.read_bytes())
    (content / "sources" / "atp.md").write_text("## What is ATP?\n\nThe energy currency of the cell.\n", encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    from compiler.build import build

    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items if "lista.pdf" in d.text()]
    assert any(
        "not read: a table printed on 5 landscape pages whose text runs its cells together" in s
        and "put the workbook or CSV the table was made from into sources/ instead" in s
        for s in said
    ), said
    assert not [s for s in said if "lecture slides" in s], said
