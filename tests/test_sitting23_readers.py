"""Twenty-third sitting, readers: open findings in the Markdown and plain-text readers and the declarative layouts
(trial22 T22-n, trial23 T23-n). Fixtures are small snippets in the documents' shapes, never the documents."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T22-8: a declared pattern of heading items, section headings of a higher level between them --------------------

HEADED_ITEM_SECTIONS = """# Interview

#### HTML

##### What does a doctype do?

It tells the browser which HTML to expect.

#### CSS

##### What is the box model?

Content, padding, border and margin.
"""


def test_higher_headings_between_heading_items_are_sections(tmp_path: Path) -> None:
    """trial22 T22-8: with item = '^#####…' and no section pattern, '#### CSS' and what followed it went onto the back
    of the item above (a warning said so). Item lines that are headings make a heading above their level a section."""
    table = """
[[source]]
id = "iv"
file = "sources/iv.md"
layout = "pattern"
[source.pattern]
item = '^#####\\s+(?P<question>.+)$'
"""
    notes, _, said = _built(tmp_path, {"iv.md": HEADED_ITEM_SECTIONS}, table)
    fields = {note_front(n): n["fields"] for n in notes}
    assert note_back({"fields": fields["What does a doctype do?"]}) == "It tells the browser which HTML to expect."
    assert fields["What does a doctype do?"]["Section"] == "HTML" and fields["What is the box model?"]["Section"] == "CSS"
    assert not any("heading inside the answer" in s for s in said)


TASK_CODE_THEN_QUESTION_LIST = """# Interview

##### Write a loop that prints "fizz" for multiples of `3`

```js
for (let i = 1; i <= 15; i++) console.log(i % 3 ? i : "fizz");
```

* Why avoid the global scope?
* What is the arity of a function?

More questions on scope are in the next chapter.

##### What does `typeof null` return?

`"object"`, a historic bug.
"""


def test_task_item_over_code_and_a_question_list_keeps_one_front(tmp_path: Path) -> None:
    """trial22 T22-8: a task item line ('##### Write a loop …', no '?') over its code, then a list of other questions:
    the last list entry was taken for the paragraph that asks, so the front was the task twice, its code and the list,
    and the back what came next. A list entry is never the asking paragraph: the task is the front, once."""
    table = """
[[source]]
id = "iv"
file = "sources/iv.md"
layout = "pattern"
[source.pattern]
item = '^#####\\s+(?P<question>.+)$'
"""
    notes, _, _ = _built(tmp_path, {"iv.md": TASK_CODE_THEN_QUESTION_LIST}, table)
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == ['What does typeof null return?', 'Write a loop that prints "fizz" for multiples of 3']
    task = next(n for n in notes if note_front(n).startswith("Write"))
    assert "console" in note_back(task) and "Write a loop" not in note_back(task)


CONTENTS_THEN_HEADED_ITEMS = """# Interview

## Contents

1. [General](#general)
1. [CSS](#css)

#### <a name='general'>General</a>

##### Which editor do you use?

Vim, mostly.

#### <a name='css'>CSS</a>

##### What is the box model?

Content, padding, border and margin.
"""


def test_table_of_contents_above_heading_items_is_no_section(tmp_path: Path) -> None:
    """trial22 T22-8: once headings above the item level are sections, a '## Contents' heading over links to the
    page's anchors was the parent of every section ('Contents › General'): a table of contents is no section."""
    table = """
[[source]]
id = "iv"
file = "sources/iv.md"
layout = "pattern"
[source.pattern]
item = '^#####\\s+(?P<question>.+)$'
"""
    notes, _, said = _built(tmp_path, {"iv.md": CONTENTS_THEN_HEADED_ITEMS}, table)
    sections = {note_front(n): n["fields"]["Section"] for n in notes}
    assert sections == {"Which editor do you use?": "General", "What is the box model?": "CSS"}
    assert not any("outside any item" in s for s in said)


# --- T22-7 (rest): a page that stacks unanswered question headings over answered ones ------------------------------

OPEN_QUESTION_HEADINGS = """# Frontend interview

##### How would you optimise a page's assets?
##### Why spread assets over several domains?
##### How many downloads run at once per domain?

Two, in old browsers.

##### Explain why web standards matter.
##### What is a flash of unstyled content?

The page shows unstyled before its stylesheet loads.
"""


def test_stacked_pair_on_a_page_that_leaves_question_headings_open(tmp_path: Path) -> None:
    """trial22 T22-7: on a page that stacks question headings and answers only the last of each run ('… per domain?'
    under two open ones), a pair 'Explain why web standards matter.' / 'What is a flash …?' was joined into one front.
    Where the page leaves questions open so, a pair is read the same way: the first has no answer, the second is its own."""
    notes, skipped, _ = _built(tmp_path, {"fe.md": OPEN_QUESTION_HEADINGS})
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == ["How many downloads run at once per domain?", "What is a flash of unstyled content?"]
    assert "Explain why web standards matter." in [s["question"] for s in skipped]


# --- T22-25: lecture text above self-check boxes -------------------------------------------------------------------

LECTURE_THEN_BOXES = """# Lecture 4: Routing

## 4.1 Distance vectors

Each router tells its neighbours how far it is from every network:

1. it starts with its directly connected networks;
2. it adds the cost of the link to each distance it hears.

```text
A --1-- B --2-- C
```

??? question "Why can distance vectors count to infinity?"
    A router may hear its own old route back from a neighbour and believe it.

??? question "What does split horizon forbid?"
    Advertising a route back over the link it was learned from.

## 4.2 Reading a table

Consider the following routing table:

| Network | Next hop |
|---|---|
| 10.0.0.0/8 | B |

??? question "Where does a packet for 10.1.2.3 go?"
    To B.
"""


def test_lecture_text_above_self_check_boxes_stays_off_their_fronts(tmp_path: Path) -> None:
    """trial22 T22-25: a lecture's paragraph, list and diagram above two '??? question "…?"' boxes were put on the front
    of both. A box asks all it needs in its title: the section's text goes on its front only when it sets up what
    the question is about ('Consider the following table:'), as a section's exhibit goes on its '###' questions."""
    notes, _, said = _built(tmp_path, {"lec.md": LECTURE_THEN_BOXES})
    fronts = {note_front(n): n["fields"]["Question"] for n in notes}
    assert fronts["Why can distance vectors count to infinity?"] == "Why can distance vectors count to infinity?"
    assert fronts["What does split horizon forbid?"] == "What does split horizon forbid?"
    table = next(v for k, v in fronts.items() if "Where does a packet" in k)
    assert "<table" in table and "10.0.0.0/8" in table
    assert any("lec.md:7" in s and "outside any question" in s for s in said), said


NUMBERED_CHECK_WITH_ANSWER_TOGGLE = """# Lecture 4

## Check your understanding

1. Which protocol resolves an IP address to a MAC address?
2. What does TTL stop?

<details>
<summary>Show answers</summary>

1. ARP.
2. A packet looping forever.

</details>
"""


def test_numbered_questions_over_an_answers_toggle_summary_on_its_own_line(tmp_path: Path) -> None:
    """trial22 T22-25 (b): numbered questions, then '<details>' alone on its line and '<summary>Show answers</summary>'
    on the next, numbered answers in it: one card of both lists. They pair by number, as with the summary on the
    '<details>' line."""
    notes, _, _ = _built(tmp_path, {"lec.md": NUMBERED_CHECK_WITH_ANSWER_TOGGLE})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("What does TTL stop?", "A packet looping forever."),
        ("Which protocol resolves an IP address to a MAC address?", "ARP."),
    ]


# --- T23-34: a table of contents whose entries hold code ------------------------------------------------------------

CONTENTS_WITH_CODE = """# React questions

## Contents

- [Beginner](#beginner)
  - [What is JSX?](#what-is-jsx)
  - [What is the `children` prop for?](#what-is-the-children-prop-for)

---

### Beginner

#### What is JSX?

A syntax that compiles to `React.createElement` calls.

#### What is the `children` prop for?

It holds what a component's tags enclose.
"""


def test_contents_with_code_in_an_entry_is_no_section(tmp_path: Path) -> None:
    """trial23 T23-34: '## Contents' over links to the page's anchors was the root section of every card ('Contents ›
    Beginner') because one entry's text held inline code: it is a table of contents all the same."""
    notes, _, _ = _built(tmp_path, {"react.md": CONTENTS_WITH_CODE})
    assert {n["fields"]["Section"] for n in notes} == {"Beginner"}
    assert len(notes) == 2


# --- T23-11: an answer opened by a command's name in capitals -------------------------------------------------------

KEYWORD_ANSWERS = """# SQL

## What is EXPLAIN, and how does it differ from EXPLAIN ANALYZE

EXPLAIN shows the plan the planner chose for a query.

EXPLAIN ANALYZE runs the query too, even an insert, update or delete.

## Что делает DESCRIBE

DESCRIBE выводит столбцы таблицы и их типы.
"""


def test_an_answer_opened_by_a_command_in_capitals_is_no_request(tmp_path: Path) -> None:
    """trial23 T23-11: 'EXPLAIN выводит информацию …' / 'EXPLAIN ANALYZE выполняет …' was read as the imperative
    'Explain …' (a request, as a follow-up question is) and the card skipped as "the answer is only another
    question". A keyword in capitals over text that is not is the answer's subject."""
    notes, skipped, _ = _built(tmp_path, {"sql.md": KEYWORD_ANSWERS})
    assert not skipped
    assert len(notes) == 2


# --- T22-39: a topic heading whose text is the question its step sub-headings answer -------------------------------

ASKED_BY_ITS_LINE = """# Network notes

## HTTP vs HTTPS

HTTPS adds encryption, authentication and integrity to HTTP.

### Cost

Encryption needs more CPU and memory than plain text.

## The flow of a web request

_What happens when we type a URL into the browser's address bar?_

### in the browser

1. The browser reads the URL by its rules.
2. It builds an HTTP request message.

### in the protocol stack

1. The stack puts the message into packets.
2. It hands them to the LAN adapter.

### in the web server

1. The server's stack rebuilds the message.
2. The application answers with a response message.

## DNS

The system that maps names to addresses.
"""


def test_topic_heading_asked_by_its_line_over_step_sub_headings(tmp_path: Path) -> None:
    """trial22 T22-39: '## The flow of a web request' whose text is only the question '_What happens when we type a
    URL …?_', over step sub-headings ('### in the browser' …): the heading was skipped ("the answer is only another
    question") and each step a card fronted 'in the browser', asking nothing. The line asks; the steps answer it."""
    notes, skipped, _ = _built(tmp_path, {"net.md": ASKED_BY_ITS_LINE})
    fronts = {note_front(n): n for n in notes}
    asked = fronts["What happens when we type a URL into the browser's address bar?"]
    back = note_back(asked)
    assert "in the browser" in back and "in the web server" in back and "application answers" in back
    assert not any(f.startswith("in the") for f in fronts)
    assert not [s for s in skipped if "flow" in s["question"]]
    assert "HTTP vs HTTPS" in fronts and "DNS" in fronts


# --- T22-14: one statement heading among statement headings read as cards -----------------------------------------

STATEMENT_AMONG_STATEMENTS = """# Java basics

### What are Java's main features?

Portable bytecode, garbage collection and a large standard library.

### What is the JVM?

The virtual machine that runs bytecode.

### Which comments does Java have?

Line, block and documentation comments.

### How do identifiers differ from keywords?

Keywords are identifiers the language reserves.

### Increment and decrement operators

`++` and `--` add or take one; before the variable they change it first, after it they use it first.

### Shift operators

`<<` shifts left, `>>` shifts right keeping the sign, `>>>` fills with zeros.

**What happens when the shift is larger than the type's width?**

Only the low bits of the distance count: an `int` shifts by `n % 32`.

### What is the difference between continue and break?

`continue` skips to the next pass; `break` leaves the loop.

### Which primitive types are there?

Eight: byte, short, int, long, float, double, char and boolean.

### Why can floating-point sums lose precision?

Most decimal fractions have no exact binary form.

### How is a number too big for long written?

With `BigInteger`.
"""


def test_lone_statement_heading_among_statement_cards_is_a_card(tmp_path: Path) -> None:
    """trial22 T22-14: among question headings, 'Shift operators' (over its text and its own question) was a card while
    'Increment and decrement operators', same shape, was skipped as "a statement heading among question headings".
    When its level's other statement headings are cards, it is one too."""
    notes, skipped, _ = _built(tmp_path, {"java.md": STATEMENT_AMONG_STATEMENTS})
    fronts = [note_front(n) for n in notes]
    assert "Increment and decrement operators" in fronts
    assert not [s for s in skipped if "Increment" in s["question"]]
# --- T23-40: an answers section named after the part it answers -----------------------------------------------------

EXERCISES_THEN_NAMED_SOLUTIONS = """# Chapter 2: Sets

## Exercises

1. How many subsets does a set of three elements have?
2. What is the union of {1, 2} and {2, 3}?
3. State De Morgan's first law.

## Solutions to the exercises

1. Eight, two to the power three.
2. {1, 2, 3}.
3. The complement of a union is the intersection of the complements.
"""


def test_solutions_section_named_after_the_exercises_answers_them(tmp_path: Path) -> None:
    """trial23 T23-40: '## Solutions' after numbered exercises answered them, '## Solutions to the exercises' did not
    (its entries were three more unanswered questions, nothing written). A plural key word with what it answers after
    it ('Answers to Chapter 3 exercises') heads the key; 'Solution to (a)' stays one question's answer."""
    notes, _, _ = _built(tmp_path, {"ch2.md": EXERCISES_THEN_NAMED_SOLUTIONS})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["How many subsets does a set of three elements have?"] == "Eight, two to the power three."
    assert len(got) == 3


# --- T23-43: options lettered with a dash, a colon or in brackets ---------------------------------------------------


def _marked_quiz(style: str) -> str:
    """Three numbered questions whose options are lettered in ``style`` ('{l} - {t}', '{l}: {t}', '[{l}] {t}')."""
    asked = [("Which port does SSH use?", ["21", "22", "80"], "B"), ("Which code means Created?", ["201", "204", "304"], "A"),
             ("Which record maps a name to IPv6?", ["A", "MX", "AAAA"], "C")]  # fmt: skip
    out = ["# Quiz", ""]
    for n, (q, options, key) in enumerate(asked, 1):
        out += [f"{n}. {q}", "", *(f"   {style.format(l='ABC'[k], t=t)}" for k, t in enumerate(options)), "", f"   Answer: {key}", ""]
    return "\n".join(out)


def test_options_lettered_with_a_dash_colon_or_brackets(tmp_path: Path) -> None:
    """trial23 T23-43: 'A - 80', 'A: 80' and '[A] 80' were no options: every question a basic card whose back was the
    option list with 'Answer: B' run on. A run of three or more lines so lettered in order from A is the options."""
    for k, style in enumerate(("{l} - {t}", "{l}: {t}", "[{l}] {t}")):
        notes, _, _ = _built(tmp_path / str(k), {"quiz.md": _marked_quiz(style)})
        assert sorted(n["fields"]["Correct"] for n in notes) == ["A) 201", "B) 22", "C) AAAA"], style


# --- T23-42: numbered questions, each over its options and an answer toggle -----------------------------------------

TOGGLED_NUMBERED_QUIZ = """# DNS check

1. Which record maps a name to an IPv4 address?

   A) A
   B) MX
   C) TXT

<details>
<summary>Answer</summary>

A) A — the address record.

</details>

2. Which port does DNS use?

   A) 25
   B) 53
   C) 110

<details>
<summary>Show answer</summary>

**B**

</details>
"""

ONE_LINE_TOGGLES = """# DNS check

1. Which record maps a name to an IPv4 address?

   A) A
   B) MX
   C) TXT

   <details><summary>Answer</summary>A</details>

2. Which port does DNS use?

   A) 25
   B) 53
   C) 110

   <details><summary>Answer</summary>B</details>
"""


def test_numbered_questions_over_options_and_answer_toggles(tmp_path: Path) -> None:
    """trial23 T23-42: '1. …?' with its options indented under it, then a '<details>' answer toggle: two questions were
    one card fronted by the page title and question 1 (options as a paragraph), question 2 lost; one-line toggles
    ('<details><summary>Answer</summary>B</details>') gave basic cards teaching every option. Each is a quiz keyed
    by its toggle: a letter, or the option said again with why after it."""
    for k, page in enumerate((TOGGLED_NUMBERED_QUIZ, ONE_LINE_TOGGLES)):
        notes, _, _ = _built(tmp_path / str(k), {"dns.md": page})
        got = {note_front(n): n["fields"].get("Correct") for n in notes}
        assert got == {"Which record maps a name to an IPv4 address?": "A) A", "Which port does DNS use?": "B) 53"}, got
    explained = next(n for n in _built(tmp_path / "x", {"dns.md": TOGGLED_NUMBERED_QUIZ})[0] if "IPv4" in note_front(n))
    assert "address record" in explained["fields"]["Explanation"]


# --- T23-44: 'Ans)' answer labels -------------------------------------------------------------------------------------

PAREN_LABEL_PAIRS = """# Review

Q1) What does a router forward?
Ans) Packets, by their destination address.

Q2) What does a switch forward?
Ans) Frames, by their MAC address.

Q3) What does a hub do?
Ans) It repeats every frame on every port.
"""


def test_ans_paren_label_answers_its_question(tmp_path: Path) -> None:
    """trial23 T23-44: 'Q1) …?' / 'Ans) …' pairs: all but the last question "had no answer" and the last kept 'Ans)'
    on its back. 'Ans)' opens the answer as 'Ans.' and 'A:' do ('A)' stays an option's label)."""
    for name in ("review.md", "review.txt"):
        notes, _, _ = _built(tmp_path / name, {name: PAREN_LABEL_PAIRS})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {
            "What does a router forward?": "Packets, by their destination address.",
            "What does a switch forward?": "Frames, by their MAC address.",
            "What does a hub do?": "It repeats every frame on every port.",
        }, (name, got)


# --- T23-47: answer keys that give the option's text, or a heading per entry ----------------------------------------


def _quiz_with_key(key: str) -> str:
    """Three numbered questions with lettered options, then ``key`` under '## Answers'."""
    return """# Quiz

1. Which port does SSH use?

   A) 21
   B) 22
   C) 80

2. Which record maps a name to IPv6?

   A) A
   B) MX
   C) AAAA

3. Which layer does TCP work at?

   A) Transport
   B) Network
   C) Link

## Answers

""" + key


def test_key_entries_giving_the_option_text_or_under_number_headings(tmp_path: Path) -> None:
    """trial23 T23-47: a key whose entries give the right option's text ('1. 22') or stand under a heading each
    ('### 1' / 'B — because …') keyed nothing: every question "none marked correct", nothing written. The entry's text
    names the one option it equals; a number heading in the key opens that entry."""
    by_text = "1. 22\n2. AAAA\n3. Transport\n"
    by_heading = "### 1\n\nB — SSH listens on 22.\n\n### 2\n\nC — quad A.\n\n### 3\n\nA — layer 4.\n"
    for k, key in enumerate((by_text, by_heading)):
        notes, _, _ = _built(tmp_path / str(k), {"quiz.md": _quiz_with_key(key)})
        assert sorted(n["fields"]["Correct"] for n in notes) == ["A) Transport", "B) 22", "C) AAAA"], key
