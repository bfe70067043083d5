"""Seventeenth sitting, formats2: saved pages typeset by MathJax 3/4 and 2; Kindle clippings. Fixtures written here in the
formats' shapes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.mathml import mathml_tex
from compiler.sources.html import html_markdown


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[list[dict], list[dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes, skipped items and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], manifest["skipped"], [d.text() for d in result.compiled.diagnostics.items]


def _mjx(glyphs: str, mathml: str, display: bool = False) -> str:
    """One formula as MathJax 3's CHTML output writes it: glyphs without text, and the assistive MathML."""
    shown = ' display="true"' if display else ""
    block = "block" if display else "inline"
    return (
        f'<mjx-container class="MathJax" jax="CHTML"{shown} style="font-size: 119.5%;"><mjx-math class="MJX-TEX" '
        f'aria-hidden="true">{glyphs}</mjx-math><mjx-assistive-mml unselectable="on" display="{block}">'
        f'<math xmlns="http://www.w3.org/1998/Math/MathML" display="{block}">{mathml}</math></mjx-assistive-mml></mjx-container>'
    )


X2 = '<mjx-msup><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D465 TEX-I"></mjx-c></mjx-mi><mjx-script><mjx-mn class="mjx-n" size="s"><mjx-c class="mjx-c32"></mjx-c></mjx-mn></mjx-script></mjx-msup>'
MATHJAX3_PAGE = f"""<!DOCTYPE html><html><head><title>Calculus</title></head><body><main>
<h2>Derivatives</h2>
<p><strong>Q1.</strong> What is the derivative of {_mjx(X2, "<msup><mi>x</mi><mn>2</mn></msup>")}?</p>
<p><strong>Answer:</strong> {_mjx("", "<mn>2</mn><mi>x</mi>")}</p>
<p><strong>Q2.</strong> State the quotient rule.</p>
{_mjx("<mjx-mfrac></mjx-mfrac>", "<msup><mrow><mo>(</mo><mfrac><mi>f</mi><mi>g</mi></mfrac><mo>)</mo></mrow><mo>′</mo></msup><mo>=</mo><mfrac><mrow><msup><mi>f</mi><mo>′</mo></msup><mi>g</mi><mo>−</mo><mi>f</mi><msup><mi>g</mi><mo>′</mo></msup></mrow><msup><mi>g</mi><mn>2</mn></msup></mfrac>", display=True)}
<p><strong>Q3.</strong> Which is the integral of {_mjx("", "<mfrac><mn>1</mn><mi>x</mi></mfrac>")}?</p>
<ol type="a"><li>{_mjx("", "<mo>−</mo><msup><mi>x</mi><mrow><mo>−</mo><mn>2</mn></mrow></msup>")}</li>
<li>{_mjx("", "<mi>ln</mi><mo>&#x2061;</mo><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>+</mo><mi>C</mi>")}</li>
<li>{_mjx("", "<msup><mi>e</mi><mi>x</mi></msup>")}</li></ol>
<p>Answer: b</p>
</main></body></html>"""


def test_mathjax3_formulas_are_read_from_their_assistive_mathml(tmp_path: Path) -> None:
    """trial17 T17-42: a page MathJax 3 typeset lost its formulas (CHTML glyphs have no text) or read as glyph
    soup from the assistive MathML ('(fg)′=f′g−fg′g2'); now each formula is TeX, display maths displayed,
    and a multiple-choice question whose options are formulas is keyed."""
    notes, skipped, _ = _built(tmp_path, {"calculus.html": MATHJAX3_PAGE})
    by = {n["items"][0]["number"]: n["fields"] for n in notes}
    assert len(notes) == 3 and not skipped
    assert "\\({x}^{2}\\)" in by["1"]["Question"] and by["1"]["Answer"] == "<p>\\(2x\\)</p>"
    assert by["2"]["Answer"] == "<p>\\[{(\\frac{f}{g})}^{′}=\\frac{{f}^{′}g−f{g}^{′}}{{g}^{2}}\\]</p>"
    assert "\\(\\frac{1}{x}\\)" in by["3"]["Question"]
    assert by["3"]["Correct"] == "B) \\(\\ln |x|+C\\)"


MATHJAX2_PAGE = """<html><body><article>
<p><b>Q1.</b> What is the kinetic energy of a mass <span class="MathJax_Preview" style="display: none;"></span><span class="MathJax" id="MathJax-Element-1-Frame" role="presentation"><nobr aria-hidden="true"><span class="math"><span class="mi">m</span></span></nobr><span class="MJX_Assistive_MathML"><math><mi>m</mi></math></span></span><script type="math/tex" id="MathJax-Element-1">m</script>?</p>
<p><b>Answer:</b></p>
<span class="MathJax_Preview"></span><div class="MathJax_Display"><span class="MathJax" id="MathJax-Element-3-Frame"><nobr><span class="math">E=12mv2</span></nobr></span></div><script type="math/tex; mode=display" id="MathJax-Element-3">E_k = \\frac{1}{2} m v^2</script>
<p><b>Q2.</b> How many points <span id="MathJax-Element-4-Frame" class="mjx-chtml MathJax_CHTML"><span class="mjx-char">N</span></span><script type="math/mml" id="MathJax-Element-4"><math display="inline"><mi>N</mi></math></script> lie on a line?</p>
<p><b>Answer:</b> infinitely many</p>
<p><b>Q3.</b> Free-fall acceleration (no scripts saved)?</p>
<p><b>Answer:</b> <span class="MathJax" id="MathJax-Element-9-Frame" data-mathml="&lt;math&gt;&lt;mi&gt;g&lt;/mi&gt;&lt;mo&gt;&amp;#x2248;&lt;/mo&gt;&lt;mn&gt;9.8&lt;/mn&gt;&lt;/math&gt;"><nobr>g≈9.8</nobr></span></p>
</article></body></html>"""


def test_mathjax2_frames_give_way_to_their_scripts() -> None:
    """trial17 T17-42: MathJax 2's typeset frame beside its script read twice ('mm\\(m\\)', 'E=12mv2' above the
    display formula); a math/mml script was left out; a frame saved without its script keeps its MathML."""
    text = html_markdown(MATHJAX2_PAGE, "p.html").text
    assert "mass \\(m\\)?" in text and "mm" not in text and "E=12" not in text
    assert "\\[E_k = \\frac{1}{2} m v^2\\]" in text
    assert "points \\(N\\) lie" in text and "\\(g≈9.8\\)" in text


def test_mathjax3_glyphs_without_assistive_mathml_and_data_latex() -> None:
    """A container with no assistive MathML is read from its glyphs (CHTML classes, SVG data-c), structure kept;
    MathJax 4's data-latex wins."""
    frac = (
        '<mjx-mfrac><mjx-frac><mjx-num><mjx-nstrut></mjx-nstrut><mjx-mi class="mjx-n"><mjx-c class="mjx-c6D"></mjx-c>'
        '</mjx-mi></mjx-num><mjx-dbox><mjx-dtable><mjx-line></mjx-line><mjx-row><mjx-den><mjx-dstrut></mjx-dstrut>'
        f'{X2}</mjx-den></mjx-row></mjx-dtable></mjx-dbox></mjx-frac></mjx-mfrac>'
    )
    svg = (
        '<mjx-container class="MathJax" jax="SVG"><svg><g data-mml-node="math"><g data-mml-node="msqrt"><g>'
        '<g data-mml-node="msup"><g data-mml-node="mi"><path data-c="1D465"></path></g><g data-mml-node="mn">'
        '<path data-c="32"></path></g></g></g><g data-mml-node="mo"><path data-c="221A"></path></g></g></g></svg></mjx-container>'
    )
    page = (
        f'<p>A <mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX">{frac}</mjx-math></mjx-container></p>'
        f"<p>B {svg}</p>"
        '<p>C <mjx-container class="MathJax" jax="CHTML" data-latex="|x|"><mjx-math><mjx-mo><mjx-c class="mjx-c7C">'
        "</mjx-c></mjx-mo></mjx-math></mjx-container></p>"
    )
    text = html_markdown(page, "p.html").text
    assert "A \\(\\frac{m}{{x}^{2}}\\)" in text and "B \\(\\sqrt{{x}^{2}}\\)" in text and "C \\(|x|\\)" in text


def test_mathml_function_names_and_invisible_operators() -> None:
    assert mathml_tex("<math><mi>sin</mi><mo>&#x2061;</mo><mi>θ</mi></math>") == "\\sin θ"
    assert mathml_tex("<math><mi>ab</mi></math>") == "ab"


def _clipping(title: str, meta: str, text: str) -> str:
    return f"\ufeff{title}\r\n- {meta}\r\n\r\n{text}\r\n==========\r\n"


CLIPPINGS = "".join(
    [
        _clipping("The Pragmatic Programmer (Thomas, David)", "Your Bookmark on page 153 | location 1795 | Added on Monday, 1 May 2023 18:26:53", ""),
        _clipping("The Pragmatic Programmer (Thomas, David)", "Your Highlight on page 162 | location 1880-1881 | Added on Monday, 1 May 2023 19:56:58", "Every time you find yourself doing something repetitive, think of a better way."),
        _clipping("Thinking, Fast and Slow (Kahneman, Daniel)", "Your Highlight on page 20 | Location 290-291 | Added on Tuesday, 2 May 2023 08:10:11", "Frequent repetition makes people believe falsehoods."),
        _clipping("The Pragmatic Programmer (Thomas, David)", "Your Highlight on page 162 | location 1880-1882 | Added on Monday, 1 May 2023 19:58:02", "Every time you find yourself doing something repetitive, think of a better way. Then find it."),
        _clipping("The Pragmatic Programmer (Thomas, David)", "Your Note on page 162 | location 1882 | Added on Monday, 1 May 2023 19:58:40", "What habit saves you from repetitive work?"),
        _clipping("Thinking, Fast and Slow (Kahneman, Daniel)", "Your Highlight on page 20 | Location 290-291 | Added on Tuesday, 2 May 2023 08:10:11", "Frequent repetition makes people believe falsehoods."),
        _clipping("Thinking, Fast and Slow (Kahneman, Daniel)", "Your Note on page 20 | Location 291 | Added on Tuesday, 2 May 2023 08:11:00", "mere exposure effect"),
        _clipping("Thinking, Fast and Slow (Kahneman, Daniel)", "Your Note on page 50 | Location 700 | Added on Tuesday, 2 May 2023 09:30:00", "Compare with Stanovich"),
        _clipping("西游记 (吴承恩)", "您在第 12 页（位置 #345-347）的标注 | 添加于 2016年6月16日星期四 下午1:47:27", "悟空是一只石猴。"),
    ]
)


def test_kindle_clippings_are_a_card_per_highlight(tmp_path: Path) -> None:
    """trial17 T17-17: a Kindle's 'My Clippings.txt' read as Markdown glued each highlight to the next entry's
    title and metadata line (the answer of the wrong book), kept an edited highlight twice and made a note its own
    card. Now: a card per highlight under its book, where it is from on the back with its note; a note that asks
    is the front; the edited highlight once; a note at no highlight said at its line; bookmarks left out."""
    notes, skipped, said = _built(tmp_path, {"My Clippings.txt": CLIPPINGS})
    cards = {n["fields"]["Question"]: n["fields"] for n in notes}
    assert len(notes) == 3 and not skipped, list(cards)
    asked = cards["What habit saves you from repetitive work?"]
    assert asked["Section"] == "The Pragmatic Programmer"
    assert asked["Answer"].startswith("<p>Every time you find yourself doing something repetitive, think of a better way. Then find it.</p>")
    assert "<em>The Pragmatic Programmer</em> (Thomas, David), page 162, location 1880–1882" in asked["Answer"]
    plain = cards["Frequent repetition makes people believe falsehoods."]
    assert "page 20, location 290–291" in plain["Answer"] and "<strong>Note:</strong> mere exposure effect" in plain["Answer"]
    assert "page 12, location 345–347" in cards["悟空是一只石猴。"]["Answer"]
    assert not any("Bookmark" in n["fields"]["Answer"] or "Added on" in n["fields"]["Answer"] for n in notes)
    assert any(":39: warning: a Kindle note at no highlight" in s and "location 700" in s for s in said), said


GIFT_EMBEDDED = """::U5 passive forms::
// CLOZE
Complete the email with the correct form of the verbs in brackets.

Dear Julia,
You'll never guess what {1:SA:=has happened} (happen)! Our car {1:SA:=has been stolen} (steal)!
He {1:SA:=didn't notice~=did not notice} (not notice) anything. It cost {2:NUMERICAL:=300:10} pounds,
and it was {1:MC:green~=red~blue}.

::U5 intro::Rewrite each sentence using the word given.

::U5 1::The chef gave him the recipe. (WAS) He {=was given the recipe by} the chef.
"""


def test_gift_with_moodle_embedded_answers_is_one_cloze_of_every_gap(tmp_path: Path) -> None:
    """trial18 T18-21: a GIFT question holding Moodle's embedded answers ({1:SA:=has happened} in each gap of a
    letter) asked only the first gap and printed the other answers, raw, on the front; its instruction, a
    paragraph apart under the title, was a 'description' warning. Now one cloze note, a deletion per gap
    (alternatives accepted, a number's tolerance, a choice's options as the hint), its instruction the section;
    a titled description before a titled question is still said."""
    notes, skipped, said = _built(tmp_path, {"passive.gift": GIFT_EMBEDDED})
    assert len(notes) == 2 and not skipped, notes
    cloze = notes[0]["fields"]
    assert notes[0]["notetype"] == "deckc Cloze" and notes[0]["items"][0]["line"] == 1
    assert cloze["Section"] == "Complete the email with the correct form of the verbs in brackets."
    text = cloze["Text"]
    assert text.startswith("Dear Julia, You'll never guess what {{c1::has happened}} (happen)! Our car {{c2::has been stolen}}")
    assert "{{c3::didn't notice / did not notice}}" in text and "{{c4::300 (± 10)}}" in text
    assert "{{c5::red::green / red / blue}}" in text and ":SA:" not in text
    assert notes[1]["fields"]["Question"] == "The chef gave him the recipe. (WAS) He _____ the chef."
    assert any(":10: warning: GIFT question not read: no answer block" in s for s in said), said


ROADMAP_PAGE = """---
title: 'Data Analyst Interview Questions'
questions:
  - question: What does a data analyst do?
    answer: analyst-role.md
    topics:
      - 'Beginner'
  - question: How would you approach cleaning data?
    answer: data-cleaning.md
    topics:
      - 'Beginner'
  - question: What is a pivot table?
    answer: pivot-table.md
---

Preparing for an interview can be nerve-wracking.
"""


def test_front_matter_answers_named_by_file_are_read_with_their_page(tmp_path: Path) -> None:
    """trial18 T18-20: roadmap.sh question groups ('answer: data-cleaning.md', the answers in content/) showed the FILE
    NAME as the answer (read.py never gave the bank the page's folder) and the answer files were cards of their own
    (one split into 5 'delimited' pairs). Now each answer is its file's text, at the question's own line, the files
    are no cards of their own, and an answer naming a file that is not there is said."""
    notes, skipped, said = _built(
        tmp_path,
        {
            "rm/data-analyst.md": ROADMAP_PAGE,
            "rm/content/analyst-role.md": "A data analyst collects, processes and interprets data.\n",
            "rm/content/data-cleaning.md": "Several steps:\n\n1. **Identify missing data**: scan for nulls.\n2. **Verify**: run checks.\n",
        },
    )
    by = {n["fields"]["Question"]: n for n in notes}
    assert len(notes) == 3 and not skipped, list(by)
    role = by["What does a data analyst do?"]
    assert role["fields"]["Answer"] == "<p>A data analyst collects, processes and interprets data.</p>" and role["items"][0]["line"] == 4
    cleaning = by["How would you approach cleaning data?"]
    assert "<strong>Identify missing data</strong>: scan for nulls." in cleaning["fields"]["Answer"] and cleaning["items"][0]["line"] == 8
    assert by["What is a pivot table?"]["fields"]["Answer"] == "<p>pivot-table.md</p>"
    assert any(":13: warning: the answer names a file, pivot-table.md" in s for s in said), said
    assert not any("content/" in s and "not listed" in s for s in said), said


APY_NOTES = """model: Basic
tags: biology

# Note
model: Cloze
tags: geo

## Text

{{c1::Canberra}} was {{c2::founded}} in 1913.

Or {{c3::Sydney}}, some thought.

## Back Extra
The capital since 1913.

# Note
tags: cells, marked

## Front
What is the powerhouse of the cell?

## Back
The mitochondrion.

# MyModel note
model: MyModel

## FieldOne
Osmosis

## FieldTwo
Water crossing a membrane.

## FieldThree
See chapter 2.
"""


def test_apy_note_files_are_a_note_per_heading(tmp_path: Path) -> None:
    """trial18 T18-17: apy's Markdown notes ('# Note' / 'model:' / 'tags:' / '## Front' / '## Back') gave junk cards
    ('Basic note' → 'model: Basic'), a Cloze note split in two (one skipped) and lost its Back Extra and tags. Now each
    '# …' heading is one note: a Cloze model's text one cloze note (its paragraphs one text) with its extra, any other
    a Basic card of its front and the other fields, tagged from 'tags:' (its own or the file's)."""
    notes, skipped, said = _built(tmp_path, {"apy.md": APY_NOTES})
    assert len(notes) == 3 and not skipped, [n["fields"] for n in notes]
    cloze = next(n for n in notes if n["notetype"] == "deckc Cloze")
    assert cloze["fields"]["Text"] == "{{c1::Canberra}} was {{c2::founded}} in 1913. Or {{c3::Sydney}}, some thought."
    assert cloze["fields"]["Extra"] == "<p>The capital since 1913.</p>" and cloze["items"][0]["line"] == 10
    basic = next(n for n in notes if n["fields"].get("Question") == "What is the powerhouse of the cell?")
    assert basic["fields"]["Answer"] == "<p>The mitochondrion.</p>" and basic["items"][0]["line"] == 21
    assert {"cells", "marked"} <= set(basic["tags"]) and "biology" not in basic["tags"]
    other = next(n for n in notes if n["fields"].get("Question") == "Osmosis")
    assert other["fields"]["Answer"] == "<p>Water crossing a membrane.</p><p><em>FieldThree:</em></p><p>See chapter 2.</p>"
    assert "biology" in other["tags"]
    assert not any("model:" in str(n["fields"]) for n in notes) and not any("outside any question" in s for s in said), said


THEOREM_NOTES = r"""\documentclass{article}
\newtheorem{dfn}{Definition}
\newtheorem{theorem}{Theorem}
\newtcbtheorem[number within=section]{obsv}{Observation}{}{obs}
\begin{document}
\section{Groups}
\begin{dfn}[Group]
A group is a set with an associative operation, an identity and inverses.
\end{dfn}

\begin{theorem}[Lagrange]
The order of a subgroup divides the order of the group.
\end{theorem}

\begin{crl}[Prime order]{crl:prime}{1.2.1}
A group of prime order is cyclic.
\end{crl}

\begin{obsv}{Trivial group}{triv}
The trivial group has one element.
\end{obsv}

\begin{ppn}[]{prop:thirty}{}
A group of order 30 has a normal subgroup of order 15.
\end{ppn}
\end{document}
"""


def test_latex_theorems_under_the_documents_own_names(tmp_path: Path) -> None:
    """trial18 T18-18: '\newtheorem{dfn}{Definition}' / '\begin{dfn}[Group]' was no card (its text joined the section's),
    tcolorbox boxes printed '[Group]{dfn:group}{1.1.1}' on the back. Now a declared, short or boxed name is read as the
    theorem it names, its label and number arguments never text."""
    notes, skipped, _ = _built(tmp_path, {"groups.tex": THEOREM_NOTES})
    by = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert set(by) == {
        "Definition (Group)", "Theorem (Lagrange)", "Corollary (Prime order)", "Observation (Trivial group)", "Proposition: Groups",
    }, by  # fmt: skip
    assert by["Definition (Group)"] == "<p>A group is a set with an associative operation, an identity and inverses.</p>"
    assert by["Theorem (Lagrange)"] == "<p>The order of a subgroup divides the order of the group.</p>"
    assert by["Corollary (Prime order)"] == "<p>A group of prime order is cyclic.</p>"
    assert "{" not in "".join(by.values()) and not skipped


PROOFS = r"""\documentclass{article}
\begin{document}
\section{Groups}
\begin{theorem}[Lagrange]
The order of a subgroup divides the order of the group.
\end{theorem}
\begin{proof}
Cosets partition the group and all have the same size.
\end{proof}

\begin{lem}
Every subgroup of a cyclic group is cyclic.
\end{lem}

\begin{proof}
Take the least positive power in it.
\end{proof}

Some remark in between.

\begin{proof}
A proof of the remark.
\end{proof}
\end{document}
"""


def test_a_proof_right_after_its_theorem_is_that_cards_back(tmp_path: Path) -> None:
    """trial18 T18-19: a proof right after the theorem it proves was a card of its own fronted 'Proof: <section>'
    (several in one section the same front). Now it goes on the statement's back under 'Proof.'; a proof after other
    text stays a card of its own."""
    notes, skipped, _ = _built(tmp_path, {"proofs.tex": PROOFS})
    by = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert by["Theorem (Lagrange)"] == (
        "<p>The order of a subgroup divides the order of the group.</p><p><strong>Proof.</strong></p>"
        "<p>Cosets partition the group and all have the same size.</p>"
    )
    assert "<p>Every subgroup of a cyclic group is cyclic.</p><p><strong>Proof.</strong></p><p>Take the least positive power in it.</p>" in by["Lemma: Groups"]
    assert [q for q in by if q.startswith("Proof")] == ["Proof: Groups"] and "A proof of the remark." in by["Proof: Groups"]
    assert not skipped


SWIRL = """- Class: meta
  Course: R Programming
  Lesson: Vectors

- Class: text
  Output: The simplest and most common data structure in R is the vector.

- Class: cmd_question
  Output: Create a variable called tf that gets the result of num_vect < 1.
  CorrectAnswer: tf <- num_vect < 1
  AnswerTests: omnitest(correctExpr='tf <- num_vect < 1')
  Hint: Use tf <- num_vect < 1.

- Class: mult_question
  Output: What do you think tf will look like?
  CorrectAnswer: a vector of 4 logical values
  AnswerChoices: a vector of 4 logical values; a single logical value
  AnswerTests: omnitest(correctVal='a vector of 4 logical values')
  Hint: Remember vector arithmetic?
"""
SWIRL_TABLE = """
[[source]]
id = "vectors"
file = "sources/vectors.yaml"
title = "swirl Vectors"
[source.bank]
question = "Output"
answer = "CorrectAnswer"
options = "AnswerChoices"
explanation = "Hint"
"""


def test_a_bank_table_naming_the_answer_leaves_other_keys_off_the_card(tmp_path: Path) -> None:
    """trial18 T18-14: following the [source.bank] advice on a swirl lesson, narration records became cards backed
    'Class: text', every back ended 'Class: … AnswerTests: omnitest(…)', and ';'-joined choices were one Basic back.
    Now the keys the table does not name stay off, a record without an answer is said as such, the choices split."""
    notes, skipped, _ = _built(tmp_path, {"vectors.yaml": SWIRL}, SWIRL_TABLE)
    by = {n["fields"]["Question"]: n for n in notes}
    assert len(notes) == 2, list(by)
    made = by["Create a variable called tf that gets the result of num_vect &lt; 1."]["fields"]
    assert made["Answer"] == "<p>tf &lt;- num_vect &lt; 1</p><p>Use tf &lt;- num_vect &lt; 1.</p>"
    choice = by["What do you think tf will look like?"]
    assert choice["notetype"] == "deckc Multiple choice" and choice["fields"]["Correct"] == "A) a vector of 4 logical values"
    assert "Class" not in str(choice["fields"]) and "omnitest" not in str(choice["fields"])
    assert [s["line"] for s in skipped] == [5]
