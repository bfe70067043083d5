"""Sixty-second sitting, helper newdocs: a new user's documents (round 18), read card by card.

Each test's docstring says what was wrong. Documents in tests/data/sitting62/newdocs/, written for this round in the
shapes users write (none fetched); the round's findings are in docs/trials/newdocs62.md.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

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
