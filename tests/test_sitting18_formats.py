"""Eighteenth sitting, formats: documents of known shapes read as the cards they teach. Fixtures written here in the
shapes the findings showed (no third-party text)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

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


# --- T18-26: an LMS quiz review copied into Word -----------------------------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _icon(alt: str, n: int) -> str:
    """A picture whose alt text is the LMS icon's label, as a copied page keeps it."""
    return (
        f'<w:r><w:drawing><wp:inline><wp:extent cx="95250" cy="95250"/><wp:docPr id="{n}" name="Picture {n}" descr="{escape(alt)}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>'
        '<a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )


def _p(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{c or '<w:p/>'}</w:tc>" for c in cells) + "</w:tr>"


def _review_docx(path: Path) -> None:
    hide = "https://lms.example.edu/d2l/img/0/Shared.Main.actHide.png?v=1"
    body = [
        _p(_run("What encloses text so the shell passes it along without expanding it?")),
        "<w:tbl>"
        + _row(_p(_icon("Incorrect Response", 1)), "", _p(_run("double quotes")))
        + _row("", "", _p(_run("curly brackets")))
        + _row(_p(_icon("Correct Answer", 2)), "", _p(_run("single quotes")))
        + _row(_p(_icon(hide, 3), _run("Hide Feedback")), "", "")
        + _row(_p(_run("Single quotes pass everything along as it is.")), "", "")
        + "</w:tbl>",
        _p(_run("The name of the superuser on a Linux system is _____.")),
        _p(_run("___administrator___"), _icon("Incorrect Response", 4), _run("(root, toor)", bold=True)),
        _p(_icon(hide, 5), _run("Hide Feedback")),
        _p(_run("root can read every file.")),
        _p(_run("The kernel is kept in the _____ directory.")),
        _p(_run("___/boot___"), _icon("Correct Response", 6)),
        _p(_run("The who command pages through a long file.")),
        _p(_run("wrong!")),
        _p(_icon(hide, 7), _run("Hide Feedback")),
        _p(_run("False: more and less do.")),
    ]
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_NS}><w:body>{"".join(body)}</w:body></w:document>'
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
        "</Relationships>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/media/image1.png", _PNG)


def test_an_lms_review_copied_into_word_is_keyed_by_its_marks(tmp_path: Path) -> None:
    """trial18 T18-26 (high): a D2L quiz review copied into Word gave Basic cards whose backs held every option with the
    LMS's 'Correct Answer' / 'Incorrect Response' labels, the icons' addresses and 'Hide Feedback'. The option under a
    'Correct …' mark is keyed (never the student's 'Incorrect Response'), a fill-in's accepted answers are its answer
    (the student's entry when marked correct), the feedback is on the back, and a question the copy kept no options
    for is a warning at its line."""
    _review_docx(tmp_path / "review.docx")
    notes, said = _built(tmp_path, {"review.docx": tmp_path / "review.docx"})
    got = {_front(n): _back(n) for n in notes}
    assert got == {
        "What encloses text so the shell passes it along without expanding it?": "C) single quotes",
        "The name of the superuser on a Linux system is _____.": "<p>root</p><p>Also accepted: toor</p><p>root can read every file.</p>",
        "The kernel is kept in the _____ directory.": "<p>/boot</p>",
    }, got
    first = next(n for n in notes if n["fields"].get("Correct"))
    assert first["fields"]["Explanation"] == "<p>Single quotes pass everything along as it is.</p>"
    assert "Response" not in json.dumps(notes) and "actHide" not in json.dumps(notes) and "Hide Feedback" not in json.dumps(notes)
    assert any("review.docx:" in s and "The who command pages" in s and "no right answer" in s for s in said), said


_REVIEW_LOST_TABLE = """<html><body>
<p>Which anchor matches the start of a word?</p>
<p> </p>
<p>\\b</p>
<p><img alt="Correct Answer"></p>
<p> </p>
<p>\\&lt;</p>
<p><img alt="Incorrect Response"></p>
<p> </p>
<p>^</p>
<p>___x___<img alt="Incorrect Response"><strong>(y)</strong></p>
<p> </p>
<p> </p>
<p>What does tail show by default?</p>
<table><tr><td><img alt="Correct Response"></td><td></td><td><p>the last 10 lines</p></td></tr>
<tr><td></td><td></td><td><p>the first 10 lines</p></td></tr></table>
</body></html>
"""


def test_a_copied_review_that_lost_its_option_table_is_said_not_keyed(tmp_path: Path) -> None:
    """trial18 T18-26: when a copy kept an option's mark alone on its line (the table lost), which option it marks is
    unsure: that question is a warning, and an answer whose question the copy lost is glued to no other question."""
    notes, said = _built(tmp_path, {"review.html": _REVIEW_LOST_TABLE})
    got = {_front(n): _back(n) for n in notes}
    assert got == {"What does tail show by default?": "A) the last 10 lines"}, got
    assert any("review.html:2:" in s and "Which anchor" in s and "no right answer" in s for s in said), said
    assert any("review.html:11:" in s and "an answer with no question above" in s for s in said), said


# --- T18-88: a Google Docs quiz downloaded as a web page, its key highlighted --------------------------------------

_DOCS_PAGE = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
    ".k1{color:#000000;font-weight:700;font-size:11pt}.k2{color:#000000;font-weight:400;font-size:11pt}"
    ".k3{padding-top:0pt;line-height:1.15}.k4{background-color:#ffffff;max-width:468pt}.k5{background-color:#00ff00}"
    ".title{padding-top:0pt;font-size:26pt}</style></head><body class=\"k4 doc-content\">"
    '<p class="k3 title"><span class="k2">Networks review</span></p>'
    '<p class="k3"><span class="k1">1. Which port does HTTPS use by default?</span></p>'
    '<p class="k3"><span class="k2">a) 80</span></p><p class="k3"><span class="k2 k5">b) 443</span></p>'
    '<p class="k3"><span class="k2">c) 21</span></p><p class="k3"><span class="k2"></span></p>'
    '<p class="k3"><span class="k1">2. Which protocol resolves host names?</span></p>'
    '<p class="k3"><span class="k2" style="background-color: yellow">a) DNS</span></p>'
    '<p class="k3"><span class="k2">b) ARP</span></p><p class="k3"><span class="k2"></span></p>'
    '<p class="k3"><span class="k1">3. What does TTL stand for?</span></p>'
    '<p class="k3"><span class="k2">Time to live.</span></p></body></html>'
)


def test_a_google_docs_page_keys_its_highlighted_options(tmp_path: Path) -> None:
    """trial18 T18-88 (high): a Google Docs quiz downloaded as a web page marks its right options with a style-sheet
    class (.c4{background-color:#ffff00}); the highlight was lost and each question a Basic card teaching every option.
    A class's background (or a span's own) is a highlight, the key mark; options a paragraph each are read as options
    when one is marked; the Docs Title paragraph is the page's title, not text outside a question."""
    notes, said = _built(tmp_path, {"review.html": _DOCS_PAGE})
    got = {_front(n): _back(n) for n in notes}
    assert got == {
        "Which port does HTTPS use by default?": "B) 443",
        "Which protocol resolves host names?": "A) DNS",
        "What does TTL stand for?": "<p>Time to live.</p>",
    }, got
    assert not any("outside any question" in s for s in said), said


def test_options_a_paragraph_each_with_none_marked_stay_an_answer(tmp_path: Path) -> None:
    """trial18 T18-88: lettered paragraphs none of which is marked are an answer's own points, as before (no quiz)."""
    notes, _ = _built(tmp_path, {"notes.md": "**What are two kinds of cell?**\n\na) Prokaryotic cells.\n\nb) Eukaryotic cells.\n"})
    assert [(_front(n), _back(n)) for n in notes] == [
        ("What are two kinds of cell?", "<p>a) Prokaryotic cells.</p><p>b) Eukaryotic cells.</p>")
    ], notes


# --- T18-75: a whole web page saved under a text name ---------------------------------------------------------------


def test_a_web_page_saved_as_md_is_read_as_the_page(tmp_path: Path) -> None:
    """trial18 T18-75 (high): a whole HTML page saved as 'quiz.md' ('Save link as…', a raw download) was one 'note'
    card fronted by the file name, its <title> glued to the first question. A .md or .txt whose text opens with
    '<!DOCTYPE html>' or '<html>' is read as the page it is, each item at its line; Markdown holding HTML is not."""
    page = (
        "<!DOCTYPE html>\n<html><head><title>Quiz</title></head><body>\n<h2>What is RAM?</h2>\n<p>Random access memory.</p>\n"
        "<h2>What is ROM?</h2>\n<p>Read-only memory.</p>\n</body></html>\n"
    )
    notes, _ = _built(tmp_path, {"saved.md": page, "other.txt": page.replace("RAM", "a GPU").replace("ROM", "a TPU")})
    got = {_front(n): _back(n) for n in notes}
    assert got == {
        "What is RAM?": "<p>Random access memory.</p>",
        "What is ROM?": "<p>Read-only memory.</p>",
        "What is a GPU?": "<p>Random access memory.</p>",
        "What is a TPU?": "<p>Read-only memory.</p>",
    }, got
    lines = {n["items"][0]["question"]: (n["items"][0]["file"], n["items"][0]["line"]) for n in notes}
    assert lines["What is ROM?"] == ("sources/saved.md", 5) and lines["What is a TPU?"] == ("sources/other.txt", 5), lines
    assert "Quiz" not in json.dumps([n["fields"] for n in notes])


def test_markdown_with_html_inside_stays_markdown(tmp_path: Path) -> None:
    notes, _ = _built(tmp_path, {"n.md": "## What is RAM?\n\n<p>Random <b>access</b> memory.</p>\n\n<html> is a tag.\n"})
    assert [_front(n) for n in notes] == ["What is RAM?"], notes


# --- T18-41: a Moodle cloze whose gaps stand in code ---------------------------------------------------------------

_CLOZE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="cloze">
  <name><text>Gaps in code</text></name>
  <questiontext format="html"><text><![CDATA[<p>Fill in the gaps.</p>
<pre><code>
def last(items):
    end = {1:SHORTANSWER:=len(items) - 1}
    if end >= 0:
        {1:SHORTANSWER:=return} items[end] * 2
</code></pre>]]></text></questiontext>
  <generalfeedback format="html"><text><![CDATA[Indexes start at 0.]]></text></generalfeedback>
</question>
<question type="cloze">
  <name><text>Plain</text></name>
  <questiontext format="html"><text>Plants need {1:SHORTANSWER:=water} and {2:SHORTANSWER:=light}.</text></questiontext>
  <generalfeedback format="html"><text>Photosynthesis.</text></generalfeedback>
</question>
</quiz>
"""


def test_a_moodle_cloze_keeps_its_code_lines_and_feedback(tmp_path: Path) -> None:
    """trial18 T18-41 (high): a Moodle XML cloze whose gaps stand in a <pre><code> block ran the code into one line,
    its general feedback was dropped (and said as text outside any question). The code keeps its lines and
    indentation on the note (its Markdown characters as written), the general feedback is the note's Extra."""
    notes, said = _built(tmp_path, {"cloze.xml": _CLOZE_XML})
    got = {n["fields"]["Text"]: n["fields"]["Extra"] for n in notes}
    nb = "\xa0"
    code = (
        f"Fill in the gaps.<br>def last(items):<br>{nb * 4}end = {{{{c1::len(items) - 1}}}}<br>{nb * 4}if end &gt;= 0:<br>"
        f"{nb * 8}{{{{c2::return}}}} items[end] * 2"
    )
    assert got == {
        code: "<p>Indexes start at 0.</p>",
        "Plants need {{c1::water}} and {{c2::light}}.": "<p>Photosynthesis.</p>",
    }, got
    assert not any("outside any question" in s for s in said), said


def test_a_markdown_cloze_with_line_breaks_keeps_them(tmp_path: Path) -> None:
    """trial18 T18-41: a cloze paragraph whose lines are apart ('<br>'), some indented by no-break spaces (code), keeps
    its lines and their indentation; a wrapped sentence's '<br>' stays a space."""
    notes, _ = _built(tmp_path, {"n.md": "for x in xs:<br>&nbsp;&nbsp;{{c1::print}}(x)\n\nThe {{c1::Seine}} flows<br>through Paris.\n"})
    assert sorted(n["fields"]["Text"] for n in notes) == ["The {{c1::Seine}} flows through Paris.", "for x in xs:<br>\xa0\xa0{{c1::print}}(x)"]


# --- T18-54: standard question datasets as JSON lines ---------------------------------------------------------------


def test_question_datasets_in_their_published_shapes_are_keyed(tmp_path: Path) -> None:
    """trial18 T18-54 (high): SciQ's 'distractor1'…'distractor3' were printed as labelled lines on a Basic back;
    OpenBookQA's 'question_stem' with column-wise 'choices' ({"text": […], "label": […]}) was 'not a question bank';
    GSM8K's '#### 18' final answer became a bare line. Numbered distractors beside the correct answer are options
    ('support' the explanation); column-wise options are options, keyed by their label; ARC's nested question too;
    a last line '#### value' under an answer's working is 'Answer: value'."""
    sciq = json.dumps({"question": "Which gas do plants take in?", "distractor1": "oxygen", "distractor2": "helium",
                       "correct_answer": "carbon dioxide", "distractor3": "neon", "support": "Photosynthesis uses CO2."})  # fmt: skip
    obqa = json.dumps({"id": "1-1", "question_stem": "Heat moves fastest through", "choices": {"text": ["wood", "copper", "air"], "label": ["A", "B", "C"]}, "answerKey": "B"})
    arc = json.dumps({"id": "a-2", "question": {"stem": "Which is a mammal?", "choices": [{"text": "shark", "label": "1"}, {"text": "whale", "label": "2"}]}, "answerKey": "2"})
    gsm = json.dumps({"question": "Tom has 3 bags of 4 apples. How many apples?", "answer": "He has 3 * 4 = 12 apples.\n#### 12"})
    notes, _ = _built(tmp_path, {"sciq.jsonl": sciq + "\n", "obqa.jsonl": obqa + "\n" + arc + "\n", "gsm.jsonl": gsm + "\n"})
    got = {_front(n): (_back(n), n["fields"].get("Explanation") or "") for n in notes}
    assert got == {
        "Which gas do plants take in?": ("A) carbon dioxide", "<p>Photosynthesis uses CO2.</p>"),
        "Heat moves fastest through": ("B) copper", ""),
        "Which is a mammal?": ("B) whale", ""),
        "Tom has 3 bags of 4 apples. How many apples?": ("<p>He has 3 * 4 = 12 apples.</p><p>Answer: 12</p>", ""),
    }, got
    sciq_note = next(n for n in notes if "plants" in _front(n))
    assert "distractor" not in json.dumps(sciq_note["fields"]) and sciq_note["fields"]["Options"].count("<li") == 4


# --- T18-22: a quiz app's question file, 'window.questions = [ … ];' ------------------------------------------------

_JS_BANK = """// questions for lesson 4
window.questions = [
  {"question": "Which unit measures data rate?", "choices": ["bps", "Hz", "dpi"], "answer": 0},
  {question: 'Which unit is the largest?', choices: ['KB', 'GB', 'MB'], answer: 1,},
];
"""


def test_a_quiz_apps_javascript_bank(tmp_path: Path) -> None:
    """trial18 T18-22 (medium): a quiz app's 'window.questions = [ … ];' was 'a program' as .js and 'broken JSON:
    Expecting value' renamed .json. Named .json it is read as the list it assigns; as .js it is said to be one, with
    the rename to make; a real program is still 'a program'."""
    notes, said = _built(tmp_path, {"lesson.json": _JS_BANK, "lesson4.js": _JS_BANK, "app.js": "function f() { return [1]; }\n"})
    assert {_front(n): _back(n) for n in notes} == {"Which unit measures data rate?": "A) bps", "Which unit is the largest?": "B) GB"}
    assert any("lesson4.js" in s and "holds a question list" in s and "rename it lesson4.json" in s for s in said), said
    assert any("app.js" in s and "a program" in s for s in said), said


# --- T18-23: a JSON bank's records at their lines, their dates off the back -------------------------------------------


def test_json_records_at_their_lines_and_dates_off_the_back(tmp_path: Path) -> None:
    """trial18 T18-23 (medium): a pretty-printed bank whose question key is 'text' had every record at line 1, and its
    'asof' date printed on the back; an MDX '<Quiz questions={[…]} />' had every record at the '<Quiz' line. Each record
    is at the line it opens on; a field holding only a date is bookkeeping."""
    bank = [{"qnum": 1, "text": "Which unit measures data rate?", "choices": ["bps", "Hz"], "answer": 0, "source": "Bits per second.", "asof": "2025-09-23"},
            {"qnum": 2, "text": "Which unit is largest?", "choices": ["KB", "GB"], "answer": 1, "asof": "2025-09-23T10:00:00Z"}]  # fmt: skip
    mdx = "# Quiz\n\n<Quiz\n  questions={[\n    {\n      question: 'What is 2 + 2?',\n      options: ['3', '4'],\n      correctOption: 1,\n    },\n    {\n      question: \"Which is a prime?\",\n      options: ['4', '7'],\n      correctOption: 1,\n    },\n  ]}\n/>\n"  # fmt: skip
    notes, _ = _built(tmp_path, {"bank.json": json.dumps(bank, indent=2), "quiz.md": mdx})
    at = {n["items"][0]["question"]: n["items"][0]["line"] for n in notes}
    opens = [k for k, line in enumerate(json.dumps(bank, indent=2).split("\n"), start=1) if line == "  {"]
    assert at == {"Which unit measures data rate?": opens[0], "Which unit is largest?": opens[1], "What is 2 + 2?": 5, "Which is a prime?": 10}, at
    assert "2025-09-23" not in json.dumps([n["fields"] for n in notes])
    assert any("Bits per second." in (n["fields"].get("Explanation") or "") for n in notes)


# --- T18-59 / T18-60: AsciiDoc block titles over lists, glossaries ---------------------------------------------------

_ADOC = """= Networking self-check

.Addresses
[qanda]
What does DHCP hand out?::
  IP addresses and the network's settings.
Which port does DNS use?:: 53

.Routing
[qanda]
What does a router connect?::
  Networks.

== Terms

TTL:: The hops a packet may still take.
Default gateway:: The router a host sends other networks' traffic to.
"""


def test_asciidoc_block_titles_are_sections_and_glossaries_cards(tmp_path: Path) -> None:
    """trial18 T18-59 / T18-60 (high): a '.Routing' block title over a [qanda] list was taught on the previous card's
    back and no card had a section; a glossary ('TTL:: The hops …') gave no card ('put it under a question'). A block
    title over a list is a heading over it (its questions' section); a short term with its definition on its line is a
    term card, even among an FAQ's questions."""
    notes, _ = _built(tmp_path, {"net.adoc": _ADOC})
    got = {_front(n): (n["fields"]["Section"], _back(n)) for n in notes}
    assert got == {
        "What does DHCP hand out?": ("Addresses", "<p>IP addresses and the network's settings.</p>"),
        "Which port does DNS use?": ("Addresses", "<p>53</p>"),
        "What does a router connect?": ("Routing", "<p>Networks.</p>"),
        "TTL": ("Terms", "<p>The hops a packet may still take.</p>"),
        "Default gateway": ("Terms", "<p>The router a host sends other networks' traffic to.</p>"),
    }, got


# --- T19-7: an exam-class question whose parts share one solution -----------------------------------------------------

_EXAM_PARTS = r"""\documentclass[answers]{exam}
\begin{document}
\begin{questions}
\question[10] Consider the function $g(x) = x^2 - 6x + 8$.
\begin{parts}
\part[4] Find the roots of $g$.
\begin{subparts}
\subpart[2] Factor $g$.
\subpart[2] Solve $g(x)=0$.
\end{subparts}
\part[6] Find the minimum of $g$.
\end{parts}
\begin{solution}
$g(x) = (x-2)(x-4)$: roots $2$ and $4$; the minimum is $g(3)=-1$.
\end{solution}
\question Consider a fair die.
\begin{parts}
\part What is the chance of a six?
\begin{solution}
$1/6$
\end{solution}
\part What is the chance of an even number?
\begin{solution}
$1/2$
\end{solution}
\end{parts}
\end{questions}
\end{document}
"""


def test_exam_parts_sharing_one_solution_are_one_card(tmp_path: Path) -> None:
    """trial19 T19-7 (severe): an exam-class question with parts and subparts and one solution after them asked only
    its last part (stem and part (a) in the Section field), the subparts in no field. Its parts are a list under its
    stem on the front ((a), (i), (ii), (b)), the solution its back; parts with their own solutions stay a card each."""
    notes, _ = _built(tmp_path, {"exam.tex": _EXAM_PARTS})
    got = [(n["fields"]["Question"], _back(n)) for n in notes]
    first = got[0][0]
    assert first.startswith("Consider the function") and first.index("(a) Find the roots") < first.index("(i) Factor") < first.index("(ii) Solve") < first.index("(b) Find the minimum"), got
    assert "(x-2)(x-4)" in got[0][1] and notes[0]["fields"]["Section"] == ""
    assert [q for q, _ in got[1:]] == ["Consider a fair die. What is the chance of a six?", "Consider a fair die. What is the chance of an even number?"], got


# --- T19-29: exam-zh papers -------------------------------------------------------------------------------------------

_EXAM_ZH = r"""\documentclass{exam-zh}
\begin{document}
\section{选择题}
\begin{question}[points=5]
  $1+1=$ \paren[B]
  \begin{choices}
    \item $1$
    \item $2$
    \item $3$
  \end{choices}
\end{question}
\begin{question}[points=5]
  Which is a prime? \paren
  \begin{choices}
    \item 4
    \item 6
  \end{choices}
\end{question}
\section{填空题}
\begin{question}[points=5]
  若 $2^x=8$，则 $x=$ \fillin[$3$]。
\end{question}
\begin{problem}[points=15]
  Find the minimum of $a + 1/a$ for $a > 0$.
\end{problem}
\begin{solution}
  $2$, at $a = 1$.
\end{solution}
\end{document}
"""


def test_an_exam_zh_paper_is_keyed_by_its_paren(tmp_path: Path) -> None:
    """trial19 T19-29 (severe): an exam-zh paper's key '\\paren[B]' stood raw on the front, every option on the back,
    and '\\fillin[$3$]' questions were text outside any question. A question environment's '\\paren[X]' keys its X-th
    '\\item' option; a fill-in's answer is its answer; '[points=15]' is no title; a '\\paren' with no letter keys none."""
    notes, said = _built(tmp_path, {"paper.tex": _EXAM_ZH})
    got = {n["fields"]["Question"]: _back(n) for n in notes}
    assert got["\\(1+1=\\)"] == "B) \\(2\\)", got
    assert got["若 \\(2^x=8\\)，则 \\(x=\\) _____。"] == "<p>\\(3\\)</p>", got
    assert any(q.startswith("Find the minimum") and a == "<p>\\(2\\), at \\(a = 1\\).</p>" for q, a in got.items()), got
    assert len(got) == 3 and "paren" not in json.dumps(notes) and "points=" not in json.dumps(notes)
    assert any("paper.tex:12" in s and "none ticked" in s for s in said), said


# --- T19-23: Respondus plain-text quizzes ------------------------------------------------------------------------------

_RESPONDUS = """Title: Unit 1 Quiz
Points: 1

1) Which gas do plants take in?
a. Oxygen
*b. Carbon dioxide
@ Plants fix carbon from CO2.

Type: E
2) Explain photosynthesis.

Type: F
3) Which organelle holds chlorophyll?
a. chloroplast
b. chloroplasts

Type: MT
4) Match each organelle to its job.
a. Ribosome = makes proteins
b. Mitochondrion = makes ATP

Type: ORD
5) Order the stages of mitosis.
a. Prophase
b. Metaphase
c. Anaphase
"""


def test_a_respondus_quiz_reads_each_kind(tmp_path: Path) -> None:
    """trial19 T19-23 (severe): a Respondus quiz's 'Type: F' line was taught as the essay above it ('A: Type: F'), its
    fill-in and matching questions lost. A 'Type:' line names the kind of the question under it: an essay is a
    warning, a fill-in's answers are accepted answers, matching pairs and an order are the answer, '@' the feedback."""
    notes, said = _built(tmp_path, {"quiz.txt": _RESPONDUS})
    got = {_front(n): _back(n) for n in notes}
    assert got == {
        "Which gas do plants take in?": "B) Carbon dioxide",
        "Which organelle holds chlorophyll?": "<p>chloroplast</p><p>Also accepted: chloroplasts</p>",
        "Match each organelle to its job.": "<ul>\n<li>Ribosome → makes proteins</li>\n<li>Mitochondrion → makes ATP</li>\n</ul>",
        "Order the stages of mitosis.": "<ol>\n<li>Prophase</li>\n<li>Metaphase</li>\n<li>Anaphase</li>\n</ol>",
    }, got
    assert "Plants fix carbon" in (notes[0]["fields"].get("Explanation") or ""), notes[0]["fields"]
    assert "Type:" not in json.dumps(notes)
    assert any("quiz.txt:10" in s and "an essay question" in s for s in said), said


# --- T19-30: a sheet saved as CSV whose options sit in one cell, a line each ------------------------------------------

_SHEET = (
    "STT,Hạng mục,Nội dung,Phương án trả lời,Đáp án\r\n"
    '1,Đấu thầu,Which document opens a tender?,"A. The invitation\r\nB. The contract\r\nC. The invoice",A\r\n'
    '2,Hợp đồng,Which contract form is electronic?,"A. Paper contract\r\nB .E-contract\r\nC. Verbal agreement\r\nD. None",B\r\n'
    '3,Hợp đồng,Who signs the contract?,"A. The bidder\r\nB. The investor\r\nC. Both",C\r\n'
)


def test_a_sheet_with_its_options_in_one_cell_is_a_keyed_bank(tmp_path: Path) -> None:
    """trial19 T19-30 (severe): an exam sheet saved as CSV ('STT,Hạng mục,Nội dung,Phương án trả lời,Đáp án', the options
    in one quoted cell a line each) was read as an article: 22 junk notes with invented fronts. A header naming a bank
    (read as csv reads it) makes the file a bank; the options column splits at its lettered lines ('B .' too), the
    key letter keys them, 'Nội dung' is the question, 'Hạng mục' the section, 'STT' no text."""
    notes, said = _built(tmp_path, {"bank.csv": _SHEET})
    got = {_front(n): (_back(n), n["fields"]["Section"]) for n in notes}
    assert got == {
        "Which document opens a tender?": ("A) The invitation", "Đấu thầu"),
        "Which contract form is electronic?": ("B) E-contract", "Hợp đồng"),
        "Who signs the contract?": ("C) Both", "Hợp đồng"),
    }, got
    assert any("read as layout 'delimited'" in s for s in said), said
