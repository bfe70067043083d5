"""Twenty-fourth sitting, readers: open findings in the Markdown and plain-text readers and the declarative layouts
(trial23 T23-n, trial24 T24-n). Fixtures are small snippets in the documents' shapes, never the documents."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import deck_of, note_back, note_front

from compiler.lint import find_holes, text_holes
from compiler.pipeline import compile_content

# --- T23-41: an answer key label with its colon inside the bold -----------------------------------------------------

BOLD_COLON_KEY = """# HTTP quiz

1. Which method replaces a resource?

   A) POST
   B) PUT
   C) PATCH

2. Which status code means 'Not Found'?

   A) 200
   B) 301
   C) 404

3. Which port does HTTPS use?

   A) 443
   B) 80
   C) 22

{label}

1. B
2. C
3. A
"""


def test_answer_key_label_with_the_colon_inside_the_bold(tmp_path: Path) -> None:
    """trial23 T23-41: '**Answer key:**' / '**Answers:**' (the colon inside the bold, as Word and Google Docs export
    it) was no key label, '**Answers**' and 'Answers:' were: every question "none marked correct", nothing written."""
    for k, label in enumerate(("**Answers:**", "**Answer key:**", "__Answer Key:__")):
        notes, _, _ = _built(tmp_path / str(k), {"quiz.md": BOLD_COLON_KEY.format(label=label)})
        assert sorted(n["fields"]["Correct"] for n in notes) == ["A) 443", "B) PUT", "C) 404"], label


# --- T23-48: a level word set as code after the question -----------------------------------------------------------

CODED_LEVELS = """# Networking

### What is TCP? `Junior`

A connection-oriented transport protocol.

### What does BGP choose between? `Senior`

Paths between autonomous systems, by policy.

### Which flag lists hidden files? `-a`

`ls -a`.
"""


def test_level_word_in_backticks_after_the_question(tmp_path: Path) -> None:
    """trial23 T23-48: 'What is TCP? `Junior`' kept 'Junior' on the front and no level was read (as '(Junior)' is).
    A known level word set as code after the question is its marker; other code there ('`-a`') stays."""
    notes, _, _ = _built(tmp_path, {"net.md": CODED_LEVELS})
    got = {note_front(n): n["fields"]["Difficulty"] for n in notes}
    assert got["What is TCP?"] == "easy" and got["What does BGP choose between?"] == "hard"
    assert any(f.startswith("Which flag lists hidden files?") and f.endswith("-a") for f in got)


# --- T23-45: alternating 'Question N' / 'Answer' headings -------------------------------------------------------------

LABEL_HEADING_PAIRS = """# {title}

{h} {q} 1

Which layer does IP belong to?

{h} {a}

The network layer.

{h} {q} 2

What does ICMP carry?

{h} {a}

Error and control messages.

{h} {q} 3

Which port does DNS listen on?

{h} {a}

Port 53, over UDP and TCP.
"""

_PAIRS = {"Which layer does IP belong to?", "What does ICMP carry?", "Which port does DNS listen on?"}


def test_question_and_answer_label_headings_alternating(tmp_path: Path) -> None:
    """trial23 T23-45: '### Question N' / the question / '### Answer' / the answer, repeated, was "cannot tell this
    document's layout", nothing written. A numbered label heading whose next heading labels the answer asks the text
    between them, at any heading level and label word."""
    shapes = (("###", "Question", "Answer"), ("##", "Problem", "Solution"), ("####", "Q", "Answer:"))
    for k, (h, q, a) in enumerate(shapes):
        doc = LABEL_HEADING_PAIRS.format(title="Networking review", h=h, q=q, a=a)
        notes, _, said = _built(tmp_path / str(k), {"net.md": doc})
        assert {note_front(n) for n in notes} == _PAIRS, (h, q, a)
        assert not [s for s in said if "error" in s], said


def test_pasted_label_heading_pattern_reads_and_advises_nothing_harmful(tmp_path: Path) -> None:
    """trial23 T23-45: the pattern the build printed, pasted, read 4/4 but warned 'heading inside the answer' at every
    '### Answer' and advised a section line that, added, read no question at all. An answer-label heading after an
    item's question opens its answer: no warning, and a section pattern that matches it leaves it the answer's."""
    doc = LABEL_HEADING_PAIRS.format(title="Networking review", h="###", q="Question", a="Answer")
    for k, section in enumerate(("", "section = '^(?P<depth>#+)\\s+(?P<section>.+)$'")):
        table = f"""
[[source]]
id = "net"
file = "sources/net.md"
layout = "pattern"
[source.pattern]
item = '^\\s*###\\s+Question\\s*(?P<number>\\d+)\\s*(?P<question>.*)$'
question_end = "auto"
{section}
"""
        notes, _, said = _built(tmp_path / str(k), {"net.md": doc}, table)
        assert {note_front(n) for n in notes} == _PAIRS, section
        assert not [s for s in said if "heading inside the answer" in s], said


# --- T23-36: a tick written in place of an option's letter; an option that renders as nothing ----------------------

TICK_IN_PLACE = """# Shell quiz

**1. Which command prints the working directory?**
(a) ls
(x) pwd
(c) cd
(d) echo
"""

TICK_FIRST_AND_LAST = """# Shell quiz

**1. Which command prints the working directory?**
(x) pwd
(b) ls
(c) cd

**2. Which command lists open files?**
a) ps
b) top
(x) lsof
"""

EMPTY_RENDERED_OPTION = """# HTML quiz

## Question 1
**Which of these is an HTML comment?**

- A) // note
- B) <!-- note -->  ✅
- C) # note

## Question 2
**Which element makes a line break?**

- A) <br> ✅
- B) <hr>
- C) <p>
"""


def test_tick_written_in_place_of_an_option_letter(tmp_path: Path) -> None:
    """trial23 T23-36: '(a) … (b) … (x) .gitignore (d) …' gave a basic card whose back was the option list. A tick in
    the place of a letter ('(x)', '[x]') among lettered options is that option, the letters around it saying which,
    and it is the right one; first or last in the run too."""
    notes, _, _ = _built(tmp_path / "a", {"q.md": TICK_IN_PLACE})
    assert [n["fields"]["Correct"] for n in notes] == ["B) pwd"]
    notes, _, _ = _built(tmp_path / "b", {"q.md": TICK_FIRST_AND_LAST})
    assert sorted(n["fields"]["Correct"] for n in notes) == ["A) pwd", "C) lsof"]


def test_option_that_renders_as_nothing_is_shown_as_written(tmp_path: Path) -> None:
    """trial23 T23-36: '- B) <!-- -->' renders as nothing, and the ✅-keyed question became a basic card that printed
    the options and the '✅'. An option whose text renders empty is shown as written (text, not markup)."""
    notes, _, _ = _built(tmp_path, {"q.md": EMPTY_RENDERED_OPTION})
    got = {note_front(n): n["fields"] for n in notes}
    first = got["Which of these is an HTML comment?"]
    assert first["Correct"] == "B) &lt;!-- note --&gt;" or "note" in first["Correct"], first
    assert "&lt;!-- note --&gt;" in first["Options"] and "✅" not in first["Options"]


# --- T23-38: `deckc lint` holes where the writing is whole -------------------------------------------------------------

WHOLE_WRITING = """# Ops notes

## How do you troubleshoot a service that cannot be reached?

1. **Network Layer**: are the routes in place (check with ping!)? Is the firewall open?

## Which keys does the pager understand?

- **/** Searches forward
- **?** Searches backward
- **q** Quits

## What is a quota?

The quota is the most disk a user may fill, set by the administrator. It is set by `edquota`, limits set by Linux.

## Which tools does a developer use?

- **Git** : version control
- **Make** : builds

## Что такое генератор?

Это функция (в оригинальной терминологии – «generator»), которая отдаёт значения по одному.
"""


def test_whole_writing_is_no_hole(tmp_path: Path) -> None:
    """trial23 T23-38: lint reported holes (exit 1) where nothing was stripped: a lowercase question after a bold
    label whose '?' follows a bracketed '!', a key that is a symbol in bold ('**?**'), 'set by' after a comma, a bold
    term's spaced colon, and an en dash before a quoted word. Real holes stay holes."""
    compiled = compile_content(deck_of(tmp_path, {"ops.md": WHOLE_WRITING}), now=1_000)
    assert len(compiled.items) == 5
    assert [str(h) for h in find_holes(compiled.items)] == []
    assert [s.rule for s in text_holes("For ridge, are the weights shrunk by .")] != []
    assert [s.rule for s in text_holes("Pick by validation, then set by .")] == ["missing-object", "empty-slot"]
    assert [s.rule for s in text_holes("Typical rates? – for hidden layers")] == ["empty-range"]


# --- T23-50: a table with two pairs per row ---------------------------------------------------------------------------

SIDE_BY_SIDE = """# tmux cheat sheet

| Keys | Does | Keys | Does |
|------|------|------|------|
| `C-b c` | new window | `C-b %` | split left and right |
| `C-b n` | next window | `C-b "` | split top and bottom |
| `C-b p` | previous window | `C-b o` | next pane |
| `C-b d` | detach | | |
"""


def test_table_of_two_pairs_per_row_is_two_tables(tmp_path: Path) -> None:
    """trial23 T23-50: '| Key | Action | Key | Action |' (a compact cheat sheet's two tables side by side) was one
    card holding the whole table. A header that repeats its columns is that many tables: a card per pair, an empty
    place in the shorter one none."""
    notes, _, _ = _built(tmp_path, {"tmux.md": SIDE_BY_SIDE})
    got = {note_front(n): note_back(n) for n in notes}
    assert len(got) == 7 and got["C-b d"] == "detach" and got["C-b o"] == "next pane", got


# --- T24-1 / T24-5: a key naming several options with their text; the restated text in backticks ----------------------

def _key_quiz(key: str) -> str:
    """One question over four options, its key line ``key`` under them, an explanation after."""
    return f"""# CSS quiz

###### 1. Which properties accept a list of shadows?

- A) box-shadow
- B) text-shadow
- C) shadow-list
- D) layer-shadow

{key}

Both take comma-separated shadows.
"""


def test_key_naming_several_options_with_their_text(tmp_path: Path) -> None:
    """trial24 T24-1: 'Answer: A) `box-shadow` and B) `text-shadow`' (also 'e', 'y', '、') marked only A, the card
    taught B as wrong and 'box-shadow and B) text-shadow' opened the explanation. Each option named with its own
    text after a joining word is keyed; the key line leaves nothing in the explanation."""
    keys = ("#### Answer: A) `box-shadow` and B) `text-shadow`", "#### Resposta: A) `box-shadow` e B) `text-shadow`",
            "**Respuesta:** A) box-shadow y B) text-shadow", "**正确答案：** A、B")  # fmt: skip
    for k, key in enumerate(keys):
        notes, _, _ = _built(tmp_path / str(k), {"q.md": _key_quiz(key)})
        fields = notes[0]["fields"]
        assert fields["Correct"] == "A) box-shadow<br>B) text-shadow", key
        assert note_back({"fields": {"Answer": fields["Explanation"]}}) == "Both take comma-separated shadows.", key


def test_key_restating_its_option_in_backticks_leaves_no_explanation(tmp_path: Path) -> None:
    """trial24 T24-5: 'Resposta: A) `box-shadow`' (the option written without backticks, or a space after the key)
    left '<code>box-shadow</code>' as the explanation's first paragraph. The restated text is the key's, however
    set; a label followed by other words ('A) box-shadow and B) are both wrong') keeps them."""
    notes, _, _ = _built(tmp_path / "a", {"q.md": _key_quiz("#### Resposta: A) `box-shadow` ")})
    assert notes[0]["fields"]["Correct"] == "A) box-shadow"
    assert "<code>" not in notes[0]["fields"]["Explanation"]
    notes, _, _ = _built(tmp_path / "b", {"q.md": _key_quiz("Answer: A) box-shadow, and B) is not one.")})
    assert notes[0]["fields"]["Correct"] == "A) box-shadow" and "B) is not one" in notes[0]["fields"]["Explanation"]


# --- T24-12: numbered task-box options keyed by their number ----------------------------------------------------------

NUMBERED_BOXES = """# Web quiz

#### 1. Which element makes a link?
1. [ ] `<link>`
2. [ ] `<a>`
3. [ ] `<href>`
answer: 2

#### 2. Which attribute gives a picture's text alternative?
1. [ ] alt
2. [ ] title
3. [ ] src
Cevap: 1
"""


def test_numbered_task_box_options_keyed_by_number(tmp_path: Path) -> None:
    """trial24 T24-12: options '1. [ ] …' keyed 'answer: 3' were 'an answer line deckc cannot read', every question a
    basic card of the option list. Task boxes numbered 1, 2, 3 … in turn are named by their number in the key."""
    notes, _, said = _built(tmp_path, {"quiz.md": NUMBERED_BOXES})
    assert sorted(n["fields"]["Correct"] for n in notes) == ["A) alt", "B) <code>&lt;a&gt;</code>"]
    assert not [s for s in said if "cannot read" in s]


# --- T24-3: answer labels with a qualifier ----------------------------------------------------------------------------

QUALIFIED_LABELS = """# Übungen

1) Wie viel sind 20 % von 80?
Rechnung/Lösung: 80 × 0,2 = 16.

2) Nennen Sie einen Vorteil von Mehrwegflaschen.
Lösung (Beispiel): Sie sparen Rohstoffe.

3) What does a cache keep?
Answer (sketch): Recently used data, close to where it is needed.
"""


def test_answer_label_with_a_qualifier_is_stripped(tmp_path: Path) -> None:
    """trial24 T24-3: 'Lösung (Beispiel):', 'Rechnung/Lösung:' stayed at the start of 17 answers while 'Lösung:' was
    taken off. A word joined before the label with '/' or a bracket after it is the same label."""
    notes, _, _ = _built(tmp_path, {"ex.md": QUALIFIED_LABELS})
    backs = sorted(note_back(n) for n in notes)
    assert backs == ["80 × 0,2 = 16.", "Recently used data, close to where it is needed.", "Sie sparen Rohstoffe."], backs
