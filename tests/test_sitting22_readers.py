"""Twenty-second sitting, readers: last sitting's open findings in the Markdown and plain-text readers (trial21
T21-n, /work/coord/findings-trial21.md). Fixtures are small snippets in the documents' shapes, never the documents."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front


def _bare(text: str) -> str:
    """A side's text without spaces (highlighted code splits into spans that the plain text spaces apart)."""
    return "".join(text.split())

# --- T21-26: a 'Q.' / 'Q:' question whose code and asking line stand between its label and the answer's -------------

LABELLED_CODE_QUESTIONS = """# Shell puzzles

### What does `echo $((2 + 3))` print?

Answer: `5`, arithmetic expansion.

---

Q. Look at this loop:

```sh
for i in 1 2; do echo $i; done
```

How many lines does it print?

A. Two, one per word in the list.

---

Q: What does this print?

```sh
echo "a b" | wc -w
```

A: `2`

---

Q: Which one lists hidden files?

A. ls
B. ls -a

A: B
"""


def test_label_pair_with_given_blocks_between(tmp_path: Path) -> None:
    """trial21 T21-26: 'Q. Look at this loop:' / its code / 'How many lines …?' / 'A. …' after a rule was no question;
    all of it went onto the previous card's back. The blocks between a question label and the answer label that pairs
    it ('A.' for 'Q.', unless 'B.' goes on: options) are the front, in the document's order; the label's paragraph
    answers."""
    notes, skipped, _ = _built(tmp_path, {"puzzles.md": LABELLED_CODE_QUESTIONS})
    by_front = {note_front(n): n for n in notes}
    assert len(notes) == 4, list(by_front)
    assert not skipped
    first = next(n for f, n in by_front.items() if f.startswith("What does echo"))
    assert _bare(note_back(first)) == _bare("5, arithmetic expansion.")
    loop = next(n for f, n in by_front.items() if f.startswith("Look at this loop:"))
    assert _bare(note_front(loop)) == _bare("Look at this loop: for i in 1 2; do echo $i; done How many lines does it print?")
    assert note_back(loop) == "Two, one per word in the list."
    printed = next(n for f, n in by_front.items() if f.startswith("What does this print?"))
    assert _bare(note_front(printed)) == _bare('What does this print? echo "a b" | wc -w')
    assert note_back(printed) == "2"
    quiz = next(n for f, n in by_front.items() if f.startswith("Which one lists"))
    assert "ls -a" in note_back(quiz)


# --- T21-27: plain text, the text on an 'A:' line over indented commands -----------------------------------------------

PLAIN_QA_WITH_COMMANDS = """Q: How do you start a new Git repository?
A: Make a folder and run init in it:

    mkdir project && cd project
    git init

Then add a first commit.

Q: What does git status show?
A: The changes not yet committed.

Q: How do you undo the last commit but keep its changes?
A: git reset --soft HEAD~1
"""


def test_plain_answer_line_text_stays_before_its_indented_code(tmp_path: Path) -> None:
    """trial21 T21-27: in a plain-text Q:/A: file the text on the 'A:' line was put after the indented commands under
    it ('<pre>…</pre><p>Make a folder …:</p>'): the answer reads in the document's order."""
    notes, skipped, _ = _built(tmp_path, {"git.txt": PLAIN_QA_WITH_COMMANDS})
    assert len(notes) == 3 and not skipped
    note = next(n for n in notes if note_front(n).startswith("How do you start"))
    answer = note["fields"]["Answer"]
    assert answer.index("Make a folder") < answer.index("<pre") < answer.index("Then add a first commit")


# --- T21-40: a numbered question's given list, indented code or quote before its 'Answer:' label ------------------------

NUMBERED_GIVEN_BLOCKS = """# Review

1. What is the capital of Italy?
   Answer: Rome

2. Order these planets by size:
   - Mars
   - Earth
   - Jupiter

   Answer: Jupiter, Earth, Mars

3. Why does this query return no row?

       SELECT * FROM t WHERE x = NULL

   Answer: Compare with `IS NULL`; `= NULL` is never true.

4. What does the quote say about time?
   > Time is what keeps everything from happening at once.

   Answer: That it orders events.
"""


def test_given_blocks_before_the_answer_label_are_the_front(tmp_path: Path) -> None:
    """trial21 T21-40: blocks between a numbered question and its answer label (a list, a query indented under the
    entry, a quote) went to the back with the 'Answer:' label printed there too (the query as a prose paragraph). The
    label is the front/back boundary: they show under the question, the label is layout."""
    notes, skipped, _ = _built(tmp_path, {"review.md": NUMBERED_GIVEN_BLOCKS})
    assert len(notes) == 4 and not skipped
    by_front = {note_front(n).split()[0] + note_front(n).split()[1]: n for n in notes}
    planets = by_front["Orderthese"]
    assert "<li>Mars</li>" in planets["fields"]["Question"] and note_back(planets) == "Jupiter, Earth, Mars"
    query = by_front["Whydoes"]
    assert "<pre" in query["fields"]["Question"] and "SELECT" in note_front(query)
    assert note_back(query).startswith("Compare with IS NULL") and "SELECT" not in note_back(query)
    quote = by_front["Whatdoes"]
    assert "<blockquote>" in quote["fields"]["Question"] and note_back(quote) == "That it orders events."
    assert note_back(by_front["Whatis"]) == "Rome"


# --- T21-22: a bracketed level after a task that ends in '.' --------------------------------------------------------

LEVELLED_TASKS = """# Networking drill

## 1. What is a subnet mask? [Easy]

It splits an address into network and host parts.

## 2. Explain how TCP's three-way handshake works. [Hard]

SYN, SYN-ACK, ACK: both sides agree on sequence numbers.

## 3. Name the layers of the OSI model (medium)

Physical, data link, network, transport, session, presentation, application.
"""


def test_bracketed_level_after_a_task_is_its_difficulty(tmp_path: Path) -> None:
    """trial21 T21-22: '## Explain …. [Hard]' kept '[Hard]' on its front and got the default level: a level word in
    brackets ending a question is its label whatever ends the sentence ('?', '.', nothing)."""
    notes, _, _ = _built(tmp_path, {"drill.md": LEVELLED_TASKS})
    levels = {note_front(n): n["difficulty"] for n in notes}
    assert levels == {
        "What is a subnet mask?": "easy",
        "Explain how TCP's three-way handshake works.": "hard",
        "Name the layers of the OSI model": "medium",
    }, levels


# --- T21-39: '## Question N' / question / '## Answer N' / answer ----------------------------------------------------

NUMBERED_LABEL_HEADINGS = """# Operating systems

## Question 1

What is a context switch?

## Answer 1

Saving one task's state and loading another's.

## Question 2

What does a page fault mean?

## Answer 2

The page asked for is not in memory and must be loaded.
"""


def test_numbered_answer_heading_is_no_answer_text(tmp_path: Path) -> None:
    """trial21 T21-39: '## Answer 2' under its question's '## Question 2' label was printed at the top of the back
    ('Answer 2<p>…</p>'); a heading that is only an answer label, numbered or not, is layout."""
    notes, skipped, _ = _built(tmp_path, {"os.md": NUMBERED_LABEL_HEADINGS})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs == {
        "What is a context switch?": "Saving one task's state and loading another's.",
        "What does a page fault mean?": "The page asked for is not in memory and must be loaded.",
    }, backs
    assert not skipped


# --- T21-16: a YAML bank's literal block with an indented command ----------------------------------------------------

YAML_BANK = """title: Shell
questions:
  - question: |
      What does this print?

          echo $((6 * 7))
    answer: "42"
  - question: Which command lists files?
    answer: ls
"""


def test_indented_code_in_a_bank_question_is_code(tmp_path: Path) -> None:
    """trial21 T21-16: a question's literal block ('|') with a command indented four spaces under its text showed the
    command as a paragraph; a field's text is Markdown, where that indent makes code."""
    notes, skipped, _ = _built(tmp_path, {"shell.yaml": YAML_BANK})
    assert len(notes) == 2 and not skipped
    front = next(n for n in notes if "What does this print?" in note_front(n))["fields"]["Question"]
    assert "<pre" in front and "echo" in front.split("<pre", 1)[1].split("</pre>")[0]


# --- T21-46: a short exercise sheet, 'Solution:' alone over a fence indented in the entry, 'Ans.', 'Solution: …' -----

SHORT_EXERCISES = """1. Print the numbers 1 to 3 in Bash.

   Solution:

   ```bash
   for i in 1 2 3; do echo $i; done
   ```

2. Count the lines of a file.

   Ans. `wc -l file`

3. Show the current directory.
   Solution: `pwd`
"""

TWO_EXERCISES = """1. Print the numbers 1 to 3 in Bash.

   Solution:

   ```bash
   for i in 1 2 3; do echo $i; done
   ```

2. Print the current user.

   Solution:

   ```bash
   whoami
   ```
"""


def test_short_exercise_sheet_with_solution_labels(tmp_path: Path) -> None:
    """trial21 T21-46: three (or two) numbered tasks answered under 'Solution:' (alone on its line over a code fence
    indented in the entry), 'Ans.' or 'Solution: …' were read as ONE note fronted by the file name: the indented
    'Solution:' was taken for an answer key's heading, and 'Solution' was no answer label. A card per task."""
    notes, skipped, _ = _built(tmp_path, {"bash.md": SHORT_EXERCISES})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert set(backs) == {"Print the numbers 1 to 3 in Bash.", "Count the lines of a file.", "Show the current directory."}, backs
    assert "<pre" in backs["Print the numbers 1 to 3 in Bash."] and "Solution" not in backs["Print the numbers 1 to 3 in Bash."]
    assert "wc -l file" in backs["Count the lines of a file."] and "Ans" not in backs["Count the lines of a file."]
    assert "pwd" in backs["Show the current directory."] and "Solution" not in backs["Show the current directory."]
    assert not skipped
    notes, _, _ = _built(tmp_path / "two", {"bash.md": TWO_EXERCISES})
    assert sorted(note_front(n) for n in notes) == ["Print the current user.", "Print the numbers 1 to 3 in Bash."]


# --- T22-19: a pattern item's note and code between its question line and its options --------------------------------

ASKED_THEN_CODE = """# CSS quiz

?: Which selector picks the list items inside the menu?

Note: only the items of the menu, no other list.

```html
<ul id="menu"><li>Home</li></ul>
```

( ) `li`
(X) `#menu li`
( ) `.menu li`

?: Which property sets the text colour?

( ) font
(X) color
( ) text
"""


def test_pattern_item_shows_its_note_and_code_under_the_question(tmp_path: Path) -> None:
    """trial22 T22-19: a '?:' question line ending in '?' over a note and a code block, then its options, showed the
    note and the code above the question: what stands under the question line stays under it."""
    table = """
[[source]]
id = "css"
file = "sources/css.md"
layout = "pattern"
[source.pattern]
item = '^\\s*\\?\\s*:\\s*(?P<question>.*)$'
"""
    notes, _, _ = _built(tmp_path, {"css.md": ASKED_THEN_CODE}, table)
    front = next(n for n in notes if "menu" in n["fields"]["Question"])["fields"]["Question"]
    assert front.index("Which selector") < front.index("Note: only") < front.index("<pre")


# --- T22-18: a labelled quiz between a page's objectives and its reading list ----------------------------------------

FRAMED_QUIZ = """# Shell basics

## Objectives

1. Check what you know about the shell
2. Review its commands

# Shell quiz

?: Which command prints the working directory?

( ) `ls`
(X) `pwd`
( ) `cd`

?: Which command makes a directory?

(X) `mkdir`
( ) `rmdir`
( ) `touch`

?: Which command shows a file's first lines?

( ) `tail`
(X) `head`
( ) `cat`

## More resources

* [The Linux command line](https://example.org/tlcl)
"""


def test_guessed_quiz_pattern_not_refused_for_the_page_around_it(tmp_path: Path) -> None:
    """trial22 T22-18: an 'Objectives' list before a '?:' quiz and a reading list under a heading after it made the
    guessed pattern (which read every question right) be refused; the page was read by its headings, all the questions
    one card. Text before the first item and under a heading after the last is the page's own: the guess stands."""
    notes, _, said = _built(tmp_path, {"quiz.md": FRAMED_QUIZ})
    assert sorted(n["fields"]["Correct"] for n in notes) == ["A) <code>mkdir</code>", "B) <code>head</code>", "B) <code>pwd</code>"], said


# --- T22-7 (pattern part): a declared pattern's item lines stacked one under the other --------------------------------

STACKED_ITEM_LINES = """# Interview

##### Describe your last project.
##### What is a closure?

A function with the variables of the scope it was made in.

##### What is hoisting?

Declarations moved to the top of their scope.
"""


def test_declared_pattern_reads_each_item_line_as_an_item(tmp_path: Path) -> None:
    """trial22 T22-7: with item = '^#####…' in [source.pattern], two item lines one under the other were still one item
    ('Describe your last project. What is a closure?'): the Markdown rewrite joining stacked question headings ran
    before the declared layout. A declared pattern reads its item lines as written: the first is a question without
    an answer."""
    table = """
[[source]]
id = "iv"
file = "sources/iv.md"
layout = "pattern"
[source.pattern]
item = '^#####\\s+(?P<question>.+)$'
"""
    notes, skipped, _ = _built(tmp_path, {"iv.md": STACKED_ITEM_LINES}, table)
    assert sorted(note_front(n) for n in notes) == ["What is a closure?", "What is hoisting?"]
    assert [s["question"] for s in skipped] == ["Describe your last project."]



# --- T22-9: a long code block is one answer, never an answer running into other text ----------------------------------

def _long_code_page() -> str:
    """Five short heading questions and one answered by a 30-line program."""
    short = "".join(f"## What is term {k}?\n\nTerm {k} is a word.\n\n" for k in range(5))
    program = "\n".join(f"    <li>item {k}</li>" for k in range(30))
    return f"# Glossary\n\n{short}## What does a semantic list look like?\n\n```html\n<ul>\n{program}\n</ul>\n```\n"


def test_a_long_code_answer_is_no_run_on_item(tmp_path: Path) -> None:
    """trial22 T22-9: an answer that is one 30-line code block was warned 'its answer probably runs into text that is
    not part of it'; a fenced block counts as one part of the answer when items are compared."""
    notes, _, said = _built(tmp_path, {"glossary.md": _long_code_page()})
    assert len(notes) == 6
    assert not [s for s in said if "runs into text" in s]
