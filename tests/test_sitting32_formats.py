"""Thirty-second sitting, formats: other tools' exports read by what their lines and columns are (Pleco's category
lines, T31-3; Readwise, Kindle, Cram and Notion columns, T31-31, T31-32, T31-58, T31-30, T31-14, T31-67), binary bytes
behind a UTF-16 mark refused, and LibreOffice, Rich Text, OPML and mind-map documents read (T31-26, T31-11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text

PLECO = (
    "//HSK 1 Vocabulary\n爱\tai4\t(verb) to love; to be fond of\n八\tba1\teight; 8\n"
    "//HSK 1 Vocabulary/Numbers\n一\tyi1\tone; 1; single\n二\ter4\ttwo; 2\n"
    "//Lesson 2, food\n米饭\tmi3fan4\tcooked rice\n"
)


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", ""))) for n in notes)


def test_a_pleco_export_is_read_with_its_categories_as_sections(tmp_path: Path) -> None:
    """T31-3: Pleco's '//Category/Sub' lines over its three tab fields: detected as delimited (before: 'cannot tell
    this document's layout'), each category line the section of the rows under it, '/' its levels, and no category
    line a question without answer (before: a warning and a skipped item each)."""
    notes, skipped, said = built_notes(tmp_path, {"pleco.txt": PLECO})
    assert _cards(notes) == [
        ("一", "yi1 one; 1; single", "HSK 1 Vocabulary › Numbers"),
        ("二", "er4 two; 2", "HSK 1 Vocabulary › Numbers"),
        ("八", "ba1 eight; 8", "HSK 1 Vocabulary"),
        ("爱", "ai4 (verb) to love; to be fond of", "HSK 1 Vocabulary"),
        ("米饭", "mi3fan4 cooked rice", "Lesson 2, food"),
    ]
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" in s and "3 '//' category lines" in s], said
    assert not [s for s in said if "no answer" in s], said


def test_category_lines_need_no_separator_set(tmp_path: Path) -> None:
    """T31-3: with ``layout = "delimited"`` and no separator, the category lines (no tab in them) no longer hide the
    rows' tab (before: 'cannot tell which character separates the fields')."""
    table = '[[source]]\nid = "pleco"\nfile = "sources/pleco.txt"\nlayout = "delimited"\n'
    notes, _, said = built_notes(tmp_path, {"pleco.txt": PLECO}, table)
    assert len(notes) == 5 and {plain_text(n["fields"]["Section"]) for n in notes} == {"HSK 1 Vocabulary", "HSK 1 Vocabulary › Numbers", "Lesson 2, food"}
    assert not [s for s in said if "separates" in s], said


def test_rows_that_start_like_a_category_are_rows(tmp_path: Path) -> None:
    """A row that holds the separator is a row whatever it starts with ('// comment' in a programming deck), and a
    category knob set empty reads every line as a row."""
    rows = "// line comment\tHow do you write a one-line comment in C?\n/* */\tA block comment\n#include\tPulls in a header\n"
    notes, _, _ = built_notes(tmp_path / "a", {"c.tsv": rows})
    assert sorted(note_front(n) for n in notes) == ["#include", "/* */", "// line comment"]
    table = '[[source]]\nid = "p"\nfile = "sources/p.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\ncategory = ""\n'
    notes, skipped, _ = built_notes(tmp_path / "b", {"p.txt": PLECO}, table)
    assert len(notes) == 5 and len(skipped) == 3 and len({n["fields"]["Section"] for n in notes}) == 1


READWISE = (
    "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n"
    '"The spacing effect is the phenomenon whereby learning is greater when studying is spread out over time.",'
    '"Make It Stick","Peter C. Brown",B00JNQBH0S,"key idea","yellow","learning",location,412,2023-11-02 08:14:00+00:00,\n'
    '"Retrieval practice is a more effective learning strategy than rereading.","Make It Stick","Peter C. Brown",'
    'B00JNQBH0S,"",yellow,,location,530,2023-11-02 08:20:00+00:00,\n'
    '"Interleaving is a more potent form of learning than massed practice.","Make It Stick","Peter C. Brown",'
    'B00JNQBH0S,"Q: What beats massed practice? A: interleaving","blue","learning",location,788,2023-11-03 19:02:00+00:00,\n'
    '"Die Mitochondrien sind die Kraftwerke der Zelle.","Biologie heute","A. Autor",B01ABCDEF,".c1 Mitochondrien",'
    "yellow,bio,location,12,2024-02-01 10:00:00+00:00,\n"
    '"Osmosis is the diffusion of water across a membrane.","Campbell Biology","Urry",B02ABCDEF,'
    '".qa What is osmosis? The diffusion of water",yellow,"bio, cells",location,90,2024-02-01 10:05:00+00:00,\n'
)


def test_a_highlights_export_makes_the_cards_its_notes_write(tmp_path: Path) -> None:
    """T31-31: a Readwise export's highlight is a statement: its card is the one its note writes ('Q: … A: …',
    Readwise's '.qa …? …', '.c1 word' blanking that word), the book its section; a highlight whose note writes none is
    no card, said once with the count and what to write. Before, each highlight was asked and 'answered' with the
    book's title, its Amazon id, colour, location and time."""
    notes, skipped, said = built_notes(tmp_path, {"readwise.csv": READWISE})
    basic = sorted((note_front(n), note_back(n), plain_text(n["fields"]["Section"]), set(n["tags"])) for n in notes if "Question" in n["fields"])
    assert [b[:3] for b in basic] == [
        ("What beats massed practice?", "interleaving Highlight: Interleaving is a more potent form of learning than massed practice. "
         "Book Author: Peter C. Brown", "Make It Stick"),
        ("What is osmosis?", "The diffusion of water Highlight: Osmosis is the diffusion of water across a membrane. Book Author: Urry",
         "Campbell Biology"),
    ]  # fmt: skip
    assert "learning" in basic[0][3] and {"bio", "cells"} <= basic[1][3]
    cloze = [n["fields"]["Text"] for n in notes if "Text" in n["fields"]]
    assert cloze == ["Die {{c1::Mitochondrien}} sind die Kraftwerke der Zelle."]
    assert sorted((s["line"], s["skipped"]) for s in skipped) == [(2, "a highlight asks nothing"), (3, "a highlight asks nothing")]
    asks = [s for s in said if "a highlight is a statement" in s]
    assert [a.split(": warning")[0] for a in asks] == ["sources/readwise.csv:2", "sources/readwise.csv:3"], said  # (printed once, 2 times)
    assert "'Q: the question A: the answer'" in asks[0]
    left = next(s for s in said if "left out" in s and "Amazon Book ID" in s)
    assert all(name in left for name in ("'Color'", "'Location'", "'Highlighted at'"))
    assert not any("B00JNQBH0S" in note_back(n) or "yellow" in note_back(n) for n in notes)


KINDLE = (
    "Word,Stem,Context,Book,Language,Timestamp\n"
    'obstinate,obstinate,"He was obstinate in his refusal to admit the mistake.","Middlemarch",en,2024-01-14 21:03\n'
    'Schadenfreude,Schadenfreude,"Er empfand eine gewisse Schadenfreude.","Der Vorleser",de,2024-01-20 09:12\n'
    'ran,run,"She ran to the station.","Night Train",en,2024-03-01 08:00\n'
    'epiphany,epiphany,"Then it came to him.","Night Train",en,2024-03-01 08:05\n'
)


def test_a_vocabulary_builder_export_blanks_each_word_in_its_sentence(tmp_path: Path) -> None:
    """T31-32: Kindle's 'Word,Stem,Context,Book,…' has no column of meanings: each card is the word blanked in the
    sentence it was looked up in (before: 'obstinate' -> 'obstinate'); the 'Stem' that repeats the word in every row
    is left out, said; a stem that differs is on the back; the book is the section; language and time are left out;
    a word its sentence lacks is said, never a card."""
    notes, _, said = built_notes(tmp_path, {"kindle.csv": KINDLE})
    assert sorted((n["fields"]["Text"], plain_text(n["fields"]["Extra"]), plain_text(n["fields"]["Section"])) for n in notes) == [
        ("Er empfand eine gewisse {{c1::Schadenfreude}}.", "", "Der Vorleser"),
        ("He was {{c1::obstinate}} in his refusal to admit the mistake.", "", "Middlemarch"),
        ("She {{c1::ran}} to the station.", "Stem: run", "Night Train"),
    ]
    assert [s for s in said if "kindle.csv:5" in s and "'epiphany' is not in its 'Context' sentence" in s], said
    assert not [s for s in said if "repeats column 'Word'" in s]  # (its stem differs in one row: it stays)


def test_a_column_that_repeats_the_front_is_left_out_and_said(tmp_path: Path) -> None:
    """T31-32: a column equal to the front in every row is no answer and nothing to show again."""
    rows = "Word,Stem,Meaning\nobstinate,obstinate,stubborn\nephemeral,ephemeral,short-lived\n"
    notes, _, said = built_notes(tmp_path, {"words.csv": rows})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [("ephemeral", "short-lived"), ("obstinate", "stubborn")]
    assert [s for s in said if "words.csv:1" in s and "column 'Stem' (2) repeats column 'Word' (1) in every row: left out" in s], said


def test_a_hint_column_is_shown_with_the_question(tmp_path: Path) -> None:
    """T31-58: a 'Hint' column (Cram's 'Front,Back,Hint'; 'Hinweis', 'Pista' …) is a hint box under the question,
    titled as the column is, never a line on the back after the answer."""
    notes, _, _ = built_notes(tmp_path, {"cram.csv": '"Front","Back","Hint"\n"Capital of Peru","Lima","Starts with L"\n',
                                         "de.csv": "Frage;Antwort;Hinweis\nHauptstadt von Chile;Santiago;Wie ein Heiliger\n"})  # fmt: skip
    by_front = {n["fields"]["Question"].split("<")[0]: n["fields"] for n in notes}
    assert by_front["Capital of Peru"]["Question"].endswith('<blockquote class="hint">\n<p><strong>Hint</strong></p>\n<p>Starts with L</p>\n</blockquote>')
    assert by_front["Hauptstadt von Chile"]["Question"].endswith("<p><strong>Hinweis</strong></p>\n<p>Wie ein Heiliger</p>\n</blockquote>")
    assert plain_text(by_front["Capital of Peru"]["Answer"]) == "Lima" and plain_text(by_front["Hauptstadt von Chile"]["Answer"]) == "Santiago"


NOTION = (
    "\ufeffName,Tags,Answer,Created time,Status,Confidence\n"
    '"What does CAP stand for?","Distributed Systems, Databases","Consistency, Availability, Partition tolerance","March 3, 2024 10:12 AM","Reviewed","3"\n'
    '"What is a Bloom filter?","Data Structures","A probabilistic set","March 3, 2024 10:15 AM","To review","2"\n'
    '"What is sharding?","Databases","",March 5, 2024 9:00 AM,"Not started",""\n'
)


def test_a_notion_export_tags_by_its_column_and_names_its_answer_column(tmp_path: Path) -> None:
    """T31-30: a tags column that holds a comma in any row is a comma list in every row ('Data Structures' one tag,
    not two); a row without answer is told the column the file answers in; 'Confidence' is review data, left out."""
    notes, skipped, said = built_notes(tmp_path, {"notion.csv": NOTION})
    tags = {note_front(n): [t for t in n["tags"] if not t.startswith("deckc")] for n in notes}
    assert "Data_Structures" in tags["What is a Bloom filter?"] and "Data" not in tags["What is a Bloom filter?"]
    assert {"Distributed_Systems", "Databases"} <= set(tags["What does CAP stand for?"])
    assert [s["line"] for s in skipped] == [4]
    assert [s for s in said if "notion.csv:4" in s and "write the answer in column 3, 'Answer'" in s], said
    assert [s for s in said if "'Confidence' (6)" in s and "left out" in s], said
    assert not any("Confidence" in n["fields"]["Answer"] for n in notes)


def test_cells_beyond_the_header_are_on_the_back_and_said(tmp_path: Path) -> None:
    """T31-14: a row with more cells than its header names keeps the extra cell on the back, said once with file:line
    (before: lost without a word)."""
    rows = 'term,definition,example\n"golgi apparatus","packages proteins",,"extra field"\n"nucleus","holds the DNA","stained blue"\n'
    notes, _, said = built_notes(tmp_path, {"cells.csv": rows})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("golgi apparatus", "packages proteins extra field"),
        ("nucleus", "holds the DNA Example: stained blue"),
    ]
    assert [s for s in said if "cells.csv:2" in s and "row has 4 cells, its header row names 3" in s], said


def test_binary_bytes_behind_a_utf16_mark_are_refused_as_binary(tmp_path: Path) -> None:
    """Hostile input: a UTF-16 byte order mark, then bytes that merely decode (a binary, a PNG) is refused as a binary
    file at file:1, saying what it looks like; before, it was one card of nonsense. Text in UTF-16 still reads."""
    import random
    import struct

    from compiler.build import build
    from compiler.diagnostics import ContentError

    r = random.Random(7)
    units = [u for u in (r.randrange(1, 0x10000) for _ in range(3000)) if not 0xD800 <= u < 0xE000]
    png = b"\x89PNG\r\n\x1a\n" + b"".join(struct.pack("<H", u) for u in units[:1500])
    for name, data in (("blob.txt", b"\xff\xfe" + b"".join(struct.pack("<H", u) for u in units)), ("shot.md", b"\xff\xfe" + png)):
        # (listed in deck.toml: an error; unlisted it is the same message as a warning, the rest built: sitting 55)
        table = f'[[source]]\nid = "x"\nfile = "sources/{name}"\ntitle = "X"\n'
        deck = deck_of(tmp_path / name, {name: data.decode("latin-1")}, table)
        (deck / "sources" / name).write_bytes(data)
        with pytest.raises(ContentError) as stopped:
            build(deck, tmp_path / name / "build", formats=("json",), now=1_000)
        errors = [d for d in stopped.value.diagnostics if d.severity == "error"]
        assert [(e.file, e.line) for e in errors] == [(f"sources/{name}", 1)], [d.text() for d in errors]
        assert "binary file, not a text document (it decodes as UTF-16/32, but" in errors[0].message
        assert ("it looks like a PNG picture" in errors[0].message) == (name == "shot.md")
    text = b"\xff\xfe" + "Q: Was ist Osmose?\nA: Diffusion von Wasser\n\nQ: 什么是细胞?\nA: 生命的基本单位\n".encode("utf-16-le")
    deck = deck_of(tmp_path / "text", {"real.txt": ""})
    (deck / "sources" / "real.txt").write_bytes(text)
    build(deck, tmp_path / "text" / "build", formats=("json",), now=1_000)
    notes = json.loads(next((tmp_path / "text" / "build").glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert sorted(note_front(n) for n in notes) == ["Was ist Osmose?", "什么是细胞?"]


REPRO = Path(__file__).parent / "data" / "trials" / "trial31"
ODT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">'
    '<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:background-color="#ffff00"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1"/></text:list-style></office:automatic-styles>'
    "<office:body><office:text>"
)


def _odt(path: Path, body: str) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", ODT_HEAD + body + "</office:text></office:body></office:document-content>")
    return path


def test_a_libreoffice_document_is_read_as_a_word_document(tmp_path: Path) -> None:
    """T31-26: an .odt (LibreOffice Writer's own format) is read: headings the sections, bold paragraphs that ask the
    questions, a numbered list's question over its options with the highlighted one keyed, a table with a bold first
    row a glossary under its header; before, 'not read: a word-processor document in a format deckc does not read'."""
    body = (
        '<text:h text:outline-level="1">Biología</text:h><text:h text:outline-level="2">Preguntas</text:h>'
        '<text:p text:style-name="P1">¿Qué orgánulo produce ATP?</text:p><text:p>La mitocondria.</text:p>'
        '<text:h text:outline-level="2">Test</text:h><text:list text:style-name="L1"><text:list-item>'
        "<text:p>¿Cuál es la unidad básica de la vida?</text:p><text:list>"
        "<text:list-item><text:p>a) El átomo</text:p></text:list-item>"
        '<text:list-item><text:p><text:span text:style-name="T2">b) La célula</text:span></text:p></text:list-item>'
        "<text:list-item><text:p>c) El tejido</text:p></text:list-item></text:list></text:list-item></text:list>"
        '<text:h text:outline-level="2">Vocabulario</text:h><table:table>'
        '<table:table-row><table:table-cell><text:p text:style-name="P1">Término</text:p></table:table-cell>'
        '<table:table-cell><text:p text:style-name="P1">Definición</text:p></table:table-cell></table:table-row>'
        "<table:table-row><table:table-cell><text:p>osmosis</text:p></table:table-cell>"
        "<table:table-cell><text:p>difusión del agua</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>enzima</text:p></table:table-cell>"
        "<table:table-cell><text:p>catalizador biológico</text:p></table:table-cell></table:table-row></table:table>"
    )
    notes, _, said = built_notes(tmp_path, {"bio.odt": _odt(tmp_path / "bio.odt", body)})
    basic = sorted((note_front(n), note_back(n), plain_text(n["fields"]["Section"])) for n in notes if "Answer" in n["fields"])
    assert basic == [
        ("enzima", "catalizador biológico", "Biología › Vocabulario"),  # (a one-word section gets the title: sitting 51)
        ("osmosis", "difusión del agua", "Biología › Vocabulario"),
        ("¿Qué orgánulo produce ATP?", "La mitocondria.", "Biología › Preguntas"),  # (trial40 T40-8)
    ]
    choice = next(n for n in notes if "Correct" in n["fields"])
    assert note_front(choice) == "¿Cuál es la unidad básica de la vida?" and plain_text(choice["fields"]["Correct"]) == "B) La célula"
    assert not [s for s in said if "not read" in s or "outside any" in s], said


def test_the_trial_odt_and_textedit_rtf_are_cards(tmp_path: Path) -> None:
    """T31-26: the trial's French 'Q : … / R : …' sheet saved by LibreOffice and its English Q:/A: sheet saved by
    TextEdit (cp1252 escapes '\\'e9', « »)."""
    odt = _odt(tmp_path / "fr-revision.odt", "".join(
        f"<text:p>{line}</text:p>" for line in ("Q : En quelle année a eu lieu la prise de la Bastille ?", "R : Le 14 juillet 1789.",
                                                "Q : Qui fut le premier président de la Ve République ?", "R : Charles de Gaulle."))
    )  # fmt: skip
    notes, _, _ = built_notes(tmp_path / "odt", {"fr-revision.odt": odt})
    assert sorted(note_back(n) for n in notes) == ["Charles de Gaulle.", "Le 14 juillet 1789."]
    notes, _, _ = built_notes(tmp_path / "rtf", {"anatomy.rtf": REPRO / "anatomy-textedit.rtf"})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("How many bones are in the adult human body?", "206."),
        ("What is the largest bone in the human body?", "The femur."),
        ("Which bone is also called the collarbone?", "The clavicle (étymologie: latin « clavicula »)."),
    ]
    assert [n["items"][0]["line"] for n in sorted(notes, key=lambda n: n["items"][0]["line"])] == [3, 6, 9]


def test_a_wordpad_rtf_in_another_code_page_and_unicode(tmp_path: Path) -> None:
    """T31-26: WordPad's RTF writes Cyrillic as '\\u1042?' and as bytes of its code page ('\\ansicpg1251', '\\'ce');
    its bold labels ('\\b Вопрос 1:\\b0') are one label; the font table and '{\\*\\generator …}' are no text."""

    def u(text: str) -> str:
        return "".join(f"\\u{ord(c)}?" for c in text)

    def cp(text: str) -> str:
        return "".join(f"\\'{b:02x}" for b in text.encode("cp1251"))

    rtf = (
        "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fnil\\fcharset204 Calibri;}}\n{\\*\\generator Riched20 10.0.19041}\\uc1 \n"
        f"\\pard\\b\\f0 {u('Вопрос 1:')}\\b0  {u('Что такое фотосинтез?')}\\par\n{cp('Ответ:')} {u('синтез органики на свету.')}\\par\n\\par\n"
        f"\\b {u('Вопрос 2:')}\\b0  {u('Что такое АТФ?')}\\par\n{cp('Ответ:')} {u('аденозинтрифосфат')}\\par\n}}\n"
    )
    (tmp_path / "ru.rtf").write_text(rtf, encoding="ascii")
    notes, _, _ = built_notes(tmp_path / "deck", {"ru.rtf": tmp_path / "ru.rtf"})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Что такое АТФ?", "аденозинтрифосфат"),
        ("Что такое фотосинтез?", "синтез органики на свету."),
    ]


def test_an_opml_outline_and_a_mind_map_are_cards(tmp_path: Path) -> None:
    """T31-11: an OPML outline (Workflowy, Dynalist) and a FreeMind map are read: a node that asks, over its children,
    is a card whose back is them (one leaf: a paragraph; a note after it); a node that asks nothing is the section of
    what is under it; each card at its node's line. Before: 'not read', no source documents."""
    notes, _, said = built_notes(tmp_path / "a", {"biochem.opml": REPRO / "workflowy-biochem.opml", "herz.mm": REPRO / "freemind-anatomie.mm"})
    cards = sorted((n["items"][0]["file"], n["items"][0]["line"], note_front(n), note_back(n), plain_text(n["fields"]["Section"])) for n in notes)
    assert cards == [
        ("sources/biochem.opml", 8, "What is the rate-limiting enzyme of glycolysis?", "Phosphofructokinase-1 (PFK-1)", ""),
        ("sources/biochem.opml", 11, "Which vitamin is a cofactor for transaminases?", "Vitamin B6 (pyridoxal phosphate)", ""),
        ("sources/biochem.opml", 14, "Where does the urea cycle take place?",
         "Partly in mitochondria (first two steps), rest in cytosol Liver hepatocytes", ""),
        ("sources/biochem.opml", 19, "What enzyme is deficient in von Gierke disease?", "Glucose-6-phosphatase", "Glycogen storage diseases"),
        ("sources/biochem.opml", 22, "What enzyme is deficient in Pompe disease?", "Lysosomal acid alpha-glucosidase (acid maltase) Type II GSD",
         "Glycogen storage diseases"),
        ("sources/herz.mm", 3, "Wie viele Kammern hat das Herz?", "Vier: zwei Vorhöfe und zwei Ventrikel", ""),
        ("sources/herz.mm", 6, "Welche Klappe liegt zwischen linkem Vorhof und linker Kammer?", "Mitralklappe (Bikuspidalklappe)", ""),
        ("sources/herz.mm", 9, "Was ist der Schrittmacher des Herzens?", "Sinusknoten", ""),
    ]  # fmt: skip
    assert not [s for s in said if "not read" in s], said


def test_a_freeplane_rich_node_and_an_objective_c_file(tmp_path: Path) -> None:
    """T31-11: a Freeplane node written as rich text (``richcontent TYPE="NODE"``) asks its text, its note on the
    back; a '.mm' that is no map (Objective-C++ source) is said, never read as one."""
    mm = (
        '<map version="freeplane 1.9.13">\n<node TEXT="Cell biology">\n<node>\n'
        '<richcontent TYPE="NODE"><html><body><p>What does the <b>mitochondrion</b> do?</p></body></html></richcontent>\n'
        '<richcontent TYPE="NOTE"><html><body><p>Lecture 3</p></body></html></richcontent>\n'
        '<node TEXT="Makes ATP"/>\n</node>\n</node>\n</map>\n'
    )
    notes, _, said = built_notes(tmp_path, {"cell.mm": mm, "Foo.mm": "#import <Foundation/Foundation.h>\n@implementation Foo\n@end\n"})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What does the mitochondrion do?", "Makes ATP Lecture 3")]
    assert [s for s in said if "sources/Foo.mm" in s and "not a FreeMind or Freeplane mind map" in s], said


def test_a_csv_of_cloze_notes_is_a_note_per_row(tmp_path: Path) -> None:
    """T32-24: a sheet of clozes ('Text,Extra', no header, or ';') is rows: a cloze note each, its Extra on the back;
    before, read as Markdown, one note held every row with the CSV's quotes and commas."""
    header = 'Text,Extra\n"The SA node is the {{c1::pacemaker}} of the heart.",""\n"Normal QRS duration is under {{c1::120 ms}}.","Lead II"\n'
    bare = '"{{c1::Adenosine}} slows AV conduction.";""\n"{{c1::Digoxin}} inhibits the {{c2::Na/K-ATPase}}.";"narrow index"\n'
    notes, _, said = built_notes(tmp_path, {"ekg.csv": header, "pharm.csv": bare})
    assert sorted((n["items"][0]["file"], n["fields"]["Text"], plain_text(n["fields"]["Extra"])) for n in notes) == [
        ("sources/ekg.csv", "Normal QRS duration is under {{c1::120 ms}}.", "Lead II"),
        ("sources/ekg.csv", "The SA node is the {{c1::pacemaker}} of the heart.", ""),
        ("sources/pharm.csv", "{{c1::Adenosine}} slows AV conduction.", ""),
        ("sources/pharm.csv", "{{c1::Digoxin}} inhibits the {{c2::Na/K-ATPase}}.", "narrow index"),
    ]
    assert [s for s in said if "ekg.csv" in s and "read as layout 'delimited'" in s], said


def test_an_old_anki_export_without_header_lines_keeps_tags_and_html(tmp_path: Path) -> None:
    """T32-18: Anki's 'Notes in Plain Text' before 2.1.55 (no '#' lines, tags last, HTML fields): the last column of
    lower-case tags is the notes' tags, never text on the back, and a '<b>' in one row is HTML; its 'Cards in Plain
    Text' ('question<TAB>question<hr id=answer>answer') shows the answer alone."""
    notes_txt = (
        "What is the capital of France?\tParis\tgeography europe\nWhat is the capital of Japan?\tTokyo\tgeography asia\n"
        "What is H2O?\tWater\tchemistry\n<b>Largest planet?</b>\tJupiter\tastronomy solar_system\n"
    )
    cards_txt = "What is H2O?\tWhat is H2O?<hr id=answer>Water\nLargest planet?\tLargest planet?<hr id=answer>Jupiter\n"
    notes, _, _ = built_notes(tmp_path / "cards", {"cards.txt": cards_txt})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [("Largest planet?", "Jupiter"), ("What is H2O?", "Water")]
    notes, _, _ = built_notes(tmp_path / "notes", {"notes.txt": notes_txt})
    seen = sorted((n["items"][0]["file"], note_front(n), note_back(n), sorted(t for t in n["tags"] if not t.startswith("deckc"))) for n in notes)
    assert seen == [
        ("sources/notes.txt", "Largest planet?", "Jupiter", ["astronomy", "solar_system"]),
        ("sources/notes.txt", "What is H2O?", "Water", ["chemistry"]),
        ("sources/notes.txt", "What is the capital of France?", "Paris", ["europe", "geography"]),
        ("sources/notes.txt", "What is the capital of Japan?", "Tokyo", ["asia", "geography"]),
    ]


def test_vocabulary_headers_in_chinese_arabic_and_hebrew_name_their_columns(tmp_path: Path) -> None:
    """T32-25: '汉字<TAB>拼音<TAB>英文', 'كلمة<TAB>النطق<TAB>المعنى', 'מילה<TAB>תרגום<TAB>דוגמה' are header rows (the
    shared table, columns.py), no card '汉字' -> '拼音 英文'."""
    files = {
        "zh.tsv": "汉字\t拼音\t英文\n爱\tài\tto love\n八\tbā\teight\n",
        "ar.tsv": "كلمة\tالنطق\tالمعنى\nكتاب\tkitāb\tbook\nقلم\tqalam\tpen\n",
        "he.tsv": "מילה\tתרגום\tדוגמה\nספר\tbook\tאני קורא ספר\nעט\tpen\tיש לי עט\n",
    }
    notes, _, _ = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == sorted([
        ("八", "eight 拼音: bā"),
        ("爱", "to love 拼音: ài"),
        ("ספר", "book דוגמה: אני קורא ספר"),
        ("עט", "pen דוגמה: יש לי עט"),
        ("قلم", "pen النطق: qalam"),
        ("كتاب", "book النطق: kitāb"),
    ])
