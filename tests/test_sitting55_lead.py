"""Fifty-fifth sitting, lead: `deckc dupes` lists no pair its own reason already tells apart (newdocs round 10: a
Spanish glossary's `La mitosis` / `La meiosis`, one quiz's multiple-choice and true/false questions, and two capitals
quizzes' `Capital of France?` / `What is the capital of Canada?` were put to the user)."""

from __future__ import annotations

from pathlib import Path

GLOSSARY = """# Biología – conceptos

La mitosis es la división de una célula en dos células hijas idénticas.
La meiosis es la división celular que produce cuatro gametos con la mitad de cromosomas.
El citoplasma es el medio acuoso en el que se encuentran los orgánulos.
La fotosíntesis es el proceso por el cual las plantas transforman la luz en energía química.
"""

QUIZ = """# Water cycle quiz

1. What powers the water cycle?
   a) The Moon's gravity
   b) The Sun's energy
   c) Earth's magnetic field
   Answer: b

2. True or false: Groundwater is part of the water cycle.
   Answer: True

3. What is it called when water vapour turns into liquid?
   a) Evaporation
   b) Condensation
   c) Precipitation
   Answer: b
"""

BRACKETS = """# Capitals

1. Capital of France? [Paris]
2. Capital of Italy? [Rome]
3. Capital of Egypt? [Cairo]
"""

PARENS = """# Capitals quiz

1. What is the capital of Australia? (Canberra)
2. What is the capital of Canada? (Ottawa)
3. What is the capital of Brazil? (Brasília)
4. What is the capital of Turkey? (Ankara)
"""


def _compiled(folder: Path, files: dict[str, str], embedder, dedupe: str = ""):  # type: ignore[no-untyped-def]
    from compiler.pipeline import compile_content

    (folder / "sources").mkdir(parents=True)
    for name, text in files.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    (folder / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    if dedupe:
        (folder / "dedupe.toml").write_text(dedupe, encoding="utf-8")
    return compile_content(folder, now=1_000, embedder=embedder)


def _listed(compiled) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {frozenset((p.a.question, p.b.question)) for p in compiled.dupes.pairs if p.status == "suggested"}


def test_one_glossarys_terms_after_an_article_are_no_suggestion(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """`La mitosis` / `La meiosis` (one page; definitions alike, 0.21) share only their article: two terms, not
    listed; suggest_same_source = 0 lists them again (the rule, not the score, leaves them out)."""
    compiled = _compiled(tmp_path / "a", {"bio.md": GLOSSARY}, real_model)
    assert len(compiled.deck.notes) == 4
    assert frozenset(("La mitosis", "La meiosis")) not in _listed(compiled)
    every = _compiled(tmp_path / "b", {"bio.md": GLOSSARY}, real_model, "[dedupe]\nsuggest_same_source = 0.0\n")
    assert frozenset(("La mitosis", "La meiosis")) in _listed(every)


def test_one_quizs_two_questions_told_apart_are_listed_only_from_suggest_same_source(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """One quiz's multiple-choice question and its true/false statement (0.15, 'a multiple-choice quiz and an open
    question: … each keeps its card') are listed as one document's two questions are: from suggest_same_source."""
    pair = frozenset(("What powers the water cycle?", "True or false: Groundwater is part of the water cycle."))
    compiled = _compiled(tmp_path / "a", {"quiz.md": QUIZ}, real_model)
    assert len(compiled.deck.notes) == 3
    assert pair not in _listed(compiled)
    every = _compiled(tmp_path / "b", {"quiz.md": QUIZ}, real_model, "[dedupe]\nsuggest_same_source = 0.0\n")
    assert pair in _listed(every)


def test_a_closest_match_told_apart_for_sure_is_not_listed(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """Two capitals quizzes: each question's closest match in the other document was listed below `suggest` with
    the reason "other words (… "France" vs "Canada"): two questions, check"; answered Paris / Ottawa, they are two
    questions for sure; nor is `Capital of Egypt?` / `… of Australia?` (0.10) a pair to decide. A same question in
    other words is still merged or listed."""
    compiled = _compiled(tmp_path / "a", {"brackets.md": BRACKETS, "parens.md": PARENS}, real_model)
    assert len(compiled.deck.notes) == 7
    listed = [p for p in compiled.dupes.pairs if p.status == "suggested"]
    assert listed == [], [(p.a.question, p.b.question, p.score, p.reason) for p in listed]
    same = BRACKETS + "4. Capital of Canada? [Ottawa]\n"
    again = _compiled(tmp_path / "b", {"brackets.md": same, "parens.md": PARENS}, real_model)
    joined = [sorted(i.question for i in g) for g in again.dupes.groups]
    listed = _listed(again)
    assert ["Capital of Canada?", "What is the capital of Canada?"] in joined or frozenset(
        ("Capital of Canada?", "What is the capital of Canada?")
    ) in listed


LINKS = """# Python interview

## What is the difference between a tuple and a list?

[Tuples vs Lists - Stack Overflow](https://stackoverflow.com/questions/1708510)

## What is a decorator?

A function that takes a function and returns a new one, usually adding behaviour around the call.

## What is the GIL?

See https://wiki.python.org/moin/GlobalInterpreterLock

## What are generators?

- [Generators (Python docs)](https://docs.python.org/3/tutorial/classes.html#generators)
- [Real Python: generators](https://realpython.com/introduction-to-python-generators/)

## Who wrote the Zen of Python?

[Tim Peters](https://en.wikipedia.org/wiki/Tim_Peters_(software_engineer))

## Where is the official tutorial?

[The Python Tutorial](https://docs.python.org/3/tutorial/)

## What does `yield` do?

It hands a value to the caller and pauses the function; see [the docs](https://docs.python.org/3/reference/simple_stmts.html#yield).
"""


def test_an_answer_of_links_naming_pages_is_said_and_no_card(tmp_path: Path) -> None:
    """Sitting 54's interview pages: '[Tuples vs Lists - Stack Overflow](…)', two links titled with the question's
    word, 'See https://…' were cards whose back teaches nothing. Each is now said at its line, no card; a link whose
    words answer (a name), a link under a question asking where to read, and words beside a link stay cards."""
    from conftest import built_notes, note_back, note_front

    notes, skipped, said = built_notes(tmp_path, {"links.md": LINKS})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {
        "What is a decorator?", "Who wrote the Zen of Python?", "Where is the official tutorial?", "What does yield do?",
    }, cards
    assert cards["Who wrote the Zen of Python?"] == "Tim Peters"
    told = [s for s in said if "only a link elsewhere" in s]
    assert len(told) == 3 and "Tuples vs Lists - Stack Overflow" in told[0], said
    assert len(skipped) == 3, skipped


FAQ = """# Backend interview: Python

- [What is a dynamically typed language?](#what-is-a-dynamically-typed-language)
- [What is PEP 8?](#what-is-pep-8)
- [How is memory managed in Python?](#how-is-memory-managed-in-python)
- [What are decorators?](#what-are-decorators)
- [What is pickling?](#what-is-pickling)
- [About Python's GIL (Global Interpreter Lock)](#about-pythons-gil-global-interpreter-lock)

### What is a dynamically typed language?
Types are checked while the program runs, not before.

### What is PEP 8?
The style guide for Python code.

### How is memory managed in Python?
By a private heap, reference counting and a cycle-detecting garbage collector.

### What are decorators?
Functions that wrap another function to add behaviour around its calls.

### What is pickling?
Turning a Python object into bytes to store or send it.

### About Python's GIL (Global Interpreter Lock)
The GIL lets one thread at a time run Python bytecode, so CPU-bound threads do not run in parallel.

### License
MIT.
"""


def test_a_heading_the_contents_list_among_the_questions_is_the_faqs_last_entry(tmp_path: Path) -> None:
    """'### About Python's GIL' after the page's last question, listed in its table of contents with the questions,
    was a section: its text 'outside any question' (sitting 54's interview pages). It is the FAQ's last entry, a card
    fronted by its heading; a closing 'License' the contents do not list stays a section, said as before."""
    from conftest import built_notes, note_back, note_front

    notes, _, said = built_notes(tmp_path / "a", {"faq.md": FAQ})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["About Python's GIL (Global Interpreter Lock)"].startswith("The GIL lets one thread at a time run")
    assert len(cards) == 6, cards
    assert not any("GIL" in s and "outside any question" in s for s in said), said
    unlisted = FAQ.replace("- [About Python's GIL (Global Interpreter Lock)](#about-pythons-gil-global-interpreter-lock)\n", "")
    notes, _, said = built_notes(tmp_path / "b", {"faq.md": unlisted})
    assert len(notes) == 5 and any("About Python's GIL" in s and "outside any question" in s for s in said), said


def test_an_introduction_pointing_at_the_pages_questions_is_not_said(tmp_path: Path) -> None:
    """'Hey buddy, if you're looking for a job, these are the questions that come up ALL the time.' under an interview
    page's title (sitting 54's pages) was 'text outside any question … its introduction': it speaks of the page's
    questions, as 'This page answers …' does. A paragraph of study text there is still said."""
    from conftest import built_notes

    qa = "## What is a tuple?\nAn immutable sequence.\n\n## What is a list?\nA mutable sequence.\n"
    intro = "# Python Interview Cracker\n\nHey buddy, if you're looking for a job, these are the questions that come up ALL the time. Let's get you ready!\n\n"
    notes, _, said = built_notes(tmp_path / "a", {"py.md": intro + qa})
    assert len(notes) == 2 and not any("outside any question" in s for s in said), said
    study = "# Python\n\nPython sequences come in two kinds: mutable and immutable, and each has its own uses.\n\n"
    notes, _, said = built_notes(tmp_path / "b", {"py.md": study + qa})
    assert len(notes) == 2 and any("outside any question" in s and "its introduction" in s for s in said), said
