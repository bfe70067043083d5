"""Fifty-second sitting, finder: findings of trial 52 (real public documents: Google's Python and shell style guides,
devhints cheat sheets, Hugo Book's shortcode pages, Sphinx's FAQ, PEPs, the AsciiDoc docs, Data Carpentry's SQL
lesson, react.dev in Portuguese, React Native's troubleshooting page; docs/trials/trial52.md) fixed: a how-to's steps
over their commands stay its heading's answer (T52-1); a numbered question wrapped before its '?' and an aside is one
question (T52-2); MDX comments after a heading are no text (T52-3); a Hugo toggle titled with a question is its card
(T52-4); link anchors alone under a heading are no text (T52-5); a '?' inside code asks nothing (T52-6); an AsciiDoc
include inside a block is not shown (T52-8); an MDX page's learning objectives are no questions (T52-10)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial52"


# --- T52-1: a how-to's steps are no cheat sheet's captions ----------------------------------------------------------


def test_a_how_to_s_steps_over_their_commands_stay_its_heading_s_answer(tmp_path: Path) -> None:
    """T52-1 (high): React Native's troubleshooting page, '#### Terminating a process on port 8081' over 'Run the
    following command to find the id …:' / a shell fence / 'Then run the following to terminate the process:' / a
    fence / 'On Windows you can find the process …'. Read as a cheat sheet's caption → command pairs, the heading's
    card was gone, the first step said "question has no answer" and the card 'Then run the following … kill -9 <PID>'
    had 'On Windows …' for its back. A section that explains in paragraphs of its own beside its steps is a how-to:
    its heading's card holds the steps in order."""
    notes, skipped, messages = built_notes(tmp_path, {"troubleshooting.md": TRIAL / "howto-steps.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Port already in use", "Freeing the port", "Using another port", "Locking error"], cards
    freeing = cards["Freeing the port"]
    assert freeing.startswith("Run the following command to find the process that listens on the port:"), freeing
    assert freeing.index("lsof -i :8081") < freeing.index("kill -9 <PID>") < freeing.index("On Windows"), freeing
    assert "npm start" in cards["Using another port"], cards
    assert skipped == [] and not any("question has no answer" in m for m in messages), messages


def test_a_caption_opens_its_paragraph(tmp_path: Path) -> None:
    """T52-1: Google's Python style guide wraps 'You can get a list of' / '`pylint`' / 'warnings by doing:' over a
    shell fence; its last line alone was read as a caption: the card 'warnings by doing' → 'pylint --list-msgs', and
    the rule's Decision card cut at 'You can get a list of pylint'. Now the Decision card holds its whole text."""
    notes, _skipped, _messages = built_notes(tmp_path, {"pyguide.md": TRIAL / "style-rule-decision.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["2.1 Lint", "2.1.1 Definition", "2.1.2 Decision"], cards
    decision = cards["2.1.2 Decision"]
    assert "You can get a list of lint checks by doing: lint --list-checks" in decision, decision
    assert decision.endswith("Prefer the short form of the suppression comment to the long one."), decision


# --- T52-2: a numbered question wrapped before its '?' and an aside --------------------------------------------------


def test_a_numbered_question_wrapped_before_its_question_mark_and_aside_is_one_question(tmp_path: Path) -> None:
    """T52-2 (high): a biology course's exercise, '6.  What is the total number of birds counted on sites with codes'
    / '    beginning with C? (don't just identify this sites by eye, …' / '    real world there could be …)', no
    answers. Before: the card '… on sites with codes?' → 'beginning with C? (don't …)' while the page's other questions
    were said unanswered. Now the entry is one question, unanswered like the others: the file adds no card and says
    so once, with its lines."""
    notes, skipped, messages = built_notes(tmp_path, {"list-review.md": TRIAL / "numbered-wrap.md", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [note_front(n) for n in notes]
    said = [m for m in messages if "list-review.md:13:" in m]
    assert said and "none of its 5 questions has an answer (lines 13, 14, 15, 16, 17)" in said[0], messages
    assert not any("beginning with Q?" in note_back(n) for n in notes)
    asked = [s["question"] for s in skipped if s["line"] == 17]
    assert asked and asked[0].startswith("What is the total number of seedlings counted on plots with codes beginning with Q?"), skipped


# --- T52-3: MDX comments after a heading --------------------------------------------------------------------------


def test_an_mdx_heading_id_is_no_text(tmp_path: Path) -> None:
    """T52-3 (medium): react.dev writes a heading's id as an MDX comment, '## Retorno condicional de JSX
    {/*conditionally-returning-jsx*/}'. Before: every front and section ended '{/conditionally-returning-jsx/}'. Now
    the comment is no text; one in a code fence stays code."""
    notes, _skipped, _messages = built_notes(tmp_path, {"conditional.md": TRIAL / "react-heading-ids.md"})
    cards = {note_front(n): n["fields"]["Section"] for n in notes}
    assert list(cards) == ["Retorno condicional de JSX", "Retornando nada com null", "Incluindo JSX condicionalmente"], cards
    assert cards["Retornando nada com null"] == "Retorno condicional de JSX", cards
    page = "# JSX\n\n## Comments {/*comments*/}\n\nWrite a comment in braces:\n\n```js\n<div>{/* a note */}</div>\n```\n"
    notes, _skipped, _messages = built_notes(tmp_path / "code", {"jsx.md": page})
    assert [note_front(n) for n in notes] == ["Comments"] and "/* a note */" in note_back(notes[0]), note_back(notes[0])


# --- T52-5: link anchors alone under a heading -----------------------------------------------------------------------


def test_a_heading_over_link_anchors_and_sub_headings_is_their_section(tmp_path: Path) -> None:
    """T52-5 (medium): Google's shell style guide sets '<a id="s1.1-which-shell-to-use"></a>' over every heading;
    '## Background' over only that anchor and '### Which Shell to Use' was a card skipped "question has no answer"
    (8 such in the shell guide, 3 in the Python guide). Now an empty link target is no text: the heading is the
    section of the cards under it, said nothing."""
    notes, skipped, messages = built_notes(tmp_path, {"shellguide.md": TRIAL / "anchor-headings.md"})
    cards = {note_front(n): n["fields"]["Section"] for n in notes}
    assert cards == {"Which Shell to Use": "Background", "When to use Shell": "Background", "File Extensions": "Shell Files"}, cards
    assert skipped == [] and not any("question has no answer" in m for m in messages), messages


# --- T52-4: a Hugo 'details' shortcode titled with a question -------------------------------------------------------


def test_a_hugo_details_shortcode_titled_with_a_question_is_its_card(tmp_path: Path) -> None:
    """T52-4 (medium): Hugo Book's page on its 'details' shortcode shows '{{% details "What Hugo version is
    required?" %}}' / answer / '{{% /details %}}'. Before: both questions were dropped with their markers, their answers
    glued under 'Details › Syntax' after the escaped example '{{%/* details "Title" [open] */%}}', no message. Now a
    toggle titled with a question is that question's card, as '<details><summary>…?</summary>' is; an escaped
    shortcode in code is shown as Hugo shows it."""
    notes, _skipped, messages = built_notes(tmp_path, {"details.md": TRIAL / "hugo-details.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Which Hugo version does the theme need?": "The theme needs Hugo 0.146 or later.",
        "How do I override a template?": "Put a file with the same name in your project's layouts/ folder: Hugo uses it before the theme's.",
    }, cards
    assert any("details.md:7:" in m and "text outside any question" in m for m in messages), messages
    page = "# Shortcodes\n\n## Details syntax\n\n```tpl\n{{%/* details \"Title\" */%}}\nMarkdown content\n{{%/* /details */%}}\n```\n"
    notes, _skipped, _messages = built_notes(tmp_path / "code", {"syntax.md": page})
    assert '{{% details "Title" %}}' in note_back(notes[0]) and "/*" not in note_back(notes[0]), note_back(notes[0])


# --- T52-6: a '?' inside a code span ----------------------------------------------------------------------------------


def test_a_question_mark_inside_code_asks_nothing(tmp_path: Path) -> None:
    """T52-6 (medium): react.dev's challenges '#### Mostre um ícone para itens incompletos com `? :`' and '#### Mostre
    a importância do item com `&&`'. The operator's '?' made the first a question heading, so the second was "a
    statement heading among question headings" (skipped in the full page, its task and solution in no card). Now the
    words outside the code decide: both challenges are cards alike, the page states its topics."""
    notes, skipped, messages = built_notes(tmp_path, {"ternary.md": TRIAL / "code-question-mark.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Operador ternário ( ? : )", "Mostre um ícone para itens incompletos com ? :", "Mostre a importância do item com &&"], fronts
    assert skipped == [] and not any("states topics in others" in m for m in messages), messages
    asks = "# Operators\n\n## What does `a ?: b` return?\n\nThe first operand unless it is null.\n\n## What is `x?.y`?\n\nA safe call.\n"
    notes, _skipped, _messages = built_notes(tmp_path / "asks", {"ops.md": asks})
    assert [note_front(n) for n in notes] == ["What does a ?: b return?", "What is x?.y ?"], [note_front(n) for n in notes]


# --- T52-8: an AsciiDoc include inside a block ----------------------------------------------------------------------


def test_an_asciidoc_include_inside_a_block_is_not_shown(tmp_path: Path) -> None:
    """T52-8 (low): the AsciiDoc docs show their examples with 'include::example$description.adoc[tag=qa]' inside a
    '----' listing and a '====' example block. Before: the directive was the listing's code and the example's text on
    the card, unsaid. Now it is a directive there too: not followed, said with its line as outside any block."""
    notes, _skipped, messages = built_notes(tmp_path, {"qanda.adoc": TRIAL / "qanda-include.adoc"})
    assert not any("include::" in note_back(n) for n in notes), [note_back(n) for n in notes]
    said = [m.split(": warning:")[0] for m in messages if "is not followed" in m]
    assert said == ["sources/qanda.adoc:10", "sources/qanda.adoc:15"], messages


# --- T52-10: an MDX page's learning objectives ------------------------------------------------------------------------


def test_an_mdx_page_s_learning_objectives_are_no_questions(tmp_path: Path) -> None:
    """T52-10 (low): react.dev opens a page with '<YouWillLearn>' / '* Como renderizar componentes a partir de um array
    usando `map()`' / … / '</YouWillLearn>'. Before: each entry was "question has no answer" ('Como …', 'how to …').
    Now the list of what the page teaches is no text: the page's cards only."""
    notes, skipped, messages = built_notes(tmp_path, {"lists.md": TRIAL / "you-will-learn.md"})
    assert [note_front(n) for n in notes] == ["Renderizando dados de arrays", "Por que o React precisa de keys?"], messages
    assert skipped == [] and not any("question has no answer" in m for m in messages), messages
