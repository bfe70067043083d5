"""Sitting 23, helper "pdf": code set in a monospaced font in a PDF is one code block with its indent, never formulas
or prose (trial22 T22-2, T22-23)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from conftest import built_notes, note_front, plain_text, typeset_pdf

from compiler.sources.blocks import answer_blocks
from compiler.sources.docx import _code_paragraphs
from compiler.sources.pattern import indented_code, unwrap

_CODE_EXAM = """#set page(paper: "a5")
#set par(spacing: 0.9em)

Question 1. What annotates a variable that may hold several types? \\
Answer: the Union annotation

```
from typing import Union

def hundreds(x: Union[int, str]) -> str:
    return str(x * 100)

hundreds(100)
```

Question 2. What annotation accepts any type at all? \\
Answer: Any, but better never use it

```
x: Any
x = 12210
x = 'text'
x = None
```

Question 3. What does PEP 8 say about line length? \\
Answer: at most 79 characters a line.
"""


def _pre(html: str) -> list[str]:
    """The code blocks of a field, as the text they show (lines kept)."""
    return [re.sub(r"<[^>]+>", "", block).replace("&gt;", ">").replace("&lt;", "<").replace("&#x27;", "'") for block in re.findall(r"<pre\b.*?</pre>", html, re.S)]


def test_code_set_in_a_monospaced_font_is_one_block_with_its_indent(tmp_path: Path) -> None:
    """T22-2: a PDF with no typeset headings (read as plain text) whose answers hold code set in a monospaced font: each
    run of it is one code block (blank lines inside too), the body's indent kept, and 'x = 12210' no display formula."""
    pdf = typeset_pdf(tmp_path / "exam.pdf", _CODE_EXAM)
    notes, skipped, said = built_notes(tmp_path / "deck", {"exam.pdf": pdf})
    by_front = {note_front(n): n["fields"] for n in notes}
    assert len(by_front) == 3 and not skipped, (list(by_front), said)
    union = by_front["What annotates a variable that may hold several types?"]["Answer"]
    shown = [block.replace("\n\n", "\n") for block in _pre(union)]  # (a blank line in it: as the PDF's text gives it)
    assert shown == ["from typing import Union\ndef hundreds(x: Union[int, str]) -> str:\n    return str(x * 100)\nhundreds(100)\n"], union
    assert "the Union annotation" in union
    anything = by_front["What annotation accepts any type at all?"]["Answer"]
    assert "formula" not in anything and _pre(anything) == ["x: Any\nx = 12210\nx = 'text'\nx = None\n"], anything
    assert "<pre" not in by_front["What does PEP 8 say about line length?"]["Answer"]


def test_plain_text_answers_take_a_fenced_run_as_one_code_block() -> None:
    """The plain-text readers' answer sorting: a fenced run is one code block as written (its language from the fence),
    never bullets, paragraphs or formulas; lines around it sorted as before; unwrapping never joins fenced lines."""
    blocks = answer_blocks("Use this:", ["```python", "def f(x):", "", "    return x", "```", "That is all."])
    assert [(b.kind.value, b.text, b.lang) for b in blocks] == [
        ("text", "Use this:", ""),
        ("code", "def f(x):\n\n    return x", "python"),
        ("text", "That is all.", ""),
    ]
    long = "a line of prose long enough to be taken for a hard-wrapped paragraph line"
    assert unwrap(["```", long, "goes on", "```"]) == ["```", long, "goes on", "```"]
    assert indented_code(["text before", "```", "x = 1", "    y = 2", "```", "after"]) == [
        (False, ["text before"]),
        (True, ["x = 1", "    y = 2"]),
        (False, ["after"]),
    ]


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text: str, font: str = "", bold: bool = False) -> str:
    props = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' if font else "") + ("<w:b/>" if bold else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(f"<w:p>{p}</w:p>" for p in paragraphs) + "</w:tc>"


def _docx(path: Path, body: str) -> Path:
    """A minimal .docx (content types, the document, no styles) with this body XML."""
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body}</w:body></w:document>')
    return path


def test_word_paragraphs_in_a_monospaced_font_are_one_code_block_in_a_table_cell(tmp_path: Path) -> None:
    """T22-23: a Word table of questions and answers whose answer cell holds code pasted in Courier New, a paragraph a
    line, the body indented with spaces: one code block, its indent kept; the prose paragraph above it stays prose."""
    mono = "Courier New"
    rows = [
        (_cell(_run("Question", bold=True)), _cell(_run("Answer", bold=True))),
        (
            _cell(_run("What does a decorator return?")),
            _cell(_run("A function that wraps the one decorated:"), _run("def twice(f):", mono), _run("    def inner(x):", mono),
                  _run("        return f(f(x))", mono), _run("    return inner", mono)),
        ),
        (_cell(_run("What does PEP 8 limit a line to?")), _cell(_run("79 characters."))),
    ]
    body = "<w:tbl>" + "".join(f"<w:tr>{q}{a}</w:tr>" for q, a in rows) + "</w:tbl>"
    notes, skipped, said = built_notes(tmp_path / "deck", {"sheet.docx": _docx(tmp_path / "sheet.docx", body)})
    by_front = {note_front(n): n["fields"] for n in notes}
    assert set(by_front) == {"What does a decorator return?", "What does PEP 8 limit a line to?"} and not skipped, said
    answer = by_front["What does a decorator return?"]["Answer"]
    assert _pre(answer) == ["def twice(f):\n    def inner(x):\n        return f(f(x))\n    return inner\n"], answer
    assert "A function that wraps the one decorated:" in answer.split("<pre")[0]


def test_a_word_document_set_all_in_a_monospaced_font_is_prose() -> None:
    """A typewriter look (every paragraph in Courier) is the document's font, not code: left as it is."""
    body = "".join(f"<w:p>{_run(text, 'Courier New')}</w:p>" for text in ["Q: What is 2 + 2?", "A: 4.", "Q: What is 3 + 3?", "A: 6.", "Q: Why?", "A: Sums."])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
    assert _code_paragraphs(out.getvalue()) == out.getvalue()


def test_a_pdf_exam_numbered_by_word_keeps_its_numbers_glued_to_the_text_and_its_wrapped_options(tmp_path: Path) -> None:
    """T23-16: a PDF of Word's numbered list, whose labels touch the text from 10 on ('10.¿Cuál …?'), with options too
    long for their line: every question is an item (10 and 11 were glued into 9's answer), and options wrapped over
    three lines stay one run of options (the blank lines left where their ends were joined parted them: a Basic card)."""
    long = "una opción larga que ocupa varias líneas de la página porque explica con detalle lo que hace el elemento"
    lines = []
    for n in range(1, 12):
        lines.append(f"{n}. ¿Qué hace el elemento número {n}?" if n < 10 else f"{n}.¿Qué hace el elemento número {n}?")
        lines += [f"a. {long} {n}" if n == 5 else f"a. primera {n}", f"b. {long} {n}, otra vez" if n == 5 else f"b. segunda {n}", f"c. tercera {n}"]
    lines += ["Respuestas", " ".join(f"{n}. {'abc'[n % 3]}" for n in range(1, 12))]
    source = '#set page(paper: "a5")\n#set par(spacing: 0.65em)\n\n' + "\n\n".join('#"' + line.replace('"', '\\"') + '"' for line in lines)
    notes, skipped, said = built_notes(tmp_path / "deck", {"exam.pdf": typeset_pdf(tmp_path / "exam.pdf", source)})
    by_front = {note_front(n): n["fields"] for n in notes}
    assert len(by_front) == 11 and not skipped, (list(by_front), said)
    for n in range(1, 12):
        fields = by_front[f"¿Qué hace el elemento número {n}?"]
        assert fields.get("Correct", "").startswith(f"{'ABC'[n % 3]})"), (n, fields)


def _png(path: Path, size: int = 64) -> Path:
    """A grey square PNG (a picture a PDF embeds as an image)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes([128, 64, 32]) * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def test_pictures_in_a_pdf_are_said_where_they_stood(tmp_path: Path) -> None:
    """T22-46: a picture in a PDF's answer (a screenshot of code) is '[picture on page N]' where it stood, one warning
    names how many and on which pages, and an answer that is only a picture is a card saying so (it was 'no answer');
    a logo drawn at the same place on every page is no picture of a card's."""
    _png(tmp_path / "shot.png")
    _png(tmp_path / "logo.png", 16)
    head = '#set page(paper: "a6", header: image("logo.png", width: 1cm))\n#set par(spacing: 0.9em)\n\n'
    parts = [
        "Question 1. How is a singleton written in Python? \\\nAnswer: with a metaclass, as below:\n\n#image(\"shot.png\", width: 3cm)\n\nIt keeps one instance.",
        "Question 2. Write an init method for your class. \\\nAnswer:\n\n#image(\"shot.png\", width: 3cm)",
        "#pagebreak()\nQuestion 3. What does PEP 8 limit a line to? \\\nAnswer: 79 characters.",
        "#pagebreak()\nQuestion 4. What is a class attribute? \\\nAnswer: one shared by all instances.",
    ]
    pdf = typeset_pdf(tmp_path / "sheet.pdf", head + "\n\n".join(parts))
    notes, skipped, said = built_notes(tmp_path / "deck", {"sheet.pdf": pdf})
    by_front = {note_front(n): plain_text(n["fields"]["Answer"]) for n in notes}
    assert len(by_front) == 4 and not skipped, (by_front, said)
    assert by_front["How is a singleton written in Python?"] == "with a metaclass, as below: [picture on page 1] It keeps one instance.", by_front
    assert by_front["Write an init method for your class."] == "[picture on page 1]"
    assert "picture" not in by_front["What is a class attribute?"]
    warned = [m for m in said if "pictures in this PDF are not on the cards (page 1)" in m]
    assert len(warned) == 1 and "2 pictures" in warned[0], said


def test_a_bold_question_with_inline_code_and_bold_sub_titles_in_answers(tmp_path: Path) -> None:
    """T22-32: a PDF FAQ whose question lines are bold, some holding inline code set smaller in a monospaced font ('Know
    when to run `doom sync`?': not bold text at the body's size, it was glued into the answer above), among a few bold
    sub-titles inside the answers ('Potential issues'): the questions are headings, each a card, and the sub-titles
    stay in their answers (each was made every later card's section)."""
    questions = [
        ("How do I update Doom?", "Run the upgrade command and restart."),
        ("How do I know when to run `doom sync`?", "Whenever you change your init file or packages."),
        ("How do I change my fonts?", "Set the font variables in your config."),
        ("Why is startup time important?", "It is not, but it gets attention."),
        ("Where do I report issues?", "On the issue tracker."),
        ("How do I disable Evil?", "Disable its module."),
    ]
    parts = ["= Frequently Asked Questions", "== How do I"]
    for k, (question, answer) in enumerate(questions):
        parts.append(f"*{question}*\n\n{answer}")
        if k == 0:
            parts.append("*Potential issues*\n\nA stale package cache; delete it.")
    pdf = typeset_pdf(tmp_path / "faq.pdf", '#set page(paper: "a5")\n\n' + "\n\n".join(parts))
    notes, skipped, said = built_notes(tmp_path / "deck", {"faq.pdf": pdf})
    fronts = {note_front(n): n["fields"] for n in notes}
    assert "How do I know when to run doom sync?" in fronts, (list(fronts), said)
    assert len(fronts) == len(questions) and not skipped
    assert all("Potential" not in fields.get("Section", "") for fields in fronts.values()), fronts
    assert "Potential issues" in plain_text(fronts["How do I update Doom?"]["Answer"])


_PHYSICS = """#set page(paper: "a5", margin: 1.5cm)
= Physics review

*1. What is the kinetic energy of a body of mass $m$ moving at speed $v$?*

$ E_k = 1/2 m v^2 $

*2. State Newton's law of universal gravitation.*

The force between two masses is $F = G (m_1 m_2) / r^2$.

*3. What is the sum of the geometric series $sum_(k=0)^infinity r^k$ for $|r| < 1$?*

$ sum_(k=0)^infinity r^k = 1 / (1 - r) $

*4. What is the de Broglie wavelength of a particle with momentum $p$?*

$lambda = h / p$, with Planck's constant $h$.
"""


def test_formulas_in_a_pdf_are_said_to_be_flattened_and_a_bold_question_holding_one_stays_a_question(tmp_path: Path) -> None:
    """T22-41: a PDF's formulas (set in a maths font, scripts smaller) come out of its text flat ('Ek = 1 2mv2'): one
    warning says so with the page; a bold numbered question holding a formula (its maths font not bold, its scripts
    smaller) is a question still (it ran into the answer above: 4 questions, 3 cards)."""
    notes, skipped, said = built_notes(tmp_path / "deck", {"physics.pdf": typeset_pdf(tmp_path / "physics.pdf", _PHYSICS)})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 4 and not skipped, (fronts, said)
    assert any(front.startswith("What is the sum of the geometric series") for front in fronts), fronts
    warned = [m for m in said if "formulas set in a maths font on page 1 come out flat" in m]
    assert len(warned) == 1, said


def test_a_pdf_without_formulas_says_nothing_of_them(tmp_path: Path) -> None:
    """No maths font's scripts: no warning (a bullet or a lone sign in a maths font is no formula)."""
    source = '#set page(paper: "a6")\n\n*1. What is pi?* \\\nAbout 3.14, written $pi$.\n\n*2. What is a sum?* \\\nWhat $+$ gives.\n\n*3. Why?* \\\nBecause.'
    notes, _, said = built_notes(tmp_path / "deck", {"plain.pdf": typeset_pdf(tmp_path / "plain.pdf", source)})
    assert len(notes) == 3 and not any("formulas" in m for m in said), said


def test_a_word_tables_header_row_is_no_card(tmp_path: Path) -> None:
    """T23-19: a Word table's header row marked as such (repeated as the header: <w:tblHeader/>), or set in LibreOffice's
    'Table Heading' style, its bold the style's and no run's: the header, never a card 'Task' -> 'Command'."""
    header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + _cell(_run("Task")) + _cell(_run("Command")) + "</w:tr>"
    styled = "<w:tr>" + "".join(f'<w:tc><w:p><w:pPr><w:pStyle w:val="TableHeading"/></w:pPr>{_run(t)}</w:p></w:tc>' for t in ("Task", "Command")) + "</w:tr>"
    rows = [("Show the status of the work tree", "git status"), ("List the branches", "git branch"), ("Show the log", "git log")]
    body = "".join("<w:tr>" + _cell(_run(q)) + _cell(_run(a)) + "</w:tr>" for q, a in rows)
    for name, first in (("marked.docx", header), ("styled.docx", styled)):
        notes, _, said = built_notes(tmp_path / f"deck-{name}", {name: _docx(tmp_path / name, f"<w:tbl>{first}{body}</w:tbl>")})
        assert sorted(note_front(n) for n in notes) == sorted(q for q, _ in rows), (name, said)
