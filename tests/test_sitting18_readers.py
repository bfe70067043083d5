"""Eighteenth sitting, readers: documents whose questions vanished or were glued together. Fixtures written here in
the shapes of the documents the findings name (trial18)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import deck_of, paste_table
from conftest import note_back as _back
from conftest import note_front as _front
from conftest import plain_text as _plain

from compiler.build import build

# --- T18-24: a review sheet in parts of different kinds ---------------------------------------------------------------

REVIEW = """Part 1 – Multiple choice (3 questions)

Question 1
In which year did the First World War begin?
A. 1912
B. 1914
C. 1916
D. 1918
Answer: B

Question 2
Which city was the capital of the Byzantine Empire?
A. Rome
B. Athens
C. Constantinople
D. Alexandria
Answer: C

Question 3
Who wrote the Communist Manifesto with Karl Marx?
A. Friedrich Engels
B. Vladimir Lenin
C. Leon Trotsky
D. Rosa Luxemburg
Answer: A

Part 2 – True / False (5 statements)

1. True / False: The Berlin Wall fell in 1991. → False (Correct: it fell in 1989.)
2. True / False: The Magna Carta was sealed in 1215. → True
3. True / False: Napoleon was born in Paris. → False
   (Correct: he was born in Ajaccio, Corsica.)
4. True / False: The Hundred Years' War lasted exactly one hundred years. → False (Correct: 116 years.)
5. True / False: Julius Caesar was assassinated in 44 BC. → True

Part 3 – Fill in the blank (2 questions)

1. Fill in the blank: The Treaty of ______ ended the First World War with Germany.
   Answer: Versailles
2. Fill in the blank: The French Revolution began in the year ______.
   Answer: 1789
"""


def test_parts_of_different_kinds_each_read_with_their_own_layout(tmp_path: Path) -> None:
    notes, skipped, said = _built(tmp_path, {"review.txt": REVIEW})
    by_front = {_front(n): n for n in notes}
    assert len(notes) == 10 and not skipped, [(_front(n), _back(n)) for n in notes]
    choice = by_front["In which year did the First World War begin?"]
    assert choice["kind"] == "multiple_choice" and _back(choice) == "B) 1914"
    assert _back(by_front["True or false: The Berlin Wall fell in 1991."]) == "False (Correct: it fell in 1989.)"
    assert _back(by_front["True or false: The Magna Carta was sealed in 1215."]) == "True"
    assert _back(by_front["True or false: Napoleon was born in Paris."]).startswith("False (Correct: he was born in Ajaccio")
    assert _back(by_front["Fill in the blank: The Treaty of ______ ended the First World War with Germany."]) == "Versailles"
    assert _back(by_front["Fill in the blank: The French Revolution began in the year ______."]) == "1789"
    assert not any("Part 2" in _back(n) or "Part 3" in _back(n) for n in notes)  # no part glued to the part above
    table = next(s for s in said if "read part by part" in s)
    assert "layout =" not in table  # (each part is read as detected: no one layout to name)


def test_the_table_printed_for_a_parted_file_changes_no_note_when_pasted(tmp_path: Path) -> None:
    out = tmp_path / "build"
    content = deck_of(tmp_path, {"review.txt": REVIEW})
    first = build(content, out, formats=("json",), now=1_000)
    assert first.compiled is not None
    d = next(d for d in first.compiled.diagnostics.items if "read part by part" in d.message)
    assert paste_table(content, d.snippet, out) == {"new": 0, "updated": 0, "unchanged": 10, "retired": 0}


def test_parts_whole_reads_the_file_with_one_layout(tmp_path: Path) -> None:
    table = '[[source]]\nid = "review"\nfile = "sources/review.txt"\nparts = "whole"\n'
    notes, _, said = _built(tmp_path, {"review.txt": REVIEW}, table)
    assert len(notes) < 10 and not any("read part by part" in s for s in said)


def test_vietnamese_true_false_verdicts_after_an_arrow(tmp_path: Path) -> None:
    page = (
        "1. Đúng / Sai: Chiến thắng Ấp Bắc diễn ra năm 1962. → Sai (Đáp án đúng: năm 1963.)\n"
        "2. Đúng / Sai: Sự kiện Vịnh Bắc Bộ xảy ra năm 1964. → Đúng\n"
        "3. Đúng / Sai: Đại hội Đảng lần III tổ chức tại Huế. → Sai (Đáp án đúng: tổ chức tại Hà Nội.)\n"
    )
    notes, _, _ = _built(tmp_path, {"dung-sai.txt": page})
    got = {_front(n): _back(n) for n in notes}
    assert got == {
        "Đúng / Sai: Chiến thắng Ấp Bắc diễn ra năm 1962.": "Sai (Đáp án đúng: năm 1963.)",
        "Đúng / Sai: Sự kiện Vịnh Bắc Bộ xảy ra năm 1964.": "Đúng",
        "Đúng / Sai: Đại hội Đảng lần III tổ chức tại Huế.": "Sai (Đáp án đúng: tổ chức tại Hà Nội.)",
    }


def test_parts_that_read_alike_stay_one_reading(tmp_path: Path) -> None:
    page = "".join(
        f"Part {p}: Questions\n\n" + "".join(f"{n}. What is {p * 10 + n} plus one?\n   Answer: {p * 10 + n + 1}\n" for n in range(1, 4)) + "\n"
        for p in (1, 2)
    )
    notes, _, said = _built(tmp_path, {"sums.txt": page})
    assert len(notes) == 6 and not any("read part by part" in s for s in said)


# --- T18-33: a Q&A sheet whose numbers skip, no blank line between items ------------------------------------------------

GAPPED = """Linux commands
1. Write a command to list all the links from the root directory.
Ans:- ls -lrt | grep "^l"
2. How do you find which process takes the most CPU?
Ans:- top
3.Count the lines of a file.
Ans:-wc -l filename
6.Find files that end with ".conf" below the current directory.
Ans:- find . -name "*.conf"
7. Write a script that counts down from 8 to 4.
Ans:- i=8
until [ $i -lt 4 ]
do
echo $i
let i=i-1
done
11.display the umask in octal form.
Ans:- umask
12.clear the bash history using a command.
Ans:- cat /dev/null > ~/.bash_history
13. The permission -rwxr--r-- in octal is
a) 777
b) 744
c) 711
Ans:- b
SHELL SCRIPTING PROGRAMS

(1) Write a shell script that prints the numbers 1 to 3.
Ans:- for i in 1 2 3
do
echo $i
done
(2)Write a shell script that prints the date.
Ans:- date
"""


def test_items_whose_numbers_skip_start_items_when_shaped_as_the_others(tmp_path: Path) -> None:
    notes, skipped, said = _built(tmp_path, {"linux.txt": GAPPED})
    got = {_front(n): _back(n) for n in notes}
    assert len(notes) == 10 and not skipped, got
    assert got["Count the lines of a file."] == "wc -l filename"  # ('Ans:-' is the label, no '-' left on the back)
    assert got['Find files that end with ".conf" below the current directory.'] == 'find . -name "*.conf"'
    assert got["display the umask in octal form."] == "umask"  # (a glued number before a lower-case word: an item too)
    assert got["clear the bash history using a command."] == "cat /dev/null > ~/.bash_history"
    assert got["The permission -rwxr--r-- in octal is"] == "B) 744"  # ('Ans:- b' keys the options)
    assert got["Write a shell script that prints the date."] == "date"
    assert "(1) Write" not in " ".join(got.values()) and "SHELL SCRIPTING" not in " ".join(got.values())
    assert not any("inside the answer" in s for s in said)


def test_a_numbered_list_inside_an_answer_stays_in_it(tmp_path: Path) -> None:
    page = (
        "1. How do you install a package?\nAns:- In three steps:\n1. apt update\n2. apt install name\n"
        "2. How do you remove one?\nAns:- apt remove name\n3. How do you list them?\nAns:- apt list --installed\n"
    )
    notes, _, _ = _built(tmp_path, {"apt.txt": page})
    got = {_front(n): _back(n) for n in notes}
    assert len(notes) == 3 and "apt install name" in got["How do you install a package?"], got


# --- T18-36: the key in the stem's brackets ------------------------------------------------------------------------------

BANK = """1. 以下选项中，不是 Python 语言保留字的是（ C ）

   A、except

   B、while

   C、do

   D、pass

2. 下面代码的输出结果是( B )
   ~~~python
   print(7 // 2)
   ~~~

   A、3.5

   B、3

   C、4

   D、2

3. 给定字典d，以下选项中对d.items（ B ）的描述正确的是

   A、返回一个列表

   B、返回一种dict_items类型

   C、返回一个元组

10. 以下哪些是 Python 的数据类型（ABD）

    A、list

    B、dict

    C、array

    D、tuple
"""


def test_the_letters_in_a_stems_brackets_key_its_options(tmp_path: Path) -> None:
    notes, skipped, _ = _built(tmp_path, {"bank.md": BANK})
    got = {_front(n): (n["kind"], _back(n)) for n in notes}
    assert not skipped and len(notes) == 4, got
    assert got["以下选项中，不是 Python 语言保留字的是（ ）"] == ("multiple_choice", "C) do")  # (the key off the front)
    code = next(n for n in notes if "7 // 2" in _front(n))
    # (the code under its stem, as the page has it: '… the output of the code below is': trial22 T22-19)
    assert _front(code).startswith("下面代码的输出结果是( )") and "7 // 2" in _front(code) and _back(code) == "B) 3"
    assert got["给定字典d，以下选项中对d.items（ ）的描述正确的是"][1] == "B) 返回一种dict_items类型"
    several = next(n for n in notes if "数据类型" in _front(n))
    assert several["kind"] == "multiple_choice" and "C)" not in _back(several)  # ('（ABD）': three right options)
    assert all(x in _back(several) for x in ("A) list", "B) dict", "D) tuple"))


def test_a_letter_in_brackets_that_keys_nothing_stays(tmp_path: Path) -> None:
    page = (
        "1. Assertion (A): The sun rises in the east. Reason (R): The earth spins west to east.\n"
        "   (a) Both A and R are true and R explains A\n   (b) Both are true, R does not explain A\n"
        "   Answer: (a)\n\n"
        "2. Which option is right ( B ) here?\n   A. one\n   B. two\n   Answer: A\n"
    )
    notes, _, _ = _built(tmp_path, {"ar.md": page})
    got = {_front(n): _back(n) for n in notes}
    assert got["Which option is right ( B ) here?"] == "A) one"  # (an answer line of its own wins: the text stays)
    assert any(f.startswith("Assertion (A): The sun") for f in got)


def test_code_between_a_lead_and_the_asking_line_stays_code(tmp_path: Path) -> None:
    page = "".join(
        f"{n}. Given the following code\n   \n   ~~~python\n   s = 'Python'\n   ~~~\n   which expression gives \"{w}\"?\n"
        f"   \n   A. s.upper()\n   \n   B. s.lower()\n\n   Answer: {k}\n\n"
        for n, w, k in ((1, "python", "B"), (2, "PYTHON", "A"))
    )
    notes, _, _ = _built(tmp_path, {"code.md": page})
    fronts = [n["fields"]["Question"] for n in notes]
    assert len(notes) == 2 and all("<pre" in f and "~~~" not in f for f in fronts), fronts
    assert _front(notes[0]).endswith('which expression gives "python"?')


# --- L17-2: a '**Q.**' quiz page whose keys have no explanation under them ----------------------------------------------

SCENARIOS = """# SQL checks

## Queries

**Q.** A developer writes the following query to list customers without orders:

```sql
SELECT c.id FROM customers c LEFT JOIN orders o ON c.id = o.customer_id WHERE o.customer_id = NULL;
```

The query returns no rows. What is wrong?

- A) LEFT JOIN should be RIGHT JOIN.
- B) The WHERE clause should use IS NULL.

> **Answer: B**

**Q.** Which clause filters groups after aggregation?

- A) WHERE
- B) HAVING

> **Answer: B**

**Q.** An analyst runs the following query on ten million orders:

```sql
SELECT * FROM orders WHERE customer_id = (SELECT id FROM customers WHERE email = 'a@b.example');
```

It takes a minute. Which change helps most?

- A) Replace = with IN.
- B) Index customers.email and orders.customer_id.

> **Answer: B**

**Q.** Which join keeps every row of both tables?

- A) INNER JOIN
- B) FULL OUTER JOIN

> **Answer: B**
"""


def test_a_questions_own_lead_in_is_on_its_front_alone(tmp_path: Path) -> None:
    notes, _, _ = _built(tmp_path, {"sql.md": SCENARIOS})
    fronts = [_front(n) for n in notes]
    assert len(notes) == 4, fronts
    assert "A developer writes" in fronts[0] and "LEFT JOIN" in fronts[0]
    assert fronts[1] == "Which clause filters groups after aggregation?"  # (not the first question's query above it)
    assert "An analyst runs" in fronts[2] and "SELECT * FROM orders" in fronts[2] and fronts[2].endswith("Which change helps most?")
    assert fronts[3] == "Which join keeps every row of both tables?"
    assert all("An analyst" not in _plain(n["fields"].get("Explanation", "")) for n in notes)  # (no lead-in on a back)


# --- K1: numbered questions sharing one lead-in, the asking line under the code ------------------------------------------

SHARED_LEAD = """## Week 2 Quiz

1. What does a neuron compute?

    - [ ] An activation function followed by a linear function
    - [x] A linear function followed by an activation function

2. Suppose img is a (32,32,3) array. How do you reshape it into a column vector?

    - `x = img.reshape((32 * 32 * 3, 1))`

3. Suppose you have n_x input features per example. What is the dimension of X?

    `(n_x, m)`

4. Consider the two following random arrays "a" and "b":

    ```
    a = np.random.randn(2, 3)
    b = np.random.randn(2, 1)
    c = a + b
    ```

    What will be the shape of "c"?

    b is copied 3 times, so `c.shape = (2, 3)`.

5. Consider the two following random arrays "a" and "b":

    ```
    a = np.random.randn(4, 3)
    b = np.random.randn(3, 2)
    c = a * b
    ```

    What will be the shape of "c"?

    It is an error: element-wise multiplication needs the same shapes.

6. Consider the following computation graph.

    ```
    J = u + v - w
    ```

    Answer: `(a - 1) * (b + c)`
"""


def test_questions_asked_under_their_code_keep_their_own_cards(tmp_path: Path) -> None:
    notes, _, said = _built(tmp_path, {"quiz.md": SHARED_LEAD})
    assert len(notes) == 6, [_front(n) for n in notes]
    first, second = notes[3]["fields"], notes[4]["fields"]
    assert _plain(first["Question"]).startswith('Consider the two following random arrays "a" and "b": a = np.random.randn(2, 3)')
    assert _plain(first["Question"]).endswith('What will be the shape of "c"?') and "```" not in first["Question"]
    assert _plain(first["Answer"]) == "b is copied 3 times, so c.shape = (2, 3) ."
    assert "randn(3, 2)" in _plain(second["Question"]) and _plain(second["Answer"]).startswith("It is an error")
    assert not any("the same question" in s for s in said)


# --- T18-40: a quiz table whose Answer cell is bold -----------------------------------------------------------------------

BOLD_KEYS = """# Chapter quiz

| # | Question | A | B | C | D | Answer |
|---|---|---|---|---|---|---|
| 1 | What does `5 + 7` print? | 10 | 11 | 12 | 13 | **C. 12** (5 + 7) |
| 2 | Is `5 > 3` true? | true | false | error | null | **A. true** |
| 3 | How many logical DNS root servers exist? | 7 | 13 | 21 | 26 | **B** |
| 4 | Which record type cannot coexist with others at one name? | A | MX | CNAME | NS | *C* |
| 5 | Which is NOT a primitive type? | int | String | char | boolean | **E** |
"""


def test_a_bold_key_cell_names_its_option(tmp_path: Path) -> None:
    notes, skipped, said = _built(tmp_path, {"quiz.md": BOLD_KEYS})
    got = {_front(n): (_back(n), _plain(n["fields"].get("Explanation", ""))) for n in notes}
    assert got["What does 5 + 7 print?"] == ("C) 12", "(5 + 7)")
    assert got["Is 5 > 3 true?"][0] == "A) true"
    assert got["How many logical DNS root servers exist?"][0] == "B) 13"
    assert got["Which record type cannot coexist with others at one name?"][0] == "C) CNAME"
    # ('**E**' with four options: still said, no card)
    assert [s["line"] for s in skipped] == [9] and any("names none of its options" in s for s in said)


# --- T18-37: a task-box quiz shared without its key ---------------------------------------------------------------------

UNKEYED_BOXES = "# Mini-Quiz: Git\n\n## Multiple-Choice-Fragen\n\n" + "".join(
    f"### Frage {n}\n{q}\n" + "".join(f"- [ ] {o}\n" for o in opts) + "\n---\n\n"
    for n, q, opts in (
        (1, "Was speichert ein Versionsverwaltungssystem?", ["Nur Inhalte", "Nur die Geschichte", "Inhalte, Geschichte und Metadaten"]),
        (2, "Unter einem **Branch** versteht man:", ["Einen Entwicklungszweig", "Einen Snapshot", "Einen Commit ohne Metadaten"]),
        (3, "Welcher Befehl holt Änderungen ab?", ["`git push`", "`git fetch`", "`git branch`", "`git clone`"]),
    )
)


def test_a_box_quiz_with_no_box_ticked_makes_no_cards_of_its_options(tmp_path: Path) -> None:
    files = {"quiz.md": UNKEYED_BOXES, "notes.md": "## What does git fetch do?\n\nIt downloads commits without merging them.\n"}
    notes, skipped, said = _built(tmp_path, files)
    assert [_front(n) for n in notes] == ["What does git fetch do?"]
    assert len([s for s in skipped if s["file"] == "sources/quiz.md"]) == 3
    assert any("options and none ticked" in s for s in said)


def test_a_checklist_under_headings_is_still_an_answer(tmp_path: Path) -> None:
    page = "".join(
        f"## {title}\n\n" + "".join(f"- [ ] {step}\n" for step in steps) + "\n"
        for title, steps in (
            ("Release checklist", ["Run the tests", "Update the changelog", "Tag the release"]),
            ("Deploy checklist", ["Back up the database", "Deploy", "Watch the logs"]),
            ("Review checklist", ["Read the diff", "Run it locally", "Approve"]),
        )
    )
    _, _, said = _built(tmp_path, {"lists.md": page}, "")
    assert not any("none ticked" in s for s in said)


def test_boxes_written_without_a_space_after_the_dash_are_boxes(tmp_path: Path) -> None:
    glued = UNKEYED_BOXES.replace("- [ ] ", "-[ ] ")
    files = {"quiz.md": glued, "notes.md": "## What does git fetch do?\n\nIt downloads commits without merging them.\n"}
    notes, skipped, _ = _built(tmp_path, files)
    assert [_front(n) for n in notes] == ["What does git fetch do?"]  # (no card printing '-[ ] …' raw on its back)
    assert len([s for s in skipped if s["file"] == "sources/quiz.md"]) == 3


# --- T19-28: 'N. ### question' entries whose answer opens with a lead-in and a list --------------------------------------

LISTED_HEADINGS = """# JavaScript interview questions

1. ### What are the possible ways to create objects in JavaScript

    There are many ways to create objects in javascript as mentioned below:

    1. **Object literal syntax:** a comma-separated set of name-value pairs in curly braces.
    2. **Object constructor:** `new Object()` creates an empty object.

2. ### What is the purpose of the array slice method

    The `slice()` method returns a new array holding a section of an array. The method takes two arguments:

    - **start**: the index at which extraction begins.
    - **end**: the index before which to end extraction.

3. ### What are the options in a cookie

    There are few below options available for a cookie,

    1. By default, the cookie is deleted when the browser is closed, unless you set an expiry date.

    ```javascript
    document.cookie = "username=John; expires=Sat, 8 Jun 2019 12:00:00 UTC";
    ```

    2. By default, the cookie belongs to the current page, unless you set a path.

    ```javascript
    document.cookie = "username=John; path=/services";
    ```

4. ### What is a prototype chain

    Prototype chaining builds new types of objects based on existing ones.
"""


def test_a_listed_heading_is_the_question_whatever_its_answer_opens_with(tmp_path: Path) -> None:
    notes, _, _ = _built(tmp_path, {"js.md": LISTED_HEADINGS})
    got = {_front(n): (_back(n), n["fields"].get("Section", "")) for n in notes}
    assert list(got) == [
        "What are the possible ways to create objects in JavaScript?",
        "What is the purpose of the array slice method?",
        "What are the options in a cookie?",
        "What is a prototype chain?",
    ], got
    assert got["What are the possible ways to create objects in JavaScript?"][0].startswith("There are many ways")
    assert "extraction begins" in got["What is the purpose of the array slice method?"][0]
    assert "path=/services" in got["What are the options in a cookie?"][0]  # (its steps are its answer, no cards of their own)
    assert not any(section for _, section in got.values())


# --- T19-32: a page's main definition over a deeper heading and its numbered sub-headings ---------------------------------

NOTES_PAGE = """## Deadlock (a state of waiting)

> Two or more processes wait for resources the others hold, so none can go on.
>
> They wait forever for the next resource.

> _(Like two people on a narrow bridge, each waiting for the other to step aside.)_

Processes 1 and 2 each need resources 1 and 2:

t1 : process 1 takes resource 1 / process 2 takes resource 2

t2 : process 1 waits for resource 2 / process 2 waits for resource 1

##### _Conditions for a deadlock_

1. ##### Mutual exclusion

   > A resource is used by one process at a time.

2. ##### Hold and wait

   > A process holds a resource while it waits for another.

3. ##### No preemption

   > A resource cannot be taken away from its process.
"""


def test_a_headings_text_before_a_deeper_heading_is_its_note(tmp_path: Path) -> None:
    notes, _, _ = _built(tmp_path, {"deadlock.md": NOTES_PAGE})
    got = {_front(n): _back(n) for n in notes}
    assert "Deadlock (a state of waiting)" in got, got
    assert got["Deadlock (a state of waiting)"].startswith("Two or more processes wait")
    assert "process 2 waits for resource 1" in got["Deadlock (a state of waiting)"]
    assert got["Mutual exclusion"] == "A resource is used by one process at a time."


# --- T18-70: a term - definition list where one definition holds the separator again ------------------------------------

def test_a_definition_holding_the_separator_again_splits_at_the_first(tmp_path: Path) -> None:
    page = (
        "abate - to lessen in intensity or degree\n"
        "aberration - a deviation from what is normal\n"
        "abstain - to refrain from doing something\n"
        "advocate - to speak in favor of - one who supports a cause\n"
        "self-effacing - not claiming attention for oneself\n"
    )
    notes, _, said = _built(tmp_path, {"gre.txt": page})
    got = {_front(n): _back(n) for n in notes}
    assert got["advocate"] == "to speak in favor of - one who supports a cause" and len(got) == 5, got
    assert got["self-effacing"] == "not claiming attention for oneself"
    assert any("read as layout 'delimited'" in s for s in said)
