"""Forty-fifth sitting, finder: findings of trial 45 (real public documents: OpenStax economics and anatomy chapters in
kramdown, the Django, Doom Emacs, Sphinx and Hugo FAQs, numpy-100, math-as-code, the system-design primer, mkdocs-quiz;
docs/trials/trial45.md) fixed: a question written as an HTML div and its answer as the div after it (``<div
data-type="problem">`` / ``<div data-type="solution">``) is a card, a letter answering its options, a question with no
answer's div said as such (T45-1); kramdown's span attributes (``**Economics**{: data-type="term"}``) and block-end
markers (``^``) are no card text (T45-3, T45-8); "can" and "should" questions are two (T45-2); a FAQ answer that asks then
tells is an answer (T45-14); a lesson's objectives are no questions (T45-7); codecogs formulas lose their '&space;'
(T45-9)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.markdown_blocks import exercise_divs, kramdown_attributes

TRIAL = Path(__file__).parent / "data" / "trials" / "trial45"


# --- T45-1: exercises written as HTML divs ------------------------------------------------------------------------------


def test_a_textbook_chapters_exercise_divs_are_cards_with_their_answers(tmp_path: Path) -> None:
    """T45-1 (high): an OpenStax chapter in kramdown writes each exercise as ``<div data-type="exercise">`` around ``<div
    data-type="problem" markdown="1">`` and ``<div data-type="solution" markdown="1">``. Before: the page was one 'note'
    card holding the chapter, its questions and their answers (econ m48591: 2,767 words), or the multiple-choice review
    questions were in no card. Now each self-check question is a card with its answer, each multiple-choice one keyed by
    its solution's letter, and the question with no solution is said as one (file:line), never a card."""
    notes, skipped, said = built_notes(tmp_path, {"trade.md": TRIAL / "t45-1-exercise-divs" / "trade.md"})
    cards = {note_front(n): n for n in notes}
    tailor = next(f for f in cards if f.startswith("A tailor earns $80 an hour"))
    assert note_back(cards[tailor]).startswith("Two hours of tailoring earn $160")
    assert note_back(cards["What does a market let a specialized worker do?"]).startswith("It lets the worker buy the goods")
    assert note_back(cards["Which of these is an example of specialization?"]) == "B) A baker who only bakes and buys everything else"
    pins = next(f for f in cards if f.startswith("The person who first described the division of labor"))
    assert note_back(cards[pins]) == "C) Adam Smith"
    assert cards[pins]["fields"]["Options"].count("<li") == 4
    assert note_back(cards["specialization"]) == "when workers focus on the tasks they are best suited for"
    assert all(s["question"] != "Why People Trade" for s in skipped) and "Why People Trade" not in cards  # (no 'note' of the page)
    unanswered = next(s for s in skipped if s["question"] == "Why would specialization without trade not work?")
    assert unanswered["line"] == 85
    assert any("trade.md:85: warning: question has no answer" in m for m in said)
    assert not any("read as layout 'note'" in m for m in said)


def test_exercise_divs_become_the_question_text_and_an_answer_toggle() -> None:
    """T45-1: the rewrite itself. A question's div lines go blank (its text is the question), the answer's div becomes a
    ``<details>`` toggle titled by its kind, a wrapper around both goes blank, a question with no answer's div gets an
    empty toggle; other divs (``data-type="note"``, ``class="no-quiz"``) and code stay; the lines keep their numbers."""
    text = "\n".join(
        [
            '<div class="no-quiz">',  # 1
            "kept",
            "</div>",
            "",
            '<div data-type="exercise">',  # 5
            '<div data-type="problem" markdown="1">',
            "What is scarcity?",
            "",
            "</div>",
            "<div data-type='solution' markdown='1'>",  # 10
            "Wants exceed supply.",
            "",
            "</div>",
            "</div>",
            "",  # 15
            '<div class="question">',
            "Why trade?",
            "</div>",
            "",
            "```html",  # 20
            '<div class="answer">',
            "```",
        ]
    )
    out = exercise_divs(text).split("\n")
    assert len(out) == len(text.split("\n"))
    assert out[0:3] == ['<div class="no-quiz">', "kept", "</div>"]
    assert out[4:9] == ["", "", "What is scarcity?", "", ""]
    assert out[9] == "<details><summary>Solution</summary>" and out[12] == "</details>" and out[13] == ""
    assert out[15:18] == ["", "Why trade?", "<details><summary>Solution</summary></details>"]
    assert out[20] == '<div class="answer">'  # (code)
    assert exercise_divs("<div>plain</div>") == "<div>plain</div>"


def test_a_mixed_page_keeps_a_self_check_heading_as_the_section_of_its_toggled_questions(tmp_path: Path) -> None:
    """T45-1: on a page whose statement headings are cards (a question heading among them), a ``### Self-Check Questions``
    heading over questions each with its answer's toggle was a card itself: its first question's front began with the
    heading's words ('Self-Check Questions What is scarcity? …') and the first question without an answer was lost under
    'Review Questions'. Now such a heading is the section of its questions."""
    page = "\n".join(
        [
            "# Economics", "", "### Scarcity", "", "Wants exceed what is available.", "", "### Why study economics?", "",
            "It explains the world's problems.", "", "### Markets", "", "Markets let workers buy what they do not make.", "",
            "### Self-Check Questions", "", "What is scarcity? Can you name two causes?", "",
            "<details><summary>Solution</summary>", "Wants exceed supply.", "", "</details>", "",
            "Why does a consultant buy vegetables?", "", "<details><summary>Solution</summary>", "Her time is worth more.", "",
            "</details>", "", "### Review Questions", "", "Give three reasons to study economics.", "",
            "<details><summary>Solution</summary></details>", "", "What is a market?", "", "<details><summary>Solution</summary></details>", "",
        ]
    )  # fmt: skip
    notes, skipped, _said = built_notes(tmp_path, {"econ.md": page})
    cards = {note_front(n): n for n in notes}
    assert note_back(cards["What is scarcity? Can you name two causes?"]) == "Wants exceed supply."
    assert cards["What is scarcity? Can you name two causes?"]["sections"][-1].endswith("Self-Check Questions")
    assert {s["question"] for s in skipped if s["skipped"] == "no answer"} >= {"Give three reasons to study economics.", "What is a market?"}


# --- T45-3, T45-8: kramdown's span attributes and block-end markers ----------------------------------------------------------


def test_kramdown_span_attributes_and_block_end_markers_are_no_card_text() -> None:
    """T45-3 / T45-8: ``**Economics**{: data-type="term"}`` printed its attribute list on the card, a picture's ``{: #fig
    data-title="…"}`` likewise, and the ``^`` that ends a kramdown definition printed at the end of 72 glossary backs."""
    text = '**Economics**{: data-type="term"} is the study of choice.\n![A market](m.jpg "Market"){: #fig1 data-title="Market"}\nterm\n: meaning\n^\n\n```\n^\n{: kept}\n```'
    out = kramdown_attributes(text).split("\n")
    assert out[0] == "**Economics** is the study of choice."
    assert out[1] == '![A market](m.jpg "Market")'
    assert out[4] == ""
    assert out[7:9] == ["^", "{: kept}"]  # (code)


# --- T45-2: "can" and "should" questions ---------------------------------------------------------------------------------


def test_what_one_can_do_and_what_one_should_do_are_two_questions(tmp_path: Path) -> None:
    """T45-2 (high): the Django FAQ asks 'What Python version can I use with Django?' over a table of versions and 'What
    Python version should I use with Django?' over a recommendation; the two were merged automatically at 0.98
    ('differs only in "can" vs "should"'), the recommendation folded under the table. Now the contrast guard keeps them
    two notes (suggested, to check), and 'How can I …?' / 'How should I …?', which both ask for a way, stay to the
    score."""
    from compiler.pairscore import built_in_contrast

    notes, _skipped, _said = built_notes(tmp_path, {"faq-versions.rst": TRIAL / "t45-2-modal-verbs" / "faq-versions.rst"})
    fronts = sorted(note_front(n) for n in notes)
    assert "What Python version can I use with Flask?" in fronts and "What Python version should I use with Flask?" in fronts
    assert not any("1 more answer" in n["fields"].get("Answer", "") for n in notes)
    assert built_in_contrast("Can I use Django with MySQL?", "Should I use Django with MySQL?").startswith("modality")
    assert built_in_contrast("¿Qué versión puedo usar?", "¿Qué versión debo usar?").startswith("modality")
    assert built_in_contrast("How can I update Doom?", "How should I update Doom?") == ""
    assert built_in_contrast("What can cause a deadlock?", "What could cause a deadlock?") == ""


# --- T45-14: a FAQ answer written as diagnostic questions -------------------------------------------------------------------


def test_a_faq_answer_that_asks_then_tells_is_the_answer_not_a_list_of_questions(tmp_path: Path) -> None:
    """T45-14 (medium): the Hugo FAQ answers '## I can't see my content!' with two paragraphs that each ask and then tell
    ('Is your markdown file in draft mode? When testing, run hugo server with -D …'). Before: "'I can't see my
    content!' is over a list of 2 questions and no answers: no card". Now the heading is a card whose back holds both
    paragraphs; a real list of bare questions, or a question followed by a prompt, is still one."""
    notes, skipped, said = built_notes(tmp_path, {"faq.md": TRIAL / "t45-14-rhetorical-answers" / "faq.md"})
    cards = {note_front(n): n for n in notes}
    back = note_back(cards["My page does not show up!"])
    assert back.startswith("Is the page still marked as a draft? While testing, start the preview server with --drafts")
    assert "it is part of that bundle" in back
    assert not skipped and not any("questions and no answers" in m for m in said)
    listed, _skipped2, said2 = built_notes(
        tmp_path / "list",
        {"q.md": "# Practice\n\n## What is a page?\n\nA file under content/.\n\n## Level 1\n\nWhat is a draft?\n\nWhat is a bundle? Explain it with an example of a page.\n"},
    )
    assert [note_front(n) for n in listed] == ["What is a page?"] and any("over a list of 2 questions and no answers" in m for m in said2)


# --- T45-7: a lesson's objectives -------------------------------------------------------------------------------------------


def test_a_lessons_objectives_under_their_lead_line_are_no_questions(tmp_path: Path) -> None:
    """T45-7 (medium): 'By the end of this section, you will be able to:' over '* Interpret production possibilities
    frontier graphs', '* Define comparative advantage' … were five questions without answers ('write the answer below
    the question'). Now the list is the lesson's objectives: no item, said as text in no card."""
    _notes, skipped, said = built_notes(tmp_path, {"trade.md": TRIAL / "t45-1-exercise-divs" / "trade.md"})
    assert not any(s["question"].startswith(("Explain why specialization", "Describe the role")) for s in skipped)
    assert any("trade.md:10: warning: text outside any question is not in any card" in m for m in said)
    assert [s["question"] for s in skipped if s["skipped"] == "no answer"] == ["Why would specialization without trade not work?"]


# --- T45-9: codecogs formulas ----------------------------------------------------------------------------------------------


def test_a_codecogs_formulas_spaces_and_entities_are_read(tmp_path: Path) -> None:
    """T45-9 (low): math-as-code writes formulas as codecogs pictures whose editor encodes a space as '&space;'
    (``svg.latex?a&space;&plus;&space;ib``); the card typeset ``\\(a&space;+&space;ib\\)``. Now ``\\(a + ib\\)``."""
    from compiler.media import formula_image

    assert formula_image("http://latex.codecogs.com/svg.latex?a&space;&plus;&space;ib") == "a + ib"
    assert formula_image("http://latex.codecogs.com/svg.latex?\\sum_{i=1}^{100}&space;i") == "\\sum_{i=1}^{100} i"
    notes, _skipped, _said = built_notes(tmp_path, {"notation.md": TRIAL / "t45-6-codecogs-space" / "notation.md"})
    backs = " ".join(n["fields"]["Answer"] for n in notes)
    assert "&space;" not in backs and "a + ib" in backs


# --- T45-6: a bold label in a list of filled-in blanks ----------------------------------------------------------------------


def test_a_bold_label_before_a_colon_is_no_blank_of_a_filled_in_sentence(tmp_path: Path) -> None:
    """T45-6 (medium): under 'Fill-in-the-blank quizzes', the entries '- **Terminology**: "Turning source code into
    machine code is called [[compilation]]."' were clozes whose first deletion was the label ('{{c1::Terminology}}') and
    whose brackets stayed round the second ('[{{c2::compilation}}]'). Now the label stays text and '[[…]]' is the blank."""
    notes, _skipped, _said = built_notes(tmp_path, {"blanks.md": TRIAL / "t45-8-blank-examples" / "blanks.md"})
    texts = sorted(note_front(n) for n in notes)
    assert 'Terminology: "Turning source code into machine code is called {{c1::compilation}}."' in texts
    assert 'Facts: "CSS stands for {{c1::Cascading Style Sheets}}."' in texts
    assert "The capital of Italy is {{c1::Rome}}." in texts


# --- T45-12: reStructuredText saved as text, told by its layout -------------------------------------------------------------


def test_a_text_file_in_restructuredtext_layout_without_roles_is_read_as_restructuredtext(tmp_path: Path) -> None:
    """T45-12 (low): an FAQ saved as ``.txt`` with no role or directive, its title over- and underlined, a simple table of
    versions and ``#.`` steps, was read as Markdown: the section was '================== FAQ: Compatibility', the table
    raw '====' rows, the steps '#. Install …'. Now its layout tells reStructuredText: the table is a table, the steps a
    numbered list, and the page's title no section line of '='."""
    from compiler.sources.rst import looks_like_rst

    source = TRIAL / "t45-2-modal-verbs" / "faq-versions.txt"
    assert looks_like_rst(source.read_text(encoding="utf-8"))
    assert not looks_like_rst("Notes\n=====\n\nPlain text with an underlined title.\n\n- a list\n")
    notes, _skipped, said = built_notes(tmp_path, {"faq-versions.txt": source})
    cards = {note_front(n): n for n in notes}
    assert "<table>" in cards["What Python version can I use with Flask?"]["fields"]["Answer"]
    assert note_back(cards["How do I get started?"]) == "Install Flask with pip. Walk through the tutorial."
    assert not any("====" in s for n in notes for s in n.get("sections", []))
    assert any("converted to Markdown first" in m for m in said)


# --- T45-13: opposite terms of one glossary ----------------------------------------------------------------------------------


def test_one_root_with_opposite_affixes_and_active_passive_are_contrasts() -> None:
    """T45-13 (low, dedupe): the anatomy glossary's 'endocytosis' / 'exocytosis' (0.44), 'hydrophilic' / 'hydrophobic'
    (0.46), 'active transport' / 'passive transport' (0.46) were suggested as one question. One root with opposite
    affixes (endo-/exo-, intra-/extra-, inter-/intra-, hyper-/hypo-, over-/under-, -philic/-phobic) is a built-in
    contrast, and active / passive a built-in pair of opposites: kept apart, never merged."""
    from compiler.decisions import OPPOSITES
    from compiler.pairscore import built_in_contrast

    assert built_in_contrast("endocytosis", "exocytosis") == "opposite affixes: 'endocytosis' / 'exocytosis'"
    assert built_in_contrast("hydrophilic", "hydrophobic").startswith("opposite affixes")
    assert built_in_contrast("intracellular fluid (ICF)", "extracellular fluid (ECF)").startswith("opposite affixes")
    assert built_in_contrast("What is overfitting?", "What is underfitting?").startswith("opposite affixes")
    assert built_in_contrast("What is dropout?", "What is overfitting?") == ""
    assert built_in_contrast("What is an overview?", "What is an overview of Django?") == ""
    assert any(g.terms == ["active", "passive"] for g in OPPOSITES)
