"""Forty-first sitting, finder: findings of trial 41 (files as a learner has them on disk, and broken ones;
docs/trials/trial41.md) fixed: a damaged or misnamed file deck.toml does not list is a warning and the rest of the
collection builds, whatever its format (T41-2: an .apkg cut short and an Excel workbook saved as .csv stopped the whole
build); a file cut short and an empty file are said as such, in the same words for every format (T41-3: "not a zip
file", "not a Word document … save it again as .docx")."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import deck_of, note_back, note_front

from compiler.diagnostics import ContentError
from compiler.sources.damage import CUT_SHORT, unreadable

GOOD = "**Q:** What is the median?\nA: The middle value of the ordered data.\n\n**Q:** What is the mode?\nA: The most frequent value.\n"


def _docx() -> bytes:
    """A small Word document as Word writes one (content types, relationships, the document part)."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        paragraphs = "".join(
            f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
            for t in ["Q: What is the range?", "A: The largest value minus the smallest."] * 40
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{paragraphs}</w:body></w:document>",
        )
    return data.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Question", "Answer"])
    for k in range(30):
        ws.append([f"What is {k} squared?", str(k * k)])
    data = io.BytesIO()
    wb.save(data)
    return data.getvalue()


def _apkg(tmp_path: Path) -> bytes:
    import genanki

    model = genanki.Model(
        1607392319, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    )  # fmt: skip
    deck = genanki.Deck(2059400110, "STAT101")
    for front, back in [("Type I error", "rejecting a true null hypothesis"), ("Type II error", "not rejecting a false one")]:
        deck.add_note(genanki.Note(model=model, fields=[front, back], guid=genanki.guid_for(front)))
    path = tmp_path / "made.apkg"
    genanki.Package(deck).write_to_file(str(path))
    return path.read_bytes()


def _pdf() -> bytes:
    import typst

    return typst.compile(b"= Handout\n\n" + b"The median is the middle value of the ordered data.\n\n" * 30)


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _build(content: Path) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    from compiler.build import build

    out = content.parent / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    return notes, [d.text() for d in result.compiled.diagnostics.items]


# --- T41-2 and T41-3: one damaged file among a collection -------------------------------------------------------------


def test_damaged_and_misnamed_files_in_a_collection_are_warnings_and_the_rest_builds(tmp_path: Path) -> None:
    """T41-2 (high) and T41-3 (high): a learner's collection with a classmate's .apkg, a Word worksheet, a question bank
    and a handout PDF each cut in half (downloads that did not finish), an empty .docx and .pdf, and an Excel workbook
    saved under '.csv'. Before: the .apkg ('not an Anki package: the file is not a zip archive') and the '.csv'
    ('binary file …') were errors and nothing was built; the others said 'not a zip file' / 'not a Word document …
    save it again as .docx'. Now the good page builds, each file cut short is a warning saying so in the same words
    (printed once with a count) and what to do, the empty ones are 'empty file', the workbook is named as one with its rename, and nothing is an error."""
    files: dict[str, str | Path] = {"notes.md": GOOD}
    content = deck_of(tmp_path, files)
    sources = content / "sources"
    (sources / "Jamie - STAT101 midterm.apkg").write_bytes(_half(_apkg(tmp_path)))
    (sources / "worksheet3.docx").write_bytes(_half(_docx()))
    (sources / "question-bank.xlsx").write_bytes(_half(_xlsx()))
    (sources / "handout.pdf").write_bytes(_half(_pdf()))
    (sources / "empty.docx").write_bytes(b"")
    (sources / "empty.pdf").write_bytes(b"")
    (sources / "bank-export.csv").write_bytes(_xlsx())
    notes, said = _build(content)
    assert sorted(note_front(n) for n in notes) == ["What is the median?", "What is the mode?"], said
    cut = sorted(s.split(":", 1)[0] for s in said if "warning: not read: the file is cut short" in s and "download or copy it again" in s)
    assert cut == ["sources/Jamie - STAT101 midterm.apkg", "sources/question-bank.xlsx", "sources/worksheet3.docx"], said
    assert any("handout.pdf: warning: not read: a PDF cut short: its end is missing" in s and "download or copy it again" in s for s in said), said
    assert sorted(s.split(":", 1)[0] for s in said if "warning: empty file: no card" in s) == ["sources/empty.docx", "sources/empty.pdf"], said
    assert any("bank-export.csv:1: warning: not read: binary file" in s and "Excel workbook: rename it .xlsx" in s for s in said), said
    assert not any(": error:" in s for s in said), said
    assert not any("BadZipFile" in s or "not a Word document" in s or "not an Anki package" in s for s in said), said


def test_a_pdf_under_a_text_name_is_a_warning_and_other_bytes_stay_an_error(tmp_path: Path) -> None:
    """A PDF saved as '.txt' is a document deckc reads under the wrong name: a warning (its '#name' rename said once,
    not twice), the rest built. Since sitting 55 a picture renamed '.md' is a warning too, saying what it looks like
    (it stopped the whole deck: newdocs round 10); listed in deck.toml by name, it stays an error."""
    content = deck_of(tmp_path, {"notes.md": GOOD})
    (content / "sources" / "handout.txt").write_bytes(_pdf())
    notes, said = _build(content)
    assert len(notes) == 2, said
    [line] = [s for s in said if "handout.txt" in s]
    assert "warning: not read: binary file" in line and "a PDF document (.pdf)" in line and line.count("#handout.txt") == 1, line
    (content / "sources" / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    from compiler.build import build

    result = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.deck.notes) == 2
    [photo] = [d.text() for d in result.compiled.diagnostics.items if "photo.md" in d.text()]
    assert "photo.md:1: warning: not read: binary file" in photo and "it looks like a PNG picture" in photo, photo
    listed = deck_of(tmp_path / "listed", {"notes.md": GOOD}, '[[source]]\nid = "photo"\nfile = "sources/photo.md"\ntitle = "Photo"\n')
    (listed / "sources" / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ContentError) as stopped:
        build(listed, tmp_path / "build3", formats=("json",), now=1_000)
    assert [d.file for d in stopped.value.diagnostics if d.severity == "error"] == ["sources/photo.md"]


@pytest.mark.parametrize("name", ["worksheet3.docx", "question-bank.xlsx", "Jamie - STAT101 midterm.apkg"])
def test_a_listed_file_cut_short_stops_the_build_naming_it(tmp_path: Path, name: str) -> None:
    """A file deck.toml names is the user's: cut short, it is an error (the build writes nothing), said in the same
    words for every format, at the file."""
    maker = {".docx": _docx, ".xlsx": _xlsx, ".apkg": lambda: _apkg(tmp_path)}[Path(name).suffix]
    table = f'[[source]]\nid = "mine"\nfile = "sources/{name}"\ntitle = "Mine"\n'
    content = deck_of(tmp_path, {"notes.md": GOOD}, table)
    (content / "sources" / name).write_bytes(_half(maker()))
    from compiler.build import build

    with pytest.raises(ContentError) as stopped:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    errors = [d for d in stopped.value.diagnostics if d.severity == "error"]
    assert [(d.file, d.message) for d in errors] == [(f"sources/{name}", CUT_SHORT)], [d.text() for d in errors]
    assert not (tmp_path / "build").exists() or not any((tmp_path / "build").glob("*.json"))


def test_a_file_that_is_no_anki_package_is_a_warning_when_unlisted(tmp_path: Path) -> None:
    """T41-2: an '.apkg' that is a web page (a download link that gave the site's error page) or a zip holding no
    collection is a warning naming what it is, the rest built, as any other format's unreadable file is."""
    content = deck_of(tmp_path, {"notes.md": GOOD})
    (content / "sources" / "shared.apkg").write_bytes(b"<!DOCTYPE html><html><body>Sign in to download</body></html>\n")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("readme.txt", "no deck here")
    (content / "sources" / "other.apkg").write_bytes(data.getvalue())
    notes, said = _build(content)
    assert len(notes) == 2, said
    assert any("shared.apkg: warning: not read: not an Anki package: the file is not a zip archive" in s for s in said), said
    assert any("other.apkg: warning: not read: not an Anki package: the zip archive holds no collection" in s for s in said), said


def test_unreadable_leaves_whole_files_to_their_readers(tmp_path: Path) -> None:
    """The shared check says only what no reader could read: a whole zip, a text file and a PDF pass; a zip's first
    bytes with its end cut off, and 0 bytes, do not."""
    whole = tmp_path / "a.docx"
    whole.write_bytes(_docx())
    text = tmp_path / "b.md"
    text.write_text(GOOD, encoding="utf-8")
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(_pdf())
    assert [unreadable(p, p.name) for p in (whole, text, pdf)] == [None, None, None]
    cut = tmp_path / "d.docx"
    cut.write_bytes(_docx()[:-30])  # (only the end record cut off)
    said = unreadable(cut, "d.docx")
    assert said is not None and said.message == CUT_SHORT
    empty = tmp_path / "e.xlsx"
    empty.write_bytes(b"")
    said = unreadable(empty, "e.xlsx")
    assert said is not None and said.message == "file is empty" and "export it again" in (said.hint or "")


# --- T41-1: a worksheet's key-terms table beside its quiz and answer key ----------------------------------------------

TRIAL = Path(__file__).parent / "data" / "trials" / "trial41"


def test_a_worksheet_with_a_terms_table_reads_its_quiz_and_key_too(tmp_path: Path) -> None:
    """T41-1 (high): a Word worksheet (`Part A: Multiple choice` with lettered options, `Part B: Short answer`, `Part C:
    Key terms` as a `Term | Definition` table, `Answer key` at the end: `1. b   2. c …`, `5. …`, `6. …`) read as the
    table's 3 cards; its 4 multiple-choice and 2 short-answer questions were 'text outside any question' (23 lines)
    and 'question has no answer'. Now the table section is read alone and the rest of the page together: every
    question keyed or answered from the key, the terms cards as before."""
    from conftest import built_notes

    notes, skipped, said = built_notes(tmp_path, {"worksheet3.md": TRIAL / "t41-1-worksheet-terms-table" / "worksheet3.md"})
    cards = {note_front(n): n for n in notes}
    assert len(cards) == 9 and not skipped, (sorted(cards), said)
    keyed = {q: cards[q]["fields"]["Correct"] for q in cards if cards[q]["kind"] == "multiple_choice"}
    assert [k.split(")")[0][-1] for k in keyed.values()] == ["B", "C", "A", "D"], keyed
    assert "the median stays at the middle household" in cards["Why is the median preferred to the mean for household income?"]["fields"]["Answer"]
    assert {"Parameter", "Statistic", "Outlier"} <= set(cards), sorted(cards)
    assert not any("text outside any question" in s or "has no answer" in s for s in said), said


def test_the_same_worksheet_as_word_reads_alike(tmp_path: Path) -> None:
    """The same worksheet as a .docx (Word's own numbering, a table, the key in the document's last paragraphs)."""
    from conftest import built_notes

    lines = (TRIAL / "t41-1-worksheet-terms-table" / "worksheet3.md").read_text(encoding="utf-8").split("\n")
    body, rows = [], []
    for line in lines:
        text = line.strip().replace("\\_", "_")
        if text.startswith("|"):
            cells = [c.strip().strip("*").strip() for c in text.strip("|").split("|")]
            if not set("".join(cells)) <= set("- "):
                rows.append(cells)
            continue
        if rows:
            body.append("<w:tbl>" + "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if k == 0 else ''}<w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>"
                for k, row in enumerate(rows)) + "</w:tbl>")  # fmt: skip
            rows = []
        if text.startswith("# "):
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{text[2:]}</w:t></w:r></w:p>')
        elif text:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")}</w:t></w:r></w:p>')
    with zipfile.ZipFile(io.BytesIO(_docx())) as model:
        parts = {name: model.read(name) for name in model.namelist() if name != "word/document.xml"}
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        for name, part in parts.items():
            z.writestr(name, part)
        z.writestr(
            "word/styles.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{''.join(body)}</w:body></w:document>",
        )
    (tmp_path / "worksheet3.docx").write_bytes(data.getvalue())
    notes, skipped, said = built_notes(tmp_path / "deck", {"worksheet3.docx": tmp_path / "worksheet3.docx"})
    assert len(notes) == 9 and not skipped, ([note_front(n) for n in notes], said)
    assert sum(n["kind"] == "multiple_choice" for n in notes) == 4, said


def test_a_handout_of_definitions_and_review_questions_reads_both(tmp_path: Path) -> None:
    """T41-7 (medium), the same mechanism: a handout's `Range: the largest value minus the smallest.` bullets under
    `## Measures of spread` were 'text outside any question' beside its numbered review questions and their answers;
    now each is a term card, and the questions are answered as before."""
    from conftest import built_notes

    page = (
        "# Week 3: Describing data\n\n## Measures of spread\n\n"
        "- Range: the largest value minus the smallest.\n- Interquartile range (IQR): Q3 minus Q1, the spread of the middle half.\n"
        "- Sample variance: the sum of squared deviations from the mean divided by n − 1.\n"
        "- Standard deviation: the square root of the variance, in the units of the data.\n\n"
        "## Review questions\n\n1. What is the median of 3, 7, 9, 12?\n2. Which measure of centre is resistant to outliers?\n"
        "3. A data set has Q1 = 20 and Q3 = 35. What is its IQR?\n\n## Answers\n\n1. 8 (the average of 7 and 9).\n2. The median.\n3. 15.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"handout.md": page})
    cards = {note_front(n): n for n in notes}
    assert {"Range", "Interquartile range (IQR)", "Sample variance", "Standard deviation"} <= set(cards), (sorted(cards), said)
    assert "The median" in cards["Which measure of centre is resistant to outliers?"]["fields"]["Answer"], said
    assert len(cards) == 7 and not skipped, sorted(cards)


# --- T41-4, T41-5, T41-15: a phrase list ------------------------------------------------------------------------------


@pytest.mark.parametrize("wide", [False, True])
def test_a_phrase_list_keeps_its_question_pairs_and_not_its_title(tmp_path: Path, wide: bool) -> None:
    """T41-4 (medium): 'C'est compris ? = Is the service included?' was skipped as 'the answer is only another
    question' (both sides ask: a phrase and its translation); T41-5 (medium): the title 'Phrases utiles – au
    restaurant', written with another separator than the list's '=', was a card 'Phrases utiles' -> 'au restaurant'.
    As Notepad's UTF-16 with CRLF too."""
    text = (TRIAL / "t41-4-phrasebook-pairs" / "phrases-restaurant.txt").read_text(encoding="utf-8")
    content = deck_of(tmp_path, {})
    data = b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le") if wide else text.encode("utf-8")
    (content / "sources" / "phrases-restaurant.txt").write_bytes(data)
    notes, said = _build(content)
    cards = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert sorted(cards) == ["C’est compris ?", "Je suis végétarien.", "Je voudrais l’addition, s’il vous plaît.", "Qu’est-ce que vous me conseillez ?"], said
    assert "Is the service included?" in cards["C’est compris ?"]
    assert not any("only another question" in s for s in said), said


def test_a_phrase_list_opening_with_a_question_is_no_single_card(tmp_path: Path) -> None:
    """T41-15 (high, found fixing T41-4): a pair list whose first phrase asks ('Où est la gare ? = Where is the
    station?' over 'le chat = the cat' …) was read as layout 'qa', one card whose back was the whole list, at any
    length. Now a card a line; a lone question over its answer is still the one card it is, and a follow-up question
    under an answer is still no card."""
    from conftest import built_notes

    words = [("le chat", "the cat"), ("la maison", "the house"), ("le chien", "the dog"), ("le livre", "the book")]
    page = "Où est la gare ? = Where is the station?\n" + "".join(f"{f} = {b}\n" for f, b in words)
    notes, _, said = built_notes(tmp_path / "list", {"phrases.txt": page})
    assert sorted(note_front(n) for n in notes) == sorted(["Où est la gare ?", *(f for f, _ in words)]), said
    notes, _, said = built_notes(tmp_path / "one", {"one.txt": "What is the powerhouse of the cell?\nThe mitochondrion.\n"})
    assert [note_front(n) for n in notes] == ["What is the powerhouse of the cell?"], said
    page = "## What is a p-value?\n\nWhat do you think it means?\n\n## What is a z-score?\n\nHow far a value lies from the mean.\n"
    notes, skipped, said = built_notes(tmp_path / "follow", {"notes.md": page})
    assert [note_front(n) for n in notes] == ["What is a z-score?"] and [s["skipped"] for s in skipped] == ["answer is a question"], said


# --- T41-6: a lab notebook ------------------------------------------------------------------------------------------


def test_a_lab_notebook_has_no_card_of_its_setup_and_keeps_a_computed_value(tmp_path: Path) -> None:
    """T41-6 (medium): the notebook's opening instruction ('Work through the exercises; solutions are in the cells under
    each one.') over its imports was a card whose back was 'import numpy as np'; 'Compute the z-score of 75 …' kept
    its solution's expression without the value it printed (2.0), which a task asking with '?' keeps."""
    from conftest import built_notes

    notes, _, _ = built_notes(tmp_path, {"lab3.ipynb": TRIAL / "t41-6-notebook-tasks" / "lab3-exercises.ipynb"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert not any("Work through" in q for q in cards) and not any("import numpy" in a for a in cards.values()), cards
    z = cards["Compute the z-score of 75 in a class with mean 65 and standard deviation 5."]
    assert "65 ) / 5 Output: 2.0" in z, z
    [mean] = [a for q, a in cards.items() if q.startswith("Compute the mean and the median")]
    assert "Output: (9, 4)" in mean, mean


# --- T41-13: a GIFT file's right answers written first ------------------------------------------------------------------


def test_a_gift_quiz_is_shuffled_without_a_warning_and_a_markdown_quiz_still_says_so(tmp_path: Path) -> None:
    """T41-13 (low): GIFT writes the right answer first ('{=la mediana ~la media ~el rango}') and Moodle shuffles; the
    build shuffled the options (right) and warned on every build that all right answers were at 'A', which the
    learner can do nothing about. Now the options are shuffled silently; the same quiz typed in Markdown still says it."""
    from conftest import built_notes

    gift = "".join(
        f"::P{k}:: ¿Pregunta número {k} sobre estadística? {{=correcta {k} ~falsa {k}a ~falsa {k}b ~falsa {k}c}}\n\n" for k in range(1, 7)
    )
    notes, _, said = built_notes(tmp_path / "gift", {"practica.gift": gift})
    assert len(notes) == 6 and not any("right answer at" in s for s in said), said
    letters = {plain.split(")")[0] for plain in (note_back(n) for n in notes)}
    assert len(letters) > 1, letters  # (shuffled all the same: the right answer is not always A)
    page = "".join(f"{k}. Question {k} about statistics?\nA. right {k}\nB. wrong {k}b\nC. wrong {k}c\nAnswer: A\n\n" for k in range(1, 7))
    _, _, said = built_notes(tmp_path / "md", {"quiz.md": page})
    assert any("has its right answer at 'A'" in s for s in said), said


# --- T41-8: a PDF's flattened formula --------------------------------------------------------------------------------


def test_the_flat_formula_warning_quotes_the_documents_own_line(tmp_path: Path) -> None:
    """T41-8 (medium): a handout's 'SE = s / sqrt(n)' set by typst came out 'SE = s√n' on a card, and the warning quoted
    a fixed 'E_k = 1/2 m v^2' that is in no document of the deck. It now quotes the document's own first such line."""
    import typst
    from conftest import built_notes

    source = (
        "= Review\n\n+ What is the standard error of the mean?\n+ What is the variance?\n+ What is a z-score?\n\n== Answers\n\n"
        "+ The spread of the sample mean: $\"SE\" = s / sqrt(n)$ over repeated samples.\n+ The mean squared deviation.\n"
        "+ How many standard deviations a value lies from the mean.\n"
    )
    (tmp_path / "handout.pdf").write_bytes(typst.compile(source.encode()))
    _, _, said = built_notes(tmp_path / "deck", {"handout.pdf": tmp_path / "handout.pdf"})
    [flat] = [s for s in said if "come out flat" in s]
    assert "the first: '1. The spread of the sample mean: SE = s√n over repeated samples.'" in flat, flat
