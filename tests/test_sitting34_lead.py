"""Thirty-fourth sitting, lead: crashes found by fuzzing real documents line by line (never a traceback)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.build import build
from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources import detect_layout, readers
from compiler.sources.base import Document

DATA = Path(__file__).parent / "data" / "fuzz"


def _read(name: str, text: str, layout: str = "markdown") -> list:
    doc = Document(f"sources/{name}", text)
    return readers()[layout].read(doc, SourceConfig(id="doc", file=doc.rel, layout=layout), Diagnostics())


def test_a_bold_question_with_its_answer_on_the_last_line_without_a_newline_is_a_card() -> None:
    """'**Q: …?** A: …' split into question and answer puts the answer on the next line: a file with no
    newline at its end has none, and the reader stopped with an IndexError."""
    line = "**Q: What is an extension function?** A: A function added to a type without inheriting from it."
    for text in (line, line + "\n"):
        [item] = _read("kotlin.md", text)
        assert item.question == "What is an extension function?"
        assert "without inheriting from it" in item.answer[0].text


def test_an_option_of_markup_alone_shows_as_written_in_a_numbered_quiz() -> None:
    """'- <span style="color:red">' (a colour tag whose text went missing) is an option with no text once its
    markup is gone: the numbered layout stopped with a pydantic ValidationError; it shows as written."""
    text = (DATA / "option-markup-alone.md").read_text(encoding="utf-8")  # colour-key.md, mutated by the fuzzer
    items = _read("quiz.md", text, "numbered")
    second = items[1]
    assert [c.text for c in second.choices] == ["network", "DHCP", '<span style="color:red">', "ICMP"]


def test_an_anki_header_whose_column_number_is_no_number_is_left_alone() -> None:
    """'#tags column:6①' (a circled digit: str.isdigit() says yes, int() refuses) stopped detection with a
    ValueError; '#tags column:0' pointed the tags at the last column. Both headers are ignored: the rows are read."""
    for bad in ("6①", "0", "²"):
        text = (
            "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
            f"#tags column:{bad}\n"
            "b!Xk4/9#Qz\tBasic\tBio\tWhat is ATP?\tThe energy currency of the cell.\tbio\n"
            "q2)Ls7Vw]P\tBasic\tBio\tWhat is a ribosome?\tThe site of protein synthesis.\tbio\n"
        )
        doc = Document("sources/anki.txt", text)
        found = detect_layout(doc)
        assert found is not None and found.layout == "delimited", bad
        items = _read("anki.txt", text, "delimited")
        assert [i.question for i in items] == ["What is ATP?", "What is a ribosome?"], bad
        assert items[0].answer_plain().startswith("The energy currency"), bad


def test_numbers_written_in_other_digits_never_stop_a_reader() -> None:
    """A list numbered with superscript or circled digits where a number is parsed ('¹. …', an HTML list's
    start="²"): every check that a text is a number before int() asks str.isdecimal(), which int() accepts."""
    for text in ("¹. What is ATP?\nThe energy currency.\n\n². What is DNA?\nThe code.\n",
                 '<ol start="²"><li>What is ATP?</li></ol>\n'):
        for layout in sorted(readers()):
            _read("odd.md", text, layout)  # no exception


def test_a_note_whose_answer_is_only_an_empty_answer_label_is_skipped_and_said(tmp_path: Path) -> None:
    """A one-note page whose text is a list then an empty 'Correct Answer:' line: the list moved to the front
    (it is what is asked about) and the label left no answer; the notes pass stopped with 'answer missing'
    (an internal error). Now the note is skipped, said at its line, and the rest of the deck builds."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "F"\n', encoding="utf-8")
    (tmp_path / "sources" / "empty.md").write_text("- [ ]\n\nCorrect Answer:", encoding="utf-8")
    (tmp_path / "sources" / "atp.md").write_text("## What is ATP?\n\nThe energy currency of the cell.\n", encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    manifest = json.loads((tmp_path / "build" / "f.json").read_text(encoding="utf-8"))
    assert [n["fields"]["Question"] for n in manifest["notes"]] == ["What is ATP?"]
    assert any((w.file, w.line, w.message) == ("sources/empty.md", 1, "question has no answer") for w in result.summary.warnings)
    assert [s["skipped"] for s in manifest["skipped"] if s["file"] == "sources/empty.md"] == ["no answer"]


def test_a_highlights_export_row_cut_short_before_its_note_column_is_read() -> None:
    """A Readwise export whose last row is cut off before its 'Note' column: the reader looked up that column in the
    short row and stopped with an IndexError; the row is a highlight without a note (no card, said)."""
    text = (
        "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n"
        '"Retrieval practice is a more effective strategy than rereading.","Make It Stick","Peter C. Brown",B00JNQBH0S,'
        '"Q: What beats rereading? A: retrieval practice",yellow,,location,530,2023-11-01 10:00:00+00:00,\n'
        '"Interleaving is a more potent form of learning than massed practice.","Make It Stick","Pe\n'
    )
    doc = Document("sources/readwise.csv", text)
    diag = Diagnostics()
    items = readers()["delimited"].read(doc, SourceConfig(id="doc", file=doc.rel, layout="delimited"), diag)
    assert [i.question for i in items if not i.skip] == ["What beats rereading?"]
    assert any(d.line == 3 and "highlight" in d.message for d in diag.items)


# --- real documents, mutated line by line (the fuzzing that found the crashes above, bounded) -------------------

_FIXTURES = sorted(
    p for p in (Path(__file__).parent / "data").rglob("*") if p.suffix in {".md", ".txt", ".csv", ".tsv"} and p.stat().st_size < 20_000
)
_ODD = ["", "?", "**", "1.", "A)", "Answer:", "Q:", "\t", "---", "|", "```", "> ", "- [ ]", "①", "：", "Key: 1-A 2-B", "(2 marks)",
        "::", "True", "a)", "ㄱ.", "答案：", "=", "→", "*1. x?*", "Correct Answer:", "#tags column:6①", "²."]


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[str, str]:
    path = draw(st.sampled_from(_FIXTURES))
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[:150]
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        op = draw(st.sampled_from(["drop", "copy", "prefix", "suffix", "cut", "insert"]))
        odd = draw(st.sampled_from(_ODD))
        if not lines:
            lines = [odd]
        elif op == "drop":
            del lines[at]
        elif op == "copy":
            lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
        elif op == "prefix":
            lines[at] = odd + lines[at]
        elif op == "suffix":
            lines[at] += odd
        elif op == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            lines.insert(at, odd)
    return path.suffix, "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=_mutated(), other=st.sampled_from(sorted(readers())))
def test_a_real_document_mutated_line_by_line_never_stops_a_reader(case: tuple[str, str], other: str) -> None:
    suffix, text = case
    doc = Document(f"sources/fz{suffix}", text)
    found = detect_layout(doc)
    for layout in {found.layout if found else "markdown", other}:
        for item in _read(f"fz{suffix}", text, layout):
            assert item.question.strip()
            assert item.answer or item.choices or item.cloze or item.skip, (layout, item.locator)


def _damaged_docx(path: Path, how: str) -> None:
    """A Word file damaged as downloads and disks damage them: its XML cut short, or its zip's compressed bytes garbled."""
    from test_docx import paragraph, write_docx

    write_docx(path, [paragraph("What is ATP?", "Heading2"), paragraph("The energy currency of the cell.")] * 40)
    data = bytearray(path.read_bytes())
    if how == "xml cut":
        with zipfile.ZipFile(path, "w") as z, zipfile.ZipFile(io.BytesIO(bytes(data))) as whole:  # stored: the parser meets the cut
            for name in whole.namelist():
                body = whole.read(name)
                z.writestr(name, body[: len(body) // 2] if name == "word/document.xml" else body)
    else:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z, zipfile.ZipFile(io.BytesIO(bytes(data))) as whole:
            for name in whole.namelist():
                z.writestr(name, whole.read(name))
        data = bytearray(path.read_bytes())
        start = data.index(b"word/document.xml") + len("word/document.xml")  # the first local entry's data
        for k in range(start + 10, start + 60):
            data[k] ^= 0x5A
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["xml cut", "bytes garbled"])
def test_a_damaged_word_file_is_said_and_the_rest_of_the_deck_builds(tmp_path: Path, how: str) -> None:
    """A damaged .docx raised ExpatError / zlib.error / NotImplementedError out of the conversion: 'internal error',
    nothing built. Now: 'the file is damaged', what to do, and (deck.toml does not name it) the other files build."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "F"\n', encoding="utf-8")
    _damaged_docx(tmp_path / "sources" / "sheet.docx", how)
    (tmp_path / "sources" / "atp.md").write_text("## What is ATP?\n\nThe energy currency of the cell.\n", encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    [said] = [w for w in result.summary.warnings if w.file == "sources/sheet.docx"]
    assert "the file is damaged: deckc cannot read it" in said.message and "save it again" in said.hint
    assert result.summary.notes == 1


def test_a_damaged_excel_workbook_is_said_and_the_rest_of_the_deck_builds(tmp_path: Path) -> None:
    """openpyxl reads a workbook's sheets lazily: garbled bytes in a sheet raised zlib.error while its rows were read,
    outside the check around opening it (an internal error). Now it is 'not a readable Excel workbook' and the rest builds."""
    import openpyxl

    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "F"\n', encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Question", "Answer"])
    for n in range(60):
        sheet.append([f"What is {n} + {n}?", f"{2 * n}, the sum of {n} and itself"])
    path = tmp_path / "sources" / "quiz.xlsx"
    book.save(path)
    data = bytearray(path.read_bytes())
    start = data.index(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml")
    for k in range(start + 10, start + 60):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    (tmp_path / "sources" / "atp.md").write_text("## What is ATP?\n\nThe energy currency of the cell.\n", encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    [said] = [w for w in result.summary.warnings if w.file == "sources/quiz.xlsx"]
    assert "not a readable Excel workbook" in said.message and "save it again" in said.hint
    assert result.summary.notes == 1


def test_a_bare_bullet_in_a_plain_text_answer_is_no_empty_block() -> None:
    """A '- ' line with nothing after it among a plain-text answer's bullets made an empty text block, which the model
    refuses: the numbered layout stopped with a ValidationError (the USCIS civics list, mutated by the fuzzer)."""
    text = (DATA / "empty-bullet.txt").read_text(encoding="utf-8")
    items = _read("civics.txt", text, "numbered")
    assert len(items) >= 5 and items[0].question == "What is the supreme law of the land?"
    assert all(b.text.strip() or b.items for i in items for b in i.answer)


def test_a_part_of_gap_fill_questions_numbered_from_1_again_is_no_answer_key() -> None:
    """A Vietnamese test: part I multiple choice (1, 2), part II gap fills numbered from 1 again ('1. … là ________.'),
    and an end key grouped 'I.' / 'II.'. Part II's lines were taken for a key under the title 'II. ĐIỀN TỪ' (numbers the
    questions above use, none asking with '?') and its two questions vanished without a word. A blank to fill asks."""
    text = (Path(__file__).parent / "data" / "trials" / "trial34" / "vi-parts-restart.txt").read_text(encoding="utf-8")
    items = _read("vi.txt", text, "numbered")
    assert [(i.locator.line, i.correct or i.answer_plain()) for i in items] == [(4, "B"), (6, "C"), (10, "tế bào"), (11, "ADN")]


@pytest.mark.parametrize(("name", "keyed"), [("gdocs-export.md", ["B", "A", "C"]), ("gdocs-manual.md", ["B", "A"])])
def test_a_google_docs_markdown_export_is_read_without_its_escapes(tmp_path: Path, name: str, keyed: list[str]) -> None:
    """Google Docs' Markdown download escapes list and key markers ('1\\. Which …?', 'a\\) Rabbit', 'Answers: 1\\-b',
    '**Answer key:** 1\\. B 2\\. A'): the options and the key were not read (T34-16). Dropped in with no config, each
    question is a keyed multiple-choice card; code keeps its backslashes."""
    from compiler.sources.base import exported_escapes

    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "F"\n', encoding="utf-8")
    text = (Path(__file__).parent / "data" / "trials" / "trial34" / "t34-16-escaped-key" / name).read_text(encoding="utf-8")
    (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    notes = json.loads((tmp_path / "build" / "f.json").read_text(encoding="utf-8"))["notes"]
    assert [n["kind"] for n in notes] == ["multiple_choice"] * len(keyed)
    assert [n["fields"]["Correct"][0] for n in notes] == keyed
    assert exported_escapes('1\\. a\n2\\. b\n```\nr"\\w\\."\n```\n') == '1. a\n2. b\n```\nr"\\w\\."\n```\n'
    assert exported_escapes("Only 1\\. here\n") == "Only 1\\. here\n"  # one escape: the author's, kept
