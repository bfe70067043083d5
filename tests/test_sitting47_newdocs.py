"""Forty-seventh sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

P1: an exam paper's parts each answered on the line right under it ('1 (a) Name the organelle … [1 mark]' /
'Mitochondria.' / blank / '(b) …'): a card per part; before, parts (b) and (c) and their answers were glued onto
part (a)'s back, no message.

P2: a list of quotations and their authors ('"Shall I compare thee to a summer's day?" — William Shakespeare'): a
card per quotation; before, the words 'Shall I ' made the whole list a chat assistant's sign-off, blanked: no card,
'cannot tell this document's layout'.

P3: a drug list of three fields a line ('Metoprolol — beta-1 selective blocker — hypertension, …') under a title
holding the dash once: a card per drug; before, 'cannot tell this document's layout' (the title counted against the
list), and untitled, the first drug was dropped unsaid as the list's title ('beta-1' read as a unit's number).

P4: formulas in TeX maths after bold labels ('**Sample mean:** $\\bar{x} = \\frac{1}{n}…$'): a card per formula; before,
the '=' inside the maths split each line into a front and a back ('Sample mean: $\\bar{x}' -> '\\frac{1}{n}…$').

P5: true/false statements with their verdict and its reason ('1. **All bacteria are harmful.** False — most bacteria
are harmless …'): 'True or false: …' -> 'False — most bacteria …'; before, 'question has no answer' for each.

P6: a quiz pasted from an e-mail, closed by 'Best wishes,' / 'Ms Patel' / '--' / 'Geography Department' / 'Sent from my
iPhone': no part of the last back (it was).

P7: a page title that asks ('# Intervals — how many semitones?', '# True or false? Justify.') over lines that answer it
one by one ('- Minor second = 1 semitone', '1. **…** False — …'), none of them asking: their title, a card per line;
before, one card of the title holding them all.

P8: the paper of P1 in Markdown, '## Question 1' over its parts each answered right under it: a card per part; before,
parts (b) and (c) were the back of a card fronted by part (a) and its answer.

N7 (sitting 45): '<div><p>Q: What is constructivism?<br>A: …' (a rich-text paste, never closed) under another card: a
card of its own; before, glued onto the answer above it, unsaid.

M8 (sitting 46): a page of notes with '==highlights==' and no '#flashcards' tag: its message says the tag makes each
highlight a cloze (following it does); before, one heading card and nothing said.

Documents in tests/data/sitting47/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting47" / "newdocs"


def test_exam_parts_each_answered_right_under_it(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"paper.txt": DATA / "exam-parts-answered.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "(a) Name the organelle where aerobic respiration takes place.": "Mitochondria.",
        "(b) Write the word equation for aerobic respiration.": "glucose + oxygen -> carbon dioxide + water",
        "(c) Explain why muscle cells contain many mitochondria.":
            "Muscles contract and need a lot of energy; respiration releases energy; more mitochondria means more respiration.",
        "(a) What is the function of the xylem?": "Transports water and mineral ions from the roots to the leaves.",
        "(b) Give two adaptations of root hair cells.": "Large surface area; many mitochondria for active transport.",
    }  # fmt: skip
    assert not skipped
    assert not [m for m in said if "no answer" in m], said


def test_a_part_whose_question_runs_on_keeps_its_lines(tmp_path: Path) -> None:
    """A part's question over two lines, its answer after a blank line: the question whole, once (its second line was
    read twice when part (a) opened the numbered line); the answer never its second line."""
    text = (
        "Biology revision\n\n1. (a) Name the organelle where aerobic respiration\ntakes place.\n\nMitochondria.\n\n"
        "(b) Write the word equation for aerobic respiration.\n\nglucose + oxygen -> carbon dioxide + water\n\n"
        "2. (a) What is the function of the xylem?\n\nTransports water.\n\n(b) Name the tissue that\ncarries sugars.\n\nPhloem.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"parts.txt": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "(a) Name the organelle where aerobic respiration takes place.": "Mitochondria.",
        "(b) Write the word equation for aerobic respiration.": "glucose + oxygen -> carbon dioxide + water",
        "(a) What is the function of the xylem?": "Transports water.",
        "(b) Name the tissue that carries sugars.": "Phloem.",
    }


def test_quotations_and_their_authors(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"quotes.txt": DATA / "quotes-authors.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 7
    assert cards['"Shall I compare thee to a summer\'s day?"'] == "William Shakespeare"
    assert cards['"Two roads diverged in a yellow wood"'] == "Robert Frost"
    assert not skipped
    assert not [m for m in said if "cannot tell" in m], said


def test_a_chat_sign_off_still_goes(tmp_path: Path) -> None:
    text = "Q: What is osmosis?\nA: Diffusion of water across a membrane.\n\nQ: What is active transport?\nA: Movement against a gradient using ATP.\n\nShall I make more cards on this topic?\n"
    notes, _, _ = built_notes(tmp_path, {"cards.txt": text})
    assert [note_back(n) for n in notes] == ["Diffusion of water across a membrane.", "Movement against a gradient using ATP."]


def test_three_field_drug_list_under_a_dashed_title(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"drugs.txt": DATA / "drugs-three-fields.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 8
    assert cards["Metoprolol"].startswith("beta-1 selective blocker")
    assert "rate control in AF" in cards["Metoprolol"]
    assert "Cardiology drugs" not in cards
    assert not skipped
    assert not [m for m in said if "cannot tell" in m], said


def test_an_entry_naming_a_number_in_a_word_is_no_title(tmp_path: Path) -> None:
    lines = (DATA / "drugs-three-fields.txt").read_text(encoding="utf-8").split("\n")[2:]
    notes, _, _ = built_notes(tmp_path, {"drugs.txt": "\n".join(lines)})
    fronts = [note_front(n) for n in notes]
    assert fronts[0] == "Metoprolol" and len(fronts) == 8


def test_formulas_in_maths_are_not_split_at_their_equals_sign(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"stats.md": DATA / "stats-formulas.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Sample mean", "Sample variance", "Standard error of the mean", "z-score", "Pearson correlation"]
    assert cards["z-score"] == "\\(z = \\frac{x - \\mu}{\\sigma}\\)"
    assert not skipped
    assert not [m for m in said if "no answer" in m], said


def test_an_equals_sign_outside_maths_still_pairs(tmp_path: Path) -> None:
    text = "# Units\n\nforce = newton ($\\mathrm{kg\\,m\\,s^{-2}}$)\nenergy = joule\npower = watt ($J/s$)\n"
    notes, _, _ = built_notes(tmp_path, {"units.txt": text})
    assert [note_front(n) for n in notes] == ["force", "energy", "power"]


def test_true_false_verdicts_with_their_reasons(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"tf.md": DATA / "true-false-reasons.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "True or false: All bacteria are harmful.": "False — most bacteria are harmless or beneficial, e.g. gut flora.",
        "True or false: Viruses can be treated with antibiotics.": "False — antibiotics target bacterial structures viruses lack.",
        "True or false: Vaccines contain antigens.": "True — they stimulate memory cells without causing disease.",
        "True or false: White blood cells include phagocytes and lymphocytes.": "True",
    }
    assert not skipped
    assert not [m for m in said if "no answer" in m], said


def test_an_emails_close_and_signature_end_no_answer(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"email.txt": DATA / "email-quiz.txt"})
    backs = [note_back(n) for n in notes]
    assert backs == ["The Nile.", "The stratosphere.", "A smaller river that flows into a larger one."]


def test_slides_apart_by_double_dashes_keep_their_last_slide(tmp_path: Path) -> None:
    """A slide deck's '--' between slides is no e-mail signature: the last slide's answer stays."""
    text = "## What is TCP?\n\nA transport protocol.\n\n--\n\n## What port is HTTPS?\n\n443.\n\n--\n\n## What is DNS?\n\nName resolution.\n"
    notes, _, _ = built_notes(tmp_path, {"slides.md": text})
    assert [note_back(n) for n in notes][-1] == "Name resolution."


def test_exam_parts_under_a_label_heading_answered_right_under_them(tmp_path: Path) -> None:
    notes, skipped, _said = built_notes(tmp_path, {"paper.md": DATA / "exam-parts-headings.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Question 1 (a) Name the organelle where aerobic respiration takes place.": "Mitochondria.",
        "Question 1 (b) Write the word equation for aerobic respiration.": "glucose + oxygen -> carbon dioxide + water",
        "Question 1 (c) Explain why muscle cells contain many mitochondria.":
            "Muscles contract and need a lot of energy; respiration releases energy; more mitochondria means more respiration.",
        "Question 2 (a) What is the function of the xylem?": "Transports water and mineral ions from the roots to the leaves.",
        "Question 2 (b) Give two adaptations of root hair cells.": "Large surface area; many mitochondria for active transport.",
    }  # fmt: skip
    assert not skipped


def test_a_title_that_asks_over_pairs_is_their_title(tmp_path: Path) -> None:
    notes, skipped, _said = built_notes(tmp_path, {"intervals.md": DATA / "intervals.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 11
    assert cards["Tritone"] == "6 semitones (augmented 4th / diminished 5th)"
    assert cards["Minor triad"] == "root, minor 3rd, perfect 5th (C–E♭–G)"
    assert "Intervals — how many semitones?" not in cards
    assert not skipped


def test_a_title_that_asks_over_true_false_statements(tmp_path: Path) -> None:
    text = (DATA / "true-false-reasons.md").read_text(encoding="utf-8").replace("# True or false — justify", "# True or false? Justify.")
    notes, skipped, _said = built_notes(tmp_path, {"tf.md": text})
    assert len(notes) == 4 and note_front(notes[0]) == "True or false: All bacteria are harmful."
    assert not skipped


def test_a_title_that_asks_over_questions_stays_read_as_before(tmp_path: Path) -> None:
    """Lines under the title that ask ('1. What gas …? Oxygen.') keep the page a page of questions."""
    text = "# Ready for the test?\n\n1. What gas do plants give off? Oxygen.\n2. Which organ pumps blood? The heart.\n3. Where does digestion start? In the mouth.\n"
    notes, _, _ = built_notes(tmp_path, {"review.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What gas do plants give off?": "Oxygen.",
        "Which organ pumps blood?": "The heart.",
        "Where does digestion start?": "In the mouth.",
    }


def test_a_labelled_pair_typed_in_raw_html_is_its_own_card(tmp_path: Path) -> None:
    """(sitting 45 N7) '<div><p>Q: …?<br>A: …' under another card's answer: a card of its own, not glued onto it."""
    text = (
        "# International relations\n\nQ: What is liberalism?\nA: A theory that cooperation is possible through institutions.\n\n"
        "<div><p>Q: What is constructivism?<br>A: A theory that <i>ideas</i> and identities shape interests.\n\n"
        "Q: What is the security dilemma?\nA: Measures one state takes to increase its security decrease that of others.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"ir.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What is liberalism?": "A theory that cooperation is possible through institutions.",
        "What is constructivism?": "A theory that ideas and identities shape interests.",
        "What is the security dilemma?": "Measures one state takes to increase its security decrease that of others.",
    }


def test_a_title_asking_for_a_list_of_terms_stays_one_card(tmp_path: Path) -> None:
    """'# What are the four Coffman conditions?' over 'term: meaning' bullets asks for the list: one card."""
    text = (
        "# What are the four Coffman conditions?\n\n- Mutual exclusion: only one process can use a resource at a time\n"
        "- Hold and wait: a process holds resources while waiting for others\n- No preemption: resources cannot be taken away\n"
        "- Circular wait: a cycle of processes each waiting for the next\n"
    )
    notes, _, _ = built_notes(tmp_path, {"coffman.md": text})
    assert [note_front(n) for n in notes] == ["What are the four Coffman conditions?"]
    assert "Circular wait" in note_back(notes[0])



def test_untagged_highlights_are_said_and_the_tag_makes_clozes(tmp_path: Path) -> None:
    text = (
        "# Immunology\n\nThe first antibody made in a primary immune response is ==IgM==.\n\n"
        "The most abundant antibody in serum is ==IgG==.\n\nAllergic reactions are mediated by ==IgE==.\n"
    )
    notes, _, said = built_notes(tmp_path / "a", {"immunology.md": text})
    assert len(notes) == 1
    assert [m for m in said if "3 paragraphs with a ==highlight== are no clozes" in m and "#flashcards" in m], said
    notes, _, _ = built_notes(tmp_path / "b", {"immunology.md": text + "\n#flashcards\n"})
    assert sorted(note_front(n) for n in notes) == [
        "Allergic reactions are mediated by {{c1::IgE}}.",
        "The first antibody made in a primary immune response is {{c1::IgM}}.",
        "The most abundant antibody in serum is {{c1::IgG}}.",
    ]
