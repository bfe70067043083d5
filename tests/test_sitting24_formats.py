"""Twenty-fourth sitting, formats: documents of known shapes read as the cards they teach. Fixtures written here in the
shapes the findings showed (no third-party text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items] if hasattr(result, "diagnostics") else result
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], [d.text() for d in result.compiled.diagnostics.items]


def _front(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Question") or note["fields"].get("Front") or note["fields"].get("Text") or ""


def _back(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Correct") or note["fields"].get("Answer") or note["fields"].get("Back") or ""


# --- T23-7: the LaTeX exam class as teachers write it -------------------------------------------------------------------

_EXAM = r"""\documentclass[answers]{exam}
\begin{document}
\section*{Part A: Choices}
\begin{questions}
\question[2] Which of these numbers is prime and lies
between $10$ and fifteen, e.g.\ in the table?
\begin{choices}
  \choice 12
  \CorrectChoice 13
\end{choices}

\uplevel{\section*{Part B: Short answer}}

\question[2] Name the capital of France.
\answerline[Paris]

\question[2] What is the boiling point of water at sea level?
\ifprintanswers
\textbf{Answer:} 100 degrees Celsius.
\else
\vspace{3cm}
\fi

\question[3] Why is the sky blue?
\begin{solutionorbox}[4cm]
Shorter wavelengths scatter more.
\end{solutionorbox}

\question[4] Look at the readings.
\begin{center}
\begin{tabular}{c|c}
  $t$ & $v$ \\ \hline
  0 & 7 \\
  1 & 9
\end{tabular}
\end{center}
\begin{parts}
  \part[2] What is the speed at $t = 1$?
  \begin{solution}
  Nine.
  \end{solution}
\end{parts}
\end{questions}
\end{document}
"""


def test_exam_class_stems_sections_and_answer_commands(tmp_path: Path) -> None:
    """trial23 T23-7 (high): a stem wrapped over two lines showed its second line first, '\\uplevel{\\section*{…}}' was
    printed as the previous answer (later questions kept the first part's section), '\\answerline[…]',
    '\\ifprintanswers … \\fi' and 'solutionorbox[4cm]' were printed raw, a table in a stem ran its cells together."""
    notes, _ = _built(tmp_path, {"exam.tex": _EXAM})
    got = {_front(n): (_back(n), n["fields"]["Section"]) for n in notes}
    first = "Which of these numbers is prime and lies between \\(10\\) and fifteen, e.g. in the table?"
    assert got.get(first) == ("B) 13", "Part A: Choices"), got
    assert got["Name the capital of France."] == ("<p>Paris</p>", "Part B: Short answer"), got
    assert got["What is the boiling point of water at sea level?"] == ("<p>100 degrees Celsius.</p>", "Part B: Short answer"), got
    assert got["Why is the sky blue?"][0] == "<p>Shorter wavelengths scatter more.</p>", got
    table = next(q for q in got if "speed" in q)
    assert "<table>" in table and "<td>9</td>" in table and "&amp;" not in table and "Look at the readings." in table, table
    assert "uplevel" not in json.dumps(notes) and "\\\\fi" not in json.dumps(notes) and "vspace" not in json.dumps(notes)


# --- T23-6: quizdown quizzes --------------------------------------------------------------------------------------------

_QUIZDOWN_BODY = """#### Which planet is this?

![](planet.png)

> It has rings.

1. [x] Saturn
    > Right: the rings give it away.
1. [ ] Mars
1. [ ] Venus
    > Venus has no rings.

### Pick the noble gas

Only one of them is.

- [ ] Oxygen
- [x] Argon

## Order the planets by distance from the Sun

Closest first.

> Mercury is the closest.

1. Mercury
2. Venus
3. Earth
"""


def test_quizdown_quizzes_fenced_and_bare(tmp_path: Path) -> None:
    """trial23 T23-6 (high): in a .qmd a ```quizdown fence was one note card with '- [x]' rewritten to '☑' inside the
    code; in a .md a heading that does not end with '?' was text outside any question; unfenced, numbered options with
    quoted comments were a Basic card with the options and the question's picture on the back, a comment an indented code
    block. Every heading of a quiz asks: options are options, a quote before them its hint (on the front), each option's
    quoted comment on the back; a numbered list with no boxes (a sequence) its answer in that order."""
    fenced = "---\ntitle: Space\n---\n\nSome words about the quiz.\n\n```quizdown\n---\nshuffle_answers: true\n---\n\n" + _QUIZDOWN_BODY + "```\n"
    (tmp_path / "sources").mkdir(parents=True)
    (tmp_path / "sources" / "planet.png").write_bytes(bytes.fromhex("89504e470d0a1a0a"))
    for name, text in (("bare.md", _QUIZDOWN_BODY), ("quiz.qmd", fenced), ("quiz.md", fenced)):
        notes, _ = _built(tmp_path / name.replace(".", "-"), {name: text, "planet.png": tmp_path / "sources" / "planet.png"})
        got = {_front(n).split("<")[0]: n["fields"] for n in notes}
        assert set(got) == {"Which planet is this?", "Pick the noble gas", "Order the planets by distance from the Sun Closest first."}, (name, got)
        planet = got["Which planet is this?"]
        assert planet["Correct"] == "A) Saturn" and "<img" in planet["Question"] and "It has rings." in planet["Question"], (name, planet)
        assert planet["Explanation"] == "<p>Saturn: Right: the rings give it away.<br>\nVenus: Venus has no rings.</p>", (name, planet)
        assert got["Pick the noble gas"]["Correct"] == "B) Argon" and "Only one of them is." in got["Pick the noble gas"]["Question"], name
        order = got["Order the planets by distance from the Sun Closest first."]
        assert order["Answer"] == "<p>1. Mercury<br>\n2. Venus<br>\n3. Earth</p>" and "Mercury is the closest." in order["Question"], (name, order)
        assert "☑" not in json.dumps(notes) and "<pre" not in json.dumps(notes), name


def test_task_boxes_leave_code_as_written(tmp_path: Path) -> None:
    """trial23 T23-6: the '- [x]' → '☑' of task lists rewrote a fenced code block's text too."""
    from compiler.sources.markdown_blocks import task_boxes

    text = "- [x] done\n\n```md\n- [x] done\n```\n"
    assert task_boxes(text) == "- ☑ done\n\n```md\n- [x] done\n```\n"


# --- T23-20: Logseq cloze blocks beside '#card' blocks --------------------------------------------------------------------

_LOGSEQ = (
    "- ## Rivers\n"
    "\t- The Nile flows into the {{cloze Mediterranean}}. #card\n"
    "\t- Which river flows through Vienna? #card\n"
    "\t\t- The Danube\n"
    "\t- The Thames flows through {{cloze London}}. #card\n"
    "- ## Mountains\n"
    "\t- What is the highest mountain? #card\n"
    "\t\t- Everest\n"
)


def test_logseq_card_after_a_cloze_block_is_its_own_card(tmp_path: Path) -> None:
    """trial23 T23-20 (high): a '#card' block right after a '{{cloze …}} #card' sibling was swallowed into the cloze's
    text ('… {{c1::Mediterranean}}. - Which river …? #card - The Danube'), and the clozes had no section while the cards
    beside them had. Each block is its own card, all in the section of the heading block they sit under."""
    notes, _ = _built(tmp_path, {"rivers.md": _LOGSEQ})
    got = sorted((n["fields"]["Section"], _front(n), _back(n)) for n in notes)
    assert got == [
        ("Mountains", "What is the highest mountain?", "<p>Everest</p>"),  # (one nested entry: its text, sitting 38)
        ("Rivers", "The Nile flows into the {{c1::Mediterranean}}.", ""),
        ("Rivers", "The Thames flows through {{c1::London}}.", ""),
        ("Rivers", "Which river flows through Vienna?", "<p>The Danube</p>"),
    ], got


# --- T23-28: Moodle XML pictures embedded in the export -----------------------------------------------------------------

_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def _moodle_picture_question(name: str, data: bytes, asked: str) -> str:
    import base64

    return (
        '<question type="multichoice"><name><text>q</text></name><questiontext format="html">'
        f'<text><![CDATA[<p>{asked}</p><p><img src="@@PLUGINFILE@@/{name.replace(" ", "%20")}" alt="diagram"></p>]]></text>'
        f'<file name="{name}" path="/" encoding="base64">{base64.b64encode(data).decode()}</file></questiontext>'
        '<answer fraction="100"><text>Left</text></answer><answer fraction="0"><text>Right</text></answer></question>\n'
    )


def test_moodle_xml_embedded_pictures_are_shown(tmp_path: Path) -> None:
    """trial23 T23-28 (high): a picture Moodle embeds in its XML export ('<file name="cell diagram.png"
    encoding="base64">' beside '<img src="@@PLUGINFILE@@/cell%20diagram.png">') was 'not found' and the front showed its
    alt text, before the sentence. It is decoded into the deck's media and shown under the sentence; two questions'
    own 'image.png' files stay two pictures; a numerical answer shows its tolerance."""
    import zipfile

    other = _PNG[:-12] + bytes(12)  # (another file's bytes under the same name)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
        + _moodle_picture_question("image.png", _PNG, "Which side is marked in the first diagram?")
        + _moodle_picture_question("image.png", other, "Which side is marked in the second diagram?")
        + '<question type="numerical"><name><text>n</text></name><questiontext format="html"><text>How many legs has a spider?</text>'
        "</questiontext><answer fraction=\"100\"><text>8</text><tolerance>1</tolerance></answer></question>\n</quiz>\n"
    )
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"quiz.xml": xml}), out, formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert not any("not found" in s or "image" in s for s in said), said
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    fronts = sorted(_front(n) for n in notes)
    pictures = [re.search(r'<img src="([^"]+)"', f) for f in fronts]
    assert fronts[1].startswith("Which side is marked in the first diagram?<img"), fronts
    names = {m.group(1) for m in pictures if m}
    assert len(names) == 2 and all(n.startswith("image-") and n.endswith(".png") for n in names), names
    with zipfile.ZipFile(next(out.glob("*.apkg"))) as package:
        packed = set(json.loads(package.read("media")).values())
    assert names <= packed, (names, packed)
    assert any(_back(n) == "<p>8 (± 1)</p>" for n in notes), [_back(n) for n in notes]


# --- T24-14: a question bank's header in other languages ------------------------------------------------------------------

_BANCO = (
    "\ufeffNº;Enunciado;Alternativa A;Alternativa B;Alternativa C;Gabarito;Comentário;Nível\n"
    "1;Qual planeta é o maior?;Marte;Júpiter;Vênus;B;Júpiter tem 11 vezes o diâmetro da Terra.;Fácil\n"
    '2;"Qual gás as plantas absorvem?";"Oxigênio";"Hélio";"Gás carbônico";C;;Médio\n'
    "3;Quantos lados tem um hexágono?;6;8;5;A;;Difícil\n"
)


def test_a_bank_headed_in_portuguese_is_keyed_by_its_gabarito(tmp_path: Path) -> None:
    """trial24 T24-14 (severe): a pt-BR bank ('Nº;Enunciado;Alternativa A;…;Gabarito;Comentário;Nível') had 'no header
    row': the header was a card and every question taught option A. Its columns are named in Portuguese: the stem,
    lettered options, the key ('Gabarito'), an explanation on the back (no label), the level; the row number no text."""
    notes, said = _built(tmp_path, {"banco.csv": _BANCO})
    got = {_front(n): (n["fields"]["Correct"], n["fields"].get("Explanation", ""), n["fields"]["Difficulty"]) for n in notes}
    assert got == {
        "Qual planeta é o maior?": ("B) Júpiter", "<p>Júpiter tem 11 vezes o diâmetro da Terra.</p>", "easy"),
        "Qual gás as plantas absorvem?": ("C) Gás carbônico", "", "medium"),
        "Quantos lados tem um hexágono?": ("A) 6", "", "hard"),
    }, (got, said)
    assert not any("header" in s for s in said), said


# --- T24-34: a bank's title above its header row ---------------------------------------------------------------------------


def test_a_title_row_above_a_banks_header_is_no_card(tmp_path: Path) -> None:
    """trial24 T24-34 (high): a title row ('Banco de preguntas - Biología', merged over the columns) and an empty row
    above the header hid the header: it became a card 'Pregunta' -> 'Respuesta correcta', a ';' file's rows were read
    as one question and the rest of the row, and a workbook's second sheet repeated its title and header as cards.
    The header under a title is the header; each sheet's rows its section; 'Distractor N' columns wrong options."""
    import openpyxl

    csv_text = "Banco de preguntas - Biología;;;\n;;;\nPregunta;Respuesta;Tema;Dificultad\n¿Qué es la meiosis?;Una división celular;Reproducción;media\n"
    notes, said = _built(tmp_path / "csv", {"banco.csv": csv_text})
    assert [(_front(n), _back(n), n["fields"]["Section"]) for n in notes] == [("¿Qué es la meiosis?", "<p>Una división celular</p>", "Reproducción")], (notes, said)
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Tema 1"
    second = book.create_sheet("Tema 2")
    head = ["Nº", "Pregunta", "Respuesta correcta", "Distractor 1", "Distractor 2"]
    for sheet, row in ((first, [1, "¿Qué orgánulo hace la fotosíntesis?", "Cloroplasto", "Vacuola", "Ribosoma"]),
                       (second, [1, "¿Quién es el padre de la genética?", "Gregor Mendel", "Darwin", "Pasteur"])):  # fmt: skip
        sheet.append(["Banco de preguntas - Biología"])
        sheet.append([])
        sheet.append(head)
        sheet.append(row)
    (tmp_path / "banco.xlsx").parent.mkdir(parents=True, exist_ok=True)
    book.save(tmp_path / "banco.xlsx")
    notes, said = _built(tmp_path / "xlsx", {"banco.xlsx": tmp_path / "banco.xlsx"})
    got = sorted((_front(n), n["fields"]["Correct"].split(") ", 1)[1], n["fields"]["Section"]) for n in notes)
    assert got == [("¿Quién es el padre de la genética?", "Gregor Mendel", "Tema 2"), ("¿Qué orgánulo hace la fotosíntesis?", "Cloroplasto", "Tema 1")], (got, said)
    assert not any("header" in s or "empty first field" in s for s in said), said
