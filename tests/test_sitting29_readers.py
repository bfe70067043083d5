"""Twenty-ninth sitting, readers: the trial-28 findings left open about reading Markdown, plain text and notes
layouts (the list of the lead's brief) and the trial-29 findings of that area."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front

# --- list 1: an interview README citing its sources with doubled-bracket links ----------------------------------

_CITED = """# Data structure interview questions

## Questions

#### 1) What is a hash table? [[src](https://example.com/list)]

A table that maps keys to slots by a hash function. [[src]](https://example.org/hash)

#### 2) What is a heap? [[src](https://example.com/list)]
[[Answer]](https://example.org/heap)

A tree where each parent is ordered before its children.

#### 3) What is a trie? [[src](https://example.com/list)]
[[Answer]](https://example.org/trie)

#### 4) Reverse a linked list in place.[[src](https://example.com/list)]

Walk it once, turning each node's pointer back.

#### 5) Implement [union-find](https://example.com/uf) on a grid. [[src1]](https://a.example) [[src2]](https://b.example)

Join each cell with its equal neighbours.

#### 6) What is a deque? [src]

A double-ended queue.

#### 7) Explain [CAP](https://example.com/cap)

Consistency, availability and partition tolerance: pick two.
"""

_LABELS = """
[[source]]
id = "ds"
file = "sources/ds.md"
title = "Data structures"
layout = "markdown"
difficulty = { from = "label", labels = { "👶" = "easy", "🚀" = "hard" }, default = "medium" }
"""


def test_a_citation_link_after_a_question_is_no_part_of_its_front_nor_a_level(tmp_path: Path) -> None:
    """trial28 list 1 (high; MLQuestions README): '#### 1) What is …? [[src](url)]' — the link after the question's
    end cites where it came from: it is on no front, and 'src' is no difficulty level (with labels configured it was
    "unknown difficulty 'src'", an error; unconfigured, "level word 'src' (29 items)"). A link inside the question
    ('Implement [union-find](…) on a grid', 'Explain [CAP](…)') keeps its words; '[src]' without a link goes too."""
    notes, _, said = _built(tmp_path, {"ds.md": _CITED}, _LABELS)
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "What is a hash table?",
        "What is a heap?",
        "Reverse a linked list in place.",
        "Implement union-find on a grid.",
        "What is a deque?",
        "Explain CAP",
    ], (fronts, said)
    assert not [s for s in said if "src" in s and "difficulty" in s], said
    assert {n["difficulty"] for n in notes} == {"medium"}


def test_a_doubled_bracket_link_in_an_answer_is_a_link_never_raw_text(tmp_path: Path) -> None:
    """trial28 list 1 (high; MLQuestions README): '[[src]](url)' at an answer's end and '[[Answer]](url)' over it were
    read as Obsidian wiki links: the back showed 'src(https://…)' / 'Answer(https://…)'. They are links now (the text
    in the single brackets), and an answer that is only such a link makes no card, said at its line as a link
    elsewhere (it was called a placeholder answer 'Answer')."""
    notes, skipped, said = _built(tmp_path, {"ds.md": _CITED}, _LABELS)
    by_front = {note_front(n): n for n in notes}
    hash_back = by_front["What is a hash table?"]["fields"]["Answer"]
    assert '<a href="https://example.org/hash"' in hash_back and ">src</a>" in hash_back
    assert "src(" not in note_back(by_front["What is a hash table?"])
    heap = by_front["What is a heap?"]
    assert note_back(heap) == "A tree where each parent is ordered before its children. Answer"  # (the link after it: sitting 49)
    assert '<a href="https://example.org/heap"' in heap["fields"]["Answer"]
    assert not any("(https://" in note_back(n) or "[[" in note_back(n) for n in notes)
    assert [s["question"] for s in skipped] == ["What is a trie?"]
    trie = [s for s in said if "ds.md:14:" in s]
    assert trie and "only a link elsewhere" in trie[0] and "placeholder" not in trie[0], said


def test_an_obsidian_wiki_link_is_still_its_name(tmp_path: Path) -> None:
    """trial28 list 1 (guard): '[[Mitochondria]]' and '[[Cell#Organelles|organelles]]' in a note are their name and
    alias as before; only a doubled bracket followed by '(url)' is a Markdown link."""
    page = "# Cells\n\n## What makes ATP?\n\nThe [[Mitochondria]] among the [[Cell#Organelles|organelles]].\n"
    notes, _, said = _built(tmp_path, {"cells.md": page})
    assert [note_back(n) for n in notes] == ["The Mitochondria among the organelles."], said


# --- T28-58: hard-wrapped answer lines ------------------------------------------------------------------------------

_WRAPPED = """Unit 4 review

1. What does the Golgi apparatus do?
Answer: It modifies, sorts and packages
proteins for secretion or for use
inside the cell.

2. What is diffusion?
The movement of particles from a region of
high concentration to one of low concentration.

3. Name the three stages of the cell cycle.
Answer: Interphase
Mitosis
Cytokinesis

4. Which organelle makes ribosomes?
Answer: The nucleolus.
"""


def test_an_answer_wrapped_mid_sentence_is_one_paragraph(tmp_path: Path) -> None:
    """trial28 T28-58 (high): a numbered question's answer hard-wrapped in a narrow column ('Answer: It modifies, sorts
    and packages' / 'proteins for secretion or for use' / 'inside the cell.') was two bullets and a stray paragraph.
    A line ending on a word no sentence stops on ('… for use', '… region of') goes on into the next; a list written
    one entry a line ('Interphase' / 'Mitosis' / 'Cytokinesis') stays a list."""
    notes, _, said = _built(tmp_path, {"review.txt": _WRAPPED})
    answers = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert answers["What does the Golgi apparatus do?"] == (
        "<p>It modifies, sorts and packages proteins for secretion or for use inside the cell.</p>"
    ), said
    assert answers["What is diffusion?"] == (
        "<p>The movement of particles from a region of high concentration to one of low concentration.</p>"
    )
    assert answers["Name the three stages of the cell cycle."] == (
        "<ul><li>Interphase</li><li>Mitosis</li><li>Cytokinesis</li></ul>"
    )
    assert answers["Which organelle makes ribosomes?"] == "<p>The nucleolus.</p>"


# --- T28-43: imperative exercise headings among a page's question headings -----------------------------------------

_EXERCISES = """## Python

### What is a list comprehension?

A compact way to build a list from an iterable: `[x * x for x in xs]`.

### What is a generator?

A function that yields values one at a time, keeping its state between them.

### Remove duplicates from a list and keep the order of first appearance

```python
def unique(xs):
    return list(dict.fromkeys(xs))
```

### Given a string, reverse each word in the sentence

```python
def reverse_words(s):
    return " ".join(w[::-1] for w in s.split())
```

### Implement a queue using only two stacks

Push onto the first stack; pop from the second, refilling it from the first when it is empty.

### What does `yield from` do?

It delegates to a sub-generator, passing its values through.

### What is a decorator?

A function that takes a function and returns a new one wrapping it.

### What is the GIL?

A lock that lets one thread run Python bytecode at a time.

### What is a context manager?

An object whose `__enter__` and `__exit__` run around a `with` block.

### What is duck typing?

Using an object by what it can do, not by its type.

### What are `*args` and `**kwargs`?

The extra positional and keyword arguments of a call, as a tuple and a dict.

### What is a lambda?

A function written as one expression, without a name.

### What is a set?

An unordered collection of distinct values.

### What is slicing?

Taking a part of a sequence by its start, stop and step.

### Check if a given string is a palindrome

```python
def is_palindrome(s):
    return s == s[::-1]
```

### License

MIT.
"""

_EXERCISES_RU = """## Python

### Что такое список?

Изменяемая последовательность значений.

### Что такое кортеж?

Неизменяемая последовательность значений.

### Удалите дубликаты из списка и верните только уникальные элементы

```python
def unique(xs):
    return list(dict.fromkeys(xs))
```

### Что такое словарь?

Отображение ключей на значения.

### Что такое множество?

Неупорядоченный набор уникальных значений.

### Что такое генератор?

Функция, которая возвращает значения по одному.

### Что такое декоратор?

Функция, которая оборачивает другую функцию.

### Что такое менеджер контекста?

Объект, который управляет блоком `with`.

### Объясните значения и типы в Python

Значения имеют типы, переменные — нет.
"""


def test_imperative_exercise_headings_among_questions_are_cards(tmp_path: Path) -> None:
    """trial28 T28-43 (high; FAQGURU JavaScript en/ru): on a page whose headings ask, the exercises set in the
    imperative ('Remove duplicates …', 'Given a string, reverse …', 'Implement …', 'Check if …' over its code after
    the last question; 'Удалите …', 'Объясните …') were skipped as "a statement heading among question headings" and
    their code was "text outside any question". They are cards; a heading naming a topic after the questions
    ('License') stays a section."""
    notes, skipped, said = _built(tmp_path, {"py.md": _EXERCISES})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "What is a list comprehension?",
        "What is a generator?",
        "Remove duplicates from a list and keep the order of first appearance",
        "Given a string, reverse each word in the sentence",
        "Implement a queue using only two stacks",
        "What does yield from do?",
        "What is a decorator?",
        "What is the GIL?",
        "What is a context manager?",
        "What is duck typing?",
        "What are *args and **kwargs ?",
        "What is a lambda?",
        "What is a set?",
        "What is slicing?",
        "Check if a given string is a palindrome",
    ], (fronts, said)
    assert not skipped
    by_front = {note_front(n): n for n in notes}
    assert "fromkeys(xs)" in note_back(
        by_front["Remove duplicates from a list and keep the order of first appearance"]
    )
    notes, skipped, said = _built(tmp_path / "ru", {"py.md": _EXERCISES_RU})
    fronts = [note_front(n) for n in notes]
    assert "Удалите дубликаты из списка и верните только уникальные элементы" in fronts, said
    assert "Объясните значения и типы в Python" in fronts, said
    assert not skipped and not [s for s in said if "outside any question" in s], said


# --- T28-51: a notes page's definition under its title ----------------------------------------------------------------

_TOPIC_PAGE = """# Skip List

_Read this in other languages:_
[_Русский_](README.ru-RU.md),
[_Português_](README.pt-BR.md)

In computer science, a **skip list** is a probabilistic
data structure that allows fast search within an ordered
sequence of elements, by keeping layers of linked lists.

## Insertion

Each new element is promoted to the next layer with probability one half.

## Search

Start at the top layer and move right while the next key is smaller, then go down a layer.
"""

_COURSE_PAGE = """# My notes

These are my notes for the data structures course.

## Insertion

Each new element is promoted to the next layer with probability one half.

## Search

Start at the top layer and move right while the next key is smaller, then go down a layer.
"""


def test_a_notes_page_definition_under_its_title_is_a_card(tmp_path: Path) -> None:
    """trial28 T28-51 (high; trekhleb/javascript-algorithms, every data structure's README): a page read as notes
    (its headings with text under them are cards) lost the text under its title, the page's definition of its subject
    ('A **bloom filter** is a space-efficient …'): "text outside any question". When that text opens by naming the
    title's subject, the title is a card with it; the 'Read this in other languages:' links are on no card. A page's
    own introduction ('These are my notes …') stays out, as before."""
    notes, _, said = _built(tmp_path, {"skip-list.md": _TOPIC_PAGE})
    by_front = {note_front(n): n for n in notes}
    assert list(by_front) == ["Skip List", "Insertion", "Search"], said
    back = note_back(by_front["Skip List"])
    assert back.startswith("In computer science, a skip list is a probabilistic data structure"), back
    assert "Read this in other languages" not in back and "Русский" not in back
    assert not [s for s in said if "outside any question" in s], said
    notes, _, said = _built(tmp_path / "course", {"course.md": _COURSE_PAGE})
    assert [note_front(n) for n in notes] == ["Insertion", "Search"], said


# --- T28-24: a long sectioned article under a title that asks ---------------------------------------------------------


def _article() -> str:
    """An article of six sections under a front-matter title that asks, each section a few hundred words."""

    def body(name: str) -> str:
        return " ".join(
            f"In {name.lower()} the structure keeps its keys in order and reaches key {k}." for k in range(18)
        )

    sections = "".join(
        f"## {name}\n\n{body(name)}\n\n"
        for name in ("Preface", "Levels", "Insertion", "Search", "Deletion", "Origins")
    )
    return f"---\ntitle: Why does the store use a skip list for sorted sets?\ncategory: Databases\n---\n\n{sections}"


def test_a_long_sectioned_article_under_an_asking_title_is_a_card_per_section(tmp_path: Path) -> None:
    """trial28 T28-24 (high; JavaGuide 'Redis为什么用跳表实现有序集合'): an article whose front-matter title asks was read
    as one note, its whole text the answer (35 phone screens). A page of three sections or more with text that reads
    longer than about eight screens is read by its headings, a card per section, the title its document's name; a
    title that asks over a short answer stays one note."""
    notes, _, said = _built(tmp_path, {"skiplist.md": _article()})
    assert [note_front(n) for n in notes] == [
        "Preface",
        "Levels",
        "Insertion",
        "Search",
        "Deletion",
        "Origins",
    ], said
    assert {n["fields"]["Sources"] for n in notes} == {"Why does the store use a skip list for sorted sets?"}
    short = "---\ntitle: Why use a skip list?\n---\n\nIt keeps keys in order and is simple to write.\n\n## Notes\n\nSee the source.\n"
    notes, _, said = _built(tmp_path / "short", {"short.md": short})
    assert [note_front(n) for n in notes] == ["Why use a skip list?"], said


# --- T29-43: a bulleted outline of questions saved as plain text --------------------------------------------------

_OUTLINE_COPIED = (
    "Physics week 2\n\n"
    "•\tWhat is inertia?\n"
    "\t◦\tThe tendency of a body to keep its state of motion.\n"
    "•\tWhat is momentum?\n"
    "\t◦\tMass times velocity.\n"
    "\t◦\tIt is conserved in a closed system.\n"
    "•\tWhat is a newton?\n"
    "\t◦\tThe force that gives 1 kg an acceleration of 1 m/s².\n"
)


def test_a_bulleted_outline_of_questions_in_a_text_file_is_a_card_per_question(tmp_path: Path) -> None:
    """trial29 T29-43 (severe): a bulleted list copied from Apple Notes / OneNote / Word ('•<TAB>What is …?' over
    '<TAB>◦<TAB>answer') or typed with dashes ('- …?' over '    - …') in a .txt gave no card ("cannot tell this
    document's layout"), while the same list in a .md gave a card per question. Now it is read as that Markdown list:
    the asking entry the front, the entries under it the back, the title line the document's name."""
    dashed = _OUTLINE_COPIED.replace("•\t", "- ").replace("\t◦\t", "    - ")
    for name, text in (("copied.txt", _OUTLINE_COPIED), ("dashed.txt", dashed)):
        notes, _, said = _built(tmp_path / name, {name: text})
        assert [note_front(n) for n in notes] == [
            "What is inertia?",
            "What is momentum?",
            "What is a newton?",
        ], said
        backs = [note_back(n) for n in notes]
        assert backs[1] == "Mass times velocity. It is conserved in a closed system.", backs
        assert "<li>Mass times velocity.</li>" in notes[1]["fields"]["Answer"]
        assert {n["fields"]["Sources"] for n in notes} == {"Physics week 2"}
        assert not [s for s in said if "outside any question" in s or "cannot tell" in s], said


# --- T29-45: a student's shorthand question heading ---------------------------------------------------------------

_SHORTHAND = """# Exam review

## whats the role of the golgi
packs proteins for export

## What do lysosomes do?
Digest waste with enzymes.

## What does the nucleus hold?
The cell's DNA.

## What is a vacuole?
A storage sac.

## What makes ribosomes?
The nucleolus.

## the cell wall
made of cellulose in plants
"""


def test_a_shorthand_question_heading_is_a_card_and_a_dropped_heading_is_named(tmp_path: Path) -> None:
    """trial29 T29-45 (severe): '## whats the func of mitochondria' (a student's shorthand: no apostrophe, no '?') among
    question headings was in no card and in no message but "text outside any question". A heading opening with a
    question word written without its apostrophe (whats, hows, whys …) asks; a heading still read as a section
    ('the cell wall' after the last question) is named in the message about its text."""
    notes, _, said = _built(tmp_path, {"review.md": _SHORTHAND})
    fronts = [note_front(n) for n in notes]
    assert fronts[0] == "whats the role of the golgi", (fronts, said)
    assert note_back(notes[0]) == "packs proteins for export"
    outside = [s for s in said if "outside any question" in s]
    assert outside and "review.md:19:" in outside[0] and "'the cell wall' at line 18" in outside[0], said


# --- T29-42: Bear's ::highlight:: inside a sentence ---------------------------------------------------------------

_BEAR_NOTE = """# Cell biology
#biology/cells #exam

## What does the nucleus hold?

The ::nucleus:: holds the cell's DNA.

## What is the cell wall made of?

A ::rigid layer of cellulose:: in plants.
"""


def test_a_bear_highlight_inside_a_sentence_is_a_highlight_never_an_inline_card(tmp_path: Path) -> None:
    """trial29 T29-42 (severe; Bear's export): 'The ::mitochondrion:: makes ATP …' under a question was read as an
    inline card 'The' → 'mitochondrion:: makes ATP …' (and its question 'has no answer'). '::' before a word and after
    one inside a sentence is Bear's highlight: the sentence answers its question, the words highlighted; a line
    'Term::Definition' is still a card."""
    notes, skipped, said = _built(tmp_path, {"cells.md": _BEAR_NOTE})
    by_front = {note_front(n): n for n in notes}
    assert list(by_front) == ["What does the nucleus hold?", "What is the cell wall made of?"], said
    nucleus = by_front["What does the nucleus hold?"]["fields"]["Answer"]
    assert nucleus == "<p>The <mark>nucleus</mark> holds the cell's DNA.</p>"
    assert note_back(by_front["What is the cell wall made of?"]) == "A rigid layer of cellulose in plants."
    assert not skipped
    card = "# Terms\n\nOsmosis::The movement of water across a membrane.\n"
    notes, _, said = _built(tmp_path / "cards", {"cards.md": card})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Osmosis", "The movement of water across a membrane.")
    ]


# --- T28-56: an attribution sub-heading closing each answer ---------------------------------------------------------

_ATTRIBUTED = """## Agile

### What is refactoring?

Changing code to improve its structure while its behaviour stays the same.

###### Source

* https://example.com/agile-questions/

[[↑] Back to top](#agile)

### What is a user story?

A feature a customer wants, written in one or two sentences.

###### Sources

* [Agile guide](https://example.com/guide)

### What is a sprint?

A fixed time box, usually two weeks, in which a team delivers an increment.

#### References to read

The Scrum Guide describes sprints in its third chapter.
"""


def test_an_attribution_heading_closing_an_answer_is_on_no_back(tmp_path: Path) -> None:
    """trial28 T28-56 (medium; FAQGURU: 2,041 backs): '###### Source' over its link list closed every answer on the
    back (`<h6>Source</h6>` and the URL, or the heading alone once its reading list was dropped). A sub-heading naming
    where the answer came from (Source, Sources, References, 출처, 来源 …) with only links under it is attribution, on
    no back; a heading with words of its own under it stays."""
    notes, _, said = _built(tmp_path, {"agile.md": _ATTRIBUTED})
    answers = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert answers["What is refactoring?"] == (
        "<p>Changing code to improve its structure while its behaviour stays the same.</p>"
    ), said
    assert (
        answers["What is a user story?"]
        == "<p>A feature a customer wants, written in one or two sentences.</p>"
    )
    assert "The Scrum Guide describes sprints" in note_back(notes[2])


# --- T29-41: Roam's ^^highlight^^ and ((block references)) --------------------------------------------------------

_ROAM_PAGE = """- Tags:: #pharmacology
- What is the mechanism of ^^loop diuretics^^? #card
    - They block the Na-K-2Cl cotransporter in the loop of Henle.
- Which loop diuretic is the most used? #card
    - **Furosemide**; see ((Xk29_aB1c)) for its side effects.
"""


def test_a_roam_highlight_and_block_reference_are_no_raw_marks(tmp_path: Path) -> None:
    """trial29 T29-41 (medium; Roam's Markdown export): '^^loop diuretics^^' stayed on the front with its carets and
    '((Xk29_aB1c))' on the back as an id. A Roam highlight is a highlight (plain on the front); a block reference,
    whose block deckc cannot resolve, is left out and said once at its line."""
    notes, _, said = _built(tmp_path, {"pharm.md": _ROAM_PAGE})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["What is the mechanism of loop diuretics?", "Which loop diuretic is the most used?"], (
        said
    )
    back = note_back(notes[1])
    # (the sentence that only points at the block goes with it, never 'see for its side effects': trial29 T29-41 rest)
    assert "((" not in back and "Xk29" not in back and "Furosemide" in back and "see for" not in back, back
    assert [s for s in said if "pharm.md:5:" in s and "1 Roam block reference" in s], said
