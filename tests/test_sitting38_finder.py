"""Thirty-eighth sitting, finder: findings of new-user trial 38 fixed (docs/trials/trial38.md): questions that rules
separate, each answered in one paragraph (T38-1)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial38"


def _tight(text: str) -> str:
    """A field's plain text without the space the HTML-to-text step leaves before punctuation after code."""
    return re.sub(r"\s+([?.,!])", r"\1", text)

# --- T38-1: '**Q: …**' / one paragraph / '___' between questions ---------------------------------------------------


def test_bold_questions_that_rules_separate_each_answered_in_one_paragraph_are_all_cards(tmp_path: Path) -> None:
    """T38-1 (severe): after the first, every '**Q: …**' question answered in one paragraph and followed by a '___' rule
    was taken for a list of questions nobody answers (trial12 U12): 'question has no answer', its answer 'text outside
    any question' (Tyrrrz/interview-questions, 6 of 30 questions lost)."""
    folder = TRIAL / "t38-1-rule-between-bold-questions"
    notes, skipped, said = built_notes(tmp_path, {"nullable.md": folder / "en-csharp-nullable-excerpt.md", "abc.md": folder / "en-rule-between-bold-q.md"})
    got = {_tight(note_front(n)): _tight(note_back(n)) for n in notes}
    assert got == {
        "What's the difference between int and int? declarations?": got["What's the difference between int and int? declarations?"],
        "What happens when you pass an instance of Nullable<T> to a method that expects an object?": (
            'In such cases, to avoid "double boxing", the Nullable<T> wrapper is discarded and you either get a T instance '
            "boxed as object or a null reference, depending on whether HasValue is true or false."
        ),
        "How does Nullable<T> work during runtime?": (
            "Behavior of Nullable<T> is further optimized by the runtime, which makes its instances appear as instances "
            "of T when HasValue is true."
        ),
        "What is A?": "A is the first letter.",
        "What is C?": "C is the third letter.",
        "What is B?": "B is second.",
    }, said
    assert got["What's the difference between int and int? declarations?"].startswith("The int? notation is a shorthand")
    assert not skipped and not any("no answer" in s or "outside any question" in s for s in said), said


def test_rules_separating_questions_answered_in_one_paragraph_whatever_the_rule(tmp_path: Path) -> None:
    """T38-1: '---' and '***' rules as '___', and plain bold questions as '**Q: …**' ones."""
    page = "**{q}What is A?**\n\nA is a vowel.\n\n{rule}\n\n**{q}What is B?**\n\nB is a consonant.\n\n{rule}\n\n**{q}What is E?**\n\nE is a vowel.\n"
    for k, (q, rule) in enumerate([("", "---"), ("Q: ", "***"), ("", "___")]):
        notes, skipped, said = built_notes(tmp_path / str(k), {"page.md": page.format(q=q, rule=rule)})
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("What is A?", "A is a vowel."), ("What is B?", "B is a consonant."), ("What is E?", "E is a vowel.")
        ], (rule, said)
        assert not skipped, skipped


def test_a_rule_then_questions_nobody_answers_are_still_no_cards(tmp_path: Path) -> None:
    """T38-1's limit: a rule then questions one after another with no answer between them stay a list nobody answers
    (trial12 U12): each 'no answer', never the last answer's back."""
    page = (
        "## What is a closure?\n\nA function with the variables of the scope it was made in.\n\n---\n\n"
        "What is hoisting?\n\nWhat is the event loop?\n\nWhat is a promise?\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"js.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is a closure?", "A function with the variables of the scope it was made in.")], said
    assert sorted(s["question"] for s in skipped) == ["What is a promise?", "What is hoisting?", "What is the event loop?"]


# --- T38-2: an 'Answer' sub-heading over a numbered list answers its question ----------------------------------------


def test_a_numbered_list_under_an_answer_heading_answers_the_question_above(tmp_path: Path) -> None:
    """T38-2 (severe): '## What are the phases of mitosis?' / '### Answer' / '1. Prophase' … was read as the page's answer
    key ({1: Prophase, 2: Metaphase …}): the question 'had no answer' and the list was 'text outside any question'."""
    folder = TRIAL / "t38-2-answer-heading-over-numbered-list"
    notes, skipped, said = built_notes(tmp_path, {"mitosis.md": folder / "en-answer-heading-numbered.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What are the phases of mitosis?", "Prophase Metaphase Anaphase Telophase"),
        ("What is a gene?", "A stretch of DNA coding for a protein."),
    ], said
    assert "<ol>" in notes[0]["fields"]["Answer"] and notes[0]["fields"]["Answer"].count("<li>") == 4
    assert not skipped and not any("no answer" in s or "outside any question" in s for s in said), said


def test_a_bank_record_whose_answer_is_a_numbered_list_is_a_card(tmp_path: Path) -> None:
    """T38-2: a JSON bank record whose answer is a numbered list ('1. init\\n2. loadView …', zhihuilong/IQ's shape) was
    dropped as 'question has no answer' (the converter's '### Answer' heading over it taken for the page's key)."""
    folder = TRIAL / "t38-2-answer-heading-over-numbered-list"
    bank = '[\n {"question": "ViewController lifecycle", "answer": "1. init\\n2. loadView\\n3. viewDidLoad"},\n {"question": "First normal form", "answer": "Atomicity."}\n]\n'
    notes, skipped, said = built_notes(tmp_path / "a", {"ios.json": bank})
    assert [(note_front(n), note_back(n)) for n in notes] == [("ViewController lifecycle", "init loadView viewDidLoad"), ("First normal form", "Atomicity.")], said
    assert not skipped, skipped
    notes, skipped, said = built_notes(tmp_path / "b", {"ios.json": folder / "en-bank-numbered-answer.json"})
    assert [note_front(n) for n in notes] == ["ViewController lifecycle", "First normal form"], said
    assert "1.init" in note_back(notes[0]) and "3.viewDidLoad" in note_back(notes[0])
    assert not skipped, skipped


def test_a_page_key_under_its_own_section_still_keys_the_questions_above(tmp_path: Path) -> None:
    """T38-2's limit: '## Quiz' / numbered questions with options / '### Answers' / '1. B' keeps keying them (the key
    heading has questions between it and the heading above it)."""
    page = (
        "## Quiz\n\n1. Which planet is red?\n   - A. Venus\n   - B. Mars\n\n2. Which gas do plants take in?\n"
        "   - A. Carbon dioxide\n   - B. Oxygen\n\n### Answers\n\n1. B\n2. A\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "B) Mars"), ("multiple_choice", "A) Carbon dioxide")], said


# --- T38-3: an emoji inside a bold question or answer label --------------------------------------------------------


def test_chatbot_labels_that_open_with_an_emoji_are_labels(tmp_path: Path) -> None:
    """T38-3 (severe): '**❓ Question 1:** …' / '**✅ Answer:** …' (a chat assistant's practice questions) gave 0 cards;
    with '✅' alone two questions were glued to their answers and 'had no answer'."""
    notes, skipped, said = built_notes(tmp_path, {"rev.md": TRIAL / "t38-3-emoji-in-answer-label" / "en-chatgpt-emoji-qa.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("When did the storming of the Bastille take place?", "14 July 1789."),
        ("What was the Reign of Terror?", "A period (1793–1794) of mass executions led by the Committee of Public Safety under Robespierre."),
        ("Who became First Consul in 1799?", "Napoleon Bonaparte."),
    ], said
    assert not skipped, skipped


def test_emoji_before_labels_in_other_languages_and_without_bold(tmp_path: Path) -> None:
    """T38-3: '**🔹 Frage:**' / '💡 Antwort:' are labels too; a ticked option ('- ✅ Paris') and a heading's emoji
    ('**🔑 Key Takeaways**') keep theirs."""
    page = (
        "**🔹 Frage 1:** Wie heißt die Hauptstadt von Frankreich?\n💡 Antwort: Paris.\n\n"
        "**🔹 Frage 2:** Wie viele Beine hat eine Spinne?\n💡 Antwort: Acht.\n"
    )
    notes, _, said = built_notes(tmp_path, {"de.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Wie heißt die Hauptstadt von Frankreich?", "Paris."),
        ("Wie viele Beine hat eine Spinne?", "Acht."),
    ], said
    from compiler.sources.lines import undecorated_label

    assert undecorated_label("- ✅ Paris") == "- ✅ Paris"
    assert undecorated_label("- ✅ A: 4") == "- ✅ A: 4"
    assert undecorated_label("**🔑 Key Takeaways**") == "**🔑 Key Takeaways**"
    assert undecorated_label("1. **❓ Question:** Why?") == "1. **Question:** Why?"


# --- T38-5: an answer labelled in brackets at the end of a task -----------------------------------------------------


def test_tasks_answered_in_square_brackets_are_cards(tmp_path: Path) -> None:
    """T38-5 (severe): '1. Solve 3x + 5 = 20. [Ans: x = 5]' (a maths practice set): 0 cards, 'question has no answer'
    four times; '(Answer: …)' after a '?' was read (T35-5), a labelled answer after a task in square brackets not."""
    notes, skipped, said = built_notes(tmp_path, {"algebra.txt": TRIAL / "t38-5-bracketed-answer-at-line-end" / "en-math-brackets.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Solve 3x + 5 = 20.", "x = 5"),
        ("Expand (x + 2)(x − 3).", "x² − x − 6"),
        ("Factorise x² − 9.", "(x − 3)(x + 3)"),
        ("Solve x² = 49.", "x = ±7"),
    ], said
    assert not skipped, skipped


def test_a_bracket_that_is_no_labelled_answer_stays_on_the_front() -> None:
    """T38-5's limit: a single-letter label ('(A: Mars)', an option's letter) and a bracket that names no answer label
    ('[see figure 2]') are no answer."""
    from compiler.sources.lines import bracketed_answer

    assert bracketed_answer("Define osmosis (Antwort: Diffusion von Wasser)") == ("Define osmosis", "Diffusion von Wasser")
    assert bracketed_answer("Name the red planet (A: Mars)") is None
    assert bracketed_answer("Label the heart [see figure 2]") is None


# --- T38-8: a page's own question and answer labels, in a language deckc has no list for ----------------------------


def test_labels_a_text_file_writes_every_pair_in_are_off_the_cards(tmp_path: Path) -> None:
    """T38-8 (high): Lao 'ຄຳຖາມ:' / 'ຄຳຕອບ:', Punjabi 'ਸਵਾਲ:' / 'ਜਵਾਬ:', Pashto 'پوښتنه:' / 'ځواب:' and Somali "Su'aal:" /
    'Jawaab:' paragraphs (read as question/answer paragraphs) kept their labels on the front and the back."""
    folder = TRIAL / "t38-8-labels-kept-by-qa-layout"
    expected = {
        "lo-khamtham.txt": ("ນະຄອນຫຼວງຂອງລາວແມ່ນຫຍັງ?", "ວຽງຈັນ"),
        "pa-savaal.txt": ("ਪੰਜਾਬ ਦੀ ਰਾਜਧਾਨੀ ਕਿਹੜੀ ਹੈ?", "ਚੰਡੀਗੜ੍ਹ।"),
        "ps-pukhtana.txt": ("د افغانستان پلازمینه کوم ښار دی؟", "کابل."),
        "so-qa.txt": ("Waa maxay caasimadda Soomaaliya?", "Muqdisho."),
    }
    for name, first in expected.items():
        notes, _, said = built_notes(tmp_path / name, {name: folder / name})
        assert len(notes) == 3 and (note_front(notes[0]), note_back(notes[0])) == first, (name, said)
        assert not any(":" in note_front(n)[:12] or ":" in note_back(n)[:10] for n in notes), [(note_front(n), note_back(n)) for n in notes]


def test_alternating_lines_in_the_page_own_labels_and_pairs_whose_openings_differ() -> None:
    """T38-8: lines that alternate two labels with no blank line between lose them too; paragraphs whose first lines
    open with different words before a colon ('der Hund: …', 'die Katze: …') keep them (no label of the page)."""
    from compiler.sources.lines import paragraph_pairs

    tight = ["ਸਵਾਲ: ਪੰਜਾਬ ਦੀ ਰਾਜਧਾਨੀ ਕਿਹੜੀ ਹੈ?", "ਜਵਾਬ: ਚੰਡੀਗੜ੍ਹ।", "ਸਵਾਲ: ਪੰਜਾਬ ਦੇ ਕਿੰਨੇ ਦਰਿਆ ਹਨ?", "ਜਵਾਬ: ਪੰਜ।", "ਸਵਾਲ: ਕੀ?", "ਜਵਾਬ: ਹਾਂ।"]
    assert paragraph_pairs(tight) == ["Q: ਪੰਜਾਬ ਦੀ ਰਾਜਧਾਨੀ ਕਿਹੜੀ ਹੈ?", "A: ਚੰਡੀਗੜ੍ਹ।", "Q: ਪੰਜਾਬ ਦੇ ਕਿੰਨੇ ਦਰਿਆ ਹਨ?", "A: ਪੰਜ।", "Q: ਕੀ?", "A: ਹਾਂ।"]
    terms = ["Mitose: wie?", "Zellteilung: so.", "", "Meiose: wie?", "Reduktionsteilung: so.", "", "Osmose: wie?", "Diffusion: so."]
    assert paragraph_pairs(terms) == ["Q: Mitose: wie?", "A: Zellteilung: so.", "", "Q: Meiose: wie?", "A: Reduktionsteilung: so.", "", "Q: Osmose: wie?", "A: Diffusion: so."]


# --- T38-13: bullets that alternate a question and its answer ------------------------------------------------------


def test_bullets_alternating_a_question_and_its_answer_are_a_card_each(tmp_path: Path) -> None:
    """T38-13 (high): '- What is an enzyme?' / '- *A biological catalyst …*' / … (Word's list paragraphs converted flat,
    or typed so) was one card, the page title over every line."""
    notes, _, said = built_notes(tmp_path, {"rev.md": TRIAL / "t38-13-bullet-question-then-answer" / "en-flat-bullets.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is an enzyme?", "A biological catalyst made of protein."),
        ("What is the active site?", "The region where the substrate binds."),
    ], said


def test_a_list_of_questions_or_one_that_does_not_alternate_is_left_as_it_is() -> None:
    """T38-13's limit: an odd entry, a question in an answer's place or a statement in a question's keeps the list."""
    from compiler.sources.paired_bullets import paired_bullets

    for page in ("- Why?\n- Because.\n- How?\n- So.\n- Extra?\n", "- Why?\n- How?\n- When?\n- Where?\n", "- Cells.\n- Why?\n- Tissues.\n- How?\n"):
        assert paired_bullets(page) == page


# --- T38-11: Dutch and German names of a worksheet's model answers ------------------------------------------------


def test_a_key_table_under_antwoordmodel_answers_the_worksheet(tmp_path: Path) -> None:
    """T38-11 (high): a Word worksheet's key table (its first row empty) under 'Antwoordmodel' (Dutch 'model answers'):
    0 cards; under 'Answers' the same table gave 3."""
    page = TRIAL / "t38-11-key-table-under-antwoordmodel" / "nl-werkblad-converted.md"
    notes, _, said = built_notes(tmp_path, {"werkblad.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Wat was de VOC?", "De Verenigde Oost-Indische Compagnie, een handelsonderneming."),
        ("In welk jaar werd de VOC opgericht?", "1602"),
        ("Welke schilder maakte De Nachtwacht?", "Rembrandt van Rijn"),
    ], said
    from compiler.layouts import KEY_WORDS

    for word in ("Antwoordmodel", "Correctiemodel", "Nakijkmodel", "Erwartungshorizont"):
        assert re.fullmatch(f"(?i:{KEY_WORDS})", word), word
