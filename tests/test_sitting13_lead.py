"""Lead's fixes of the thirteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import deck_of

from compiler.cli import main


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))

_BANK = {
    "themeTitle": "Principes et valeurs de la République",
    "questions": [
        {"question": "Quelle est la devise de la République ?", "options": ["Liberté, Égalité, Fraternité", "Travail, Famille, Patrie"], "answer": 0},
        {"question": "Quel est l'hymne national ?", "options": ["La Marseillaise", "Le Chant du départ"], "answer": 0},
    ],
}


def test_an_unlisted_bank_is_titled_by_its_own_title(tmp_path: Path) -> None:
    """learner5 L28: a JSON bank's table said title = its file stem though the bank names itself."""
    content = deck_of(tmp_path, {"principes_et_valeurs.json": json.dumps(_BANK, ensure_ascii=False)})
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert 'title = "Principes et valeurs de la République"' in result.output
    assert 'title = "principes_et_valeurs"' not in result.output


_GRID = """# Quiz 3 — Networking (answers)

## 1. Networking (4 points)

Mark each statement as true or false.

| Statement | True | False |
|-----------|:----:|:-----:|
| TCP guarantees in-order delivery. | X | |
| UDP performs congestion control. | | X |
| DNS normally uses port 53. | X | |
| ARP maps IP addresses to port numbers. | | |
"""

_GERMAN = """# 8. Aussagen über hyperbolische Funktionen

| Welche der folgenden Aussagen sind wahr und welche falsch? | wahr | falsch |
| :-- | :--: | :--: |
| a) Es gilt $\\cosh (0) \\in \\mathbb{N}$. | $\\bullet$ | $\\bigcirc$ |
| b) Es gilt $\\cosh (3)-\\sinh (3)=1$. | $\\bigcirc$ | $\\bullet$ |
| c) Die Funktion $\\sinh$ ist injektiv. | ✅ | |
"""


def test_a_true_false_grid_is_a_card_per_statement(tmp_path: Path) -> None:
    """trial14 T14-2: a '| Statement | True | False |' table with a mark per row was one card holding every
    statement beside its mark (or, at a page's top, nothing): each statement is asked, its column the answer;
    a row marked in neither column is listed as unanswered, not guessed."""
    result, manifest = _built(tmp_path, {"net.md": _GRID, "hyp.md": _GERMAN})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert any("TCP guarantees in-order delivery. (True / False?)" in q and "True" in a for q, a in cards.items())
    assert any("UDP performs congestion control. (True / False?)" in q and "False" in a for q, a in cards.items())
    assert any("Es gilt" in q and "(wahr / falsch?)" in q and "falsch" in a for q, a in cards.items())
    assert any("injektiv. (wahr / falsch?)" in q and "wahr" in a for q, a in cards.items())
    assert result.summary.notes == 6, cards
    assert not any("ARP" in q for q in cards)  # no mark: no answer to teach
    assert any(d.file == "sources/net.md" and d.line == 12 and "no answer" in d.message for d in result.summary.warnings)


def test_grids_without_marks_or_of_facts_stay_tables() -> None:
    from compiler.sources.tfgrid import true_false_grids

    unsolved = ["| Statement | True | False |", "|---|---|---|", "| TCP is reliable. | | |"]
    facts = ["| Verb | Safe | Idempotent |", "|---|---|---|", "| GET | X | X |"]
    fenced = ["```", *_GRID.splitlines()[6:10], "```"]
    for lines in (unsolved, facts, fenced):
        assert true_false_grids(lines) is lines
    both = true_false_grids(["| Aussage | Falsch | Wahr |", "| --- | --- | --- |", "| NaN ist truthy. | ✅ |  |"])
    assert both[2] == "| NaN ist truthy. (Wahr / Falsch?) | Falsch |" and both[0] == "| Question | Answer |"


def test_a_file_of_one_card_builds(tmp_path: Path) -> None:
    """trial14 T14-31: 'Q: What is 3+3?' / 'A: 6' alone (a user's first test file), one TSV line, a CSV of a
    header and one row: 'cannot tell this document's layout' and, alone, 'error: no note'."""
    from compiler.build import build

    files = {
        "one-qa.txt": "Q: What is 3+3?\nA: 6\n",
        "one.tsv": "What is the capital of France?\tParis\n",
        "one-fb.csv": "front,back\nmitochondria,powerhouse of the cell\n",
        "one-semi.csv": "term;definition\nosmosis;diffusion of water through a membrane\n",
    }
    for name, text in files.items():
        content = deck_of(tmp_path / name, {name: text})
        result = build(content, tmp_path / name / "out", formats=("json",), now=2_000)
        assert result.summary.notes == 1, name
        manifest = json.loads(next((tmp_path / name / "out").glob("*.json")).read_text(encoding="utf-8"))
        [note] = manifest["notes"]
        assert note["fields"]["Question"] in ("What is 3+3?", "What is the capital of France?", "mitochondria", "osmosis")


_PUZZLES = """# Closures

What is the output? ( How make it correct )

<!-- prettier-ignore-start -->
```javascript
for (var i = 0; i < 5; i++) { setTimeout(function() { console.log(i); }, 1000); }
```
<!-- prettier-ignore-end -->
---
What is the output?
```javascript
(function() { var a = b = 5; })();
console.log(b);
```
---
Create code for next conditions
```javascript
calculate('+')(1)(2); // 3
```
---
Question: How would you make this work?
```javascript
add(2)(5); // 7
```
"""

_ANSWERED_IN_CODE = """## How do you reverse a list in Python?

```python
items.reverse()
```

## How do you sort a dict by value?

```python
sorted(d.items(), key=lambda kv: kv[1])
```

## How do you read a file line by line?

```python
for line in open(path):
    print(line)
```
"""


def test_puzzles_with_their_code_and_no_answers_make_no_card(tmp_path: Path) -> None:
    """trial14 T14-27: 'What is the output?' + its code, '---' between, none answered: cards taught the next
    puzzle as the answer to the one before. The code a question shows is no answer: the file is a list of
    questions without answers. Questions answered by code stay cards."""
    from compiler.build import build

    content = deck_of(tmp_path, {"closures.md": _PUZZLES, "howto.md": _ANSWERED_IN_CODE})
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    assert result.summary.notes == 3
    assert any(d.file == "sources/closures.md" and "a list of 4 questions and no answers" in d.message for d in result.summary.warnings)
_LOGSEQ = """- Whats an **articulation point** in an undirected graph? #card #graphs/scc
  - A vertex whose removal disconnects the graph.
- {{cloze The **condensation** of a directed graph is always a **DAG**.}} #card #graphs/scc
- A graph is one SCC {{c1 if and only if}} every vertex reaches every other one. #card
-
\t- Azure ofrece dos servicios de contenedores: #flashcard
\t  hl-page:: 18
\t  id:: 636a12f3-658d-488e-aefb-8fe10650f831
\t\t- **Azure Container Instances**: PaaS que ejecuta un contenedor.
\t\t- **Azure Kubernetes Service:** servicio completo de orquestación.
\t- Las {{cloze máquinas virtuales}} son emulaciones de equipos físicos. #flashcard
\t  hl-page:: 16
"""


def test_logseq_cloze_blocks_are_cloze_notes_beside_the_pages_cards(tmp_path: Path) -> None:
    """trial14 T14-28: one '{{cloze …}}' block (nothing nested: no answer) made the page no outline, and it gave
    no card at all, its '#card' questions too; '#flashcard' blocks were no cards in an outline."""
    result, manifest = _built(tmp_path, {"scc.md": _LOGSEQ})
    kinds = sorted((n["kind"], (n["fields"].get("Question") or n["fields"].get("Text", ""))[:40]) for n in manifest["notes"])
    assert result.summary.notes == 5, kinds
    clozes = [n["fields"]["Text"] for n in manifest["notes"] if n["kind"] == "cloze"]
    assert any(t.startswith("{{c1::The") and "DAG" in t and "#card" not in t for t in clozes), clozes
    assert any("{{c1::if and only if}}" in t for t in clozes)
    assert any("{{c1::máquinas virtuales}}" in t and "hl-page" not in t and "#flashcard" not in t for t in clozes)
    basics = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"] if n["kind"] == "basic"}
    assert any("articulation point" in q and "disconnects" in a for q, a in basics.items())
    assert any("dos servicios" in q and "Kubernetes" in a and "hl-page" not in a for q, a in basics.items())


def test_logseq_clozes_keep_every_line_and_leave_code_alone() -> None:
    from compiler.sources.logseq import logseq_clozes

    lines = ["```", "- {{cloze not this}} #card", "```", "- plain entry", "- Paris is {{c2 the capital}}. #card"]
    out = logseq_clozes(lines)
    assert len(out) == len(lines) and out[:4] == lines[:4]
    assert out[4] == "+ Paris is {{c2::the capital}}."
    assert logseq_clozes(["- {{c1::already Anki}} text"]) == ["- {{c1::already Anki}} text"]


_HINTED = """## Practice

### 1. Count work without hiding the remainder

You have 23 examples and microbatches of five. Give the microbatch sizes. What changes with `drop_last`?

<details><summary>Hint</summary>
List the actual chunks before grouping them.
</details>

<details><summary>Solution</summary>
Chunks are 5,5,5,5,3; with drop_last the last three go.
</details>

### 2. Reconstruct a changed scalar update

Use inputs `[1,2,4]` and compute the gradient. Which row does the naive rule overweight?

<details><summary>💡 Hint 2</summary>
The per-row derivative is (wx-y)x.
</details>

<details><summary>Solution</summary>
Derivatives are 0, -2, -8; the one-row chunk gets half the weight.
</details>
"""

_LISTED = """### Part 1

1. Find all method calls in the program.
    <details>
    <summary>Hint</summary>

    - A method call is a `MethodAccess` in the CodeQL Java library.

    </details>
    <details>
    <summary>Solution</summary>

    ```ql
    from MethodAccess call
    select call
    ```
    </details>
"""


def test_a_hint_toggle_before_the_solution_leaves_the_exercise_a_card(tmp_path: Path) -> None:
    """trial14 T14-4: a Hint toggle between an exercise and its Solution toggle made the exercise 'text outside
    any question' (a page of them: no card, and alone the build stopped). The hint is shown on the front, the
    solution is the back; inside a list entry the hint is a line of italics under the question."""
    result, manifest = _built(tmp_path, {"practice.md": _HINTED, "workshop.md": _LISTED})
    notes = [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]]
    assert result.summary.notes == 3, notes
    chunks = next((q, a) for q, a in notes if "23 examples" in q)
    assert "List the actual chunks" in chunks[0] and "Chunks are 5,5,5,5,3" in chunks[1] and "List the actual" not in chunks[1]
    update = next((q, a) for q, a in notes if "naive rule" in q)
    assert "per-row derivative" in update[0] and "Derivatives are" in update[1]
    calls = next((q, a) for q, a in notes if "method calls" in q)
    assert "Hint: A method call is" in calls[0] and "MethodAccess" in calls[1] and "Hint" not in calls[1]


def test_hint_callouts_keep_lines_and_leave_other_toggles() -> None:
    from compiler.sources.hints import hint_callouts

    answer = ["<details><summary>Answer</summary>", "It is 4.", "</details>"]
    assert hint_callouts(answer) is answer
    hint = ["<details>", "<summary><b>提示</b></summary>", "", "斜率为常数。", "", "</details>"]
    out = hint_callouts(hint)
    assert len(out) == len(hint) and out[0] == "> [!hint]- 提示" and out[3] == "> 斜率为常数。" and out[-1] == ""


_TITLED = """## Exercises

### Question 1: Identify pure functions

Which of the following functions are pure?

```scala
def double(x: Int): Int = x * 2
def now(): Long = System.currentTimeMillis()
```

<details>
<summary>Solution</summary>

Only `double` is pure.

</details>

### 问题 2：改写为纯函数

把下面的计数器改写为纯函数。

```java
class Counter { int value = 0; int increment() { return ++value; } }
```

<details>
<summary>解答</summary>

`def increment(value: Int): Int = value + 1`

</details>
"""


def test_a_question_label_with_a_title_heads_the_question_below_it(tmp_path: Path) -> None:
    """trial14 T14-6: '### Question 1: Identify pure functions' (also '問題 1:', '问题 2：') over the question and
    its code, then the answer toggle: the front was the title alone, the question and its code opened the back."""
    result, manifest = _built(tmp_path, {"fp.md": _TITLED})
    notes = [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]]
    assert result.summary.notes == 2, notes
    pure = next((q, a) for q, a in notes if "Which of the following functions are pure?" in q)
    assert "currentTimeMillis" in pure[0] and "is pure" in pure[1] and "Which of" not in pure[1]
    counter = next((q, a) for q, a in notes if "把下面的计数器改写为纯函数" in q)
    assert "Counter" in counter[0] and "value + 1" in counter[1]


_EXERCISE = """## AWS - Budget Setup

### Objectives

Setup a cost budget in your AWS account based on your needs.

## Solution

Click [here to view the solution](solution.md)
"""

_RESTATED = """## AWS - Budget Setup

### Objectives

Setup a cost budget in your AWS account based on your needs.

### Solution

1. Go to "Billing"
2. Click on "Create a budget"
"""


def test_a_solution_that_restates_its_task_shows_only_the_solution(tmp_path: Path) -> None:
    """trial14 T14-33: a solution.md repeating the exercise's title and objectives before '### Solution': every
    back opened with the task again, and every front ended with 'Solution — Click here to view the solution'."""
    result, manifest = _built(tmp_path, {"budget/exercise.md": _EXERCISE, "budget/solution.md": _RESTATED})
    [note] = manifest["notes"]
    assert result.summary.notes == 1
    front, back = note["fields"]["Question"], note["fields"]["Answer"]
    assert "Setup a cost budget" in front and "view the solution" not in front
    assert "Billing" in back and "Setup a cost budget" not in back and "Objectives" not in back


def test_a_text_file_of_question_and_answer_lines_is_a_card_per_line(tmp_path: Path) -> None:
    """trial14 T14-45: 'What does DNS stand for? Domain Name System' a line, read as alternating question and
    answer lines: every card taught the next question as the answer of the one before."""
    from compiler.build import build
    from compiler.sources.inline_qa import asked_and_answered

    text = (
        "What does DNS stand for? Domain Name System\nWhich port does HTTPS use by default? - 443\n"
        "1. What is the capital of France? Paris\nWhat carries genetic information? DNA\n"
    )
    content = deck_of(tmp_path, {"quiz.txt": text})
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    manifest = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    cards = {n["fields"]["Question"]: n["fields"]["Answer"].removeprefix("<p>").removesuffix("</p>") for n in manifest["notes"]}
    assert result.summary.notes == 4, cards
    assert cards["What does DNS stand for?"] == "Domain Name System" and cards["Which port does HTTPS use by default?"] == "443"
    assert cards["What is the capital of France?"] == "Paris"
    assert asked_and_answered(["Q: What is 2+2? A: 4"] * 3) is None  # the qa layout's own one-line labels


def test_anki_clozes_tagged_as_logseq_cards_are_cloze_notes(tmp_path: Path) -> None:
    """trial14 T14-28 re-check: '- The {{c1::mitochondrion}} is … #card' blocks (Anki's syntax in a Logseq page)
    beside a '#card' question: the page gave no card at all."""
    page = (
        "- The {{c1::mitochondrion}} is the powerhouse of the cell. #card\n- Ribosomes make {{c1::proteins}}. #flashcard #biology\n"
        "- What does DNA stand for? #card\n  - Deoxyribonucleic acid\n"
    )
    result, manifest = _built(tmp_path, {"bio.md": page})
    kinds = sorted(n["kind"] for n in manifest["notes"])
    assert result.summary.notes == 3 and kinds == ["basic", "cloze", "cloze"], manifest["notes"]
    assert all("#" not in n["fields"].get("Text", "") for n in manifest["notes"])


_LISTED_KEY = """# Quiz: Module 04 - Azure Container Services

---

**Question 1**
What is the fastest way to run a single Docker container in Azure without provisioning virtual machines?

* A) Azure Kubernetes Service (AKS)
* B) Azure Container Instances (ACI)
* C) Azure Functions
* D) Windows Server container host
* **Correct Answer:** B) ACI runs single containers without VM management overhead.
* **Distractor Analysis:**
  * *Why A is incorrect:* AKS is for full container orchestration.

---

**Question 2**
Which service orchestrates 15 interdependent containers with rolling deployments?

- A) Azure Container Instances
- B) Azure Kubernetes Service
- C) Azure App Service
- **Answer:** B
"""


def test_a_key_written_as_the_options_last_entry_is_the_key(tmp_path: Path) -> None:
    """Lead's new-user check (sitting 13): '* **Correct Answer:** B) …' as one more entry of the options' list
    was no answer line: '4 options and none marked correct' for every question, and the file gave no card."""
    result, manifest = _built(tmp_path, {"quiz.md": _LISTED_KEY})
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    assert result.summary.notes == 2 and all(n["kind"] == "multiple_choice" for n in notes.values()), notes
    first = next(n for q, n in notes.items() if "single Docker container" in q)
    assert "Azure Container Instances" in first["fields"]["Correct"] and "without VM management" in first["fields"]["Explanation"]
    assert "AKS is for full container orchestration" in first["fields"]["Explanation"]
    second = next(n for q, n in notes.items() if "orchestrates" in q)
    assert "Azure Kubernetes Service" in second["fields"]["Correct"]


_EXAM = """# Klausur 2018

## Aufgabe 2: JavaScript II (11 Punkte)

### a) Fakten

Bitte geben Sie an, ob die unten genannten Aussagen wahr oder falsch sind.

| Aussage | Wahr | Falsch |
| --- | --- | --- |
| NaN (not a number) is truthy. | | ✅ |
| Fehler können mit "throw" geworfen werden. | ✅ | |
| Eine Konsolenausgabe erzeugt "console.log". | ✅ | |

## Aufgabe 4: Authentifizierung (10 Punkte)

### a) Authentifizierung

Definieren Sie den Begriff "Authentifizierung" (1 Punkt).

AuthN: Ist der Benutzer derjenige, der er vorgibt zu sein?
"""


def test_a_grid_in_an_exam_of_headed_tasks_leaves_the_tasks_cards(tmp_path: Path) -> None:
    """trial14 T14-2 re-check (a regression of db6ce6e): the rewritten grid, a table of cards, made the solved
    exam 'ask', so its other sub-tasks under headings were 'text outside any question' instead of cards."""
    result, manifest = _built(tmp_path, {"klausur.md": _EXAM})
    fronts = [n["fields"]["Question"] for n in manifest["notes"]]
    assert result.summary.notes == 4, fronts
    assert any("NaN (not a number) is truthy. (Wahr / Falsch?)" in f for f in fronts)
    assert any("Authentifizierung" in f for f in fronts)


def test_an_unlisted_sweave_exercise_is_read(tmp_path: Path) -> None:
    """formats2 F2-12 follow-up: an R/exams exercise in Sweave (.Rnw) was read only when deck.toml listed it;
    unlisted it was 'not read'."""
    from test_sitting13_formats2 import SWISS_RNW

    result, manifest = _built(tmp_path, {"swisscapital.Rnw": SWISS_RNW})
    assert result.summary.notes == 1 and manifest["notes"][0]["kind"] == "multiple_choice"


def test_numbered_questions_answered_by_one_word_on_their_line(tmp_path: Path) -> None:
    """trial14 T14-44: '1. What is the chemical formula of water? H2O' (a one-word answer after the '?') was
    'question has no answer', and 'DNA' was taken for a difficulty label; answers of two words were read."""
    page = (
        "# Chemistry quiz\n\n1. What is the chemical formula of water? H2O\n2. How many chromosomes do humans have? 46\n"
        "3. What carries genetic information? DNA\n4. What organelle makes most ATP? The mitochondrion\n"
    )
    result, manifest = _built(tmp_path, {"quiz.md": page})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert result.summary.notes == 4, cards
    assert "H2O" in cards["What is the chemical formula of water?"] and "DNA" in cards["What carries genetic information?"]
    assert all(n["fields"].get("Difficulty", "medium") == "medium" for n in manifest["notes"])
