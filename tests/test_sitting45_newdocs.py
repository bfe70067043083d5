"""Forty-fifth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: a page of fact tables ('| Drug | Class | Mechanism | Side effects |') with a line of introduction over the first
table, or a second short table of the same header under its own heading, is a card per row; before, the first table
was "text outside any question" and the second one card of its heading.

N2: a structured exam paper numbered '1 (a) …  [1 mark]' (one space before the part) with its mark scheme in the same
file, numbered again from 1: a card per part with its row of the scheme, the marks on no back; before, no card. So is
one numbered '1 State …  [1 mark]' (one space after each number, no part).

N3: a term or date list on one separator whose other lines type another ('**Consumer surplus** - …', '1804: …' among
' — ' pairs) reads them as pairs when their front has the list's shape (bold, dated); a line going on in a bold term's
Markdown paragraph ('Formula: PED = …') is its back. Before, such lines were dropped or split on their '='.

N4: 'Ex: …' example lines under their word (no dot after 'Ex') go on its back; before, each was "a note … indent it
under the word" (it was indented) or a card of its own.

N6: '✅ A: …' over '❌ Common mistake: …' under a question is the answer and a note; before, a multiple-choice card.

N10: a list every line of which splits once on the same separator of the writer's choosing ('Mitosis ;; cell
division …', Quizlet's custom separator) is read with it, and the printed table names it; before, 'cannot tell'.

N13: a word list whose dash is glued to the closing bracket of the word's reading ('食べる（たべる）- to eat') is read
on ' - '; before, 'cannot tell this document's layout'.

N11: a sheet's section column of bare numbers ('Kapitel' over 1, 2, 3) names its sections by the column ('Kapitel 1');
before, sections '1', '2', '3'.

Documents in tests/data/sitting45/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, paste_table

DATA = Path(__file__).parent / "data" / "sitting45" / "newdocs"


def test_fact_tables_with_an_intro_and_a_short_second_table_are_a_card_per_row(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"pharm-table.md": DATA / "pharm-table.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Atenolol", "Lisinopril", "Amlodipine", "Furosemide", "Digoxin", "Warfarin", "Aspirin", "Clopidogrel"]
    assert cards["Digoxin"] == "Class: Cardiac glycoside Mechanism: Inhibits Na⁺/K⁺-ATPase → ↑ intracellular Ca²⁺ Side effects: Nausea, yellow vision, arrhythmias"
    sections = {note_front(n): n["sections"] for n in notes}
    assert sections["Clopidogrel"] and sections["Clopidogrel"][-1].endswith("Antiplatelets")
    assert not sections["Atenolol"] or not sections["Atenolol"][-1].endswith("Antiplatelets")
    # the introduction is said once, at its line; the tables are no longer "text outside any question"
    outside = [m for m in said if "text outside any question" in m]
    assert len(outside) == 1 and "pharm-table.md:3:" in outside[0], outside


def test_prose_over_a_table_keeps_it_a_table(tmp_path: Path) -> None:
    """Three paragraphs of prose before the table: an article that shows a table, not a page of tables of facts."""
    text = (
        "# Beta blockers\n\nBeta blockers slow the heart.\n\nThey are used after a heart attack.\n\n"
        "Some are cardioselective.\n\n| Drug | Class | Half-life |\n|---|---|---|\n"
        "| Atenolol | β1 | 6 h |\n| Propranolol | non-selective | 4 h |\n| Bisoprolol | β1 | 10 h |\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"beta.md": text})
    assert [note_front(n) for n in notes] == ["Beta blockers"]


def test_a_paper_with_its_mark_scheme_in_one_file_is_a_card_per_part(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"physics-paper.txt": DATA / "physics-paper.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "State the equation linking power, energy transferred and time.": "power = energy transferred / time (P = E / t)",
        "A kettle transfers 180 000 J of energy in 60 s. Calculate its power.": "P = 180 000 / 60 = 3000 W [1 for substitution, 1 for answer]",
        "Give one way of reducing unwanted energy transfer from a kettle.": "Insulate the kettle / use a material with low thermal conductivity",
        "What is meant by the specific heat capacity of a material?": "The energy needed to raise the temperature of 1 kg of the material by 1 °C",
        "Write the equation that links change in thermal energy, mass, specific heat capacity and temperature change.": "ΔE = m c Δθ",
        "Describe the difference between a series and a parallel circuit.": (
            "In series there is one path for current (same current everywhere); in parallel there are several branches"
            " (same p.d. across each branch)."
        ),
    }
    assert not [m for m in said if "cannot tell" in m]


def test_a_bold_term_list_reads_every_separator_typed_by_hand(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"econ-defs.md": DATA / "econ-defs.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == [
        "Price elasticity of demand (PED)", "Cross elasticity of demand (XED)", "Income elasticity (YED)",
        "Marginal cost", "Consumer surplus", "Deadweight loss", "Opportunity cost",
    ]
    assert cards["Price elasticity of demand (PED)"] == "the responsiveness of quantity demanded to a change in price. Formula: PED = %ΔQd / %ΔP"
    assert cards["Income elasticity (YED)"] == "YED = %ΔQd / %ΔY. Normal goods > 0, inferior goods < 0, luxuries > 1."
    assert cards["Opportunity cost"] == "the value of the next best alternative forgone."
    assert not [m for m in said if "a note, not a word" in m]


def test_a_timeline_reads_dates_with_any_separator(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"history-timeline.md": DATA / "history-timeline.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 14 and not skipped
    assert cards["1804"] == "Napoleon crowns himself Emperor"
    assert cards["28.06.1914"] == "Assassination of Archduke Franz Ferdinand in Sarajevo"
    assert cards["30 January 1933"] == "Hitler appointed Chancellor"
    assert not [m for m in said if "no answer" in m]


def test_a_list_with_a_colon_note_keeps_it_a_note(tmp_path: Path) -> None:
    """A bold list's plain 'Note: …' line at the margin, after a blank line: no front of the list's shape, no pair."""
    text = "**la mairie** — the town hall\n\n**la gare** — the station\n\n**le marché** — the market\n\nNote: la is feminine.\n"
    notes, _skipped, _said = built_notes(tmp_path, {"words.md": text})
    assert [note_front(n) for n in notes] == ["la mairie", "la gare", "le marché"]


def test_ex_example_lines_go_on_their_words_back(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"spanish-vocab.txt": DATA / "spanish-vocab.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["el desayuno"] == "breakfast Ex: Siempre tomo el desayuno a las ocho."
    assert cards["tener hambre"] == "to be hungry Ex: ¿Tienes hambre? — Sí, mucha."
    assert cards["la cuenta"] == "the bill / the check"
    assert len(cards) == 9 and not [f for f in cards if f.startswith("Ex")]
    assert not [m for m in said if "a note, not a word" in m]


def test_a_ticked_answer_label_over_a_crossed_note_is_no_multiple_choice(tmp_path: Path) -> None:
    notes, _skipped, _said = built_notes(tmp_path, {"emoji-qa.md": DATA / "emoji-qa.md"})
    reset = next(n for n in notes if note_front(n) == "Does git reset --hard keep untracked files?")
    assert reset["kind"] == "basic"
    assert note_back(reset) == (
        "Yes — it resets tracked files only. Use git clean -fd to remove untracked ones."
        " ❌ Common mistake: thinking reset --hard deletes untracked files."
    )


def test_ticked_and_crossed_lettered_options_stay_options(tmp_path: Path) -> None:
    text = "# Quiz\n\n**Which port does HTTPS use?**\n✅ A: 443\n❌ B: 80\n❌ C: 22\n\n**What is 2 + 2?**\n✅ A: 4\n❌ B: 5\n"
    notes, _skipped, _said = built_notes(tmp_path, {"quiz.md": text})
    assert [n["kind"] for n in notes] == ["multiple_choice", "multiple_choice"]


def test_a_custom_separator_is_found_and_the_printed_table_keeps_the_cards(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"quizlet-custom.txt": DATA / "quizlet-custom.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 6 and cards["Allele"] == "a version of a gene" and cards["Genotype"] == "the alleles an organism has, e.g. Bb"
    told = next(m for m in said if "not listed in deck.toml" in m)
    assert "6 lines that each split once on ';;'" in told and 'separator = " ;; "' in told
    table = told[told.index("[[source]]") :]
    totals = paste_table(tmp_path / "content", table, tmp_path / "again")
    assert (totals["new"], totals["updated"], totals["unchanged"]) == (0, 0, 6)  # (pasting it changes no card)


def test_marks_used_once_a_line_in_prose_are_no_separator() -> None:
    """A link or an amount once a line ('http://…', '$$'): no separator guessed; ';;' unspaced is one."""
    from compiler.sources.lines import pair_separator

    links = [f"Chapter {k} notes http://example.org/{k}" for k in range(1, 6)]
    money = [f"Step {k} costs $$ {k} and then the next one follows." for k in range(1, 6)]
    assert pair_separator(links) is None and pair_separator(money) is None
    assert pair_separator(["Mitosis;;two cells", "Meiosis;;four cells", "Allele;;a version of a gene"]) == (";;", 3)


def test_a_dash_glued_to_a_reading_in_brackets_splits_the_pair(tmp_path: Path) -> None:
    notes, _skipped, said = built_notes(tmp_path, {"japanese-furigana.txt": DATA / "japanese-furigana.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "食べる（たべる）": "to eat", "飲む（のむ）": "to drink", "行く（いく）": "to go", "来る（くる）": "to come",
        "勉強する（べんきょうする）": "to study",
    }
    told = next(m for m in said if "not listed in deck.toml" in m)
    assert 'separator = " - "' in told
    totals = paste_table(tmp_path / "content", told[told.index("[[source]]") :], tmp_path / "again")
    assert (totals["new"], totals["updated"], totals["unchanged"]) == (0, 0, 5)


def test_a_numbered_section_column_is_named_by_its_header(tmp_path: Path) -> None:
    notes, _skipped, _said = built_notes(tmp_path, {"german-header.csv": DATA / "german-header.csv"})
    sections = {note_front(n): n["sections"][-1].split("::")[-1] for n in notes}  # ('german-header::Kapitel 1')
    assert sections == {
        "Angebot": "Kapitel 1", "Nachfrage": "Kapitel 1", "Gleichgewichtspreis": "Kapitel 2", "Inflation": "Kapitel 3",
        "Bruttoinlandsprodukt (BIP)": "Kapitel 3",
    }
    bank = "Question,Option A,Option B,Answer,Chapter,Topic\nWhat is 2+2?,3,4,B,1,Sums\nCapital of France?,Paris,Rome,A,2,Europe\n"
    notes, _skipped, _said = built_notes(tmp_path / "bank", {"bank.csv": bank})
    assert {note_front(n): n["sections"] for n in notes} == {
        "What is 2+2?": ["bank::Chapter 1 › Sums"], "Capital of France?": ["bank::Chapter 2 › Europe"],
    }


def test_a_paper_numbered_with_one_space_is_a_card_per_question(tmp_path: Path) -> None:
    notes, _skipped, _said = built_notes(tmp_path, {"physics-paper-spaced.txt": DATA / "physics-paper-spaced.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "State the equation linking power, energy transferred and time.": "power = energy transferred / time (P = E / t)",
        "A kettle transfers 180 000 J of energy in 60 s. Calculate its power.": "P = 180 000 / 60 = 3000 W [1 for substitution, 1 for answer]",
        "Describe the difference between a series and a parallel circuit.": "In series there is one path for current; in parallel there are several branches.",
    }


def test_numbered_lines_without_marks_are_no_paper() -> None:
    """'1 cup of flour' / '2 eggs': one space after each number but no marks at their ends, no paper's numbers."""
    from compiler.sources.marks_lines import paper_numbers

    recipe = ["Pancakes", "", "1 cup of flour", "2 eggs beaten [optional]", "3 Mix well", "", "Notes [1]", "Serve [2]"]
    assert paper_numbers(recipe) is recipe
