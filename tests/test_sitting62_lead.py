"""Sixty-second sitting, the lead as a new user: a folder of page bundles dropped into ``sources/``.

The document: jobayer977/javascript-interview-questions @a28f9c2 (ISC), ``docs/`` — 199 questions, each a page bundle
``docs/<section>/<slug>/index.md`` with its question in the front matter's ``title:``, in 24 section folders.  Read
right (199 items, every one a card or merged), but deduplicated as 199 documents of one question each: every pair was
each other's closest match (``mutual`` 1, +1.9 log-odds), 7 pairs merged automatically, two of them wrongly
('Implement Array at polyfill ?' with '… some polyfill ?' at 0.98, 'at' and 'some' being function words elsewhere),
and 306 pairs were left to decide, 120 of them the sixteen polyfills with one another.
"""

from __future__ import annotations

from conftest import deck_of
from test_dedupe_logic import BY_QUESTION
from test_sheet import no_math

from compiler.decisions import Decisions, DedupeSettings
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item, Locator
from compiler.pairscore import FAMILY, Families
from compiler.passes import dedupe
from compiler.similarity import HashEmbedder

POLYFILLS = ["at", "some", "every", "map", "filter"]


def bundle(section: str, slug: str, question: str, answer: str) -> Item:
    return Item(
        source=f"js-{slug}", question=question, answer=[Block(kind=BlockKind.text, text=answer)],
        locator=Locator(file=f"sources/js/{section}/{slug}/index.md", line=5), original=question,
    )


def test_questions_worded_alike_of_three_different_things_are_a_family() -> None:
    """One word for another in a family of three or more ('Implement Array at / some / every polyfill ?') is two
    questions; a pair alone may be a synonym, and a function word for one of its kind ('a' / 'the'), another spelling
    ('closure' / 'closures') or a frame of fewer than two content words ('What is X?') is no family."""
    family = Families([f"Implement Array {name} polyfill ?" for name in POLYFILLS])
    assert family.contrast(0, 1) == f"{FAMILY}: 'at' / 'some' (one of 5 questions 'implement array … polyfill')"
    assert family.contrast(2, 3).startswith(f"{FAMILY}: 'every' / 'map'")
    assert Families(["Implement Array at polyfill ?", "Implement Array some polyfill ?"]).contrast(0, 1) == ""
    articles = Families(["What is a closure in JavaScript?", "What is the closure in JavaScript?",
                         "What is this closure in JavaScript?", "What is one closure in JavaScript?"])
    assert articles.contrast(0, 1) == ""  # (both determiners)
    plural = Families(["How are closures created in JavaScript?", "How are closure created in JavaScript?",
                       "How are objects created in JavaScript?"])
    assert plural.contrast(0, 1) == "" and plural.contrast(0, 2).startswith(FAMILY)
    bare = Families(["What is JavaScript?", "What is TypeScript?", "What is CoffeeScript?"])
    assert bare.contrast(0, 1) == ""  # ('What is …?' holds no content word: left to the score)


def test_a_folder_of_page_bundles_is_one_collection_and_its_family_kept_apart() -> None:
    """Bundles (``sources/js/<section>/<slug>/index.md``) are one author's collection, as a flat folder of notes is
    (dedupe._collection_folder): two bundles of two sections asking one question are suggested, not merged; the
    polyfills, answered each with its own code, are kept apart as one family, not pairs to decide."""
    items = [bundle("21 Polyfills", f"array-{name}-polyfill", f"Implement Array {name} polyfill ?",
                    f"Array.prototype.my{name.title()} = function () {{ /* {name} */ }}") for name in POLYFILLS]
    items += [
        bundle("05 Functions", "what-is-destructuring-assignment", "What is destructuring assignment?",
               "Unpacking values from arrays or properties from objects into variables."),
        bundle("06 Expressions", "destructuring-assignment", "What is a destructuring assignment in JavaScript?",
               "A syntax that unpacks array values or object properties into distinct variables."),
    ]
    items += [bundle("00 Guide", f"q{n}", q, "An answer.") for n, q in enumerate(
        ["What is hoisting?", "What is the temporal dead zone?", "What is a pure function?", "What is memoization?",
         "What is event delegation?"])]
    assert dedupe._collection_folder(items[0].locator.file) == "sources/js"
    assert dedupe._collection_folder("sources/note.md") == "sources"
    groups, report = dedupe.run(items, DedupeSettings(), Decisions(), Diagnostics(), embedder=HashEmbedder(),
                                combiner=BY_QUESTION)
    pairs = {frozenset((p.a.source, p.b.source)): p for p in report.pairs}
    assert all(len(g) == 1 for g in groups)
    same = pairs[frozenset(("js-what-is-destructuring-assignment", "js-destructuring-assignment"))]
    assert (same.status, same.reason) == ("suggested", dedupe.SAME_FOLDER)
    at_some = pairs[frozenset(("js-array-at-polyfill", "js-array-some-polyfill"))]
    assert at_some.status == "kept-apart"
    assert at_some.reason == (f"contrast ({FAMILY}: 'at' / 'some' (one of 5 questions 'implement array … polyfill'));"
                              " one collection's questions, answered otherwise")
    polyfill_pairs = [p for key, p in pairs.items() if all("polyfill" in s for s in key)]
    assert polyfill_pairs and all(p.status == "kept-apart" for p in polyfill_pairs)


def _vault(tmp_path):  # type: ignore[no-untyped-def]
    """A site's page bundles under two section folders, a question each in its front matter's ``title:``."""
    pages = {
        "05 Functions/what-is-memoization": ("What is memoization ?", "Caching a function's results by its arguments."),
        "05 Functions/what-is-a-pure-function": ("What is a pure function ?", "One whose result depends on its arguments only."),
        "05 Functions/what-is-currying": ("What is currying ?", "Turning f(a, b) into f(a)(b)."),
        "04 Loops/what-is-for-of": ("What is the for...of statement?", "A loop over an iterable's values."),
        "04 Loops/what-is-do-while": ("Why use a do...while loop?", "Its body runs once before the test."),
    }
    files = {f"js/{path}/index.md": f"---\ntitle: {q}\n---\n\n{a}\n" for path, (q, a) in pages.items()}
    return deck_of(tmp_path, files)


def test_a_vaults_notes_are_printed_under_their_folders_and_not_titled_twice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The jobayer pages on the cheat sheet: each file is a source of its own, titled by its question, so the sheet
    printed 199 headings, each the question again over its entry, and the question a third time as the entry's
    source. Now a folder of one-question files (a page bundle's folder counts as its parent) heads its notes
    (``js › 05 Functions``), and a source titled as its question is not named under it (sheet.note_folders,
    sheet.sources_line)."""
    from compiler.pipeline import compile_content
    from compiler.sheet import groups, note_folders, sheet_data

    deck = compile_content(_vault(tmp_path)).deck
    assert sorted(set(note_folders(deck.sources).values())) == ["js › 04 Loops", "js › 05 Functions"]
    found = [(g.title, g.subtitle, [n.primary.question for n in g.notes]) for g in groups(deck)]
    assert found == [
        ("js › 04 Loops", "", ["Why use a do...while loop?", "What is the for...of statement?"]),
        ("js › 05 Functions", "", ["What is a pure function ?", "What is currying ?", "What is memoization ?"]),
    ]
    data = sheet_data(deck, groups(deck), no_math, questions_only=False, paper="a4")
    assert [e["src"] for g in data["groups"] for e in g["entries"]] == [""] * 5


def test_a_symbol_written_as_itself_is_no_hole() -> None:
    """`deckc lint` on a JavaScript interview page (sudheerj/javascript-interview-questions, with the bundles above):
    15 holes and exit 1, all of them the page's own writing: operators named in brackets after them, a list of
    characters, a symbol named by the word after it, '!!' and '..' before 'is', an error message's variable. Each is
    a symbol written as itself (lint._symbol_named, _judge_subject, _judge_operand); a lost formula still is a hole."""
    from compiler.lint import text_holes

    written = [
        "Note: The expression !! is not an operator, but it is just twice of ! operator.",
        'It throws an error ".. is not a function" at runtime due to a missing semicolon.',
        "Includes + (Addition), – (Subtraction), * (Multiplication), / (Division) and – – (Decrement)",
        "Includes && (Logical AND), || (Logical OR), ! (Logical NOT)",
        "Includes = (Assignment Operator), += (Add and Assignment Operator), – = (Subtract and Assignment Operator)",
        "It encodes every special character except (, / ? : @ & = + $ #) characters.",
        "The ?. operator is like the . chaining operator, except that it returns undefined.",
        "- 4: ReferenceError: of is not defined",
    ]
    assert {t: text_holes(t) for t in written} == {t: [] for t in written}
    lost = {
        "is the modern default.": "missing-subject",
        "For squared error: . Bias = 1": "empty-slot",
        "Typical dropout rates? – for hidden layers": "empty-range",
        "Typical values: – (see the paper)": "empty-range",
        "Why scale by ?": "empty-slot",
        "The subgradient of at 0 is zero.": "missing-operand",
    }
    assert {t: [s.rule for s in text_holes(t)] for t in lost} == {t: [rule] for t, rule in lost.items()}


def test_a_terms_definition_and_symbols_are_no_holes_but_a_questions_lone_dot_is() -> None:
    """The kept documents' only holes were a flashcard's definition opening with its verb (`cell membrane: controls
    what enters and leaves`: three documents), a term's symbols (Morse's `E` / `.`), a one-word front (`equals`), a
    symbol as a subject (`? matches exactly one character`) and a participle set by a number (`its width set by one
    parameter`): `deckc lint` exit 1 on each. Under a question, an answer that is '.' alone is still a hole (the grill's
    'Default dropout rate for original paper? .')."""
    from compiler.lint import find_holes

    def card(question: str, answer: str) -> Item:
        return Item(source="notes", question=question, answer=[Block(kind=BlockKind.text, text=answer)],
                    locator=Locator(file="sources/notes.md", line=3), original=f"{question}: {answer}")

    written = [card("cell membrane", "controls what enters and leaves"), card("E", "."), card("equals", "The same value."),
               card("ls wildcards", "* matches any run of characters, even none. ? matches exactly one character."),
               card("Kernels", "A Gaussian kernel is a common choice, its width set by one parameter.")]
    assert find_holes(written) == []
    assert [h.rule for h in find_holes([card("Default dropout rate for original paper?", ".")])] == ["empty-slot"]


def test_a_keyword_fronts_first_answer_text_is_still_checked() -> None:
    """Two rules met on main: lint.item_texts left a one-word front out of the texts it checks, and find_holes passes
    over the first text of an item whose front is a keyword or symbol (taking it for the front), so the first answer
    text of a one-word front was never checked: 'Dropout' over 'Typical dropout rates? – for hidden layers.' had no
    hole. The front is always the first text now, and find_holes alone passes over it."""
    from compiler.lint import find_holes

    card = Item(source="notes", question="Dropout", answer=[Block(kind=BlockKind.text, text="Typical dropout rates? – for hidden layers.")],
                locator=Locator(file="sources/notes.md", line=3), original="Dropout: Typical dropout rates? – for hidden layers.")
    assert [h.rule for h in find_holes([card])] == ["empty-range"]


def test_a_negative_thin_space_in_a_formula_is_dropped_not_refused() -> None:
    """Trial62 T62-11: TU Delft's empirical copula, `\\mathbf{1}\\!\\left( … \\right)`, was refused by the cheat sheet with
    "'#' is not allowed in a formula" (tex2typst writes `\\!` as the code `#h(-math.thin.amount)`) and printed as plain
    text, though the formula holds no '#'. The nudge is dropped (typstmath._DROP); a factorial's '!' and a line break
    before one stay."""
    from compiler.emit.typstmath import convert

    code, why = convert(r"C_n(u_1,u_2) = \frac{1}{n} \sum_{i=1}^n \mathbf{1}\!\left( U_{i1} \le u_1 \right)")
    assert (code, why) == ("C_n (u_1 , u_2) = 1/n sum_(i = 1)^n upright(bold(1)) (U_(i 1) <= u_1)", "")
    assert convert(r"a \negthinspace b") == ("a b", "")
    assert convert(r"n! = n (n-1)!")[0] == "n! = n(n - 1)!"
