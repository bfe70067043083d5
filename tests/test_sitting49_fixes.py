"""Forty-ninth sitting, fixes: the open findings of trial 48 (docs/trials/trial48.md) and trial 47's rest. A table in any
reader is read by one rule: a Typst ``#table(…)`` is a table, and a table whose first column numbers the questions it
answers is an answer key's, never a card per row (T48-16)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

TRIAL48 = Path(__file__).parent / "data" / "trials" / "trial48"
TRIAL33 = Path(__file__).parent / "data" / "trials" / "trial33"

# --- T48-16: a Typst table; one key-table rule for every reader's tables ------------------------------------------------


def test_a_typst_table_is_a_table_not_nothing(tmp_path: Path) -> None:
    """T48-16 (high): ``#table(columns: 2, [*Vessel*], [*Carries blood*], [Artery], blank(1fr, [away from the heart]),
    …)`` under a question, and a notes page's ``#table(…)`` under a heading. Before: nothing of either (the question "no
    answer", the notes' table silently gone). Now a table: its cells' content (quest's ``blank(…)`` answers too), its
    width from ``columns`` (``(auto,) + (1fr,) * 2`` is 3)."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.typ": TRIAL48 / "quiz-choices.typ"})
    table = next(n for n in notes if note_front(n).startswith("Complete the table"))
    assert note_back(table) == "Vessel Carries blood Artery away from the heart Vein towards the heart"
    assert "<table" in table["fields"]["Answer"]
    assert skipped == []
    page = (
        "= Physics units\n\n== SI units\n\nThe base quantities and their units:\n\n"
        "#table(\n  columns: (auto,) + (1fr,) * 2,\n  [*Quantity*], [*Unit*], [*Symbol*],\n  [Force], [newton], [$N$],\n)\n"
    )
    notes, _, _ = built_notes(tmp_path / "notes", {"units.typ": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("SI units", "The base quantities and their units: Quantity Unit Symbol Force newton \\(N\\)")
    ]


KEY_PAGE = {
    "md": "# Quiz\n\n## Segregation\n\nAlleles separate into gametes.\n\n## Answer Key\n\n| Question | Answer |\n|---|---|\n| 1 | b |\n| 2 | c |\n| 3 | b |\n",
    "typ": "= Quiz\n\n== Segregation\n\nAlleles separate into gametes.\n\n== Answer Key\n#table(columns: 2, [Question], [Answer], [1], [b], [2], [c], [3], [b])\n",
    "tex": (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Segregation}\nAlleles separate into gametes.\n\n\\section*{Answer Key}\n"
        "\\begin{tabular}{cc}\nQuestion & Answer \\\\\n1 & b \\\\\n2 & c \\\\\n3 & b \\\\\n\\end{tabular}\n\\end{document}\n"
    ),
    "org": "#+TITLE: Quiz\n\n* Segregation\nAlleles separate into gametes.\n\n* Answer Key\n| Question | Answer |\n|---+---|\n| 1 | b |\n| 2 | c |\n| 3 | b |\n",
    "adoc": "= Quiz\n\n== Segregation\n\nAlleles separate into gametes.\n\n== Answer Key\n\n|===\n|Question |Answer\n\n|1\n|b\n\n|2\n|c\n\n|3\n|b\n|===\n",
}


def test_an_answer_key_table_of_questions_the_page_does_not_hold_is_no_card_in_any_reader(tmp_path: Path) -> None:
    """T48-16: trial33's bio-quiz.typ writes its questions with a ``#let q(…)`` macro and ends with a key table
    (``Question | Answer`` / ``1 | b`` …). With Typst tables read, its rows became six cards ``1`` → ``b``; the same page
    in Markdown gave them already (a guessed table pattern). A table whose first column numbers questions is an answer
    key's: when the page asks no question so numbered, its heading is listed as skipped, said once at its line; in
    Markdown, Typst, LaTeX, org-mode and AsciiDoc alike (each reader's table is a Markdown table, one rule)."""
    for suffix, page in KEY_PAGE.items():
        notes, skipped, said = built_notes(tmp_path / suffix, {f"quiz.{suffix}": page})
        assert [(note_front(n), note_back(n)) for n in notes] == [("Segregation", "Alleles separate into gametes.")], suffix
        assert [s["skipped"] for s in skipped] == ["answers to numbered questions the document does not hold"], suffix
        assert any(
            f"quiz.{suffix}:{skipped[0]['line']}: warning: 'Answer Key' heads the answers to numbered questions this document does "
            "not hold (its table keys 3 questions, 1 to 3): no card" in s
            for s in said
        ), (suffix, said)


def test_a_key_table_under_the_questions_it_answers_still_keys_them(tmp_path: Path) -> None:
    """T48-16: the key rule leaves a page that holds its numbered questions as it was: the table keys them."""
    page = (
        "# Quiz\n\n1. What is the shape of a DNA molecule?\n   a) single helix\n   b) double helix\n   c) triple helix\n\n"
        "2. Which base pairs with adenine in DNA?\n   a) cytosine\n   b) guanine\n   c) thymine\n\n"
        "## Answer Key\n\n| Question | Answer |\n|---|---|\n| 1 | b |\n| 2 | c |\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the shape of a DNA molecule?", "B) double helix"),
        ("Which base pairs with adenine in DNA?", "C) thymine"),
    ]
    assert skipped == []


# --- T48-14: word fronts of sheets and decks named as what they are ------------------------------------------------------


def test_sheet_and_deck_word_fronts_are_no_headings_in_reasons_and_the_sheet_names_a_source_by_its_file(tmp_path: Path) -> None:
    """T48-14 (low): a capitals sheet (``Wales,Cardiff``) beside a sheet of country notes (``country,country info`` /
    ``Wales,Constituent country …``) and a CrowdAnki deck. Before: the pair ``Wales`` / ``Wales`` was "neither asks a
    question (the heading 'Wales' of two documents: each is about its own page's subject …)", and the cheat sheet's
    merged ``Luxembourg`` read ``more answers on the card: capital`` (the file's title, a word read as an answer). Now
    the reason names the fronts as words a sheet's row or a deck's note asks about, and the sheet names the file."""
    from compiler.pipeline import compile_content
    from compiler.sheet import sources_line

    files: dict[str, str | Path] = {
        "capital.csv": "Wales,Cardiff\nGreenland,Nuuk\nEswatini,Mbabane\nLuxembourg,Luxembourg\n",
        "country-notes.csv": TRIAL48 / "country-notes.csv",
        "crowdanki-capitals.json": TRIAL48 / "crowdanki-capitals.json",
    }
    compiled = compile_content(deck_of(tmp_path, files))
    deck = compiled.deck
    assert compiled.dupes is not None
    reasons = [p.reason for p in compiled.dupes.pairs if "Wales" in p.reason]
    assert reasons and all("the word 'Wales'" in r and "heading" not in r for r in reasons), reasons
    titles = {s.id: s.title for s in deck.sources}
    merged = next(n for n in deck.notes if len(n.items) > 1 and n.primary.question == "Luxembourg")
    line = sources_line(merged, titles)
    assert "more answers on the card: " in line and "capital.csv" in line and "Capitals" in line, line
    assert not re.search(r"\bcapital\b(?!\.csv)", line), line


# --- T48-12: a heading that asks by its language's verb ending, without '?' --------------------------------------------


def test_a_heading_asking_by_its_verb_ending_without_a_question_mark_asks(tmp_path: Path) -> None:
    """T48-12 (low): Korean notes whose headings ask as Korean does, by the verb's ending (``교착상태란 무엇인가``, 'what is
    a deadlock'; ``…줄일 수 있는가``, ``…있을까``), no '?'. Before: such a heading was a statement: named among the page's
    "statement headings" (told to end with '?'), a page of them "asks no question", and in the full Database page four
    sections' text was "outside any question". Now it asks, as Japanese ``…とは何か`` and Chinese ``…吗`` do (never ``一、是什么``, an answer's part); a
    statement (``교착상태의 해결 방법``, ``하나``, ``…했으니까``) still states."""
    from compiler.sources.lines import script_asks

    asking = ["교착상태란 무엇인가", "교착상태를 어떻게 줄일 수 있는가", "격리 수준에는 어떤 것들이 있을까", "인덱스는 어떻게 써요", "クロージャとは何か", "これは何ですか", "你有什么缺点吗", "闭包有什么用呢"]
    stating = ["교착상태의 해결 방법", "인덱스의 목적", "하나", "어머니", "시험을 봤으니까", "정리해요", "闭包的原理", "一、是什么", "一般的な設定"]
    assert [t for t in asking if not script_asks(t)] == [] and [t for t in stating if script_asks(t)] == []
    _, _, said = built_notes(tmp_path, {"db.md": TRIAL48 / "korean-notes.md"})
    stated = next(s for s in said if "statement headings" in s)
    assert "db.md:5:" in stated and "its 4 statement headings" in stated and "교착상태란 무엇인가" not in stated, stated
    page = (
        "# 데이터베이스\n\n## 트랜잭션\n\n### 트랜잭션이란 무엇인가\n\n하나의 논리적 작업 단위이다.\n\n"
        "### 교착상태란 무엇인가\n\n서로의 잠금을 기다리며 진행하지 못하는 상태이다.\n\n"
        "### 교착상태를 어떻게 줄일 수 있는가\n\n트랜잭션을 자주 커밋한다.\n"
    )
    notes, _, said = built_notes(tmp_path / "page", {"tx.md": page})
    assert [note_front(n) for n in notes] == ["트랜잭션이란 무엇인가", "교착상태란 무엇인가", "교착상태를 어떻게 줄일 수 있는가"]
    assert not any("asks no question" in s for s in said), said


# --- T47-7 rest: MyST roles in Markdown ---------------------------------------------------------------------------------


def test_myst_roles_in_markdown_read_as_sphinx_shows_them(tmp_path: Path) -> None:
    """T47-7's rest (trial47, pfm's MyST solutions): ``{ref}`define_functions``` in a Markdown page was printed as
    ``{ref} define_functions``. A MyST role reads as the reStructuredText reader reads ``:ref:`…```, one rule for both
    (``roles.role_text``): a bare label its words, ``title <label>`` its title, a term its word, a function's name as
    code with ``()``, maths as maths; a role inside a code span stays as written."""
    page = (
        "# Functions\n\n## How do I repeat code while a condition holds?\n\n"
        "Use a `while` loop; see {ref}`repeat_code_while_a_given_condition_holds` and {doc}`/tools/loops`.\n"
        "A {term}`closure` keeps its scope, {py:func}`len` counts, {ref}`the guide <define_functions>` explains.\n"
        "Write ``{ref}`label` `` to link a section.\n\n"
        "## What does {term}`recursion` mean?\n\nA function that calls itself, {math}`f(n) = n f(n-1)`.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"loops.md": page})
    assert [note_front(n) for n in notes] == ["How do I repeat code while a condition holds?", "What does recursion mean?"]
    back = note_back(notes[0])
    assert back.startswith("Use a while loop; see repeat code while a given condition holds and loops. A closure keeps its scope, len() counts, the guide explains.")
    assert "{ref}`label`" in back and "<code>len()</code>" in notes[0]["fields"]["Answer"]
    assert "\\(f(n) = n f(n-1)\\)" in note_back(notes[1])


# --- T48-7 rest: an exercise's own line over its lettered steps ---------------------------------------------------------


def test_an_exercises_own_line_is_on_each_of_its_steps_fronts(tmp_path: Path) -> None:
    """T48-7's rest (Hands-On ML's exercise solutions): ``## 7.`` / ``_Exercise: train and fine-tune a Decision Tree for
    the moons dataset._`` / ``a. Generate …`` + code / ``b. Split …`` + code. Before: each step a card, the exercise's
    line "text outside any question". Now that line, a paragraph labelled as the exercise, is shown above each step,
    as a case's facts are above its questions."""
    notes, _, said = built_notes(tmp_path, {"steps.ipynb": TRIAL48 / "exercise-steps.ipynb"})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 4 and all(f.startswith("Exercise: train and tune a k-NN classifier on the wine dataset. ") for f in fronts), fronts
    assert fronts[0].endswith("a. Load the wine dataset with load_wine() .") and fronts[3].endswith("d. Measure the best model's accuracy on the test set.")
    assert not any("steps.ipynb:36:" in s for s in said), said


# --- T48-16's rest: a Typst quiz whose questions a macro of its own writes ------------------------------------------------


def test_a_typst_quiz_written_by_its_own_macro_is_read_with_its_key_and_bonus(tmp_path: Path) -> None:
    """trial33 bio-quiz.typ: ``#let q(n, stem, a, b, c, d) = [#n. #stem \\ #grid(columns: (1fr, 1fr), [a) #a], …)]``,
    five ``#q(1, [What is the shape of a DNA molecule?], [single helix], …)`` calls, a bonus line and a key table
    (``Question | Answer`` / ``1 | b`` … ``Bonus | 1/4``). Before: the calls wrote nothing, unsaid (1 junk card on main,
    6 junk key-row cards on the branch that first read Typst tables). Now a document's own content macro is expanded
    (each ``#param`` the call's argument), a ``#grid``'s cells are lines of text, and the quiz is six cards keyed by
    the table, each at its call's line."""
    notes, skipped, _ = built_notes(tmp_path, {"bio-quiz.typ": TRIAL33 / "bio-quiz.typ"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the shape of a DNA molecule?", "B) double helix"),
        ("Which base pairs with adenine in DNA?", "C) thymine"),
        ("What is the genotype of a heterozygous tall pea plant?", "B) Tt"),
        ("Who is called the father of genetics?", "B) Gregor Mendel"),
        (
            "Which scientist's X-ray image (Photo 51) revealed the helical structure of DNA, which was later used by Watson "
            "and Crick without her permission?",
            "B) Rosalind Franklin",
        ),
        ("In a Tt × Tt cross, what fraction of the offspring is expected to be short?", "1/4"),
    ]
    assert [n["items"][0]["line"] for n in notes][:5] == [14, 15, 16, 17, 18] and skipped == []


def test_a_typst_macro_called_with_content_blocks_only_is_expanded(tmp_path: Path) -> None:
    """T48-16's rest: a macro called with trailing content blocks and no parentheses (``#term[Osmosis][The diffusion
    …]``, as Typst allows) is expanded as one called with them (``#term([Diffusion], […])``); both glossary entries
    and the quiz macro's questions are cards (before: ``Osmosis`` then ``[The diffusion …]`` printed with its brackets)."""
    page = (
        "#let term(t, d) = [/ #t: #d]\n#let q(body, answer) = [\n  + #body\n    #solution[#answer]\n]\n\n= Cell biology\n\n"
        "== Glossary\n\n#term[Osmosis][The diffusion of water across a selectively permeable membrane.]\n"
        "#term([Diffusion], [The movement of particles from high to low concentration.])\n\n== Quiz\n\n"
        "#q([Which organelle makes most of a cell's ATP?], [The mitochondrion.])\n#q([What does the ribosome make?], [Proteins.])\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cells.typ": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Osmosis", "The diffusion of water across a selectively permeable membrane."),
        ("Diffusion", "The movement of particles from high to low concentration."),
        ("Which organelle makes most of a cell's ATP?", "The mitochondrion."),
        ("What does the ribosome make?", "Proteins."),
    ]


def test_a_numbered_procedure_table_under_its_heading_is_no_answer_key(tmp_path: Path) -> None:
    """T48-16's key rule, bounded: ``## Installing`` over ``| Step | Action |`` / ``| 1 | Download the installer |`` …
    is a procedure, its heading's card, never "answers to numbered questions the document does not hold" (a key's
    table is under a key's heading or names its columns question and answer)."""
    page = (
        "# Setup\n\n## Installing\n\n| Step | Action |\n|---|---|\n| 1 | Download the installer |\n| 2 | Run it |\n"
        "| 3 | Restart |\n\n## Configuring\n\nEdit the config file and set the port.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"setup.md": page})
    assert [note_front(n) for n in notes] == ["Installing", "Configuring"] and skipped == []
    assert note_back(notes[0]) == "Step Action 1 Download the installer 2 Run it 3 Restart"
    assert not any("does not hold" in s for s in said)
