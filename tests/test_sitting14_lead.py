"""Lead's fixes of the fourteenth sitting."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str], table: str = "") -> dict[str, Any]:
    """A deck of these files (and this deck.toml table) built to JSON: its manifest."""
    from compiler.build import build

    content = deck_of(tmp_path, files, table)
    build(content, tmp_path / "out", formats=("json",), now=2_000)
    return json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _fronts(manifest: dict[str, Any]) -> list[str]:
    return [n["fields"].get("Question") or n["fields"].get("Text") or "" for n in manifest["notes"]]


_COURSE = """# Assessment: Week 7: Neural Networks

## Section 1: Introduction to Neural Networks

### Learning Objectives
- Understand the basic definition of neural networks.
- Identify the key components of a neural network.

### Assessment Questions

**Question 1:** What is a neural network primarily used for?

  A) Data Entry
  B) Pattern Recognition
  C) Database Management
  D) Word Processing

**Correct Answer:** B
**Explanation:** Neural networks are primarily used for pattern recognition.

### Activities
- Write a brief paragraph explaining why neural networks matter.

### Discussion Questions
- How do neural networks compare to traditional algorithms?
- What are the drawbacks of neural networks?

---

## Section 2: Loss Functions

### Learning Objectives
- Understand concepts from loss functions

### Assessment Questions

**Question 1:** Which loss function suits a binary classification task?

  A) Mean Squared Error
  B) Cross-Entropy Loss
  C) Hinge Loss
  D) None of the above

**Correct Answer:** B
**Explanation:** Cross-entropy compares predicted probabilities with the labels.
"""


def test_course_furniture_sections_are_no_cards(tmp_path: Path) -> None:
    """lead G6: a course assessment page's 'Learning Objectives', 'Activities' and 'Discussion Questions' lists were
    five Basic cards teaching the lists; the quiz questions are the page's only cards, the sections skipped."""
    manifest = _built(tmp_path, {"week7.md": _COURSE})
    fronts = _fronts(manifest)
    assert len(fronts) == 2 and all("?" in f for f in fronts), fronts
    assert [n["fields"]["Correct"] for n in manifest["notes"]] == [
        "B) Pattern Recognition",
        "B) Cross-Entropy Loss",
    ]
    skipped = {s["question"].split(" › ")[-1]: s["skipped"] for s in manifest["skipped"]}
    assert set(skipped) == {"Learning Objectives", "Activities", "Discussion Questions"}
    assert all(why.startswith("a list of ") for why in skipped.values())
    assert manifest["summary"]["items_accounted"] == manifest["summary"]["items_read"] == 6


_NOTES = """# Networking notes

## TCP
- Connection-oriented, with a three-way handshake.
- Retransmits lost segments.

## UDP
- Connectionless; no retransmission.

## Open questions
- Why does QUIC run over UDP?
- Who assigns port numbers?

## Learning goals
- Explain the difference between TCP and UDP.
"""


def test_notes_keep_their_cards_and_lose_only_lists_that_teach_nothing(tmp_path: Path) -> None:
    """A page read as notes (headings = "cards"): the topics' lists are cards; a list of unanswered questions and
    the learning goals are listed as skipped with why."""
    manifest = _built(tmp_path, {"notes.md": _NOTES}, _CARDS_TOML)
    fronts = _fronts(manifest)
    assert fronts == ["TCP", "UDP"], fronts
    skipped = {s["question"]: s["skipped"] for s in manifest["skipped"]}
    assert skipped == {
        "Open questions": "a list of questions without answers",
        "Learning goals": "a list of the course's objectives, tasks or prompts under the heading",
    }


_CARDS_TOML = """
[[source]]
id = "notes"
file = "sources/notes.md"
title = "Networking notes"
layout = "markdown"
headings = "cards"
"""


def test_a_heading_over_prose_is_never_taken_for_furniture(tmp_path: Path) -> None:
    """'## Goals' over a paragraph is a note like any other heading: only lists are weighed."""
    from markdown_it import MarkdownIt

    from compiler.sources.markdown_blocks import top_blocks, unlearnable

    def blocks(text: str) -> list[Any]:
        return top_blocks(MarkdownIt("commonmark").parse(text))

    assert unlearnable("Goals", blocks("TCP aims for reliable, ordered delivery.")) == ""
    assert unlearnable("Advantages", blocks("- fast\n- simple\n")) == ""
    assert unlearnable("🎯 Learning Objectives:", blocks("By the end you will:\n\n- know X\n")) != ""
    assert unlearnable("1.2 Lernziele", blocks("- X verstehen\n")) != ""
    assert unlearnable("Review", blocks("- What is X?\n- Why Y?\n")) == "questions without answers"
    assert unlearnable("Review", blocks("- What is X?\n- Y is a protocol.\n")) == ""


_RULED = """# Web notes

### Q1. Why is shadcn/ui different from most UI libraries?
**Ans:** Most UI libraries keep components inside `node_modules`,
while shadcn copies the component into your project.
------------------------------------------------------------------------

### Q2. What does `return` do in a React component?
**Ans:** Returns the JSX that React renders.
------------------------------------------------------------------------

### Q3. What is npm?
Ans: The package manager for JavaScript.
"""


def test_a_rule_typed_under_an_answer_never_makes_it_a_heading(tmp_path: Path) -> None:
    """lead G7: a line of dashes right under an answer (notes typed without blank lines) underlined it as a heading:
    the question was "no answer" and the answer the section of the next questions."""
    manifest = _built(tmp_path, {"web.md": _RULED})
    answers = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert list(answers) == [
        "Why is shadcn/ui different from most UI libraries?",
        "What does <code>return</code> do in a React component?",
        "What is npm?",
    ], list(answers)
    assert "shadcn copies the component" in answers["Why is shadcn/ui different from most UI libraries?"]
    assert all(not n["sections"] or "Ans" not in " ".join(n["sections"]) for n in manifest["notes"])
    assert not manifest["skipped"]


def test_underlines_that_make_headings_stay() -> None:
    """Only a paragraph of two lines or more, or one opening with an answer label, loses its underline; line count kept."""
    from compiler.sources.underlines import rule_underlines

    for kept in (
        "Introduction\n============\n\nText.",
        "- a\n- b\n---",
        "```\nx\ny\n---\n```",
        "| a | b |\n|---|---|\n---",
    ):
        assert rule_underlines(kept) == kept
    assert rule_underlines("one\ntwo\n---") == "one\ntwo\n***"
    assert rule_underlines("---\ntype: quiz\nquestion: Which?\n---") == "---\ntype: quiz\nquestion: Which?\n---"
    assert rule_underlines("---\ntitle: x\ndifficulty: hard\n---\n# Q?") == "---\ntitle: x\ndifficulty: hard\n---\n# Q?"
    assert rule_underlines("**Answer:** yes\n=====") == "**Answer:** yes\n*****"
    assert rule_underlines("# Q?\nAns: a\nb\n----\nnext") == "# Q?\nAns: a\nb\n****\nnext"


_QUOTED = """# A/B testing write-up

**Question:** Which evaluation metrics did you choose?

> **ANS:** (1) gross conversion and (2) net conversion


**Question:** Will you use Bonferroni Correction?

> **ANS:** No: these metrics are highly correlated,
> so Bonferroni would be too conservative.

**Question:** How many page views do we need?

> **ANS** 685,325, the most any of the two metrics needs.

> **Note:** the quote above is the answer; this one is a note.
"""


def test_an_answer_set_in_a_quote_is_read_as_the_answer(tmp_path: Path) -> None:
    """lead G8: '> **ANS:** …' under '**Question:** …' hid the label: the page 'asked no question' and the five
    questions were the back of one card named after the page."""
    manifest = _built(tmp_path, {"ab.md": _QUOTED})
    answers = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert list(answers) == [
        "Which evaluation metrics did you choose?",
        "Will you use Bonferroni Correction?",
        "How many page views do we need?",
    ], list(answers)
    assert answers["Will you use Bonferroni Correction?"].startswith(
        "<p>No: these metrics are highly correlated"
    )
    assert answers["How many page views do we need?"].startswith("<p>685,325")
    assert "ANS" not in " ".join(answers.values())


def test_only_quotes_that_open_with_an_answer_label_lose_their_mark() -> None:
    from compiler.sources.answer_quotes import unquoted_answers

    for kept in (
        "> **Note:** a note",
        "> > **Answer:** nested",
        "```\n> Answer: code\n```",
        "> Quote\n> Answer: 2",
    ):
        assert unquoted_answers(kept) == kept
    assert (
        unquoted_answers("Q?\n\n> Answer: yes\n> and more\n\nnext") == "Q?\n\nAnswer: yes\nand more\n\nnext"
    )
    assert unquoted_answers("> **Ответ:** да") == "**Ответ:** да"


_WALKTHROUGH = """# Windows hardening walkthrough

## Task 2 - Understanding General Concepts

#### 1) What is the startup type of App Readiness service in the services panel?

*Search for `services` in the search box and open it.*

**Ans:** `Manual`
#### 2) What is the default value of the key?

*Search for `registry` in the search box.*

**Ans:** `{THM_REG_FLAG}`

#### 3) What is the extension of that file?

**Ans:** `.bkf`
"""


def test_an_ans_label_after_a_note_opens_the_back(tmp_path: Path) -> None:
    """lead G11: 'Ans:' after a note under the question was no answer label: each back opened with the note and
    ended 'Ans: Manual'. Like 'Answer:', the note stays under the question and the back is the answer."""
    manifest = _built(tmp_path, {"thm.md": _WALKTHROUGH})
    answers = [n["fields"]["Answer"] for n in manifest["notes"]]
    assert answers == [
        "<p><code>Manual</code></p>",
        "<p><code>{THM_REG_FLAG}</code></p>",
        "<p><code>.bkf</code></p>",
    ], answers


_KEYCAPS = """# Python Tuples – Notes

## 1️⃣ What is a Tuple? 🤔

A **tuple** is an ordered, immutable collection.

## 2️⃣ Why Do Tuples Exist?

To represent fixed, read-only data.

## 1️⃣3️⃣ Performance Insight ⚡

- Tuples use less memory

## 1️⃣4️⃣ Common Interview Traps ❌

- Forgetting the comma in a single-element tuple

## 1️⃣5️⃣ Interview Questions & Answers 🎯

### Q1. Why are tuples immutable?
**Ans:** To allow hashing, safety, and performance.

### Q2. Can a tuple be a dictionary key?
**Ans:** Yes, if all its elements are immutable.
"""


def test_keycap_numbers_of_two_digits_and_a_numbered_section_over_questions(tmp_path: Path) -> None:
    """lead G9: '1️⃣4️⃣ Common Interview Traps' lost only its first keycap (front '4️⃣ Common …'); lead G10: the numbered
    section '1️⃣5️⃣ Interview Questions & Answers' over its questions was a question "no answer", not their section."""
    manifest = _built(tmp_path, {"tuples.md": _KEYCAPS})
    fronts = _fronts(manifest)
    assert "Common Interview Traps" in fronts and not any("4️⃣" in f for f in fronts), fronts
    assert not manifest["skipped"], manifest["skipped"]
    asked = {
        n["fields"]["Question"]: n["sections"]
        for n in manifest["notes"]
        if n["fields"]["Question"].startswith(("Why are", "Can a"))
    }
    assert len(asked) == 2 and all(s and "Interview Questions" in s[-1] for s in asked.values()), asked


def test_keycap_numbers() -> None:
    from compiler.sources.lines import leading_number, strip_number

    assert (leading_number("1️⃣4️⃣ Traps"), strip_number("1️⃣4️⃣ Traps")) == ("14", "Traps")
    assert (leading_number("3️⃣ Find it"), leading_number("🔟 Ten")) == ("3", "10")


_EXPORT_NOTE = (
    "# Chain 16: Precomputation\n\n## Concept\n\nWPA-PSK derives a PMK from the passphrase and SSID with PBKDF2.\n\n"
    "## Anki Deck\n\n```\n#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n\n"
    "R1a4B7c9D2\tBasic\tOps::WiFi\tWhat is the purpose of <code>genpmk</code>?\tTo precompute PMKs for one SSID.\twifi\n"
    "S2b5C8d0E3\tBasic (type in the answer)\tOps::WiFi\tWhich tool looks PMKs up in a <code>genpmk</code> table?\t<code>cowpatty</code>\twifi crack\n"
    "T3c6D9e1F4\tBasic\tOps::WiFi\tWhy does <code>genpmk</code> need the SSID?\tPBKDF2 salts the PMK with the SSID.<br>Tables are per SSID.\twifi\n"
    "```\n\n## Example code\n\n```c\n#include <stdio.h>\n#define:x\n```\n"
)


def test_an_anki_export_pasted_in_a_note_gives_its_notes(tmp_path: Path) -> None:
    """lead G12: a study note ending with its author's cards as Anki's plain-text export in a fence was one card,
    'Anki Deck', whose back was the raw export. Each row is a note at its line, with its tags; Anki's guid, note type
    and deck columns are left out; other fences stay code."""
    manifest = _built(tmp_path, {"chain16.md": _EXPORT_NOTE})
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    assert list(notes) == [
        "What is the purpose of <code>genpmk</code>?",
        "Which tool looks PMKs up in a <code>genpmk</code> table?",
        "Why does <code>genpmk</code> need the SSID?",
    ], list(notes)
    second = notes["Which tool looks PMKs up in a <code>genpmk</code> table?"]
    assert second["fields"]["Answer"] == "<p><code>cowpatty</code></p>"
    assert {"wifi", "crack"} <= set(second["tags"])
    assert second["items"][0]["line"] == 18  # the row's own line
    assert "Tables are per SSID." in notes["Why does <code>genpmk</code> need the SSID?"]["fields"]["Answer"]
    assert not any("R1a4B7c9D2" in json.dumps(n["fields"]) for n in manifest["notes"])


def test_a_fence_that_is_no_export_stays_code() -> None:
    from compiler.sources.ankifences import anki_fences

    assert anki_fences(["```c", "#include <stdio.h>", "#define:x", "```"], "a.md") is None
    assert anki_fences(["```", "#separator:tab", "only a front", "```"], "a.md") is None


_SPACED = """# Markdown Flashcards

*Markdown Flashcards* is a simple way of creating flashcards with plain text.

________________________________________________________________________________
How to create a card?

?


Card consists of Markdown text between two lines of underscores.

```md
___
How to create a card?
```
________________________________________________________________________________
How to separate question and answer?

:question:

A line with a question mark, or its emoji.
________________________________________________________________________________

## Paragraphs

________________________________________________________________________________

Paragraph

Second paragraph

?

A paragraph is one or more lines of text, separated by blank lines.

________________________________________________________________________________

Is this a good card?

```md
front
?
back
```

?

No: the question mark needs blank lines around it.
"""


def test_cards_split_by_a_spaced_question_mark(tmp_path: Path) -> None:
    """trial15 T15-3: 'Markdown Flashcards' decks (front, blank, '?' or ':question:', blank, back, cards between
    rules) lost cards as "text outside any question" and reversed fronts of two paragraphs."""
    manifest = _built(tmp_path, {"deck.md": _SPACED})
    fronts = [re.sub(r"<[^>]+>", "|", f) for f in _fronts(manifest)]
    assert len(fronts) == 4, fronts
    assert fronts[0] == "How to create a card?" and fronts[1] == "How to separate question and answer?"
    assert fronts[2].startswith("Paragraph|") and "Second paragraph" in fronts[2]
    assert fronts[3].startswith("Is this a good card?|") and "front" in fronts[3]
    answers = [n["fields"]["Answer"] for n in manifest["notes"]]
    assert answers[1] == "<p>A line with a question mark, or its emoji.</p>" and "Answer" not in " ".join(
        answers
    )
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [6, 18, 29, 39]


def test_one_spaced_question_mark_changes_nothing() -> None:
    from compiler.sources.spaced_cards import spaced_cards

    assert spaced_cards(["# Notes", "", "---", "Why?", "", "?", "", "Because."], "a.md") is None


_LABELLED = {
    "lt.md": "# DUK\n\n**Klausimas:** Ar galiu valdyti garsiakalbius su „Alexa“?\n\n**Atsakymas:**\nNe tiesiogiai, bet yra apylankos kelias.\n\n"
    "**Vadovas:** [Valdymo balsu nustatymas](https://example.org)\n\n---\n\n**Klausimas:** Kas yra DNS?\n\n**Atsakymas:** Vardų tarnyba.\n",
    "hy.md": "# FAQ\n\n**Հարց:** Ի՞նչ է DNS-ը\n\n**Պատասխան:**\nԱնունների ծառայություն։\n",
    "uk.md": "# FAQ\n\n**Запитання:** Що таке DNS?\n\n**Відповідь:**\nСлужба імен.\n",
    "en.md": "# FAQ\n\n**Note:** Is this page current?\n\nYes, as of today.\n\n**Question:** What is DNS?\n\n**Answer:** A name service.\n",
}


def test_question_and_answer_labels_in_any_language(tmp_path: Path) -> None:
    """trial15 T15-11: '**Klausimas:** …?' / '**Atsakymas:**' (labels deckc did not know) was lost or fronted by the
    answer label; Ukrainian kept 'Запитання:' on the front. The shape names them: a bold label over a question that
    asks, then a bold label over the answer."""
    manifest = _built(tmp_path, _LABELLED)
    qa = {n["fields"]["Question"]: re.sub(r"<[^>]+>", "", n["fields"]["Answer"]) for n in manifest["notes"]}
    assert qa["Ar galiu valdyti garsiakalbius su „Alexa“?"].startswith("Ne tiesiogiai")
    assert qa["Kas yra DNS?"] == "Vardų tarnyba."
    assert qa["Ի՞նչ է DNS-ը"] == "Անունների ծառայություն։"
    assert qa["Що таке DNS?"] == "Служба імен."
    assert qa["What is DNS?"] == "A name service."
    assert not any(q.startswith(("Atsakymas", "Պատասխան", "Запитання", "Відповідь")) for q in qa), list(qa)


def test_label_pairs_need_a_question_then_a_second_label() -> None:
    from compiler.sources.label_pairs import foreign_labels

    kept = [
        "**Note:** Is this current?\n\nYes.",
        "**Hinweis:** Achtung.\n\n**Tipp:** Nein.",
        "```\n**Klausimas:** Ar?\n**Atsakymas:** Taip.\n```",
    ]
    for text in kept:
        assert foreign_labels(text) == text
    # (Armenian: labels deckc has no word for; Lithuanian's are in lines.QUESTION_WORDS / ANSWER_WORDS since T29-55)
    assert foreign_labels("**Հարց:** Ի՞նչ է DNS-ը\n**Պատասխան:** Դա.") == "**Question:** Ի՞նչ է DNS-ը\n**Answer:** Դա."
    assert foreign_labels("**Klausimas:** Kas?\n**Atsakymas:** Tai.") == "**Klausimas:** Kas?\n**Atsakymas:** Tai."
    assert (
        foreign_labels("**Kysymys:** Mikä?\n**Vastaus:** Se.") == "**Kysymys:** Mikä?\n**Vastaus:** Se."
    )  # known: as written


def test_a_column_headed_a_alone_is_no_answer_column(tmp_path: Path) -> None:
    """trial15 T15-4: a strategy grid '||2|3|…|10|A|' (A: the ace) was a table of cards whose 'A' column was the
    answer: every row a card fronted by one action cell. A lone 'A' (or 'Q') names a column only beside a named
    front (or back); '| Q | A |' names both."""
    from compiler.sources.lines import table_columns

    assert table_columns(["", "2", "3", "10", "A"]) is None
    assert table_columns(["Q", "A"]) == {"front": 0, "back": 1}
    assert table_columns(["Term", "A"]) == {"front": 0, "back": 1}
    grid = "# Strategy\n\n### Hard\nWhat to do with a hard total.\n\n||2|3|A|\n|-|-|-|-|\n| 8|H|H|H|\n| 9|H|D|H|\n|10|D|D|H|\n"
    manifest = _built(tmp_path, {"grid.md": grid})
    assert _fronts(manifest) == ["Hard"], _fronts(manifest)


def test_an_entry_answered_below_its_label_is_not_answered_on_its_line() -> None:
    """trial15 T15-8 (the inline_qa part): '9) Welche … Küche? Nennen Sie vier.' over 'Lösung: …' was rewritten as the
    card '… Küche? >> Nennen Sie vier.' (the task taught as the answer); three such entries made a 55-task exam a
    Markdown page. An entry answered below by a label, or whose words after the '?' set a task, is left alone."""
    from compiler.sources.inline_qa import answered_entries

    exam = [
        "1) Welche Gerichte gelten als typisch? Nennen Sie vier.", "Lösung: Rouladen, Sauerbraten, Klopse, Gulasch.", "",
        "2) Wie lange reift Cheddar? Zwei Angaben.", "Lösung: 3 bis 24 Monate.", "",
        "3) Was ist Hausmannskost? Kurz.", "**Answer:** Einfache Küche.", "",
        "4) Warum reift Käse? Explain why.", "",
    ]  # fmt: skip
    assert answered_entries(exam) is None
    quiz = ["1. What is the chemical formula of water? H2O", "2. How many chromosomes do humans have? 46", "3. What carries genes? DNA"]
    assert answered_entries(quiz) == [
        "- What is the chemical formula of water? >> H2O",
        "- How many chromosomes do humans have? >> 46",
        "- What carries genes? >> DNA",
    ]


def test_a_label_heading_with_its_question_is_no_bare_label(tmp_path: Path) -> None:
    """trial15 T15-37: an FAQ '#### 问：PDF 文件中的链接提取是什么？' / '答：…' (9 pairs) gave 1 card and 'question has no
    answer' x8: the heading was taken for a bare label over its question, so the answer became the question."""
    faq = (
        "# 常见问题\n\n#### 问：PDF 文件中的链接提取是什么？\n\n答：PDF 文件中的链接提取是指恢复文档中所有超文本链接的过程。\n\n"
        "#### 问：Aspose.PDF 如何支持链接提取？\n\n答：Aspose.PDF 提供了强大的 API。\n\n"
        "#### 问：是否可以从特定页面提取链接？\n\n答：当然可以！\n"
    )
    manifest = _built(tmp_path, {"faq.md": faq})
    qa = {n["fields"]["Question"]: re.sub(r"<[^>]+>", "", n["fields"]["Answer"]) for n in manifest["notes"]}
    assert qa == {
        "PDF 文件中的链接提取是什么？": "PDF 文件中的链接提取是指恢复文档中所有超文本链接的过程。",
        "Aspose.PDF 如何支持链接提取？": "Aspose.PDF 提供了强大的 API。",
        "是否可以从特定页面提取链接？": "当然可以！",
    }, qa


def test_a_task_page_with_its_nordic_answer_key_and_solution(tmp_path: Path) -> None:
    """trial15 T15-35: an exam task page '# <title>' / context / '>[!oppgave]' task / '## Fasit' / '## Løsningsforslag'
    gave the cards 'Fasit' and 'Løsningsforslag' and dropped the task. Nordic answer-key and solution words are answer
    words: one card, the task on the front, the key and the solution on the back."""
    page = (
        "# Volum av pære\n\nBildet viser halve snittflaten til en pære.\n\n>[!oppgave]\n>Bestem det omtrentlige volumet av pæra.\n\n"
        "## Fasit\n\n$V \\approx 310$ cm³\n\n## Løsningsforslag\n\nVi modellerer konturen med en funksjon og roterer den.\n"
    )
    manifest = _built(tmp_path, {"paere.md": page})
    [note] = manifest["notes"]
    assert "Bestem det omtrentlige volumet" in note["fields"]["Question"]
    assert "310" in note["fields"]["Answer"] and "roterer" in note["fields"]["Answer"]


_TOGGLED = """# Квиз

### Вопрос 1

Что такое `SharedPreferences`?

- A) SQL база данных для Flutter
- B) Key-value хранилище для небольших примитивных данных (настройки, флаги, токены)
- C) Файловое хранилище для медиа
- D) Зашифрованное хранилище для паролей

<details>
<summary>Ответ</summary>

**B) Key-value хранилище для примитивных данных**

Хранит строки и числа.

</details>

### Вопрос 2

Как инициализировать `SharedPreferences`?

- A) Инициализировать при каждом использовании
- B) В `main()`: `await SharedPreferences.getInstance()` — передать через Provider/DI
- C) `SharedPreferences.init()` в `MaterialApp`
- D) Flutter инициализирует автоматически

<details>
<summary>Ответ</summary>

**B) Инициализировать в `main()` и передать через DI**

</details>
"""


def test_a_bold_key_in_other_words_keys_its_letter(tmp_path: Path) -> None:
    """trial15 T15-33: '**B) <shortened option text>**' in an answer toggle was no key unless it repeated option B word
    for word: ten questions, no card, the build failed. The letter keys when most of the key's words are its
    option's, more than any other option's."""
    manifest = _built(tmp_path, {"quiz.md": _TOGGLED})
    correct = [re.sub(r"<[^>]+>", "", n["fields"]["Correct"]) for n in manifest["notes"]]
    assert len(correct) == 2 and "Key-value хранилище для небольших" in correct[0] and "Provider/DI" in correct[1], correct


def test_a_bold_key_whose_words_name_another_option_keys_nothing() -> None:
    from compiler.sources.choices import _names_option

    options = ["red apple", "green pear", "blue plum"]
    assert not _names_option("red apple", options, 1)
    assert _names_option("a green pear", options, 1)


_PI_QUIZ = """# M1: Lineær algebra

Test din viden i quizzen.

<?quiz?>
question: Hvad er en augmenteret matrix?
answer: En matrix med kun koefficienter
answer-correct: En matrix med både koefficienter og konstanter
answer: En matrix med kun nuller
content:
<p><strong>Forklaring:</strong> Den har en ekstra søjle med konstanterne.</p>
<?/quiz?>

---

<?quiz?>
question: Hvilke operationer er elementære rækkeoperationer?
answer-correct: Ombytning
answer-correct: Skalering
answer: Integration
content:
<p>Erstatning, ombytning og skalering.</p>
<?/quiz?>
"""


def test_quizzes_in_the_older_mkdocs_quiz_syntax(tmp_path: Path) -> None:
    """trial15 T15-43: '<?quiz?>' / 'question:' / 'answer:' / 'answer-correct:' / 'content:' blocks were Basic cards whose
    back opened with the first wrong option. Each is a multiple-choice note keyed by its answer-correct lines."""
    manifest = _built(tmp_path, {"m1.md": _PI_QUIZ})
    notes = manifest["notes"]
    assert [n["fields"]["Question"] for n in notes] == ["Hvad er en augmenteret matrix?", "Hvilke operationer er elementære rækkeoperationer?"]
    first = re.sub(r"<[^>]+>", "", notes[0]["fields"]["Correct"])
    assert "både koefficienter og konstanter" in first and "ekstra søjle" in notes[0]["fields"]["Explanation"]
    second = re.sub(r"<[^>]+>", "", notes[1]["fields"]["Correct"])
    assert "Ombytning" in second and "Skalering" in second and "Integration" not in second


_LIA = """# 1. Testovací část

**1. Které pořadí odpovídá modelu datové komunikace?**

<!-- data-randomize="true" -->
[( )] kanál → zdroj → vysílač
[(X)] zdroj → vysílač → kanál
[( )] přijímač → kanál → zdroj

---

**2. Která spojení jsou správná?**

[[X]] optické vlákno — světlo
[[X]] bezdrátový přenos — elektromagnetické vlny
[[ ]] Wi-Fi — mechanické vibrace

# 2. Shrnutí

V optickém vlákně se informace přenáší [[světlem]]. Systém může [[ data zahodit | (vyžádat opakovaný přenos) | změnit význam ]].
"""


def test_liascript_quizzes_and_gaps(tmp_path: Path) -> None:
    """trial15 T15-49: LiaScript's '[(X)]' / '[( )]' single choice, '[[X]]' / '[[ ]]' multiple choice and '[[gap]]'
    blanks were Basic cards of raw option lines, the gaps text outside any question."""
    manifest = _built(tmp_path, {"kviz.md": _LIA})
    notes = manifest["notes"]
    mc = [re.sub(r"<[^>]+>", "|", n["fields"]["Correct"]) for n in notes if "Correct" in n["fields"]]
    assert len(mc) == 2 and "zdroj → vysílač → kanál" in mc[0] and "světlo" in mc[1] and "elektromagnetické" in mc[1]
    assert "Wi-Fi" not in mc[1]
    [cloze] = [n["fields"]["Text"] for n in notes if "Text" in n["fields"]]
    assert "{{c1::světlem}}" in cloze and "{{c2::vyžádat opakovaný přenos}}" in cloze


def test_liascript_rewrite_needs_its_options() -> None:
    from compiler.sources.liascript import liascript_quizzes

    notes = ["See [[Another note]] and [[light]].", "[(X)] only one option line"]
    assert liascript_quizzes(notes) is notes


def test_terms_inside_pandoc_divs_that_are_no_box(tmp_path: Path) -> None:
    """trial15 T15-84: a glossary of 'Term :: meaning' lines inside '::: karta -' / '::: slownik {.def-list}' divs was
    one card holding the ':::' lines. Divs that are no box are transparent: each line is its card."""
    page = (
        "## 22 | Słownik {#slownik .section}\n\n::: karta -\n::: slownik {.def-list}\n"
        "Higroskopijność :: Zdolność substancji do pochłaniania wilgoci z powietrza.\n"
        "Elektrolit :: Substancja, której roztwór wodny przewodzi prąd.\n"
        "Wskaźnik :: Substancja zmieniająca barwę zależnie od pH.\n:::\n:::\n"
    )
    manifest = _built(tmp_path, {"slownik.md": page})
    assert [n["fields"]["Question"] for n in manifest["notes"]] == ["Higroskopijność", "Elektrolit", "Wskaźnik"]
    assert not any(":::" in n["fields"]["Answer"] for n in manifest["notes"])
