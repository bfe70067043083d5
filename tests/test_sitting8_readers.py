"""Eighth sitting, readers (Markdown structure): each finding on a small document written here from the
trial's / learner's reproduction (tests/data/newuser/README.md)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import Item
from compiler.sources.directives import directives


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items, [str(d) for d in result.compiled.diagnostics.warnings]


def _back(item: Item) -> str:
    return " ".join(b.plain() for b in item.answer).strip()


def test_directive_answer_boxes_answer_the_text_above_them(tmp_path: Path) -> None:
    """trial8 H8: MyST ':::{note} Solution' + ':class: dropdown', '```{admonition} Answer', ':::{exercise}' /
    ':::{solution} ex-one' and the gated '{solution-start}' / '{solution-end}': the card's front was the topic
    heading and its back held the question, the directive syntax and the answer. The text above the box asks
    (the front), the box answers (the back), the heading is the section; no ':::', ':class:' or label left."""
    items, _ = _build(tmp_path, "myst-problems.md")
    asked = [(i.section, i.question, _back(i)) for i in items if i.question != "A note that is no answer"]
    assert asked == [
        (["Log likelihood"], "True or false: the expected log likelihood of the true model is at least that of any estimate?",
         "True. The truth maximises the expected log likelihood."),
        (["Penalties"], "Which penalty sets coefficients exactly to zero?", "The L1 (LASSO) penalty."),
        (["Exactly one"], "Write a condition that is true when exactly one die shows 1.", "(d1 == 1) != (d2 == 1)"),
        (["Doubling"], "What does `f(3)` return?", "It returns 6: the function doubles its argument."),
    ]  # fmt: skip
    doubling = items[3]
    assert [b.plain() for b in doubling.stimulus] == ["Consider the following function:", "def f(x):\n    return x * 2"]
    shown = " ".join([*(i.question for i in items), *(b.plain() for i in items for b in [*i.answer, *i.stimulus])])
    for raw in (":::", ":class:", "dropdown", "ex-one", "ex-double", "{solution", "🏷"):
        assert raw not in shown


def test_site_containers_answer_the_text_above_them(tmp_path: Path) -> None:
    """trial8 H8: VitePress '::: details Answer', Docusaurus ':::tip[Answer]', MkDocs '??? note "Show answer"',
    a '<details><summary>Answer' toggle and a Quarto callout titled by its '## Answer' line, each after the
    question's text under a topic heading: one card each (the unlisted page is read, not 'cannot tell')."""
    items, _ = _build(tmp_path, "container-answers.md")
    assert [(i.section, i.question, _back(i)) for i in items] == [
        (["HTTP"], 'What status code means "Not Found"?', "404."),
        (["DNS"], "Which record type maps a name to an IPv6 address?", "AAAA."),
        (["TLS"], "Which port does HTTPS use by default?", "443."),
        (["Ports"], "Which port does SSH listen on?", "22."),
        (["Mail"], "Which protocol delivers mail between servers?", "SMTP."),
        (["Names"], "Which command asks a DNS server directly?", "dig (or nslookup)."),
    ]


def test_directives_keep_lines_and_leave_code_alone() -> None:
    """The rewrite keeps every line where it was (messages name the right line), keeps '{code-cell} python'
    as code in its language and plain code fences as code, and a ':::' inside a code fence is code too."""
    text = (
        "Q?\n\n:::{note} Answer\n:class: dropdown\n\nA.\n:::\n\n```{code-cell} python\nx = 1\n```\n\n"
        "```text\n:::{note} Answer\n```\n"
    )
    out = directives(text)
    assert out.count("\n") == text.count("\n")
    lines = out.split("\n")
    assert lines[2] == '!!! note "Answer"' and lines[5] == "    A."
    assert "```python" in lines and lines[13] == ":::{note} Answer"  # a code cell: a fence in its language


def test_question_lists_without_answers_make_no_card(tmp_path: Path) -> None:
    """trial8 H11 (+ the lead's new-user check, a kubernetes interview page): practice lists of questions with
    no answers gave junk cards '<title or heading> → the questions' as soon as the list was short (4), had a
    nested sub-list, a sub-heading, or its questions stood on lines of their own between '---' rules and level
    names (a '?' line over '---' is a heading to Markdown). Each file is 'a list of N questions and no
    answers' and adds no card."""
    names = ["question-list-plain.md", "question-list-nested.md", "question-list-heading.md", "question-list-levels.md"]
    content = drop_in(tmp_path, *names, "level-over-questions.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    warnings = [str(d) for d in result.compiled.diagnostics.warnings]
    for name, count in zip(names, (4, 4, 6, 6), strict=True):
        assert any(name in w and f"a list of {count} questions and no answers" in w for w in warnings), (name, warnings)
    # answered questions on the same kind of page are cards; a level name over questions alone is none
    items = result.compiled.items
    assert [i.question for i in items if not i.skip] == ["What is a Pod?", "What is a Service?"]
    assert any("'Advanced Level' is over a list of 3 questions and no answers" in w for w in warnings)


def test_tables_split_by_section_and_vocabulary_tables_are_a_card_a_row(tmp_path: Path) -> None:
    """trial8 H16: a cheat sheet of one '| Command | Description |' table per heading made the 2nd table's header
    row a card and lost the first section; a '| Kanji | Reading | Meaning |' table was one junk card. The
    column before a named answer column (Description, Meaning, Definition …) is the front: a card per row,
    the heading its section, other columns labelled on the back; no header row is a card."""
    items, _ = _build(tmp_path, "cheat-tables.md", "vocab-table.md")
    git = [(i.section, i.question, _back(i)) for i in items if i.source == "cheat-tables"]
    assert git == [
        (["Basics"], "`git init`", "Create an empty repository"),
        (["Basics"], "`git status`", "Show the working tree status"),
        (["Basics"], "`git add <file>`", "Stage a file"),
        (["Branches"], "`git branch`", "List branches"),
        (["Branches"], "`git switch -c <name>`", "Create and switch to a branch"),
        (["Branches"], "`git merge <branch>`", "Merge a branch into the current one"),
    ]
    words = [(i.question, _back(i)) for i in items if i.source == "vocab-table"]
    assert words[0] == ("水", "water Reading: みず") and len(words) == 5


def test_label_headings_number_the_question_below_them(tmp_path: Path) -> None:
    """learner L33: '### Q1' / '### Question 2' / '## 12' over the question's paragraph: the label was the card's
    front (its question on the back) or glued to the question's end ('…port?Q1'); a '<details>' answer that is
    the letter alone ('A') left a Basic card. The paragraph is the question, the label its number (no
    section), and a lone letter after the options ('A', '(a)'), in a toggle or not, keys them."""
    items, _ = _build(tmp_path, "label-headings-toggles.md", "label-headings.md")
    got = [(i.question, i.number, i.section, i.correct, _back(i) if not i.choices else "") for i in items]
    assert got == [
        ("What is the default SSH port?", "1", [], "B", ""),
        ("Which command lists files in Unix?", "2", [], "A", ""),
        ("What is the default SSH port?", "1", [], "B", ""),
        ("Which command lists files in Unix?", "2", [], "A", ""),
        ("What does `pwd` print?", "12", [], None, "The current working directory."),
        ("Which signal does Ctrl-C send?", "13", [], None, "SIGINT."),
    ]


def test_a_sections_lead_exhibit_shows_on_each_of_its_questions(tmp_path: Path) -> None:
    """learner L39: 'Consider the following function:' + code under '## Exercise 1', then three '###' questions
    about it: the code was in no card ('text outside any question'). What a section sets before its first
    question (code, a quote, a table, a picture, with its caption) is shown above each of its questions; a
    lead that is only prose stays outside any card (warned), and the next section does not inherit it."""
    items, warnings = _build(tmp_path, "section-lead-code.md", "section-leads.md")
    fronts = {i.question: [b.plain().split("\n")[0] for b in i.stimulus] for i in items}
    code = ["Consider the following function:", "def f(xs):"]
    assert fronts["What does `f([3, 1, 3, 2, 1])` return?"] == code
    assert fronts["What is the time complexity of `f`?"] == code
    assert fronts["Why does `seen.add(x)` appear inside the condition?"] == code
    assert fronts["Why did the villagers go to the temple?"] and fronts["How long did the river rise?"]
    assert len(fronts["What do a tea and a cake cost together?"]) == 1  # the table
    assert fronts['What does "levee" mean?'] == []
    assert any("section-leads.md:29" in w and "text outside any question" in w for w in warnings), warnings
    assert not any("section-lead-code.md" in w and "outside" in w for w in warnings)


def test_an_example_heading_after_an_answer_goes_on_with_it(tmp_path: Path) -> None:
    """learner L45: '## Example' (Code, Output, Syntax, Usage, Note …) right after an answer, at the question's
    level, was a card of its own ('Example' → the code) and the question's card lacked its example."""
    items, warnings = _build(tmp_path, "part-headings.md")
    got = [(i.question, _back(i)) for i in items]
    assert [q for q, _ in got] == ["What is a list comprehension?", "What is a generator?", "What is a decorator?"]
    assert "squares = [x * x for x in range(5)]" in got[0][1] and "yield 2" in got[1][1]
    assert not any("statement heading" in w for w in warnings)


def test_highlighted_text_is_marked_on_the_card() -> None:
    """learner L20: '==highlighted==' (Obsidian, Typora, MkDocs mark, Logseq) stayed raw with its '=='; it is
    <mark> on the card, never inside code, and 'a == b' stays as written."""
    from compiler.sources.markdown_blocks import make_parser

    html = make_parser().render("Press ==the key words== to learn; a == b == c; `x==y==z`.")
    assert "<mark>the key words</mark>" in html and "a == b == c" in html and "<code>x==y==z</code>" in html


def test_an_exhibit_the_question_says_is_below_stays_below(tmp_path: Path) -> None:
    """learner L44: 'the architecture shown below' with its table after the question: the table was moved above
    the question on the card. It stays under it (Item.stimulus_after; the card's Question field); so does the code
    under '## What's the output?', as the page has it (trial21 T21-25: it was shown first)."""
    content = drop_in(tmp_path, "exhibit-below.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = [n.fields["Question"] for n in result.compiled.deck.notes]
    below = next(f for f in fronts if "shown below" in f)
    assert below.index("shown below") < below.index("<table")
    output = next(f for f in fronts if "output" in f)
    assert output.index("output") < output.index("<pre")


def test_real_myst_variants_of_answer_boxes(tmp_path: Path) -> None:
    """trial8 H8, shapes seen in public Jupyter Book course pages: '**Q1: Title**' over the question and a
    '{admonition} Answer' box (the section's prose before them is not on the front), a '{admonition} Quick
    Check' box holding the question, 'Answer 1' titles, '{code-block} cpp' fences, a numbered list whose
    entries each hold their answer box (indented in the entry)."""
    text = (
        "# Unit\n\n## Check Your Understanding\n\nTest yourself with these questions.\n\n**Q1: Memory**\n\n"
        "How much memory does the table use?\n\n```{admonition} Answer\n:class: dropdown\n\n97.7 MB\n```\n\n"
        "```{admonition} Quick Check\nFind $P(X > 10)$.\n```\n\n```{admonition} Answer 1\n:class: tip, dropdown\n$e^{-1}$\n```\n\n"
        "What does this print?\n\n```{code-block} cpp\nstd::cout << 1;\n```\n\n:::{solution}\n`1`\n:::\n\n"
        "## Practice\n\n1. Which flag names the output file?\n\n    ```{admonition} Answer\n    :class: dropdown\n    `-o`\n    ```\n\n"
        "2. Which flag compiles without linking?\n\n    ```{admonition} Answer\n    :class: dropdown\n    `-c`\n    ```\n"
    )
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "unit.md").write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [_back(i) for i in items] == ["97.7 MB", "\\(e^{-1}\\)", "1", "-o", "-c"]  # (a list of entries with boxes too)
    assert items[4].question == "Which flag compiles without linking?" and items[4].section == ["Practice"]
    assert items[0].question == "How much memory does the table use?"
    assert [b.plain() for b in items[0].stimulus] == ["Q1: Memory"]  # its title above it, not the section's prose
    assert items[1].question == "Find \\(P(X > 10)\\)."
    assert items[2].question == "What does this print?" and items[2].stimulus[0].kind.value == "code"
    assert items[2].stimulus[0].lang == "cpp"


def test_a_quoted_equality_operator_is_no_highlight() -> None:
    """trial10 P19: 'the difference between "==" and "==="' lost both operators on the front and marked the text
    between them on the back. '==' opens a highlight before a word and closes one after it, never inside a run
    of '=' nor as the quoted operator itself."""
    from compiler.sources.markdown_blocks import make_parser

    for text in ['"==" and "==="', "'==' and '==='", "(==) and (===)", "“==” and “===”", '"==" vs "=="', "a !== b and c <== d =="]:
        assert "<mark>" not in make_parser().render(text), text
    assert "<mark>key</mark> and <mark>two words</mark>" in make_parser().render("==key== and ==two words==")
