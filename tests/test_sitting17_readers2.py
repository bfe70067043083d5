"""readers2's fixes of the seventeenth sitting."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import deck_of

from compiler.sources.matching_tables import matching_tables


def _built(tmp_path: Path, files: dict[str, str], table: str = "") -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files, table)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _pairs(manifest: dict[str, Any]) -> dict[str, str]:
    """Each basic note's question -> its answer as text."""
    return {
        n["fields"]["Question"]: re.sub(r"<[^>]+>", " ", n["fields"]["Answer"]).strip()
        for n in manifest["notes"]
        if n["kind"] == "basic"
    }


# T17-26: a matching exercise as a table, its definitions scrambled and lettered, a key under it
_MATCHING = """# Cell biology

Match each term in Column A with its definition in Column B.

| Column A | Column B |
|---|---|
| 1. Mitosis | a. Movement of water across a membrane |
| 2. Osmosis | b. Division of a nucleus into two identical nuclei |
| 3. Ribosome | c. Organelle that makes proteins |

**Answers:** 1-b, 2-a, 3-c
"""

_RIGHT = {
    "Mitosis": "Division of a nucleus into two identical nuclei",
    "Osmosis": "Movement of water across a membrane",
    "Ribosome": "Organelle that makes proteins",
}


def test_matching_table_pairs_each_term_with_its_keyed_definition(tmp_path: Path) -> None:
    _, manifest = _built(tmp_path, {"match.md": _MATCHING})
    assert _pairs(manifest) == _RIGHT  # (was: each term with the definition on its row, the key glued to the last)
    lines = {n["fields"]["Question"]: n["items"][0]["line"] for n in manifest["notes"]}
    assert lines == {"Mitosis": 7, "Osmosis": 8, "Ribosome": 9}


def test_matching_table_in_a_text_file_unnumbered_terms_and_a_key_without_dashes(tmp_path: Path) -> None:
    text = (
        "Cell biology\n\n| Term | Definition |\n|---|---|\n| Mitosis | A. Movement of water across a membrane |\n"
        "| Osmosis | B. Organelle that makes proteins |\n| Ribosome | C. Division of a nucleus into two identical nuclei |\n\n"
        "Key: 1 C, 2 A, 3 B\n"
    )
    _, manifest = _built(tmp_path, {"match.txt": text})
    assert _pairs(manifest) == _RIGHT


def test_matching_table_with_an_answer_column_and_a_spare_definition(tmp_path: Path) -> None:
    text = (
        "# Matching\n\n| # | Term | Definition | Answer |\n|---|---|---|---|\n"
        "| 1 | Mitosis | A. Movement of water across a membrane | C |\n"
        "| 2 | Osmosis | B. Organelle that makes proteins | A |\n"
        "| 3 | Ribosome | C. Division of a nucleus into two identical nuclei | B |\n"
        "|  |  | D. A sugar |  |\n"
    )
    _, manifest = _built(tmp_path, {"match.md": text})
    assert _pairs(manifest) == _RIGHT  # the spare definition is no card, the answer column no text


def test_matching_part_of_a_worksheet_keyed_a_line_per_pair(tmp_path: Path) -> None:
    text = (
        "# Review\n\n## Part B: Matching\n\n| Term | Definition |\n|---|---|\n"
        "| 3. Mitosis | A. Movement of water across a membrane |\n| 4. Osmosis | B. Organelle that makes proteins |\n"
        "|  | C. Division of a nucleus into two identical nuclei |\n| 5. Ribosome | D. A sugar |\n\n"
        "## Answers\n\n1. b\n2. a\n3. C\n4. A\n5. B\n"
    )
    _, manifest = _built(tmp_path, {"review.md": text})
    assert _pairs(manifest) == _RIGHT


def test_matching_table_without_a_key_teaches_no_row_pair(tmp_path: Path) -> None:
    text = _MATCHING.replace("**Answers:** 1-b, 2-a, 3-c\n", "")
    result, manifest = _built(tmp_path, {"match.md": text, "other.md": "# DNS\n\n## What does DNS do?\n\nNames to addresses.\n"})
    assert list(_pairs(manifest)) == ["What does DNS do?"]
    assert sorted(s["question"] for s in manifest["skipped"]) == ["Mitosis", "Osmosis", "Ribosome"]
    said = [w for w in result.summary.warnings if "matching exercise" in w.message]
    assert [(w.file, w.line) for w in said] == [("sources/match.md", 5)]
    assert "no key" in said[0].message and 'matching = "rows"' in said[0].hint


def test_sides_header_letters_the_second_column_by_its_rows(tmp_path: Path) -> None:
    text = (
        "# Matching\n\n| Column A | Column B |\n|---|---|\n| Mitosis | Movement of water across a membrane |\n"
        "| Osmosis | Organelle that makes proteins |\n| Ribosome | Division of a nucleus into two identical nuclei |\n\n"
        "Answers: 1-c, 2-a, 3-b\n"
    )
    _, manifest = _built(tmp_path, {"match.md": text})
    assert _pairs(manifest) == _RIGHT


def test_matching_rows_keeps_the_rows_as_written(tmp_path: Path) -> None:
    text = _MATCHING.replace("**Answers:** 1-b, 2-a, 3-c\n", "")
    table = '[[source]]\nid = "match"\nfile = "sources/match.md"\nmatching = "rows"\n'
    _, manifest = _built(tmp_path, {"match.md": text}, table)
    assert _pairs(manifest)["Osmosis"] == "b. Division of a nucleus into two identical nuclei"


def test_tables_that_are_no_matching_exercise_stay() -> None:
    glossary = ["| Term | Definition |", "|---|---|", "| Mitosis | Division of a nucleus |", "| Osmosis | Water moving |"]
    steps = ["| Step | What to do |", "|---|---|", "| a. Open | the file |", "| b. Save | it |"]  # lettered, but the first column
    answers = ["| Question | Answer |", "|---|---|", "| Which port does HTTPS use? | B. 443 |", "| Which layer? | A. Transport |"]
    assert matching_tables(glossary) is None
    assert matching_tables(answers) is None
    assert matching_tables(steps) is None
    fenced = ["```", *_MATCHING.splitlines(), "```"]
    assert matching_tables(fenced) is None

# T17-27: fill-in-the-blank sentences under a word bank, answered by a key
_BANKED = """# Cell transport

Word bank: osmosis, diffusion, mitosis, ribosome, active transport

1. Water moves across a membrane by ________.
2. A nucleus divides into two identical nuclei during ________.
3. Proteins are made by the ________.

Answers: 1. osmosis 2. mitosis 3. ribosome
"""

_FILLED = {
    "Water moves across a membrane by ________.": "osmosis",
    "A nucleus divides into two identical nuclei during ________.": "mitosis",
    "Proteins are made by the ________.": "ribosome",
}


def test_word_bank_blanks_are_answered_by_the_keyed_words(tmp_path: Path) -> None:
    _, manifest = _built(tmp_path, {"bank.md": _BANKED})
    assert _pairs(manifest) == _FILLED  # (was: the key line the last one's back, the others no answer)
    lines = [n["items"][0]["line"] for n in manifest["notes"]]
    assert lines == [5, 6, 7]


def test_word_bank_keys_by_letters_in_order_and_numbered_entries(tmp_path: Path) -> None:
    lettered = _BANKED.replace("osmosis, diffusion, mitosis, ribosome, active transport", "(A) osmosis (B) diffusion (C) mitosis (D) ribosome")
    lettered = lettered.replace("1. osmosis 2. mitosis 3. ribosome", "1-A, 2-C, 3-D")
    in_order = _BANKED.replace("1. osmosis 2. mitosis 3. ribosome", "osmosis, mitosis, ribosome")
    listed = _BANKED.replace("Word bank: osmosis, diffusion, mitosis, ribosome, active transport", "Word bank:\n- osmosis\n- mitosis\n- ribosome")
    listed = listed.replace("Answers: 1. osmosis 2. mitosis 3. ribosome", "**Answer key:** 1 – osmosis; 2 – mitosis; 3 – ribosome")
    for k, text in enumerate((lettered, in_order, listed)):
        _, manifest = _built(tmp_path / str(k), {"bank.txt": text})
        assert _pairs(manifest) == _FILLED


def test_word_bank_without_a_fitting_key_stays_as_written() -> None:
    from compiler.sources.word_bank import word_banks

    lines = _BANKED.splitlines()
    no_key = lines[:-1]
    other_words = [*lines[:-1], "Answers: 1. Paris 2. Rome 3. Madrid"]
    assert word_banks(no_key) is None
    assert word_banks(other_words) is None

# T17-36 (rest): circled-number options run together on one line, keyed by the same symbol
_CIRCLED = """# 네트워크 기초

1. TCP의 특징으로 옳은 것은?
① 비연결형 ② 연결 지향형 ③ 순서 보장 없음 ④ 브로드캐스트 전용

정답: ②

2. HTTPS가 기본으로 사용하는 포트는? ①21　②80　③443　④8080
[정답] ③

3. DNS의 역할은?
①호스트 이름을 IP 주소로 변환
②파일 전송
③메일 전송

정답: ①
"""


def test_circled_options_on_one_line_are_options_keyed_by_the_symbol(tmp_path: Path) -> None:
    _, manifest = _built(tmp_path, {"quiz.md": _CIRCLED})
    kinds = {n["fields"].get("Question", n["id"]): n["kind"] for n in manifest["notes"]}
    assert list(kinds.values()) == ["multiple_choice"] * 3  # (was: Basic cards backed by the option line and the key)
    right = {n["fields"]["Question"]: re.sub(r"<[^>]+>", "", n["fields"]["Correct"]).strip() for n in manifest["notes"]}
    assert right == {
        "TCP의 특징으로 옳은 것은?": "② 연결 지향형",  # (the page's own labels on the card)
        "HTTPS가 기본으로 사용하는 포트는?": "③ 443",
        "DNS의 역할은?": "① 호스트 이름을 IP 주소로 변환",
    }


def test_circled_numbers_in_a_sentence_stay_text() -> None:
    from compiler.sources.letters import latin_option_letters

    text = "해설: ① 틀림 ② 맞음 ③ 틀림\n\n정답은 ② 이다. ① ③ ④ 는 틀렸다."
    assert latin_option_letters(text) == text


# T16-8 (rest): an exercise in parts, each part answered under it
_PARTS = """# Kinematics problems

1. A car accelerates from rest at 2 m/s² for 5 s.
   (a) What is its final speed?
   Answer: 10 m/s
   (b) How far does it travel?
   Answer: 25 m

2. What is the SI unit of acceleration?
   Answer: m/s²
"""


def test_each_answered_part_of_an_exercise_is_its_own_card_under_the_stem(tmp_path: Path) -> None:
    for name in ("parts.md", "parts.txt"):
        text = _PARTS if name.endswith(".md") else "\n".join(line.strip() for line in _PARTS.splitlines()) + "\n"
        _, manifest = _built(tmp_path / name, {name: text})
        cards = {n["fields"]["Question"]: re.sub(r"<[^>]+>", " ", n["fields"]["Answer"]).strip() for n in manifest["notes"]}
        stems = [n["items"][0]["line"] for n in manifest["notes"]]
        assert [(" ".join(re.sub(r"<[^>]+>", " ", q).split()), a) for q, a in cards.items()] == [
            ("A car accelerates from rest at 2 m/s² for 5 s. (a) What is its final speed?", "10 m/s"),
            ("A car accelerates from rest at 2 m/s² for 5 s. (b) How far does it travel?", "25 m"),
            ("What is the SI unit of acceleration?", "m/s²"),
        ], name  # (was: one card, the parts and their answers its back, '10 m/s' "Also accepted"); the stem on each front
        assert stems == [4, 6, 9]


def test_parts_without_answers_of_their_own_stay_one_card() -> None:
    from compiler.model import Block, BlockKind, Item, Locator
    from compiler.sources.sub_tasks import split_parts

    original = "1. Explain the design.\n(a) Which topology?\n(b) Where is the router?\nAnswer: a star; in the server room"
    item = Item(
        source="s", question="Explain the design.", answer=[Block(kind=BlockKind.text, text="a star")],
        locator=Locator(file="f", line=1), original=original,
    )  # fmt: skip
    assert split_parts([item]) == [item]


# T18-13: a Carpentries Workbench lesson's challenge boxes ('::: challenge' / '## Title' / task / '::: solution')
_LOOPS = """---
title: Loops
---

::::::::::::::::::::::::::::::::::::::: objectives

- Explain what a `for` loop does.

::::::::::::::::::::::::::::::::::::::::::::::::::

A `for` loop runs its body once for each element.

:::::::::::::::::::::::::::::::::::::::::  callout

## What's in a name?

The loop variable can have any name, as long as the body uses the same one.

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::  challenge

## Understanding the loops

Given `for letter in 'oxygen': print(letter)`, how many times is the body executed?

- 3 times
- 6 times

:::::::::::::::  solution

## Solution

The body of the loop is executed 6 times.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::  challenge

## Summing a list

Write a loop that sums `[1, 2, 3]` and prints the total.

:::::::::::::::  solution

## Solution

```python
total = 0
for n in [1, 2, 3]:
    total = total + n
print(total)
```

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::  challenge

## Counting vowels

1. Write a loop that counts the vowels in a string.
2. Test it on a few words.

:::::::::::::::  solution

## Solution

Loop over the string and add 1 for each character in `'aeiou'`.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_workbench_challenges_ask_their_task_and_are_answered_by_their_solution(tmp_path: Path) -> None:
    _, manifest = _built(tmp_path, {"loops.md": _LOOPS})
    cards = {
        " ".join(re.sub(r"<[^>]+>", " ", n["fields"]["Question"]).split()): " ".join(re.sub(r"<[^>]+>", " ", n["fields"]["Answer"]).split())
        for n in manifest["notes"]
    }
    summing = next(q for q in cards if "Summing a list" in q)
    assert "Write a loop that sums" in summing and "total = 0" in cards[summing]  # (was: the title asked, the task on the back)
    assert "Write a loop" not in cards[summing]
    vowels = next(q for q in cards if "Counting vowels" in q)
    assert "counts the vowels" in vowels and cards[vowels].startswith("Loop over the string")
    loops = next(q for q in cards if "Understanding the loops" in q)
    assert "how many times" in loops and cards[loops] == "The body of the loop is executed 6 times."
