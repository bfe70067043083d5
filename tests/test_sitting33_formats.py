"""Thirty-third sitting, formats: a vocabulary handout as a Word table with a merged row per unit (T32-17), hascard
decks (T31-19), a Word worksheet's matching part (T32-2), Flashcards Deluxe's header (T32-41), word lists of three
fields (T32-45), Quizlet definitions of several lines (T32-46), bytes behind a UTF-16 mark in a .txt refused as binary."""

from __future__ import annotations

import codecs
import json
import random
import re
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text
from test_docx import paragraph, write_docx


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", ""))) for n in notes)


def _cell(*texts: str, span: int = 1) -> str:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{props}{''.join(paragraph(t) for t in texts)}</w:tc>"


def _table(rows: list[str], columns: int) -> str:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * columns + "</w:tblGrid>"
    return f"<w:tbl>{grid}{''.join(f'<w:tr>{row}</w:tr>' for row in rows)}</w:tbl>"


def test_a_word_vocabulary_table_with_a_merged_row_per_unit(tmp_path: Path) -> None:
    """T32-17: 'Français | English' as its first (plain) row, a row merged across the table per unit: a card per word
    row under its unit's section, the names row no card, a cell's second paragraph on the back (before: no card, the
    build stopped)."""
    rows = [
        _cell("Français") + _cell("English"),
        _cell("Unité 3 : La nourriture", span=2),
        _cell("le pain") + _cell("bread"),
        _cell("la pomme") + _cell("apple"),
        _cell("Unité 4 : La maison", span=2),
        _cell("la cuisine") + _cell("kitchen"),
        _cell("le salon") + _cell("living room", "(also: la salle de séjour)"),
    ]
    path = tmp_path / "vocab.docx"
    write_docx(path, [paragraph("Vocabulaire – Unités 3 et 4", "Heading1"), _table(rows, 2)])
    notes, skipped, said = built_notes(tmp_path, {"vocab.docx": path})
    assert _cards(notes) == [
        ("la cuisine", "kitchen", "Unité 4 : La maison"),
        ("la pomme", "apple", "Unité 3 : La nourriture"),
        ("le pain", "bread", "Unité 3 : La nourriture"),
        ("le salon", "living room (also: la salle de séjour)", "Unité 4 : La maison"),
    ]
    assert not skipped and not [s for s in said if "no answer" in s or "outside any question" in s], said


def test_a_three_column_word_table_with_unit_rows(tmp_path: Path) -> None:
    """T32-17 in German, three columns: the example column goes on the back under its name, a row without an example
    still a card."""
    rows = [
        _cell("Deutsch") + _cell("Englisch") + _cell("Beispiel"),
        _cell("Lektion 5 – Reisen", span=3),
        _cell("der Bahnhof") + _cell("train station") + _cell("Der Bahnhof ist weit."),
        _cell("abfahren") + _cell("to depart") + _cell(""),
        _cell("Lektion 6 – Essen", span=3),
        _cell("das Brot") + _cell("bread") + _cell("Das Brot ist frisch."),
    ]
    path = tmp_path / "wortschatz.docx"
    write_docx(path, [paragraph("Wortschatz", "Heading1"), _table(rows, 3)])
    notes, skipped, _ = built_notes(tmp_path, {"wortschatz.docx": path})
    assert _cards(notes) == [
        ("abfahren", "to depart", "Lektion 5 – Reisen"),
        ("das Brot", "bread Beispiel: Das Brot ist frisch.", "Lektion 6 – Essen"),
        ("der Bahnhof", "train station Beispiel: Der Bahnhof ist weit.", "Lektion 5 – Reisen"),
    ]
    assert not skipped


def test_unit_rows_in_a_markdown_table_are_sections(tmp_path: Path) -> None:
    """T32-17 (Markdown): a row whose first cell alone is written, in bold or italics, titles the rows under it (before:
    each unit a question with no answer); a word row left empty is still said at its line."""
    page = (
        "# Vocabulario\n\n| Español | English |\n|---|---|\n| *Tema 1: La familia* | |\n| la madre | mother |\n"
        "| el hermano | brother |\n| **Tema 2: La casa** | |\n| la cocina | kitchen |\n| el jardín | |\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"vocab.md": page})
    assert _cards(notes) == [
        ("el hermano", "brother", "Tema 1: La familia"),
        ("la cocina", "kitchen", "Tema 2: La casa"),
        ("la madre", "mother", "Tema 1: La familia"),
    ]
    assert [(s["question"], s["line"]) for s in skipped] == [("el jardín", 10)]
    assert [s for s in said if "vocab.md:10" in s and "no answer" in s], said


def test_bold_fronts_without_answers_are_no_unit_rows(tmp_path: Path) -> None:
    """A table whose fronts are all bold keeps its rows as cards: a bold front with no answer is said, never a section."""
    page = "| Term | Definition |\n|---|---|\n| **Osmosis** | Water crossing a membrane |\n| **Diffusion** | |\n| **Mitosis** | Cell division |\n"
    notes, skipped, _ = built_notes(tmp_path, {"terms.md": page})
    assert sorted(note_front(n) for n in notes) == ["Mitosis", "Osmosis"]
    assert [s["question"] for s in skipped] == ["Diffusion"]


HASCARD = """# gehen (Präteritum, ich)
ging

---

# Welcher Artikel gehört zu "Haus"?
- der
* das
- die

---

# Lücken füllen
Ich _habe_ gestern einen Film _gesehen|geschaut_.

---

# Welche Verben sind unregelmäßig?
[*] sein
[ ] machen
[*] fahren

---

# Ordne alphabetisch
3. s
1. l
2. p

---

# Zweite Ableitung
f\\_xx > 0 => Minimum
f\\_xx < 0 => Maximum
"""


def _fields(notes: list[dict]) -> dict[int, tuple[str, str, str]]:  # type: ignore[type-arg]
    return {
        n["items"][0]["line"]: (n["notetype"].removeprefix("deckc "), note_front(n) or plain_text(n["fields"].get("Text", "")), note_back(n))
        for n in notes
    }


def test_a_hascard_deck_saved_as_text(tmp_path: Path) -> None:
    """T31-19: hascard's '# front' cards between '---' lines in a .txt (before: 'cannot tell this document's layout'),
    read as oxycards' typed cards are: a Basic card, a multiple-choice card whose '*' choice among '-' ones is right,
    boxes '[*]' ticked right, a fill-in's gaps blanked on the front and its words ('_a|b_' both) on the back, an
    ordering card's items with their numbers, '\\_' an underscore; each at its line in the file."""
    notes, skipped, _ = built_notes(tmp_path, {"verben.txt": HASCARD})
    assert _fields(notes) == {
        1: ("Basic", "gehen (Präteritum, ich)", "ging"),
        6: ("Multiple choice", 'Welcher Artikel gehört zu "Haus"?', "B) das"),
        13: ("Basic", "Ich _____ gestern einen Film _____.", "Ich habe gestern einen Film gesehen / geschaut ."),
        18: ("Multiple choice", "Welche Verben sind unregelmäßig?", "A) sein C) fahren"),
        25: ("Basic", "Ordne alphabetisch", "s l p"),
        32: ("Basic", "Zweite Ableitung", "f_xx > 0 => Minimum f_xx < 0 => Maximum"),
    }
    assert not skipped


def test_a_hascard_deck_as_markdown_keys_its_choices(tmp_path: Path) -> None:
    """T31-19 (.md): the '*' choice is the right one (before: three bullet lists, no card said which is right); a page
    of '# heading' slides between rules, no hascard card among them, is read as before (a card per heading)."""
    deck = "# Capital de Chile\n- Valparaíso\n* Santiago\n- Concepción\n\n---\n\n# ¿Cuál es la capital de Perú?\nLima\n"
    slides = "# Photosynthesis\n\nPlants turn light into sugar.\n\n---\n\n# Light reactions\n\n- happen in the thylakoid\n- make ATP\n"
    notes, _, _ = built_notes(tmp_path, {"capitales.md": deck, "slides.md": slides})
    got = sorted((n["notetype"].removeprefix("deckc "), note_front(n), note_back(n)) for n in notes)
    assert got == [
        ("Basic", "Light reactions", "happen in the thylakoid make ATP"),
        ("Basic", "Photosynthesis", "Plants turn light into sugar."),
        ("Basic", "¿Cuál es la capital de Perú?", "Lima"),
        ("Multiple choice", "Capital de Chile", "B) Santiago"),
    ]


def test_a_word_worksheets_matching_part_is_keyed(tmp_path: Path) -> None:
    """T32-2 (Word path): a worksheet read as numbered questions, its 'Part A: Matching' a table ('Column A | Column B',
    '____ 1. Nucleus' beside 'a. Makes energy …') keyed by 'Part A: 1. c  2. a  3. b': a card per term with the
    definition its key names (before: no card, 'lines before its first item' and 'the key names questions 1, 2, 3');
    the numbered part keyed as before. In Spanish, 'Columna A | Columna B' names the sides alike."""
    rows = [
        _cell("Column A") + _cell("Column B"),
        _cell("____ 1. Nucleus") + _cell("a. Makes energy for the cell"),
        _cell("____ 2. Mitochondria") + _cell("b. Controls what enters and leaves the cell"),
        _cell("____ 3. Cell membrane") + _cell("c. Holds the cell's DNA"),
    ]
    body = [
        paragraph("Cells Worksheet", "Heading1"),
        paragraph("Part A: Matching", "Heading2"),
        paragraph("Match each term in Column A with its description in Column B."),
        _table(rows, 2),
        paragraph("Part B: Fill in the Blanks", "Heading2"),
        paragraph("4. Plant cells have a rigid ________ outside the membrane."),
        paragraph("5. The jelly-like fluid inside the cell is called ________."),
        paragraph("6. A group of similar cells working together forms a ________."),
        paragraph("Answer Key", "Heading2"),
        paragraph("Part A: 1. c   2. a   3. b"),
        paragraph("Part B: 4. cell wall   5. cytoplasm   6. tissue"),
    ]
    path = tmp_path / "worksheet.docx"
    write_docx(path, body)
    notes, skipped, said = built_notes(tmp_path, {"worksheet.docx": path})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Nucleus": "Holds the cell's DNA",
        "Mitochondria": "Makes energy for the cell",
        "Cell membrane": "Controls what enters and leaves the cell",
        "Plant cells have a rigid ________ outside the membrane.": "cell wall",
        "The jelly-like fluid inside the cell is called ________.": "cytoplasm",
        "A group of similar cells working together forms a ________.": "tissue",
    }
    assert not skipped and not [s for s in said if "no question of this file is numbered" in s], said
    spanish = [
        _cell("Columna A") + _cell("Columna B"),
        _cell("____ 1. Núcleo") + _cell("a) Produce energía"),
        _cell("____ 2. Mitocondria") + _cell("b) Guarda el ADN"),
    ]
    path = tmp_path / "hoja.docx"
    write_docx(path, [paragraph("Relaciona", "Heading2"), _table(spanish, 2), paragraph("Soluciones: 1-b, 2-a")])
    notes, _, _ = built_notes(tmp_path / "es", {"hoja.docx": path})
    assert {note_front(n): note_back(n) for n in notes} == {"Núcleo": "Guarda el ADN", "Mitocondria": "Produce energía"}


def test_a_flashcards_deluxe_export_is_read_by_its_header(tmp_path: Path) -> None:
    """T32-41: Flashcards Deluxe's fixed header ('Text 1<TAB>Text 2<TAB>Text 3<TAB>Picture 1<TAB>Sound 1<TAB>Category 1
    <TAB>Statistics 1'): no card of it (before: 'Text 1' → 'Text 2 Text 3 …'), Text 1 the front, Text 2 the back, Text 3
    and the picture's name under it, Category 1 the section, the app's statistics left out (said once at the header)."""
    export = (
        "Text 1\tText 2\tText 3\tPicture 1\tSound 1\tCategory 1\tStatistics 1\n"
        "perro\tdog\tEl perro ladra.\t\t\tAnimals\t0,0,0\n"
        "gato\tcat\tEl gato duerme.\tgato.jpg\t\tAnimals\t3,1,0\n"
        "casa\thouse\t\t\t\tHome\t1,0,0\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"deluxe.txt": export})
    assert _cards(notes) == [
        ("casa", "house", "Home"),
        ("gato", "cat Text 3: El gato duerme. Picture 1: gato.jpg", "Animals"),
        ("perro", "dog Text 3: El perro ladra.", "Animals"),
    ]
    assert not skipped
    assert [s for s in said if "deluxe.txt:1" in s and "'Statistics 1' (7)" in s and "left out" in s], said


def test_word_lists_of_three_fields_a_line(tmp_path: Path) -> None:
    """T32-45: 'el perro - the dog - El perro ladra mucho.' (word, meaning, example on one separator) was 'cannot tell
    this document's layout'; now a card per line, the example a paragraph of its own under the meaning (an example that
    holds the separator again keeps it), said as such; ' = ' alike. A two-field list with one meaning holding the
    separator again is read as before (T18-70)."""
    dash = "el perro - the dog - El perro ladra mucho.\nel gato - the cat - El gato duerme.\nel coche - the car - Mi coche es rojo - pero viejo.\n"
    equals = "Lektion 4\n\ndas Haus = the house = Das Haus ist groß.\nder Garten = the garden = Wir sitzen im Garten.\nschlafen = to sleep = Ich schlafe.\n"
    two = "abate - to lessen\nadvocate - to speak in favor of - one who supports a cause\nbenevolent - kind\ncandid - frank\n"
    notes, skipped, said = built_notes(tmp_path, {"es.txt": dash, "de.txt": equals, "en.txt": two})
    backs = {note_front(n): [plain_text(p) for p in re.findall(r"<p>(.*?)</p>", n["fields"]["Answer"])] for n in notes}
    assert backs == {
        "el perro": ["the dog", "El perro ladra mucho."],
        "el gato": ["the cat", "El gato duerme."],
        "el coche": ["the car", "Mi coche es rojo - pero viejo."],
        "das Haus": ["the house", "Das Haus ist groß."],
        "der Garten": ["the garden", "Wir sitzen im Garten."],
        "schlafen": ["to sleep", "Ich schlafe."],
        "abate": ["to lessen"],
        "advocate": ["to speak in favor of - one who supports a cause"],
        "benevolent": ["kind"],
        "candid": ["frank"],
    }
    assert not skipped
    assert [s for s in said if "es.txt" in s and "into a word, its meaning and more" in s], said


def test_a_quizlet_export_with_definitions_of_several_lines(tmp_path: Path) -> None:
    """T32-46: cards apart by blank lines, each its term, a tab and the definition's first line, its next lines under it
    with no tab: those lines are the definition's (before: each a question with no answer, lost from the card)."""
    export = (
        "photosynthesis\tprocess in chloroplasts\nlight + CO2 + water -> glucose\n\n"
        "respiration\tprocess in mitochondria\nglucose + O2 -> CO2 + water + ATP\n\n"
        "osmosis\twater moving across a membrane\n\n"
        "Zellatmung\tAbbau von Glucose\nin den Mitochondrien\nunter Sauerstoffverbrauch\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"quizlet.txt": export})
    assert {note_front(n): [plain_text(p) for p in re.findall(r"<p>(.*?)</p>", n["fields"]["Answer"])] for n in notes} == {
        "photosynthesis": ["process in chloroplasts", "light + CO2 + water -> glucose"],
        "respiration": ["process in mitochondria", "glucose + O2 -> CO2 + water + ATP"],
        "osmosis": ["water moving across a membrane"],
        "Zellatmung": ["Abbau von Glucose", "in den Mitochondrien", "unter Sauerstoffverbrauch"],
    }
    assert not skipped and not [s for s in said if "no answer" in s], said


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + bytes(random.Random(3).getrandbits(8) for _ in range(3000)),  # (does not decode: a surrogate)
        codecs.BOM_UTF16_LE + b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 40,  # (decodes: CJK Ext A, Yi …)
        codecs.BOM_UTF16_BE + b"The cell is the unit of life.\nThe nucleus holds the DNA.\n" * 30,  # (8-bit text behind the mark)
    ],
)
def test_a_text_file_of_bytes_behind_a_utf16_mark_is_refused_as_binary(tmp_path: Path, data: bytes) -> None:
    """A .txt of a UTF-16 byte order mark over bytes that are no UTF-16 text: the binary-file error at file:1 (before:
    'not valid UTF-16 (byte 34)' with no line, or 'cannot tell this document's layout' and no card), whether the bytes
    decode or not; a real UTF-16 file still reads."""
    from compiler.build import build
    from compiler.diagnostics import ContentError

    # (listed in deck.toml: an error; unlisted it is the same message as a warning, the rest built: sitting 55)
    content = deck_of(tmp_path, {}, '[[source]]\nid = "notes"\nfile = "sources/notes.txt"\ntitle = "Notes"\n')
    (content / "sources" / "notes.txt").write_bytes(data)
    with pytest.raises(ContentError) as stopped:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    said = [d for d in stopped.value.diagnostics if d.severity == "error"]
    assert [(d.file, d.line) for d in said] == [("sources/notes.txt", 1)], [d.text() for d in said]
    assert "binary file, not a text document" in said[0].message
    text = "Q: 细胞的基本单位是什么？\nA: 细胞\n\nQ: What holds the DNA?\nA: The nucleus\n"
    (content / "sources" / "notes.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    result = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.items) == 2


def _numbered_docx(path: Path, body: list[str], numbering: str) -> Path:
    """A .docx whose paragraphs Word numbers (``numbering`` the inside of word/numbering.xml)."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{pkg}/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{main}.numbering+xml"/></Types>',
        )
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{pkg}/relationships"><Relationship Id="rId3" Type="{rel}/numbering" Target="numbering.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>')
        z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {w}>{numbering}</w:numbering>')
    return path


def _listed(text: str, num: int) -> str:
    return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def test_word_options_lists_that_restart_at_a_each_question(tmp_path: Path) -> None:
    """T33-20: questions one Word-numbered list (1. 2. 3.), each question's options a lettered list Word restarts at a)
    (a w:num of its own with a startOverride over one shared abstract numbering): each question numbered as Word shows
    it and its options lettered a) again, so the key '1. b 2. c 3. b' keys all three (before: every question '1.', the
    options lettered on e) … l), questions 2 and 3 Basic cards and the key 'names questions 2, 3')."""
    level = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
    numbering = (
        f'<w:abstractNum w:abstractNumId="91">{level.format(fmt="lowerLetter", text="%1)")}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="90">{level.format(fmt="decimal", text="%1.")}</w:abstractNum>'
        '<w:num w:numId="900"><w:abstractNumId w:val="90"/></w:num>'
        + "".join(
            f'<w:num w:numId="{n}"><w:abstractNumId w:val="91"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            for n in (910, 911, 912)
        )
    )
    quiz = [
        ("What is the charge of a proton?", ["negative", "positive", "neutral"]),
        ("Which particle has almost no mass?", ["proton", "neutron", "electron"]),
        ("What is the atomic number of carbon?", ["4", "6", "12"]),
    ]
    body = [paragraph("Chemistry Quiz", "Heading1")]
    for k, (question, options) in enumerate(quiz):
        body += [_listed(question, 900), *(_listed(o, 910 + k) for o in options)]
    body += [paragraph("Answer Key", "Heading2"), paragraph("1. b   2. c   3. b")]
    notes, skipped, said = built_notes(tmp_path, {"quiz.docx": _numbered_docx(tmp_path / "quiz.docx", body, numbering)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the charge of a proton?": "B) positive",
        "Which particle has almost no mass?": "C) electron",
        "What is the atomic number of carbon?": "B) 6",
    }
    assert all(n["notetype"] == "deckc Multiple choice" for n in notes)
    assert not skipped and not [s for s in said if "no question of this file is numbered" in s], said


def test_xml_exports_file_cards_under_their_own_category_only(tmp_path: Path) -> None:
    """T31-12: Mnemosyne's placeholder category '<default>' is no section (before: '<default>' on the card and in its
    tag). T31-54: a SuperMemo item after its topic closed is in no section (before: under the topic above it)."""
    mnemosyne = (
        '<?xml version="1.0" encoding="utf-8"?>\n<mnemosyne core_version="1">\n'
        '<category active="1"><name>&lt;default&gt;</name></category>\n<category active="1"><name>Kanji</name></category>\n'
        "<item id=\"a1\"><cat>Kanji</cat><Q>水</Q><A>みず – water</A></item>\n"
        "<item id=\"a2\"><cat>&lt;default&gt;</cat><Q>What is the capital of Australia?</Q><A>Canberra</A></item>\n"
        "<item id=\"a3\"><cat>Kanji</cat><Q>火</Q><A>ひ – fire</A></item>\n</mnemosyne>\n"
    )
    supermemo = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<SuperMemoCollection>\n<SuperMemoElement>\n<ID>1</ID>\n<Title>Geography</Title>\n'
        "<Type>Topic</Type>\n<SuperMemoElement>\n<ID>2</ID>\n<Type>Item</Type>\n<Content>\n<Question>What is the capital of Mongolia?</Question>\n"
        "<Answer>Ulaanbaatar</Answer>\n</Content>\n</SuperMemoElement>\n</SuperMemoElement>\n<SuperMemoElement>\n<ID>4</ID>\n<Type>Item</Type>\n"
        "<Content>\n<Question>What is the chemical symbol of tungsten?</Question>\n<Answer>W</Answer>\n</Content>\n</SuperMemoElement>\n"
        "</SuperMemoCollection>\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"mnemosyne.xml": mnemosyne, "supermemo.xml": supermemo})
    got = {note_front(n): (plain_text(n["fields"].get("Section", "")), n["items"][0]["line"]) for n in notes}
    assert got == {
        "水": ("Kanji", 5),
        "What is the capital of Australia?": ("", 6),
        "火": ("Kanji", 7),
        "What is the capital of Mongolia?": ("Geography", 10),
        "What is the chemical symbol of tungsten?": ("", 19),
    }
    assert not skipped


def test_a_sheet_banks_text_answer_written_without_a_space(tmp_path: Path) -> None:
    """T31-55: a bank's text answer '100°C' for the option '100 °C' (or '100\u202f°C', a narrow no-break space) marks it
    (before: 'names none of its options; no card'); a partial answer ('Orwell' for 'George Orwell') is still refused."""
    bank = (
        "Question,Option A,Option B,Option C,Option D,Correct Answer\n"
        "What is the largest planet?,Earth,Jupiter,Saturn,Mars,Jupiter\n"
        "What is the boiling point of water at sea level?,90 °C,100 °C,110 °C,120 °C,100°C\n"
        "Point de fusion de la glace ?,0\u202f°C,10 °C,20 °C,30 °C,0 °C\n"
        "Who wrote '1984'?,Aldous Huxley,George Orwell,Ray Bradbury,H. G. Wells,Orwell\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"bank.csv": bank})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the largest planet?": "B) Jupiter",
        "What is the boiling point of water at sea level?": "B) 100 °C",
        "Point de fusion de la glace ?": "A) 0 °C",
    }
    assert [s["line"] for s in skipped] == [5]


def test_a_json_banks_key_of_several_letters_keys_each(tmp_path: Path) -> None:
    """T33-12: a multiple-answer record ('answer': 'ABC', options carrying their own letters 'A.…') was a Basic card
    whose front listed the options before the question and whose back was 'ABC'; now a multiple-choice card with each
    named option right ('A, C' and 'B、D' alike); a key naming a letter past the options stays unread."""
    bank = [
        {"question": "关于操作系统，说法正确的是（）", "answer": "ABC", "type": "multi_answer",
         "options": ["A.操作系统属于软件", "B.操作系统负责资源管理", "C.操作系统使计算机的使用更加方便", "D.操作系统必须要有用户程序才能正常启动"]},
        {"question": "Which are noble gases?", "answer": "A, C", "options": ["Neon", "Oxygen", "Argon", "Nitrogen"]},
        {"question": "Welche sind Primzahlen?", "answer": "B、D", "options": ["4", "5", "9", "11"]},
    ]
    notes, skipped, _ = built_notes(tmp_path, {"bank.json": json.dumps(bank, ensure_ascii=False, indent=1)})
    got = {note_front(n): (n["notetype"], note_back(n)) for n in notes}
    assert got == {
        "关于操作系统，说法正确的是（）": ("deckc Multiple choice", "A) 操作系统属于软件 B) 操作系统负责资源管理 C) 操作系统使计算机的使用更加方便"),
        "Which are noble gases?": ("deckc Multiple choice", "A) Neon C) Argon"),
        "Welche sind Primzahlen?": ("deckc Multiple choice", "B) 5 D) 11"),
    }
    assert not skipped
