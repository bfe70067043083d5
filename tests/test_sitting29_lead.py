"""Twenty-eighth sitting, lead: findings of trial 28 left open (/work/coord/findings-trial28.md).

The guesses a user pastes into decisions.toml: a wrong [[merge]] retires a card, a wrong [[keep_apart]] leaves a
duplicate."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import burn_cpu

from compiler.build import build
from compiler.cli import main


def _deck(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    for name, text in files.items():
        (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    return content, tmp_path / "build"


def _guesses(content: Path, out: Path) -> dict[frozenset[str], tuple[str, str]]:
    """`deckc dupes --toml` as {pair of questions: (table name, the comment line above it)}."""
    shown = CliRunner().invoke(main, ["dupes", str(content), "-o", str(out), "--toml"])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    found: dict[frozenset[str], tuple[str, str]] = {}
    for n, line in enumerate(lines):
        if line.startswith("items = ["):
            questions = frozenset(lines[n - k].split("  ", 2)[-1] for k in (2, 3))
            found[questions] = (lines[n - 1], lines[n - 4])
    return found


def test_questions_worded_alike_with_the_same_short_answer_are_guessed_one(
    tmp_path: Path, real_model
) -> None:  # type: ignore[no-untyped-def]
    """Real model, T28-53 (T27-1): 'What is the capital of France?' / 'Which city is the capital of France?', both
    answered 'Paris', scored 0.20 and were guessed [[keep_apart]] 'probably different questions' (the model counts
    identical answers against a pair); the same in Spanish. Questions worded alike (q >= 0.85) answered in the same
    few words are guessed [[merge]] whatever the score, and the comment says why. Near-misses stay apart: other
    answers ('Italy' / 'Germany'), the same answer to another named thing ('Hamlet' / 'Macbeth': Shakespeare) or
    another question with the same answer ('largest city' / 'capital': Paris)."""
    content, out = _deck(
        tmp_path,
        {
            "a.md": "# Geography\n\n## What is the capital of France?\n\nParis\n\n## What is the capital of Italy?\n\n"
            "Rome\n\n## Who wrote Hamlet?\n\nShakespeare\n\n## What is the largest city in France?\n\nParis\n",
            "c.md": "# Geografía\n\n## ¿Cuál es el río más largo de España?\n\nEl Tajo\n\n## ¿Cuál es la capital de "
            "Italia?\n\nRoma\n",
            "b.txt": "Q: Which city is the capital of France?\nA: Paris\n\nQ: What is the capital of Germany?\nA: Berlin\n\n"
            "Q: Who wrote Macbeth?\nA: Shakespeare\n",
            "d.txt": "P: ¿Qué río es el más largo de la península ibérica y de España?\nR: El Tajo\n\n"
            "P: ¿Cuál es la capital de Alemania?\nR: Berlín\n",
        },
    )
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    assert len(result.compiled.deck.notes) == 11  # nothing merged without asking
    guesses = _guesses(content, out)
    france = guesses[frozenset(("What is the capital of France?", "Which city is the capital of France?"))]
    assert france[0] == "[[merge]]", france
    assert "the same short answer and questions worded alike" in france[1]
    tajo = guesses[
        frozenset(
            (
                "¿Cuál es el río más largo de España?",
                "¿Qué río es el más largo de la península ibérica y de España?",
            )
        )
    ]
    assert tajo[0] == "[[merge]]"
    for apart in (
        ("What is the capital of Italy?", "What is the capital of Germany?"),
        ("Who wrote Hamlet?", "Who wrote Macbeth?"),
        ("What is the largest city in France?", "What is the capital of France?"),
        ("What is the largest city in France?", "Which city is the capital of France?"),
    ):
        assert guesses.get(frozenset(apart), ("[[keep_apart]]",))[0] == "[[keep_apart]]", apart


FAQ_PAGE = """# JavaScript

### How does the "this" keyword work? Provide some code examples.

In JavaScript *this* always refers to the owner of the function we are executing.

```js
function foo() { console.log(this.bar); }
```

### How to check if an object is an array or not? Provide some code.

> Use `toString` from `Object.prototype`.

```javascript
var arrayList = [1, 2, 3];
```

A parameter can be a single value or a list; how do we tell which one is passed?

```javascript
Object.prototype.toString.call(arrayList) === '[object Array]';
```

### Explain event bubbling and how one may prevent it

Event bubbling is when an event triggers at the deepest element and then on its parents.

### Write a "mul" function which will work when invoked as below.

```javascript
console.log(mul(2)(3)(4)); // 24
```
"""


def test_switching_to_the_advised_pattern_keeps_each_heading_s_note(tmp_path: Path) -> None:
    """T28-44: a FAQ page read by the Markdown layout, then with the `[source.pattern]` `deckc lint` advises
    (`item = '^###\\s+(?P<question>.+)$'`), retired two unchanged questions: the pattern layout moved 'Provide some
    code examples.' from the heading to the answer (new id), and 'How to check …? Provide some code.' lost its card
    to a paragraph under its code ('… how do we tell which one is passed?'). A heading is the whole question; the
    notes keep their ids across the switch, so nothing is retired."""
    content, out = _deck(tmp_path, {"javascript.md": FAQ_PAGE})
    first = build(content, out, formats=("json",), now=1_000)
    assert first.compiled is not None
    ids = {n.id for n in first.compiled.deck.notes}
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n\n[[source]]\nid = "javascript"\nfile = "sources/javascript.md"\n'
        "[source.pattern]\nitem = '^###\\s+(?P<question>.+)$'\n",
        encoding="utf-8",
    )
    second = build(content, out, formats=("json",), now=2_000)
    assert second.compiled is not None
    fronts = {n.id: n.fields["Question"] for n in second.compiled.deck.notes}
    assert ids <= set(fronts), ids - set(fronts)
    assert second.summary.retired == [] and second.summary.totals["retired"] == 0
    assert 'How does the "this" keyword work? Provide some code examples.' in fronts.values()
    assert "How to check if an object is an array or not? Provide some code." in fronts.values()
    assert not any("how do we tell" in front for front in fronts.values())


def _page(title: str, intro: str, table: str) -> str:
    return (
        f"---\nid: x\ntitle: {title}\nsidebar_label: x\n---\n\n## Introduction\n\n{intro}\n\n"
        f"## Time complexity\n\n| Operation | Big-O |\n| --- | --- |\n{table}\n"
    )


def test_a_generic_heading_card_shows_its_page_s_title_above_it(tmp_path: Path) -> None:
    """T28-13: cheat-sheet pages read heading by heading gave two fronts 'Time complexity' (an array's table, a
    hash table's) and two 'Introduction', nothing on the card saying which structure is asked. A heading naming no
    subject of its own, with no section above it, shows its document's title in Section (above the question on the
    front); its note id stays the heading's, and a heading under a section keeps that section."""
    content, out = _deck(
        tmp_path,
        {
            "array.md": _page(
                "Array cheatsheet",
                "Arrays hold values of one type at contiguous memory locations.",
                "| Access | O(1) |\n| Insert | O(n) |",
            ),
            "hash-table.md": _page(
                "Hash table cheatsheet",
                "A hash table maps keys to values with a hash function.",
                "| Insert | O(1) |\n| Search | O(1) |",
            ),
            "linked-list.md": "# Linked list\n\n## Types of linked lists\n\n### Singly linked list\n\nEach node points "
            "to the next node.\n\n### Doubly linked list\n\nEach node points to the next and the previous node.\n",
        },
    )
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    shown = {n.id: (n.fields["Section"], n.fields["Question"]) for n in result.compiled.deck.notes}
    assert shown["array/time-complexity"] == ("Array cheatsheet", "Time complexity")
    assert shown["hash-table/time-complexity"] == ("Hash table cheatsheet", "Time complexity")
    assert shown["array/introduction"] == ("Array cheatsheet", "Introduction")
    assert shown["linked-list/singly-linked-list"] == ("Types of linked lists", "Singly linked list")


NUMPY_SOLUTIONS = """# 100 numpy exercises

This is a collection of exercises that have been collected in the numpy mailing list.

#### 1. Import the numpy package under the name `np` (★☆☆)

```python
import numpy as np
```
#### 3. Create a null vector of size 10 (★☆☆)

```python
Z = np.zeros(10)
print(Z)
```
#### 8. Reverse a vector (first element becomes last) (★☆☆)

```python
Z = np.arange(50)
Z = Z[::-1]
print(Z)
```
#### 9. Create a 3x3 matrix with values ranging from 0 to 8 (★☆☆)

```python
Z = np.arange(9).reshape(3, 3)
print(Z)
```
#### 25. Given a 1D array, negate all elements which are between 3 and 8, in place. (★☆☆)

```python
Z = np.arange(11)
Z[(3 < Z) & (Z < 8)] *= -1
print(Z)
```
"""


def _in_words(page: str) -> str:
    """The same exercises answered in a sentence instead of code (a student's page of the numpy-100 set)."""
    said = iter(
        [
            "Use import numpy as np.",
            "Use np.zeros(10).",
            "Slice it with a step of -1.",
            "Reshape a range of 9.",
            "Multiply the elements between 3 and 8 by -1 with a mask.",
        ]
    )
    heads = re.findall(r"(?m)^#### .*$", page)
    return "# 100 numpy exercises\n\n" + "".join(f"{h}\n\n{next(said)}\n\n" for h in heads)


def test_one_exercise_set_in_two_pages_is_one_note_per_exercise(tmp_path: Path) -> None:
    """T29-7: numpy-100's pages ask the same exercises word for word. A page of them was told Czech ('a', 'by',
    'do', 'z' are Czech words too), so pairs were 'documents in two languages', kept apart; tasks written as
    headings ('Import the numpy package under the name `np`', 'Reverse a vector (first element becomes last)') were
    kept apart as bare topic headings ('Death' of two biographies) unless answered alike. The same exercises answered
    in words on one page and in code on another are one note each."""
    content, out = _deck(tmp_path, {"hints.md": _in_words(NUMPY_SOLUTIONS), "solutions.md": NUMPY_SOLUTIONS})
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = result.compiled.deck.notes
    assert len(notes) == 5, [n.fields["Question"] for n in notes]
    assert all({i.source for i in n.items} == {"hints", "solutions"} for n in notes)


def test_generic_headings_of_two_pages_still_stay_two_cards(tmp_path: Path) -> None:
    """The other side of T29-7: short topic headings ('Death', 'Insert at the beginning') of two pages about two
    subjects stay statements, suggested, never merged without asking (learner L38, trial28 T28-32)."""
    from compiler.model import Block, BlockKind, Item, Locator
    from compiler.pairscore import states_only

    def item(question: str) -> Item:
        answer = [Block(kind=BlockKind.text, text="An answer.")]
        return Item(
            source="a",
            question=question,
            answer=answer,
            locator=Locator(file="sources/a.md", line=1),
            original=question,
        )

    for topic in ("Death", "Insert at the beginning", "Early life and education", "Time complexity"):
        assert states_only(item(topic)), topic
    for task in (
        "Import the numpy package under the name `np`",
        "Reverse a vector (first element becomes last)",
        "Given a 1D array, negate all elements which are between 3 and 8, in place.",
    ):
        assert not states_only(item(task)), task


def test_the_read_limit_counts_cpu_and_is_no_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T29-15: a 5 MB bank on a busy machine stopped after 120 s of wall-clock time (29 s of CPU), reported as
    'internal error: TooSlow … this is a bug in deckc' (the reader's own fault handler caught the clock's stop). The
    limit counts CPU time: a reader waiting (the machine busy) is not stopped; a reader searching without end is, with
    the file named and what to do, never 'internal error'."""
    from compiler.sources import readers

    reader = readers()["markdown"]
    real = type(reader).read
    state = {"mode": "wait"}

    def slow(self, doc, src, diag):  # type: ignore[no-untyped-def]
        if doc.rel.endswith("bank.md"):
            if state["mode"] == "wait":
                time.sleep(1)  # wall-clock time only, as on a busy machine
            else:
                burn_cpu(30)
        return real(self, doc, src, diag)

    monkeypatch.setattr(type(reader), "read", slow)
    monkeypatch.setenv("DECKC_READ_LIMIT", "0.5")
    content, out = _deck(tmp_path, {"bank.md": "# Bank\n\n## What is X?\n\nX is a letter.\n"})
    waited = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert waited.exit_code == 0, waited.output
    state["mode"] = "burn"
    (content / "sources" / "bank.md").write_text(
        "# Bank\n\n## What is Y?\n\nY is a letter.\n", encoding="utf-8"
    )
    burned = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out2")])
    assert burned.exit_code == 1, burned.output
    assert "bank.md: error: reading this file took more than 0.5 s of CPU and was stopped" in burned.output
    assert "internal error" not in burned.output and "TooSlow" not in burned.output
    assert not (tmp_path / "out2").exists() or not any((tmp_path / "out2").glob("*.apkg"))


def test_a_large_file_over_the_limit_is_told_to_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T29-15: when the file that overran is large (a megabyte or more), the message says so and to split it or
    raise DECKC_READ_LIMIT, not that deckc has a bug."""
    from compiler.sources import readers

    reader = readers()["markdown"]
    real = type(reader).read

    def slow(self, doc, src, diag):  # type: ignore[no-untyped-def]
        burn_cpu(30)
        return real(self, doc, src, diag)

    monkeypatch.setattr(type(reader), "read", slow)
    monkeypatch.setenv("DECKC_READ_LIMIT", "0.5")
    bank = "# Bank\n\n" + "".join(
        f"## Q{n}. What links alpha and beta in case {n}?\n\n{'word ' * 40}\n\n" for n in range(4000)
    )
    assert len(bank.encode()) >= 1_000_000
    content, out = _deck(tmp_path, {"bank.md": bank})
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "it is large (1." in result.output and "split it into several files" in result.output
    assert "DECKC_READ_LIMIT=" in result.output and "a bug in deckc" not in result.output


def test_decisions_of_the_wrong_shape_are_answered_with_the_right_one(tmp_path: Path) -> None:
    """T29-13: a one-item [[merge]] and a [[keep_apart]] whose items is a string were answered in pydantic's words
    ('List should have at least 2 items after validation, not 1', 'Input should be a valid list'). Now the message
    says what is wrong in plain words, at the line, and shows the shape to write with the ids given."""
    content, out = _deck(
        tmp_path, {"geo.txt": "Q: What is 2+2?\nA: 4\n\nQ: What is the capital of Peru?\nA: Lima\n"}
    )
    (content / "decisions.toml").write_text(
        '[[merge]]\nitems = ["geo/what-is-2-2", ]\n[[keep_apart]]\nitems = "geo/what-is-the-capital-of-peru"\n'
        "[[keep_apart]]\nitems = [1, 2]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1
    said = result.output
    assert (
        'decisions.toml:2: error: [[merge]] number 1: items: names 1 entry; at least 2 are needed (write items = ["geo/what-is-2-2", "…"]'
        in said
    )
    assert (
        "decisions.toml:4: error: [[keep_apart]] number 1: items: a list in brackets is needed, not 'geo/what-is-the-capital-of-peru'"
        in said
    )
    assert 'write items = ["geo/what-is-the-capital-of-peru", "…"]' in said
    assert "items entry 1: must be text in double quotes, not 1" in said
    assert "should" not in said and "validation" not in said
    assert not out.exists() or not any(out.glob("*.apkg"))


QUIZ_A = """VERIFICA 1

1) Qual è l'organo che pompa il sangue?
   a) il fegato   b) il cuore   c) il polmone   d) il rene

2) Di che colore è la clorofilla?
   a) rossa   b) blu   c) verde   d) gialla

Soluzioni: 1 b; 2 c
"""

QUIZ_B = """VERIFICA 2

1) Qual è l'organo che pompa il sangue?
   a) il fegato   b) il cuore   c) il polmone   d) il rene

2) Di che colore è il cielo?
   a) rosso   b) blu   c) verde   d) giallo

Soluzioni: 1 a; 2 b
"""


def test_pairs_deckc_keeps_apart_itself_are_not_counted_to_decide(tmp_path: Path) -> None:
    """T29-23: a bank and its translations ended every build with '649 possible duplicate pairs for you to decide',
    every one guessed [[keep_apart]] by deckc's own rule (quizzes keyed to different answers, different code,
    two languages). The build counts only the pairs a human must look at, and says how many look alike but stay
    two cards, with nothing to do."""
    content, out = _deck(tmp_path, {"a.txt": QUIZ_A, "b.txt": QUIZ_B})
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "for you to decide" not in result.output
    assert (
        "1 pair of questions looks alike but deckc keeps each as two cards (different answers, code, languages or pages' subjects, or an author's own two notes): "
        "nothing to decide" in result.output
    )
    again = CliRunner().invoke(
        main, ["build", str(content), "-o", str(out)]
    )  # up to date: the record says the same
    assert "1 pair of questions looks alike" in again.output


def test_the_sheet_prints_a_question_s_code_whole(tmp_path: Path) -> None:
    """T29-24: a 'What's the output?' quiz whose code ran 14 lines was printed cut at 12, '⋯ 2 more lines on the
    card', losing the call that makes it print anything, while its explanation printed in full. The question's
    own code is printed whole (up to 60 lines); an answer's long code is still cut at 12."""
    import pypdf

    body = "\n".join(f"  console.log({n});" for n in range(12))
    page = (
        "# Quiz\n\n###### 1. What's the output?\n\n```javascript\nfunction sayHi() {\n"
        + body
        + "\n}\n\nsayHi();\n```\n\n"
        "- A: `0` to `11`\n- B: nothing\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\n"
        "It logs the numbers.\n\n</p>\n</details>\n"
    )
    content, out = _deck(tmp_path, {"quiz.md": page})
    result = build(content, out, now=1_000)
    assert result.compiled is not None
    note = result.compiled.deck.notes[0]
    assert note.kind.value == "multiple_choice", note.fields
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out / "t.pdf").pages)
    assert "sayHi();" in text and "console.log(11);" in text
    assert "more lines on the card" not in text


def test_an_override_follows_its_renamed_file(tmp_path: Path) -> None:
    """T29-46: after `mv net.md networking.md` the notes kept their GUIDs, but the override of
    'net/what-is-the-default-port-of-https' was ignored ('its source is no longer in the deck … remove the override')
    and the repaired answer reverted to the source's. The override follows the rename, with one warning naming the
    old and new ids; the card keeps the repair and its GUID."""
    page = "# Net\n\n## What is the default port of HTTPS?\n\n443.\n\n## What does DNS do?\n\nIt resolves names.\n"
    content, out = _deck(tmp_path, {"net.md": page})
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "net/what-is-the-default-port-of-https"\nanswer = "Port 443 (HTTP uses 80)."\n',
        encoding="utf-8",
    )
    (content / "decisions.toml").write_text(
        '[[keep_apart]]\nitems = ["net/what-is-the-default-port-of-https", "net/what-does-dns-do"]\n',
        encoding="utf-8",
    )
    first = build(content, out, formats=("json",), now=1_000)
    assert first.compiled is not None
    guids = {n.fields["Question"]: n.guid for n in first.compiled.deck.notes}
    (content / "sources" / "net.md").rename(content / "sources" / "networking.md")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        "overrides.toml:2: warning: 1 item id here names an item whose file was renamed: "
        "'net/what-is-the-default-port-of-https' is now 'networking/what-is-the-default-port-of-https'"
    ) in result.output
    assert "remove the override" not in result.output and "retired" not in result.output.split("lock:")[
        -1
    ].replace(" 0 retired", "")
    # (and in every later build: the lock remembers the rename, T28-29's decisions too)
    (content / "sources" / "networking.md").write_text(
        page + "\n## What is ARP?\n\nIt maps IP to MAC.\n", encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "whose file was renamed" in again.output and "no longer in the deck" not in again.output
    assert "unknown" not in again.output and "matches no item" not in again.output, again.output
    # (and in every later build: the lock remembers the rename, T28-29's decisions too)
    (content / "sources" / "networking.md").write_text(
        page + "\n## What is ARP?\n\nIt maps IP to MAC.\n", encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "whose file was renamed" in again.output and "no longer in the deck" not in again.output
    assert "unknown" not in again.output and "matches no item" not in again.output, again.output
    second = build(content, out, formats=("json",), now=2_000)
    assert second.compiled is not None
    notes = {n.fields["Question"]: n for n in second.compiled.deck.notes}
    https = notes["What is the default port of HTTPS?"]
    assert "Port 443 (HTTP uses 80)." in https.fields["Answer"]
    assert {q: notes[q].guid for q in guids} == guids
    assert (
        '"renamed": {"net/what-is-the-default-port-of-https": "networking/what-is-the-default-port-of-https"}'
        in (content / "deckc.lock").read_text(encoding="utf-8")
    )


def test_a_reworded_question_with_its_answer_touched_up_is_offered_the_pin(tmp_path: Path) -> None:
    """T29-44: 'What does DNS do?' reworded to 'What is the job of DNS?' and its answer given one more word in the
    same save retired the note with no pin offered (the offer needed the answer byte for byte). A note of the same
    source whose answer is the old one touched up and whose question shares a word is offered the pin; applying it
    keeps the GUID. An unrelated new question with another answer is not."""
    v1 = (
        "# Net\n\n## What does DNS do?\n\nIt translates domain names into IP addresses.\n\n"
        "## What is ARP?\n\nIt maps an IP address to a MAC address.\n"
    )
    content, out = _deck(tmp_path, {"net.md": v1})
    first = build(content, out, formats=("json",), now=1_000)
    assert first.compiled is not None
    guid = next(n.guid for n in first.compiled.deck.notes if n.id == "net/what-does-dns-do")
    v2 = (
        "# Net\n\n## What is the job of DNS?\n\nIt translates human-readable domain names into IP addresses.\n\n"
        "## What is ARP?\n\nIt maps an IP address to a MAC address.\n\n## What is NAT?\n\nIt rewrites addresses.\n"
    )
    (content / "sources" / "net.md").write_text(v2, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert 'item = "net/what-is-the-job-of-dns"\n    id = "net/what-does-dns-do"' in result.output
    assert 'what-is-nat"\n    id' not in result.output
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "net/what-is-the-job-of-dns"\nid = "net/what-does-dns-do"\n', encoding="utf-8"
    )
    pinned = build(content, out, formats=("json",), now=3_000)
    assert pinned.compiled is not None
    assert next(n.guid for n in pinned.compiled.deck.notes if "job of DNS" in n.fields["Question"]) == guid


def test_an_answer_said_already_is_not_repeated_under_more_answers(tmp_path: Path) -> None:
    """T28-50, T29-6 side note: two pages answering an exercise with the same code (numpy-100's 'with solutions' and
    'with hints with solutions') merged into one note whose back repeated that code under '1 more answer'. An answer
    said already word for word is not repeated (the Sources line names both documents); another answer still is."""
    other = NUMPY_SOLUTIONS.replace("Z = np.zeros(10)\nprint(Z)", "Z = np.zeros(shape=10)\nprint(Z)")
    hints = NUMPY_SOLUTIONS.replace("# 100 numpy exercises", "# 100 numpy exercises with hints with solutions")  # (not byte for byte: a copy is left out, T32-33)
    content, out = _deck(tmp_path, {"a.md": NUMPY_SOLUTIONS, "b.md": hints, "c.md": other})
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = {n.id.split("/", 1)[1]: n for n in result.compiled.deck.notes}
    assert len(notes) == 5 and all(len(n.items) == 3 for n in notes.values())
    assert notes["reverse-a-vector-first-element-becomes-last"].fields["Also"] == ""
    zeros = notes["create-a-null-vector-of-size-10"].fields["Also"]
    assert "1 more answer" in zeros and "shape" in zeros


def test_a_long_answer_page_that_answers_first_stays_its_question_s_card(tmp_path: Path) -> None:
    """T29-61 (a regression of T28-24's article rule): a quiz page whose front-matter title asks ('What does
    `* { box-sizing: border-box; }` do?') and whose text answers it first, then elaborates in more than 1,000 words under
    headings, was cut into a card per section ('Comparison Table', 'Best practices'), the question on none. A page that
    answers its title before its first heading is that question's card; an article that opens with its sections is
    still read by them (tests/test_sitting29_readers.py)."""
    section = " ".join(
        ["The box model decides how width and height are counted for every element on the page."] * 16
    )
    page = (
        "---\ntitle: 'What does `* { box-sizing: border-box; }` do?'\nsubtitle: What are its advantages\n---\n\n"
        "`* { box-sizing: border-box; }` applies `box-sizing: border-box` to every element, so `width` and `height` include "
        "padding and border, which makes layouts more predictable. It overrides the default content-box model, in which "
        "padding and border are added to the width you set.\n\n"
        + "".join(
            f"## {name}\n\n{section}\n\n"
            for name in (
                "Understanding the box model",
                "Comparison Table",
                "Advantages",
                "Practical example",
                "Best practices",
            )
        )
    )
    content, out = _deck(tmp_path, {"box-sizing.mdx": page})
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = [n.fields["Question"] for n in result.compiled.deck.notes]
    assert fronts == ["What does <code>* { box-sizing: border-box; }</code> do? What are its advantages"], (
        fronts
    )
