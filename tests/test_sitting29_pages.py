"""Twenty-ninth sitting, pages: hints under an exercise heading, and the trial-29 findings about pages and their
front matter."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

HEADER = "# 100 numpy exercises\n\nA collection of exercises.\n\n"
HINTS = HEADER + (
    "#### 1. Import the numpy package under the name `np` (★☆☆)\n"
    "`hint: import … as`\n"
    "#### 8. Reverse a vector (first element becomes last) (★☆☆)\n"
    "`hint: array[::-1]`\n"
    "#### 17. What is the result of the following expression? (★☆☆)\n"
    "```python\n0 * np.nan\nnp.nan == np.nan\n```\n"
    "`hint: NaN = not a number, inf = infinity`\n"
    "#### 27. Consider an integer vector Z, which of these expressions are legal? (★☆☆)\n"
    "```python\nZ**Z\n2 << Z >> 2\n```\n"
    "`No hints provided...`\n"
)
SOLVED = HEADER + (
    "#### 1. Import the numpy package under the name `np` (★☆☆)\n"
    "`hint: import … as`\n\n"
    "```python\nimport numpy as np\n```\n"
    "#### 8. Reverse a vector (first element becomes last) (★☆☆)\n"
    "`hint: array[::-1]`\n\n"
    "```python\nZ = np.arange(50)\nZ = Z[::-1]\nprint(Z)\n```\n"
    "#### 17. What is the result of the following expression? (★☆☆)\n"
    "```python\n0 * np.nan\nnp.nan == np.nan\n```\n"
    "`hint: NaN = not a number, inf = infinity`\n\n"
    "```python\nprint(0 * np.nan)\nprint(np.nan == np.nan)\n```\n"
    "#### 27. Consider an integer vector Z, which of these expressions are legal? (★☆☆)\n"
    "```python\nZ**Z\n2 << Z >> 2\n```\n"
    "`No hints provided...`\n\n"
    "```python\nZ**Z\n2 << Z >> 2\n```\n"
)


def _code(html: str) -> str:
    """A back's text as written, code line for line (the highlighter's spans taken off)."""
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def _by_front(notes: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    """Each note by its question's words (what stands before the code and the hint it shows)."""
    return {plain_text(re.split(r"<pre|<blockquote", n["fields"]["Question"])[0]): n for n in notes}


def test_a_hint_under_an_exercise_heading_is_shown_with_the_question_never_its_answer(tmp_path: Path) -> None:
    """T29-6: numpy-100's '#### 8. Reverse a vector …' / '`hint: array[::-1]`' / the code: the back was the hint.
    Now the hint is on the front under the question (a hint box, its label 'Hint'), the code is the back; a hint after
    the code the exercise shows goes with that code; 'No hints provided...' is on no side of the card."""
    notes, _, said = built_notes(tmp_path, {"100_Numpy_exercises_with_hints_with_solutions.md": SOLVED})
    cards = _by_front(notes)
    reverse = cards["Reverse a vector (first element becomes last)"]
    assert note_front(reverse) == "Reverse a vector (first element becomes last) Hint array[::-1]"
    assert _code(reverse["fields"]["Answer"]) == "Z = np.arange(50)\nZ = Z[::-1]\nprint(Z)"
    assert '<blockquote class="hint">' in reverse["fields"]["Question"]
    nan = cards["What is the result of the following expression?"]
    assert _code(nan["fields"]["Question"]) == (
        "What is the result of the following expression?0 * np.nan\nnp.nan == np.nan\n\nHint\nNaN = not a number, inf = infinity"
    )
    assert _code(nan["fields"]["Answer"]) == "print(0 * np.nan)\nprint(np.nan == np.nan)"
    legal = cards["Consider an integer vector Z, which of these expressions are legal?"]
    assert "hint" not in (legal["fields"]["Question"] + legal["fields"]["Answer"]).lower()
    assert _code(legal["fields"]["Answer"]) == "Z**Z\n2 << Z >> 2"
    assert not [
        m
        for m in said
        if "hint" in m.partition(" warning: ")[2].split("[[source]]")[0].lower() and "not listed" not in m
    ]


def test_an_exercise_with_only_a_hint_is_no_card_and_one_warning_counts_them(tmp_path: Path) -> None:
    """T29-6: the hints-only page gave 100 cards teaching 'hint: reshape'. An exercise with a hint and no answer is
    now no card (nor one whose back says there is no answer): a warning at its line, grouped into one line that
    counts them when printed; the manifest lists each as skipped."""
    other = "## What does `np.zeros(3)` return?\n\nAn array of three zeros.\n"
    notes, skipped, said = built_notes(
        tmp_path, {"100_Numpy_exercises_with_hints.md": HINTS, "other.md": other}
    )
    assert [note_front(n) for n in notes] == ["What does np.zeros(3) return?"]
    hinted = [m for m in said if "only a hint under this question" in m]
    assert [m.split(": warning")[0] for m in hinted] == [
        f"sources/100_Numpy_exercises_with_hints.md:{n}" for n in (5, 7, 9)
    ]
    assert hinted[0].endswith(
        "only a hint under this question, no answer: no card (write the answer under the hint, or put the page that holds "
        "the solutions in sources/)"
    )
    assert sorted(s["line"] for s in skipped if s["file"].endswith("hints.md")) == [5, 7, 9, 15]


def test_merged_with_its_solutions_page_the_back_is_the_solution(tmp_path: Path) -> None:
    """T29-6: the hints page's item was the merged note's primary, so the back was the hint and the solution code
    was folded under 'More answers'. The hints page now gives no item with a back, and the pages with solutions
    (one showing the hint, one not) merge into one note per exercise whose back is the code."""
    solutions = SOLVED.replace("`hint: import … as`\n\n", "").replace("`hint: array[::-1]`\n\n", "")
    notes, _, _ = built_notes(
        tmp_path,
        {
            "100_Numpy_exercises_with_hints.md": HINTS,
            "100_Numpy_exercises_with_hints_with_solutions.md": SOLVED,
            "100_Numpy_exercises_with_solutions.md": solutions,
        },
    )
    cards = _by_front(notes)
    reverse = cards["Reverse a vector (first element becomes last)"]
    assert _code(reverse["fields"]["Answer"]) == "Z = np.arange(50)\nZ = Z[::-1]\nprint(Z)"
    assert (
        "hint" not in reverse["fields"]["Answer"].lower() and "hint" not in reverse["fields"]["Also"].lower()
    )
    assert sum(1 for n in notes if note_front(n).startswith("Reverse a vector")) == 1


def test_a_tip_in_a_notes_section_stays_its_text(tmp_path: Path) -> None:
    """T29-6 (the other way): a note's 'Tip: …' under a heading that neither numbers nor asks an exercise, with
    nothing after it, is that section's own text, never turned into a hint."""
    page = "# Vim\n\n## Saving a file\n\nTip: press Esc, then type :w and Enter.\n"
    notes, _, _ = built_notes(
        tmp_path, {"vim.md": page}, '[[source]]\nid = "vim"\nfile = "sources/vim.md"\nheadings = "cards"\n'
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Saving a file", "Tip: press Esc, then type :w and Enter.")
    ]


FOLDED = (
    "---\ntitle: >-\n  为什么将 CSS `<link>` 放置在 `<head></head>` 之间，而 JS `<script>` 放置在 `</body>` 之前是一个好主意？\n\n\n"
    "subtitle: 你知道任何例外情况吗？\n---\n\n简而言之，这种放置可以更快地渲染页面。\n\n## 将 `<link>` 放在 `<head>` 中\n\n"
    "这是构建优化网站的正确规范的一部分。\n"
)
SUBTITLED = (
    "---\ntitle: Why is it generally a good idea to position CSS `<link>`s between `<head></head>` and JS `<script>`s "
    "just before `</body>`?\nsubtitle: Do you know any exceptions?\n---\n\nIn a nutshell, such a placement allows for "
    "faster rendering.\n\n## Placing `<script>`s just before `</body>`\n\n`<script>` tags block HTML parsing.\n\n"
    "## Exceptions\n\n`<script defer>` may go in `<head>`.\n"
)
GOTCHAS = (
    '---\ntitle: What are some of the "gotchas" for writing efficient CSS?\n---\n\nFirstly, understand that browsers '
    "match selectors from rightmost to left.\n"
)


def test_a_front_matter_title_folded_onto_the_next_lines_is_the_question(tmp_path: Path) -> None:
    """T29-1: front matter 'title: >-' (YAML's folded text, the question on the lines under it) gave the front '>-'
    and the Sources '>-'. The front matter is read as YAML: the front is the folded title with its subtitle, the
    Sources line the title."""
    notes, _, _ = built_notes(tmp_path, {"q/zh-CN.mdx": FOLDED})
    assert [note_front(n) for n in notes] == [
        "为什么将 CSS <link> 放置在 <head></head> 之间，而 JS <script> 放置在 </body> 之前是一个好主意？你知道任何例外情况吗？"
    ]
    assert plain_text(notes[0]["fields"]["Sources"]) == (
        "为什么将 CSS <link> 放置在 <head></head> 之间，而 JS <script> 放置在 </body> 之前是一个好主意？"
    )
    assert "这种放置可以更快地渲染页面" in note_back(notes[0])


def test_a_front_matter_subtitle_is_the_second_half_of_the_question(tmp_path: Path) -> None:
    """T29-3: 'subtitle: Do you know any exceptions?' under the title was on no card (24 of 40 interview pages lost
    part of their question). The front is the title and then the subtitle; the page's sections stay its answer."""
    notes, _, _ = built_notes(tmp_path, {"css-link/en-US.mdx": SUBTITLED})
    assert [note_front(n) for n in notes] == [
        "Why is it generally a good idea to position CSS <link> s between <head></head> and JS <script> s just before "
        "</body> ? Do you know any exceptions?"
    ]
    back = note_back(notes[0])
    assert back.startswith("In a nutshell") and "may go in <head>" in back


def test_sources_names_a_title_holding_quotes_never_the_locale_stem(tmp_path: Path) -> None:
    """T29-4: 'title: What are some of the "gotchas" …?' (quotes inside) gave the Sources line 'en-US', the file's
    stem. The title read as YAML is the Sources line."""
    notes, _, _ = built_notes(tmp_path, {"q/en-US.mdx": GOTCHAS})
    assert [plain_text(n["fields"]["Sources"]) for n in notes] == [
        'What are some of the "gotchas" for writing efficient CSS?'
    ]
    assert [note_front(n) for n in notes] == ['What are some of the "gotchas" for writing efficient CSS?']


FLOAT_ZH = (
    "---\ntitle: 描述 `float` 及其工作原理。\n---\n\nFloat 是一个 CSS 定位属性。浮动元素仍然是页面流程的一部分。\n\n"
    "CSS `clear` 属性可用于定位在浮动元素下方。\n\n## Clearfix hack\n\n`.clearfix` hack 使用巧妙的 CSS 伪元素来清除浮动。\n\n"
    "## 琐事\n\n在过去的日子里，CSS 框架使用浮动来实现布局。\n"
)
BOX_PT = (
    "---\ntitle: 'O que faz `* { box-sizing: border-box; }`?'\nsubtitle: Quais as vantagens?\n---\n\n"
    "## Qual é a diferença?\n\nPor padrão, os elementos têm `box-sizing: content-box`.\n\n## Vantagens\n\n"
    "Ter o `padding` e a `border` dentro da largura torna o layout mais fácil.\n"
)


def test_a_translated_page_is_one_question_as_its_english_twin(tmp_path: Path) -> None:
    """T29-2: the zh-CN twin of 'Describe `float`s and how they work.' was read as headings-as-cards: fronts
    'Clearfix hack', '琐事', its opening definition in no card, the title on no front; a pt-BR page titled with a
    question over '## Qual é a diferença?' / '## Vantagens' gave those bare fronts. A page whose front-matter title
    asks (a Chinese task '描述 …' too), its sections a few sub-questions of it, is one note: the title (and subtitle)
    the front, the whole page the back."""
    notes, _, said = built_notes(tmp_path, {"float/zh-CN.mdx": FLOAT_ZH, "box/pt-BR.mdx": BOX_PT})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert [front for front, _ in cards] == [
        "O que faz * { box-sizing: border-box; } ? Quais as vantagens?",
        "描述 float 及其工作原理。",
    ]
    assert cards[1][1].startswith("Float 是一个 CSS 定位属性。") and "CSS 框架使用浮动" in cards[1][1]
    assert "Por padrão" in cards[0][1] and "mais fácil" in cards[0][1]
    assert not [m for m in said if "text outside any question" in m]


L03 = "## What are the two sugars of peptidoglycan?\n\nN-acetylglucosamine (NAG) and N-acetylmuramic acid (NAM).\n"


def test_a_map_of_content_of_wiki_links_is_no_card(tmp_path: Path) -> None:
    """T29-9: an Obsidian map of content ('# MOC Microbiology' over '- [[L03 Bacterial cell wall]]' …) was a card
    whose back listed the link names. A heading, or a note without one, over only links to other notes (a short
    note after a link such as '(todo)' allowed) is navigation, skipped as a list of web links is, and said so; a
    wiki link inside an answer stays its text."""
    moc = "# MOC Microbiology\n- [[L03 Bacterial cell wall]]\n- [[Gram-negative bacteria]]\n- [[L02 Prokaryotic cells]] (todo)\n"
    index = "- [[L03 Bacterial cell wall|Cell wall]]\n- [[Gram-negative bacteria]]\n"
    lps = "## What is LPS?\n\nLipopolysaccharide, the outer membrane of [[Gram-negative bacteria]].\n"
    notes, skipped, said = built_notes(
        tmp_path,
        {"MOC Microbiology.md": moc, "Biology index.md": index, "Lectures/L03.md": L03, "lps.md": lps},
    )
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        (
            "What are the two sugars of peptidoglycan?",
            "N-acetylglucosamine (NAG) and N-acetylmuramic acid (NAM).",
        ),
        ("What is LPS?", "Lipopolysaccharide, the outer membrane of Gram-negative bacteria."),
    ]
    assert sorted(s["file"] for s in skipped) == ["sources/Biology index.md", "sources/MOC Microbiology.md"]
    assert any(
        m.startswith("sources/MOC Microbiology.md:1: warning: a heading with only links under it")
        for m in said
    )
    assert any(
        m.startswith("sources/Biology index.md:1: warning: a note with only links to other notes")
        for m in said
    )


LECTURE = """---
tags: [micro, lecture]
---
# L03 Bacterial cell wall

Back to [[MOC Microbiology]] · Prev: [[L02 Prokaryotic cells]]

## Peptidoglycan
Peptidoglycan (murein) is a mesh of **NAG** and **NAM** sugars cross-linked by short peptides.[^1]

> [!question] What are the two sugars of peptidoglycan?
> N-acetylglucosamine (NAG) and N-acetylmuramic acid (NAM).

## Gram staining
| Step | Reagent | Gram − |
|---|---|---|
| 3 | Alcohol | colourless |

> [!question]- Why do Gram-negative cells lose the crystal violet?
> Their thin peptidoglycan layer cannot hold the dye–iodine complex.

## Penicillin
Penicillin blocks the **transpeptidase** that cross-links peptidoglycan.

[^1]: NAM is found only in bacteria.
"""


def test_a_lecture_note_keeps_its_prose_sections_beside_its_question_boxes(tmp_path: Path) -> None:
    """T29-8: an Obsidian lecture note with two '> [!question]' callouts and three prose sections gave only the two
    callout cards; the definition of peptidoglycan, the staining table and the Penicillin section were 'text outside
    any question'. Its statement headings with text under them now outnumber its question boxes: each is a card
    (as headings = "cards" reads it), the boxes cards of their own, the 'Back to [[MOC]]' line navigation."""
    notes, _, said = built_notes(tmp_path, {"Lectures/L03 Bacterial cell wall.md": LECTURE})
    cards = {note_front(n): note_back(n) for n in notes}
    assert sorted(cards) == [
        "Gram staining",
        "Penicillin",
        "Peptidoglycan",
        "What are the two sugars of peptidoglycan?",
        "Why do Gram-negative cells lose the crystal violet?",
    ]
    assert cards["Peptidoglycan"].startswith("Peptidoglycan (murein) is a mesh of NAG and NAM sugars")
    assert "NAM is found only in bacteria." in cards["Peptidoglycan"]
    assert cards["Gram staining"] == "Step Reagent Gram − 3 Alcohol colourless"
    assert cards["Penicillin"] == "Penicillin blocks the transpeptidase that cross-links peptidoglycan."
    assert (
        cards["What are the two sugars of peptidoglycan?"]
        == "N-acetylglucosamine (NAG) and N-acetylmuramic acid (NAM)."
    )
    assert not [m for m in said if "text outside any question" in m]


def test_a_setext_title_names_the_page_as_a_hash_title_does(tmp_path: Path) -> None:
    """T29-28: a page titled 'Keyboard shortcuts review' over '=====' (its questions setext '-----' headings) had
    Sources 'shortcuts' (the file's stem) and the title as every card's Section. A setext level-1 heading is the
    page's title as '# Keyboard shortcuts review' is: the Sources line, no section."""
    page = (
        "Keyboard shortcuts review\n=========================\n\nWhat copies the selection?\n--------------------------\n\n"
        "Ctrl+C.\n\nWhich key undoes?\n-----------------\n\nCtrl+Z.\n"
    )
    notes, _, said = built_notes(tmp_path, {"shortcuts.md": page})
    assert sorted(
        (note_front(n), note_back(n), plain_text(n["fields"]["Sources"]), plain_text(n["fields"]["Section"]))
        for n in notes
    ) == [
        ("What copies the selection?", "Ctrl+C.", "Keyboard shortcuts review", ""),
        ("Which key undoes?", "Ctrl+Z.", "Keyboard shortcuts review", ""),
    ]
    assert any('title = "Keyboard shortcuts review"' in m for m in said)


def test_a_todo_stub_page_is_said_as_a_placeholder_with_no_layout_table(tmp_path: Path) -> None:
    """T29-12: a course's stub pages ('#TODO: Add about for this concept.', '#TODO' being no heading) got 'cannot tell
    this document's layout' and a [source.pattern] table to fill in, one per file. A page that is only a placeholder
    is said as one, grouped over the files, with no table."""
    notes, _, said = built_notes(
        tmp_path,
        {
            "dataclasses/about.md": "#TODO: Add about for this concept.\n",
            "dataclasses/introduction.md": "#TODO: Add introduction for this concept.\n",
            "bools/about.md": L03,
        },
    )
    assert [note_front(n) for n in notes] == ["What are the two sugars of peptidoglycan?"]
    stubs = [m for m in said if "placeholder" in m]
    assert [m.split(": warning")[0] for m in stubs] == [
        "sources/dataclasses/about.md",
        "sources/dataclasses/introduction.md",
    ]
    assert stubs[0].startswith(
        "sources/dataclasses/about.md: warning: no card from this file: it is only a placeholder ('#TODO: Add about for "
        "this concept.'), no text to learn yet"
    )
    assert not [m for m in said if "cannot tell this document's layout" in m or "[source.pattern]" in m]


def test_a_references_section_of_citations_is_no_card(tmp_path: Path) -> None:
    """T29-22: an FAQ page's closing '### References' ('- [1] Bottou, Léon (1998). "Online Algorithms …"') was a card
    '… What is the difference? › References' whose back was the citations. Where a page's sections are cards, a
    References / Bibliography / Further reading section (in a few languages) that only cites works is skipped, said at
    its line; inside one question's answer it stays at the end of that answer."""
    page = (
        "# Gradient descent\n\n## Batch gradient descent\n\nGD uses the whole training set for each update.\n\n"
        "## Stochastic gradient descent\n\nSGD updates the weights after each training sample.\n\n## References\n\n"
        '- [1] Bottou, Léon (1998). "Online Algorithms and Stochastic Approximations". Cambridge University Press.\n'
        '- [2] Bottou, Léon. "Large-scale machine learning with SGD." Proceedings of COMPSTAT\'2010. 177-186.\n'
    )
    table = '[[source]]\nid = "gd"\nfile = "sources/gd.md"\nheadings = "cards"\n'
    notes, skipped, said = built_notes(tmp_path, {"gd.md": page}, table)
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Batch gradient descent", "GD uses the whole training set for each update."),
        ("Stochastic gradient descent", "SGD updates the weights after each training sample."),
    ]
    assert [s["skipped"] for s in skipped] == ["a list of references (a bibliography) under the heading"]
    assert any(
        m.startswith("sources/gd.md:11: warning:") and "references (a bibliography)" in m for m in said
    )


def test_a_concept_folders_generic_page_is_named_by_its_folder(tmp_path: Path) -> None:
    """T29-11: a course's concept folders (bools/introduction.md '# Introduction' over its text, class-inheritance/
    introduction.md the same) gave two cards both fronted 'Introduction', Sources 'Introduction': the topic, named only
    by the folder, was on no card. A page whose title (or file name) only says what kind of page it is (Introduction,
    About, Overview, README …) takes its folder's topic before it: the front, the section and the Sources line say
    'Bools: Introduction'. A '# TODO: Add about …' stub is a placeholder, no outline."""
    notes, _, said = built_notes(
        tmp_path,
        {
            "bools/introduction.md": "# Introduction\n\nPython represents true and false values with the `bool` type.\n",
            "class-inheritance/introduction.md": "# Introduction\n\nA class can inherit the methods of another class.\n",
            "class-inheritance/about.md": "# TODO: Add about for this concept.\n",
        },
    )
    assert sorted((note_front(n), note_back(n), plain_text(n["fields"]["Sources"])) for n in notes) == [
        (
            "Bools: Introduction",
            "Python represents true and false values with the bool type.",
            "Bools: Introduction",
        ),
        (
            "Class inheritance: Introduction",
            "A class can inherit the methods of another class.",
            "Class inheritance: Introduction",
        ),
    ]
    assert any(
        m.startswith(
            "sources/class-inheritance/about.md: warning: no card from this file: it is only a placeholder"
        )
        for m in said
    )


def test_a_concept_folders_about_page_keeps_its_overview_beside_its_sections(tmp_path: Path) -> None:
    """T29-11: bools/about.md ('# About' over three paragraphs on `bool`, then '## Type Coercion and Truthiness' …)
    gave its sections as cards and its overview as 'text outside any question' (12 places in the course). Named by
    its folder ('Bools: About'), the title is the topic's own card, its overview the back, the sections cards too."""
    about = (
        "# About\n\nPython represents true and false values with the `bool` type.\n\n"
        "## Type Coercion and Truthiness\n\nThe `bool` function converts any object to `True` or `False`.\n\n"
        "## How Booleans work under the hood\n\nThe `bool` type is a sub-type of `int`.\n"
    )
    notes, _, said = built_notes(tmp_path, {"bools/about.md": about})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Bools: About", "Python represents true and false values with the bool type."),
        ("How Booleans work under the hood", "The bool type is a sub-type of int ."),
        ("Type Coercion and Truthiness", "The bool function converts any object to True or False ."),
    ]
    assert not [m for m in said if "text outside any question" in m]


def test_a_page_whose_published_cards_are_now_hints_retires_them_and_builds(tmp_path: Path) -> None:
    """T29-52: a deck built before T29-6 held the numpy hints page's hint-as-answer cards; rebuilding stopped the
    whole deck ('no question read from it, but 100 notes of it are in the deck … building would retire them all'),
    though every exercise was read and left out as 'only a hint'. A source whose questions are read and mostly left
    out for a stated reason retires its notes with one warning naming the reason, and the build goes on (the guard
    still stops a file whose questions all lost their answers, 'no answer': tests of check_sources_kept)."""
    from compiler.build import build

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    page = content / "sources" / "hints.md"
    page.write_text("# Ex\n\n#### 1. Reverse a vector (★☆☆)\n\nUse Z[::-1].\n", encoding="utf-8")
    (content / "sources" / "other.md").write_text("## What is 2+2?\n\nFour.\n", encoding="utf-8")
    assert build(content, tmp_path / "b1", formats=("json",), now=1_000).summary.totals["new"] == 2
    page.write_text("# Ex\n\n#### 1. Reverse a vector (★☆☆)\n`hint: array[::-1]`\n", encoding="utf-8")
    result = build(content, tmp_path / "b2", formats=("json",), now=2_000)
    assert result.compiled is not None
    assert result.summary.totals["retired"] == 1
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any(
        m.startswith(
            "sources/hints.md: warning: 1 note of it in the deck (deckc.lock) retire: its 1 questions are read"
        )
        and "(1 only a hint, no answer)" in m
        for m in said
    ), said


def test_a_page_whose_questions_all_lost_their_answers_still_stops_the_build(tmp_path: Path) -> None:
    """T29-52 (the other way): the guard stays for a page whose questions are read with no answer ('no answer' is
    no stated reason: a broken separator leaves every question so): building would retire its notes on warnings."""
    import pytest

    from compiler.build import build
    from compiler.diagnostics import ContentError

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    page = content / "sources" / "qa.md"
    page.write_text("## What is 3+3?\n\nSix.\n\n## What is 4+4?\n\nEight.\n", encoding="utf-8")
    (content / "sources" / "other.md").write_text("## What is 2+2?\n\nFour.\n", encoding="utf-8")
    assert build(content, tmp_path / "b1", formats=("json",), now=1_000).summary.totals["new"] == 3
    page.write_text("## What is 3+3?\n\n## What is 4+4?\n", encoding="utf-8")
    with pytest.raises(ContentError, match="no question read from it"):
        build(content, tmp_path / "b2", formats=("json",), now=2_000)
