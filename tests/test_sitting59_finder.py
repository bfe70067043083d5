"""Fifty-ninth sitting, finder: findings of trial 59 (real public documents: a LaTeX logic textbook and its solutions
book, Japanese kanji data kept as JSON keyed by the kanji, a Kubernetes exam-preparation page; docs/trials/trial59.md)
fixed: a JSON object of records keyed by their term or id is a list of those records, the key the front of records
that ask nothing (T59-1); a rule under a heading, and an HTML element around a heading's words, hide no answer label
(T59-2); a LaTeX list deckc does not know by name is a list, and a command named for the answer (``\\myanswer{…}``)
answers the item it follows (T59-3)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.databank import convert_bank
from compiler.sources.tex import convert_tex
from compiler.sources.underlines import heading_rules, heading_tags

TRIAL = Path(__file__).parent / "data" / "trials" / "trial59"


# --- T59-1: an object of records keyed by term or id ----------------------------------------------------------------


def test_questions_keyed_by_id_are_their_own_cards(tmp_path: Path) -> None:
    """T59-1 (high): ``{"q1": {"question": …, "answer": …}, …}``. Before: cards 'answer' -> 'The pancreas …' (the
    object read as sections of term lists, each record's keys its terms), every question on no card. Now a card per
    record, its question on the front, each at its key's line."""
    notes, _, _ = built_notes(tmp_path, {"keyed-questions.json": TRIAL / "keyed-questions.json"})
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Which organ produces insulin?", "What is the normal resting heart rate of an adult?", "Which vitamin deficiency causes scurvy?"], fronts
    assert note_back(notes[0]) == "The pancreas (its beta cells)", note_back(notes[0])
    assert note_back(notes[2]) == "Vitamin C"


def test_words_keyed_by_the_word_are_the_fronts(tmp_path: Path) -> None:
    """T59-1: kanji-data's shape, ``{"山": {"strokes": 3, "meanings": ["Mountain"], "readings_on": […], …}}``. Before:
    "not read: not a question bank" (1,006 kanji of kanji-kyouiku.json lost; its hint named keys none of which holds the
    kanji). Now a card per kanji, the kanji the front, its meanings and readings the back."""
    notes, _, _ = built_notes(tmp_path, {"kanji.json": TRIAL / "keyed-words.json"})
    assert [note_front(n) for n in notes] == ["山", "川", "木"]
    back = note_back(notes[1])
    assert back.startswith("River, Stream") and "かわ" in back and "せん" in back, back


def test_keyed_records_and_term_lists_told_apart() -> None:
    """T59-1: records share their fields; sections of term lists share none and stay sections; a record's line is its key's."""
    records = convert_bank(json.dumps({"dog": {"meaning": "Hund", "gender": "der"}, "cat": {"meaning": "Katze", "gender": "die"}}, indent=1), "w.json")
    assert "dog" in records.text and "Hund" in records.text and "meaning\n" not in records.text, records.text
    sections = convert_bank(json.dumps({"Animals": {"dog": "Hund", "cat": "Katze"}, "Food": {"bread": "Brot", "milk": "Milch"}}), "s.json")
    assert "## Animals" in sections.text and "dog" in sections.text and "Brot" in sections.text, sections.text
    text = '{\n "q1": {\n  "question": "What is 2+2?",\n  "answer": "4"\n },\n "q2": {\n  "question": "What is 3+3?",\n  "answer": "6"\n }\n}\n'
    made = convert_bank(text, "q.json")
    assert "What is 2+2?" in made.text and "What is 3+3?" in made.text, made.text
    lines = {row: n for row, n in zip(made.text.split("\n"), made.origin, strict=False)}
    assert lines.get(next(r for r in lines if "2+2" in r)) == 2 and lines.get(next(r for r in lines if "3+3" in r)) == 6, lines


# --- T59-2: rules under headings, HTML around a heading's words -----------------------------------------------------


def test_a_ruled_solution_heading_answers_the_task_above(tmp_path: Path) -> None:
    """T59-2 (high): a CKA page, ``## <h1 align="center"> (*01.01*) ***SECTION: WORKLOADS*** </h1>`` / a rule / the task
    / ``### <h1 align="center"> *Solution* </h1>`` / a rule / the solution. Before: two cards a task, the task its own
    heading's back and the solution a card fronted '… › Solution'. Now one card a task: the task over its solution."""
    notes, _, _ = built_notes(tmp_path, {"cka.md": TRIAL / "ruled-solution-headings.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 2, fronts
    assert "Create a deployment called web-app" in fronts[0] and "Solution" not in fronts[0], fronts
    assert "kubectl create deployment web-app" in note_back(notes[0]), note_back(notes[0])
    assert "data-pvc" in fronts[1] and "kubectl apply -f data-pvc.yaml" in note_back(notes[1]), (fronts, note_back(notes[1]))


def test_plain_heading_over_a_rule_is_still_an_answer_label(tmp_path: Path) -> None:
    """T59-2: ``### Solution`` right over ``-----`` was read as the setext heading ``## ### Solution`` and printed on the
    back, the second task lost."""
    page = tmp_path / "tasks.md"
    page.write_text(
        "# CKA\n\n## Task 1\n\nRun a pod called looper.\n\n### Solution\n-----\n\nCreate the pod with kubectl run.\n\n"
        "## Task 2\n\nCreate a namespace called dev.\n\n### Solution\n-----\n\nRun kubectl create namespace dev.\n",
        encoding="utf-8",
    )
    notes, _, _ = built_notes(tmp_path / "deck", {"tasks.md": page})
    assert [note_front(n) for n in notes] == ["Run a pod called looper.", "Create a namespace called dev."]
    assert [note_back(n) for n in notes] == ["Create the pod with kubectl run.", "Run kubectl create namespace dev."]


def test_heading_rules_and_tags_rewrites() -> None:
    """T59-2: the two line-kept rewrites: a rule under a heading (a blank line between or not) blanked, code left alone;
    an HTML element around a heading's whole text left out, its closing tag forgotten too, never one of two elements."""
    assert heading_rules("## A\n---\ntext\n") == "## A\n\ntext\n"
    assert heading_rules("## A\n\n*****\ntext\n") == "## A\n\n\ntext\n"
    assert heading_rules("text\n\n---\n\nmore\n") == "text\n\n---\n\nmore\n"
    assert heading_rules("```\n## A\n---\n```\n") == "```\n## A\n---\n```\n"
    assert heading_tags('### <h1 align="center"> *Solution* </h1>\n') == "### *Solution*\n"
    assert heading_tags('## <h1 align="center"> (*03.01*) ***SECTION***\n') == "## (*03.01*) ***SECTION***\n"
    assert heading_tags("## <b>Q1</b>\n") == "## Q1\n"
    assert heading_tags("## <span>a</span> and <span>b</span>\n") == "## <span>a</span> and <span>b</span>\n"


# --- T59-3: a LaTeX solutions book ----------------------------------------------------------------------------------


def test_latex_items_answered_by_the_document_s_own_answer_command(tmp_path: Path) -> None:
    """T59-3 (high): forallx's solutions, ``\\begin{compactlist}`` / ``\\item It is not raining.`` / ``\\item[]
    \\myanswer{$\\neg R$}``, and ``\\item $(R)$\\hfill \\myanswer{no}``, after a key list ``\\begin{ekey}``. Before: a
    note per chapter, its back the raw ``\\item`` lines (the real chapter: 75 answers in 3 notes). Now a card per item."""
    notes, _, _ = built_notes(tmp_path, {"sol.tex": TRIAL / "latex-list-answers.tex"})
    pairs = [(note_front(n), note_back(n)) for n in notes]
    assert len(pairs) == 5, pairs
    assert pairs[0][0] == "It is not raining." and pairs[0][1] == "\\(\\neg R\\)", pairs[0]
    assert pairs[2][0] == "The road is wet only if it is raining." and "W \\rightarrow R" in pairs[2][1], pairs[2]
    assert pairs[3][1] == "no" and pairs[4][1] == "yes" and "\\neg\\neg W" in pairs[4][0], pairs
    assert not any("\\item" in f or "\\item" in b or "myanswer" in b for f, b in pairs), pairs


def test_unknown_list_environments_are_lists() -> None:
    """T59-3: an environment made of ``\\item``s is a list whatever its name; ``\\item[]`` is no '****' entry; an answer
    command over several lines is one answer."""
    made = convert_tex(
        [
            "\\begin{document}",
            "\\begin{ekey}",
            "\\item[A] Alice is a spy",
            "\\end{ekey}",
            "\\begin{earg}",
            "\\item[] Premise one.",
            "\\end{earg}",
            "Is there a sentence with no atomic sentence?",
            "\\\\\\myanswer{No. Every sentence is built up",
            "out of atomic sentences.}\\\\",
            "\\end{document}",
        ],
        "x.tex",
    )
    assert "\\item" not in made.text and "****" not in made.text, made.text
    assert "**A** Alice is a spy" in made.text and "Premise one." in made.text, made.text
    assert "myanswer" not in made.text and "Every sentence is built up out of atomic sentences." in made.text, made.text


def test_a_key_inside_an_answer_is_one_line_of_entries(tmp_path: Path) -> None:
    """T59-3: an answer that gives a symbolization key (``\\myanswer{\\begin{ekey} \\item[B] Haskell is a birder …}``),
    then its symbolization on the next line: 'B: Haskell is a birder; C: …', the formulas under it, no '\\item'."""
    made = convert_tex(
        [
            "\\begin{document}",
            "\\begin{compactlist}",
            "\\item Haskell is a birder and enjoys watching cranes.",
            "\\myanswer{\\begin{ekey}",
            "\\item[B] Haskell is a birder",
            "\\item[C] Haskell enjoys watching cranes",
            "\\end{ekey}}",
            "\\myanswer{$B \\wedge C$}",
            "\\end{compactlist}",
            "\\end{document}",
        ],
        "x.tex",
    )
    assert "\\item" not in made.text and "myanswer" not in made.text, made.text
    assert "Answer: B: Haskell is a birder; C: Haskell enjoys watching cranes" in made.text, made.text
    assert made.text.count("Answer:") == 1 and "B \\wedge C" in made.text, made.text


# --- T59-6: a fill-in table ------------------------------------------------------------------------------------------


def test_a_fill_in_table_s_rows_are_writing_lines(tmp_path: Path) -> None:
    """T59-6 (low): a table whose cells are blanks with their first letter given (``**R\\_\\_\\_\\_ Period** |
    R\\_\\_\\_\\_ | \\_\\_th Century | P\\_\\_\\_\\_``). Before: a card per row, fronted and answered by blanks. Now such rows
    are said once as writing lines, no card; a row written out (``Impressionism``) is its card."""
    notes, _, _ = built_notes(tmp_path, {"art.md": TRIAL / "fill-in-table.md"})
    assert [note_front(n) for n in notes] == ["Impressionism"], [note_front(n) for n in notes]
    assert "Plein air" in note_back(notes[0])


# --- T59-9: deckc lint on a word list's entries ----------------------------------------------------------------------


def test_a_list_entry_is_is_no_missing_subject() -> None:
    """T59-9 (low): HSK's '是' back, 'translations: is , are, am, yes' (the list's entries spaced from their commas),
    was a 'missing-subject' hole and made `deckc lint` exit 1; a sentence that starts with a bare verb still is one."""
    from compiler.lint import text_holes

    assert not [s for s in text_holes("translations: is , are, am, yes") if not s.weak]
    assert [s.rule for s in text_holes("Answer: is the modern default")] == ["missing-subject"]
    assert [s.rule for s in text_holes("it gives , where")] == ["empty-slot"]
