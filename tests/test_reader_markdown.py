"""The Markdown reader: the real notes file, sanitizing, math, ids, markers and warnings."""

from __future__ import annotations

import re

import pytest
from conftest import configured_source, detect_scores, source_document

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Difficulty, Item
from compiler.sources.base import Document
from compiler.sources.markdown import MarkdownReader, sanitize


def _source(source_id: str = "norms") -> SourceConfig:
    return configured_source(source_id)


def _read(doc: Document | None = None) -> tuple[list[Item], Diagnostics]:
    src = _source()
    diag = Diagnostics()
    doc = doc or source_document(src)
    return MarkdownReader().read(doc, src, diag), diag


def _read_text(text: str) -> tuple[list[Item], Diagnostics]:
    return _read(Document("sources/test.md", text))


def _html(item: Item) -> str:
    return "\n".join(b.text for b in item.answer if b.kind is BlockKind.html)


def test_notes_file_items() -> None:
    items, diag = _read()
    assert diag.items == []
    assert len(items) == 8
    assert all(it.number is None for it in items)  # its headings carry no numbers (trial T26: no ordinals)
    assert items[0].question == "What does BatchNorm normalize over?"
    assert items[0].locator.line == 3
    assert items[0].original.splitlines()[0] == "## What does BatchNorm normalize over? 👶"
    assert [it.section for it in items] == [
        ["Normalization layers"],
        ["Normalization layers"],
        ["Normalization layers"],
        ["Normalization layers", "Where to put the norm"],
        ["Optimizers"],
        ["Optimizers"],
        ["Optimizers"],
        ["Optimizers", "Learning-rate schedules"],
    ]
    E, M, H = Difficulty.easy, Difficulty.medium, Difficulty.hard
    assert [it.difficulty for it in items] == [E, M, H, M, M, E, E, H]
    assert [it.explicit_id for it in items] == [None, "norms-compare", None, None, "adamw", None, None, None]
    assert items[1].question == "BatchNorm vs LayerNorm vs RMSNorm: how do they differ?"
    assert items[1].item_id == "norms-compare"


def test_bold_questions() -> None:
    items, _ = _read()
    bold = [it for it in items if it.original.startswith("**")]
    assert [it.question for it in bold] == [
        "Where does the norm sit in a pre-norm Transformer block?",
        "Why warm up the learning rate?",
    ]


def test_code_table_list_and_math() -> None:
    items, _ = _read()
    code = [b for b in items[3].answer if b.kind is BlockKind.code]
    assert len(code) == 1 and code[0].lang == "python"
    assert code[0].text.splitlines()[1] == "x = norm1(x + attn(x))"
    table = _html(items[1])
    assert "<table>" in table and "<td>RMSNorm</td>" in table and "<th>Layer</th>" in table
    assert "<ul>" in _html(items[4]) and "<li>do not decay biases and normalization gains;</li>" in _html(
        items[4]
    )
    first = _html(items[0])
    assert r"\( \gamma \)" in first  # \( … \) kept as written
    assert r"\(\mu_B\)" in first  # $…$ converted
    assert r"<div>\[\hat{x} = " in first  # $$…$$ display block
    rms = _html(items[2])
    assert r"\[ y = \frac{x}{" in rms  # \[ … \] kept
    for it in items:
        assert "$" not in _html(it)


def test_dollar_math_becomes_mathjax_delimiters() -> None:
    items, diag = _read_text("## What is x?\n\nIt is $x$, not $$y$$, and costs $5 or $6.\n")
    assert diag.items == []
    assert _html(items[0]) == r"<p>It is \(x\), not \[y\], and costs $5 or $6.</p>"


def test_math_in_question_text() -> None:
    items, _ = _read_text("## What is $\\sigma^2$?\n\nThe variance.\n")
    assert items[0].question == r"What is \(\sigma^2\)?"


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        'A <img src=x onerror=alert(1)> b <a href="javascript:alert(1)" onclick="alert(1)">x</a>',
        '<iframe src="https://example.com">alert(1)</iframe>',
        "[link](javascript:alert(1))",
        "<style>body{}</style><div onmouseover=alert(1)>hi</div>",
    ],
)
def test_sanitizer_drops_scripts_and_handlers(dirty: str) -> None:
    items, _ = _read_text(f"## Safe?\n\n{dirty}\n\nYes.\n")
    html = _html(items[0])
    for bad in (
        "<script",
        "onerror",
        "onclick",
        "onmouseover",
        'href="javascript',
        "<iframe",
        "<style",
    ):
        assert bad not in html
    # images are allowed (compiler.media packs them), but only with src and alt
    assert all(re.fullmatch(r'<img src="[^"]*"(?: alt="[^"]*")?>', tag) for tag in re.findall(r"<img[^>]*>", html))
    # markdown-it refuses the javascript: link, so only its inert source text may remain
    assert "alert(1)" not in html or "<p>[link](javascript:alert(1))</p>" in html


def test_sanitize_allow_list() -> None:
    assert sanitize('<p class="x" style="color:red">a<sup>2</sup></p>') == "<p>a<sup>2</sup></p>"
    assert sanitize('<a href="https://example.com" title="t">x</a>') == (
        '<a href="https://example.com" rel="noopener noreferrer">x</a>'
    )
    assert sanitize("<h1>big</h1><h3>ok</h3>") == "big<h3>ok</h3>"


def test_script_only_answer_is_a_warning() -> None:
    items, diag = _read_text("## Safe?\n\n<script>alert(1)</script>\n")
    assert [(i.question, i.skip, i.answer) for i in items] == [("Safe?", "no answer", [])]  # in the manifest, no card
    assert [(d.severity, d.line, d.message) for d in diag.items] == [
        ("warning", 3, "text removed by HTML sanitizing (scripts, styles, embeds and their content are not kept)"),
        ("warning", 1, "question has no answer"),
    ]


def test_explicit_ids_and_duplicates() -> None:
    items, diag = _read_text("## First? {#same}\n\nOne.\n\n## Second? ⭐️ {#same}\n\nTwo.\n")
    assert [it.explicit_id for it in items] == ["same", None]
    assert items[1].question == "Second?" and items[1].difficulty is Difficulty.medium
    assert [(d.severity, d.line) for d in diag.items] == [("error", 5)]
    assert "duplicate id 'same' (first used at line 1)" in diag.items[0].message


def test_unanswered_question_is_a_warning() -> None:
    items, diag = _read_text("# Topic\n\n## First?\n\n## Second?\n\nAnswer.\n")
    assert [(it.question, it.skip) for it in items] == [("First?", "no answer"), ("Second?", "")]
    assert items[1].section == []  # the one H1 is the page title, not a section
    assert [(d.severity, d.line, d.message) for d in diag.items] == [("warning", 3, "question has no answer")]


@pytest.mark.parametrize(
    ("line", "question", "level"),
    [
        ("## Why? hard", "Why?", Difficulty.hard),
        ("## 🚀 Why?", "Why?", Difficulty.hard),
        ("## Why? (easy)", "Why?", Difficulty.easy),
        ("**Why? 👶**", "Why?", Difficulty.easy),
        ("**Why?** 🚀", "Why?", Difficulty.hard),
        ("### Why?", "Why?", Difficulty.medium),
    ],
)
def test_difficulty_markers(line: str, question: str, level: Difficulty) -> None:
    items, diag = _read_text(f"{line}\n\nBecause.\n")
    assert diag.items == []
    assert [(it.question, it.difficulty) for it in items] == [(question, level)]


def test_unknown_emoji_marker_is_an_error() -> None:
    items, diag = _read_text("# Intro\n\n## Why? 🤔\n\nBecause.\n")
    assert len(items) == 1 and items[0].question == "Why?"
    assert [(d.severity, d.line) for d in diag.items] == [("error", 3)]
    assert "unknown difficulty" in diag.items[0].message


def test_answer_scope_and_stray_text() -> None:
    text = (
        "Intro paragraph.\n\n"  # 1: outside any question
        "# Part\n\n"
        "## Question one?\n\nA.\n\n### Detail\n\nB.\n\n"  # h3 stays in the h2 question's answer
        "## Plain section\n\nStray.\n\n"  # 13: a statement heading beside one question: a card (trial6 F46)
        "**Bold lead-in:** not a question?\n\n"  # 17: bold then prose is not a question: that card's answer
        "<!-- a comment is fine -->\n\n---\n"
    )
    items, diag = _read_text(text)
    assert [i.question for i in items] == ["Question one?", "Plain section"]
    assert "<h3>Detail</h3>" in _html(items[0]) and "<p>B.</p>" in _html(items[0])
    assert "<strong>Bold lead-in:</strong> not a question?" in _html(items[1])
    assert sorted((d.severity, d.line) for d in diag.items) == [("warning", 1), ("warning", 13)]
    # among more questions the statement heading's text is outside any question again
    items, diag = _read_text(text.replace("## Plain", "## Two?\n\nC.\n\n## Three?\n\nD.\n\n## Plain"))
    assert len(items) == 3
    assert [(d.severity, d.line) for d in diag.items] == [("warning", 1), ("warning", 23), ("warning", 25)]


def test_bold_question_ends_at_any_heading() -> None:
    items, _ = _read_text("## Section\n\n**Why?**\n\nBecause.\n\n### Sub\n\n**How?**\n\nLike this.\n")
    assert [(it.question, it.section) for it in items] == [
        ("Why?", ["Section"]),
        ("How?", ["Section", "Sub"]),
    ]
    assert "Sub" not in _html(items[0])


def test_detect_scores() -> None:
    reader = MarkdownReader()
    for rel, score in detect_scores(reader).items():
        if rel.endswith(".md"):
            assert score >= 0.9, rel
        else:
            assert score < 0.5, rel
    text = "# A\n\n## B?\n\n**x** and **y**\n\n```python\nx = 1\n```\n\n## C\n"
    assert reader.detect(Document("sources/notes.txt", text)) >= 0.5


def test_duplicate_explicit_ids_on_multiple_choice_questions_are_errors() -> None:
    """A quiz question's {#id} is checked like any other: two questions sharing one would share a GUID."""
    text = (
        "## Which number is prime? {#same}\n\n- A: 4\n- B: 5\n- C: 6\n\nAnswer: B\n\n"
        "## Which number is even? {#same}\n\n- A: 3\n- B: 4\n- C: 5\n\nAnswer: B\n"
    )
    items, diag = _read_text(text)
    assert [i.kind.value for i in items] == ["multiple_choice", "multiple_choice"]
    assert any("duplicate id 'same'" in d.message for d in diag.errors), diag.items



def test_a_repeated_statement_heading_names_its_parent_on_the_front() -> None:
    """Trial9 T11: notes with 'Vorteile'/'Nachteile' under each topic gave fronts 'Vorteile' naming nothing
    (RAID 1's and RAID 5's merged as one note); the front names the parent heading, the section path holds it."""
    items, _ = _read_text(
        "# Software und Hardware Raid\n"
        "## Host Raid\nHost Raid ist eine Zwischenstufe.\n"
        "## Verschiedene Raid Stufen\n"
        "### RAID 1: Mirroring\nAlle Platten speichern die gleichen Daten.\n"
        "#### Vorteile\n- Ausfall ohne Datenverlust.\n#### Nachteile\n- Halbe Kapazität.\n"
        "### RAID 5: Parität\nParität verteilt.\n"
        "#### Vorteile\n- Daten aus der Parität.\n#### Nachteile\n- Langsames Schreiben.\n"
        "## Ist ein VPN sicher?\n- Nur mit Verschlüsselung.\n"
    )
    fronts = {i.question: i.section for i in items}
    assert fronts["RAID 1: Mirroring › Vorteile"] == ["Verschiedene Raid Stufen", "RAID 1: Mirroring"]
    assert fronts["RAID 5: Parität › Nachteile"] == ["Verschiedene Raid Stufen", "RAID 5: Parität"]
    assert "Vorteile" not in fronts and "Host Raid" in fronts  # a heading the page says once keeps its words
    assert len({i.key for i in items}) == len(items) == 8


def test_markdown_escapes_inside_maths_are_undone() -> None:
    """Learner M22: notes written for kramdown/Jekyll escape '_' and '*' in maths ('$\\bar{X}\\_n$'); MathJax
    showed a literal underscore and red errors. A '\\_' inside \\text{} is a printed underscore and stays."""
    items, _ = _read_text(
        "## What does the central limit theorem say?\n\n"
        "The mean $\\bar{X}\\_n \\equiv \\frac{1}{n} \\sum_{i=1}^n X_i$ converges.\n\n"
        "## What is the cotangent space?\n\n"
        "The dual: $$T_p^\\*M = (T\\_pM)^\\*$$\n\n"
        "## What is max_iter?\n\n"
        "$\\text{max\\_iter} = 10$ rows: $a \\\\ b$\n"
    )
    answers = [_html(i) for i in items]
    assert "\\(\\bar{X}_n \\equiv" in answers[0]
    assert "\\[T_p^*M = (T_pM)^*\\]" in answers[1]
    assert "\\(\\text{max\\_iter} = 10\\)" in answers[2] and "\\(a \\\\ b\\)" in answers[2]


def test_a_bare_latex_environment_is_display_maths() -> None:
    """Learner M21: '\\begin{equation} … \\end{equation}' / '\\begin{align} … \\end{align}' written bare, as
    MathJax sites take them, were raw TeX on cards and sheet, with '\\\\' and '\\,' eaten by Markdown."""
    items, _ = _read_text(
        "## What is the Schrödinger equation?\n\n"
        "\\begin{equation}\n i \\hbar \\partial_t \\Psi = \\hat H \\Psi \\label{eq:s}\n\\end{equation}\n\n"
        "## What is the Lorentz factor?\n\n"
        "\\begin{align*}\n\\gamma &= 1/\\sqrt{1 - v^2/c^2} \\\\\nE &= \\gamma m c^2 \\, .\n\\end{align*}\n\n"
        "## What is inline?\n\nText \\begin{equation} x \\end{equation} stays text.\n"
    )
    assert _html(items[0]) == "<div>\\[i \\hbar \\partial_t \\Psi = \\hat H \\Psi\\]</div>"
    assert "\\[\\begin{aligned}\\gamma &amp;= 1/\\sqrt{1 - v^2/c^2} \\\\\nE &amp;= \\gamma m c^2 \\, .\\end{aligned}\\]" in _html(items[1])
    assert "<p>Text \\begin{equation} x \\end{equation} stays text.</p>" in _html(items[2])


def test_angle_bracket_words_outside_code_are_text() -> None:
    """Learner M18: 'Stream<T>' taught 'Stream → Stream', and 'What does the <div> element do?' lost its <div>."""
    items, _ = _read_text(
        "### What is the difference between map and flatMap?\n\n"
        "- **map:** 1:1 (Stream<T> → Stream<R>)\n- **flatMap:** (Stream<List<T>> → Stream<T>)\n\n"
        "### What does the <div> element do in HTML?\n\nIt is a <b>generic</b> block container.\n"
    )
    assert "Stream&lt;T&gt; → Stream&lt;R&gt;" in _html(items[0])
    assert "Stream&lt;List&lt;T&gt;&gt; → Stream&lt;T&gt;" in _html(items[0])
    assert items[1].question == "What does the <div> element do in HTML?"
    assert "<b>generic</b>" in _html(items[1])  # an element of HTML is still markup


def test_named_toggles_inside_an_answer_keep_their_names() -> None:
    """Learner2 M3: three '<details><summary>FCFS</summary>…' toggles in an answer lost their names (silently);
    a summary that only labels the toggle ('Show answer', '展开') is still dropped."""
    items, _ = _read_text(
        "### Which scheduling algorithms are there?\n\n"
        "<details>\n<summary>First-come first-served (FCFS)</summary>\n\nIn order of arrival.\n</details>\n\n"
        "<details>\n<summary>Round robin</summary>\n\nA time slice each.\n</details>\n\n"
        "<details>\n<summary>展开</summary>\n\nMore text.\n</details>\n\n"
        "<details>\n<summary> Possibile Risposta</summary>\n\nStill more.\n</details>\n"
    )
    html = _html(items[0])
    assert "<p><strong>First-come first-served (FCFS)</strong></p>\n<p>In order of arrival.</p>" in html
    assert "<strong>Round robin</strong>" in html and "展开" not in html and "More text." in html
    assert "Possibile" not in html and "Still more." in html  # 'possible answer' in any words is a label too
