"""Word documents (.docx) read through HTML (learner5 L25: a teacher's question sheet in Word was 'not read')."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>'
)
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def paragraph(text: str, style: str = "", bold: bool = False) -> str:
    """One Word paragraph (a style id such as 'Heading2', or bold text)."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{props}<w:r>{run}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def write_docx(path: Path, body: list[str]) -> None:
    """A minimal .docx as Word writes one: content types, the document and its styles."""
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{"".join(body)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", _STYLES)


def deck(tmp_path: Path) -> Path:
    content = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(content)]).exit_code == 0
    for old in (content / "sources").iterdir():
        old.unlink()
    toml = content / "deck.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text[: text.index("[[source]]")] if "\n[[source]]" in text else text, encoding="utf-8")
    return content


def test_a_word_question_sheet_is_read_with_its_headings(tmp_path: Path) -> None:
    content = deck(tmp_path)
    write_docx(
        content / "sources" / "biology.docx",
        [
            paragraph("Cell biology", "Heading1"),
            paragraph("What is osmosis?", "Heading2"),
            paragraph("Water moving across a membrane toward the higher solute concentration."),
            paragraph("What does a ribosome do?", "Heading2"),
            paragraph("It makes proteins."),
            paragraph("What holds the DNA?", "Heading2"),
            paragraph("The nucleus."),
        ],
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None, result
    got = [(i.question, i.answer_plain(), i.locator.line) for i in result.compiled.items]
    assert got == [
        ("What is osmosis?", "Water moving across a membrane toward the higher solute concentration.", 2),
        ("What does a ribosome do?", "It makes proteins.", 4),
        ("What holds the DNA?", "The nucleus.", 6),
    ]
    assert result.compiled.items[0].locator.file == "sources/biology.docx"


def test_a_broken_word_file_is_an_error_naming_it(tmp_path: Path) -> None:
    content = deck(tmp_path)
    (content / "sources" / "notes.md").write_text("## What?\n\nThat.\n", encoding="utf-8")
    (content / "sources" / "sheet.docx").write_bytes(b"PK\x03\x04 not really a zip")
    deck_toml = content / "deck.toml"
    deck_toml.write_text(deck_toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "sheet"\nfile = "sources/sheet.docx"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 1
    assert "sources/sheet.docx: error: not a Word document (.docx) deckc can open" in result.output
    assert "save it again as .docx" in result.output


def test_office_files_deckc_does_not_read_name_the_export_it_does(tmp_path: Path) -> None:
    content = deck(tmp_path)
    (content / "sources" / "notes.md").write_text("## What?\n\nThat.\n", encoding="utf-8")
    for name in ("vocab.ods", "old.doc", "slides.pptx"):
        (content / "sources" / name).write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert "sources/vocab.ods: warning: not read: a spreadsheet in a format deckc does not read (.ods)" in result.output
    assert "save it as an Excel workbook (.xlsx) or as CSV (UTF-8)" in result.output
    assert "sources/old.doc: warning: not read: a word-processor document" in result.output
    assert "save it as a Word document (.docx)" in result.output
    assert "sources/slides.pptx: warning: not read: a slide deck (.pptx)" in result.output


def test_an_install_without_mammoth_names_the_package(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """trial12 U101: an install made before .docx was read lacks mammoth: 'internal error (ModuleNotFoundError)'
    stopped the whole deck. Now the .docx is named with the fix, and (unlisted) the rest builds."""
    import sys

    monkeypatch.setitem(sys.modules, "mammoth", None)  # import mammoth raises ImportError
    content = deck(tmp_path)
    write_docx(content / "sources" / "sheet.docx", [paragraph("What is osmosis?", "Heading2"), paragraph("Water moving.")])
    (content / "sources" / "notes.md").write_text("## What?\n\nThat.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert "sources/sheet.docx: warning: not read: reading Word documents needs the package mammoth" in result.output
    assert "reinstall deckc from its folder" in result.output
