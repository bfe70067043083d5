"""Sitting 47, lead: a new user's pages read card by card."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

CHECKLIST = (
    "# Pharmacology checklist\n\n"
    "- [x] What does ACE stand for?{sep}Angiotensin-converting enzyme\n"
    "- [x] First-line drug for anaphylaxis?{sep}Adrenaline (epinephrine), IM\n"
    "- [ ] Antidote for paracetamol overdose?{sep}N-acetylcysteine\n"
    "- [ ] Which drug class ends in -olol?{sep}Beta blockers\n"
)


@pytest.mark.parametrize("sep", [" — ", ": ", " "], ids=["dash", "colon", "space"])
def test_a_ticked_checklist_of_questions_is_a_card_per_question(tmp_path: Path, sep: str) -> None:
    """A learner's checklist of questions answered on their lines, ticked as learnt ('- [x] …? — …'), was one card of
    the page's title holding every question: the task boxes read as options. Ticks on entries that each ask and
    answer are no key: the list reads as the same list unticked does."""
    notes, skipped, said = built_notes(tmp_path, {"pharma.md": CHECKLIST.format(sep=sep)})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What does ACE stand for?": "Angiotensin-converting enzyme",
        "First-line drug for anaphylaxis?": "Adrenaline (epinephrine), IM",
        "Antidote for paracetamol overdose?": "N-acetylcysteine",
        "Which drug class ends in -olol?": "Beta blockers",
    }
    assert skipped == []
    assert not [m for m in said if "not in any card" in m or "no answer" in m]


def test_task_boxes_under_a_question_are_still_its_options(tmp_path: Path) -> None:
    """Options ticked under their question stay a multiple-choice key: the checklist rule takes only entries that
    ask and answer on their own line."""
    page = (
        "# Quiz\n\n## Which drug reverses opioid overdose?\n\n- [ ] Flumazenil\n- [x] Naloxone\n- [ ] Atropine\n\n"
        "## Which vitamin is given with isoniazid?\n\n- [x] Pyridoxine (B6)\n- [ ] Thiamine (B1)\n- [ ] Folate\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"Which drug reverses opioid overdose?": "B) Naloxone", "Which vitamin is given with isoniazid?": "A) Pyridoxine (B6)"}


@pytest.mark.parametrize("between", ["---", "***", "==="], ids=["dashes", "stars", "equals"])
def test_cards_apart_by_rules_with_a_rule_between_front_and_back(tmp_path: Path, between: str) -> None:
    """'Q?' / '---' / 'A' / '---' / 'Q?' / … (a rule between front and back and another between cards): the second
    and third questions were 'no answer' and their answers 'text outside any question' (read as a list of questions
    nobody answers after a rule); a '===' divider was printed at the end of each back."""
    page = "\n\n".join(
        ["What is the half-life of caffeine?", "---", "About 5 hours in healthy adults.", between,
         "Which enzyme breaks down caffeine?", "---", "CYP1A2 in the liver.", between,
         "Is caffeine an adenosine agonist or antagonist?", "---", "An antagonist: it blocks adenosine receptors."]
    )  # fmt: skip
    notes, skipped, said = built_notes(tmp_path, {"caffeine.md": page + "\n"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the half-life of caffeine?": "About 5 hours in healthy adults.",
        "Which enzyme breaks down caffeine?": "CYP1A2 in the liver.",
        "Is caffeine an adenosine agonist or antagonist?": "An antagonist: it blocks adenosine receptors.",
    }
    assert skipped == []
    assert not [m for m in said if "not in any card" in m or "no answer" in m]


def test_a_setext_underline_of_equals_is_still_a_heading(tmp_path: Path) -> None:
    """Only an '===' line after a blank line is a divider: right under its text it underlines a heading."""
    page = "Caffeine\n========\n\n## Which enzyme breaks down caffeine?\n\nCYP1A2 in the liver.\n"
    notes, _, _ = built_notes(tmp_path, {"caffeine.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Which enzyme breaks down caffeine?", "CYP1A2 in the liver.")]


TRUE_FALSE = (
    "# Astronomy: true or false\n\n"
    "{m} The Sun is a main-sequence star. (True)\n"
    "{m} Venus is the closest planet to the Sun. (False — Mercury is.)\n"
    "{m} A light-year measures time. (False: it is a distance.)\n"
    "{m} Jupiter is the most massive planet. (True)\n"
)


@pytest.mark.parametrize("mark", ["-", "1."], ids=["bullets", "numbered"])
def test_a_bracketed_verdict_keeps_its_correction(tmp_path: Path, mark: str) -> None:
    """'(False — Mercury is.)': the verdict, then the correction a teacher writes after it in the same brackets. The
    statement was 'no answer' (numbered) or the page one card (bulleted); '(False: it is a distance.)' was split at its
    colon, the statement and verdict on the front."""
    page = TRUE_FALSE.replace("{m}", mark) if mark == "-" else "".join(
        line.replace("{m}", f"{k}.") for k, line in enumerate(TRUE_FALSE.splitlines(keepends=True), -1)
    )
    notes, skipped, said = built_notes(tmp_path, {"astro.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {
        "True or false: The Sun is a main-sequence star.": "True",
        "True or false: Venus is the closest planet to the Sun.": "False — Mercury is.",
        "True or false: A light-year measures time.": "False: it is a distance.",
        "True or false: Jupiter is the most massive planet.": "True",
    }
    assert skipped == []
    assert not [m for m in said if "no answer" in m]


def test_a_bracketed_verdict_in_chinese_keeps_its_correction_in_its_words(tmp_path: Path) -> None:
    """'（×，UDP 不保证顺序）' on a Chinese worksheet: the verdict in the statement's language, the correction under it."""
    page = "判断题\n\n1. TCP 是面向连接的协议。（√）\n2. UDP 保证按序到达。（×，UDP 不保证顺序）\n3. HTTP 默认端口是 80。（√）\n"
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["判断：UDP 保证按序到达。"] == "错 UDP 不保证顺序"
    assert cards["判断：TCP 是面向连接的协议。"] == "对"


@pytest.mark.parametrize("emphasis", ["*", "_", "**"], ids=["star", "underscore", "bold"])
def test_a_one_line_key_in_italics_keys_every_question(tmp_path: Path, emphasis: str) -> None:
    """'*Answers: 1. carbon dioxide 2. the stroma*': the last answer kept the closing '*' ('the stroma*', read as a
    mark after an option); in underscores the key was no key (glued onto the last question, the first 'no answer')."""
    page = (
        "# Calvin cycle quiz\n\n1. Which gas is fixed in the Calvin cycle?\n2. Where does the Calvin cycle happen?\n\n"
        f"{emphasis}Answers: 1. carbon dioxide 2. the stroma{emphasis}\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"calvin.md": page})
    assert not [m for m in said if "no answer" in m]
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which gas is fixed in the Calvin cycle?": "carbon dioxide",
        "Where does the Calvin cycle happen?": "the stroma",
    }
    assert skipped == []


def test_a_list_written_in_a_table_cell_with_line_breaks_is_a_list(tmp_path: Path) -> None:
    """'| … | 1. Link<br>2. Internet<br>… |': the cell's list was one entry holding the others as text
    ('<ol><li>Link<br>2. Internet…'); a bulleted one ('- TCP<br>- UDP') alike."""
    page = (
        "# Networking\n\n| Question | Answer |\n|---|---|\n"
        "| What are the layers of the TCP/IP model? | 1. Link<br>2. Internet<br>3. Transport<br>4. Application |\n"
        "| Name the two transport protocols. | - TCP<br>- UDP |\n"
        "| What port does DNS use? | 53 |\n"
    )
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    answers = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert answers["What are the layers of the TCP/IP model?"] == (
        "<ol>\n<li>Link</li>\n<li>Internet</li>\n<li>Transport</li>\n<li>Application</li>\n</ol>"
    )
    assert answers["Name the two transport protocols."] == "<ul>\n<li>TCP</li>\n<li>UDP</li>\n</ul>"
    assert answers["What port does DNS use?"] == "<p>53</p>"


GUIDE = (
    "# Unit 4 study guide: cell transport\n\n{intro}"
    "**Diffusion** is the net movement of particles from higher to lower concentration. It needs no energy.\n\n"
    "**Osmosis** is the diffusion of water across a partially permeable membrane.\n\n"
    "**Active transport** moves substances against their concentration gradient, using ATP.\n\n"
    "**Endocytosis** is when the membrane folds inward to take large particles into the cell.\n"
)


@pytest.mark.parametrize("intro", ["", "This guide covers the four ways substances cross the membrane.\n\n"], ids=["bare", "intro"])
def test_a_study_guide_of_sentences_about_bold_terms_is_a_card_per_term(tmp_path: Path, intro: str) -> None:
    """Paragraphs each a sentence about its bold term ('**Osmosis** is the diffusion of water …') were one card of the
    page's title holding them all; each is a card, the term asked, its whole sentence the answer."""
    notes, skipped, _ = built_notes(tmp_path, {"guide.md": GUIDE.format(intro=intro)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Diffusion": "Diffusion is the net movement of particles from higher to lower concentration. It needs no energy.",
        "Osmosis": "Osmosis is the diffusion of water across a partially permeable membrane.",
        "Active transport": "Active transport moves substances against their concentration gradient, using ATP.",
        "Endocytosis": "Endocytosis is when the membrane folds inward to take large particles into the cell.",
    }
    assert skipped == []


def test_prose_with_a_few_bold_lead_ins_stays_prose(tmp_path: Path) -> None:
    """Only a page of such paragraphs is a glossary: an article whose other paragraphs are plain prose keeps its
    reading (a bold word opening two of five paragraphs makes no term cards)."""
    page = (
        "# Transport\n\n## Passive\n\nCells move substances in several ways, some of them needing no energy.\n\n"
        "**Diffusion** is the net movement of particles.\n\nIt is fastest at high temperature.\n\n"
        "**Osmosis** is the diffusion of water.\n\nPlants rely on it to stay turgid.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"transport.md": page})
    assert [note_front(n) for n in notes] == ["Passive"]


@pytest.mark.parametrize("bracketed", [True, False], ids=["bracketed", "bare"])
def test_a_french_worksheets_verdicts_are_said_in_french(tmp_path: Path, bracketed: bool) -> None:
    """'1. Le Soleil est une étoile. (Vrai)': bracketed verdicts in French were no answer at all (the page gave no
    card); bare ones ('… étoile. Vrai') gave 'True or false: Le Soleil …' over 'Vrai', two languages on one card."""
    verdicts = ["Vrai", "Faux — c'est Mercure.", "Faux", "Vrai"]
    statements = ["Le Soleil est une étoile.", "Vénus est la planète la plus proche du Soleil.",
                  "Une année-lumière mesure le temps.", "Jupiter est la planète la plus massive."]  # fmt: skip
    lines = [f"{k}. {s} ({v})" if bracketed or "—" in v else f"{k}. {s} {v}" for k, (s, v) in enumerate(zip(statements, verdicts, strict=True), 1)]
    notes, skipped, _ = built_notes(tmp_path, {"astro.md": "# Astronomie : vrai ou faux\n\n" + "\n".join(lines) + "\n"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Vrai ou faux : Le Soleil est une étoile.": "Vrai",
        "Vrai ou faux : Vénus est la planète la plus proche du Soleil.": "Faux c'est Mercure.",
        "Vrai ou faux : Une année-lumière mesure le temps.": "Faux",
        "Vrai ou faux : Jupiter est la planète la plus massive.": "Vrai",
    }
    assert skipped == []


@pytest.mark.parametrize("opening", ["> **Quick quiz**", "> [!question] Quick quiz"], ids=["quote", "callout"])
def test_a_quick_quiz_inside_a_notes_card_is_said(tmp_path: Path, opening: str) -> None:
    """A quick quiz in a quote or callout among a lesson's notes ('> 1. Which gas …?' / '> 2. Where …?' / its key) was
    the notes card's text, with no message: its questions are on no card of their own. Now said at the first one."""
    page = (
        "# Photosynthesis\n\n## Calvin cycle\n\nThe Calvin cycle fixes carbon dioxide into sugars in the stroma.\n\n"
        f"{opening}\n> 1. Which gas is fixed in the Calvin cycle?\n> 2. Where does the Calvin cycle happen?\n>\n"
        "> **Answers:** 1. carbon dioxide 2. the stroma\n\n## Light reactions\n\nThey take place in the thylakoids.\n"
    )
    _, _, said = built_notes(tmp_path, {"lesson.md": page})
    quiz = [m for m in said if "numbered questions" in m]
    assert len(quiz) == 1 and quiz[0].startswith("sources/lesson.md:8: warning: 2 numbered questions from line 8")


def test_numbered_questions_answered_in_a_heading_card_are_not_said_twice(tmp_path: Path) -> None:
    """A card whose front asks holds its own follow-up questions at most: only a card of notes (a heading that asks
    nothing) is checked."""
    page = "## Why does dropout help?\n\nIt asks:\n\n1. Does each unit learn alone?\n2. Can units co-adapt?\n\nNo, and no.\n"
    _, _, said = built_notes(tmp_path, {"drop.md": page})
    assert not [m for m in said if "numbered questions" in m]


def test_a_toggle_never_closed_is_said_at_its_line(tmp_path: Path) -> None:
    """A '<details>' toggle never closed before the next question toggle opens: the next question was read inside it
    (its section the first one's question) with no message. Said at the open toggle's line; toggles written about in
    code spans ('`<details>`') are no toggles."""
    toggle = "<details>\n<summary>{q}</summary>\n\n{a}\n\n"
    page = (
        "# Networking\n\nWe write answers in `<details>` toggles.\n\n"
        + toggle.format(q="What does TCP stand for?", a="Transmission Control Protocol.") + "</details>\n\n"
        + toggle.format(q="What is the default port for HTTPS?", a="443.")
        + toggle.format(q="What layer of the OSI model is IP?", a="The network layer.") + "</details>\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert len(notes) == 3
    unclosed = [m for m in said if "never closed" in m]
    assert unclosed == [
        "sources/net.md:12: warning: the <details> toggle opened at line 12 is never closed: the toggle at line 17 is "
        "read inside it, as part of it (write </details> where its answer ends)"
    ]
