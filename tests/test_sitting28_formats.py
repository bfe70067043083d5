"""Twenty-eighth sitting, formats: an Anki package read back under its own deck names, pictures from every kind of
source reaching the deck, tables in answers, and the trial-28 format findings."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import genanki
from conftest import deck_of, note_back, note_front, plain_text


def _build(content: Path, out: Path, formats: tuple[str, ...] = ("json",)) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    """The manifest and every message of a build of ``content`` into ``out``."""
    from compiler.build import build

    result = build(content, out, formats=formats, now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest, [d.text() for d in result.compiled.diagnostics.items]


def _package(path: Path, decks: dict[str, list[tuple[str, str]]]) -> Path:
    """A shared deck as Anki (genanki) writes it: each deck's Basic notes (front, back)."""
    made = []
    for k, (name, notes) in enumerate(decks.items()):
        deck = genanki.Deck(2059400100 + k, name)
        for front, back in notes:
            deck.add_note(
                genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back], guid=f"g-{front[:12]}")
            )
        made.append(deck)
    genanki.Package(made).write_to_file(str(path))
    return path


def _cards(manifest: dict) -> list[tuple[str, str, str, str]]:  # type: ignore[type-arg]
    """What a learner sees of each note: front, back, its section line and its Sources line, sorted by front."""
    return sorted(
        (note_front(n), note_back(n), plain_text(n["fields"]["Section"]), plain_text(n["fields"]["Sources"]))
        for n in manifest["notes"]
    )


BIOLOGY = {
    "Biology::Cells": [
        ("What makes ATP in a cell?", "The mitochondrion."),
        ("What does a ribosome make?", "Proteins."),
    ],
    "Biology::Genetics": [("What is a gene?", "A stretch of DNA coding for a product.")],
}


def test_a_shared_deck_is_titled_by_its_deck_and_sectioned_by_its_subdecks(tmp_path: Path) -> None:
    """formats list 1: a shared deck dropped into sources/ as 'last.apkg' was titled 'last' (its Sources line, the
    cheat sheet's heading, 'Also in last' on a merged card). Its one deck 'Biology' is now its title, its subdecks the
    sections, and the manifest names each note's file and note id."""
    package = _package(tmp_path / "last.apkg", BIOLOGY)
    manifest, said = _build(deck_of(tmp_path / "d", {"last.apkg": package}), tmp_path / "d" / "build")
    assert _cards(manifest) == [
        ("What does a ribosome make?", "Proteins.", "Cells", "Biology"),
        ("What is a gene?", "A stretch of DNA coding for a product.", "Genetics", "Biology"),
        ("What makes ATP in a cell?", "The mitochondrion.", "Cells", "Biology"),
    ]
    assert [s["title"] for s in manifest["sources"]] == ["Biology"]
    assert any('title = "Biology"' in s for s in said), said  # (the table printed for the unlisted file)
    nids = {n["id"]: n["items"][0] for n in manifest["notes"]}
    for item in nids.values():
        assert (
            item["file"] == "sources/last.apkg" and item["line"] > 1_000_000_000
        )  # its note id: 'nid:…' in Anki
        assert item["origin"] == "Biology"


def test_a_package_of_several_decks_names_each_notes_deck(tmp_path: Path) -> None:
    """formats list 1: a collection of several top decks keeps each note's whole deck path as its section and names
    its deck on the Sources line, never the file's name."""
    decks = {**BIOLOGY, "Chemistry": [("What is the pH of pure water?", "7")]}
    package = _package(tmp_path / "last.apkg", decks)
    manifest, _ = _build(deck_of(tmp_path / "d", {"last.apkg": package}), tmp_path / "d" / "build")
    assert _cards(manifest) == [
        ("What does a ribosome make?", "Proteins.", "Biology › Cells", "Biology"),
        ("What is a gene?", "A stretch of DNA coding for a product.", "Biology › Genetics", "Biology"),
        ("What is the pH of pure water?", "7", "Chemistry", "Chemistry"),
        ("What makes ATP in a cell?", "The mitochondrion.", "Biology › Cells", "Biology"),
    ]


CELLS = """# Cell biology

## Organelles

### Which organelle makes ATP?

The mitochondrion.

### What does a ribosome make?

Proteins.
"""

REVIEW = """# Review sheet

## Which organelle makes ATP?

The mitochondria, by oxidative phosphorylation.
"""


def test_a_deck_deckc_built_read_back_names_the_documents_its_notes_came_from(tmp_path: Path) -> None:
    """formats list 1: last month's deck read back named the package's file on every card ('Sources: last', 'Also in
    last'). Now each note names the document its Sources field says, a merged answer the one its 'Also in …' line
    says, and a deck built from one document is titled by it."""
    first = deck_of(tmp_path / "a", {"cells.md": CELLS, "review.md": REVIEW})
    before, _ = _build(first, tmp_path / "a" / "build", ("json", "apkg"))
    merged = [n for n in before["notes"] if len(n["items"]) > 1]
    assert merged, "the two ATP questions are merged by the first build"
    package = next((tmp_path / "a" / "build").glob("*.apkg"))
    after, _ = _build(deck_of(tmp_path / "b", {"last.apkg": package}), tmp_path / "b" / "build")
    assert _cards(after) == _cards(before)
    everything = " ".join(
        plain_text(v) for n in after["notes"] for k, v in n["fields"].items() if k != "DeckcId"
    )
    assert "Also in Review sheet" in everything and "last" not in everything, everything
    origins = sorted({i["origin"] for n in after["notes"] for i in n["items"]})
    assert origins == ["Cell biology", "Review sheet"]

    one = deck_of(tmp_path / "c", {"cells.md": CELLS})
    _build(one, tmp_path / "c" / "build", ("json", "apkg"))
    again, _ = _build(
        deck_of(tmp_path / "e", {"old.apkg": next((tmp_path / "c" / "build").glob("*.apkg"))}),
        tmp_path / "e" / "build",
    )
    assert [s["title"] for s in again["sources"]] == ["Cell biology"]
    assert {
        (plain_text(n["fields"]["Section"]), plain_text(n["fields"]["Sources"])) for n in again["notes"]
    } == {("Organelles", "Cell biology")}


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A 4×4 PNG of one colour (each test picture its own bytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(rgb) * 4 for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


RED, GREEN, BLUE = _png((200, 0, 0)), _png((0, 200, 0)), _png((0, 0, 200))

PICTURED_NOTES = """# Cells

## What does a mitochondrion look like?

![Mitochondrion](img/mito.png)

A bean with folded inner membranes.

## What does a nucleus look like?

![Nucleus](img/nucleus.png)

A round body holding the DNA.

## What is the Golgi apparatus?

A stack of membranes. ![Golgi](https://upload.wikimedia.org/golgi.png)
"""

PICTURED_PAGE = """<html><head><title>Cell quiz</title></head><body>
<h1>Cell quiz</h1>
<h2>What does a plant cell look like?</h2>
<p><img src="pics/plant%20cell.png" alt="Plant cell"></p>
<p>Box-shaped, with a cell wall.</p>
</body></html>
"""


def test_pictures_of_markdown_html_and_a_package_show_on_the_cards_in_anki(tmp_path: Path) -> None:
    """formats list 2: a Markdown image beside its page, an HTML page's <img src> (a space in its name) and a shared
    deck's picture reach the .apkg's media and show on the cards after a real import; a missing picture is a warning
    naming its file and line (the card shows its alt text), a remote one a link (docs/content.md, 'Pictures')."""
    from ankiutil import import_apkg, open_collection

    package = tmp_path / "shared.apkg"
    deck = genanki.Deck(2059400200, "Anatomy")
    deck.add_note(
        genanki.Note(
            model=genanki.BASIC_MODEL, fields=["What is this bone?", '<img src="femur.png">Femur'], guid="f1"
        )
    )
    (tmp_path / "femur.png").write_bytes(BLUE)
    genanki.Package(deck, media_files=[str(tmp_path / "femur.png")]).write_to_file(str(package))
    content = deck_of(
        tmp_path / "d", {"notes.md": PICTURED_NOTES, "page.html": PICTURED_PAGE, "shared.apkg": package}
    )
    (content / "sources" / "img").mkdir()
    (content / "sources" / "img" / "mito.png").write_bytes(RED)
    (content / "sources" / "pics").mkdir()
    (content / "sources" / "pics" / "plant cell.png").write_bytes(GREEN)
    manifest, said = _build(content, tmp_path / "d" / "build", ("json", "apkg"))
    backs = {note_front(n): n["fields"].get("Answer", "") for n in manifest["notes"]}
    assert '<img src="mito.png" alt="Mitochondrion">' in backs["What does a mitochondrion look like?"]
    assert "[image: Nucleus]" in backs["What does a nucleus look like?"]
    assert (
        '<a href="https://upload.wikimedia.org/golgi.png">[image: Golgi]</a>'
        in backs["What is the Golgi apparatus?"]
    )
    missing = [s for s in said if "nucleus.png" in s]
    assert missing and missing[0].startswith(
        "sources/notes.md:11: warning: image 'img/nucleus.png' not found"
    ), said
    assert any(s.startswith("sources/notes.md:17: warning: 1 remote picture") for s in said), said

    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, next((tmp_path / "d" / "build").glob("*.apkg")))
        media = Path(col.media.dir())
        assert (media / "mito.png").read_bytes() == RED
        assert (media / "plant cell.png").read_bytes() == GREEN
        assert (media / "femur.png").read_bytes() == BLUE
        shown = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            shown[card.note()["Question"]] = card.answer()
        assert '<img src="mito.png"' in next(a for q, a in shown.items() if "mitochondrion" in q)
        assert '<img src="plant cell.png"' in next(a for q, a in shown.items() if "plant cell" in q)
        assert '<img src="femur.png"' in next(a for q, a in shown.items() if "bone" in q)
    finally:
        col.close()


def test_two_chapters_pictures_of_one_name_are_both_on_their_cards(tmp_path: Path) -> None:
    """formats list 2: two chapters exported with their own 'image1.png' stopped the build ('two different images are
    named …', nothing written): Anki's media folder is flat. Now the second is packed under a name made from its
    bytes, each card shows its own picture after a real import, and one logo copied into both folders is packed once."""
    from ankiutil import import_apkg, open_collection

    chapter = "# Chapter {n}\n\n## What does figure {n} show?\n\n![Figure {n}](media/image1.png) ![logo](media/logo.png)\n\nThe {what}.\n"
    content = deck_of(
        tmp_path / "d",
        {
            "ch1/notes.md": chapter.format(n=1, what="red one"),
            "ch2/notes.md": chapter.format(n=2, what="green one"),
        },
    )
    for folder, picture in (("ch1", RED), ("ch2", GREEN)):
        (content / "sources" / folder / "media").mkdir()
        (content / "sources" / folder / "media" / "image1.png").write_bytes(picture)
        (content / "sources" / folder / "media" / "logo.png").write_bytes(BLUE)
    _, said = _build(content, tmp_path / "d" / "build", ("json", "apkg"))
    assert not any("two different" in s for s in said), said
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, next((tmp_path / "d" / "build").glob("*.apkg")))
        media = Path(col.media.dir())
        pictures = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            names = re.findall(r'<img src="([^"]+)"', card.answer())
            pictures[card.note()["Question"]] = [(media / name).read_bytes() for name in names]
        assert pictures == {
            "What does figure 1 show?": [RED, BLUE],
            "What does figure 2 show?": [GREEN, BLUE],
        }
        assert len([p for p in media.iterdir() if p.name.startswith("logo")]) == 1  # (one logo, packed once)
    finally:
        col.close()


def test_a_table_padded_to_its_widest_cell_builds_with_the_rest_of_the_folder(tmp_path: Path) -> None:
    """T28-20: a Markdown table whose header row a formatter padded with 300 spaces (its widest cell a long Chinese
    sentence) stopped the whole folder's build ('a run of 300 spaces or tabs in one line', nothing written). The
    padding is cut; the table's rows are cards and the other file builds; an indent that long is still refused."""
    wide = "你可以将 Bitmap 看作是一个存储二进制数字的数组，数组中每个元素的下标叫做 offset。"
    table = (
        "## 数据类型\n\n"
        f"| 数据类型 | 说明{' ' * 300} |\n| --- | --- |\n"
        f"| Bitmap | {wide} |\n| HyperLogLog | 只需要 12k 的空间就能存储接近 2^64 个不同元素。 |\n"
    )
    other = "## What is Redis?\n\nAn in-memory key-value store.\n"
    manifest, said = _build(
        deck_of(tmp_path / "d", {"redis.md": table, "intro.md": other}), tmp_path / "d" / "build"
    )
    cards = {note_front(n): note_back(n) for n in manifest["notes"]}
    assert cards["What is Redis?"] == "An in-memory key-value store."
    assert any(wide in back for back in cards.values()), cards
    assert not any("spaces or tabs" in s for s in said), said

    from compiler.sources.base import ContentError, load_document

    (tmp_path / "deep.md").write_text("## Q?\n\n" + " " * 300 + "x\n", encoding="utf-8")
    try:
        load_document(tmp_path / "deep.md", "deep.md")
    except ContentError as exc:
        assert "a run of 300 spaces or tabs" in exc.diagnostics[0].message
    else:
        raise AssertionError("an indent of 300 spaces is refused")


TABLE_NOTES = """# Pharmacology

## How do the loop and thiazide diuretics differ?

| Class | Example | Site |
| --- | --- | --- |
| Loop | Furosemide | Thick ascending limb |
| Thiazide | Hydrochlorothiazide | Distal convoluted tubule |

Loops are used in acute oedema.

## Which enzymes do these drugs induce or inhibit?

| Enzyme | Inducers | Inhibitors | Substrates | Notes | Clinical example | Monitoring | Onset | Offset | Severity |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| CYP3A4 | Rifampicin, carbamazepine | Clarithromycin, ketoconazole | Simvastatin, ciclosporin | Most common | Statin myopathy | CK levels | Days | Weeks | High |
| CYP2C9 | Rifampicin | Fluconazole, amiodarone | Warfarin, phenytoin | Narrow index | Bleeding | INR | Days | Weeks | High |
"""

TABLE_PAGE = """<html><head><title>Units</title></head><body>
<h1>Units</h1>
<h2>What are the SI prefixes for small quantities?</h2>
<table><tr><th>Prefix</th><th>Symbol</th><th>Factor</th></tr>
<tr><td>milli</td><td>m</td><td>10<sup>-3</sup></td></tr>
<tr><td>micro</td><td>µ</td><td>10<sup>-6</sup></td></tr></table>
<p>Each step is a thousand; water is H<sub>2</sub>O.</p>
</body></html>
"""


def _rows(html: str) -> list[list[str]]:
    """A table's rows as a learner reads them, header row first."""
    return [
        [plain_text(c) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", r, re.S)]
        for r in re.findall(r"<tr>(.*?)</tr>", html, re.S)
    ]


def test_tables_in_answers_read_on_the_card_and_on_the_sheet(tmp_path: Path) -> None:
    """formats list 3: a Markdown table, a web page's table and a Word table in an answer are tables on the card, row
    by row (a Word table with no header row had an empty one above its rows; a page's '10<sup>-3</sup>' read
    '10-3'); on the cheat sheet a table too wide for its column (ten columns of drug names, each hyphenated to
    shreds) prints row by row, each cell after its column's name."""
    import sys

    import pypdf

    sys.path.insert(0, str(Path(__file__).parent))
    from test_docx import paragraph, write_docx

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    rows = [("Gas", "Formula", "Share"), ("Nitrogen", "N2", "78%"), ("Oxygen", "O2", "21%")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    content = deck_of(tmp_path / "d", {"notes.md": TABLE_NOTES, "page.html": TABLE_PAGE})
    write_docx(
        content / "sources" / "air.docx",
        [paragraph("What is air made of?", "Heading2"), table, paragraph("Mostly nitrogen.")],
    )
    manifest, _ = _build(content, tmp_path / "d" / "build", ("json", "pdf"))
    backs = {note_front(n): n["fields"]["Answer"] for n in manifest["notes"]}
    assert _rows(backs["What is air made of?"]) == [list(r) for r in rows]
    assert "<th>" not in backs["What is air made of?"]
    assert _rows(backs["What are the SI prefixes for small quantities?"]) == [
        ["Prefix", "Symbol", "Factor"],
        ["milli", "m", "10 -3"],
        ["micro", "µ", "10 -6"],
    ]
    units = backs["What are the SI prefixes for small quantities?"]
    assert "10<sup>-3</sup>" in units and "H<sub>2</sub>O" in units
    assert _rows(backs["How do the loop and thiazide diuretics differ?"])[2] == [
        "Thiazide",
        "Hydrochlorothiazide",
        "Distal convoluted tubule",
    ]
    assert len(_rows(backs["Which enzymes do these drugs induce or inhibit?"])) == 3

    sheet = pypdf.PdfReader(next((tmp_path / "d" / "build").glob("*.pdf")))
    text = " ".join(
        " ".join(p.extract_text().replace("\u00ad\n", "").replace("\u00ad", "").split()) for p in sheet.pages
    )
    assert (
        "CYP3A4 · Inducers: Rifampicin, carbamazepine · Inhibitors: Clarithromycin, ketoconazole" in text
    ), text
    assert "CYP2C9 · Inducers: Rifampicin · Inhibitors: Fluconazole, amiodarone" in text, text
    assert "Loop Furosemide Thick ascending" in text  # (a table that fits stays a table)
    assert "milli m 10⁻³" in text and "Nitrogen N2 78%" in text


def test_a_page_about_3d_printing_in_a_folder_builds(tmp_path: Path) -> None:
    """T28-42: a page with a line opening '3D printers …' looked like a crossword's clue ('3D' = 3 down) and, read as
    none, left the name of the task solutions' table None: the next file's build stopped with an internal error."""
    first = "## What is 3D printing?\n\n3D printers build an object layer by layer from a digital model.\n"
    second = "## What is CNC milling?\n\nCutting material away with a computer-controlled tool.\n"
    manifest, _ = _build(
        deck_of(tmp_path / "d", {"a-3d.md": first, "b-cnc.md": second}), tmp_path / "d" / "build"
    )
    assert sorted((note_front(n), note_back(n)) for n in manifest["notes"]) == [
        ("What is 3D printing?", "3D printers build an object layer by layer from a digital model."),
        ("What is CNC milling?", "Cutting material away with a computer-controlled tool."),
    ]


def test_a_picture_opening_an_obsidian_card_is_on_its_front(tmp_path: Path) -> None:
    """T28-39: an Obsidian Spaced Repetition card whose front opens with a picture ('![[membrane.png]]' / 'What
    structure is shown above?' / '?' / answer) asked 'shown above' of nothing: the picture was dropped, not packed.
    It is now on the front above the question, found in the vault's attachments and packed."""
    card = (
        "#flashcards/biology\n\n![[membrane.png]]\nWhat structure is shown above?\n?\nThe cell membrane.\n\n"
        "![Ribosome](pics/ribosome.png)\nWhat is this organelle?\n?\nA ribosome.\n"
    )
    content = deck_of(tmp_path / "d", {"vault/Biology/cells.md": card})
    (content / "sources" / "vault" / "attachments").mkdir()
    (content / "sources" / "vault" / "attachments" / "membrane.png").write_bytes(RED)
    (content / "sources" / "vault" / "Biology" / "pics").mkdir()
    (content / "sources" / "vault" / "Biology" / "pics" / "ribosome.png").write_bytes(GREEN)
    manifest, said = _build(content, tmp_path / "d" / "build", ("json", "apkg"))
    fronts = {note_back(n): n["fields"]["Question"] for n in manifest["notes"]}
    assert fronts["The cell membrane."] == (
        '<p><img src="membrane.png" alt="membrane.png"></p>What structure is shown above?'
    )
    assert fronts["A ribosome."] == '<p><img src="ribosome.png" alt="Ribosome"></p>What is this organelle?'
    assert not any("not found" in s for s in said), said
    with zipfile.ZipFile(next((tmp_path / "d" / "build").glob("*.apkg"))) as package:
        assert sorted(json.loads(package.read("media")).values()) == ["membrane.png", "ribosome.png"]


WIKITEXT = """== Backup FAQ ==

=== How do I make a full backup? ===
Run <code>bkp --full /home /mnt/backup</code>, as '''root'''.

=== How do I restore a single file? ===
Use <code>bkp restore</code> with the path:{{note|since 2.0}}
 bkp restore /mnt/backup home/jane/notes.txt

=== Terms ===
; Full backup : a copy of every file.
; Snapshot
: a read-only image of a file system at one moment.<ref>The bkp manual.</ref>
"""


def test_a_wiki_pages_source_saved_as_text_is_a_card_per_question_and_term(tmp_path: Path) -> None:
    """T28-46: a wiki page's source (wikitext) in a .txt: its '=== How do I …? ===' questions and their answers were
    in no card, nothing said. Each question is now a card with its answer (its preformatted line a code block), each
    '; term : meaning' a card, at its line; templates and references are no card text."""
    manifest, _ = _build(deck_of(tmp_path / "d", {"wiki-faq.txt": WIKITEXT}), tmp_path / "d" / "build")
    cards = sorted(
        (note_front(n), note_back(n), n["fields"]["Section"], n["items"][0]["line"])
        for n in manifest["notes"]
    )
    assert cards == [
        ("Full backup", "a copy of every file.", "Backup FAQ › Terms", 11),
        ("How do I make a full backup?", "Run bkp --full /home /mnt/backup , as root .", "Backup FAQ", 3),
        (
            "How do I restore a single file?",
            "Use bkp restore with the path: bkp restore /mnt/backup home/jane/notes.txt",
            "Backup FAQ",
            6,
        ),
        ("Snapshot", "a read-only image of a file system at one moment.", "Backup FAQ › Terms", 12),
    ]
    restore = next(n for n in manifest["notes"] if "restore" in note_front(n))
    assert "<pre" in restore["fields"]["Answer"]


def test_a_csv_cell_that_is_one_dollar_formula_is_maths(tmp_path: Path) -> None:
    """T28-37: a CSV answer '$2x$' stayed '$2x$' on the card (read as money: no TeX command, not a lone letter), while
    the same answer in Markdown or JSON was maths. A cell that is one '$…$' and nothing else is maths; prices stay."""
    rows = (
        "question,answer\n"
        "What is the derivative of $x^2$?,$2x$\n"
        "What is $\\sin^2 x + \\cos^2 x$?,$1$\n"
        "How much is a coffee?,$5 or $6 with milk\n"
    )
    manifest, _ = _build(deck_of(tmp_path / "d", {"math.csv": rows}), tmp_path / "d" / "build")
    backs = {note_front(n): n["fields"]["Answer"] for n in manifest["notes"]}
    assert backs == {
        "What is the derivative of \\(x^2\\)?": "<p>\\(2x\\)</p>",
        "What is \\(\\sin^2 x + \\cos^2 x\\)?": "<p>\\(1\\)</p>",
        "How much is a coffee?": "<p>$5 or $6 with milk</p>",
    }
