"""Fiftieth sitting, fixes: the open findings of trial 49 (docs/trials/trial49.md) and sitting 49's rests."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, plain_text

from compiler.build import build

DATA = Path(__file__).parent / "data" / "sitting50" / "fixes"

# --- T49-4, the Markdown-heading side: a heading question that goes on after its '?' -----------------------------------


def test_a_heading_question_that_goes_on_after_its_mark_keeps_its_order_and_text(tmp_path: Path) -> None:
    """T49-4 (high): '## … with a regular expression? I also want " as \\\\" and \\\\ as \\\\\\\\.' over '**Answer:**' was
    shown with its words after the '?' read again from plain text (backslashes lost; over '#### Answer' also moved
    before the question). The answer is labelled under it, so the whole heading asks, as written; a prompt or the
    asker's own second request after the '?' ('Walk through how …', 'I would like to know …') asks too; words that
    answer ('Shoulder dislocation? Extreme upper-arm activity …', learner3 N10) still open the back, as written."""
    notes, skipped, _ = built_notes(tmp_path, {"faq.md": DATA / "heading-goes-on.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "I need to convert quotes (\\'). How can I do this with a regular expression? I also want \" as \\\" and \\ as \\\\.",
            "Use addslashes.",
        ),
        ("What is A/B testing? Walk through how you would design one for a checkout page.", "Split the traffic."),
        ("Is X fast? I would like to know how it compares with Y\\* in practice.", "It is."),
        ("Shoulder dislocation?", "Extreme upper-arm activity --> musculocutaneous nerve damage here stop it"),
    ]
    assert skipped == []
    heading = "# FAQ\n\n### I need to convert (\\\\'). How can I do this with a regex? I also want \" as \\\\\" please.\n\n#### Answer\n\nUse addslashes.\n"
    notes, _, _ = built_notes(tmp_path / "label", {"faq.md": heading})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("I need to convert (\\'). How can I do this with a regex? I also want \" as \\\" please.", "Use addslashes.")
    ]
    told = "# Notes\n\n## Which escape gives a quote? The sequence \\\\\" inside a `\"…\"` string literal in C\n\n- and more\n"
    notes, _, _ = built_notes(tmp_path / "told", {"notes.md": told})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Which escape gives a quote?", 'The sequence \\" inside a "…" string literal in C and more')]
    assert "<code>" in notes[0]["fields"]["Answer"]


def test_an_rst_heading_that_goes_on_asking_keeps_an_escaped_backslash_and_its_space(tmp_path: Path) -> None:
    """T49-4 in reStructuredText: the same heading as a section title; '\\\\ as' is a backslash and ' as' (the escaped
    space rule took the space after the escaped backslash: 'and \\as')."""
    notes, _, _ = built_notes(tmp_path, {"faq.rst": DATA / "heading-goes-on.rst"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "I need to convert quotes (\\'). How can I do this with a regular expression? I also want \" as \\\" and \\ as \\\\.",
            "Use addslashes.",
        ),
        ("Is X fast? I would like to know how it compares with Y* in practice.", "It is."),
    ]


# --- T49-5 rest: an answer that points to a question of the same file ---------------------------------------------------


def test_an_answer_pointing_to_a_question_of_its_page_shows_that_question_and_its_answer(tmp_path: Path) -> None:
    """T49-5 (medium), its open part: 'See previous question.' or 'See Why won't my task run?.' (Sphinx's label of a
    question on the same page) was the whole back: on its own card, reviewed out of the page's order, it teaches
    nothing. The card now shows the question it points to and that answer ('See “…”:'); the printed sheet says where
    the answer is instead of printing it twice. A pointer that leads nowhere in the file (another page, the next
    question answered by a pointer itself) is still said at its line, grouped."""
    notes, skipped, said = built_notes(tmp_path, {"faq.md": DATA / "pointer-answers.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["How can I make the crawler faster?"] == (
        "See “How do I keep the crawler's memory low?”: Lower the number of concurrent requests."
    )
    assert backs["My task is stuck in PENDING. What can I do?"] == (
        "See “Why won't my task run?”: Check that a worker is running and consuming the task's queue."
    )
    assert backs["Where are the logs?"] == "See the next question."  # (its next question only points elsewhere too)
    assert len(notes) == 7 and skipped == []
    told = [s.split(": warning")[0] for s in said if "only points elsewhere" in s]
    assert told == ["sources/faq.md:19", "sources/faq.md:23", "sources/faq.md:27"]
    result = build(deck_of(tmp_path / "sheet", {"faq.md": DATA / "pointer-answers.md"}), tmp_path / "sheet" / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    sheets = {i.question: [b.text for b in i.sheet] for i in result.compiled.items if i.sheet}
    assert sheets == {
        "How can I make the crawler faster?": ["See “How do I keep the crawler's memory low?”."],
        "My task is stuck in PENDING. What can I do?": ["See “Why won't my task run?”."],
    }


# --- T49-13: a FAQ page's one-line introduction -------------------------------------------------------------------------


def test_a_pages_introduction_about_itself_is_no_text_outside_any_question(tmp_path: Path) -> None:
    """T49-13 (low): 'This part of the documentation answers common questions about Requests.' under the FAQ's title was
    "text outside any question", true but noise a FAQ could only silence with notes = "skip". A paragraph that only
    says what the page is, opening it, is no study text; an opening paragraph that teaches is still said."""
    notes, _, said = built_notes(tmp_path, {"faq.md": DATA / "faq-introduction.md"})
    assert [note_front(n) for n in notes] == ["Encoded Data?", "Custom User-Agents?"]
    assert not any("outside any question" in s for s in said), said
    teaches = (DATA / "faq-introduction.md").read_text(encoding="utf-8").replace(
        "This part of the documentation answers common questions about Requests.", "Requests sends HTTP/1.1 requests."
    )
    _, _, said = built_notes(tmp_path / "teaches", {"faq.md": teaches})
    assert [s.split(": warning")[0] for s in said if "outside any question" in s] == ["sources/faq.md:3"]


# --- T49-11: a VuePress flowchart; T49-9: a site generator's variables ------------------------------------------------


def test_a_vuepress_flowchart_is_said_as_a_diagram_never_its_source(tmp_path: Path) -> None:
    """T49-11 (low): '@flowstart' / 'stage1=>operation: palette.styl' / … / 'stage1->stage2->stage3' / '@flowend' was
    printed on the back as prose. It is a flowchart.js diagram, said as one: its line and its arrows with the nodes'
    labels, a condition's branch in brackets (its direction, 'right', is layout)."""
    notes, _, _ = built_notes(tmp_path, {"faq.md": DATA / "flowchart.md"})
    backs = [note_back(n) for n in notes]
    assert backs == [
        "Later styles win, so index.styl comes last. A simple diagram describing the compilation order as follows: "
        "[diagram: flowchart, 4 lines in the source] palette.styl → default app styles default app styles → index.styl",
        "[diagram: flowchart, 7 lines in the source] Start → Logged in? Logged in? → (yes) Show page Logged in? → (no) Ask to log in",
    ]
    assert not any("@flow" in n["fields"]["Answer"] or "=>" in n["fields"]["Answer"] for n in notes)


def test_a_site_generators_variable_on_a_card_is_said(tmp_path: Path) -> None:
    """T49-9 (low): Kotlin's FAQ says 'The currently released version is %kotlinVersion%, published on
    %kotlinReleaseDate%.': Writerside fills them in when the site is built, deckc cannot. The card keeps the text; the
    build says so once per card at its line, grouped, and what to do. A Windows '%PATH%' in code, '50%' and a
    '{{ … }}' nowhere are no such variable; Jekyll's '{{ site.version }}' is."""
    notes, _, said = built_notes(tmp_path, {"faq.md": DATA / "site-variables.md"})
    assert len(notes) == 3
    told = [s for s in said if "variable of the site's generator" in s]
    assert [s.split(": warning")[0] for s in told] == ["sources/faq.md:3", "sources/faq.md:11"]
    assert "'%kotlinVersion%', '%kotlinReleaseDate%'" in told[0] and "'{{ site.version }}'" in told[1]
    assert all("write its value on the card (an [[override]] in overrides.toml)" in s for s in told)


# --- sitting 49's rest: a Typst macro whose body is code, or with named parameters -------------------------------------


def test_a_typst_macro_with_a_code_body_and_a_default_parameter_writes_its_questions(tmp_path: Path) -> None:
    """Sitting 49 left it: '#let q(n, stem, a, b, c, points: 2) = { set text(…); [#n. #stem (#points points) \\ ];
    grid(…, [a) #a], …); v(6pt) }' (a code block, a named parameter with its default) was not expanded: its calls
    wrote nothing, and the answer key 'heads the answers to numbered questions this document does not hold'. Now the
    code block's content is its body (a style rule and spacing layout), a call's named argument ('points: 3') or the
    default fills its parameter, a string argument is its text: three questions keyed by the table."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.typ": DATA / "code-macro.typ"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the shape of a DNA molecule?", "B) double helix"),
        ("Which base pairs with adenine in DNA?", "B) thymine"),
        ("Who is called the father of genetics?", "B) Gregor Mendel"),
    ]
    assert plain_text(notes[2]["fields"]["Options"]) == "A) Charles Darwin B) Gregor Mendel C) James Watson"
    assert skipped == [] and not any("does not hold" in s for s in said)
