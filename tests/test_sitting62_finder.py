"""Sixty-second sitting, finder: findings of trial 62 (real public documents: MyST lecture notes of a university course,
a regex tutorial in four languages, an SQL cheat sheet in English and Chinese; docs/trials/trial62.md) fixed: a page of
lecture notes that ends with an exercise (a task over its ``{admonition} Solution`` dropdown) keeps its statement
sections' cards (T62-1); a Chinese sentence among command bullets is no bare glossary term (T62-2); a front made of
symbols (``.``, ``?``, ``?=``) is its own question, with an id from its symbols and no lint hole (T62-3); a MyST
target line (``(cov)=``) is no text (T62-6); a quoted ``'%or%'`` is no site variable (T62-8); a translated page's
contribution and licence sections are no cards (T62-12); an embedded element's directive options are no text (T62-7).

The reproducers in tests/data/trials/trial62/ are written for this trial in the shapes of the documents (no fetched
text is committed): TUDelft-CITG/MORE-lecture-notes dcb1eec7 (CC BY 4.0), ziishaned/learn-regex 5a5252eb (MIT),
enochtangg/quick-SQL-cheatsheet e9e60148 (MIT)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial62"


# --- T62-1: lecture notes that end with an exercise ---------------------------------------------------------------------


def test_an_exercise_keeps_the_lecture_notes_sections_cards(tmp_path: Path) -> None:
    """T62-1 (high): a MyST lecture page (``# Kernel density estimation`` / its definition / ``## Choice of bandwidth``
    / ``## Choice of kernel`` / ``## It's your turn now!`` / a task / ```` ```{admonition} Solution ```` with ``:class:
    tip, dropdown``). Before: the one exercise made the page "ask", and each statement section was "text outside any
    question … read as a section, not a question": one card, the exercise (TU Delft's vine definition page lost
    ``Concept of isomorphism`` and ``Matrix representation`` so, its calibration page its worked example). Now an
    exercise counts as a question among notes: each statement section is a card beside it, the exercise's heading its
    section."""
    notes, skipped, said = built_notes(tmp_path, {"kde.md": TRIAL / "lecture-with-exercise.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "Choice of bandwidth",
            "The bandwidth \\(h\\) sets how smooth the estimate is. A small \\(h\\) follows every observation and gives a "
            "rough curve; a large \\(h\\) hides the shape of the data. Silverman's rule of thumb takes "
            "\\(h = 1.06\\,\\hat\\sigma\\,n^{-1/5}\\).",
        ),
        (
            "Choice of kernel",
            "The kernel matters much less than the bandwidth. The Gaussian kernel is the usual choice; the Epanechnikov "
            "kernel is optimal in mean squared error but has a bounded support.",
        ),
        (
            "Compute the rule-of-thumb bandwidth for a sample of 32 observations with a standard deviation of 2.",
            "With \\(n = 32\\), \\(n^{-1/5} = 0.5\\), so \\(h = 1.06 \\cdot 2 \\cdot 0.5 = 1.06\\).",
        ),
    ], [(note_front(n), note_back(n)) for n in notes]
    assert notes[2]["sections"] == ["kde::It's your turn now!"], notes[2]["sections"]
    assert skipped == []
    assert not any("read as a section, not a question" in s for s in said), said


def test_exercises_that_outnumber_the_notes_keep_them_sections(tmp_path: Path) -> None:
    """T62-1: the rule counts: a page of two exercises and one statement section (a lesson's setup) keeps reading the
    section as a section (said), as before; the exercises are cards."""
    page = (TRIAL / "lecture-with-exercise.md").read_text(encoding="utf-8")
    page = page.replace("## Choice of kernel\n\nThe kernel matters much less than the bandwidth. The Gaussian kernel is the usual choice; "
                        "the Epanechnikov kernel is optimal in mean squared error but has a bounded support.\n", "")
    second = "\n## One more\n\nCompute it for 243 observations with a standard deviation of 1.\n\n```{admonition} Solution\n:class: dropdown\n\n$h = 1.06 \\cdot 1 \\cdot 1/3$.\n```\n"
    notes, _, said = built_notes(tmp_path, {"kde.md": page + second})
    assert [note_front(n) for n in notes] == [
        "Compute the rule-of-thumb bandwidth for a sample of 32 observations with a standard deviation of 2.",
        "Compute it for 243 observations with a standard deviation of 1.",
    ], [note_front(n) for n in notes]
    assert any("under the heading 'Choice of bandwidth'" in s for s in said), said


# --- T62-2: a Chinese note among command bullets --------------------------------------------------------------------------


def test_a_cjk_sentence_among_command_bullets_is_no_bare_term(tmp_path: Path) -> None:
    """T62-2 (high): an SQL cheat sheet in Chinese, ``### **LIMIT**: 用于限制返回的行数`` over three bullets of inline-code
    commands (`` * `SELECT` column_names `FROM` table_name `LIMIT` count; ``) and ``* 并非所有数据库系统都支持`LIMIT`。 SQL
    Server 中是`TOP`子句`` ("not every database supports LIMIT; SQL Server has TOP"). Before: the sentence, with no
    spaces to count as words, was taken for a bare glossary term, so the list was a glossary: each command rewritten as
    a term and its definition (cards ``SELECT`` → ``column_names FROM table_name LIMIT count;``, merged), the heading's
    card gone, the sentence on no card and "1 term of this list has no definition". Now a CJK sentence (a ``。`` in it,
    or more characters than a term has) is no term: the list is the heading's answer, every bullet as written."""
    notes, _, said = built_notes(tmp_path, {"sql.md": TRIAL / "commands-cjk-note.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("SELECT: 用于从数据库中选择数据", "SELECT * FROM table_name;"),
        (
            "LIMIT: 用于限制返回的行数",
            "SELECT column_names FROM table_name LIMIT count; SELECT column_names FROM table_name LIMIT count OFFSET start; "
            "SELECT column_names FROM table_name ORDER BY column LIMIT count; 并非所有数据库系统都支持 LIMIT 。 SQL Server 中是 TOP 子句",
        ),
        ("DISTINCT: 过滤掉重复的值", "SELECT DISTINCT column_name FROM table_name;"),
    ], [(note_front(n), note_back(n)) for n in notes]
    assert notes[1]["fields"]["Answer"].count("<li>") == 4 and "<strong>" not in notes[1]["fields"]["Answer"], notes[1]["fields"]["Answer"]
    assert not any("no definition" in s for s in said), said


def test_a_cjk_glossary_keeps_its_bare_terms_said() -> None:
    """T62-2: a short CJK term with nothing after it is still a bare term of a glossary (``- 轴突`` among ``- 神经元 - 传递信号的
    细胞`` entries), and a Latin-script one as before."""
    from compiler.sources.term_defs import _kind

    assert _kind("轴突") == "bare"
    assert _kind("Saltatory conduction") == "bare"
    assert _kind("并非所有数据库系统都支持`SELECT TOP`。 MySQL 中是`LIMIT`子句") is None
    assert _kind("オブジェクト指向プログラミングとデザインパターンの基本原則") is None


# --- T62-3: symbol fronts ------------------------------------------------------------------------------------------------


def test_symbol_fronts_are_each_their_own_question(tmp_path: Path) -> None:
    """T62-3 (medium): a regex tutorial's tables, ``|.|Any one character …|``, ``|?|The symbol before it, once or not at
    all.|``, ``|?=|Positive lookahead: …|``, ``|?<=|…|``. Before: every front made of symbols normalized to nothing, so
    ``?``, ``?=``, ``?!``, ``?<=`` and ``?<!`` were each "the same question as line 7 ('.')" (in a Japanese page "'.'
    has two meanings, … and '肯定的な先読み' here … add a hint to each front ('. (…)')"), their ids ``item-3`` … ``item-8``
    by position (a row added above gave its id to the next), and ``deckc lint`` called the ``.`` and ``?`` fronts holes
    (``…⟦.⟧…``, ``…⟦?⟧…``; trial61 T61-9), exit 1. Now a front of symbols alone is that symbol's question: its id from
    its symbols, nothing said, no hole."""
    from compiler.lint import find_holes
    from compiler.pipeline import compile_content

    notes, _, said = built_notes(tmp_path / "deck", {"regex.md": TRIAL / "symbol-table.md"})
    assert [(note_front(n), n["fields"]["DeckcId"]) for n in notes] == [
        (".", "regex/item"),
        ("*", "regex/item-6848"),
        ("?", "regex/item-8a8d"),
        ("^", "regex/item-74cd"),
        ("?=", "regex/item-bfee"),
        ("?!", "regex/item-545f"),
        ("?<=", "regex/item-4e56"),
        ("?<!", "regex/item-d5d6"),
    ], [(note_front(n), n["fields"]["DeckcId"]) for n in notes]
    assert note_back(notes[2]) == "The symbol before it, once or not at all."
    assert not any("same question" in s or "two meanings" in s for s in said), said
    compiled = compile_content(deck_of(tmp_path / "lint", {"regex.md": TRIAL / "symbol-table.md"}), now=1_000)
    assert [str(h) for h in find_holes(compiled.items)] == []


def test_a_symbol_front_whose_source_lost_a_formula_is_still_a_hole(tmp_path: Path) -> None:
    """T62-3: the check stays where a formula may be what is lost: a front that is a bare '?' in a source that holds a
    formula ('$p$?' read without its formula) is still a hole, and two questions that differ only in case are one."""
    from compiler.lint import SYMBOL_FRONT, _symbol_front
    from compiler.model import spelled_apart

    assert spelled_apart(".", "?") and spelled_apart("?=", "?<=")
    assert not spelled_apart("What is dropout?", "What is Dropout?")
    assert not spelled_apart("?", "? ")
    assert SYMBOL_FRONT == 4

    class _Item:
        question = "?"
        original = "$p$?"

    assert not _symbol_front(_Item())  # type: ignore[arg-type]
    _Item.original = "|?|The symbol before it, once or not at all.|"
    assert _symbol_front(_Item())  # type: ignore[arg-type]


# --- T62-6: MyST target labels; T62-8: a quoted SQL pattern ---------------------------------------------------------------


def test_a_myst_target_label_is_no_text(tmp_path: Path) -> None:
    """T62-6 (medium): ``(kde)=`` over ``# Kernel density estimation`` (MyST's cross-reference target, as every page of
    TU Delft's lecture notes opens). Before: "text outside any question is not in any card" at line 1. Now the label
    line is blank, as an HTML anchor is: nothing said at line 1, and a page about MyST that shows one in code keeps it."""
    _, _, said = built_notes(tmp_path / "lecture", {"kde.md": TRIAL / "lecture-with-exercise.md"})
    assert not any(s.startswith("sources/kde.md:1:") for s in said), said
    from compiler.sources.shortcodes import _MYST_TARGET

    assert _MYST_TARGET.match("(graph_theory)=") and _MYST_TARGET.match("(sec:intro)=")
    assert not _MYST_TARGET.match("(x)= 2") and not _MYST_TARGET.match("f(x)=")
    page = "# MyST targets\n\n## How do I label a section?\n\nWrite its label over it:\n\n```md\n(my-label)=\n# My section\n```\n"
    notes, _, _ = built_notes(tmp_path / "about", {"myst.md": page})
    assert "(my-label)=" in note_back(notes[0]), note_back(notes[0])


def test_a_quoted_sql_pattern_is_no_site_variable(tmp_path: Path) -> None:
    """T62-8 (medium): quick-SQL-cheatsheet's ``### **LIKE**: …`` over ``* `LIKE` ‘%or%’ (find any values that have “or”
    in any position)``. Before: "the card of 'LIKE: …' shows '%or%' as written: a variable of the site's generator …
    (write its value on the card …)". Now a ``%name%`` in quotes is the string it is, nothing said; a Writerside
    variable in prose (``version %kotlinVersion%``) is still said."""
    page = (
        "# SQL\n\n### **LIKE**: operator used in a WHERE clause to search for a pattern in a column\n"
        "* `SELECT` column_names `FROM` table_name `WHERE` column_name `LIKE` pattern;\n"
        "* `LIKE` ‘%or%’ (find any values that have “or” in any position)\n* `LIKE` '%ab%' (the same, in plain quotes)\n\n"
        "### **IN**: operator that allows you to specify multiple values\n* `SELECT` column_names `FROM` table_name `WHERE` column_name `IN` (v1, v2);\n\n"
        "### What is the current version?\n\nThe current release is %kotlinVersion%.\n"
    )
    notes, _, said = built_notes(tmp_path, {"sql.md": page})
    assert "‘%or%’" in note_back(notes[0]), note_back(notes[0])
    variables = [s for s in said if "site's generator" in s]
    assert len(variables) == 1 and "'%kotlinVersion%'" in variables[0], said


# --- T62-12: a translated page's repository sections ---------------------------------------------------------------------


def test_a_translated_pages_repository_sections_are_no_cards(tmp_path: Path) -> None:
    """T62-12 (low): learn-regex's Russian and Japanese translations end with ``## Участвуйте в жизни репозитория`` /
    ``## 貢献する`` (open a pull request, discuss in issues) and ``## Лицензия``, and open with ``## Переводы:`` (links).
    Before: the contribution and licence sections were cards ('Участвуйте в жизни репозитория' → 'Откройте пулл реквест
    …'), where the English and Portuguese pages' ``## Contribution`` is blanked as the repository's own section. Now the
    Russian and Japanese names are known too, and so is their talk of the repository ('пулл реквест', 'issues',
    'プルリクエスト'): the page's questions are its only cards."""
    notes, skipped, said = built_notes(tmp_path / "ru", {"sql.md": TRIAL / "translated-repo-sections.md"})
    assert [note_front(n) for n in notes] == ["Что такое первичный ключ?", "Что такое внешний ключ?"], [note_front(n) for n in notes]
    assert skipped == [] and not any("reading list" in s for s in said), said
    page = "# 正規表現\n\n## 量指定子とは?\n\n直前の文字の繰り返し回数を指定する記号です。\n\n## 貢献する\n\n* イシューを発行する\n* 修正をプルリクエストする\n"
    notes, _, _ = built_notes(tmp_path / "ja", {"regex.md": page})
    assert [note_front(n) for n in notes] == ["量指定子とは?"], [note_front(n) for n in notes]


# --- T62-7: an embedded interactive element's options -------------------------------------------------------------------


def test_an_embedded_elements_options_are_no_text(tmp_path: Path) -> None:
    """T62-7 (medium): ``## Copula Sandbox`` over a 4-backtick ```` ````{iframe-figure} ../_static/…sandbox.html ````
    with ``:name: copula_sandbox`` / ``:aspectratio: 2 / 1`` and a caption (a TeachBooks course's interactive element).
    Before: the card's back was ``:name: copula_sandbox :aspectratio: 2 / 1 An interactive copula sandbox. …``. Now an
    ``{iframe}``, ``{iframe-figure}`` or ``{video}`` directive is its caption alone, as a ``{figure}`` is its picture."""
    notes, _, _ = built_notes(tmp_path, {"kernels.md": TRIAL / "embedded-sandbox.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Kernel sandbox"] == (
        "An interactive kernel sandbox: pick a kernel and move the bandwidth slider to see the estimate change."
    ), backs
    from compiler.sources.directives import directives

    assert directives("```{video} intro.mp4\n:width: 400\n```\n").split("\n")[:3] == ["", "", ""]
