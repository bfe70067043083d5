"""Fifty-ninth sitting, helper fixes: open findings of sitting 58 (the lead's and trial58's), read card by card.

F1 (lead, sitting 58): statement headings with text under them after (or before) an FAQ's question headings
('### Data Lake' / its definition after 32 '### …?' questions) are cards, said once, as the mixed page's are; before,
each was 'text outside any question' and no card.
F2 (T58-3): a question list without answers whose table of contents is a numbered list of links and whose 'Answers'
heading only links to another page: "a list of N questions and no answers" naming the questions' lists; before, the
table of contents' links were its questions and the questions text outside any item.
F3 (T58-5): a conversation of two speakers calling each other by name ('**Ana:** ¡Buenos días, Pablo! …') is a text
to read: no card, said once with the table that reads its questions as cards; before, the speakers' own questions
were cards.
F4-F6 (newdocs' open, sitting 58): a RemNote card's nested cards filed under it; a trilingual table's second language
named on the back when the third is; a word list with bracketed readings said as written, not by deckc's '：'.

Each test's docstring says what was wrong. Documents in tests/data/sitting59/fixes/ (written for these tests, in the
shape of the documents of the findings).
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, plain_text

DATA = Path(__file__).parent / "data" / "sitting59" / "fixes"
TRIAL58 = Path(__file__).parent / "data" / "trials" / "trial58"
OTHER = "## What is osmosis?\nWater moving across a membrane.\n"  # (a deck of no note stops the build: one beside)


def test_f1_statement_headings_after_an_faq_are_cards_said_once(tmp_path: Path) -> None:
    """F1: before, 'Subnet' … 'Jitter' each 'text outside any question' (5 times) and no card."""
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "faq-then-terms.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is a packet?"] == "A unit of data carried over a network, with a header and a payload."
    assert got["Subnet"] == "A range of IP addresses that share a network prefix."
    assert got["Jitter"] == "The variation in latency between packets of one stream."
    assert len(got) == 11 and not skipped
    said = [m for m in messages if "states topics in others" in m]
    assert len(said) == 1 and "5 statement headings" in said[0] and "'Subnet'" in said[0]
    # the checklist under a heading of its own is still said as text in no card, once
    assert len([m for m in messages if "text outside any question" in m]) == 1


def test_f1_statement_headings_before_an_faq_are_cards_too(tmp_path: Path) -> None:
    text = (DATA / "faq-then-terms.md").read_text(encoding="utf-8")
    head, terms = text.split("## Checklist")
    terms = terms.split("## Terms", 1)[1]
    moved = "# Networking Interview Notes\n\n## Terms\n" + terms + "\n" + head.split("\n", 1)[1]
    notes, _, messages = built_notes(tmp_path, {"net.md": moved})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["NAT"] == "Rewriting addresses in packets so many hosts share one public address."
    assert got["What does DNS do?"] == "It turns host names into IP addresses."
    assert len(got) == 11
    assert len([m for m in messages if "states topics in others" in m]) == 1


def test_f1_an_faqs_closing_sections_stay_sections(tmp_path: Path) -> None:
    """A few statement headings after an FAQ ('### Contributing', '### License') are no cards (the FAQ rule)."""
    faq = "# FAQ\n\n" + "".join(f"### What is thing {k}?\nThing {k} is a thing.\n\n" for k in range(1, 8))
    faq += "### Contributing\nOpen a pull request.\n\n### License\nMIT.\n"
    notes, _, _ = built_notes(tmp_path, {"faq.md": faq})
    assert sorted(note_front(n) for n in notes) == [f"What is thing {k}?" for k in range(1, 8)]


def test_f2_a_question_list_whose_answers_are_a_link_away_is_said_by_its_questions(tmp_path: Path) -> None:
    """F2: before, 'none of its 6 questions has an answer (lines 8, 9, 10, 11, 15, 16)': the table of contents'
    links, and the ten questions 'text outside any item'."""
    notes, _, messages = built_notes(tmp_path, {"toc.md": TRIAL58 / "question-list-toc.md", "o.md": OTHER})
    assert [note_front(n) for n in notes] == ["What is osmosis?"]
    said = [m for m in messages if "questions and no answers" in m]
    assert len(said) == 1 and "a list of 10 questions" in said[0] and "lines 20, 26 and 34" in said[0], said
    assert not [m for m in messages if "outside any item" in m or "none of its" in m]


def test_f2_answers_under_the_key_heading_still_answer(tmp_path: Path) -> None:
    """The key heading with answers under it (not a link to another page) still makes the questions answered."""
    page = "# Quiz\n\n- What is 2 + 2?\n- What is 3 + 3?\n- What is 4 + 4?\n\n## Answers\n\n1. 4\n2. 6\n3. 8\n"
    _, _, messages = built_notes(tmp_path, {"quiz.md": page})
    assert not [m for m in messages if "questions and no answers" in m]


def test_f3_a_conversation_is_a_text_to_read(tmp_path: Path) -> None:
    """F3: before, 'Qué compraste hoy?' and two more of the speakers' questions were cards whose backs were the next
    turns of the conversation."""
    notes, skipped, messages = built_notes(tmp_path, {"es.md": DATA / "conversation-es.md", "o.md": OTHER})
    assert [note_front(n) for n in notes] == ["What is osmosis?"] and not skipped
    said = [m for m in messages if "conversation between Ana and Pablo" in m]
    assert len(said) == 1 and "es.md:5:" in said[0] and 'layout = "qa"' in said[0]


def test_f3_a_conversation_named_qa_is_read_as_its_questions(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "es"\nfile = "sources/es.md"\nlayout = "qa"\n'
    notes, _, messages = built_notes(tmp_path, {"es.md": DATA / "conversation-es.md"}, table)
    fronts = [note_front(n) for n in notes]
    assert "¿Qué compraste hoy?" in fronts
    assert not [m for m in messages if "conversation between" in m]


def test_f3_a_tutor_and_a_student_still_make_cards(tmp_path: Path) -> None:
    """Speakers who never call each other by name (a tutor and a student, 'Me' and 'Tutor') ask questions to learn."""
    notes, _, messages = built_notes(tmp_path, {"chat.md": Path(__file__).parent / "data" / "sitting57" / "newdocs" / "chat-quiz.md"})
    assert len(notes) == 3 and not [m for m in messages if "conversation between" in m]
    named = "Tutor: What is the capital of Peru, Sam?\nSam: Lima.\nTutor: Good. What is the capital of Chile?\nSam: Santiago.\nTutor: And what is the capital of Bolivia?\nSam: Sucre.\n"
    notes, _, messages = built_notes(tmp_path / "named", {"t.txt": named})
    assert len(notes) == 3 and not [m for m in messages if "conversation between" in m]


def test_f4_a_remnote_cards_nested_cards_are_filed_under_it(tmp_path: Path) -> None:
    """F4 (newdocs d/21): '- Cardiology >> Diuretics' over '- Mechanism >> …': before, 'Mechanism' had no section
    (the same front under a plain parent had its parent's)."""
    notes, _, _ = built_notes(tmp_path, {"r.md": DATA / "remnote-nested-cards.md"})
    got = {(note_front(n), plain_text(n["fields"].get("Section", ""))): note_back(n) for n in notes}
    assert got[("Mechanism", "Cardiology › Diuretics")] == "Increase sodium and water excretion by the kidney"
    assert got[("Mechanism", "Calcium channel blockers")] == "Block L-type calcium channels → vasodilation"
    assert got[("Cardiology", "")] == "Diuretics"
    assert len(notes) == 5


def test_f5_a_trilingual_tables_second_language_is_named_on_the_back(tmp_path: Path) -> None:
    """F5 (newdocs d/62): before, 'manzana' / 'Italiano: mela': the third language named, the second not."""
    notes, _, _ = built_notes(tmp_path, {"t.md": DATA / "trilingual-table.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["apple"] == "Español: manzana Italiano: mela"
    two = "# Fruit\n\n| English | Español |\n|---|---|\n| apple | manzana |\n| pear | pera |\n| grape | uva |\n"
    notes, _, _ = built_notes(tmp_path / "two", {"t.md": two})
    assert {note_front(n): note_back(n) for n in notes}["apple"] == "manzana"  # (two languages: the answer alone)


def test_f6_a_word_list_with_readings_is_said_as_written(tmp_path: Path) -> None:
    """F6 (newdocs d/55): '米饭 (mi3 fan4) cooked rice' lines were said as '4 lines that each split once on '：'', a
    separator the file does not hold (deckc's rewrite puts it in); the printed table still reads the same cards."""
    notes, _, messages = built_notes(tmp_path, {"hsk.txt": DATA / "hsk-readings.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["米饭 (mi3 fan4)"] == "cooked rice" and len(got) == 4
    said = [m for m in messages if "read as layout 'delimited'" in m]
    assert len(said) == 1 and "its reading in brackets and its meaning" in said[0] and "split once on" not in said[0]
    assert "deckc puts it between" in said[0]


def test_f7_one_documents_question_asked_of_two_things_is_kept_apart(tmp_path: Path) -> None:
    """F7 (T58-8): 'What are the main parameters of the decision tree model?' / '… of the random forest model?' of one
    page were a pair to decide (0.57 with the real model; '… with bag of words?' / '… with embeddings?' 0.81): the
    thing asked about differs, right after a preposition; kept apart with that reason. The same words asked of an
    aspect ('the main purpose of X' / 'the main goal of X') are no such contrast."""
    from compiler.build import build
    from compiler.pairscore import thing_contrast

    page = (
        "# ML\n\n**What are the main parameters of the decision tree model?**\n\nDepth, minimum samples per leaf.\n\n"
        "**What are the main parameters of the random forest model?**\n\nNumber of trees, features per split.\n\n"
        "**Which model would you use for text classification with bag of words?**\n\nLogistic regression.\n\n"
        "**Which model would you use for text classification with embeddings?**\n\nGradient boosting.\n"
    )
    content = deck_of(tmp_path, {"ml.md": page})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    pairs = [p for p in result.compiled.dupes.pairs if "parameters" in p.a.question and "parameters" in p.b.question]
    assert len(pairs) == 1 and pairs[0].status == "kept-apart", pairs
    assert "the thing asked about: 'decision tree' / 'random forest'" in pairs[0].reason
    assert thing_contrast("Which model … text classification with bag of words?", "Which model … text classification with embeddings?")
    assert not thing_contrast("What is the main purpose of a load balancer?", "What is the main goal of a load balancer?")


def test_f8_a_bold_label_over_steps_before_the_questions_is_a_card(tmp_path: Path) -> None:
    """F8 (d56/50): '**Steps:**' over a numbered procedure, on a page of bold questions, before the first: before, its
    six steps were "text outside any question … its introduction", in no card. Now a card fronted by the page's title
    and the label; the questions after it stay cards of their own, not filed under 'Steps'."""
    notes, _, messages = built_notes(tmp_path, {"lab.md": DATA / "steps-then-questions.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Lab procedure — flame test › Steps"] == (
        "Clean the nichrome wire in hydrochloric acid. Dip the wire into the solid sample. "
        "Hold the wire in the blue flame of a Bunsen burner. Record the colour of the flame."
    )
    assert got["Why is the wire cleaned in acid first?"] == "To remove traces of other metals that would colour the flame."
    assert got["What colour does a lithium compound give?"] == "Crimson red."
    assert len(got) == 3 and not [m for m in messages if "outside any question" in m]
    sections = {note_front(n): plain_text(n["fields"].get("Section", "")) for n in notes}
    assert "Steps" not in sections["What colour does a lithium compound give?"]


def test_f8_a_bold_label_under_a_question_stays_its_answer(tmp_path: Path) -> None:
    """Under a bold question the label and its list or code are that question's answer, as before."""
    page = (
        "# Python notes\n\n**How do I reverse a list?**\n\n**Example:**\n\n```python\nxs = [1, 2, 3]\nxs.reverse()\n```\n\n"
        "**How is a titration done?**\n\n**Steps:**\n1. Rinse the burette.\n2. Add acid until the colour changes.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"p.md": page})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["How do I reverse a list?"].startswith("Example: xs") and got["How do I reverse a list?"].endswith("reverse()")
    assert got["How is a titration done?"] == "Steps: Rinse the burette. Add acid until the colour changes."
    assert len(got) == 2
    # an answer's label over text before any question is no such card ('**Answer:**' labels no procedure)
    notes, _, _ = built_notes(tmp_path / "a", {"p.md": "# Notes\n\n**Answer:**\n- yes\n\n**What is 2 + 2?**\n4.\n"})
    assert not [n for n in notes if "Answer" in note_front(n)]


def test_f9_a_bold_label_over_code_under_a_notes_pages_question(tmp_path: Path) -> None:
    """F9 (sitting 57's open): on a notes page read by its headings, a bold question answered by '__Example:__' over
    its code: the label and the fence's marks, counted as the question's text, put it over a tenth of the page, and
    the page was read part by part ('Constants and Variables' and 'Loops' lost, their text outside any question).
    The share is now in lines of text; the label and its code stay the question's answer."""
    swift = Path(__file__).parent / "data" / "sitting57" / "fixes" / "swift-notes.md"
    asked = "__How do I force unwrap an optional?__\n\n__Example:__\n\n```swift\nlet n = maybe!\n```\n\n"
    page = swift.read_text(encoding="utf-8").replace("__Force unwrap ( ! )__\n", asked + "__Force unwrap ( ! )__\n")
    notes, _, messages = built_notes(tmp_path, {"swift-notes.md": page})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Constants and Variables", "Optionals", "How do I force unwrap an optional?", "Loops", "Need to Know"], fronts
    back = note_back(notes[2])
    assert back.startswith("Example:") and "maybe!" in back
    assert any("only line" in m and "each heading with text under it is read as a card" in m for m in messages), messages
