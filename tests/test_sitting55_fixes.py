"""Fifty-fifth sitting, helper fixes: open findings fixed with general rules. A file of bytes that are no text (a PNG,
JPEG or GIF picture, a Word or Excel file, an SQLite database, a gzip archive, a program, random bytes) saved or renamed
with a text name is one warning naming the file and what it looks like, the rest of the deck built (a PNG named '.txt'
stopped the whole deck with an error: newdocs round 10); UTF-16/32 text saved without a byte order mark is read."""

from __future__ import annotations

import gzip
import io
import random
import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.diagnostics import ContentError

DATA = Path(__file__).parent / "data" / "sitting55" / "fixes"
REPRO54 = Path(__file__).parent / "data" / "trials" / "trial54"
GOOD = "# Cells\n\n## What holds the DNA?\n\nThe nucleus.\n\n## What makes proteins?\n\nThe ribosome.\n"


# --- a binary file under a text name -------------------------------------------------------------------------------


def _noise(seed: int, size: int) -> bytes:
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(size))


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = b"".join(b"\x00" + _noise(k, 30) for k in range(10))
    header = struct.pack(">IIBBBBB", 10, 10, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def _zipped(member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(member, "<x/>")
    return out.getvalue()


def _sqlite(tmp_path: Path) -> bytes:
    path = tmp_path / "collection.db"
    with sqlite3.connect(path) as db:
        db.execute("create table notes (front, back)")
        db.execute("insert into notes values ('What holds the DNA?', 'The nucleus')")
    return path.read_bytes()


def _nul_heavy() -> bytes:
    r = random.Random(5)
    return bytes(r.choice([0, 0, 0, 1, 2, 65, 66, 200]) for _ in range(3000))


def _no_nul() -> bytes:
    r = random.Random(6)
    return bytes(r.randrange(1, 256) for _ in range(300))


KINDS = [
    ("screenshot.txt", _png, "a PNG picture"),
    ("photo.md", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + _noise(1, 2000), "a JPEG picture"),
    ("diagram.md", lambda: b"GIF89a\x0a\x00\x0a\x00\x80\x00\x00" + _noise(2, 500), "a GIF picture"),
    ("worksheet.md", lambda: _zipped("word/document.xml"), "a Word document: rename it .docx"),
    ("vocab.txt", lambda: _zipped("xl/workbook.xml"), "an Excel workbook: rename it .xlsx"),
    ("notes.txt", lambda: gzip.compress(GOOD.encode() * 20, mtime=0), "a gzip-compressed file"),
    ("tool.txt", lambda: b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + _noise(3, 800), "a program"),
    ("blob.md", _nul_heavy, None),
    ("noise.md", _no_nul, None),
    ("tiny.md", lambda: b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n", "a PDF document"),
]


def test_binary_files_under_text_names_are_warnings_and_the_rest_builds(tmp_path: Path) -> None:
    """Every kind of file that is no text, named '.md' or '.txt' beside a good page: each one warning at its file, line 1
    (a picture has no lines), 'not read: binary file' saying what it looks like where its first bytes tell, and how to
    leave it out ('#name'); the good page's two cards built, no error. Before: a PNG, JPEG, GIF, SQLite database, gzip
    file, program or NUL-heavy bytes stopped the whole deck; random bytes with no NUL (or a tiny PDF of plain bytes)
    were read as cp1251 or as a note: one card of nonsense."""
    files: dict[str, str | Path] = {"cells.md": GOOD}
    content = deck_of(tmp_path, files)
    made = {name: make() for name, make, _ in KINDS}
    made["collection.md"] = _sqlite(tmp_path)
    for name, data in made.items():
        (content / "sources" / name).write_bytes(data)
    from compiler.build import build

    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert sorted(note_front(n) for n in _notes(tmp_path / "build")) == [
        "What holds the DNA?",
        "What makes proteins?",
    ]
    said = {d.file: d for d in result.compiled.diagnostics.items if d.file != "sources/cells.md"}
    assert sorted(said) == sorted(f"sources/{name}" for name in made), said
    looks = dict((name, what) for name, _, what in KINDS) | {"collection.md": "an SQLite database"}
    for name, what in looks.items():
        d = said[f"sources/{name}"]
        assert d.severity == "warning" and d.message.startswith("not read: binary file, not a text document"), d.text()
        assert f"#{name}" in (d.hint or ""), d.text()
        if what is not None:
            assert f"it looks like {what}" in d.message and d.line == 1, d.text()
    assert "control bytes" in said["sources/noise.md"].message


def _notes(out: Path) -> list[dict]:  # type: ignore[type-arg]
    import json

    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]


def test_a_binary_file_deck_toml_names_stays_an_error(tmp_path: Path) -> None:
    """A file the user listed in deck.toml by name is theirs: a picture there stops the build, naming it."""
    table = '[[source]]\nid = "shot"\nfile = "sources/shot.txt"\ntitle = "Shot"\n'
    content = deck_of(tmp_path, {"cells.md": GOOD}, table)
    (content / "sources" / "shot.txt").write_bytes(_png())
    from compiler.build import build

    with pytest.raises(ContentError) as stopped:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in stopped.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/shot.txt" and "it looks like a PNG picture" in error.message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_a_byte_order_mark_is_read_in_any_script(tmp_path: Path, encoding: str) -> None:
    """Chinese (and German) questions saved as 'Unicode' with no byte order mark: read, a card each. Before: UTF-16 with
    characters beyond ASCII, and any UTF-32, was 'binary file', an error."""
    text = "Q: 什么是细胞?\nA: 生命的基本单位\n\nQ: Was ist Osmose?\nA: Diffusion von Wasser durch eine Membran\n"
    content = deck_of(tmp_path, {})
    (content / "sources" / "cards.txt").write_bytes(text.encode(encoding))
    from compiler.build import build

    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    cards = {note_front(n): note_back(n) for n in _notes(tmp_path / "build")}
    assert cards == {"什么是细胞?": "生命的基本单位", "Was ist Osmose?": "Diffusion von Wasser durch eine Membran"}, cards


def test_a_few_control_bytes_in_text_are_still_text(tmp_path: Path) -> None:
    """A PDF's ligature glyph pasted as a control byte now and then ('de\\x02nition') is no binary file: the page is
    read (the share of control bytes decides, not their presence)."""
    page = "# Terms\n\n## What is a de\x02nition?\n\nA statement of meaning.\n\n## What is a \x03ow chart?\n\nA diagram of steps.\n"
    notes, _, messages = built_notes(tmp_path, {"terms.md": page * 3})
    assert len(notes) >= 2 and not any("binary file" in m for m in messages), messages


# --- a page's sub-question numbers and a mark scheme's marks -------------------------------------------------------


def test_sub_question_numbers_are_off_the_fronts(tmp_path: Path) -> None:
    """A .txt quiz numbered '1a.' / '1b.' / '2a)' / '2b)', each question over 'Answer: …' (newdocs round 10 d/119): the
    guessed plain-notes pattern kept '1a.' on every front and in every id; now the number is off both."""
    notes, _, _ = built_notes(tmp_path, {"ohm.txt": DATA / "sub-numbered.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What is the unit of resistance?": "ohm",
        "What is the symbol for resistance?": "R",
        "What is Ohm's law?": "V = IR",
        "What happens to current if resistance doubles at fixed voltage?": "It halves.",
    }, cards
    assert not any("1a" in n["id"] or "2b" in n["id"] for n in notes), [n["id"] for n in notes]


def test_a_mark_scheme_s_marks_are_off_the_backs(tmp_path: Path) -> None:
    """A practice paper's questions ('[2 marks]') keyed by its mark scheme, marking points marked '(1)' (newdocs round
    10 d/72: 'Watt (W) (1)' on the back): the marks go, mid-answer too; an answer counting its parts '(1) …, (2) …'
    keeps its numbers; a page that says nothing of marks keeps '(1)' after a formula (an equation's number)."""
    notes, _, _ = built_notes(tmp_path, {"paper.md": DATA / "mark-scheme.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Define osmosis.": "Osmosis is the movement of water across a partially permeable membrane",
        "Name the organelle where aerobic respiration happens.": "Mitochondria",
        "State two features of an enzyme's active site.": "(1) a specific shape, (2) complementary to its substrate",
    }, cards
    notes, _, _ = built_notes(tmp_path / "eq", {"formulas.md": DATA / "equations.md"})
    assert sorted(note_back(n) for n in notes) == ["E = ½mv² (2)", "F = ma (1)"]


# --- T54-7: a lesson's agenda of its own question headings; T54-8: the advice on lines above the first item ------------


def test_an_agenda_of_the_page_s_own_questions_is_no_unanswered_question(tmp_path: Path) -> None:
    """'## Introduction' / 'In this lesson, we'll cover:' / entries with blank lines between them, each a question heading
    further down (microsoft/Security-101's shape, trial54 T54-7): before, "question has no answer" at each entry, and the
    one-line entries made the median item 1.5 lines, so the one long answer 'runs into text that is not part of it'.
    Now each entry is skipped as asked again (in the manifest), nothing said of it, and the sizes are the cards'."""
    notes, skipped, messages = built_notes(tmp_path, {"threats.md": DATA / "agenda-long-answer.md"})
    assert [note_front(n) for n in notes] == [
        "What is a network threat?",
        "Why do attackers target networks?",
        "What are the most common network attacks?",
        "Where can I read about new threats?",
    ]
    assert "Insider threat" in note_back(notes[2])
    assert len(skipped) == 4 and all("asked again" in s["skipped"] for s in skipped), skipped
    assert not any("has no answer" in m or "runs to line" in m for m in messages), messages
    notes, skipped, messages = built_notes(tmp_path / "loose", {"attacks.md": REPRO54 / "lesson-agenda-loose.md"})
    assert len(notes) == 3 and not any("has no answer" in m for m in messages), messages


def test_the_same_question_over_other_code_is_still_unanswered(tmp_path: Path) -> None:
    """'What will be the output?' over each its own snippet is a question each: one left unanswered is still said."""
    _, _, messages = built_notes(tmp_path, {"out.md": Path(__file__).parent / "data" / "newuser" / "output-questions.md"})
    assert any("question has no answer" in m for m in messages), messages


def test_lines_above_the_first_item_are_said_with_advice_for_the_layout_read(tmp_path: Path) -> None:
    """A chapter's sections of notes over its numbered exercises (d2l's shape, trial54 T54-8): the sections are cards of
    notes, so no "24 of 32 lines come before the first item … check the item pattern of this [[source]]" (lines held by
    those cards; '394 of 391 lines' on a real page); prose under the title over exercises read with the detected
    'numbered' layout is said with advice for that layout, not an item pattern the user never wrote."""
    notes, _, messages = built_notes(tmp_path, {"kernels.md": DATA / "notes-over-exercises.md"})
    assert [note_front(n) for n in notes] == ["Queries and keys", "Similarity kernels", "Pooling by weights"]
    assert not any("come before the first item" in m for m in messages), messages
    _, _, messages = built_notes(tmp_path / "prose", {"regression.md": DATA / "prose-over-exercises.md"})
    [said] = [m for m in messages if "come before the first item" in m]
    assert "read with the layout 'numbered'" in said and "check the item pattern" not in said, said


# --- trial53 T53-5 rest: a solved exam's one task answered by a list of as many entries as it asks for --------------


def test_a_task_answered_by_a_list_of_as_many_entries_as_it_asks_for_is_a_card(tmp_path: Path) -> None:
    """A solved exam's question in the 2021 EPFL Q2's shape: the situation, then 'Suggest two practices … and for each
    explain in one sentence how it would help:' over a numbered list of two statements and the grading note. Before: one
    card titled by the heading, the whole exam its back (the task answered by a quote was read so, a task answered by
    a list only on a page that had one). Now the task is the front with its situation, the list and the note the back.
    'Answer the following questions about the site:' over three questions is the task's parts: as before."""
    notes, _, _ = built_notes(tmp_path, {"q2.md": DATA / "solved-exam-list.md"})
    [card] = notes
    assert note_front(card).startswith("Suggest two practices from the course that would stop these regressions"), note_front(card)
    assert "ships a new version every Friday" in note_front(card)
    back = note_back(card)
    assert back.startswith("Automated regression tests, so a change") and "automatic rollback" in back and "6 points" in back, back
    assert "every Friday" not in back
    notes, _, _ = built_notes(tmp_path / "parts", {"q3.md": DATA / "exam-parts-list.md"})
    [card] = notes
    assert note_front(card) == "Caching" and "Where would you put a cache?" in note_back(card)
