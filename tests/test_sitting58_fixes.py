"""Fifty-eighth sitting, fixes: open findings of trial 57 and the lead's shapes fixed (docs/trials/trial57.md, "fifty-eighth
sitting"): a fence in a tab-indented list entry closed at its opening's column is closed, no "not closed" message
(T57-8); the statement-heading message names only headings that are cards as made (a chat assistant's ``### Front
<text>`` / ``### Back``); a statement marked to judge (``[T/F] …``, ``… (T/F)``, ``True/False: …``, a table's ``T/F``
column) answered by a verdict letter or word is a true/false card. Data files in tests/data/sitting58/fixes/, written in
the shape of the documents."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import fence_mark, in_fence
from compiler.sources.open_fences import close_open_fences

DATA = Path(__file__).parent / "data" / "sitting58" / "fixes"


# --- T57-8: a fence in a tab-indented list entry ---------------------------------------------------------------------


def test_a_fence_in_a_tab_indented_entry_closed_at_its_column_is_no_open_fence(tmp_path: Path) -> None:
    """T57-8 (low): '\\t\\t```swift' … '\\t  \\t```' (tabs and spaces mixed, the same column, 8) inside a toggled answer of a
    bullet entry. Before: "the code block opened here (```swift) is not closed before the heading … ('## Security')", the
    opening read by its characters (two tabs: at most 3 of them) and the closing line not (four). Now one reading in
    columns for both the open-fence check and in_fence: no message, three cards, the code on the first back."""
    notes, _, messages = built_notes(tmp_path, {"swift.md": DATA / "tab-fence-list.md"})
    assert not any("not closed" in m for m in messages), messages
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 3, list(cards)
    assert "performHeavyTask()" in cards["What steps do you take to resolve performance issues?"]
    assert cards["How would you store a token securely?"].startswith("In the keychain, never in UserDefaults")


def test_fence_lines_are_read_in_columns() -> None:
    """A fence line's column counts a tab to the next multiple of 4: '\\t\\t\\t```' and '\\t  \\t\\t```' are both at
    column 12, ' \\t```' at 4 (indented code at the margin, no fence: before, in_fence read it as one and the lines after
    it as code to the next such line). A fence at the margin left open before a heading is still closed and said."""
    assert fence_mark("\t\t\t```swift") == (12, "```")
    assert fence_mark("\t  \t\t```") == (12, "```")
    assert fence_mark(" \t```") == (4, "```")
    assert fence_mark("text ```") is None
    assert list(in_fence(["a", " \t```", "## B", "\t```", "c"])) == [False] * 5
    assert list(in_fence(["```py", "x", "  ```", "y"])) == [True, True, True, False]
    lines = ["## Question 2", "", "```bash", "docker run", "", "## Question 3", "", "**What is a volume?**", "", "A mount."]
    _, slips = close_open_fences(lines)
    assert [s.opened for s in slips] == [3], slips


def test_a_quote_in_a_tab_indented_entry_stays_in_it(tmp_path: Path) -> None:
    """A quote of numbered points in a tab-indented answer ('\\t>1. **Understand the context**: …') read as options in a
    quote lost its tab and ended the list (once in_fence no longer read ' \\t```' lines as fences, the iOS README's ten
    Miscellaneous questions were lost): the quote's indent stays, the entry keeps its answer."""
    doc = (
        "# Interview\n\n## Miscellaneous\n\n- What process do you take to perform code review?\n\t<details>\n"
        "\t\t<summary>Answer</summary>\n\n\tHere is what I would answer:\n\t\n\t>1. **Understand the context** first.\n"
        "\t>2. **Check the style** of the code.\n\t>3. **Test the code** with edge cases.\n\t</details>\n\n"
        "- What is a retain cycle?\n\t<details>\n\t\t<summary>Answer</summary>\n\n\tTwo objects holding each other.\n"
        "\t</details>\n"
    )
    notes, _, messages = built_notes(tmp_path, {"misc.md": doc})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"What process do you take to perform code review?", "What is a retain cycle?"}, (cards, messages)
    assert "Check the style" in cards["What process do you take to perform code review?"]


# --- the statement-heading message agrees with the cards ----------------------------------------------------------


def test_front_and_back_headings_joined_are_no_statement_headings(tmp_path: Path) -> None:
    """A chat assistant's deck: '### Front' / question / '### Back' / answer, one card '### Front Red planet' (a name after
    the side label). It reads right (three cards), but the build also said its 'Front Red planet' and 'Back' headings
    "are cards, the heading the front" (the message computed before the passes that join them). Now said only of
    headings that front a card as made: no message here."""
    notes, _, messages = built_notes(tmp_path, {"astro.md": DATA / "front-back-headings.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Why does Mars look red?"] == "Iron oxide (rust) covers its surface dust.", cards
    assert len(cards) == 3, cards
    assert not any("statement heading" in m for m in messages), messages


def test_statement_headings_that_are_cards_are_still_said(tmp_path: Path) -> None:
    """A page that asks in some headings and states topics in others still hears of its statement cards, named as
    written ('## 1. Summary' fronted 'Summary' under its title)."""
    doc = (
        "# Titration\n\n## 1. Summary\n\nA titration finds a concentration.\n\n## What is an indicator?\n\n"
        "A dye whose colour changes at the end point.\n\n## What is a burette?\n\nA graduated tube with a tap.\n"
    )
    notes, _, messages = built_notes(tmp_path, {"titration.md": doc})
    said = [m for m in messages if "statement heading" in m]
    assert len(said) == 1 and "'1. Summary'" in said[0], messages
    assert any(note_front(n).endswith("Summary") for n in notes), [note_front(n) for n in notes]


# --- a statement marked to judge, its verdict a letter or a word ------------------------------------------------------


def _cards(tmp_path: Path, name: str) -> dict[str, str]:
    notes, _, _ = built_notes(tmp_path, {name: DATA / name})
    return {note_front(n): note_back(n) for n in notes}


def test_bracketed_tf_headings_over_a_verdict_letter(tmp_path: Path) -> None:
    """'## [T/F] Mitochondria have their own DNA.' / 'T' / the explanation. Before: the front kept '[T/F]', the back a
    bare 'T'. Now 'True or false: …' over 'True' and the explanation."""
    cards = _cards(tmp_path, "tf-headings.md")
    assert cards == {
        "True or false: Mitochondria have their own DNA.": "True Mitochondrial DNA is circular and inherited from the mother.",
        "True or false: Ribosomes are bounded by a membrane.": "False Ribosomes have no membrane; they are made of rRNA and protein.",
        "True or false: The nucleolus makes ribosomal subunits.": "True It assembles rRNA with proteins into the two subunits.",
    }, cards


def test_bold_statements_marked_tf_after_them(tmp_path: Path) -> None:
    """'**Water boils at 100 °C at sea level. (T/F)**' / 'True – at 1 atm of pressure.'. Before: one card of the page's
    title, every statement on its back ("it asks no question"). Now a card each, the verdict then its reason."""
    cards = _cards(tmp_path, "tf-suffix.md")
    assert cards == {
        "True or false: Water boils at 100 °C at sea level.": "True At 1 atm of pressure.",
        "True or false: Noble gases readily form ionic bonds.": "False Their outer shells are full.",
        "True or false: Catalysts are consumed by the reaction.": "False They are recovered unchanged.",
    }, cards


def test_a_table_s_tf_column_is_the_verdict(tmp_path: Path) -> None:
    """'| Statement | T/F | Why |' / '| The Nile flows north. | T | … |'. Before: the back 'T/F: T'. Now the front asks
    'True or false: …' and the back says 'True', then the 'Why' cell."""
    cards = _cards(tmp_path, "tf-table.md")
    assert cards["True or false: The Nile flows north."].startswith("True Why: It runs"), cards
    assert cards["True or false: Australia is in the northern hemisphere."].startswith("False Why:"), cards


def test_a_german_page_s_verdict_words_word_its_cards(tmp_path: Path) -> None:
    """'## [R/F] Enzyme sind Katalysatoren.' / 'Richtig' / … : asked 'Richtig oder falsch: …', the back 'Richtig' (the
    page too short for its language to be told: the verdict's own word tells it)."""
    cards = _cards(tmp_path, "tf-german.md")
    assert cards == {
        "Richtig oder falsch: Enzyme sind Katalysatoren.": "Richtig Sie senken die Aktivierungsenergie einer Reaktion.",
        "Richtig oder falsch: Alle Enzyme sind Lipide.": "Falsch Die meisten Enzyme sind Proteine.",
    }, cards


def test_an_unmarked_question_answered_t_is_left_alone(tmp_path: Path) -> None:
    """A question that is no statement to judge keeps its back as written, a letter or not ('## Which vitamin is made in
    the skin?' / 'D'), and deckc's own 'True or false:' cards keep theirs."""
    doc = "# Vitamins\n\n## Which vitamin is made in the skin?\n\nD\n\n## Which element has the symbol F?\n\nF\n"
    notes, _, _ = built_notes(tmp_path, {"vit.md": doc})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"Which vitamin is made in the skin?": "D", "Which element has the symbol F?": "F"}, cards


# --- T57-3 follow-up: a page whose title is its only question -------------------------------------------------------


def test_a_page_whose_title_is_its_only_question_is_its_card(tmp_path: Path) -> None:
    """'title: Why measure a baseline …?' / '# Why measure a baseline …?' right over '## Answer guide' (no question
    paragraph; 28 pages of the Kubernetes practice bank). Before: one note, its back the title again, 'Answer guide',
    the answer, 'References' and 'What to learn next' with their links. Now read as the bank's other pages: the title the
    front, the answer guide the back, the reading lists on no card."""
    notes, _, _ = built_notes(tmp_path, {"baseline.md": DATA / "title-only-question.md"})
    assert len(notes) == 1, [note_front(n) for n in notes]
    assert note_front(notes[0]) == "Why measure a baseline before tuning a database?"
    back = note_back(notes[0])
    assert back.startswith("Record the query rate") and "Change one setting" in back, back
    assert "Answer guide" not in back and "What to learn next" not in back and "pgbench" not in back, back


def test_a_reading_list_over_the_title_does_not_hide_the_page_s_question(tmp_path: Path) -> None:
    """'## What to learn next' and its links first, then '# Explain connection pooling …' / 'Why does a web service …?'
    / '## Answer guide' (the T57-3 rule wanted the title first). Before: one note fronted by the title, everything on
    its back. Now the question paragraph is the front, the answer guide the back."""
    notes, _, _ = built_notes(tmp_path, {"pooling.md": DATA / "reading-list-first.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    front = "Why does a web service keep a pool of database connections instead of opening one per request?"
    assert list(cards) == [front], cards
    assert cards[front].startswith("Opening a connection costs") and "PgBouncer usage" not in cards[front], cards


def test_a_numbered_tf_statement_over_its_verdict_entry(tmp_path: Path) -> None:
    """'1. True/False: TCP guarantees in-order delivery.' / '   - True. Sequence numbers …'. Before: "a list of 3
    questions and no answers: this file adds no card" (the verdict entries read as items of what the statement lists).
    Now a statement to judge asks in full: a card each, its prompt as written over the verdict and its reason; a verdict
    letter under such a prompt ('T/F: …' / '- F') is spelled out."""
    cards = _cards(tmp_path, "tf-numbered.md")
    assert cards == {
        "True/False: TCP guarantees in-order delivery.": "True. Sequence numbers let the receiver reorder segments.",
        "True/False: UDP retransmits lost datagrams.": "False. UDP leaves recovery to the application.",
        "True/False: A /24 network has 256 addresses.": "True. Two of them are the network and broadcast addresses.",
    }, cards
    doc = "# Quick check\n\n1. T/F: Light is faster than sound.\n   - T\n2. T/F: Sound travels in a vacuum.\n   - F\n3. T/F: Echoes are reflected sound.\n   - T\n"
    notes, _, _ = built_notes(tmp_path / "letters", {"quick.md": doc})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "True or false: Light is faster than sound.": "True",
        "True or false: Sound travels in a vacuum.": "False",
        "True or false: Echoes are reflected sound.": "True",
    }, cards


# --- newdocs' open findings ---------------------------------------------------------------------------------------


def test_a_checklist_s_lowercase_questions_open_with_a_capital(tmp_path: Path) -> None:
    """newdocs d/24: '- [ ] explain what an enzyme is? → …' under '# … can I…'. Before: fronts 'explain what an enzyme
    is?'. Now a front that asks and opens with a question word or a task's verb in lower case opens with its capital;
    another first word ('pH: …') stays as written."""
    cards = _cards(tmp_path, "checklist-lowercase.md")
    assert cards["Explain what an enzyme is?"] == "a protein that speeds up reactions without being used up", cards
    assert "Describe the lock and key model?" in cards and "Say what denaturing means?" in cards, cards
    assert "pH: what happens to an enzyme far from its optimum?" in cards, cards


def test_a_notebook_s_bold_labelled_task_loses_its_label(tmp_path: Path) -> None:
    """newdocs d/14: '**Q3. Make a new list …**' (a task, no '?') among '**Q1. How do you …?**' cells over their code.
    Before: the front 'Q3. Make a new list …' while Q1 and Q2 lost theirs. Now every front without its label."""
    cards = _cards(tmp_path, "bold-labelled-task.ipynb")
    assert list(cards) == [
        "How do you make a string upper case?",
        "How do you split a string on commas?",
        "Join the words of a list with spaces.",
    ], cards


def test_a_table_whose_first_column_numbers_its_rows_under_a_name(tmp_path: Path) -> None:
    """'| Nerve | Name | Type |' / '| 1 | Olfactory | Sensory |' alone under the page's title. Before: no card, "a table
    of 5 rows outside any question is not in any card" (the front the row's number, which asks nothing). Now the
    column that names each row is the front, the number and the type on the back (the rule landed beside this one in
    the same sitting: a column counting the rows is no front)."""
    cards = _cards(tmp_path, "numbered-first-column.md")
    assert cards["Olfactory"] == "Nerve: 1 Type: Sensory" and cards["Trigeminal"] == "Nerve: 5 Type: Both", cards
    assert len(cards) == 5, cards
