"""Forty-third sitting, helper fixes: findings left open by trial 42 (docs/trials/trial42.md) and the lead.

T42-5: the PDF edition of a command cheat sheet (`$ git status` over what it does, in two columns) gave "nothing to
import"; its commands now pair with their descriptions as the Markdown editions do (compiler/sources/command_pairs.py),
and a sheet whose pairs cannot be told says so.

Bold-label lines: '**Power rule.** $…$' / '**First law:** …' among others under a topic heading on a page of questions
are a card each, the name the front (compiler/sources/named_lines.py; the documents in tests/data/sitting43/named-lines/).

T42-13: a reStructuredText rubric with nothing under it (over an include not followed) is no card's back.

A notes list of defined terms ('- bias = …', nested '- L1 → …') is a card per term (compiler/sources/defined_bullets.py;
tests/data/sitting43/defined-bullets/).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, typeset_pdf

# --- T42-5: a command cheat sheet as a PDF ----------------------------------------------------------------------------

_SHEET_HEAD = "#set page(columns: 2, margin: 1.5cm)\n#set text(size: 10pt)\n#show heading: set text(size: 14pt)\n"
_SECTIONS = {
    "MAKE CHANGES": (
        "Review edits and craft a commit transaction",
        [
            ("git status", "Lists all new or modified files to be committed"),
            ("git add [file]", "Snapshots the file in preparation for versioning"),
            ("git diff --staged", "Shows file differences between staging and the last file version, a long line that wraps in its column"),
        ],
    ),
    "BRANCHES": (
        "Name a series of commits and combine completed efforts",
        [
            ("git branch", "Lists all local branches in the current repository"),
            ("git checkout [branch-name]", "Switches to the specified branch and updates the working directory"),
        ],
    ),
}


def _sheet(command_first: bool, short: bool = False) -> str:
    """A two-column cheat sheet in Typst: a heading in capitals, its line of purpose, then command / description pairs
    (each command in a monospaced font, as GitHub's sheet sets it), in one order or the other."""
    out = [_SHEET_HEAD]
    for title, (lead, pairs) in _SECTIONS.items():
        out.append(f"= {title}\n{lead}\n")
        for command, description in pairs:
            said = description.split(",")[0][:45] if short else description
            out.append(f"`$ {command}`\n\n{said}\n" if command_first else f"{said}\n\n`$ {command}`\n")
    return "\n".join(out)


def test_a_pdf_cheat_sheet_of_commands_over_their_descriptions_is_a_card_per_command(tmp_path: Path) -> None:
    """T42-5 (high): GitHub's Git cheat sheet as a two-column PDF ('$ git status' set in a monospaced font over
    'Lists all new or modified files …', a description wrapping over two lines, no blank line between). Before: "no
    card from this file … would ask nothing" and "nothing to import". Now a card per command, the description its
    front, the command its back, the section its topic; the topic's line of purpose stays its heading's card."""
    pdf = typeset_pdf(tmp_path / "git-sheet.pdf", _sheet(command_first=True))
    notes, _skipped, said = built_notes(tmp_path / "deck", {"git-sheet.pdf": pdf})
    cards = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert cards["Lists all new or modified files to be committed"] == ("$ git status", "MAKE CHANGES"), cards
    wrapped = "Shows file differences between staging and the last file version, a long line that wraps in its column"
    assert cards[wrapped] == ("$ git diff --staged", "MAKE CHANGES"), cards
    assert cards["Switches to the specified branch and updates the working directory"] == ("$ git checkout [branch-name]", "BRANCHES")
    assert cards["MAKE CHANGES"] == ("Review edits and craft a commit transaction", ""), cards
    assert len(notes) == 7, sorted(cards)
    assert not any("would ask nothing" in s for s in said), said


def test_a_pdf_cheat_sheet_of_descriptions_over_their_commands_pairs_them_the_other_way(tmp_path: Path) -> None:
    """The other order ('Lists all local branches …' over '$ git branch'), each description a line: the line right
    under a heading over the first command is that section's line of purpose and the first description together (a
    PDF's text has no blank line between them): the last line is the description, the rest stays the heading's."""
    pdf = typeset_pdf(tmp_path / "git-sheet.pdf", _sheet(command_first=False, short=True))
    notes, _skipped, _said = built_notes(tmp_path / "deck", {"git-sheet.pdf": pdf})
    cards = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert cards["Lists all local branches in the current repos"] == ("$ git branch", "BRANCHES"), cards
    assert cards["Lists all new or modified files to be committ"] == ("$ git status", "MAKE CHANGES"), cards
    assert cards["MAKE CHANGES"] == ("Review edits and craft a commit transaction", ""), cards
    assert len(notes) == 7, sorted(cards)


def test_a_pdf_cheat_sheet_whose_pairs_cannot_be_told_says_so(tmp_path: Path) -> None:
    """Descriptions over their commands, wrapping over two lines, right under a heading's line of purpose: where the
    first description starts cannot be told, so those sections are not paired, and the file's warning says that its
    cards are over shell commands it could not pair and what to do, not only that a title is no question."""
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    pdf = typeset_pdf(tmp_path / "git-sheet.pdf", _sheet(command_first=False))
    content = deck_of(tmp_path / "deck", {"git-sheet.pdf": pdf})
    try:
        result = build(content, tmp_path / "deck" / "build", formats=("json",), now=1_000)
        said = [d.text() for d in result.diagnostics.items]
    except ContentError as stopped:
        said = [d.text() for d in stopped.diagnostics]
    warning = next(s for s in said if "no card from this file" in s)
    assert "over shell commands ('$ …') that could not be paired with what each does" in warning, warning
    assert "Markdown edition" in warning and "headings = \"cards\"" in warning, warning


def test_markdown_fenced_commands_over_their_descriptions_pair_as_in_a_pdf(tmp_path: Path) -> None:
    """The same reading in Markdown: a '$ …' fence over its description (or under it) is a card per command; a
    section that reads against the rest of the page (its last description missing, which would shift every pair)
    keeps its commands on its heading's card. A tutorial's steps ('Run:' / a fence / 'Then start it:' / a fence / 'It
    makes a deck.') explain in a paragraph of their own: a how-to, its heading's card in order (sitting 52, T52-1: the
    cards 'Install – Run' and 'Then start it' asked nothing)."""
    page = (
        "# Docker\n\n## Images\n\nWork with images\n\n```\n$ docker images\n```\nLists the local images\n\n```\n"
        "$ docker pull [image]\n```\nDownloads an image from a registry\n\n## Containers\n\n```\n$ docker ps\n```\n"
        "Lists the running containers\n\n```\n$ docker stop [id]\n```\nStops a running container\n\n## Volumes\n\n"
        "```\n$ docker volume ls\n```\nLists the volumes\n\n```\n$ docker volume prune\n```\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"docker.md": page})
    cards = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert cards["Lists the local images"] == ("$ docker images", "Images"), cards
    assert cards["Stops a running container"] == ("$ docker stop [id]", "Containers"), cards
    volumes = cards["Volumes"][0]
    assert "$ docker volume ls" in volumes and "$ docker volume prune" in volumes, cards
    assert "Lists the volumes" not in cards, cards
    tutorial = "# Setup\n\n## Install\n\nRun:\n\n```\n$ pip install deckc\n```\n\nThen start it:\n\n```\n$ deckc init\n```\n\nIt makes a deck.\n"
    notes, _skipped, _said = built_notes(tmp_path / "t", {"setup.md": tutorial})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"Install": "Run: $ pip install deckc Then start it: $ deckc init It makes a deck."}, cards


def test_a_pdf_introduction_set_large_is_no_heading(tmp_path: Path) -> None:
    """GitHub's sheet sets its opening paragraph large: read as a heading, it became the section of every card below
    it. Many words in two sentences or more, asking nothing, set large: a paragraph. A heading stays a heading."""
    intro = (
        "#text(size: 13pt)[Git is the free and open source distributed version control system that is responsible for "
        "everything GitHub related. This cheat sheet features the most important and commonly used Git commands.]\n\n"
    )
    pdf = typeset_pdf(tmp_path / "git-sheet.pdf", _SHEET_HEAD + intro + _sheet(command_first=True)[len(_SHEET_HEAD) :])
    notes, _skipped, _said = built_notes(tmp_path / "deck", {"git-sheet.pdf": pdf})
    sections = {n["fields"]["Section"] for n in notes}
    assert sections == {"", "MAKE CHANGES", "BRANCHES"}, sections


# --- bold-label lines: '**Power rule.** $…$' among others under a topic heading, on a page of questions ------------------

NAMED = Path(__file__).parent / "data" / "sitting43" / "named-lines"


def _cards(tmp_path: Path, name: str) -> tuple[dict[str, tuple[str, str]], list[str]]:
    notes, _skipped, said = built_notes(tmp_path, {name: NAMED / name})
    return {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}, said


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        # a math review read as a numbered page ('1. Differentiate …' / '**Answer:** …'): its rules were "section
        # 'Derivatives' holds 3 lines of notes and no question"
        ("math-notes.md", {"Power rule": r"\(\frac{d}{dx} x^n = n x^{n-1}\)", "Chain rule": r"\(\frac{d}{dx} f(g(x)) = f'(g(x))\, g'(x)\)"}),
        # the same after the questions, a proof after its rule: "text outside any item", each line
        ("math-after.md", {"Power rule": r"\(\int x^n\,dx = \frac{x^{n+1}}{n+1} + C\) for \(n \neq -1\) Proof. Differentiate the right-hand side."}),
        # headings that ask, a topic heading over the rules: its card listed every rule, 'Example.' stays with the last
        ("calculus.md", {"Product rule": r"\((fg)' = f'g + fg'\)", "Chain rule": r"\((f \circ g)'(x) = f'(g(x))\, g'(x)\) Example. \(\frac{d}{dx}\sin(x^2) = 2x\cos(x^2)\)"}),
        # '**First law:** …' (a colon), a note after the last law
        ("physics.md", {"Second law": r"the net force on a body equals its mass times its acceleration, \(F = ma\).", "Third law": "for every action there is an equal and opposite reaction. Note: the first law holds only in an inertial frame of reference."}),
        # bold questions, the elements of a contract: "text outside any question" at each line
        ("law.md", {"Offer": "A definite promise to be bound on stated terms, made to one or more people.", "Intention to create legal relations": "Presumed in commercial deals, not presumed in family or social ones."}),
        # a quiz of 'Answer:' lines, organelles to know, a hint after the last
        ("biology.md", {"Golgi apparatus": "modifies, sorts and packages proteins for secretion.", "Lysosome": "a vesicle of digestive enzymes that breaks down worn-out organelles. Hint: mitochondria have a double membrane, lysosomes a single one."}),
        # German: 'Beispiel.' stays with the law it illustrates
        ("physik-de.md", {"Aktionsprinzip": r"Die Kraft ist gleich Masse mal Beschleunigung, \(F = m a\). Beispiel. Ein Auto von 1000 kg, das mit 2 m/s² beschleunigt, braucht 2000 N."}),
    ],
)
def test_named_statements_on_a_page_of_questions_are_a_card_each(tmp_path: Path, name: str, cards: dict[str, str]) -> None:
    """A line '**Name.** statement' (or '**Name:** statement') among others of its kind under a topic heading, on a page
    of questions, is a card: the name its front, the statement its back (what follows it, a proof, an example, a note,
    a hint, on that back too), the topic heading its section. Before: the section's text was said as notes in no card,
    or its heading's one card listed every rule."""
    made, said = _cards(tmp_path, name)
    for front, back in cards.items():
        assert made[front][0] == back, (front, made)
    sections = {made[front][1] for front in cards}
    assert len(sections) == 1 and "" not in sections, made
    assert not any("outside any" in s or "of notes and no question" in s or "states topics in others" in s for s in said), said
    assert not any(front in ("Proof", "Example", "Note", "Hint", "Beispiel") for front in made), made


def test_labels_that_are_no_names_stay_as_they_were(tmp_path: Path) -> None:
    """Not named statements: an aspect of its topic ('**Pros:**' / '**Cons:**' under '## MongoDB'), counted steps
    ('**Step 1:**'), one bold lead-in alone, lines under a heading that asks, and named lines under a bold question
    ('**1. What are Newton's three laws?**' / '**First law:** …'), which answer it."""
    made, _said = _cards(tmp_path, "not-named.md")
    assert made["MongoDB"][0] == "Pros: flexible schema and horizontal scaling. Cons: no joins across collections in older versions.", made
    assert made["Setting up replication"][0].startswith("Step 1:"), made
    assert made["Indexes"][0].startswith("B-tree index."), made
    assert made["Which isolation levels exist?"][0].startswith("Read committed:"), made
    assert not {"Pros", "Cons", "Step 1", "B-tree index", "Read committed"} & set(made), made
    made, _said = _cards(tmp_path / "q", "under-bold-q.md")
    assert set(made) == {"What are Newton's three laws?", "What is inertia?"}, made
    assert made["What are Newton's three laws?"][0].startswith("First law: a body stays at rest"), made


def test_named_lines_reads_names_not_labels() -> None:
    """The shared rule itself (compiler.sources.named_lines): one stop inside the bold or right after it; a proof, an
    example, a hint or a theorem-like label is no name; a page that asks nothing has none."""
    from compiler.sources.named_lines import named_line, named_lines

    assert named_line("**Power rule.** $x^n$") == ("Power rule", "$x^n$")
    assert named_line("**Ohm's law**: $V = IR$") == ("Ohm's law", "$V = IR$")
    assert named_line("**Beweis.** Sei x …") is None and named_line("**Hint:** look") is None and named_line("**Solución:** x") is None
    assert named_line("**Theorem 2.** Every …") is None and named_line("**Step 1:** do") is None
    assert named_line("**What is it?** A thing") is None and named_line("**Power rule** $x^n$") is None
    notes = ["## Rules", "", "**Power rule.** $a$", "", "**Chain rule.** $b$"]
    assert named_lines(notes) == {}, "a page that asks nothing"
    asked = ["## What is a limit?", "", "A value approached.", "", "## Why?", "", "Because.", "", *notes]
    assert sorted(named_lines(asked)) == [10, 12]
    records = [*asked[:8], "## Peru", "", "**Capital:** Lima", "", "**Currency:** sol", "", "## Chile", "", "**Capital:** Santiago", "", "**Currency:** peso"]
    assert named_lines(records) == {}, "a label each section repeats is a record's field (sitting 42's drug cards)"


# --- T42-13: a reStructuredText rubric left over an include deckc does not follow -------------------------------------

_LOSSES = r"""Loss Functions
==============

Hinge
-----

Used for classification.

.. rubric:: Code

.. literalinclude:: ../code/loss_functions.py
    :pyobject: Hinge

Kullback-Leibler
----------------

.. rubric:: Code

.. literalinclude:: ../code/loss_functions.py
    :pyobject: KLDivergence

MSE (L2)
--------

Mean Squared Error, or L2 loss.

.. rubric:: Math

.. math::

   MSE = \frac{1}{n}\sum (y - \hat y)^2

.. rubric:: References

.. [1] https://example.org/mse
"""


def test_a_rubric_with_nothing_under_it_is_no_answer(tmp_path: Path) -> None:
    """T42-13 (low): ml-cheatsheet's loss functions, '.. rubric:: Code' over a '.. literalinclude::' deckc does not
    follow. Before: 'Kullback-Leibler' → 'Code', 'Hinge' → 'Used for classification. Code', 'MSE' ending in
    'References' (a rubric over footnotes left out). Now a rubric with nothing under it is left out; a topic whose only
    text was the include gives no card, and the include's warning says so; a rubric over text ('Math') stays."""
    notes, _skipped, said = built_notes(tmp_path, {"losses.rst": _LOSSES})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Hinge"] == "Used for classification.", cards
    assert "Kullback-Leibler" not in cards, cards
    assert cards["MSE (L2)"].startswith("Mean Squared Error, or L2 loss. Math"), cards
    assert "frac" in cards["MSE (L2)"] and "References" not in cards["MSE (L2)"], cards
    lost = [s for s in said if "is not followed" in s]
    assert len(lost) == 2 and "all that stands under 'Kullback-Leibler', which gives no card" in lost[1], lost
    assert "all that stands under" not in lost[0], lost


# --- a notes list of defined terms: '- bias = error from …' / '  - L1 → sparse weights' -----------------------------------

DEFINED = Path(__file__).parent / "data" / "sitting43" / "defined-bullets"


def test_a_notes_list_of_defined_terms_is_a_card_per_term(tmp_path: Path) -> None:
    """A learner's notes list under a topic heading whose entries mostly define a term ('bias = …', 'L1 → …',
    'cross-validation: …'). Before: one card, the heading over every line. Now a card per term, the meaning its back;
    a nested entry's context is the entry it is under ('regularization adds a penalty on weights' over 'L1 → …')."""
    notes, _skipped, said = built_notes(tmp_path, {"ml-notes.md": DEFINED / "ml-notes.md"})
    cards = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert cards["bias"][0] == "error from wrong assumptions → underfitting", cards
    assert cards["cross-validation"][0] == "k folds, train on k-1, test on 1", cards
    assert cards["L1"] == ("sparse weights", "regularization adds a penalty on weights"), cards
    assert cards["L2"][0] == "small weights" and len(cards) == 5, cards
    assert not any("defines no term" in s for s in said), said


def test_an_entry_that_defines_nothing_is_said_and_a_list_of_few_stays(tmp_path: Path) -> None:
    """Among defined entries, one that defines nothing and holds none under it ('remember the diagram on page 12') is
    said at its line, in no card; a list where defined entries are not most ('## Enzymes': one of four) stays its
    heading's card; a list of three defined entries among seven stays too and is said ('too few to make a card of
    each'), with what to do."""
    notes, _skipped, said = built_notes(tmp_path, {"bio-notes.md": DEFINED / "bio-notes.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["ribosome"] == "makes proteins from amino acids" and cards["mitochondria"] == "release energy in respiration", cards
    assert cards["Enzymes"].startswith("proteins that speed up reactions each has an active site"), cards
    lost = [s for s in said if "defines no term" in s]
    assert len(lost) == 1 and lost[0].startswith("sources/bio-notes.md:8:") and "page 12" in lost[0], said
    page = (  # (sentences beside the terms: no glossary with terms to look up, trial43 T43-13's term_defs)
        "# Notes\n\n## Loss\n\n- MSE: mean of squared errors\n- MAE: mean of absolute errors\n- Huber: squared near 0, linear far off\n"
        "- Pick the loss by how many outliers there are.\n- Check the scale of the target first.\n- Plot the residuals after each fit.\n"
        "- Read chapter 3 before the quiz.\n"
    )
    notes, _skipped, said = built_notes(tmp_path / "few", {"loss.md": page})
    assert [note_front(n) for n in notes] == ["Loss"], [note_front(n) for n in notes]
    few = [s for s in said if "too few to make a card of each" in s]
    assert len(few) == 1 and "3 of this list's 7 entries define a term" in few[0] and "sources/loss.md:5:" in few[0], said


def test_field_labels_and_answers_are_no_defined_terms(tmp_path: Path) -> None:
    """Not read a card per entry: a record's field labels every list of the page repeats ('- Definition: …' / '- Use
    case: …' under each metric), and a list under a heading that asks ('## What do MRR, mAP and nDCG measure?'), its
    answer."""
    notes, _skipped, said = built_notes(tmp_path, {"metrics.md": DEFINED / "metrics.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Recall@k", "Precision@k", "What do MRR, mAP and nDCG measure?"], fronts
    assert not any("too few to make a card" in s or "defines no term" in s for s in said), said


def test_defined_entries_read_by_the_shared_rule() -> None:
    """compiler.sources.defined_bullets: '=', arrows and a colon right after a term of a few words; a meaning of two
    words at least; a bold, code or linked term is other readers' shape; nesting by indent."""
    from compiler.sources.defined_bullets import defined, defined_list, field_labels

    assert defined("bias = error from wrong assumptions") == ("bias", "error from wrong assumptions")
    assert defined("L1 -> sparse weights") == ("L1", "sparse weights") and defined("x ⇒ y z") == ("x", "y z")
    assert defined("see https://example.org for more") is None and defined("the meeting was at 10:30 today") is None
    assert defined("a very long term of many words: meaning here") is None and defined("x: y") is None
    assert defined_list(["- **bias**: error", "- **variance**: spread", "- **noise**: rest"]) is None
    listed = defined_list(["- a = one thing", "- b = two things", "- c holds", "  - d → four things", "- epoch: five things"])
    assert listed is not None and [(e.term, e.parent) for e in listed] == [("a", -1), ("b", -1), ("", -1), ("d", 2), ("epoch", -1)]
    assert field_labels([["- Definition: x y", "- Use: a b"], ["- Definition: z w"]]) == frozenset({"definition"})


def test_a_certification_outline_of_term_over_definition_bullets_is_a_card_per_term(tmp_path: Path) -> None:
    """trial43 T43-4 (reading part): a certification outline, '- Cloud models:' over '  - Hybrid cloud > uses both
    public and private clouds, connected'. Before: a card per heading, 2,167 words on one back in the real notes. Now a
    card per term (a term of up to five words: 'Infrastructure as a Service (IaaS)'), the topic bullet its context;
    an option's letter ('- A: Target > Capturing > Bubbling' under a question) is no term."""
    from compiler.sources.defined_bullets import defined

    outline = Path(__file__).parent / "data" / "trials" / "trial43" / "t43-4-arrow-outline" / "cloud-notes.md"
    notes, _skipped, said = built_notes(tmp_path, {"cloud-notes.md": outline})
    cards = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert cards["Hybrid cloud"][0] == "uses both public and private clouds, connected", cards
    assert cards["Hybrid cloud"][1].endswith("Describe cloud concepts › Cloud models"), cards
    assert cards["Infrastructure as a Service (IaaS)"][0].startswith("the provider runs hardware and network"), cards
    assert cards["Archive tier"][1].endswith("Describe storage › Storage tiers") and len(cards) == 13, sorted(cards)
    assert not any("defines no term" in s or "too few" in s for s in said), said
    assert defined("A: Target > Capturing > Bubbling") is None and defined("Hot tier > online tier for hot data") == ("Hot tier", "online tier for hot data")
