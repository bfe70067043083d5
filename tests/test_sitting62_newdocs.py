"""Sixty-second sitting, helper newdocs: a new user's documents (round 18), read card by card.

Each test's docstring says what was wrong. Documents in tests/data/sitting62/newdocs/, written for this round in the
shapes users write (none fetched); the round's findings are in docs/trials/newdocs62.md.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import bracketed_answer

DATA = Path(__file__).parent / "data" / "sitting62" / "newdocs"


def test_n62_2_a_spaced_hyphen_in_a_list_of_dashed_pairs_is_its_dash(tmp_path: Path) -> None:
    """N62-2: a Russian word list 'хлеб — bread', 'сыр – cheese', one line typed 'яблоко - apple' (the hyphen a
    keyboard gives). Before: that line was "question has no answer (write its answer after ' — ')", its card lost.
    Now a card as every other line's."""
    notes, skipped, messages = built_notes(tmp_path, {"r.txt": DATA / "russian-vocab-dashes.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("хлеб", "bread"),
        ("молоко", "milk"),
        ("сыр", "cheese"),
        ("яблоко", "apple"),
        ("мясо", "meat"),
        ("рыба", "fish"),
        ("вода", "water"),
    ]
    assert skipped == []
    assert not any("has no answer" in m for m in messages), messages


def test_n62_13_anki_ruby_furigana_keeps_its_reading_apart(tmp_path: Path) -> None:
    """N62-13: an Anki export (#html:true) whose fronts are '<ruby>猫<rt>ねこ</rt></ruby>'. Before: the tags dropped ran
    the kanji and its reading together, '猫ねこ'. Now the reading in brackets after its kanji, '猫(ねこ)', as the
    cheat sheet and the question banks show ruby."""
    notes, skipped, _ = built_notes(tmp_path, {"j.txt": DATA / "anki-ruby.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("猫(ねこ)", "cat"),
        ("犬(いぬ)", "dog"),
        ("鳥(とり)", "bird"),
        ("魚(さかな)", "fish also: food fish = 魚 (うお)"),
    ]
    assert skipped == []


def test_n62_13_ruby_with_its_own_brackets_is_not_bracketed_twice(tmp_path: Path) -> None:
    """A ruby written with '<rp>(</rp>' … '<rp>)</rp>' gives its brackets itself: '漢字(かんじ)', never '漢字((かんじ))'."""
    path = tmp_path / "rp.txt"
    path.write_text(
        "#separator:tab\n#html:true\n<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>\t<b>kanji</b>\n"
        "<ruby>水<rp>(</rp><rt>みず</rt><rp>)</rp></ruby>\t<b>water</b>\n<ruby>火<rt>ひ</rt></ruby>\t<i>fire</i>\n",
        encoding="utf-8",
    )
    notes, _, _ = built_notes(tmp_path, {"rp.txt": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [("漢字(かんじ)", "kanji"), ("水(みず)", "water"), ("火(ひ)", "fire")]


def test_n62_6_a_reply_dash_opening_the_answer_is_no_answer_text(tmp_path: Path) -> None:
    """N62-6: numbered questions whose answers are written as a spoken reply, '1. В каком году …?' over
    '   — В 1914 году.' (as Russian, French and Spanish write replies). Before: every back began with the dash,
    '— В 1914 году.'. Now the dash is dropped."""
    notes, skipped, _ = built_notes(tmp_path, {"h.md": DATA / "reply-dash-answers.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("В каком году началась Первая мировая война?", "В 1914 году."),
        ("Кто был последним российским императором?", "Николай II."),
        ("Когда произошла Октябрьская революция?", "В 1917 году (25 октября по старому стилю)."),
    ]
    assert skipped == []


def test_n62_6_a_list_of_dashed_lines_keeps_its_dashes(tmp_path: Path) -> None:
    """The same in a plain text, one answer a list of three '— …' lines: the single replies lose their dash, the
    list keeps its entries' dashes (they mark the entries, not a reply)."""
    notes, _, _ = built_notes(tmp_path, {"h.txt": DATA / "reply-dash-answers.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Кто написал «Войну и мир»?", "Лев Толстой."),
        ("Столица России?", "Москва."),
        ("Назовите три состояния вещества.", "— твёрдое — жидкое — газообразное"),
    ]


def test_n62_4_a_bank_of_statements_with_boolean_answers_is_true_false(tmp_path: Path) -> None:
    """N62-4: a YAML quiz whose records are 'statement: Vitamin C is fat-soluble.' / 'answer: false' / 'why: …'.
    Before: not read ("cannot tell which of them asks"), the message suggesting 'why' as its answer. Now a true/false
    card per statement, its 'why' under the verdict."""
    notes, skipped, messages = built_notes(tmp_path, {"n.yaml": DATA / "true-false-statements.yaml"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: Vitamin C is fat-soluble.", "False It is water-soluble; A, D, E and K are fat-soluble."),
        ("True or false: Protein provides about 4 kcal per gram.", "True"),
        ("True or false: Fibre is digested in the small intestine.", "False Humans cannot digest most fibre; it passes to the large intestine."),
    ]
    assert skipped == []
    assert not any("not read" in m for m in messages), messages


def test_n62_4_json_claims_with_boolean_answers(tmp_path: Path) -> None:
    """The same as JSON, a 'claim' per record: a question that asks keeps its own front."""
    path = tmp_path / "c.json"
    path.write_text(
        '[{"claim": "The Moon has no atmosphere to speak of.", "answer": true},'
        ' {"claim": "Is Pluto a planet?", "answer": false},'
        ' {"claim": "Mars has two moons.", "answer": true}]',
        encoding="utf-8",
    )
    notes, _, _ = built_notes(tmp_path, {"c.json": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: The Moon has no atmosphere to speak of.", "True"),
        ("Is Pluto a planet?", "False"),
        ("True or false: Mars has two moons.", "True"),
    ]


def test_n62_3_bulleted_statements_with_a_bracketed_correction(tmp_path: Path) -> None:
    """N62-3: bullets '- Utilitarianism judges … consequences. **True**' / '- Kant's … life. **False** – he held …',
    the last '… by Nietzsche. **False** (Hobbes, Locke, Rousseau)'. Before: that last entry (its correction in brackets)
    was unread, which made the whole list one card of the page's title with every statement on its back. Now a
    true/false card per bullet, the correction after the verdict."""
    notes, skipped, _ = built_notes(tmp_path, {"e.md": DATA / "true-false-bullets-bold-verdicts.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: Utilitarianism judges actions by their consequences.", "True"),
        ("True or false: Kant's categorical imperative allows lying to save a life.", "False — he held lying always wrong."),
        ("True or false: Virtue ethics focuses on character rather than rules.", "True"),
        ("True or false: Social contract theory was first proposed by Nietzsche.", "False (Hobbes, Locke, Rousseau)"),
    ]
    assert skipped == []


def test_n62_3_marks_in_brackets_are_no_correction() -> None:
    """A bracket after the verdict that gives marks or a reference ('True (1 mark)', 'False (see p. 12)') is no
    correction: such a line is read as before (no verdict with '(1 mark)' as its correction)."""
    assert bracketed_answer("The heart has four chambers. True (1 mark)") is None
    assert bracketed_answer("Arteries have valves. False (see p. 12)") is None
    assert bracketed_answer("Arteries have valves. False (veins do)") == ("True or false: Arteries have valves.", "False (veins do)")


def test_n62_1_phone_notes_lines_that_would_have_fit_are_no_wrapped_meaning(tmp_path: Path) -> None:
    """N62-1: bio notes typed on a phone, a pair a line with mixed separators ('atp: …', 'enzyme = …', 'meiosis → …'),
    among them lines of a note of their own in lower case ('denatured enzyme... shape of active site changed, wont
    work anymore', 'active transport needs atp, goes against conc gradient', 'ask mr k about osmosis q from hw').
    Before: each such line was joined onto the meaning above it as its wrapped rest ('diffusion' -> '… no energy
    needed active transport needs atp … ask mr k about osmosis q from hw'), no message. Now a line that would have
    fit on the line above (no line of the page is that wide) is no wrap: each pair its own card, each note line said
    as a line without its answer, naming the list's separators."""
    notes, skipped, messages = built_notes(tmp_path, {"bio.txt": DATA / "phone-notes-typed-lines.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("mitosis - cell div", "2 identical daughter cells"),
        ("meiosis", "4 cells, half the chromosomes (gametes!!)"),
        ("atp", "energy currency of the cell"),
        ("enzyme", "biological catalyst, lowers activation energy"),
        ("denatured enzyme", "shape of active site changed, wont work anymore"),  # (its '...' parts it: phone_pair)
        ("diffusion", "high conc to low conc no energy needed"),
    ]
    assert [s["line"] for s in skipped] == [8, 9]
    said = [m for m in messages if "question has no answer" in m]
    assert len(said) == 2 and all("after a separator (' -> ', ' → ', ': ', …)" in m for m in said), said
    assert any("5 lines that each split once, on separators of their own" in m for m in messages), messages


def test_n62_1_glosor_typed_with_sloppy_dashes_are_no_one_card(tmp_path: Path) -> None:
    """The same in a Swedish word list typed on a phone: 'hund - dog' / 'katt-cat' / 'häst -horse' / … Before: one card
    'hund' -> 'dog katt-cat häst -horse'. Now 'hund' -> 'dog', and the two lines whose dash has no space either side
    are each "question has no answer" at their line."""
    notes, skipped, messages = built_notes(tmp_path, {"g.txt": DATA / "phone-glosor-sloppy-dashes.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("hund", "dog"),
        ("fågel", "bird (flygande)"),
        ("ko", "cow"),
        ("gris", "pig"),
        ("får", "sheep"),
    ]
    assert [s["line"] for s in skipped] == [3, 4]
    assert sum("question has no answer" in m for m in messages) == 2, messages


def test_n62_1_a_meaning_wrapped_at_the_page_width_is_still_joined(tmp_path: Path) -> None:
    """A glossary whose long meanings an editor wrapped at 60 columns (sitting 56's shape): each wrapped line would not
    have fit on the line above, so it is still the rest of that meaning, one card per term."""
    entries = [
        "Socialisation - the process by which people learn the norms and values of their society.",
        "Norms - unwritten rules about how to behave in a given social situation.",
        "Values - general beliefs about what is right, important and desirable in a society.",
        "Culture - the whole way of life of a society, including its customs.",
    ]
    path = tmp_path / "soc.txt"
    path.write_text("".join(textwrap.fill(e, width=60) + "\n" for e in entries), encoding="utf-8")  # (an editor's wrap)
    notes, skipped, _ = built_notes(tmp_path, {"soc.txt": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Socialisation", "the process by which people learn the norms and values of their society."),
        ("Norms", "unwritten rules about how to behave in a given social situation."),
        ("Values", "general beliefs about what is right, important and desirable in a society."),
        ("Culture", "the whole way of life of a society, including its customs."),
    ]
    assert skipped == []


def test_n62_7_a_table_row_whose_phrase_and_translation_both_ask_is_a_card(tmp_path: Path) -> None:
    """N62-7: an Org vocabulary table (Swahili | English) with the row '| Habari? | How are you? |'. Before: "the answer
    is only another question; no card" (a phrase and its translation on one line were told apart from a follow-up
    question only in a pair list, not in a table's row). Now a card, as every other row."""
    notes, skipped, messages = built_notes(tmp_path, {"sw.org": DATA / "org-vocab-tables.org"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Jambo", "Hello"),
        ("Habari?", "How are you?"),
        ("Nzuri", "Fine / good"),
        ("Asante", "Thank you"),
        ("Kwaheri", "Goodbye"),
        ("moja", "one"),
        ("mbili", "two"),
        ("tatu", "three"),
    ]
    assert skipped == []
    assert not any("only another question" in m for m in messages), messages


def test_n62_7_a_follow_up_question_under_an_answer_still_answers_nothing(tmp_path: Path) -> None:
    """The follow-up question on a line of its own under a question is still "the answer is only another question"."""
    path = tmp_path / "f.md"
    path.write_text(
        "# Review\n\n## What is a closure?\n\nA function with the variables of the scope it was made in.\n\n"
        "## Why use one?\n\nWhat would you use instead?\n\n## What is hoisting?\n\nDeclarations moved to the top of their scope.\n",
        encoding="utf-8",
    )
    notes, _, messages = built_notes(tmp_path, {"f.md": path})
    assert [note_front(n) for n in notes] == ["What is a closure?", "What is hoisting?"]
    assert any("the answer is only another question" in m for m in messages), messages


def test_n62_1_a_short_line_opening_with_a_joining_word_goes_on_with_the_meaning(tmp_path: Path) -> None:
    """A line that would have fit on the line above but opens with a word that joins it to that sentence ('and …',
    'of …', 'which …') goes on with the meaning, as before: 'schema = mental framework …' / 'and for predicting …'."""
    path = tmp_path / "psy.txt"
    path.write_text(
        "psych notes\n\nconformity = changing behaviour to fit in with a group of people around you\n"
        "schema = mental framework for organising info\nand for predicting what comes next\n"
        "obedience = following orders from an authority figure\nheuristic = mental shortcut\n",
        encoding="utf-8",
    )
    notes, skipped, _ = built_notes(tmp_path, {"psy.txt": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("conformity", "changing behaviour to fit in with a group of people around you"),
        ("schema", "mental framework for organising info and for predicting what comes next"),
        ("obedience", "following orders from an authority figure"),
        ("heuristic", "mental shortcut"),
    ]
    assert skipped == []


def test_n62_9_two_labels_that_open_items_alike_are_both_items(tmp_path: Path) -> None:
    """N62-9: a statistics revision sheet of 'Define: median' / its answer … and 'Formula: correlation coefficient' /
    'r = cov(X, Y) / (sx * sy)' …, each opening its block. Before: the guessed pattern took only 'Define:' (three lines;
    'Formula:' has two), both formulas joined onto the p-value's answer, unsaid. Now both labels open items (one
    alternation) and the line under a label is its answer, in lower case too."""
    notes, skipped, messages = built_notes(tmp_path, {"s.txt": DATA / "revision-two-labels.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("median", "The middle value when data are ordered."),
        ("standard deviation", "A measure of spread: the square root of the variance."),
        ("p-value", "The probability of a result at least as extreme as the one observed, if H0 is true."),
        ("correlation coefficient", "r = cov(X, Y) / (sx * sy)"),
        ("95% confidence interval for a mean", "x̄ ± 1.96 × σ/√n"),
    ]
    assert skipped == []
    assert any("item = '^\\s*(?:Define|Formula)\\s*:\\s*(?P<question>.*)$'" in m for m in messages), messages


def test_n62_12_a_json_bank_cut_off_mid_record_says_so(tmp_path: Path) -> None:
    """N62-12: a JSON flashcard file cut off inside its last record ('"back": "Bangk'). Before: "broken JSON: Invalid
    control character at (fix the file (a JSON checker names the place))", the place cut off after 'at'. Now the
    column is said, and that the file ends inside its data, cut off, with what to do."""
    import pytest

    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as raised:
        built_notes(tmp_path, {"t.json": DATA / "truncated-bank.json"})
    said = str(raised.value)
    assert "t.json:5: error: broken JSON: Invalid control character (column 50)" in said, said
    assert "the file ends at line 5 inside its data (cut off when it was saved or copied?)" in said, said
