"""Thirty-fifth sitting, lead: lazy list numbering, label headings, and other findings of new-user trials 34 and 35."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler.build import build
from compiler.sources.base import lazy_numbers

# The opening of yangshun/tech-interview-handbook apps/website/contents/behavioral-interview-questions.md
# @ 8ee2acb5 (MIT licence), cut to its first questions: a list of questions nobody answers, numbered lazily.
HANDBOOK = """---
id: behavioral-interview-questions
title: The 30 most common Software Engineer behavioral interview questions
sidebar_label: Common behavioral questions to practice
---

In the software engineer interview process, behavioral interviews may seem so much more varied and unstructured as compared to technical interviews.

## Most commonly asked behavioral questions across top tech companies

Here are some of the 30 most commonly asked behavioral interview questions across top tech companies:

1. Why do you want to work for X company?
1. Why do you want to leave your current/last company?
1. What are you looking for in your next role?
1. Tell me about a time when you had a conflict with a co-worker.
1. What project are you currently working on?
1. What is the most challenging aspect of your current project?
1. What frustrates you?
"""


def _deck(tmp_path: Path, name: str, text: str) -> tuple[object, dict]:
    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "sources" / "atp.md").write_text("## What is ATP?\n\nThe energy currency of the cell.\n", encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    return result, json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))


def test_lazy_numbers_renumber_a_run_as_markdown_renders_it() -> None:
    text = "Intro\n\n1. one\n1. two\n   more of two\n\n1. three\n"
    assert lazy_numbers(text) == "Intro\n\n1. one\n2. two\n   more of two\n\n3. three\n"
    # ('0)' on every item: the first number is the list's start, as in CommonMark)
    assert lazy_numbers("0) a\n0) b\n0) c\n") == "0) a\n1) b\n2) c\n"


def test_lazy_numbers_leave_alone_what_is_no_lazy_list() -> None:
    for text in (
        "1. a\n2. b\n3. c\n",  # numbered in order
        "1. a\ntext\n1. b\nmore\n1. c\n",  # a paragraph between: three lists of one
        "```\n1. a\n1. b\n1. c\n```\n",  # code
        "1. a\n1) b\n1. c\n",  # two delimiters: two lists
        "## Q1\n1. a\n## Q2\n1. b\n## Q3\n1. c\n",  # each under its own heading
    ):
        assert lazy_numbers(text) == text, text
    # two items are a lazy list too, as Markdown renders them (sitting 52: it was "too few to say", and a worksheet's
    # parts of two questions each lost their answer key)
    assert lazy_numbers("1. a\n1. b\n") == "1. a\n2. b\n"
    # a nested list is part of its item (its reader's to number); the outer list goes on after it
    assert lazy_numbers("1. a\n   1. x\n   1. y\n   1. z\n1. b\n1. c\n") == "1. a\n   1. x\n   1. y\n   1. z\n2. b\n3. c\n"


def test_an_interviewers_question_list_numbered_lazily_is_said_never_one_wrong_card(tmp_path: Path) -> None:
    """Every item '1.': read as item 1 with the rest glued under it, question 1 was a card whose back was the other
    questions (or the page one note under its title). Now: seven questions, none answered, said so; no card."""
    result, manifest = _deck(tmp_path, "behav.md", HANDBOOK)
    assert [n["fields"]["Question"] for n in manifest["notes"]] == ["What is ATP?"]
    said = [(w.line, w.message) for w in result.summary.warnings if w.file == "sources/behav.md"]
    assert (13, "none of its 7 questions has an answer (lines 13, 14, 15, 16, 17, 18, 19): this file adds no card") in said
    skipped = sorted(s["line"] for s in manifest["skipped"] if s["file"] == "sources/behav.md")
    assert skipped == list(range(13, 20))  # every question accounted for at its own line


def test_an_answered_list_numbered_lazily_numbers_its_cards_in_order(tmp_path: Path) -> None:
    text = (
        "# Networking basics\n\n"
        "1. What is TCP?\n   A connection-oriented transport protocol with ordered, reliable delivery.\n"
        "1. What is UDP?\n   A connectionless transport protocol without delivery guarantees.\n"
        "1. What does DNS do?\n   It resolves host names to IP addresses.\n"
    )
    _, manifest = _deck(tmp_path, "net.md", text)
    got = [(n["fields"]["Question"], n["fields"]["Answer"], n["items"][0]["number"]) for n in manifest["notes"] if n["items"][0]["source"] == "net"]
    assert sorted(got, key=lambda g: g[2]) == [
        ("What is TCP?", "<p>A connection-oriented transport protocol with ordered, reliable delivery.</p>", "1"),
        ("What is UDP?", "<p>A connectionless transport protocol without delivery guarantees.</p>", "2"),
        ("What does DNS do?", "<p>It resolves host names to IP addresses.</p>", "3"),
    ]


def test_lazy_numbers_stay_linear_on_hostile_text() -> None:
    """A first try found its runs with one regular expression whose blank-or-indented lines could match two ways:
    a real 170 kB page took minutes. The scan is line by line now: a megabyte of list lines is quick."""
    many = "1. a\n" * 200_000
    assert lazy_numbers(many).endswith("200000. a\n")
    odd = ("1. a\n" + " \t " * 50 + "\n") * 20_000 + "text"
    assert lazy_numbers(odd).startswith("1. a\n")


def test_ligatures_of_text_copied_from_a_pdf_become_their_letters(tmp_path: Path) -> None:
    """'Deﬁne the term ﬂaccid.' (U+FB01, U+FB02, a PDF's typeset ligatures) read as 'Define the term flaccid.':
    Anki's search, text to speech and a typed answer all miss the ligature (trial34 T34-14)."""
    text = (Path(__file__).parent / "data" / "trials" / "trial34" / "t34-14-pdf-ligatures" / "pdfcopy.txt").read_text(encoding="utf-8")
    _, manifest = _deck(tmp_path, "pdfcopy.txt", text)
    fronts = sorted(n["fields"]["Question"] for n in manifest["notes"] if n["items"][0]["source"] == "pdfcopy")
    assert fronts == ["Define the term flaccid.", "What is the first stage of photosynthesis called?"]
    fields = json.dumps([n["fields"] for n in manifest["notes"]], ensure_ascii=False)
    assert not any("\ufb00" <= c <= "\ufb06" for c in fields)  # (the manifest's 'original' keeps the text as written)


def test_a_case_list_with_citations_is_read_as_pairs_with_no_config(tmp_path: Path) -> None:
    """'Bolam v Friern Hospital Management Committee [1957] 1 WLR 582 – standard of care …': a term with its citation
    is longer than a word list's (60 characters); one such line among four made the page 'cannot tell this document's
    layout' (trial34 T34-9). On the separator every other line splits on once, a term up to twice that long is one."""
    text = (Path(__file__).parent / "data" / "trials" / "trial34" / "t34-9-law-case-list" / "law-cases.txt").read_text(encoding="utf-8")
    _, manifest = _deck(tmp_path, "law-cases.txt", text)
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"] if n["items"][0]["source"] == "law-cases"}
    assert cards["Bolam v Friern Hospital Management Committee [1957] 1 WLR 582"] == "<p>standard of care for professionals</p>"
    assert cards["Donoghue v Stevenson [1932] AC 562"] == "<p>established the neighbour principle for the duty of care</p>"
    assert cards["Wagon Mound (No 1) [1961] AC 388"] == "<p>remoteness: damage must be of a reasonably foreseeable kind</p>"


def test_a_long_sentence_with_a_dash_is_no_long_term() -> None:
    from compiler.sources.lines import pair_separator

    lines = [
        "le chat – the cat",
        "le chien – the dog",
        "la maison – the house",
        "This whole line is a sentence that somebody wrote about the list, ending in a full stop. – see below",
    ]
    assert pair_separator(lines) is None  # (three pairs and a sentence: no list of pairs, as before)


_BILINGUAL = """---
title: Array vs List / Array и List
difficulty: easy
---
# Вопрос (RU)
> В чём разница между Array и List в Kotlin?

# Question (EN)
> What is the difference between Array and List in Kotlin?

---

## Ответ (RU)

**Размер:**
- Array имеет фиксированный размер.

## Answer (EN)

**Size:**
- Array has a fixed size.
"""


def test_question_and_answer_label_headings_tagged_by_language_pair_by_their_tags(tmp_path: Path) -> None:
    """'# Вопрос (RU)' / '> …?' / '# Question (EN)' / '> …?' … '## Ответ (RU)' / '## Answer (EN)' (an Obsidian vault's
    bilingual template, po4yka/interview_questions): the Russian question was answered by its English translation and
    the answers' fronts were 'Ответ (RU)' / 'Answer (EN)' (trial35 T35-2). Each question now fronts its own language's
    answer, at the question's line."""
    _, manifest = _deck(tmp_path, "array-vs-list.md", _BILINGUAL)
    cards = sorted((n["items"][0]["line"], n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"] if n["items"][0]["source"] == "array-vs-list")
    assert cards == [
        (6, "В чём разница между Array и List в Kotlin?", "<p><strong>Размер:</strong></p><ul>\n<li>Array имеет фиксированный размер.</li>\n</ul>"),
        (9, "What is the difference between Array and List in Kotlin?", "<p><strong>Size:</strong></p><ul>\n<li>Array has a fixed size.</li>\n</ul>"),
    ]


def test_a_quoted_question_under_a_question_label_heading_loses_its_quote_marker(tmp_path: Path) -> None:
    """'# Question' / '> What is …?' / '## Answer': the front was '&gt; What is …?' (trial35 T35-3)."""
    text = "# Question\n\n> What does the `lateinit` modifier allow?\n\n## Answer\n\nDeclaring a non-null property initialised later.\n"
    _, manifest = _deck(tmp_path, "lateinit.md", text)
    [card] = [n for n in manifest["notes"] if n["items"][0]["source"] == "lateinit"]
    assert card["fields"]["Question"] == "What does the <code>lateinit</code> modifier allow?"
    assert card["fields"]["Answer"] == "<p>Declaring a non-null property initialised later.</p>"
    assert card["items"][0]["line"] == 3


def test_label_headings_with_code_under_the_question_are_left_as_written() -> None:
    from compiler.sources.label_headings import labelled_pairs

    lines = ["# Question", "What does this print?", "```kotlin", "println(1 + 1)", "```", "## Answer", "2"]
    assert labelled_pairs(lines) is None
    assert labelled_pairs(["# Question (EN)", "> Why?", "## Answer (RU)", "Потому что."]) is None  # (tags that pair nothing)


def test_front_matter_tag_and_category_tag_the_cards(tmp_path: Path) -> None:
    """'tag:' (VuePress, Hexo, Obsidian's older key) and 'category:' were dropped: the cards got no tag (trial35
    T35-14, Snailclimb/JavaGuide's pages); 'tags:' always gave them."""
    text = "---\ntitle: 操作系统常见面试题\ncategory: 计算机基础\ntag:\n  - 操作系统\n---\n\n### 什么是死锁？\n\n多个进程因争夺资源而互相等待。\n"
    _, manifest = _deck(tmp_path, "os.md", text)
    [card] = [n for n in manifest["notes"] if n["items"][0]["source"] == "os"]
    assert {"操作系统", "计算机基础"} <= set(card["tags"])


def test_a_warm_rebuild_says_the_duplicate_warnings_in_the_order_a_cold_build_does(tmp_path: Path) -> None:
    """The 'answered differently' warnings of the duplicate pass came out in the order the pairs were found, which
    differs between a cold scoring and a cached one: the places of a repeated warning were listed in another order on
    the second build of unchanged content (incremental must equal clean; the speed helper's finding, sitting 35)."""
    import shutil

    content = tmp_path / "c"
    shutil.copytree(Path(__file__).parent / "data" / "warning-order", content)
    said = []
    for _ in range(2):
        result = build(content, tmp_path / "b", formats=("json",), now=1_700_000_000)
        said.append([w.text(every=True) for w in result.summary.warnings])
        (tmp_path / "b" / ".cache" / "last-build.json").unlink()
    assert any("is answered" in s for s in said[0])
    assert said[0] == said[1]


def test_a_self_test_line_with_its_answer_in_brackets_keeps_only_the_answer(tmp_path: Path) -> None:
    """'What do enzymes lower …? (Answer: the activation energy)', a question a line: the back was '(Answer: the
    activation energy)' (trial35 T35-5); a pub quiz's '… Canada? (Ottawa)' likewise loses its brackets."""
    text = (
        "What do enzymes lower to speed up a reaction? (Answer: the activation energy)\n"
        "Which model says the active site changes shape? (Answer: the induced-fit model)\n"
        "What is the capital of Canada? (Ottawa)\n"
        "Which gas do plants take in for photosynthesis? - carbon dioxide (CO2)\n"
    )
    _, manifest = _deck(tmp_path, "selftest.txt", text)
    backs = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"] if n["items"][0]["source"] == "selftest"}
    assert backs == {
        "What do enzymes lower to speed up a reaction?": "<p>the activation energy</p>",
        "Which model says the active site changes shape?": "<p>the induced-fit model</p>",
        "What is the capital of Canada?": "<p>Ottawa</p>",
        "Which gas do plants take in for photosynthesis?": "<p>carbon dioxide (CO2)</p>",
    }


def test_headings_that_are_only_a_number_name_no_section(tmp_path: Path) -> None:
    """'## #1' / '#### What is …?' (the anchors a README's table of contents links to): every card's section was its
    number and inserting one question re-sectioned and re-tagged every note after it (trial35 T35-7)."""
    text = "".join(
        f"---\n\n## {mark}\n\n#### {q}\n\n{a}\n\n"
        for mark, q, a in (
            ("#1", "What is a tuple?", "An immutable sequence."),
            ("#2", "What is a list?", "A mutable sequence."),
            ("#3", "What is a set?", "An unordered collection of distinct items."),
        )
    )
    _, manifest = _deck(tmp_path, "python.md", text)
    cards = [n for n in manifest["notes"] if n["items"][0]["source"] == "python"]
    assert sorted(n["fields"]["Question"] for n in cards) == ["What is a list?", "What is a set?", "What is a tuple?"]
    assert all(n["fields"]["Section"] == "" and not any("::section::" in t for t in n["tags"]) for n in cards), cards


def test_a_number_heading_over_its_own_text_is_left_alone() -> None:
    from compiler.sources.hash_numbers import number_headings

    lines = ["## 1", "", "Text of part one.", "", "## 2", "", "Text of part two."]
    assert number_headings(lines) is lines


def test_a_workbook_table_placed_from_column_b_is_read(tmp_path: Path) -> None:
    """A teacher's workbook: rows 1-2 empty, a title in B3, the header '# | Japanese | Reading | English' in B4, the
    words under it, column A empty (a template's margin): 'no note', and 'row with an empty first field' for every
    row (trial35 T35-11, mercari/engineer-vocabulary-list's shape)."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    book = Path(__file__).parent / "data" / "trials" / "trial35" / "t35-11-workbook-table-offset" / "table-at-B4-min.xlsx"
    (tmp_path / "sources" / "words.xlsx").write_bytes(book.read_bytes())
    build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    manifest = json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert cards == {
        "締切": "<p>deadline</p><p>Reading: しめきり</p>",
        "先に": "<p>ahead</p><p>Reading: さきに</p>",
        "詳細": "<p>details</p><p>Reading: しょうさい</p>",
    }


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("bn.tsv", ("জল", "<p>water</p><p>উচ্চারণ: jol</p>")),
        ("hi.tsv", ("पानी", "<p>water</p><p>उच्चारण: paani</p>")),
        ("ka.tsv", ("წყალი", "<p>water</p><p>გამოთქმა: tsqali</p>")),
        ("ru-vocab.tsv", ("кошка", "<p>cat</p><p>Произношение: koshka</p>")),
        ("th2.tsv", ("แมว", "<p>cat</p>")),
        ("thai-vocab.tsv", ("แมว", "<p>cat</p><p>คำอ่าน: maeo</p>")),
        ("ur.tsv", ("پانی", "<p>water</p><p>تلفظ: paani</p>")),
    ],
)
def test_a_vocabulary_header_naming_its_language_in_its_own_script_is_a_header(tmp_path: Path, name: str, first: tuple[str, str]) -> None:
    """'ภาษาไทย<TAB>คำอ่าน<TAB>English': the header row was a card 'ภาษาไทย' -> 'คำอ่าน English' (trial35 T35-10); the
    language named in its own script and the reading or meaning column named in it are column names."""
    text = (Path(__file__).parent / "data" / "trials" / "trial35" / "t35-10-vocab-headers" / name).read_text(encoding="utf-8")
    _, manifest = _deck(tmp_path, name, text)
    source = Path(name).stem
    cards = [(n["items"][0]["line"], n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"] if n["items"][0]["source"] == source]
    assert min(cards)[1:] == first
    assert min(c[0] for c in cards) == 2  # (line 1, the header, is no card)


def test_a_question_heading_broken_by_a_blank_line_is_asked_whole(tmp_path: Path) -> None:
    """'#### Q2. … Comment diagnostiqueriez-vous ce' / blank / 'problème ?' (a translated quiz whose editor wrapped a
    heading): the front was 'problème?' and the question the card's section (found trying a quiz nobody here had read,
    sitting 35). A heading ending mid-sentence over a one-line paragraph that opens in lower case and asks is one
    question; a heading over its answer is left alone."""
    text = (
        "## Git\n\n"
        "#### Q1. Quelle commande affiche la version de Git ?\n\n- [ ] git --v\n- [x] git --version\n\n"
        "#### Q2. Vous cherchez le commit qui a introduit un bogue. Comment diagnostiqueriez-vous ce\n\nproblème ?\n\n"
        "- [ ] git search\n- [x] git bisect\n\n"
        "#### Q3. Les branches locales\n\nsont listées par git branch.\n"
    )
    _, manifest = _deck(tmp_path, "git.md", text)
    fronts = {n["items"][0]["line"]: n["fields"]["Question"] for n in manifest["notes"] if n["items"][0]["source"] == "git"}
    # (French typography's space before '?' is kept as a narrow no-break space)
    assert fronts[8] == "Vous cherchez le commit qui a introduit un bogue. Comment diagnostiqueriez-vous ce problème\u202f?"
    assert fronts[3] == "Quelle commande affiche la version de Git\u202f?"


def test_a_part_label_under_a_heading_is_no_broken_heading() -> None:
    from compiler.sources.stacked_headings import wrapped_headings

    lines = ["## Ejercicio 2: Enlace", "", "a) ¿Qué enlace tiene el NaCl?", "", "ii) why not?"]
    assert wrapped_headings(lines) is lines
