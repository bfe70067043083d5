"""Twenty-seventh sitting, formats: a deck deckc built read back (its page labels, merged answers, sections), cloze
lines in a plain-text worksheet, a slides PDF's lines, a large vocabulary export's build time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text

ROUND_TRIP_QUIZ = """\
# Mixed quiz

## Biology

**1. Which organelle makes ATP?**

Tags: cells, exam

α) Nucleus
β) Mitochondrion
γ) Ribosome

Answer: β

Explanation: The mitochondrion is the cell's power plant.

**2. Какой газ поглощают растения?**

а) Кислород
б) Углекислый газ
в) Азот

Ответ: б

**3. Which is a mammal?**

a) Shark
b) Whale
c) Trout

Answer: b

# Loose ends

## What is osmosis?

Diffusion of water across a membrane.

## What is osmosis about?

Water moving across a membrane by diffusion.
"""


def _build(content: Path, out: Path, formats: tuple[str, ...] = ("json",)) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    """The deck's notes (the manifest) and every message of a build of ``content`` into ``out``."""
    from compiler.build import build

    result = build(content, out, formats=formats, now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], [d.text() for d in result.compiled.diagnostics.items]


def _seen(notes: list[dict]) -> list[tuple[str, str, str, str, list[str], list[str]]]:  # type: ignore[type-arg]
    """What a learner sees of each note (front, options, back, explanation or merged answers, section), and its own
    tags (deckc's bookkeeping tags left out), sorted by front."""
    out = []
    for n in notes:
        fields = n["fields"]
        more = fields.get("Explanation") or fields.get("Also") or ""
        tags = sorted(t for t in n["tags"] if not t.startswith("deckc::"))
        out.append(
            (
                note_front(n),
                plain_text(fields.get("Options", "")),
                note_back(n),
                plain_text(more),
                tags,
                n.get("sections", []),
            )
        )
    return sorted(out)


def test_a_deck_deckc_built_read_back_shows_what_its_cards_showed(tmp_path: Path, real_model: object) -> None:
    """formats list 1: last month's deck (an .apkg deckc wrote) dropped into sources/ showed 'A) B)' where the page
    labelled its options 'α) β)' or 'а) б)', glued the 'More answers' fold (its 'Also in Mixed quiz' line) into the
    answer as 'Also: …', and filed an unsectioned note under the deck's name. Now the round trip keeps the options,
    their labels, the right one, the explanation, the tags and the sections, and the merged question is a question
    again (merged afresh), with none of deckc's own furniture on a card."""
    first = deck_of(tmp_path / "a", {"quiz.md": ROUND_TRIP_QUIZ})
    before, _ = _build(first, tmp_path / "a" / "build", ("json", "apkg"))
    package = next((tmp_path / "a" / "build").glob("*.apkg"))
    again = deck_of(tmp_path / "b", {"last-month.apkg": package})
    after, said = _build(again, tmp_path / "b" / "build")

    def shown(notes: list[dict]) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
        # (the 'Also in <document>' line names the document the deck was built from: the package now)
        return [(f, o, b, re.sub(r"Also in \S+ ", "", m), ",".join(t)) for f, o, b, m, t, _ in _seen(notes)]

    assert shown(after) == shown(before)
    assert shown(after) == [
        (
            "What is osmosis?",
            "",
            "Diffusion of water across a membrane.",
            "1 more answer What is osmosis about? Water moving across a membrane by diffusion.",
            "",
        ),
        ("Which is a mammal?", "A) Shark B) Whale C) Trout", "B) Whale", "", ""),
        (
            "Which organelle makes ATP?",
            "α) Nucleus β) Mitochondrion γ) Ribosome",
            "β) Mitochondrion",
            "The mitochondrion is the cell's power plant.",
            "cells,exam",
        ),
        (
            "Какой газ поглощают растения?",
            "а) Кислород б) Углекислый газ в) Азот",
            "б) Углекислый газ",
            "",
            "",
        ),
    ]
    assert sections(after) == sections(before)
    assert sections(after)["Which organelle makes ATP?"] == "Mixed quiz › Biology"
    assert sections(after)["What is osmosis?"] == "Loose ends"
    assert not any("same question" in s for s in said), said


def sections(notes: list[dict]) -> dict[str, str]:  # type: ignore[type-arg]
    """Each note's section line (above its question), by front."""
    return {note_front(n): n["fields"]["Section"] for n in notes}


def test_a_deckc_quiz_note_that_merged_another_quiz_gives_both_back(tmp_path: Path) -> None:
    """formats list 1: a quiz note's Explanation holds the merged quiz's fold (its question, options, the right one
    marked): read back, that is a quiz of its own again, its labels kept, never text of the first quiz's explanation."""
    from compiler.sources.ankifields import own_also

    explanation = (
        "<p>ATP synthase sits in its inner membrane.</p>"
        '<div class="also"><details class="also-more"><summary>1 more answer</summary><div class="also-item">'
        '<div class="also-source">Also in Cell quiz #4</div><p class="also-quiz">Where is ATP made?</p>'
        '<div class="reveal also-options"><div class="options"><ol><li><span class="label">α)</span> Nucleus</li>'
        '<li class="correct"><span class="label">β)</span> Mitochondrion</li></ol></div></div>'
        "<p>In the mitochondria.</p></div></details></div>"
    )
    rest, also = own_also(explanation)
    assert rest == "<p>ATP synthase sits in its inner membrane.</p>"
    assert [(a.question, plain_text(a.options), a.body) for a in also] == [
        ("Where is ATP made?", "α) Nucleus β) Mitochondrion", "<p>In the mitochondria.</p>")
    ]
    export = (
        "#separator:tab\n#html:true\n#notetype column:1\n#tags column:10\n"
        "deckc Multiple choice\tWhich organelle makes ATP?\t"
        '"<ol><li><span class=""label"">A)</span> Nucleus</li><li class=""correct""><span class=""label"">B)</span> Mitochondrion</li></ol>"\t'
        "B) Mitochondrion\t"
        + '"'
        + explanation.replace('"', '""')
        + '"'
        + "\tCell quiz #3\tmedium\tCells\tquiz/atp\tcells\n"
    )
    content = deck_of(tmp_path, {"notes.txt": export})
    notes, said = _build(content, tmp_path / "build")
    quizzes = sorted(
        (note_front(n), plain_text(n["fields"]["Options"]), note_back(n))
        for n in notes
        if n["notetype"] == "deckc Multiple choice"
    )
    everything = " ".join(plain_text(" ".join(n["fields"].values())) for n in notes)
    assert ("Which organelle makes ATP?", "A) Nucleus B) Mitochondrion", "B) Mitochondrion") in quizzes
    assert "Also in Cell quiz" not in everything.replace("Also in notes", ""), everything
    assert "Where is ATP made?" in everything
    assert not any("same question" in s for s in said), said
    if (
        len(quizzes) == 2
    ):  # (kept apart by the duplicate finder: the merged quiz its own card, its labels kept)
        assert ("Where is ATP made?", "α) Nucleus β) Mitochondrion", "β) Mitochondrion") in quizzes


def test_a_deckc_note_filed_under_no_section_is_under_none_when_read_back(tmp_path: Path) -> None:
    """formats list 1: a note deckc filed under no section (an empty Section field) came back filed under the deck's
    name ('Mine'), a section line above its question that the card never had."""
    first = deck_of(
        tmp_path / "a", {"notes.md": "## What is osmosis?\n\nDiffusion of water across a membrane.\n"}
    )
    _build(first, tmp_path / "a" / "build", ("json", "apkg"))
    package = next((tmp_path / "a" / "build").glob("*.apkg"))
    notes, _ = _build(deck_of(tmp_path / "b", {"old.apkg": package}), tmp_path / "b" / "build")
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("What is osmosis?", "Diffusion of water across a membrane.", "")
    ]


def _clozes(notes: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [n["fields"]["Text"] for n in notes if n["notetype"] == "deckc Cloze"]


def test_cloze_lines_among_a_worksheets_q_and_a_pairs_are_cloze_cards(tmp_path: Path) -> None:
    """formats list 2: a plain-text worksheet mixing 'Q:' / 'A:' pairs with Anki cloze lines ('The capital of France
    is {{c1::Paris}}.') was read as one Markdown paragraph: a single cloze card of the whole page; numbered questions
    among cloze lines gave no card at all. Now each cloze line is a cloze card and the pairs are cards as before."""
    qa = (
        "Q: What is the capital of Spain?\nA: Madrid\n\nQ: What is the capital of Italy?\nA: Rome\n\n"
        "The capital of France is {{c1::Paris}}.\n\nQ: The capital of Germany is {{c1::Berlin}}.\n"
    )
    numbered = (
        "1. What is the capital of Spain?\nMadrid\n\n2. What is the capital of Italy?\nRome\n\n"
        "3. The capital of France is {{c1::Paris}}.\n\n4. {{c1::Canberra}} is the capital of {{c2::Australia}}.\n"
    )
    for name, text, more in (
        ("qa.txt", qa, "The capital of Germany is {{c1::Berlin}}."),
        ("numbered.txt", numbered, "{{c1::Canberra}} is the capital of {{c2::Australia}}."),
    ):
        notes, _, said = built_notes(tmp_path / name, {name: text})
        basics = [(note_front(n), note_back(n)) for n in notes if n["notetype"] == "deckc Basic"]
        assert basics == [
            ("What is the capital of Spain?", "Madrid"),
            ("What is the capital of Italy?", "Rome"),
        ], name
        assert _clozes(notes) == ["The capital of France is {{c1::Paris}}.", more], name
        assert not any("outside any" in s for s in said), said


def test_cloze_deletions_typed_by_hand_are_read_as_anki_writes_them(tmp_path: Path) -> None:
    """formats list 2: '{{C1::Tokyo}}' (Anki reads its cloze marks in any case) and '{{ c1::Madrid }}' in a worksheet
    were no deletions: the whole paragraph of cloze lines became one card, '{{C1::Tokyo}}' printed as typed and the
    next line's hint mangled ('Lima&#58;&#58;city'). Each is a deletion now, a card per line."""
    sheet = (
        "The capital of France is {{c1::Paris}}.\nThe capital of Spain is {{ c1::Madrid }}.\n"
        "The capital of Japan is {{C1::Tokyo}}.\nThe capital of Peru is {{c1::Lima::city}}.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"capitals.txt": sheet})
    assert sorted(_clozes(notes)) == [
        "The capital of France is {{c1::Paris}}.",
        "The capital of Japan is {{c1::Tokyo}}.",
        "The capital of Peru is {{c1::Lima::city}}.",
        "The capital of Spain is {{c1::Madrid }}.",
    ]


SLIDES_WARNED = """#set page(width: 25.4cm, height: 14.29cm, margin: 1.5cm)
#set text(size: 20pt)
#let slide(title, body) = { text(size: 30pt, weight: "bold", title); v(0.5em); body; pagebreak(weak: true) }
#slide[Why layers?][
- Each layer solves one problem
- Layers can change independently
]
#slide[What are the four layers?][
+ Link: frames on one network
+ Internet: packets across networks (IP)
]
#slide[Which layer does IP belong to?][
The Internet layer.
]
#slide[Quiz][
What does DNS resolve?
]
#slide[What does TCP add?][
Reliable, ordered delivery.
]
"""


def test_a_slide_decks_warning_names_the_page_and_line_it_is_about(tmp_path: Path) -> None:
    """formats list 3: read with pdf_slides = true, a warning about a slide named the line above it, a line more each
    page (the page break counted as a line of its own where the text's line had it): 'Quiz' on page 4 was said at
    'page 3, line 3'. Now each message names the slide's own page and line; so with pdf_cleanup = false."""
    from conftest import typeset_pdf

    from compiler.build import build

    for cleanup in ("", "pdf_cleanup = false\n"):
        pdf = typeset_pdf(tmp_path / "slides.pdf", SLIDES_WARNED)
        table = f'\n[[source]]\nid = "s"\nfile = "sources/slides.pdf"\ntitle = "Slides"\npdf_slides = true\n{cleanup}'
        content = deck_of(tmp_path / f"deck{len(cleanup)}", {"slides.pdf": pdf}, table)
        result = build(content, content / "build", formats=("json",), now=1_000)
        assert result.compiled is not None
        said = [d.text() for d in result.compiled.diagnostics.items]
        quiz = [
            d
            for d in result.compiled.diagnostics.items
            if "Quiz" in d.message or "only another question" in d.message
        ]
        assert quiz, said
        assert {d.place for d in quiz} <= {"page 4, line 1", "page 4, line 2"}, said
        assert {d.place for d in quiz} & {"page 4, line 1", "page 4, line 2"}, said


def test_a_large_vocabulary_exports_sheet_is_typeset_in_parts_every_word_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """formats list 4: a 30,000-row vocabulary export is one group holding one table, and parts were cut only between
    groups: the whole sheet was one Typst job in the build's own process (~27 s, 2.3 GB kept to the end; a one-word
    edit typeset it all again). A group many times a part is now cut into pieces of a part each (its heading over
    each, the table's rows in order), typeset by the workers as other large sheets are; every word is on the sheet."""
    from io import BytesIO

    from pypdf import PdfReader

    from compiler.build import build
    from compiler.emit import pdf, sheetparts

    table = {"id": "v/x", "rows": [{"t": [{"k": "t", "v": f"w{k}"}], "m": []} for k in range(2050)]}
    parts = sheetparts.split([{"title": "Vocabulary", "entries": [table]}], 1000)
    assert [[(g["title"], [len(e["rows"]) for e in g["entries"]]) for g in part] for part in parts] == [
        [("Vocabulary", [1000])],
        [("Vocabulary", [1000, 50])],  # (a short tail stays with the piece before it)
    ]
    rows = [r["t"][0]["v"] for part in parts for g in part for e in g["entries"] for r in e["rows"]]
    assert rows == [f"w{k}" for k in range(2050)]
    small = [{"title": "A", "entries": [{}] * 5}]
    assert sheetparts.split(small, 4) == [small], "a group up to twice a part stays whole"

    mp = monkeypatch
    mp.setattr(pdf, "PARTS_ABOVE", 50)
    mp.setattr(sheetparts, "PART_NOTES", 40)
    words = "".join(f"wort{k:03d}\tword number {k}\n" for k in range(125))
    content = deck_of(tmp_path, {"vocab.tsv": "Deutsch\tEnglish\n" + words})
    typeset: list[str] = []
    real = sheetparts._typeset
    mp.setattr(sheetparts, "_typeset", lambda jobs, *a: typeset.extend(jobs) or real(jobs, *a))
    build(content, tmp_path / "out", formats=("pdf",), now=1_000)
    assert len(typeset) == 3, "125 rows in parts of 40: three parts (the tail of 5 joins the last)"
    sheet = next((tmp_path / "out").glob("*.pdf"))
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(sheet.read_bytes())).pages)
    found = [text.find(f"wort{k:03d}") for k in range(125)]
    assert all(i >= 0 for i in found) and found == sorted(found), "every word, in order"


MNEMOSYNE = """<?xml version="1.0" encoding="utf-8"?>
<openSM2sync number_of_entries="8">
<log type="10" o_id="tag_1"><name>Deutsch::A1</name></log>
<log type="16" o_id="fact_1"><b>das Haus</b><f>the house</f></log>
<log type="6" o_id="card_1" card_t="1" fact="fact_1" fact_v="1.1" tags="tag_1" gr="2" e="2.5"/>
<log type="16" o_id="fact_2"><f>der Baum</f><p_1>deːɐ̯ baʊ̯m</p_1><m_1>the tree</m_1><n>plural: die Bäume</n></log>
<log type="6" o_id="card_2" card_t="3" fact="fact_2" fact_v="3.1" tags="tag_1"/>
<log type="6" o_id="card_3" card_t="3" fact="fact_2" fact_v="3.2" tags="tag_1"/>
<log type="16" o_id="fact_3"><f>Was ist die Hauptstadt von Österreich?</f><b>Wien</b></log>
<log type="6" o_id="card_4" card_t="1" fact="fact_3" fact_v="1.1" tags="__UNTAGGED__"/>
</openSM2sync>
"""


def test_a_mnemosyne_export_is_a_card_per_fact_with_its_tags(tmp_path: Path) -> None:
    """T27-20 (high): Mnemosyne 2's XML export (the cards.xml of a .cc file: facts '<log …><f>…</f><b>…</b></log>',
    cards '<log … fact=… tags=…/>') gave no card ('none is a question beside an answer'). Each fact is a card now: its
    front and back (a vocabulary fact's meaning, with its pronunciation and notes), its cards' tags (by name), asked
    both ways when a card of it asks the other way; each at its fact's line."""
    notes, skipped, said = built_notes(tmp_path, {"mnemosyne.xml": MNEMOSYNE})
    seen = sorted(
        (
            note_front(n),
            note_back(n),
            n["notetype"],
            sorted(t for t in n["tags"] if not t.startswith("deckc::")),
        )
        for n in notes
    )
    assert seen == [
        ("Was ist die Hauptstadt von Österreich?", "Wien", "deckc Basic", []),
        (
            "der Baum",
            "the tree Pronunciation: deːɐ̯ baʊ̯m Notes: plural: die Bäume",
            "deckc Basic (and reversed)",
            ["Deutsch::A1"],
        ),
        ("the house", "das Haus", "deckc Basic", ["Deutsch::A1"]),
    ]
    lines = {note_front(n): n["items"][0]["line"] for n in notes}
    assert lines == {"the house": 4, "der Baum": 6, "Was ist die Hauptstadt von Österreich?": 9}
    assert not skipped and not any("not read" in s for s in said), said


def test_a_khan_academy_perseus_item_is_a_card_with_its_widgets_answer(tmp_path: Path) -> None:
    """T27-11 (severe): Khan Academy items as Perseus saves them ('[[☃ numeric-input 1]]' in the question's content,
    the answer in its widget) gave no card ('question has no answer'). The numeric widget's correct answer is the back,
    with the hints; a radio widget's choices are the options, the correct one marked; the widget marks are off the
    front, a blank where one stood mid-sentence."""
    import json

    items: list[dict] = [  # type: ignore[type-arg]
        {
            "question": {
                "content": "What is $\\dfrac{3}{4} + \\dfrac{1}{8}$?\n\n[[☃ numeric-input 1]]",
                "images": {},
                "widgets": {
                    "numeric-input 1": {
                        "type": "numeric-input",
                        "options": {
                            "answers": [{"value": 0.875, "status": "correct", "message": ""}],
                            "size": "normal",
                        },
                    }
                },
            },
            "answerArea": {"calculator": False},
            "hints": [
                {"content": "Rewrite $\\dfrac{3}{4}$ with denominator $8$: $\\dfrac{6}{8}$."},
                {"content": "$\\dfrac{6}{8} + \\dfrac{1}{8} = \\dfrac{7}{8}$"},
            ],
        },
        {
            "question": {
                "content": "Which number is prime?\n\n[[☃ radio 1]]",
                "widgets": {
                    "radio 1": {
                        "type": "radio",
                        "options": {
                            "choices": [
                                {"content": "$21$", "correct": False},
                                {"content": "$27$", "correct": False},
                                {"content": "$29$", "correct": True},
                                {"content": "$33$", "correct": False},
                            ]
                        },
                    }
                },
            },
            "hints": [{"content": "$29$ has no divisors other than $1$ and itself."}],
        },
    ]
    items.append(
        {
            "question": {
                "content": "Solve: $x + 2 = 5$, so $x =$ [[☃ input-number 1]] and $2x =$ [[☃ expression 1]].",
                "widgets": {
                    "input-number 1": {"type": "input-number", "options": {"value": 3.0}},
                    "expression 1": {
                        "type": "expression",
                        "options": {"answerForms": [{"value": "6", "considered": "correct"}]},
                    },
                },
            },
            "hints": [],
        }
    )
    notes, skipped, _ = built_notes(tmp_path, {"khan.json": json.dumps(items, ensure_ascii=False)})
    seen = [(note_front(n), plain_text(n["fields"].get("Options", "")), note_back(n)) for n in notes]
    assert seen == [
        (
            "What is \\(\\dfrac{3}{4} + \\dfrac{1}{8}\\)?",
            "",
            "0.875 Rewrite \\(\\dfrac{3}{4}\\) with denominator \\(8\\): \\(\\dfrac{6}{8}\\). \\(\\dfrac{6}{8} + \\dfrac{1}{8} = \\dfrac{7}{8}\\)",
        ),
        ("Which number is prime?", "A) \\(21\\) B) \\(27\\) C) \\(29\\) D) \\(33\\)", "C) \\(29\\)"),
        ("Solve: \\(x + 2 = 5\\), so \\(x =\\) ____ and \\(2x =\\) ____.", "", "3; 6"),
    ]
    assert not skipped


THERMO_TYP = """#set document(title: "Thermodynamics – key terms")
= Thermodynamics – key terms

== Definitions

/ Entropy: A measure of the number of microscopic states; $S = k_B ln Omega$.
/ Enthalpy: $H = U + p V$, the heat exchanged at constant pressure.
/ Adiabatic process: A process with no heat exchange with the surroundings ($Q = 0$).

== Check yourself

+ What does the first law of thermodynamics state?
  - Energy is conserved: $Delta U = Q - W$.
+ In which direction does heat flow spontaneously?
  - From the hotter body to the colder one.
"""


def test_typst_term_lists_and_answers_nested_under_numbered_questions_are_cards(tmp_path: Path) -> None:
    """T27-9 (severe): Typst notes lost their term list ('/ Entropy: …', 3 definitions: text before the first item) and
    glued the second '+' question onto the first's answer (the nested '  - …' answers lost their indentation). Each
    term is a card now, its definition the back, and each '+' question has its own nested answer."""
    notes, _, said = built_notes(tmp_path, {"thermo.typ": THERMO_TYP})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Entropy", "A measure of the number of microscopic states; \\(S = k_B \\ln \\Omega\\)."),
        ("Enthalpy", "\\(H = U + p V\\), the heat exchanged at constant pressure."),
        ("Adiabatic process", "A process with no heat exchange with the surroundings (\\(Q = 0\\))."),
        ("What does the first law of thermodynamics state?", "Energy is conserved: \\(\\Delta U = Q - W\\)."),
        ("In which direction does heat flow spontaneously?", "From the hotter body to the colder one."),
    ]
    assert not any("before its first item" in s or "outside any" in s for s in said), said
    lines = [n["items"][0]["line"] for n in notes]
    assert lines == [6, 7, 8, 12, 14]


TCB_TEX = r"""\documentclass{article}
\usepackage[most]{tcolorbox}
\newtcolorbox{qa}[1]{colback=blue!5,title={#1}}
\begin{document}
\section{Kinematics}

\begin{qa}{Question 1}
A car accelerates uniformly from rest to $20\,\mathrm{m/s}$ in $5\,\mathrm{s}$. What is its acceleration?
\tcblower
$a = \Delta v / \Delta t = 4\,\mathrm{m/s^2}$.
\end{qa}

\begin{qa}{Braking}
How long does it take to stop from $20\,\mathrm{m/s}$ at $4\,\mathrm{m/s^2}$?
\tcblower
$t = v / a = 5\,\mathrm{s}$.
\end{qa}

\begin{tcolorbox}[title=Free fall]
What is $g$ near the Earth's surface?
\tcblower
About $9.81\,\mathrm{m/s^2}$.
\end{tcolorbox}
\end{document}
"""


def test_a_latex_tcolorbox_split_by_tcblower_is_its_question_over_its_answer(tmp_path: Path) -> None:
    """T27-30 (severe): tcolorbox question boxes ('\\begin{qa}{Question 1}' / question / '\\tcblower' / answer) were one
    card 'Kinematics' whose back was the boxes' source, '\\tcblower' and the '{Question 1}' titles raw. Each box is a
    card now: its upper part the front, its lower part the back, its section the section, whatever its title
    ('Question 1', 'Braking', a plain tcolorbox's 'title=')."""
    notes, _, _ = built_notes(tmp_path, {"tcb.tex": TCB_TEX})
    seen = [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes]
    assert seen == [
        (
            "A car accelerates uniformly from rest to \\(20\\,\\mathrm{m/s}\\) in \\(5\\,\\mathrm{s}\\). What is its acceleration?",
            "\\(a = \\Delta v / \\Delta t = 4\\,\\mathrm{m/s^2}\\).",
            "Kinematics",
        ),
        (
            "How long does it take to stop from \\(20\\,\\mathrm{m/s}\\) at \\(4\\,\\mathrm{m/s^2}\\)?",
            "\\(t = v / a = 5\\,\\mathrm{s}\\).",
            "Kinematics",
        ),
        ("What is \\(g\\) near the Earth's surface?", "About \\(9.81\\,\\mathrm{m/s^2}\\).", "Kinematics"),
    ]
    assert not any("tcblower" in " ".join(n["fields"].values()) for n in notes)


PROBSOLN_TEX = r"""\documentclass{article}
\usepackage{probsoln}
\begin{document}
\section{Derivatives}
\begin{defproblem}{deriv1}
Differentiate $f(x) = x^3$.
\begin{onlysolution}
\begin{solution}
$f'(x) = 3x^2$.
\end{solution}
\end{onlysolution}
\end{defproblem}

\newproblem{int1}{Integrate $x^2$.}{
$x^3/3 + C$.}

\begin{enumerate}
\foreachproblem{\item\thisproblem}
\end{enumerate}
\end{document}
"""


def test_latex_probsoln_problems_are_cards_with_their_solutions(tmp_path: Path) -> None:
    """T27-31 (severe): probsoln problems ('\\begin{defproblem}{label}' with its 'onlysolution'/'solution' inside,
    '\\newproblem{label}{problem}{solution}') gave no card ('no line start repeats'). Each is a card now, the problem
    the front, its solution the back; the label and '\\foreachproblem{\\item\\thisproblem}' are no text."""
    notes, _, said = built_notes(tmp_path, {"problems.tex": PROBSOLN_TEX})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("Differentiate \\(f(x) = x^3\\).", "\\(f'(x) = 3x^2\\).", "Derivatives"),
        ("Integrate \\(x^2\\).", "\\(x^3/3 + C\\).", "Derivatives"),
    ]
    everything = " ".join(" ".join(n["fields"].values()) for n in notes) + " ".join(said)
    assert "deriv1" not in everything and "thisproblem" not in everything


SPHINX_GLOSSARY = """Glossary
========

.. glossary::
   :sorted:

   bytecode
      Python source code is compiled into bytecode, the internal representation
      of a Python program in the CPython interpreter.

   GIL
   global interpreter lock
      The mechanism used by the CPython interpreter to assure that only one
      thread executes Python bytecode at a time.

   iterable
      An object capable of returning its members one at a time.
"""


def test_a_sphinx_glossary_with_an_entry_of_two_terms_is_a_card_per_entry(tmp_path: Path) -> None:
    """T27-32 (severe): a Sphinx '.. glossary::' whose entry names two terms over one definition ('GIL' / 'global
    interpreter lock', as CPython's glossary does) was one card 'Glossary' holding every entry. Each entry is a card
    now, its terms the front ('GIL / global interpreter lock'), its definition (over several lines) the back."""
    notes, _, _ = built_notes(tmp_path, {"glossary.rst": SPHINX_GLOSSARY})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "bytecode",
            "Python source code is compiled into bytecode, the internal representation of a Python program in the "
            "CPython interpreter.",
        ),
        (
            "GIL / global interpreter lock",
            "The mechanism used by the CPython interpreter to assure that only one thread executes Python bytecode at a time.",
        ),
        ("iterable", "An object capable of returning its members one at a time."),
    ]


ANKING_TXT = (
    "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:12\n"
    "AnKingOverhaul\tAnKing::Step1::Cardio\tThe most common cause of death after MI (first 24 h) is "
    "{{c1::ventricular arrhythmia::arrhythmia type}}\tVF is most common in the first 24 hours.\t\t\t"
    '<a href="https://www.pathoma.com/">Pathoma</a> Ch. 8\tB&amp;B: MI complications\tFA 2024 p. 312\t\t\t'
    "#AK_Step1_v12::^Systems::Cardio\n"
    "AnKingOverhaul\tAnKing::Step1::Renal\t{{c1::Calcium oxalate}} stones are the most common kidney stones\t"
    "Envelope or dumbbell-shaped crystals.\t\t\t\t\tFA 2024 p. 619\t\t\t#AK_Step1_v12::^Systems::Renal\n"
)


def test_an_anki_text_export_keeps_a_cloze_notes_further_fields_and_its_deck(tmp_path: Path) -> None:
    """T27-50 (medium): Anki's 'Notes in Plain Text' export of a many-field cloze note type (AnKing's: Text, Extra, then
    Lecture Notes, Pathoma, Boards and Beyond, First Aid …) dropped every field after Extra, and its '#deck column'
    ('AnKing::Step1::Cardio') gave no section. The filled fields are on the back now, a paragraph each after the
    extra, and the deck is the section, as an .apkg's deck is."""
    notes, _, _ = built_notes(tmp_path, {"anking.txt": ANKING_TXT})
    seen = [(note_back(n) or plain_text(n["fields"]["Extra"]), n["fields"]["Section"]) for n in notes]
    assert seen == [
        (
            "VF is most common in the first 24 hours. Pathoma Ch. 8 B&B: MI complications FA 2024 p. 312",
            "AnKing › Step1 › Cardio",
        ),
        ("Envelope or dumbbell-shaped crystals. FA 2024 p. 619", "AnKing › Step1 › Renal"),
    ]


def test_a_word_cornell_table_titles_its_columns_and_its_summary_row_is_no_card(tmp_path: Path) -> None:
    """T27-29 (high): a Word Cornell-notes table (header row 'Questions / Cues | Notes' in plain type, cue questions
    beside their notes, a last row merged across both columns 'Summary: …') gave a card 'Questions / Cues' → 'Notes'
    and a card 'Summary'. The first row titles the columns and the spanning row is the page's summary: 3 cards."""
    from test_docx import paragraph, write_docx

    def cell(text: str, span: int = 0) -> str:
        props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
        return f"<w:tc>{props}{paragraph(text)}</w:tc>"

    rows = [
        ("Questions / Cues", "Notes"),
        ("When did the French Revolution begin?", "1789, with the storming of the Bastille (14 July)."),
        ("What were the three Estates?", "First: clergy. Second: nobility. Third: everyone else."),
        ("What was the Reign of Terror?", "1793–94: the Committee of Public Safety executed thousands."),
    ]
    table = "<w:tbl>" + "".join(f"<w:tr>{cell(q)}{cell(a)}</w:tr>" for q, a in rows)
    table += f"<w:tr>{cell('Summary: Financial crisis and inequality led the Third Estate to overthrow the monarchy.', 2)}</w:tr></w:tbl>"
    path = tmp_path / "cornell.docx"
    write_docx(
        path,
        [
            paragraph("Cornell Notes – The French Revolution", "Heading1"),
            paragraph("Name: ______ Date: 12/11"),
            table,
        ],
    )
    notes, _, _ = built_notes(tmp_path / "deck", {"cornell.docx": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [(q, a) for q, a in rows[1:]]


def test_a_word_answer_typed_in_red_at_the_end_of_its_question_paragraph_is_its_answer(
    tmp_path: Path,
) -> None:
    """T27-41 (high): a teacher's copy with each answer typed in red italics at the end of its question's paragraph
    ('2. State Newton's second law. ' + red 'The net force … (F = ma).') lost the question that ends in '.' ('no
    answer') and split the others at their '?'. The red run closing the paragraph is the answer now, whatever the
    question ends with; a red option ('B. …') and a highlighted word inside a sentence are left as they were."""
    from test_docx import paragraph, write_docx

    def red(text: str) -> str:
        return (
            f'<w:r><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
        )

    def asked(question: str, answer: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{question} </w:t></w:r>{red(answer)}</w:p>'

    path = tmp_path / "guide.docx"
    write_docx(
        path,
        [
            paragraph("Physics study guide", "Heading1"),
            asked("1. What is the SI unit of force?", "The newton (N)."),
            asked("2. State Newton's second law.", "The net force equals mass times acceleration (F = ma)."),
            asked("3. What is the acceleration due to gravity near Earth's surface?", "About 9.8 m/s²."),
        ],
    )
    notes, _, said = built_notes(tmp_path / "deck", {"guide.docx": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the SI unit of force?", "The newton (N)."),
        ("State Newton's second law.", "The net force equals mass times acceleration (F = ma)."),
        ("What is the acceleration due to gravity near Earth's surface?", "About 9.8 m/s²."),
    ]
    assert not any("no answer" in s for s in said), said
    from compiler.sources.docx import _marked_answers

    kept = "<p>B. <mark>Amazon S3</mark></p><p>Remember the key term <mark>osmosis</mark></p>"
    assert _marked_answers(kept) == kept


def test_an_nbgrader_notebook_has_no_question_labels_nor_answer_placeholders_on_its_cards(
    tmp_path: Path,
) -> None:
    """T27-7 (medium): an nbgrader source notebook kept 'Question 1.' on the fronts of its statement tasks ('**Question
    1.** Write a function …') and 'YOUR ANSWER HERE' (the student's placeholder) on a back above the mark scheme. The
    label and the placeholder are gone; the solution and the mark scheme are the answers."""
    import json

    def cell(kind: str, text: str, **grading: object) -> dict:  # type: ignore[type-arg]
        made = {"cell_type": kind, "metadata": {"nbgrader": grading} if grading else {}, "source": text}
        return {**made, "outputs": [], "execution_count": None} if kind == "code" else made

    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": [
            cell("markdown", "# Assignment 2: Loops"),
            cell("markdown", "**Question 1.** Write a function `total(xs)` that returns the sum of a list."),
            cell(
                "code",
                "def total(xs):\n    ### BEGIN SOLUTION\n    return sum(xs)\n    ### END SOLUTION",
                solution=True,
                grade=False,
            ),
            cell("code", "assert total([1, 2, 3]) == 6", grade=True, solution=False),
            cell("markdown", "**Question 2.** What does `range(2, 10, 3)` produce?"),
            cell(
                "markdown",
                "YOUR ANSWER HERE\n\n=== BEGIN MARK SCHEME ===\n2, 5, 8\n=== END MARK SCHEME ===",
                solution=True,
                grade=True,
            ),
            cell("markdown", "**Question 3.** Explain the difference between `break` and `continue`."),
            cell(
                "markdown",
                "`break` leaves the loop; `continue` skips to the next iteration.",
                solution=True,
                grade=True,
            ),
        ],
    }
    notes, _, _ = built_notes(tmp_path, {"assignment2.ipynb": json.dumps(notebook)})
    code = note_back(notes[0]).replace(" (", "(")  # (the code's highlighting spans read apart)
    assert code == "def total(xs): return sum(xs)"
    assert note_front(notes[0]) == "Write a function total(xs) that returns the sum of a list."
    assert [
        (note_front(n).replace(" .", "."), note_back(n)) for n in notes[1:]
    ] == [  # (inline code read apart)
        ("What does range(2, 10, 3) produce?", "2, 5, 8"),
        (
            "Explain the difference between break and continue.",
            "break leaves the loop; continue skips to the next iteration.",
        ),
    ]


EXERCISES_RST = """Python basics: exercises
========================

.. exercise:: List comprehension
   :label: ex-listcomp

   Write a list comprehension that produces the squares of 0 to 4.

.. solution:: ex-listcomp
   :class: dropdown

   .. code-block:: python

      [x**2 for x in range(5)]

.. exercise::
   :label: ex-dict

   What does ``dict.get(key, default)`` return when the key is missing?

.. solution:: ex-dict

   It returns ``default`` instead of raising ``KeyError``.
"""


def test_a_titled_sphinx_exercise_is_asked_by_its_title_then_its_task(tmp_path: Path) -> None:
    """T27-5 (medium): a titled sphinx-exercise ('.. exercise:: List comprehension' over 'Write a list comprehension …')
    had the title run on after the task on the front ('<p>Write …</p>List comprehension'). The front reads the title,
    then the task; an untitled exercise is asked by its task as before."""
    notes, _, _ = built_notes(tmp_path, {"exercises.rst": EXERCISES_RST})
    fronts = [note_front(n) for n in notes]
    assert fronts[0] == "List comprehension: Write a list comprehension that produces the squares of 0 to 4."
    assert fronts[1].replace(" (", "(").startswith("What does dict.get(key, default)")
    assert "range" in note_back(notes[0]) and "KeyError" in note_back(notes[1])


GLOSSARY_TYP = """#set page(width: 12cm, height: auto, margin: 1cm)
#set text(size: 10pt)
#text(size: 14pt, weight: "bold")[Glossary]

*abiotic* Non-living chemical and physical parts of the environment, such as sunlight and water.

*allele* One of two or more versions of a gene found at the same place on a chromosome.

*autotroph* An organism that produces its own food from inorganic substances.

*biome* A large community of plants and animals that occupies a distinct region.
"""


def test_a_pdf_glossary_of_bold_run_in_terms_is_a_card_per_term(tmp_path: Path) -> None:
    """T27-36, PDF part (severe): a textbook glossary typeset with each term in bold run into its definition ('abiotic
    Non-living …', no colon or dash) gave no card from the PDF ('cannot tell this document's layout'). A line opening
    with a bold term over plain text starts an entry, so each term is a card, its definition the back."""
    from conftest import typeset_pdf

    pdf = typeset_pdf(tmp_path / "glossary.pdf", GLOSSARY_TYP)
    notes, _, _ = built_notes(tmp_path / "deck", {"glossary.pdf": pdf})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("abiotic", "Non-living chemical and physical parts of the environment, such as sunlight and water."),
        ("allele", "One of two or more versions of a gene found at the same place on a chromosome."),
        ("autotroph", "An organism that produces its own food from inorganic substances."),
        ("biome", "A large community of plants and animals that occupies a distinct region."),
    ]


def test_the_csv_deckc_wrote_read_back_shows_what_its_cards_showed(
    tmp_path: Path, real_model: object
) -> None:
    """formats list 1 (the CSV): deckc's own CSV for Anki's importer (build/<deck>.csv) dropped into sources/ gave
    Basic cards whose fronts glued the options onto the question ('Which organelle makes ATP?α) Nucleus …'), whose
    backs held the level, section and sources box and the 'Also in …' block, filed under the deck's name. Read back
    now as the .apkg is: the quizzes with their labels and key, the explanation, the tags, the merged question again."""
    first = deck_of(tmp_path / "a", {"quiz.md": ROUND_TRIP_QUIZ})
    before, _ = _build(first, tmp_path / "a" / "build", ("json", "csv"))
    exported = next((tmp_path / "a" / "build").glob("*.csv"))
    after, said = _build(deck_of(tmp_path / "b", {"last-month.csv": exported}), tmp_path / "b" / "build")

    def shown(notes: list[dict]) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
        return [(f, o, b, re.sub(r"Also in \S+ ", "", m), ",".join(t)) for f, o, b, m, t, _ in _seen(notes)]

    assert shown(after) == shown(before)
    assert sections(after) == sections(before)
    assert not any("same question" in s for s in said), said
