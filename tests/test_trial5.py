"""Trial 5 (new user, unseen documents): reader findings, each on a small document written for it
(tests/data/newuser/) dropped into content/sources/ and built the way a new user would."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import BlockKind


def test_a_quoted_cell_wrapped_onto_a_line_with_a_comma_is_one_field(tmp_path: Path) -> None:
    """Trial 5 NEW 1 and 2: a spreadsheet cell wrapped onto a line holding a comma was taken for a quote
    never closed (a made-up card 'index'), and a wrapped cell went through the plain-text line rules
    ('from keys to values.' became Python code, 'An ordered / sequence' a list)."""
    content = drop_in(tmp_path, "wrapped-cells.csv")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert not [w for w in result.compiled.diagnostics.warnings if "quote" in w.message]
    items = result.compiled.items
    assert [(i.locator.line, i.question) for i in items] == [
        (2, "What is a list?"),
        (4, "What is a dict?"),
        (6, "What is a tuple?"),
        (8, "Which collections are built in?"),
        (14, "How do you copy a list?"),
        (18, "What is a set?"),
    ]
    shapes = [[(b.kind, b.text or b.items) for b in i.answer] for i in items]
    assert shapes[0] == [(BlockKind.text, "A mutable ordered sequence of items that you can index, slice and append to.")]
    assert shapes[1] == [(BlockKind.text, "A mapping from keys to values.")]
    assert shapes[2] == [(BlockKind.text, "An ordered sequence")]
    # marks typed on purpose keep their structure: bullets, a blank line, a code fence
    assert shapes[3] == [
        (BlockKind.text, "Four of them:"),
        (BlockKind.bullets, ["list", "dict, a mapping", "set"]),
        (BlockKind.text, "See the docs."),
    ]
    assert shapes[4] == [(BlockKind.text, "Slice it:"), (BlockKind.code, "b = a[:]")]
    assert items[4].answer[1].lang == "python"


def test_a_quote_closed_wrongly_still_reads_the_rows_it_swallowed(tmp_path: Path) -> None:
    """The 'never closed' fallback fires where csv would: a stray quote that a later quote 'closes' with
    text after it ('"Gamma" x') swallowed two rows; they are read line by line, with the warning."""
    content = drop_in(tmp_path)
    (content / "sources" / "cards.tsv").write_text(
        'What is A?\t"Alpha\nWhat is B?\tBeta\nWhat is C?\t"Gamma" (the third)\nWhat is D?\tDelta\n', encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.locator.line, i.question) for i in result.compiled.items] == [
        (1, "What is A?"),
        (2, "What is B?"),
        (3, "What is C?"),
        (4, "What is D?"),
    ]
    [warning] = [w for w in result.compiled.diagnostics.warnings if "quote" in w.message]
    assert warning.line == 1


def _quiz_fields(result: object) -> list[tuple[str, str, list[str]]]:
    """(question, correct labels, explanation) of each item."""
    return [(i.question, i.correct or "", [b.text for b in i.answer]) for i in result.compiled.items]  # type: ignore[attr-defined]


def test_an_answer_line_explains_without_the_comma_that_joined_it(tmp_path: Path) -> None:
    """'Correct answer: B, because …' left ', because …' as the explanation; 'A, C - both …' a list."""
    content = drop_in(tmp_path, "answer-because.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert _quiz_fields(result) == [
        ("What colour is the sky?", "B", ["<p>because of Rayleigh scattering.</p>"]),
        ("What colour is grass?", "C", ["<p>Chlorophyll reflects green.</p>"]),
        ("Which are primary colours of light?", "A,C", ["<p>both are cone peaks.</p>"]),
    ]


def test_an_answer_key_entry_may_run_several_letters_together(tmp_path: Path) -> None:
    """A key list of one entry a line ('1-abd', '2-a', '3. bd') marked only one option of a "choose
    all" question, or none; 'b, because …' was no option at all."""
    content = drop_in(tmp_path, "key-compact.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(q, c) for q, c, _ in _quiz_fields(result)] == [
        ("Which are prime?", "A,B,D"),
        ("Which is even?", "A"),
        ("Which are odd?", "B,D"),
        ("Which is a square?", "B"),
    ]
    assert _quiz_fields(result)[3][2] and "because 2 × 2 = 4." in _quiz_fields(result)[3][2][0]


def test_a_freecodecamp_option_in_code_keeps_its_indentation_on_the_card(tmp_path: Path) -> None:
    """An option written as a fenced block ('for (…) {⏎  console.log(a[i]);⏎}') lost its indentation on
    the card (text with <br>, spaces collapsed): it is a code block, in the fence's language."""
    from compiler.render import correct_html, options_html

    content = drop_in(tmp_path, "fcc-quiz.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    loop = result.compiled.items[2]
    assert {c.lang for c in loop.choices} == {"js"}
    assert all(c.text.split("\n")[1].startswith("  console.log") for c in loop.choices)
    html = options_html(loop)
    assert html.count('<pre class="code" data-lang="js"') == 3 and "<br>" not in html
    assert '<pre class="code"' in correct_html(loop)
    words = result.compiled.items[0]
    assert all(c.lang is None for c in words.choices) and "<pre" not in options_html(words)


def test_a_heading_over_only_links_is_no_card_under_headings_cards(tmp_path: Path) -> None:
    """Trial 4 finding 10: with headings = "cards", every 'Further reading' list of links was a card with
    the same front (15 on one page) and dozens of dupes suggestions between them. A heading that asks
    nothing over nothing but links is skipped, with its reason in the manifest and one grouped warning."""
    import json

    table = '\n[[source]]\nid = "cache"\nfile = "sources/reading-lists.md"\ntitle = "Caching"\nlayout = "markdown"\nheadings = "cards"\n'
    content = drop_in(tmp_path, "reading-lists.md", table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    cards = [(i.locator.line, i.question) for i in result.compiled.items]
    assert cards == [
        (3, "Cache-aside"),
        (12, "Write-through"),
        (23, "Eviction"),  # a link inside its text: the text is the card
        (27, "Where can I read more about caches?"),  # a question asked: its answer may be links
    ]
    manifest = json.loads((tmp_path / "build" / "mine.json").read_text(encoding="utf-8"))
    skipped = [(s["line"], s["question"], s["skipped"]) for s in manifest["skipped"]]
    reason = "only links under the heading (a reading list)"
    # (a heading the page repeats names its parent: trial9 T11)
    # ('## Credits' over links to its authors: the page's own section for its readers, no card and no skip: T42-9)
    assert skipped == [(7, "Cache-aside › Further reading", reason), (16, "Write-through › Further reading", reason)]
    [warning] = [w for w in result.compiled.diagnostics.grouped_warnings if "only links" in w.message]
    assert warning.line == 7 and warning.also == ("line 16",)


def test_inline_code_in_a_question_stays_code_on_the_card_and_the_sheet(tmp_path: Path) -> None:
    """'#### What is `GIL`' became the plain 'What is GIL?'. The question keeps its backticks; the card
    shows <code>, the sheet a code span; the id (and GUID anchor) ignore them, as before."""
    import json

    from compiler.sheet import code_spans

    content = drop_in(tmp_path, "lost-marks.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = json.loads((tmp_path / "build" / "mine.json").read_text(encoding="utf-8"))["notes"]
    gil = next(n for n in notes if n["id"] == "lost-marks/what-is-gil")
    assert gil["fields"]["Question"] == "What is <code>GIL</code>?"
    both = next(n for n in notes if "tuple" in n["id"])
    assert both["id"] == "lost-marks/what-difference-between-tuple-and-list"
    assert both["fields"]["Question"] == "What difference between <code>tuple</code> and <code>list</code>?"
    assert code_spans([{"k": "t", "v": "What is `GIL`?"}]) == [
        {"k": "t", "v": "What is "},
        {"k": "c", "v": "GIL"},
        {"k": "t", "v": "?"},
    ]


def test_an_ordered_list_keeps_its_start_number_on_the_card_and_the_sheet(tmp_path: Path) -> None:
    """Trial 6 F1: '3. … 4. …' showed as 1., 2. (the sanitizer dropped <ol start>), so a list a code block
    interrupts restarts at 1 and an answer '2) false false' read as option 1. The sheet numbers them too."""
    from compiler.sheet import answer_blocks as sheet_blocks

    content = drop_in(tmp_path, "ol-start.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    steps, setup = result.compiled.items
    assert steps.answer[0].text.startswith('<ol start="3">')
    assert '<ol start="2">' in setup.answer[-1].text
    note = next(n for n in result.compiled.deck.notes if n.primary.question == setup.question)
    lists = [b for b in sheet_blocks(setup.answer, note, lambda tex, n: None) if b["k"] == "list"]
    assert [b.get("start") for b in lists] == [1, 2]


def test_numbered_options_whose_answer_restates_one_are_a_quiz(tmp_path: Path) -> None:
    """Trial 6 F2: options '1.  undefined' … and a <details> answer ' 2) undefined' made a basic card whose
    back was the option list and '1. undefined'. An answer line that restates an option, label and text,
    marks it; one whose text is not the option's leaves the list an answer of its own."""
    from compiler.model import ItemKind

    content = drop_in(tmp_path, "numbered-options-restated.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    quiz = [(i.kind, i.correct, len(i.choices), i.answer_plain()) for i in result.compiled.items]
    assert quiz[:2] == [(ItemKind.multiple_choice, "B", 4, ""), (ItemKind.multiple_choice, "C", 3, "")]
    assert quiz[2][0] is ItemKind.basic and "people skip" in quiz[2][3]
    assert [b.kind for b in result.compiled.items[0].stimulus] == [BlockKind.code]  # the code is on the front


def test_a_question_mark_followed_by_an_annotation_still_asks(tmp_path: Path) -> None:
    """Trial 6 F15: '…有什么区别？（重要）' (a full-width annotation after the '？') was no question: 176
    headings of a Chinese page and their answers in no card. A bracketed note after the mark keeps it one."""
    content = drop_in(tmp_path, "annotated-questions.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == [
        "什么是 HTTP？",
        "HTTP 和 HTTPS 有什么区别？（重要）",
        "HTTPS 握手里的 RSA 和 ECDHE，到底差在哪？【高频】",
        "什么是 TCP？",
    ]
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]


def test_a_heading_over_an_answer_label_is_a_question_whatever_it_ends_with(tmp_path: Path) -> None:
    """Trial 6 F6: one question a file, '### Create a function …' / '### Describe …' over '#### Answer',
    stopped the build ('cannot tell this document's layout') or made cards titled 'Answer'; '…?.' and
    '…? Explain …' headings were no question. The label says the heading asks; the code between them is
    on the front; the label is no answer text; 'Good to hear' stays in the answer."""
    import shutil

    content = drop_in(tmp_path)
    shutil.copytree(Path(__file__).parent / "data" / "newuser" / "answer-label", content / "sources" / "answer-label")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = {i.source: i for i in result.compiled.items}
    assert len(result.compiled.items) == 4
    assert items["answer-label-pipe"].question == "Create a function `pipe` that runs functions left to right."
    assert [b.kind for b in items["answer-label-pipe"].stimulus] == [BlockKind.code] and "square" in items["answer-label-pipe"].stimulus[0].text
    assert items["answer-label-pipe"].answer_plain().startswith("Reduce over the functions")
    assert "Answer" not in items["answer-label-box"].answer_plain().split("\n")[0]
    assert "Good to hear" in items["answer-label-box"].answer_plain()
    assert items["answer-label-siblings"].question == "What is the difference between '+' and '~' sibling selectors?"
    assert items["answer-label-storage"].question == "What is Web Storage? Explain localStorage and sessionStorage."


def test_a_spaced_number_and_a_lettered_question_label_are_layout() -> None:
    """Trial 6 F5: '### 8 . What would be …' kept '8 .' on the front, '## Question 17b. …' its label."""
    from compiler.sources.lines import leading_number, strip_number, strip_question_label

    assert (strip_number("8 . What would be the output?"), leading_number("8 . What")) == ("What would be the output?", "8")
    assert strip_question_label("Question 17b. What is hoisting?") == "What is hoisting?"
    assert strip_question_label("Quest: find the ring") == "Quest: find the ring"
    assert strip_number("2.5 million people live there?") == "2.5 million people live there?"


def test_emoji_checks_and_a_leading_star_mark_the_right_option(tmp_path: Path) -> None:
    """Trial 6 F33: 'A) Nairobi ✔️' (✔ drawn as emoji) was 'none marked correct; no card' and '*B) Tokyo'
    (Aiken/GIFT style) a basic card whose back showed the options with the star."""
    from compiler.sources.choices import find_choices

    content = drop_in(tmp_path, "correct-marks.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.kind.value, i.correct) for i in result.compiled.items] == [("multiple_choice", c) for c in "BACBA"]
    italic = find_choices(["A) Osaka", "*B) Tokyo*", "C) Kyoto"])  # an option in italics is no mark
    assert italic is not None and italic.correct is None


def test_an_answer_key_per_part_answers_its_part_and_loses_no_question(tmp_path: Path) -> None:
    """Trial 6 F32: after Part 1's '**Answer key:** 1-a, 2-b', Part 2's questions were read as key entries:
    silently in no card. A numbered line with options under it ends the key and asks again."""
    content = drop_in(tmp_path, "keys-per-part.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.locator.line, i.correct, i.section[-1]) for i in result.compiled.items] == [
        (5, "A", "Part 1"),
        (10, "B", "Part 1"),
        (19, "B", "Part 2"),
        (24, "A", "Part 2"),
        (33, "A", "Part 3"),
        (42, "B", "Part 3"),
    ]
    assert not result.compiled.deck.skipped



def test_chinese_noun_phrase_headings_among_questions_are_questions(tmp_path: Path) -> None:
    """Trial 6 F15 (correction): Chinese interview pages title questions as noun phrases ('X 和 Y 的区别',
    '…的共同点'); among '？' headings they were "not read as a question" and their answers in no card."""
    content = drop_in(tmp_path, "noun-questions-zh.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == [
        "什么是 JVM？",
        "ClassNotFoundException 和 NoClassDefFoundError 的区别",
        "接口和抽象类的共同点",
        "什么是 JIT？",
        "Comparable 和 Comparator 的区别",
        "为什么要用线程池？",
    ]
    assert not [w for w in result.compiled.diagnostics.warnings if "not read as a question" in w.message]


def test_setext_question_headings_are_detected(tmp_path: Path) -> None:
    """Trial 6 F42: 'Encoded Data?' underlined with '-----' (a setext heading, as Sphinx/rst-minded authors
    write Markdown) was "cannot tell this document's layout"; the same questions as '## …?' were cards."""
    content = drop_in(tmp_path, "setext-questions.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, i.answer_plain()) for i in result.compiled.items] == [
        ("Encoded Data?", "Requests decompresses gzip."),
        ("Custom User-Agents?", "You can override the User-Agent header."),
        ("Why not Httplib2?", "It takes too much code."),
    ]


def test_a_worksheet_with_q_dot_number_and_ans_dot_labels_is_qa(tmp_path: Path) -> None:
    """Trial 6 F44: 'Q.1 What is photosynthesis?' / 'Ans. The process …' was "cannot tell", and the printed
    guess took the 'Ans.' lines as the questions."""
    content = drop_in(tmp_path, "worksheet-qans.txt")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.number, i.question, i.answer_plain()[:11]) for i in result.compiled.items] == [
        ("1", "What is photosynthesis?", "The process"),
        ("2", "Name the pigment that absorbs light in plants.", "Chlorophyll"),
        ("3", "Where does photosynthesis take place?", "In the chlo"),
    ]


def test_one_question_among_statement_headings_keeps_their_cards(tmp_path: Path) -> None:
    """Trial 6 F46: notes headed '## TCP vs UDP' / '## HTTP vs HTTPS' were 3 cards, and adding one
    '## What is a deadlock?' made them "text outside any question" (1 card). At a level where statement
    headings with text are at least half as many as the asking ones, they are cards too, named in one
    warning with the headings = "cards" line; in English and in Chinese."""
    for name, expected in (
        (
            "notes-one-question.md",
            [
                ("Difference between processes and threads", "A process owns"),
                ("TCP vs UDP", "TCP is connec"),
                ("HTTP vs HTTPS", "HTTPS adds TL"),
                ("What is a deadlock?", "Processes wai"),
            ],
        ),
        (
            "notes-one-question-zh.md",
            [
                ("进程和线程的区别", "进程是资源分配的单位，线程是"),
                ("TCP 和 UDP 的区别", "TCP 面向连接，UDP 无连接"),
                ("HTTP 和 HTTPS 的区别", "HTTPS 在 HTTP 之上加了 T"),
                ("什么是死锁？", "一组进程互相等待对方释放资源。"),
            ],
        ),
    ):
        content = drop_in(tmp_path / name, name)
        result = build(content, tmp_path / name / "build", formats=("json",), now=1_000)
        assert result.compiled is not None
        got = [(i.question, i.answer_plain()[: len(a)]) for i, (_, a) in zip(result.compiled.items, expected, strict=True)]
        assert got == expected
        warnings = result.compiled.diagnostics.warnings
        assert not [w for w in warnings if "outside any question" in w.message or "not read as a question" in w.message]
        [said] = [w for w in warnings if "states topics in others" in w.message]
        assert said.line == 3 and "3 statement headings" in said.message and 'headings = "cards"' in said.hint
        assert not said.snippet  # headings = "cards" is offered as another reading, never as the table (trial7 G19)
        assert "headings = \"cards\" in its [[source]] table (" in said.hint and "deckc diff" in said.hint
