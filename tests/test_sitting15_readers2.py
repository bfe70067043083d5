"""readers2's fixes of the fifteenth sitting (detection and line-level rewrites)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _cards(manifest: dict[str, Any]) -> dict[str, str]:
    return {n["fields"]["Question"]: n["fields"].get("Answer", "") for n in manifest["notes"]}


_SHEET = """# Python basics — exercises

**P1–P4** warm-ups, answers at the end.

## Part A

**P1.** Name the two kinds of loop Python has,
one word each.

**P2.** What does `len([])` return?

**P3 · `p3_sum.py`.** Predict the output:

```python
print(sum([1, 2, 3]))
```

**P4.** Write a function that doubles a number.

```python
def double(x): ...
```

## Solutions

<details>
<summary>Show</summary>

**S1.** `for` and `while`.

**P3 answer.** `6`, the sum
of the list.

**S2.** `0`.

</details>

---

*Back to the course*
"""


def test_labelled_exercises_are_answered_by_the_key_entries_of_their_ids(tmp_path: Path) -> None:
    """trial15 T15-60: bold-labelled exercises ('**E1.** …', '**E9 · `e09.cpp`.** …') answered in a key toggle at the
    end ('**A1.** …', '**E12 answers.** …') were one note card of the whole page; each answered exercise is a card
    (its code on the front), the others skipped as unanswered, at their own lines."""
    other = ("## Quiz\n\n__Q1.__ Which planet is largest?\n\n__Q2.__ Which planet is hottest?\n\n"
             "## Answers\n\n__Answer 1:__ Jupiter.\n\n__Answer 2:__ Venus.\n")
    result, manifest = _built(tmp_path, {"py.md": _SHEET, "sky.md": other})
    cards = _cards(manifest)
    assert result.summary.notes == 5, cards
    assert "Jupiter" in cards["Which planet is largest?"] and "Venus" in cards["Which planet is hottest?"]
    loops = next(q for q in cards if q.startswith("Name the two kinds of loop"))
    assert "one word each" in loops and "while" in cards[loops] and "len" not in cards[loops]
    assert cards["What does <code>len([])</code> return?"].startswith("<p><code>0</code>")
    summed = next(q for q in cards if "p3_sum.py" in q)
    assert "<pre" in summed and "<pre" not in cards[summed] and "of the list" in cards[summed]  # (the code asks, on the front)
    skipped = [s for s in manifest["skipped"] if s["file"] == "sources/py.md"]
    assert [s["line"] for s in skipped] == [18], skipped  # P4, unanswered: no card, said at its line
    lines = sorted(i["line"] for n in manifest["notes"] for i in n["items"] if i["file"] == "sources/py.md")
    assert lines == [7, 10, 12], lines


def test_a_sheet_whose_key_holds_another_exercise_is_left_as_it_is() -> None:
    """T15-60: labels after the key heading that are exercises (not answers) make no key of it."""
    from compiler.sources.exercise_key import keyed_exercises

    page = _SHEET.replace("**P3 answer.**", "**P5.**").split("\n")
    assert keyed_exercises(page) is None
    assert keyed_exercises(_SHEET.replace("## Solutions", "## More").split("\n")) is None


def test_an_exams_parts_under_bold_roman_lines_are_sections_where_numbering_restarts(tmp_path: Path) -> None:
    """trial15 T15-62: '**II. Short answers (5 points each)**' over questions numbered from 1 again was text of the
    last multiple-choice question's explanation (10 questions on one back); it is a section, its questions cards. A
    problem ending in ':' with its equations right under it (no blank line) has them on its front."""
    page = (
        "### Final exam\n\n**I. Multiple choice (2 points each)**\n\n"
        "1.  Which vector is the zero vector?\n    a) [1, 0]\n    b) [0, 0]\n\n    *Answer: b)*\n\n"
        "2.  Which matrix is the identity?\n    a) [[1, 0], [0, 1]]\n    b) [[0, 1], [1, 0]]\n\n    *Answer: a)*\n\n"
        "**II. Short answers (5 points each)**\n\n1.  Define linear independence.\n\n"
        "    *Answer: No vector is a combination of the others.*\n\n"
        "2.  Define a basis.\n\n    *Answer: An independent set that spans the space.*\n\n"
        "**III. Problems**\n\n1.  Solve the system:\n    ```\n    x + y = 3\n    x - y = 1\n    ```\n\n"
        "    *Answer: x = 2, y = 1*\n"
    )
    result, manifest = _built(tmp_path, {"exam.md": page})
    cards = _cards(manifest)
    assert result.summary.notes == 5, cards
    assert "Short answers" not in json.dumps(manifest["notes"][1]["fields"])
    sections = {n["fields"]["Question"]: n["fields"]["Section"] for n in manifest["notes"]}
    assert sections["Define a basis."] == "II. Short answers"
    assert "independent set" in cards["Define a basis."]
    solve = next(q for q in cards if q.startswith("Solve the system:"))
    assert "x - y = 1" in solve and "x - y" not in cards[solve] and "x = 2" in cards[solve]


def test_deck_markdown_notes_are_cards_each_way_and_their_ids_no_text(tmp_path: Path) -> None:
    """trial15 T15-65: DeckMarkdown notes ('@<note id>' over each card, 'q:'/'a:', 'qa:'/'aq:' for a card each way,
    clozes) gave 2 notes of 29, the ids printed into the clozes and the 'qa:' cards lost, with ids or without."""
    page = (
        '<a href="https://example.com/notes">Link</a>\n***\n\n'
        "@1576972132376\nThe {{c1::error rate}} is the proportion of {{c2::errors}}.\n\n"
        "@1576972132443\nq: How do we call error rate on the training data?\na: Resubstitution error.\n\n"
        "@1576972132603\nqa: Test set\naq: Data that played no part in forming the model.\n\n"
        "@1576972132868\nqa: Bernoulli process\naq: Independent events that succeed or fail,\nlike coin tossing.\n"
    )
    for name, text in (("ids", page), ("noids", re.sub(r"@\d+\n", "", page))):
        (tmp_path / name).mkdir()
        _, manifest = _built(tmp_path / name, {"dm.md": text})
        notes = manifest["notes"]
        assert len(notes) == 4, [n["fields"] for n in notes]
        assert "@" not in json.dumps([n["fields"] for n in notes])
        both = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes if n["notetype"] == "deckc Basic (and reversed)"}
        assert set(both) == {"Test set", "Bernoulli process"} and "coin tossing" in both["Bernoulli process"]


def test_a_mention_line_in_a_note_is_no_deck_markdown_id() -> None:
    """T15-65: one '@…' line of digits is text; DeckMarkdown ids come over each card."""
    from compiler.sources.lines import deck_markdown

    lines = ["Call me:", "@1576972132376", "", "qa: not a pair here", "", "text"]
    assert deck_markdown(lines) is lines


_POOL = "".join(
    f"T1A0{n} ({key}) [97.{n}]\nWhich rule number {n} applies to {topic}?\nA. Rule {n}a\nB. Rule {n}b\nC. Rule {n}c\nD. All of these\n\n"
    for n, key, topic in ((1, "C", "beacons"), (2, "A", "repeaters"), (3, "D", "satellites"), (4, "B", "contests"))
)


def test_a_question_pool_whose_id_lines_name_the_right_option_is_guessed_and_read(tmp_path: Path) -> None:
    """trial15 T15-68: the NCVEC pool ('T1A01 (C) [97.1]' / the question / 'A.' … 'D.') stopped the build, 'no line start
    repeats'; with the user's pattern every item had 'no question' (it is on the line under the id). Guessed and read,
    as .txt and as .md: each a multiple-choice card keyed by the id line's letter."""
    for name in ("pool.txt", "pool.md"):
        (tmp_path / name).mkdir()
        result, manifest = _built(tmp_path / name, {name: _POOL})
        assert result.summary.notes == 4, manifest["warnings"]
        keyed = {n["fields"]["Question"]: n["fields"]["Correct"] for n in manifest["notes"]}
        assert keyed["Which rule number 1 applies to beacons?"].startswith("C)")
        assert keyed["Which rule number 4 applies to contests?"].startswith("B)")


def test_a_pattern_that_finds_no_item_says_so_in_a_sentence() -> None:
    """T15-68: '306 of 306 lines come and no item was found' was no sentence."""
    from compiler.config import SourceConfig
    from compiler.diagnostics import Diagnostics
    from compiler.sources import readers
    from compiler.sources.base import Document

    diag = Diagnostics()
    source = SourceConfig.model_validate({"id": "pool", "file": "sources/pool.txt", "layout": "qa"})
    readers()["qa"].read(Document("sources/pool.txt", _POOL * 3), source, diag)
    said = [d.message for d in diag.warnings]
    assert any(m.startswith("no item was found: none of its 72 lines matches the item pattern") for m in said), said


_EXAM = """# Exam part 1

## Aufgabe 1: Hardware (25 Punkte)

### a) Explain the difference between a desktop PC and a thin client. (6 P.)

**Desktop PC:**
______________________________________________

### b) Was ist der Unterschied zwischen BIOS und UEFI? Nennen Sie vier Vorteile von UEFI. (4 P.)

______________________________________________

## Aufgabe 2: Netze (10 Punkte)

### a) Name the layers of the OSI model. (5 P.)

______________________________________________

---

# Solutions

## Aufgabe 1: Hardware - Musterlösungen

### a) Desktop vs. thin client (6 P.)

A desktop runs programs itself;

---

a thin client shows a server's session.

### b) BIOS vs. UEFI (4 P.)

UEFI boots faster, has Secure Boot, GPT and a graphical setup.

## Aufgabe 2: Netze - Musterlösungen

### a) OSI (5 P.)

#### Layers

Physical, data link, network, transport, session, presentation, application.
"""


def test_exercise_headings_are_answered_by_a_solutions_part_of_the_same_headings(tmp_path: Path) -> None:
    """trial15 T15-5: an exam's '## Aufgabe 1' / '### a) …' tasks and a solutions part after them mirroring those headings
    ('# LÖSUNGSBOGEN' / '## Aufgabe 1: … - Musterlösungen' / '### a) …') gave no right card: the solutions were text
    outside any question, the tasks cut at their '?'. Each task is a card answered by the solution of its Aufgabe and
    letter; the room to write in is no text."""
    _, manifest = _built(tmp_path, {"exam.md": _EXAM})
    cards = _cards(manifest)
    desktop = cards["Explain the difference between a desktop PC and a thin client."]
    assert "runs programs itself" in desktop and "server's session" in desktop and "UEFI" not in desktop
    assert "Secure Boot" in cards["Was ist der Unterschied zwischen BIOS und UEFI? Nennen Sie vier Vorteile von UEFI."]
    osi = cards["Name the layers of the OSI model."]
    assert "Physical" in osi and "Layers" in osi and "____" not in json.dumps(manifest["notes"])
    lines = {n["fields"]["Question"][:12]: n["items"][0]["line"] for n in manifest["notes"]}
    assert lines["Name the lay"] == 16, lines


def test_headings_a_page_key_answers_by_bare_ids_are_left_to_it() -> None:
    """T15-5: '## Question 1: Topic' answered under '## Answer Key' / '### Question 1' (the page key's shape), groups of
    numbered questions under '## Part 1' headings, and an '#### Explanation' under a question are no solutions part."""
    from compiler.sources.exercise_key import headed_exercises

    bare = "## Question 1: Types\n\nWhich is immutable?\n\n## Question 2: Loops\n\nWhat does else do?\n\n## Answer Key\n\n### Question 1\n\nTuple.\n\n### Question 2\n\nRuns after.\n"
    grouped = "## Part 1: Basics\n\n1. Ich helfe ___.\n2. Ich danke ___.\n\n## Part 2: More\n\n1. Mit ___.\n2. Aus ___.\n\n# Answers\n\n## Part 1: Basics\n\n1. dem\n2. dir\n\n## Part 2: More\n\n1. der\n2. dem\n"
    nested = "## Question 6. How to empty an array?\n\n#### Method 1\n\nx = []\n\n#### Method 2\n\nx.length = 0\n\n#### Explanation\n\n#### Method 1 note\n\ntext\n\n#### Method 2 note\n\ntext\n"
    assert headed_exercises(bare.split("\n")) is None
    assert headed_exercises(grouped.split("\n")) is None
    assert headed_exercises(nested.split("\n")) is None


def test_a_container_titled_by_a_question_and_its_answer_is_a_card(tmp_path: Path) -> None:
    """trial15 T15-10 (rest): '::: info 1. …？`C ThreadLocal` ❌' (a quiz notebook: the answer after the '?', the ✅/❌
    self-grading mark) showed the answer on the front; the title asks, the answer is on the back. A tip's title that
    is no numbered question stays as it is."""
    page = (
        "## 2025-08-22\n\n::: info 1. java8中，下面哪个类用到了解决哈希冲突的开放定址法？`C ThreadLocal` ❌\n\n"
        "官方解析：ThreadLocal类采用了开放定址法。\n\n:::\n\n"
        "::: info 3. Which keyword stops a loop? `break` ✅\n\nIt leaves the innermost loop.\n\n:::\n"
    )
    _, manifest = _built(tmp_path, {"java.md": page})
    cards = _cards(manifest)
    assert "ThreadLocal" in cards["java8中，下面哪个类用到了解决哈希冲突的开放定址法？"]
    assert "break" in cards["Which keyword stops a loop?"] and "innermost" in cards["Which keyword stops a loop?"]
    from compiler.sources.lines import titled_answers

    tip = ["::: tip Why? Because it is fast", "", "text", ":::"]
    assert titled_answers(tip) is tip


def test_a_quiz_tools_kind_lines_over_its_questions_are_skipped_in_the_guess() -> None:
    """trial15 T15-79: qtiConverter's text bank ('MC' / '1. question' / '*A. …', 'ES' / '1. …') — the guessed pattern read
    each kind line as the previous question's last line (an essay's answer 'MB'); the guess skips them."""
    from compiler.sources.base import Document
    from compiler.sources.detect import suggest_pattern

    bank = "".join(f"{kind}\n1. Question {n} text here?\n*A. right {n}\nB. wrong {n}\nC. wrong\n\n" for n, kind in enumerate(("MC", "MA", "MC", "SA"), 1))
    guess = suggest_pattern(Document("sources/bank.txt", bank))
    assert any(line.startswith("skip = ['^\\s*(?:MA|MC|SA)\\s*$']") for line in guess), guess


def test_a_quiz_pasted_as_one_line_says_its_line_breaks_are_lost(tmp_path: Path) -> None:
    """trial15 T15-87: 15 questions, options and key pasted as one line of 4,198 characters were 'cannot tell this
    document's layout … no line start repeats' and a Q:/A: example; the build says what to fix."""
    paste = "".join(f"{n}.Question number {n} asks what?A) one{n}B) two{n}C) three{n}D) four{n}" for n in range(1, 41))
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:
        _built(tmp_path, {"paste.txt": paste + "Answer key1. B2. C"})
    said = [d for d in stopped.value.diagnostics if d.file == "sources/paste.txt"]
    assert any("characters and no question has a line of its own: its line breaks seem lost" in d.message for d in said), said
    assert not any("cannot tell" in d.message for d in said)


def test_a_comment_section_naming_a_question_is_its_explanation(tmp_path: Path) -> None:
    """trial15 T15-22 (rest): '## Comentários do Dia 1' / '### Comentário da Questão 1' / its bullets after the questions
    and their key was a card of its own ('Comentário da Questão 1'); it is question 1's explanation. Numbers that
    restart in parts name no one question: such a page is left as it is."""
    page = (
        "## Questões\n\n### Questão 1 — estilo Consulplan\n\nConverta 101101 para decimal. O resultado é:\n\nA) 53\nB) 64\nC) 45\nD) 37\n\n"
        "### Questão 2 — estilo Consulplan\n\nO byte 1111 0000 em hexadecimal é:\n\nA) FF\nB) F0\nC) 0F\nD) E0\n\n"
        "## Gabarito do Dia 1\n\n1. C\n2. B\n\n## Comentários do Dia 1\n\n### Comentário da Questão 1\n\n"
        "- **A) está errada:** 53 inclui um peso a mais.\n- **C) está correta:** 32 + 8 + 4 + 1 = 45.\n"
    )
    _, manifest = _built(tmp_path, {"dia1.md": page})
    notes = {n["fields"]["Question"]: n["fields"] for n in manifest["notes"]}
    assert len(notes) == 2, list(notes)
    first = notes["Converta 101101 para decimal. O resultado é:"]
    assert first["Correct"].startswith("C)") and "32 + 8 + 4 + 1" in first["Explanation"]
    from compiler.sources.exercise_key import commented_questions

    parted = "### Soal 1\n\nA?\n\n### Soal 1\n\nB?\n\n## Jawaban\n\n### Jawaban Soal 1\n\nx\n"
    assert commented_questions(parted.split("\n")) is None


def test_blackboard_rows_unlisted_are_read_as_delimited(tmp_path: Path) -> None:
    """trial15 T15-76 (patch by formats2): an unlisted Blackboard upload file of MC rows ('MC<TAB>question<TAB>A. …<TAB>
    Correct<TAB>…') was read as 'qa' (the question-over-answer pairing: 10 MC, 5 junk notes); rows of tab-separated
    fields are a table's records, read as 'delimited'."""
    rows = "".join(
        f"MC\tWhich organelle is number {n}?\tNucleus {n}\t{a}\tRibosome {n}\t{b}\tVacuole {n}\tIncorrect\n"
        for n, (a, b) in enumerate([("Correct", "Incorrect"), ("Incorrect", "Correct"), ("Correct", "Incorrect"), ("Incorrect", "Correct")], 1)
    )
    result, manifest = _built(tmp_path, {"bb.txt": rows})
    assert any("read as layout 'delimited'" in d.message for d in result.summary.warnings), result.summary.warnings
    assert result.summary.notes == 4 and all(n["kind"] == "multiple_choice" for n in manifest["notes"])


def test_an_instruction_that_answers_is_no_follow_up_question(tmp_path: Path) -> None:
    """trial15 T15-54, T15-56 (patch by readers): a help page's answers are polite instructions ('…IDをコピーしてください。',
    '请首先确认…是否…。请检查…设置。'); they were taken for follow-up questions ('the answer is only another question; no
    card'). Only a request to tell ('説明してください', '请说明…', '설명해 주세요') asks."""
    page = (
        "## アカウントIDはどこで確認できますか？\n\n設定画面を開き、IDをコピーしてください。\n\n"
        "## 无法登录怎么办？\n\n请首先确认网络是否连接。请检查代理设置。\n\n"
        "## What is a proxy?\n\nA server that forwards requests.\n"
    )
    _, manifest = _built(tmp_path, {"help.md": page})
    cards = _cards(manifest)
    assert "コピー" in cards["アカウントIDはどこで確認できますか？"] and "代理" in cards["无法登录怎么办？"], cards
    from compiler.sources.lines import only_questions

    assert only_questions("仕組みを説明してください。") and only_questions("请说明原因。")


def test_numbered_questions_over_a_box_of_their_numbered_answers_are_read_as_markdown(tmp_path: Path) -> None:
    """trial15 T15-82 (detection; the reading is readers'): numbered questions in a '::: karta -' div, answered by the
    entries of their numbers in a nested '::: odp | Pokaż odpowiedzi' div, were detected 'numbered' (the last question
    got the whole box, '::: :::' backs); such a page is the Markdown reader's, a card per question."""
    page = (
        "### 17.1 Mini-check\n\n::: karta -\n1. Co to wodorotlenek?\n2. Jaki ładunek ma grupa OH⁻?\n3. Kiedy stosujemy nawias?\n\n"
        "::: odp | Pokaż odpowiedzi\n**1.** Związek z kationu metalu i anionu OH⁻.\n\n**2.** −1.\n\n"
        "**3.** Gdy grupa OH⁻ powtarza się więcej niż raz.\n:::\n:::\n"
    )
    result, manifest = _built(tmp_path, {"lekcja.md": page})
    assert any("read as layout 'markdown'" in d.message for d in result.summary.warnings), result.summary.warnings
    cards = _cards(manifest)
    assert "−1" in cards["Jaki ładunek ma grupa OH⁻?"] and ":::" not in json.dumps(cards), cards


_TWO = "# Quiz\n\n1. Which port does HTTPS use?\n   A. 80\n   B. 443\n   C. 22\n\n2. Which protocol resolves names?\n   A. DNS\n   B. ARP\n\n"


def test_an_answer_key_headed_in_the_pages_language_keys_its_quiz(tmp_path: Path) -> None:
    """trial16 T16-37: a numbered quiz keyed under '## Cevaplar' (Odpovědi, Válaszok, Απαντήσεις, תשובות, Jawaban,
    उत्तर कुंजी, Javoblar, Sagot, Majibu) keyed nothing ('no note'); under '## 答案' / '## Svar' / '## Đáp án' (answer
    words too) it was one card 'Quiz'. Each keys both questions."""
    for k, heading in enumerate(("Cevaplar", "Odpovědi", "Απαντήσεις", "Jawaban", "उत्तर कुंजी", "Majibu", "答案", "Svar", "Đáp án")):
        (tmp_path / str(k)).mkdir()
        _, manifest = _built(tmp_path / str(k), {"q.md": f"{_TWO}## {heading}\n\n1. B\n2. A\n"})
        keyed = sorted(n["fields"].get("Correct", "") for n in manifest["notes"])
        assert keyed == ["A) DNS", "B) 443"], (heading, [n["fields"] for n in manifest["notes"]])


def test_a_choose_all_key_of_bold_letter_groups_keys_its_questions(tmp_path: Path) -> None:
    """trial16 T16-12: '#### 答案与解析' ('answers and explanations') over '1. **BCD**' / its bullets keyed nothing (10/10
    'none marked correct', the key 6 junk cards fronted 'BCD'); the heading is a key's, a bold letter group names
    several right options, the bullets are the explanation."""
    page = (
        "1. Which are prime?\n   A. 4\n   B. 2\n   C. 3\n   D. 5\n\n2. Which are even?\n   A. 2\n   B. 4\n   C. 7\n   D. 9\n\n"
        "#### 答案与解析\n\n1. **BCD**\n   - A is 2 × 2.\n2. **AB**\n   - 7 and 9 are odd.\n"
    )
    _, manifest = _built(tmp_path, {"q.md": page})
    keyed = {n["fields"]["Question"]: n["fields"] for n in manifest["notes"]}
    assert len(keyed) == 2, list(keyed)
    assert keyed["Which are prime?"]["Correct"].count(")") == 3 and "2 × 2" in keyed["Which are prime?"]["Explanation"]


def test_a_vocabulary_lesson_with_section_labels_and_a_repeat_is_detected(tmp_path: Path) -> None:
    """trial15 T15-91 (detection; the reading is formats'): a lesson of 'der Beruf – zawód' lines under 'Praca:' labels,
    the pairs repeated in a 'Tłumaczenia:' section, was 'cannot tell this document's layout'; label lines are no pairs,
    and the same pair again is a repeat, not a term whose meanings differ."""
    pairs = "die Arbeit – praca\nder Beruf – zawód\nder Arzt – lekarz\nder Koch – kucharz\nder Lehrer – nauczyciel\n"
    text = f"Lekcja 8\n\nPraca:\n\n{pairs}\nTłumaczenia:\n\n{pairs}"
    result, manifest = _built(tmp_path, {"lekcja.txt": text})
    assert any("read as layout 'delimited'" in d.message for d in result.summary.warnings), result.summary.warnings
    assert _cards(manifest)["der Beruf"].startswith("<p>zawód") and result.summary.notes == 5
