"""Fifty-ninth sitting, helper newdocs: a new user's documents, read card by card (round-14 open shapes first).

Each test's docstring says what was wrong. Documents in tests/data/sitting59/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting59" / "newdocs"


def test_d92_a_stray_quote_in_a_csv_row_is_named_and_the_row_read(tmp_path: Path) -> None:
    """d/92: '"photosynthesis,"making food from light': the quote closes inside the field, so csv reads the comma as
    text and the row has one field. Before: "question has no answer" at line 2, the quote unnamed. Now a warning names
    the quote and its line, and the line split at its commas gives the file's two fields: a card."""
    notes, skipped, messages = built_notes(tmp_path, {"g.csv": DATA / "glossary-stray-quote.csv"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "photosynthesis": "making food from light",
        "osmosis": "diffusion of water across a membrane",
        "enzyme": "biological catalyst",
    }
    assert not skipped
    said = [m for m in messages if "g.csv:2" in m]
    assert len(said) == 1 and 'a quote (") closes inside a field' in said[0] and "comma (',')" in said[0], said
    assert "remove the stray quote" in said[0]
    assert not [m for m in messages if "no answer" in m]


def test_a_stray_quote_whose_row_cannot_be_split_keeps_the_row_and_says_so(tmp_path: Path) -> None:
    """A closing quote with text after it where the line's commas give too many fields: the quote named, the row as
    csv read it (a question with no answer, said, never dropped silently)."""
    text = 'term,definition\n"x, y, z,"w\nosmosis,diffusion of water\nenzyme,biological catalyst\n'
    notes, skipped, messages = built_notes(tmp_path, {"g.csv": text})
    assert {note_front(n) for n in notes} == {"osmosis", "enzyme"}
    said = [m for m in messages if "g.csv:2" in m]
    assert any('a quote (") closes inside a field' in m and "the row has 1 field (remove" in m for m in said), said
    assert any("question has no answer" in m for m in said), said
    assert len(skipped) == 1


def test_d19_paragraphs_one_a_line_read_as_prose_naming_the_questions_in_them(tmp_path: Path) -> None:
    """d/19: a paragraph a line (no blank lines), two 'Question? Answer.' sentences inside. Before: "cannot tell this
    document's layout" and a Q:/A: pattern to guess. Now: prose, the questions in its text counted and the first named,
    with how to make cards of them."""
    other = "Q: What is the capital of France?\nA: Paris\n"
    notes, _, messages = built_notes(tmp_path, {"p.txt": DATA / "prose-one-line-paragraphs.txt", "other.txt": other})
    assert [note_front(n) for n in notes] == ["What is the capital of France?"]
    said = [m for m in messages if "p.txt" in m and "no card" in m]
    assert len(said) == 1, messages
    assert "it reads as prose (4 paragraphs of sentences, 2 questions asked inside them" in said[0], said
    assert "'Who improved the steam engine in 1769?'" in said[0] and "'Q: …' line" in said[0], said


def test_d19_the_prose_hint_followed_makes_the_cards(tmp_path: Path) -> None:
    """The hint followed: the two questions written as Q:/A: lines under the paragraphs give their two cards."""
    lines = (DATA / "prose-one-line-paragraphs.txt").read_text(encoding="utf-8").splitlines()
    qa = []
    for line in lines[2:]:
        question, answer = line.split("? ", 1)
        qa.append(f"Q: {question}?\nA: {answer}\n")
    text = "\n".join(lines[:2]) + "\n\n" + "\n".join(qa)
    notes, skipped, _ = built_notes(tmp_path, {"p.txt": text})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Who improved the steam engine in 1769?": "James Watt, whose separate condenser made engines far more efficient and useful in factories and mines.",
        "What was the Factory Act of 1833?": "A law that limited children's working hours in textile mills and set up factory inspectors.",
    }
    assert not skipped


def test_a_tab_file_of_example_sentences_keeps_them_on_the_back_never_as_tags(tmp_path: Path) -> None:
    """'1⇥perro⇥dog⇥El perro ladra.': the last column, Spanish sentences sharing 'El', was taken for Anki's tags column
    (tags 'El', 'perro', 'ladra.'), the examples on no card. A cell that ends a sentence is never tags: it goes on the
    back."""
    notes, skipped, _ = built_notes(tmp_path, {"v.txt": DATA / "vocab-tab-examples.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["perro"] == "dog El perro ladra."
    assert got["caballo"] == "horse Me gusta montar a caballo."
    assert not any("El" in n["tags"] or "ladra." in n["tags"] for n in notes)
    assert not skipped


def test_a_tags_column_of_words_stays_tags(tmp_path: Path) -> None:
    """The rule above leaves an Anki export's last column of tags alone ('week1 greeting')."""
    text = "hola\thello\tweek1 greeting\nadiós\tgoodbye\tweek1 greeting\ngracias\tthank you\tweek1 politeness\n"
    notes, _, _ = built_notes(tmp_path, {"t.txt": text})
    got = {note_front(n): (note_back(n), n["tags"]) for n in notes}
    assert got["hola"][0] == "hello" and "week1" in got["hola"][1] and "greeting" in got["hola"][1]


def test_d11_a_table_whose_merged_cells_are_blank_is_a_card_per_row(tmp_path: Path) -> None:
    """d/11: '| Desert | Very dry … | Cacti | Camel |' / '| | | Succulents | Fennec fox |': a spreadsheet's merged cells
    exported as blanks. Before: "a table of 5 rows outside any question is not in any card", no card. Now the blank-led
    row continues the row above: a card per biome, each column's entries on the back."""
    notes, skipped, _ = built_notes(tmp_path, {"b.md": DATA / "biomes-merged-cells.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert list(got) == ["Tropical rainforest", "Desert", "Tundra"]
    assert got["Desert"] == "Climate: Very dry, hot days, cold nights Plants: Cacti Succulents Animals: Camel Fennec fox"
    assert got["Tundra"] == "Climate: Very cold, short summer Plants: Mosses, lichens Animals: Arctic fox, caribou"
    assert not skipped


def test_d13_an_answer_callout_right_under_the_question_in_one_quote(tmp_path: Path) -> None:
    """d/13: '> [!question] What is …?' / '> [!answer]-' / '> 7 ± 2 items', no blank line between (one quote): before,
    '[!answer]-' was the first line of every back. An untitled '[!answer]' box is an answer by its type."""
    notes, skipped, messages = built_notes(tmp_path, {"m.md": DATA / "callouts-answer-same-quote.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What is the capacity of short-term memory?": "7 ± 2 items (Miller, 1956)",
        "What is the duration of STM?": "About 18–30 seconds without rehearsal (Peterson & Peterson, 1959)",
        "What is the encoding of LTM?": "Mainly semantic (Baddeley, 1966)",
    }
    assert not skipped and not [m for m in messages if "m.md:" in m and "not listed in deck.toml" not in m]


def test_an_untitled_answer_callout_after_a_blank_line_answers(tmp_path: Path) -> None:
    """'> [!question] …?' / blank / '> [!answer]-' / '> …': before, "none of its 2 questions has an answer" and the
    answers text outside any question."""
    text = "# M\n\n> [!question] What is the capacity of STM?\n\n> [!answer]-\n> 7 ± 2 items\n\n> [!question] What is the duration of STM?\n\n> [!solution]\n> About 18–30 seconds\n"
    notes, skipped, _ = built_notes(tmp_path, {"m.md": text})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {"What is the capacity of STM?": "7 ± 2 items", "What is the duration of STM?": "About 18–30 seconds"}
    assert not skipped


def test_d46_statements_with_emoji_verdicts_are_true_false_cards(tmp_path: Path) -> None:
    """d/46: 'Bats are blind. ❌' / 'Venus is the hottest planet in the Solar System. ✅' under '# True or false? ✅ ❌', no
    blank lines. Before: one card of the title, every statement and its emoji on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"tf.md": DATA / "true-false-emoji.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "True or false: The Great Wall of China is visible from space with the naked eye.": "False",
        "True or false: Bats are blind.": "False",
        "True or false: Venus is the hottest planet in the Solar System.": "True",
        "True or false: Goldfish have a three-second memory.": "False",
        "True or false: Humans share about 60% of their DNA with bananas.": "True",
    }
    assert not skipped


def test_emoji_verdicts_on_bullets_and_a_checklist_of_ticks_alone(tmp_path: Path) -> None:
    """Bulleted statements with ✅ / ❌ are true/false cards too; a to-do list ticked with ✅ only (no ❌) is no quiz."""
    text = "# Myths\n\n- Bats are blind ❌\n- Venus is the hottest planet ✅\n- Goldfish have a three-second memory ❌\n"
    notes, _, _ = built_notes(tmp_path, {"tf.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "True or false: Bats are blind.": "False",
        "True or false: Venus is the hottest planet.": "True",
        "True or false: Goldfish have a three-second memory.": "False",
    }
    todo = "# Week plan\n\n## Done\n- Read chapter 3 ✅\n- Write the lab report ✅\n\n## What is osmosis?\nDiffusion of water.\n"
    notes, _, _ = built_notes(tmp_path / "todo", {"w.md": todo})
    assert not any(note_front(n).startswith("True or false") for n in notes)


def test_d18_options_on_one_line_with_the_key_letter_in_brackets_at_the_end(tmp_path: Path) -> None:
    """d/18: 'a) 50 mph  b) 60 mph  c) 70 mph  d) 40 mph   (b)' under each numbered question. Before: "4 options and
    none marked correct; no card" for each, no card from the file. The bracketed letter is the key."""
    notes, skipped, _ = built_notes(tmp_path, {"d.txt": DATA / "driving-theory-keys.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What is the national speed limit for cars on a single carriageway road?": "B) 60 mph",
        "What does a red triangular sign mean?": "C) a warning",
        "When may you use the hard shoulder on a motorway?": "B) in an emergency",
        "What is the minimum tread depth for car tyres?": "B) 1.6 mm",
    }
    assert all(n["kind"] == "multiple_choice" for n in notes)
    assert not skipped


def test_d31_a_line_of_a_pair_list_without_its_separator_says_where_the_answer_goes(tmp_path: Path) -> None:
    """d/31: '7. Application – HTTP, …' lines, then 'Mnemonic (7→1): All People Seem To Need Data Processing'. Before:
    "question has no answer (write the answer in the second column)": a list has no column. Now the hint names the
    list's separator."""
    text = "# OSI model\n\n7. Application – HTTP, FTP\n6. Presentation – encryption\n5. Session – sessions\n4. Transport – TCP, UDP\n\nMnemonic (7→1): All People Seem To Need Data Processing\n"
    notes, skipped, messages = built_notes(tmp_path, {"o.md": text})
    assert {note_front(n): note_back(n) for n in notes}["Transport"] == "TCP, UDP"
    said = [m for m in messages if "o.md:8" in m]
    assert said == ["sources/o.md:8: warning: question has no answer (write its answer after ' – ' on its line, as the list's other lines do)"], said
    assert len(skipped) == 1


def test_formulas_and_symbols_tell_no_language() -> None:
    """A chemistry page ('H₂O', '6CO_2 + 6H_2O → …', '\\ce{…}') read Portuguese ('o'), a physics sheet ('v = u + at',
    'W = mg') Czech ('v'): dupes kept their cards apart as "documents in two languages (pt / en)". Symbols are no words."""
    from compiler.sources.prompts import language

    assert language("Water H₂O Carbon dioxide CO₂ Ammonia NH₃ Methane CH₄ Combustion of methane \\(\\ce{CH4 + 2O2 -> CO2 + 2H2O}\\) Photosynthesis 6CO_2 + 6H_2O → C_6H_12O_6 + 6O_2") == "en"
    assert language("v = u + at (v final velocity, u initial velocity, a acceleration, t time) F = ma (force = mass × acceleration) W = mg (weight = mass × gravitational field strength)") == "en"
    assert language("O gato está em casa e o cão também.") == "pt"
    assert language("Der Hund ist im Garten und die Katze schläft.") == "de"


def test_d24_a_first_line_naming_the_fields_labels_them_on_the_back(tmp_path: Path) -> None:
    """d/24: 'Country / Capital / Currency' over 'Japan - Tokyo - yen': before, the back was 'Tokyo' then 'yen', the
    names unused. Now each field under its name."""
    notes, skipped, _ = built_notes(tmp_path, {"c.txt": DATA / "countries-named-fields.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Japan"] == "Capital: Tokyo Currency: yen"
    assert got["Poland"] == "Capital: Warsaw Currency: złoty"
    assert len(got) == 6 and not skipped


def test_a_header_of_two_languages_and_an_example_over_a_word_list(tmp_path: Path) -> None:
    """'Spanish - English - Example' over 'el perro - the dog - El perro ladra mucho.': before, a card 'Spanish' →
    'English' / 'Example'. Now the names' line is no card; the meaning bare (a translation), the example named. A
    title that names no fields ('Italian - week 4') stays a title, the example unnamed."""
    text = "Spanish - English - Example\nel perro - the dog - El perro ladra mucho.\nel gato - the cat - El gato duerme.\nla casa - the house - Mi casa es pequeña.\n"
    notes, _, _ = built_notes(tmp_path, {"v.txt": text})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "el perro": "the dog Example: El perro ladra mucho.",
        "el gato": "the cat Example: El gato duerme.",
        "la casa": "the house Example: Mi casa es pequeña.",
    }
    titled = "Italian - week 4\nmangiare - to eat - Mangio la pasta ogni giorno.\nbere - to drink - Bevo acqua.\ndormire - to sleep - Dormo otto ore.\n"
    notes, _, _ = built_notes(tmp_path / "t", {"i.txt": titled})
    assert {note_front(n): note_back(n) for n in notes}["bere"] == "to drink Bevo acqua."


def test_d53_a_timelines_undated_first_line_is_its_title(tmp_path: Path) -> None:
    """d/53: '20th century – key dates' over '1914–1918 – First World War' …: before, a card '20th century' → 'key
    dates'. A first line whose front is no date, over a timeline whose every front is one, is the title."""
    notes, skipped, _ = built_notes(tmp_path, {"t.txt": DATA / "timeline-titled-ranges.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert "20th century" not in got
    assert got["1939–1945"] == "Second World War" and got["1917"] == "Russian Revolution"
    assert len(got) == 8 and not skipped


def test_d68_numbered_toggles_each_on_one_line_are_cards(tmp_path: Path) -> None:
    """d/68: '1. <details><summary>What does DNS do?</summary>Translates …</details>' (a Notion page's numbered toggles):
    before, no card from the page ("text outside any question"). The same toggles unnumbered were cards already."""
    notes, skipped, _ = built_notes(tmp_path, {"n.md": DATA / "numbered-toggles-one-line.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What does DNS do?": "Translates domain names into IP addresses.",
        "Which port does HTTPS use?": "443",
        "What is the difference between TCP and UDP?": "TCP is connection-oriented and reliable; UDP is connectionless and faster.",
    }
    assert not skipped


def test_d63_records_of_labelled_lines_keep_their_fields_apart(tmp_path: Path) -> None:
    """d/63: 'Disease: Asthma' / 'Symptoms: …' / 'Treatment: …' blocks. Before: 'Symptoms' dropped as if an answer label,
    'Treatment: …' glued onto the symptoms ('night cough Treatment: salbutamol'). Now the disease the front, each field
    a line under its label."""
    notes, skipped, _ = built_notes(tmp_path, {"d.txt": DATA / "disease-records.txt"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert list(got) == ["Asthma", "Type 1 diabetes", "Hypothyroidism"]
    assert got["Hypothyroidism"] == "<p>Symptoms: weight gain, cold intolerance, fatigue, constipation</p><p>Treatment: levothyroxine</p>"
    assert not skipped


def test_own_labels_of_two_line_pairs_are_still_taken_off(tmp_path: Path) -> None:
    """The page's own two labels over every pair ('Swali: …' / 'Jibu: …') are still taken off both sides."""
    text = "Swali: Mji mkuu wa Kenya ni upi?\nJibu: Nairobi\n\nSwali: Mlima mrefu zaidi Afrika ni upi?\nJibu: Kilimanjaro\n\nSwali: Ziwa kubwa zaidi Afrika ni lipi?\nJibu: Ziwa Viktoria\n"
    notes, _, _ = built_notes(tmp_path, {"s.txt": text})
    assert {note_front(n): note_back(n) for n in notes}["Mji mkuu wa Kenya ni upi?"] == "Nairobi"


def test_d73_a_sentence_over_its_reading_over_its_meaning(tmp_path: Path) -> None:
    """d/73: '我喜欢喝茶。' / 'wǒ xǐhuan hē chá.' / 'I like drinking tea.', a blank line between sentences. Before: "cannot
    tell this document's layout". Now a card per sentence, the reading and the meaning each a line of the back."""
    notes, skipped, _ = built_notes(tmp_path, {"z.txt": DATA / "sentences-reading-meaning.txt"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert got == {
        "我喜欢喝茶。": "<p>wǒ xǐhuan hē chá.</p><p>I like drinking tea.</p>",
        "你叫什么名字？": "<p>nǐ jiào shénme míngzi?</p><p>What is your name?</p>",
        "今天天气很好。": "<p>jīntiān tiānqì hěn hǎo.</p><p>The weather is nice today.</p>",
    }
    assert not skipped


def test_coloured_option_marks_are_no_true_false_statements(tmp_path: Path) -> None:
    """Options marked after their text ('- Amazon 🔴' / '- Nile 💚', which deckc reads as ❌ / ✅) under a question stay a
    multiple-choice card; the emoji verdicts above read statements of three words or more only."""
    page = "# Quiz\n\n**1. Longest river?**\n- Amazon 🔴\n- Nile 💚\n- Yangtze 🔴\n\n**2. Largest ocean?**\n- Atlantic ❌\n- Pacific ✅\n- Indian ❌\n"
    notes, _, _ = built_notes(tmp_path, {"q.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Longest river?", "B) Nile"), ("Largest ocean?", "B) Pacific")]


def test_d01_terms_above_labelled_pairs_are_said_as_terms(tmp_path: Path) -> None:
    """d/01, notes typed on a phone: '* diffusion = …', '- osmosis - …', '🔹 active transport: …' over 'Q. …' / 'Ans. …'
    pairs. The pairs are the cards; the terms above were said as "the page's text above its first item … the questions
    below may depend on it" (a passage). Now said as terms with their meanings, in no card, with how to learn them."""
    notes, _, messages = built_notes(tmp_path, {"p.txt": DATA / "phone-notes-terms-and-qa.txt"})
    assert [note_front(n) for n in notes][-1] == "plant cell in salty water?"
    said = [m for m in messages if "p.txt:" in m and "not listed" not in m]
    assert len(said) == 1, said
    assert "3 lines above the first item are terms with their meanings ('diffusion = movement of" in said[0], said
    assert "may depend on it" not in said[0]


def test_d73_the_build_says_sentences_over_their_readings(tmp_path: Path) -> None:
    """The line about the file's layout says what it read: sentences over their readings and meanings, not 'pairs
    written on two lines'."""
    _, _, messages = built_notes(tmp_path, {"z.txt": DATA / "sentences-reading-meaning.txt"})
    said = [m for m in messages if "z.txt" in m and "not listed" in m]
    assert "3 sentences, each a line over its reading and its meaning, a blank line between them" in said[0], said


def test_case_alone_is_no_spelling_when_it_is_styling() -> None:
    """`deckc dupes` listed 'Photosynthesis' / 'PHOTOSYNTHESIS' (a table and an all-caps glossary) and 'Hola' / 'hola'
    (both 'hello') at 1.00 as "spelled apart". A word in capitals, or a first capital over the same answer, is styling;
    case that spells stays apart: 'Sie' (you) / 'sie' (she), code spans, short symbols, capitals inside a name."""
    from compiler.decisions import Decisions, DedupeSettings
    from compiler.diagnostics import Diagnostics
    from compiler.model import Block, BlockKind, Item, Locator, case_styled
    from compiler.pairscore import FEATURES, Combiner
    from compiler.passes import dedupe
    from compiler.similarity import HashEmbedder

    assert case_styled("PHOTOSYNTHESIS", "Photosynthesis") and case_styled("Carbon Dioxide", "CARBON DIOXIDE")
    assert case_styled("Hola", "hola", ("hello", "Hello.")) and not case_styled("Sie", "sie", ("you (formal)", "she"))
    assert not case_styled("CO", "Co") and not case_styled("NaCl", "NACL") and not case_styled("`String`", "`STRING`")
    assert not case_styled("Essen", "essen", ("food", "to eat")) and not case_styled("Photosynthesis", "Photosynthesis")

    def card(source: str, front: str, back: str) -> Item:
        return Item(source=source, question=front, answer=[Block(kind=BlockKind.text, text=back)],
                    locator=Locator(file=f"sources/{source}.md", line=1), original=front)

    by_question = Combiner(weights=(40.0,) + (0.0,) * (len(FEATURES) - 1), bias=-28.0)
    for a, b, apart in [(card("es", "Hola", "hello"), card("words", "hola", "hello"), False),
                        (card("bio", "Photosynthesis", "Light to glucose."), card("gloss", "PHOTOSYNTHESIS", "Plants make glucose."), False),
                        (card("de", "Sie", "you (formal)"), card("wort", "sie", "she"), True)]:
        _, report = dedupe.run([a, b], DedupeSettings(), Decisions(), Diagnostics(), embedder=HashEmbedder(), combiner=by_question)
        [p] = report.pairs
        assert ("spelled apart" in p.reason) is apart, (a.question, p.reason)
