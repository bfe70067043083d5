"""Twenty-second sitting, lead's checks (second worktree): a folder's table that a user pastes as printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from conftest import new_user_deck

from compiler.cli import main

GIFT = "::Q{n}:: What is {n} + {n}? {{={s} ~{w} ~0}}\n\n::T{n}:: {n} is a number. {{T}}\n"


def test_a_folder_table_pasted_as_printed_changes_no_card_when_a_file_holds_none(tmp_path: Path) -> None:
    """trial23 T23-2: three GIFT quizzes and a GIFT file of essays only: the build printed one table for the three
    (``file = "sources/*.gift"``), and pasting it made the essays' file an ERROR (nothing written). A file a glob
    matches that holds no card is a warning, as it was unlisted; the folder's warning says what the files are."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "moodle").mkdir()
    for n in (2, 3, 4):
        (deck / "sources" / "moodle" / f"quiz{n}.gift").write_text(
            GIFT.format(n=n, s=2 * n, w=2 * n + 1), encoding="utf-8"
        )
    (deck / "sources" / "moodle" / "essays.gift").write_text(
        "::E1:: Write about your summer. {}\n", encoding="utf-8"
    )
    first = CliRunner().invoke(main, ["build", str(deck)])
    assert first.exit_code == 0, first.output
    assert (
        "3 files in sources/moodle/ not listed in deck.toml; read as layout 'markdown' (6 items; each a GIFT quiz, converted to Markdown first)"
        in first.output
    )
    assert "essays.gift:1: warning: not read: a GIFT quiz with no card in it" in first.output
    table = re.search(r"\n(    \[\[source\]\]\n(?:    .+\n)+)", first.output)
    assert table is not None and 'file = "sources/moodle/*.gift"' in table.group(1), first.output
    manifest = deck / "build" / "deck.json"
    before = json.loads(manifest.read_text(encoding="utf-8"))["notes"]
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + "\n" + table.group(1).replace("\n    ", "\n").removeprefix("    "),
        encoding="utf-8",
    )
    again = CliRunner().invoke(main, ["build", str(deck)])
    assert again.exit_code == 0, again.output
    assert "essays.gift:1: warning: not read: a GIFT quiz with no card in it" in again.output
    assert "not listed in deck.toml" not in again.output
    after = json.loads(manifest.read_text(encoding="utf-8"))["notes"]
    assert [(n["guid"], n["fields"]) for n in after] == [(n["guid"], n["fields"]) for n in before]


def test_a_file_named_alone_that_holds_no_card_is_still_an_error(tmp_path: Path) -> None:
    """Named by itself in deck.toml, a GIFT file of essays stops the build: the user asked for that file's cards."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "essays.gift").write_text("::E1:: Write about your summer. {}\n", encoding="utf-8")
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "e"\nfile = "sources/essays.gift"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "essays.gift:1: error: a GIFT quiz with no card in it" in result.output


def test_a_pair_the_guard_keeps_apart_is_guessed_keep_apart_in_the_toml() -> None:
    """trial23 T23-8: 'What effect does an L1 penalty have?' / '… an L2 penalty …' (near-identical, kept apart by the
    guard: different numbers) was listed with a [[merge]] guess, 'probably the same question'; pasting it folded L2 into L1."""
    from test_dedupe_logic import item, run

    from compiler.dupes_report import pairs_toml

    a = item("ml", "What effect does an L1 penalty have on the weights?", line=7)
    b = item("exam", "What effect does an L2 penalty have on the weights?", line=11)
    groups, status = run([a, b])
    assert sorted(map(sorted, groups)) == [["exam"], ["ml"]]
    pair = status[frozenset(("ml", "exam"))]
    assert pair.status == "suggested" and pair.reason.startswith("contrast (different numbers: 1 / 2)")
    toml = pairs_toml([pair])
    assert "[[keep_apart]]" in toml and "\n[[merge]]" not in toml
    assert "kept as two cards unless you merge them" in toml


def test_a_negation_said_in_other_words_and_a_blank_asked_openly_are_no_contrast() -> None:
    """trial23 T23-9: 'not used to fit' / 'kept out of fitting' and a fill-in blank / the same question asked openly
    were kept apart by the guard (a reviewer skips 'kept-apart'); a plain negation and two blanked sentences still are."""
    from compiler.pairscore import built_in_contrast

    assert not built_in_contrast(
        "Why is the validation set not used to fit the parameters?",
        "Why must the validation set be kept out of parameter fitting?",
    )
    assert not built_in_contrast(
        "The gradient of the squared loss with respect to w is _____.",
        "What is the gradient of the squared loss?",
    )
    assert built_in_contrast("Why use dropout?", "Why not use dropout?").startswith("negation")
    assert built_in_contrast(
        "Pods running as a _____ are replicas", "Pods running as a Deployment are _____"
    ).startswith("fill-in")
    # a blank against a statement that fills it with other words: two sentences, still told apart
    assert built_in_contrast(
        "Pods running as a _____ are stateless", "Pods running as a Deployment are stateless"
    ).startswith("fill-in")


SEE_ALSO = """\
# Preguntas de React

#### ¿Qué son los hooks?

Los hooks son funciones que permiten usar estado en componentes funcionales.

#### ¿Qué es el estado?

El estado es la información que un componente guarda y que cambia con el tiempo.

#### ¿Cuáles son los errores típicos con los hooks?

Llamarlos dentro de condiciones o bucles. Recomendamos revisar las siguientes secciones:

- [¿Qué son los hooks?](#qué-son-los-hooks)
- [¿Qué es el estado?](#qué-es-el-estado)
"""


def test_a_see_also_list_of_the_pages_questions_stays_in_its_answer(tmp_path: Path) -> None:
    """trial23 T23-12: a list of links to questions the page asks itself was read as a lesson's knowledge check: each
    link a second card of the question it links to, and the question over the list LOST (taken for the check's
    heading). The list is text in its answer now, the question a card, nothing twice."""
    from conftest import built_notes

    notes, skipped, _ = built_notes(tmp_path, {"react.md": SEE_ALSO})
    assert skipped == []
    fronts = [n["fields"]["Question"] for n in notes]
    assert fronts == [
        "¿Qué son los hooks?",
        "¿Qué es el estado?",
        "¿Cuáles son los errores típicos con los hooks?",
    ]
    assert [len(n["items"]) for n in notes] == [1, 1, 1]
    back = notes[2]["fields"]["Answer"]
    assert "<li>¿Qué son los hooks?</li>" in back and "href" not in back


def test_the_same_statement_headings_answered_alike_in_two_documents_are_one_card() -> None:
    """trial23 T23-30: a README of '## Task' headings over their command and its Word cheat sheet: 20 identical pairs
    (same words, same answer, score 1.00) stayed two cards each, 'neither asks a question'. Answered alike they are
    one card; 'Death' of two biography pages, answered otherwise, stays two."""
    from test_dedupe_logic import item, run

    a = item("readme", "Reword the previous commit message", "git commit -v --amend", line=3)
    b = item("sheet", "Reword the previous commit message", "git commit -v --amend", line=9)
    groups, status = run([a, b])
    assert groups == [{"readme", "sheet"}], status[frozenset(("readme", "sheet"))].reason
    curie = item("curie", "Death", "She died in 1934 of aplastic anaemia.", line=3)
    einstein = item("einstein", "Death", "He died in 1955 in Princeton.", line=3)
    groups, status = run([curie, einstein])
    assert sorted(map(sorted, groups)) == [["curie"], ["einstein"]]
