"""Fifty-third sitting, finder: findings of trial 53 (real public documents: a pandas puzzle notebook with and without
its solutions, an economics student's chapter notes, a Korean interview list, EPFL software-engineering exam solutions;
docs/trials/trial53.md) fixed: bold-numbered tasks are each other's siblings, never each other's answers (T53-1); a
glossary of bold or code terms where some terms are left undefined is a card per defined term (T53-3); a space added or
dropped is no negation in `deckc dupes` (T53-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.pairscore import character_contrast

TRIAL = Path(__file__).parent / "data" / "trials" / "trial53"


# --- T53-1: bold-numbered tasks are siblings ----------------------------------------------------------------------


def test_bold_numbered_tasks_without_answers_are_no_one_s_answer(tmp_path: Path) -> None:
    """T53-1 (high): the learner's copy of a puzzle notebook, '**1.** Make a list `nums` …' / '**2.** Print the length
    of `nums`.' / '**3.** …', each over an empty code cell (dropped). Before: the card 'Make a list nums of the numbers
    1 to 10.' → '2. Print the length of nums. 3. Print the last three items of nums.' (the next tasks as its answer;
    only a task whose verb deckc knows, 'Write …', opened a question of its own). Now each task is a question of its
    own, none answered: no card, said once with every line."""
    notes, skipped, messages = built_notes(tmp_path, {"puzzles.md": TRIAL / "bold-numbered-tasks.md", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    said = [m for m in messages if "puzzles.md:9:" in m and "none of its 6 questions has an answer" in m]
    assert said and "(lines 9, 11, 13, 19, 21, 23)" in said[0], messages
    assert sorted(s["line"] for s in skipped if s["file"].endswith("puzzles.md")) == [9, 11, 13, 19, 21, 23], skipped


def test_a_bold_numbered_task_over_its_example_is_not_glued_to_the_answer_above(tmp_path: Path) -> None:
    """T53-1: the solutions notebook's '**24.** Suppose you have DataFrame with 10 columns …, for example:' / blank /
    its example's fence, right after puzzle 23's solution: read as a point of puzzle 23's answer (a bold number that
    asks nothing), so puzzle 24 was on 23's back, its task and its solution with it (also 27 on 26's). The next number
    of the open task's own numbering is the next task, whatever its verb."""
    notes, _skipped, messages = built_notes(tmp_path, {"puzzles.md": TRIAL / "bold-numbered-examples.md"})
    cards = {note_front(n): note_back(n).replace(" ", "") for n in notes}  # (highlighted code: spaced tokens)
    fronts = list(cards)
    assert len(fronts) == 5, cards
    assert fronts[2].startswith("Suppose you have a dictionary of prices"), fronts
    assert fronts[3].startswith("A list holds repeated values"), fronts
    assert "Supposeyouhave" not in cards[fronts[1]] and "max(prices" not in cards[fronts[1]], cards[fronts[1]]
    assert "max(prices,key=prices.get)" in cards[fronts[2]], cards[fronts[2]]
    assert "list(dict.fromkeys(vals))" in cards[fronts[3]] and "Alistholds" not in cards[fronts[2]], cards
    assert not any("looks like a question of this page" in m for m in messages), messages


def test_a_bold_number_with_its_stop_outside_the_bold_numbers_a_task(tmp_path: Path) -> None:
    """T53-1: the notebook writes two of its tasks '**42**. In the **Airline** column, …' (the stop outside the bold);
    they were read as text of the task above ('41. Delete the From_To column …' → '42. … 43. …'). A bare bold number
    with its stop right after it labels a task as '**42.**' does."""
    page = (
        "# Puzzles\n\n**1.** Import pandas under the alias `pd`.\n\n**2**. In the Airline column, pull out just the airline name.\n\n"
        "**3**. Sort the frame by age.\n\n**4.** How do you count the rows?\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"late.md": page, "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    assert any("late.md:3:" in m and "none of its 4 questions has an answer (lines 3, 5, 7, 9)" in m for m in messages), messages
    assert [s["question"] for s in skipped if s["file"].endswith("late.md")][1] == "In the Airline column, pull out just the airline name.", skipped


def test_bold_numbered_points_of_an_answer_stay_its_points(tmp_path: Path) -> None:
    """T53-1's guard (T20-27 still holds): a question's answer in bold-numbered points, '**1.** When the server sets a
    cookie, …' / '**2.** …', under a question heading or under a bold-numbered question whose points restart at 1."""
    page = (
        "# Cookies\n\n## How can you secure cookies?\n\n**1.** When the server sets a cookie, it marks it HttpOnly.\n\n"
        "**2.** The cookie is marked Secure, so it travels over HTTPS only.\n\n"
        "## Why do cookies expire?\n\nTo limit how long a stolen cookie can be used.\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"cookies.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["How can you secure cookies?", "Why do cookies expire?"], cards
    assert "HttpOnly" in cards["How can you secure cookies?"] and "HTTPS only" in cards["How can you secure cookies?"], cards


# --- T53-3: a glossary of bold or code terms, some undefined ------------------------------------------------------


def test_a_glossary_of_code_terms_with_bare_terms_is_a_card_per_defined_term(tmp_path: Path) -> None:
    """T53-3 (medium): an economics student's chapter notes, '## Terms' / '- `Capital` Anything produced that is used
    to produce other things; …' among bare '- `Leisure`' entries, then '## General Notes'. Before: one card 'Terms'
    holding all twelve entries, the terms glued to their definitions ('Capital Anything produced …'). Now a card per
    defined term, the bare terms said once with their count, the notes their heading's card."""
    notes, _skipped, messages = built_notes(tmp_path, {"chapter-1.md": TRIAL / "glossary-code-terms.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Opportunity cost", "Marginal benefit", "Comparative advantage", "Trade-off", "General Notes"], cards
    assert cards["Opportunity cost"] == "The value of the best alternative given up when a choice is made", cards
    assert cards["General Notes"].startswith("Every choice has a cost"), cards
    said = [m for m in messages if "chapter-1.md:2:" in m]
    assert said and "3 terms of this list have no definition: in no card" in said[0], messages


def test_a_glossary_of_bold_terms_with_bare_terms_is_a_card_per_defined_term(tmp_path: Path) -> None:
    """T53-3: the same list written '- **Capital**: …' among bare '- **Leisure**' entries (the shape a term list in
    bold takes): a card per defined term too (before: one card 'Terms')."""
    page = (
        "## Terms\n- **Capital**: Anything produced that is used to produce other things\n- **Leisure**\n"
        "- **Investment**: Spending on new capital goods\n- **Logical model**: An abstract way of looking at a complex situation\n\n"
        "## General Notes\n- Scarcity forces us to make choices\n- Specialization follows relative costs\n"
    )
    notes, _skipped, messages = built_notes(tmp_path, {"notes.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Capital", "Investment", "Logical model", "General Notes"], cards
    assert any("notes.md:2:" in m and "1 term of this list has no definition" in m for m in messages), messages


def test_a_code_term_list_of_commands_is_no_glossary(tmp_path: Path) -> None:
    """T53-3's guard: a list of commands with their flags ('- `ls` `-la`') or a term whose 'definition' opens with a
    code span is no definition; a list with every term defined stays as it was read."""
    from compiler.sources.term_defs import _kind

    assert _kind("`ls` `-la` lists every file") is None
    assert _kind("`Capital` Anything produced that is used to produce other things") == "defined"
    assert _kind("`Leisure`") == "bare"
    assert _kind("**Scarcity**") == "bare"
    assert _kind("`Leisure time is what remains.`") is None


# --- T53-6: a space is no negation ------------------------------------------------------------------------------


def test_a_space_added_or_dropped_negates_nothing() -> None:
    """T53-6 (low): a Korean interview list asks '가상 메모리란?' and '가상메모리란?' (virtual memory, with and without
    a space). `deckc dupes` said "contrast (negation: '' in one question only)", an empty change taken for a negating
    character. A change of spaces alone is no negation; '안' added still is."""
    assert character_contrast("가상 메모리란?", "가상메모리란?") == ""
    assert character_contrast("가는 방법은?", "안 가는 방법은?").startswith("negation"), character_contrast("가는 방법은?", "안 가는 방법은?")


# --- T53-2, T53-10: a numbered task that shows an example, in an exercise notebook -----------------------------------


def test_a_numbered_task_with_its_example_is_the_front_over_its_solution_cell(tmp_path: Path) -> None:
    """T53-2 (high): the pandas puzzles notebook, '**22.** You have a DataFrame `df` with a column 'A' of integers. For
    example:' / its fence / 'How do you filter out rows …?' / 'You should be left with …:' / fence, over the solution's
    code cell. Before: the front was the first paragraph, the example, the question and the expected output were on
    the back before the solution. Now, in a notebook whose tasks are numbered so, such a cell is the task: all of it on
    the front, the code cell under it the back; a note above its number ('Slightly harder now.') stays with it (was on
    the back of the task before). T53-10: a one-line lead-in over another code cell ('Another way, with a loop:') is
    more of the solution (was a card of its own)."""
    notes, _skipped, _messages = built_notes(tmp_path, {"puzzles.ipynb": TRIAL / "list-puzzles.ipynb"})
    cards = [(note_front(n).replace(" ", ""), note_back(n).replace(" ", "")) for n in notes]  # (code: spaced tokens)
    fronts = [front for front, _ in cards]
    assert len(cards) == 6, cards
    assert fronts[:3] == ["Makealistnumsofthenumbers1to10.", "Printthelengthofnums.", "Printthelastthreeitemsofnums."], fronts
    four, five = cards[3], cards[4]
    assert four[0].startswith("Givenalistofwords:") and "howdoyousortthembytheirlength?" in four[0], four
    assert "Youshouldget:" in four[0] and "'fig','pear','apple'" in four[0], four
    assert four[1] == "sorted(words,key=len)", four
    assert "Slightlyhardernow." in five[0] and "Keepthefirstofeachvalue,inorder." in five[0] and "5." not in five[0], five
    assert five[1].startswith("list(dict.fromkeys(vals))") and "Anotherway,withaloop:" in five[1] and "seen.append(v)" in five[1], five
    assert fronts[5] == "Reversenumsinplace.", fronts


# --- T53-4: an interview list's topics answered in quotes as its questions are -------------------------------------


def test_headings_answered_in_quotes_as_the_page_s_questions_are_cards(tmp_path: Path) -> None:
    """T53-4 (medium): a Korean interview list, '#### 프로세스와 스레드의 차이는?' / '> …' and 40 more such, among them
    '#### 교착상태 해결 방법 4가지' ('four ways to resolve deadlock', no '?') and a Spring section of term headings
    ('#### DI(Dependency Injection)' / '> …'). Before: the Spring section's text was 'outside any question' (16 of the
    real list's 59 answered headings in no card). A heading answered in a quote right under it, on a page whose
    question headings are nearly all answered so, is a card."""
    notes, skipped, messages = built_notes(tmp_path, {"interview.md": TRIAL / "interview-ko.md"})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 11, fronts
    assert "교착상태 해결 방법 4가지" in fronts and fronts[-3:] == ["DI(Dependency Injection)", "AOP(Aspect Oriented Programming)", "DAO(Data Access Object)"], fronts
    assert not any("outside any question" in m or "not read as a question" in m for m in messages), messages
    assert skipped == [], skipped


def test_a_section_heading_over_prose_on_a_quoted_page_stays_a_section(tmp_path: Path) -> None:
    """T53-4's guard: on such a page a heading over a paragraph (no quote under it) is no card: 'Contents', a closing
    'Sources' note."""
    page = (
        "# 면접\n\n## Contents\n\nThe questions below, by subject.\n\n#### 해시란?\n\n> 키로 값을 찾는 자료 구조\n\n"
        "#### 스택이란?\n\n> 나중에 넣은 것을 먼저 꺼내는 구조\n\n#### 큐란?\n\n> 먼저 넣은 것을 먼저 꺼내는 구조\n\n"
        "## Sources\n\nCollected from interviews in 2019.\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"interview.md": page})
    assert [note_front(n) for n in notes] == ["해시란?", "스택이란?", "큐란?"], [note_front(n) for n in notes]


# --- T53-8: a heading's opening task line is its card's front --------------------------------------------------------


def test_a_heading_s_opening_task_line_is_its_front(tmp_path: Path) -> None:
    """T53-8 (low): an IT course's formula sheet, '### Power Formula' / 'Give the 3 forms of the power equation.' /
    its formula's fence. Before: 'Power Formula' → 'Give the 3 forms of the power equation. P = VI' (the task on the
    back). Now the task line is the front, the heading its section; a heading over plain notes stays its own card."""
    notes, _skipped, _messages = built_notes(tmp_path, {"formulas.md": TRIAL / "heading-instruction.md"})
    cards = {note_front(n): (note_back(n), n["fields"].get("Section", "")) for n in notes}
    assert list(cards) == ["Variables", "Give the 3 forms of the power equation.", "Write the energy used by a device in terms of its power."], cards
    assert cards["Give the 3 forms of the power equation."] == ("P = VI", "Power Formula"), cards
    assert cards["Write the energy used by a device in terms of its power."][0] == "E = Pt", cards


def test_a_label_heading_over_its_task_is_left_to_its_own_reading(tmp_path: Path) -> None:
    """T53-8's guard: '### Activity' or '## Question 1' over its task is a label the page's readings already take
    (sitting 51's activity page, the newuser exam): unchanged."""
    page = "# Closures\n\nA closure captures variables from its scope.\n\n### Activity\n\nWrite a closure that adds one to its argument.\n\n**Solution:** `let add_one = |x: i32| x + 1;`\n"
    notes, _skipped, _messages = built_notes(tmp_path, {"closures.md": page})
    assert any(note_front(n).endswith("Write a closure that adds one to its argument.") for n in notes), [note_front(n) for n in notes]


def test_a_bold_numbered_task_s_example_and_question_are_its_front(tmp_path: Path) -> None:
    """T53-2 in a Markdown page: '**2.** Given a list of words:' / its fence / 'how do you sort them by their length?'
    / the solution's fence. Before: the front was the lead-in alone, the example and the question on the back before
    the solution. Now the example and the sentence that asks or sets the task are the front, the code after them the
    back."""
    notes, _skipped, _messages = built_notes(tmp_path, {"puzzles.md": TRIAL / "bold-numbered-examples.md"})
    cards = [(note_front(n).replace(" ", ""), note_back(n).replace(" ", "")) for n in notes]  # (code: spaced tokens)
    assert cards[1] == ('Givenalistofwords:words=["pear","fig","apple"]howdoyousortthembytheirlength?', "sorted(words,key=len)"), cards[1]
    assert cards[2][0].endswith("Whichfruitcoststhemost?Returnitsname.") and cards[2][1] == "max(prices,key=prices.get)", cards[2]
    assert cards[3][0].endswith("Keepthefirstofeachvalue,inorder.") and cards[3][1] == "list(dict.fromkeys(vals))", cards[3]


# --- T53-9: a section named as a glossary is a card per term -----------------------------------------------------------


def test_a_section_named_as_a_glossary_is_a_card_per_term_beside_long_notes(tmp_path: Path) -> None:
    """T53-9 (low): a history lesson's notes, '## Definitions' / four '- `Dharma` The Hindu moral code' entries, then
    long notes sections. Before: the card 'Definitions' holding the four terms (trial7 G6's rule: a short glossary among
    notes is part of its section). A section named as a glossary ('Definitions', 'Terms', 'Glossary', 'Key terms') is a
    card per term, the other sections their headings' cards."""
    notes, _skipped, _messages = built_notes(tmp_path, {"stoics.md": TRIAL / "glossary-section.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Stoicism", "Logos", "Apatheia", "Zeno of Citium", "Epictetus", "Marcus Aurelius"], cards
    assert cards["Logos"] == "The rational order of the universe", cards


def test_an_opening_question_that_refers_back_keeps_its_heading(tmp_path: Path) -> None:
    """T53-8: '## Mitochondria' / 'What do they do?' / its answer: the line asks about its heading ('they'), so the
    front keeps the heading ('Mitochondria: What do they do?'); a line that names its subject stands alone."""
    page = (
        "# Cells\n\n## Mitochondria\nWhat do they do?\n\nThey make ATP by cellular respiration.\n\n## Nucleus\nHolds the DNA.\n\n"
        "## Ribosomes\nExplain how ribosomes read mRNA.\n\nThey move along the mRNA three bases at a time.\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"cells.md": page})
    assert [note_front(n) for n in notes] == ["Mitochondria: What do they do?", "Nucleus", "Explain how ribosomes read mRNA."], [note_front(n) for n in notes]
