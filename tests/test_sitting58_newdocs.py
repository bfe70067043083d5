"""Fifty-eighth sitting, helper newdocs: a new user's documents, read card by card (round-13 finding d/18 first).

Each test's docstring says what was wrong. Documents in tests/data/sitting58/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build

DATA = Path(__file__).parent / "data" / "sitting58" / "newdocs"


def test_d18_a_pair_over_its_quoted_example_is_a_card_per_pair(tmp_path: Path) -> None:
    """d/18: '**tener** → tuve, tuviste, tuvo' / '> Ayer tuve un examen.', a blank line between verbs: a card per verb,
    its example (no '>') on the back. Before, one card of the title '## Verbos irregulares (pretérito)' with every
    verb on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"v.md": DATA / "verbs-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "tener": "tuve, tuviste, tuvo Ayer tuve un examen.",
        "hacer": "hice, hiciste, hizo ¿Qué hiciste el fin de semana?",
        "ir": "fui, fuiste, fue Fuimos a la playa.",
    }
    assert not skipped


def test_d18_a_list_pairs_quoted_example_has_no_quote_mark_on_the_back(tmp_path: Path) -> None:
    """'- **avoir** → j'ai eu' / '  > J'ai eu de la chance hier.': the example on the back without its '>' (before,
    '&gt; J'ai eu …' shown on the card)."""
    notes, _, _ = built_notes(tmp_path, {"f.md": DATA / "verbs-list-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["avoir"] == "j'ai eu J'ai eu de la chance hier."
    assert got["faire"] == "j'ai fait Qu'est-ce que tu as fait ce week-end ?"
    assert got["prendre"] == "j'ai pris"
    assert not any(">" in back for back in got.values())


def test_a_mock_paper_typed_as_text_is_a_card_per_part(tmp_path: Path) -> None:
    """'Question 1' on a line of its own over '(a) State the relative charge of a proton. [1 mark]' / 'Answer: +1' …:
    a card per part, 'Question 1' over it on the front, the marks off it. Before: no card ('it reads as prose')."""
    notes, skipped, _ = built_notes(tmp_path, {"p.txt": DATA / "mock-paper-labels.txt"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got == [
        ("Question 1 (a) State the relative charge of a proton.", "+1"),
        ("Question 1 (b) Name the scientist who discovered the electron.", "J. J. Thomson"),
        (
            "Question 1 (c) Explain why isotopes of an element have the same chemical properties.",
            "They have the same number of electrons in their outer shell / the same electronic configuration.",
        ),
        ("Question 2 (a) What is the formula of sodium chloride?", "NaCl"),
        (
            "Question 2 (b) Describe the structure of sodium chloride.",
            "Giant ionic lattice; oppositely charged ions; held by strong electrostatic forces in all directions.",
        ),
    ]
    assert not skipped


def test_parts_answered_a_blank_line_below_or_in_quotes(tmp_path: Path) -> None:
    """'Question 1' / '(i) State …' / '' / 'Answer: 6' in a .txt (before: 'cannot tell'); '**1.** Define the following
    terms:' / '(a) Price elasticity of demand *(2)*' / '> The responsiveness …' (before: one card of the stem, the parts
    and their quoted answers on its back)."""
    notes, _, _ = built_notes(tmp_path, {"p.txt": DATA / "parts-spaced-answers.txt"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got[0] == ("Question 1 (i) State the number of protons in a carbon atom.", "6")
    assert got[2] == ("Question 2 (i) What is the pH of pure water at 25 °C?", "7")
    assert len(got) == 3
    notes, _, _ = built_notes(tmp_path / "q", {"q.md": DATA / "parts-quoted-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Define the following terms: (a) Price elasticity of demand (2)"] == "The responsiveness of quantity demanded to a change in price."
    assert got["Define the following terms: (b) Market failure (2)"] == "When the free market fails to allocate resources efficiently."
    assert len(got) == 3


def test_one_question_over_answered_code_blocks_is_a_card_a_block(tmp_path: Path) -> None:
    """'# What does this print?' over fenced programs, each with 'Answer: `ababab`' under it: a card per program, the
    question and its code on the front. Before: one card, the first program on its front, the rest and their answers
    on its back. A number alone over each block ('1.') is no text."""
    for name in ("what-does-this-print.md", "what-does-this-print-numbered.md"):
        notes, skipped, _ = built_notes(tmp_path / name, {name: DATA / name})
        got = [(note_front(n).replace(" ", ""), note_back(n)) for n in notes]  # (the code's highlighting: spaces)
        assert len(got) == 3 and not skipped, got
        assert got[0] == ('Whatdoesthisprint?print(3*"ab")', "ababab")
        assert got[1] == ("Whatdoesthisprint?print(len([1,[2,3],4]))", "3")
        assert got[2][0].startswith("Whatdoesthisprint?x=[1,2,3]")


def test_a_number_column_that_counts_no_rows_is_on_the_back(tmp_path: Path) -> None:
    """'| Number | Sino-Korean | Native Korean |' / '| 1 | 일 | 하나 |' … '| 10 | 십 | 열 |': the number each row's words
    name is on the back ('Number: 10'); before, the column was taken for row numbering and '십' → '열' said nothing.
    A '#' column of 1, 2, 3 … stays layout."""
    notes, skipped, _ = built_notes(tmp_path, {"k.md": DATA / "korean-numbers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["십"] == "Number: 10 Native Korean: 열" and got["일"] == "Number: 1 Native Korean: 하나"
    assert len(got) == 6 and not skipped
    counted = "# Words\n\n| # | Korean | English | Example |\n|---|---|---|---|\n| 1 | 물 | water | 물 주세요 |\n| 2 | 밥 | rice | 밥 먹어요 |\n| 3 | 집 | house | 집에 가요 |\n"
    notes, _, _ = built_notes(tmp_path / "c", {"w.md": counted})
    assert all("#" not in note_back(n) and "Number" not in note_back(n) for n in notes) and len(notes) == 3


def test_a_column_of_bare_numbers_is_never_the_front(tmp_path: Path) -> None:
    """'| Z | Symbol | Name | Atomic mass |' alone on a page: a card per element, its name the front and its number on
    the back. Before: no card ('a table of 10 rows outside any question')."""
    notes, skipped, _ = built_notes(tmp_path, {"e.md": DATA / "elements-z.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Hydrogen"] == "Z: 1 Symbol: H Atomic mass: 1.008"
    assert got["Neon"] == "Z: 10 Symbol: Ne Atomic mass: 20.180"
    assert len(got) == 10 and not skipped


def test_a_tables_footnote_leaves_it_a_page_of_tables(tmp_path: Path) -> None:
    """'## Big-O of common operations' over '| Operation | Array | Linked list | Hash table |' and a footnote under it
    ('\\* given a pointer to the node'): a card per operation. Before: one card of the heading, every cell a line."""
    notes, _, messages = built_notes(tmp_path, {"b.md": DATA / "big-o-footnote.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Search"] == "Array: O(n) Linked list: O(n) Hash table: O(1) avg"
    assert set(got) == {"Access by index", "Search", "Insert at front", "Delete"}
    assert any("a note under a table" in m for m in messages)


def test_a_poems_note_under_its_title_is_no_verse(tmp_path: Path) -> None:
    """'# "Stopping by Woods …" — Robert Frost' / '(learn the first two stanzas for Friday)' / two stanzas: a card per
    line, the note on none, the title quoted once. Before: one card of the title with the note and the poem."""
    notes, _, _ = built_notes(tmp_path, {"p.md": DATA / "poem-with-note.md"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got[0] == ("How does “Stopping by Woods on a Snowy Evening” by Robert Frost begin?", "Whose woods these are I think I know.")
    assert got[4] == ("“To watch his woods fill up with snow.” — what comes next?", "My little horse must think it queer")
    assert len(got) == 8 and not any("learn the first" in f + b for f, b in got)


def test_a_page_of_term_is_meaning_lines_is_a_glossary(tmp_path: Path) -> None:
    """'# Greek philosophy key terms' over 'Arete is excellence or virtue, …' lines, most with no article after 'is': a
    card per term, its sentence the back, as 'Osmosis is the movement …' lines are. Before: one card of the title. A page
    with a line that is no such entry stays prose."""
    notes, skipped, _ = built_notes(tmp_path, {"g.md": DATA / "terms-is.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Telos"] == "Telos is the end or purpose of a thing."
    assert got["Eudaimonia"] == "Eudaimonia is flourishing or the good life, which Aristotle held to be the highest human good."
    assert len(got) == 5 and not skipped
    prose = "# Rome\n\nRome is a city in Italy with a long history.\nIt was founded in 753 BC by Romulus.\nThe Colosseum is an amphitheatre in the centre.\nAugustus is remembered as the first emperor.\n"
    notes, _, _ = built_notes(tmp_path / "p", {"r.md": prose})
    assert not {"Rome is a city", "The Colosseum", "Augustus"} & {note_front(n) for n in notes}


def test_a_page_of_pictures_to_name_is_a_card_per_picture(tmp_path: Path) -> None:
    """'# Music theory – name the interval' over '![](intervals/m3.png)' / '**Minor third**' …: a card per picture, the
    picture on the front under the title's words, its name the back. Before: no card ('row with an empty first
    field'). '![A](img/asl-a.png)' pictures named by their alt text, the files missing: no card, said so (before, one
    card of the title holding every picture)."""
    folder = DATA / "intervals"
    files: dict[str, str | Path] = {"m.md": folder / "intervals.md"}
    files |= {f"intervals/{p.name}": p for p in (folder / "intervals").glob("*.png")}
    notes, skipped, _ = built_notes(tmp_path, files)
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got == [
        ("Music theory – name the interval", "Minor third"),
        ("Music theory – name the interval", "Perfect fifth"),
        ("Music theory – name the interval", "Major sixth"),
        ("Music theory – name the interval", "Octave"),
    ]
    assert all('<img src="' in n["fields"]["Question"] and 'alt=""' in n["fields"]["Question"] for n in notes)
    notes, skipped, messages = built_notes(tmp_path / "asl", {"a.md": DATA / "asl-alphabet.md", "q.md": "## What is 2 + 2?\n\n4\n"})
    assert [note_front(n) for n in notes] == ["What is 2 + 2?"] and len(skipped) == 5
    assert any("the picture is missing: no card" in m for m in messages)


def test_a_table_aligned_with_spaces_in_a_text_file_is_a_card_per_row(tmp_path: Path) -> None:
    """'Name            Formula     Charge' / 'sulfate         SO4         2-' …: a card per ion, the other columns named
    on its back. Before: no card ('cannot tell this document's layout'). Prose typed with two spaces after its full
    stops is no table."""
    notes, skipped, _ = built_notes(tmp_path, {"i.txt": DATA / "ions-aligned.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["sulfate"] == "Formula: SO4 Charge: 2-" and got["ammonium"] == "Formula: NH4 Charge: 1+"
    assert len(got) == 6 and not skipped
    prose = "Notes\n\nWe met at noon.  It rained.  We left early.\nThe bus was late.  Nobody minded.  It was warm.\nThen we ate.  Soup was served.  Tea came after.\n"
    notes, _, _ = built_notes(tmp_path / "p", {"p.txt": prose, "i.txt": DATA / "ions-aligned.txt"})
    assert not {"We met at noon", "The bus was late"} & {note_front(n) for n in notes}


def test_dupes_never_pairs_two_parts_of_one_question(tmp_path: Path, real_model: object) -> None:
    """'Question 2' over '(a) What is the formula of sodium chloride?' and '(b) Describe the structure of sodium
    chloride.': parts of one question under one stem, never a pair for the learner to decide (before: suggested,
    score 0.61)."""
    result = build(deck_of(tmp_path, {"p.txt": DATA / "mock-paper-labels.txt"}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.dupes is not None
    assert len(result.compiled.deck.notes) == 5
    pairs = [(p.a.question, p.b.question) for p in result.compiled.dupes.pairs]
    assert not [pair for pair in pairs if all(q.startswith("(") for q in pair)], pairs


def test_a_bold_terms_fields_are_a_line_each_on_its_back(tmp_path: Path) -> None:
    """'**Asset**' / 'Definition: A resource owned …' / 'Example: cash, equipment, inventory': the fields a line each
    on the back. Before: 'Definition: … value. Example: cash, …' run together on one line."""
    notes, _, _ = built_notes(tmp_path, {"t.md": DATA / "terms-fields.md"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert got["Asset"] == "<p>Definition: A resource owned by a business that has future economic value.<br>\nExample: cash, equipment, inventory</p>"
    assert len(got) == 3


def test_pairs_parted_by_a_spaced_pipe_are_a_word_list(tmp_path: Path) -> None:
    """'hello | hola' a line under 'Spanish basics', in a .txt or a .md: a card per pair. Before: "cannot tell this
    document's layout" (.txt), one card of the file (.md)."""
    for name in ("p.txt", "p.md"):
        notes, skipped, _ = built_notes(tmp_path / name, {name: DATA / "pipe-pairs.txt"})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {"hello": "hola", "goodbye": "adiós", "please": "por favor", "thank you": "gracias", "good morning": "buenos días"}
        assert not skipped


def test_an_outline_term_with_its_meaning_and_example_nested_is_a_card(tmp_path: Path) -> None:
    """'- Metaphor:' / '  - a direct comparison …' / '  - e.g. "Time is a thief"': a card per term, the meaning and the
    example on its back, the colon off the front. Before: one card of the title holding every term."""
    notes, skipped, _ = built_notes(tmp_path, {"l.md": DATA / "outline-terms-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Metaphor"] == 'a direct comparison without "like" or "as" e.g. "Time is a thief"'
    assert got["Personification"] == 'giving human qualities to non-human things e.g. "the wind whispered"'
    assert len(got) == 3 and not skipped


def test_a_titled_word_list_of_three_fields_keeps_its_example_apart(tmp_path: Path) -> None:
    """'Italian - week 4' over 'mangiare - to eat - Mangio la pasta ogni giorno.': the example a line of its own under the
    meaning, as without the title. Before: 'to eat - Mangio la pasta …' one line (the title, split once, made the
    lines of three fields too few)."""
    notes, _, _ = built_notes(tmp_path, {"i.txt": DATA / "vocab-examples-titled.txt"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert got["mangiare"] == "<p>to eat</p><p>Mangio la pasta ogni giorno.</p>"
    assert len(got) == 4


def test_a_slides_number_is_off_its_headings_front(tmp_path: Path) -> None:
    """'## Slide 1 – What are enzymes?' … from a presentation exported to Markdown: fronts 'What are enzymes?', 'Lock and
    key model'. Before: 'Slide 1 – What are enzymes?'. One heading so numbered alone is left as written."""
    notes, _, _ = built_notes(tmp_path, {"s.md": DATA / "slides-export.md"})
    assert [note_front(n) for n in notes] == ["What are enzymes?", "Lock and key model", "Factors affecting enzyme activity"]
    one = "# Notes\n\n## Slide 1 – Why do we sleep?\n\nTo consolidate memories.\n"
    notes, _, _ = built_notes(tmp_path / "one", {"o.md": one})
    assert [note_front(n) for n in notes] == ["Slide 1 – Why do we sleep?"]


def test_an_answer_labelled_in_brackets_after_its_question_loses_them(tmp_path: Path) -> None:
    """'- What is evaporation? [Answer: liquid water turning into water vapour]': the back is the answer alone. Before:
    '[Answer: liquid water turning into water vapour]' on the back."""
    notes, _, _ = built_notes(tmp_path, {"w.md": DATA / "bracketed-answer-labels.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is evaporation?"] == "liquid water turning into water vapour"
    assert got["What is transpiration?"] == "water lost from plant leaves as vapour"
    assert len(got) == 4


def test_a_pair_with_its_example_nested_under_it_asks_the_term(tmp_path: Path) -> None:
    """'- ser: to be (permanent)' / '  - e.g. Soy profesor.': front 'ser', the meaning and the example on the back.
    Before: the whole line, meaning and all, was the front and the example the back (the answer given away)."""
    notes, skipped, _ = built_notes(tmp_path, {"s.md": DATA / "pairs-nested-examples.md", "k.md": DATA / "korean-grammar-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["ser"] == "to be (permanent) e.g. Soy profesor."
    assert got["-고 싶다"] == "want to (do) 예: 저는 한국에 가고 싶어요."
    assert len(got) == 6 and not skipped


def test_dupes_leaves_out_two_documents_different_words(tmp_path: Path, real_model: object) -> None:
    """Two German word lists ('der Markt, -¨e – market', 'der Zins;interest;…'): 'der Markt' and 'der Zins' were listed
    as each other's closest match in another document ('check', 0.03), two words a learner only rejects. A word and
    its reverse in another list are still compared."""
    files = {"city.md": DATA / "german-city-words.md", "money.csv": DATA / "german-money-words.csv"}
    result = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.dupes is not None
    pairs = [{p.a.question, p.b.question} for p in result.compiled.dupes.pairs]
    assert {"der Markt, -¨e", "der Zins"} not in pairs, pairs


def test_a_case_name_over_one_short_sentence_is_a_heading_too(tmp_path: Path) -> None:
    """'Hyde v Wrench (1840)' / 'A counter-offer destroys the original offer.' among longer cases in a .txt: a card per
    case. Before: the short ones were read as prose under the case above (two cases on Carlill's back)."""
    notes, skipped, _ = built_notes(tmp_path, {"c.txt": DATA / "case-lines.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Hyde v Wrench (1840)"] == "A counter-offer destroys the original offer."
    assert got["Carlill v Carbolic Smoke Ball Co (1893)"] == "Unilateral offer to the world can be accepted by performance."
    assert len(got) == 4 and not skipped


def test_a_lecture_transcript_is_said_to_be_one(tmp_path: Path) -> None:
    """'[00:45] So first question for you: what are the three stages of memory? Anyone? ... Yes — encoding, …': no card,
    said as a transcript with what to write. Before: "cannot tell this document's layout" and a Q:/A: pattern to
    paste into deck.toml, which reads nothing of it."""
    notes, _, messages = built_notes(tmp_path, {"t.txt": DATA / "lecture-transcript.txt", "q.md": "## What is 2 + 2?\n\n4\n"})
    assert len(notes) == 1
    said = [m for m in messages if "t.txt" in m and "no card" in m]
    assert said and "it reads as a transcript (7 lines opening with a time" in said[0] and "'Q: …' line" in said[0], said
    assert not [m for m in messages if "cannot tell" in m]


def test_parts_numbered_with_their_questions_number_are_a_card_each(tmp_path: Path) -> None:
    """'1a) Name the process by which plants make glucose. (1)' / 'Photosynthesis' / '1b) …' in a .txt: a card per part
    under 'Question 1', the marks off the front. Before: read as an article, its questions made up ('What is
    photosynthesis?', 'What are transports water and minerals from the roots?'). In Markdown, '**3 (a)** Define
    *momentum*. **[1]**' / '' / 'Mass × velocity.' and '**4** What is the unit of impulse? **[1]**': a card each (before:
    one card of the section)."""
    notes, skipped, _ = built_notes(tmp_path, {"p.txt": DATA / "parts-numbered-1a.txt"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got[0] == ("Question 1 (a) Name the process by which plants make glucose.", "Photosynthesis")
    assert got[3] == ("Question 2 (b) Explain why the xylem is made of dead cells.", "No end walls / cytoplasm, so water flows freely in a continuous column")
    assert len(got) == 4 and not skipped
    notes, skipped, _ = built_notes(tmp_path / "md", {"p.md": DATA / "parts-numbered-bold.md"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got == [
        ("Question 3 (a) Define momentum.", "Mass × velocity."),
        ("Question 3 (b) State the principle of conservation of momentum.", "The total momentum of a closed system before a collision equals the total momentum after it."),
        ("What is the unit of impulse?", "N s (newton second)"),
    ]
