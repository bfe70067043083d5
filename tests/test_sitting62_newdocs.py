"""Sixty-second sitting, helper newdocs: a new user's documents (round 18), read card by card.

Each test's docstring says what was wrong. Documents in tests/data/sitting62/newdocs/, written for this round in the
shapes users write (none fetched); the round's findings are in docs/trials/newdocs62.md.
"""

from __future__ import annotations

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
