"""Lead's fixes of the fifteenth sitting."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import deck_of

from compiler.sources.open_fences import close_open_fences


def _built(tmp_path: Path, files: dict[str, str], table: str = "") -> dict[str, Any]:
    """A deck of these files (and this deck.toml table) built to JSON: its manifest."""
    from compiler.build import build

    content = deck_of(tmp_path, files, table)
    build(content, tmp_path / "out", formats=("json",), now=2_000)
    return json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _fronts(manifest: dict[str, Any]) -> list[str]:
    return [n["fields"].get("Question") or n["fields"].get("Text") or "" for n in manifest["notes"]]


_SLIP = """# Shell quiz

## Q1. What does `ls -la` show?

**Answer:** every file, hidden ones too, in long form.

```bash
ls -la

## Q2. What does `pwd` print?

**Answer:** the working directory.

## Q3. What does `cd -` do?

**Answer:** it goes back to the previous directory:

```sh
cd -
```
"""


def test_a_fence_left_open_is_closed_before_the_questions_it_would_swallow() -> None:
    """T15-50: one missing closing ``` made the questions after it code on one back, without a word."""
    lines, slips = close_open_fences(_SLIP.split("\n"))
    assert [(s.opened, s.heading, s.ran_to, s.headings, s.closed) for s in slips] == [(7, 10, 20, 2, 9)]
    assert lines[8] == "```" and len(lines) == len(
        _SLIP.split("\n")
    )  # closed on the blank line: line numbers stand
    assert lines[17:20] == ["```sh", "cd -", "```"]  # the fence after it pairs as written


def test_a_fence_open_to_the_end_is_closed_too(tmp_path: Path) -> None:
    text = _SLIP.split("```sh")[0].rstrip() + "\n"
    manifest = _built(tmp_path, {"shell.md": text})
    assert _fronts(manifest) == [
        "What does <code>ls -la</code> show?",
        "What does <code>pwd</code> print?",
        "What does <code>cd -</code> do?",
    ]
    said = [w for w in manifest["warnings"] if "not closed" in w]
    assert len(said) == 1 and said[0].startswith(
        "sources/shell.md:7: warning: the code block opened here (```bash)"
    )
    assert "runs to the end of the file and makes 2 headings code; read as closed at line 9" in said[0]
    assert "add a closing ``` line where the code ends: line 9" in said[0]


def test_code_with_comment_headings_and_markdown_examples_stay_code() -> None:
    text = """# Python notes

## Q1. How do you define a function?

**Answer:** with `def`:

```python
## a helper
def f(x):
    return x

## Why use it?
print(f(1))
```

## Q2. How do you write a heading?

```markdown
## What is this?

**Bold** text
```

## Q3. What ends a script?

```python
## Done
exit(0)
"""
    lines, slips = close_open_fences(text.split("\n"))
    assert slips == [] and lines == text.split("\n")


_TRUE_FALSE = """# Quiz: Markdown Basics

## Answer Key

**Question 1**: Remember - Basic

**Statement**: Markdown was created in the early 2010s.

**Answer**: **False**

**Explanation**:
It was created in 2004.

---

**Question 2**: Apply - Intermediate

**Statement**: The numbers of an ordered list must be in sequential order.

**Answer**: **False**

**Explanation**:
Any numbers give a list numbered 1, 2, 3.

**Why This Design?**:
Inserting an item needs no renumbering.

**Common Misconception**:
Students expect the numbers kept.

---
"""


def test_a_bold_question_inside_a_labelled_answer_is_part_of_it(tmp_path: Path) -> None:
    """G13: '**Why This Design?**:' in an explanation cut it in two, its second half a card ': Inserting …'."""
    notes = _built(tmp_path, {"quiz.md": _TRUE_FALSE})["notes"]
    assert _fronts({"notes": notes}) == [
        "True or false: Markdown was created in the early 2010s.",
        "True or false: The numbers of an ordered list must be in sequential order.",
    ]  # ('Statement:' is the statement's label, no text of it)
    back = notes[1]["fields"]["Answer"]
    assert "<em>Why This Design?</em>:" in back and "Inserting an item needs no renumbering." in back


def test_a_bold_question_in_an_unlabelled_page_still_asks(tmp_path: Path) -> None:
    from compiler.sources.answer_asides import answer_asides

    faq = [
        "**What is DNS?**",
        "",
        "The phone book of the internet.",
        "",
        "**What is TCP?**",
        "",
        "A transport protocol.",
    ]
    assert answer_asides(faq) is faq
    labelled = [
        "**Q1:** What is DNS?",
        "**Answer:** a name service.",
        "**Why?**",
        "names",
        "**Q2:** What is TCP?",
        "**Answer:** a protocol.",
    ]
    assert answer_asides(labelled)[2] == "*Why?*"


_RULED = """# Productivity

## Flashcard: GTD's creator

**Who** created GTD?

---

David Allen

## Flashcard: Hash map lookup
What is the average time of a hash map lookup?

```python
d["a"]
```

---

O(1) on average.
"""


def test_a_heading_over_a_front_and_a_back_split_by_a_rule_is_a_card(tmp_path: Path) -> None:
    """G14: the heading was the question and front and back together its answer (the card gave itself away)."""
    notes = _built(tmp_path, {"cards.md": _RULED})["notes"]
    assert _fronts({"notes": notes})[0] == "Who created GTD?"
    assert notes[0]["fields"]["Answer"] == "<p>David Allen</p>"
    assert _fronts({"notes": notes})[1].startswith("What is the average time of a hash map lookup?")
    assert 'data-lang="python"' in _fronts({"notes": notes})[1]  # (the front's code stays on the front)
    assert notes[1]["fields"]["Answer"] == "<p>O(1) on average.</p>"


def test_sections_split_by_rules_under_asking_headings_stay_as_written() -> None:
    from compiler.sources.ruled_cards import ruled_cards

    faq = [
        "## Why Rust?",
        "",
        "Memory safety.",
        "",
        "---",
        "",
        "More below.",
        "## Why Go?",
        "",
        "Simple.",
        "",
        "---",
        "",
        "Fast builds.",
    ]
    assert ruled_cards(faq) is faq
    notes = [
        "## Monday",
        "",
        "Read chapter 2.",
        "",
        "---",
        "",
        "Notes.",
        "## Tuesday",
        "",
        "Gym.",
        "",
        "---",
        "",
        "Rest.",
    ]
    assert ruled_cards(notes) is notes  # (no front asks)


def test_zero_width_spaces_pasted_beside_labels_hide_nothing(tmp_path: Path) -> None:
    """H1: 'Q\u200b:' kept its label on the front and '**A\u200b:**' its label on the back."""
    from compiler.sources.base import load_document

    text = "## Q\u200b: What is UDP?\n\n**A\u200b:** A datagram protocol.\n\n## Q: What is ICMP?\n\n**A:** Control messages.\n"
    notes = _built(tmp_path, {"zw.md": text})["notes"]
    assert _fronts({"notes": notes}) == ["What is UDP?", "What is ICMP?"]
    assert notes[0]["fields"]["Answer"] == "<p>A datagram protocol.</p>"
    thai = tmp_path / "th.md"
    thai.write_text("ภาษา\u200bไทย and A\u200b: x\n", encoding="utf-8")
    assert (
        load_document(thai, "th.md", "utf-8").text == "ภาษา\u200bไทย and A: x\n"
    )  # (Thai breaks lines at it)


_MIXED = """# Networking review

## Part 1: short answers

Q: What does DNS resolve?
A: Names to IP addresses.

Q: Which port does HTTPS use by default?
A: 443.

## Part 2: quiz

1. Which protocol is connectionless?
   a) TCP
   b) UDP
   c) SCTP

2. What does ARP map?
   - a) IP to MAC
   - b) MAC to IP

### Answers

1. b
2. a
"""


def test_a_keyed_numbered_quiz_among_other_questions_keeps_both(tmp_path: Path) -> None:
    """H2: read as 'numbered' the Q/A pairs were lost; as Markdown the quiz was unkeyed, its key text in no card."""
    notes = _built(tmp_path, {"review.md": _MIXED})["notes"]
    assert _fronts({"notes": notes})[:2] == [
        "What does DNS resolve?",
        "Which port does HTTPS use by default?",
    ]
    quiz = notes[2:]
    assert [n["fields"]["Question"] for n in quiz] == [
        "Which protocol is connectionless?",
        "What does ARP map?",
    ]
    assert [n["fields"]["Correct"] for n in quiz] == ["B) UDP", "A) IP to MAC"]


def test_an_html_comment_never_closed_hides_no_question(tmp_path: Path) -> None:
    """T16-18: '<!-- TODO: …' with no '-->' hid the two questions after it; the only message spoke of sanitizing."""
    text = "# Net\n\n## What does TCP guarantee?\n\nOrdered delivery.\n\n<!-- TODO: add more\n\n## What is UDP?\n\nDatagrams.\n"
    manifest = _built(tmp_path, {"net.md": text})
    assert _fronts(manifest) == ["What does TCP guarantee?", "What is UDP?"]
    said = [w for w in manifest["warnings"] if "never closed" in w]
    assert said == [
        "sources/net.md:7: warning: the HTML comment opened here is never closed ('-->'), so it hides the rest of the "
        "file (2 lines, 1 heading); read as ending at line 7 (add '-->' at the end of line 7, or where the comment ends)"
    ]
    closed = "<!-- a comment\nover two lines -->\n\n## What is ICMP?\n\nControl messages.\n<!-- at the end"
    from compiler.sources.open_fences import close_open_comment

    assert close_open_comment(closed.split("\n")) == (closed.split("\n"), None)


def test_inline_cards_whose_question_holds_math_or_a_colon(tmp_path: Path) -> None:
    """T16-13: '$\\mathbf{G}$' in a '::' card's question lost the card; T16-1: one 'Note: …? :: …' lost its paragraph."""
    from compiler.sources.lines import inline_card

    text = (
        "#flashcards/logic\n\n"
        "What does $\\mathbf{G}$ stand for in LTL?::Globally.\n"
        "<!--SR:!2025-01-01,1,230-->\n\n"
        "What does $L : S \\rightarrow 2^{A}$ define?::The labels of each state.\n\n"
        "Note: what does TCP guarantee? :: Ordered, reliable delivery.\n"
        "What is UDP? :: A datagram protocol.\n"
    )
    fronts = _fronts(_built(tmp_path, {"logic.md": text}))
    assert len(fronts) == 4 and fronts[0].startswith("What does \\(\\mathbf{G}\\) stand for")
    assert fronts[2:] == ["Note: what does TCP guarantee?", "What is UDP?"]
    assert (
        inline_card("TARGET DECK: Javascript::Interview") is None
    )  # (Obsidian_to_Anki's deck path, no card)


def test_a_paragraph_of_dataview_fields_is_no_cards() -> None:
    """T16-2: 'builds-on:: [[ml-workflow]] — …' / 'feeds:: …' ×3 were five cards fronted 'builds-on', 'feeds' …"""
    from compiler.sources.lines import drop_properties

    fields = [
        "## Links",
        "",
        "builds-on:: [[ml-workflow]] — why it exists",
        "feeds:: [[metrics]] — scores",
        "feeds:: tuning — depth",
    ]
    assert drop_properties(fields)[2:] == ["", "", ""]
    vocabulary = ["#flashcards", "", "perro:: dog", "casa:: house"]
    assert drop_properties(vocabulary) == vocabulary


def test_a_quiz_component_that_is_one_question_by_its_attributes(tmp_path: Path) -> None:
    """G15: '<MicroQuiz question="…" options={[…]} correctAnswer="…" />' was raw JSX on the heading card's back."""
    page = (
        "# Sensors\n\nSensors collect endpoint data.\n\n"
        '<MicroQuiz\n  question="What is the primary purpose of sensors?"\n'
        '  options={[\n    "To monitor traffic",\n    "To collect endpoint data",\n  ]}\n'
        '  correctAnswer="To collect endpoint data"\n  explanation="They query endpoints."\n  shuffle\n/>\n'
    )
    notes = _built(tmp_path, {"sensors.mdx": page})["notes"]
    quiz = [n["fields"] for n in notes if n["fields"].get("Correct")]
    assert [(f["Question"], f["Correct"]) for f in quiz] == [
        ("What is the primary purpose of sensors?", "B) To collect endpoint data")
    ]
    assert "They query endpoints." in quiz[0]["Explanation"]


def test_item_numbers_on_lines_of_their_own_number_the_question_below(tmp_path: Path) -> None:
    """G16: a bank copied from a web page ('1.' / blank / question / blank / answer) gave no card (.txt) or one (.md)."""
    text = (
        "Genetics\n\n1.\n\nWhat is a gamete?\n\nA sex cell with half the chromosomes.\n\n"
        "2.\n\nWhat is an allele?\n\nA version of a gene.\n\n3.\n\nWhat is a genotype?\n\nThe alleles an organism has.\n"
    )
    for name in ("bank.txt", "bank.md"):
        fronts = _fronts(_built(tmp_path / name, {name: text}))
        assert fronts == ["What is a gamete?", "What is an allele?", "What is a genotype?"], name
    from compiler.sources.lone_numbers import lone_numbers

    boxed = ["## HTTP", "", "::: details Answer", "404.", ":::", "", "::: details Answer", "405.", ":::"]
    assert lone_numbers(boxed) is boxed  # (an answer that is a number, in its box)


def test_a_vocabulary_table_headed_by_two_languages_is_a_card_per_row(tmp_path: Path) -> None:
    """G17: '| English | Español | Example |' was one card holding the whole table ('English' read as the answer
    column, nothing before it to ask)."""
    text = (
        "# Vocabulary — Unit 3\n\n| English | Español | Example |\n|---|---|---|\n"
        "| to borrow | pedir prestado | ¿Me prestas tu libro? |\n| to lend | prestar | Le presté dinero. |\n"
    )
    notes = _built(tmp_path, {"vocab.md": text})["notes"]
    assert [(n["fields"]["Question"], n["fields"]["Answer"].split("</p>")[0][3:]) for n in notes] == [
        ("to borrow", "pedir prestado"),
        ("to lend", "prestar"),
    ]
    assert "Le presté dinero." in notes[1]["fields"]["Answer"]


def test_a_bank_whose_keys_write_the_right_options_text_reads_a_number_as_text(tmp_path: Path) -> None:
    """G19: a Google Forms sheet's 'Correct Answer' '6' (options 5, 6, 7, 8) was "names none of its options"."""
    sheet = (
        "Question,Option 1,Option 2,Option 3,Option 4,Correct Answer\n"
        "What is the capital of Kenya?,Nairobi,Mombasa,Kisumu,Nakuru,Nairobi\n"
        "How many sides has a hexagon?,5,6,7,8,6\n"
        "How many legs has a spider?,6,10,8,4,8\n"
    )
    notes = _built(tmp_path, {"forms.csv": sheet})["notes"]
    assert [n["fields"]["Correct"] for n in notes] == ["A) Nairobi", "B) 6", "C) 8"]
    from compiler.sources.ankifields import choice_key

    assert choice_key("2", ["5", "6", "7", "8"]) == [1]  # (alone, a number in range is the option's place)


def test_a_quoted_box_holding_a_question_and_its_solution_toggle(tmp_path: Path) -> None:
    """G21: a textbook page's '> **Check Your Understanding**' boxes (question, then a toggle) gave no card at all."""
    box = (
        "> **Check Your Understanding 4.{n}**\n>\n> {q}\n>\n> <details><summary>Show Solution</summary>\n>\n> {a}\n>\n"
        "> </details>\n"
    )
    text = "# Newton's first law\n\nA body keeps its motion.\n\n" + "\n".join(
        box.format(n=n, q=q, a=a)
        for n, (q, a) in enumerate(
            [
                ("Why does a gliding skater slow down?", "Friction acts on her."),
                ("Which has more inertia, a bowling ball or a tennis ball?", "The bowling ball."),
            ],
            1,
        )
    )
    notes = _built(tmp_path, {"newton.md": text})["notes"]
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in notes] == [
        ("Why does a gliding skater slow down?", "<p>Friction acts on her.</p>"),
        ("Which has more inertia, a bowling ball or a tennis ball?", "<p>The bowling ball.</p>"),
    ]


def test_direction_marks_and_french_no_break_spaces_hide_no_label(tmp_path: Path) -> None:
    """T16-43: a right-to-left mark before each 'س:' / 'ج:' kept the labels on the cards; T16-39: '**Réponse\u00a0:**'
    (a no-break space before the colon) kept its label on the back."""
    arabic = "\u200fس: ما هي عاصمة مصر؟\n\u200fج: القاهرة\n\n\u200fس: ما هي عاصمة فرنسا؟\n\u200fج: باريس\n"
    notes = _built(tmp_path / "ar", {"ar.md": arabic})["notes"]
    assert [n["fields"]["Question"] for n in notes] == ["ما هي عاصمة مصر؟", "ما هي عاصمة فرنسا؟"]
    assert [n["fields"]["Answer"] for n in notes] == ["<p>القاهرة</p>", "<p>باريس</p>"]
    french = "**Question\u00a0:** Que signifie UDP ?\n\n**Réponse\u00a0:** User Datagram Protocol.\n\n**Question\u00a0:** Que signifie TCP ?\n\n**Réponse\u00a0:** Transmission Control Protocol.\n"
    backs = [n["fields"]["Answer"] for n in _built(tmp_path / "fr", {"fr.md": french})["notes"]]
    assert all("Réponse" not in b for b in backs) and "User Datagram Protocol." in backs[0]


def test_a_question_callout_followed_by_an_answer_callout_is_a_card(tmp_path: Path) -> None:
    """T16-24: '> [!NOTE]' / '> **Question 1:** …' then '> [!TIP]' / '> **Answer:** …' made no card at all."""
    text = (
        "# Web Storage\n\n## Self-check\n\n"
        '> [!NOTE]\n> **Question 1:** What does `localStorage.getItem("missing")` return?\n\n'
        "> [!TIP]\n> **Answer:** `null`.\n\n"
        "> [!NOTE]\n> **Question 2:** Is sessionStorage shared between tabs?\n\n> [!TIP]\n> **Answer:** No, each tab has its own.\n\n"
        "> [!IMPORTANT]\n> Web Storage keeps strings only.\n"
    )
    notes = _built(tmp_path, {"storage.md": text})["notes"]
    assert [n["fields"]["Question"] for n in notes] == [
        'What does <code>localStorage.getItem("missing")</code> return?',
        "Is sessionStorage shared between tabs?",
    ]
    assert notes[1]["fields"]["Answer"].startswith("<p>No, each tab has its own.</p>")


def test_orbit_prompts_are_cards(tmp_path: Path) -> None:
    """T16-42: Orbit's '<orbit-prompt question="…" answer="…"></orbit-prompt>' web components were dropped silently."""
    page = (
        '# English → French\n\n## Group 1: Politeness\n\n<orbit-reviewarea color="#1D3557">\n'
        '    <orbit-prompt question="How do you say \'Thank you\'?" answer="Merci"></orbit-prompt>\n'
        "    <orbit-prompt\n        question=\"How do you say 'Please' (formal)?\"\n"
        "        answer='S&apos;il vous plaît \"formal\"'>\n    </orbit-prompt>\n</orbit-reviewarea>\n"
    )
    notes = _built(tmp_path, {"fr.md": page})["notes"]
    assert [n["fields"]["Question"] for n in notes] == [
        "How do you say 'Thank you'?",
        "How do you say 'Please' (formal)?",
    ]
    assert notes[0]["fields"]["Answer"] == "<p>Merci</p>" and "vous plaît" in notes[1]["fields"]["Answer"]
    assert all(n["fields"]["Section"] == "Group 1: Politeness" for n in notes)


def test_hashcards_cloze_cards(tmp_path: Path) -> None:
    """T16-41: hashcards' 'C: [Berlin] is the capital of [Germany].' was glued onto the answer above or junk."""
    deck = (
        "Q: What is the capital of France?\nA: Paris\n\nC: [Berlin] is the capital of [Germany].\n\n"
        "C:\nBetter is the sight of the eyes than the wandering of the\ndesire.\n\n— [Ecclesiastes] [6]:[9]\n\n"
        "---\n\nQ: What does ![](@/x.webp) show?\nA: A [link](https://example.org) and a painting.\n"
    )
    notes = _built(tmp_path, {"geo.md": deck})["notes"]
    fields = [n["fields"] for n in notes]
    assert [f.get("Question") or f.get("Text") for f in fields][:3] == [
        "What is the capital of France?",
        "{{c1::Berlin}} is the capital of {{c2::Germany}}.",
        "Better is the sight of the eyes than the wandering of the desire. — {{c1::Ecclesiastes}} {{c2::6}}:{{c3::9}}",
    ]
    assert fields[1].get("Text") and fields[0]["Answer"] == "<p>Paris</p>"
    assert "example.org" in fields[3]["Answer"] and "{{c" not in fields[3]["Answer"]


def test_an_option_in_capitals_is_no_section_title(tmp_path: Path) -> None:
    """T16-45: '   D. IGMP' (an acronym) before a blank line and the next question was read as a section title: the
    option dropped, the key's D naming nothing; with two options the card taught the first ('A. DNS')."""
    quiz = (
        "# Networking\n\n1. Which protocol manages multicast group membership?\n   A. TCP\n   B. UDP\n   C. ICMP\n   D. IGMP\n\n"
        "2. Which protocol maps IP addresses to MAC addresses?\n   A. DNS\n   B. ARP\n\n"
        "3. Which layer does TCP belong to?\n   A. Network\n   B. Transport\n\n## Answers\n\n1. D\n2. B\n3. B\n"
    )
    notes = _built(tmp_path, {"net.md": quiz})["notes"]
    assert [n["fields"]["Correct"] for n in notes] == ["D) IGMP", "B) ARP", "B) Transport"]


def test_an_answer_that_asks_never_joins_two_heading_questions(tmp_path: Path) -> None:
    """G22: '## Q: What is alignment' / 'How can we make AI serve values?' / '## Q: What is capital' / 'Paris.' was one
    card 'How can we make AI serve values?' → 'Paris.' (a case brief's '### Issue' / '### Holding' join stays)."""
    text = "## Q: What is alignment\n\nHow can we make AI serve values?\n\n## Q: What is capital\n\nParis.\n"
    manifest = _built(tmp_path / "a", {"m.md": text})
    assert _fronts(manifest) == ["What is capital"]
    assert [(s["question"], s["skipped"]) for s in manifest["skipped"]] == [
        ("What is alignment", "answer is a question")
    ]
    brief = "# Carlill\n\n### Issue\n\nCan an advertisement be an offer?\n\n### Holding\n\nYes: a unilateral offer.\n"
    notes = _built(tmp_path / "b", {"brief.md": brief})["notes"]
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in notes] == [
        ("Can an advertisement be an offer?", "<p>Yes: a unilateral offer.</p>")
    ]


def test_a_bank_kept_as_a_list_of_question_answer_pairs(tmp_path: Path) -> None:
    """T16-3: '- - OSI …?' / '  - |' answer (YAML) or '[["What does TCP guarantee?", "…"], …]' (JSON) failed the build."""
    yaml_bank = "- - What does TCP guarantee?\n  - Ordered, reliable delivery.\n- - What is UDP?\n  - |\n    A connectionless\n    datagram protocol.\n"
    json_bank = (
        '[\n  ["What is DNS?", "Names to addresses."],\n  ["What is ARP?", "IP to MAC.", "Link layer."]\n]\n'
    )
    manifest = _built(tmp_path, {"net.yml": yaml_bank, "more.json": json_bank})
    got = {
        (n["fields"]["Question"], n["items"][0]["line"] if isinstance(n["items"][0], dict) else None)
        for n in manifest["notes"]
    }
    assert {q for q, _ in got} == {"What does TCP guarantee?", "What is UDP?", "What is DNS?", "What is ARP?"}
    arp = next(n for n in manifest["notes"] if n["fields"]["Question"] == "What is ARP?")
    assert "IP to MAC." in arp["fields"]["Answer"] and "Link layer." in json.dumps(arp["fields"])


def test_a_true_false_mark_spaced_inside_its_brackets(tmp_path: Path) -> None:
    """T16-48: '3. HTTP 默认使用 80 端口。（ √ ）' (spaced, as teachers type it) was 'question has no answer'."""
    text = "# 判断题\n\n1. TCP 是面向连接的协议。（√）\n2. HTTP 默认使用 80 端口。（ √ ）\n3. DNS 只使用 TCP。（ × ）\n"
    notes = _built(tmp_path, {"tf.md": text})["notes"]
    assert [n["fields"]["Answer"] for n in notes] == ["<p>对</p>", "<p>对</p>", "<p>错</p>"]  # (in the page's language: T16-48 rest)


def test_an_unlisted_file_in_another_encoding_is_told_to_add_the_table_shown(tmp_path: Path) -> None:
    """T16-36: 'set its encoding in its [[source]] table' for a file deck.toml does not list: there is no such table."""

    from compiler.build import build

    content = deck_of(tmp_path, {})
    (content / "sources" / "fr.txt").write_bytes(
        "Q: Qu\x92est-ce que le caf\xe9 ?\nA: Une boisson.\n".encode("latin-1")
    )
    # (since trial29 T29-39: read as cp1252, its bytes' best reading, with a warning saying which line makes it explicit)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    assert result.compiled is not None
    said = next(d for d in result.compiled.diagnostics.items if d.message.startswith("not UTF-8"))
    assert 'add encoding = "cp1252" to its [[source]] table' in said.hint
    assert [i.question for i in result.compiled.items] == ["Qu\u2019est-ce que le caf\u00e9 ?"]


def test_spoiler_hidden_answers(tmp_path: Path) -> None:
    """T16-50: Reddit '>!Paris!<' (back '!Paris!<'), Discord '||Paris||' (no card) and Stack Exchange '>! Paris'."""
    reddit = "# Quiz\n\n**What is the capital of France?** >!Paris!<\n\n**What is the capital of Spain?** >!Madrid!<\n"
    discord = "# Quiz\n\nWhat is the capital of Italy? ||Rome||\n\nWhat is the capital of Peru? ||Lima||\n"
    stack = "# Quiz\n\n1. What is the capital of Chile?\n   >! Santiago\n\n2. What is the capital of Cuba?\n   >! Havana\n"
    notes = _built(tmp_path, {"r.md": reddit, "d.md": discord, "s.md": stack})["notes"]
    backs = {n["fields"]["Question"]: re.sub(r"<[^>]+>", "", n["fields"]["Answer"]) for n in notes}
    assert backs == {
        "What is the capital of France?": "Paris", "What is the capital of Spain?": "Madrid",
        "What is the capital of Italy?": "Rome", "What is the capital of Peru?": "Lima",
        "What is the capital of Chile?": "Santiago", "What is the capital of Cuba?": "Havana",
    }  # fmt: skip
