"""Thirty-ninth sitting, lead: open trial-38 findings (T38-6, T38-14) and keys whose bold label closes before its colon."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.sources.lines import without_noun_ask

TRIALS = Path(__file__).parent / "data" / "trials" / "trial38"


def _notes(tmp_path: Path, name: str, text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(front, back) of every note a fresh deck of the one file gives, and every message."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / name).write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    notes = [(n.fields.get("Question") or n.fields.get("Text", ""), n.fields.get("Answer") or n.fields.get("Correct", "")) for n in result.compiled.deck.notes]
    return notes, [d.text() for d in result.compiled.diagnostics.items]


def test_numbered_terms_whose_name_ends_in_an_asking_noun_are_terms(tmp_path: Path) -> None:
    """T38-14: '1. 光合成作用：…' ends in 作用 ('the function of', a question's noun) and was the whole line a question
    with no answer; '2. 细胞呼吸：…' was a right card."""
    text = (TRIALS / "t38-14-numbered-terms-fullwidth-colon" / "zh-mingci-jieshi.md").read_text(encoding="utf-8")
    notes, said = _notes(tmp_path, "zh.md", text)
    fronts = {front: back for front, back in notes}
    assert "光合成作用" in fronts and "绿色植物利用光能" in fronts["光合成作用"]
    assert "细胞呼吸" in fronts and len(notes) == 4
    assert not any("no answer" in s for s in said)
    # (the noun stays a question elsewhere: 'TCP和UDP的区别' alone asks; before a colon and its answer it is the front)
    assert without_noun_ask("TCP和UDP的区别") == "TCP和UDP的" and without_noun_ask("光合作用") == "光合"


def test_a_key_label_in_bold_closed_before_its_colon_is_read(tmp_path: Path) -> None:
    """'**Answers**: 1. a  2. a': the colon after the bold gave 'none marked correct; no card' for every question."""
    notes, said = _notes(
        tmp_path,
        "mc.md",
        "# Quiz\n\n1. Which is a star?\na) Sun\nb) Moon\n2. Which is a planet?\na) Mars\nb) Sirius\n\n**Answers**: 1. a  2. a\n",
    )
    assert len(notes) == 2 and {back for _, back in notes} == {"A) Sun", "A) Mars"}
    assert not any("none marked correct" in s for s in said)


def test_statements_with_marks_to_circle_and_a_key_of_verdicts_are_true_false_cards(tmp_path: Path) -> None:
    """'1. The Sun is a star. (T / F)' … '**Answers**: 1. T  2. F (a satellite)  3. T': the marks stayed on the fronts,
    'F (a satellite)' stayed a bare letter, and the bold label left two questions with no answer."""
    notes, said = _notes(
        tmp_path,
        "tf.md",
        "# History T/F quiz\n\n1. The Sun is a star. (T / F)\n2. The Moon is a planet. (T / F)\n"
        "3. Water boils at 100 C at sea level. (T / F)\n\n**Answers**: 1. T  2. F (a satellite)  3. T\n",
    )
    assert sorted(notes) == [
        ("True or false: The Moon is a planet.", "<p>False</p><p>(a satellite)</p>"),  # (its brackets kept: N61-7)
        ("True or false: The Sun is a star.", "<p>True</p>"),
        ("True or false: Water boils at 100 C at sea level.", "<p>True</p>"),
    ]
    assert not any("no answer" in s for s in said)


def test_a_korean_o_x_quiz_is_read_as_true_false_statements(tmp_path: Path) -> None:
    """T38-6: '1. 세종대왕은 훈민정음을 창제하였다. (O / X)' / '**정답**: 1. O  2. X (1592년)  3. O' was read as a word list
    split on the first space, the key a card."""
    text = (TRIALS / "t38-6-korean-ox-quiz" / "ko-ox-quiz.md").read_text(encoding="utf-8")
    notes, _ = _notes(tmp_path, "ko.md", text)
    assert sorted(notes) == [
        ("참 또는 거짓: 고려는 왕건이 세웠다.", "<p>참</p>"),
        ("참 또는 거짓: 세종대왕은 훈민정음을 창제하였다.", "<p>참</p>"),
        ("참 또는 거짓: 임진왜란은 1392년에 일어났다.", "<p>거짓</p><p>(1592년)</p>"),  # (its brackets kept: N61-7)
    ]


def test_assertion_reason_questions_answered_by_a_key_take_the_options_set_above(tmp_path: Path) -> None:
    """T38-7: the options (a)–(d) set once in the directions, '1. Assertion (A): …' / 'Reason (R): …', and 'Answer Key:
    1. (a)  2. (a)  3. (d)' at the end: the Reason was the back, the options in no card, the key glued onto question 3."""
    text = (TRIALS / "t38-7-assertion-reason" / "en-assertion-reason.txt").read_text(encoding="utf-8")
    notes, said = _notes(tmp_path, "ar.txt", text)
    assert len(notes) == 3
    fronts = dict(notes)
    ribosomes = next(front for front in fronts if "Ribosomes are found" in front)
    assert "Reason (R): Ribosomes synthesise proteins." in ribosomes
    assert fronts[ribosomes] == "D) A is false but R is true"
    assert all("Answer Key" not in back for _, back in notes)
    assert not any("no answer" in s or "none marked" in s for s in said)


def test_a_glossary_of_bold_terms_with_colons_is_a_card_per_term(tmp_path: Path) -> None:
    """'**Gene:** A section of DNA …' lines, one paragraph or a blank line between, under a heading: one card of the
    heading holding every line (the dash form, '**Gene** – …', was a card per line already)."""
    for name, sep in (("one.md", "\n"), ("apart.md", "\n\n")):
        notes, _ = _notes(
            tmp_path / name,
            name,
            "# Glossary\n\n" + sep.join(
                ["**Gene:** A section of DNA that carries the information for a protein.", "**Allele:** One form of a gene.",
                 "**Genotype**: The set of alleles an organism carries."]
            ) + "\n",
        )  # fmt: skip
        assert sorted(front for front, _ in notes) == ["Allele", "Gene", "Genotype"], name
        assert dict(notes)["Allele"] == "<p>One form of a gene.</p>"


def test_bold_labelled_properties_under_a_heading_with_prose_stay_the_heading_card(tmp_path: Path) -> None:
    """'## Mitochondria' / prose / '**Function:** …' / '**Location:** …', the same labels under the next heading: the
    labels are the heading's properties, never cards 'Function' and 'Location' (and the prose never lost)."""
    notes, said = _notes(
        tmp_path,
        "props.md",
        "# Cell notes\n\n## Mitochondria\nThe powerhouse of the cell, with its own DNA.\n\n"
        "**Function:** Produces ATP through cellular respiration.\n**Location:** The cytoplasm of eukaryotic cells.\n\n"
        "## Ribosome\n\n**Function:** Translates mRNA into a chain of amino acids.\n\n**Location:** Free in the cytoplasm.\n",
    )
    assert sorted(front for front, _ in notes) == ["Mitochondria", "Ribosome"]
    assert "powerhouse" in dict(notes)["Mitochondria"] and "Produces ATP" in dict(notes)["Mitochondria"]
    assert not any("not in any card" in s for s in said)


def test_a_revision_sheet_s_definitions_above_its_questions_are_cards(tmp_path: Path) -> None:
    """T38-16 (German): '**Def. Gen:** …' / '**Def. Allel:** …' / '**Merke:** …' above 'Fragen zur Selbstkontrolle':
    said as text in no card. The terms are cards ('Def.' off the front), the 'Merke' note on the back of the term
    above it, the questions below as before."""
    text = (TRIALS / "t38-16-revision-sheet-definitions" / "de-lernzettel.md").read_text(encoding="utf-8")
    notes, said = _notes(tmp_path, "de.md", text)
    fronts = dict(notes)
    assert fronts["Gen"] == "<p>Abschnitt der DNA, der die Information für ein Protein trägt.</p>"
    assert "Eine Ausprägungsform eines Gens." in fronts["Allel"] and "<strong>Merke:</strong> Dominante Allele" in fronts["Allel"]
    assert "Was versteht man unter dem Genotyp?" in fronts and len(notes) == 5
    assert not any("in no card" in s or "not in any card" in s for s in said)


def test_a_markdown_page_s_own_labels_leave_both_sides_in_any_language(tmp_path: Path) -> None:
    """T38-8 (Markdown): '1. **Galdera:** Zer da fotosintesia?' / '**Erantzuna:** …' kept 'Galdera:' on the front and
    'Erantzuna:' on the back (the plain-text twin was fixed in sitting 38)."""
    text = (TRIALS / "t38-8-labels-kept-by-qa-layout" / "eu-galderak.md").read_text(encoding="utf-8")
    notes, _ = _notes(tmp_path / "eu", "eu.md", text)
    assert dict(notes)["Zer da fotosintesia?"] == "<p>Landareek argi-energia energia kimiko bihurtzeko prozesua.</p>"
    assert dict(notes)["Non gertatzen da fotosintesia?"] == "<p>Kloroplastoetan.</p>"
    # (one item's words are no page's labels: 'Python: what is the GIL?' alone keeps its words)
    notes, _ = _notes(
        tmp_path / "one",
        "one.md",
        "# Notes\n\n1. Python: what is the GIL?\n   Note: a lock that lets one thread run Python code at a time.\n"
        "2. What is a decorator?\n   A function that wraps another function.\n",
    )
    assert "Python: what is the GIL?" in dict(notes)


def test_statement_headings_named_once_with_their_count_and_a_dozen_at_most(tmp_path: Path) -> None:
    """Trial 38's note: an unfilled template's 104 headings 'question' were listed 104 times in one warning."""
    parts = ["# Practice\n"]
    parts += [f"## What is service {k}?\nIt is service number {k}.\n" for k in range(3)]
    parts += [f"## Region\nA set of datacenters number {k}.\n" for k in range(6)]
    parts += [f"## Zone {k}\nA zone with its own power {k}.\n" for k in range(14)]
    _, said = _notes(tmp_path, "az.md", "\n".join(parts))
    stated = next(s for s in said if "statement headings" in s)
    assert "'Region' (6 times), 'Zone 0'" in stated and stated.count("'Region'") == 1
    assert "'Zone 10' and 3 more)" in stated and "'Zone 11'" not in stated


def test_a_points_column_is_said_to_be_marks_not_what_a_tool_keeps(tmp_path: Path) -> None:
    """Trial 38's note: a workbook's 'Points' column was left out 'as what a tool keeps about a card (dates, review
    data, ids)': a teacher's marks are neither."""
    _, said = _notes(tmp_path, "points.csv", "Question,Answer,Points\nWhat is H2O?,Water,1\nWho wrote Hamlet?,Shakespeare,3\n")
    left = next(s for s in said if "'Points' (3)" in s)
    assert "marks or points" in left and "extra = [3]" in left


def test_answer_lines_numbered_without_a_space_keep_a_line_each(tmp_path: Path) -> None:
    """Seen with T38-2: '1.init' / '2.loadView' / … (no space after the dot: no Markdown list) ran together as
    '1.init 2.loadView …' on one line; a lone '5.5 added it.' line starts no run."""
    notes, _ = _notes(
        tmp_path,
        "ios.md",
        "# iOS bank\n\n### What is the order of a view controller lifecycle?\n1.init\n2.loadView\n3.viewDidLoad\n\n"
        "### Which version added async/await?\nSwift\n5.5 added it.\n",
    )
    backs = dict(notes)
    assert backs["What is the order of a view controller lifecycle?"].startswith("<p>1.init<br>\n2.loadView<br>\n3.viewDidLoad")
    assert "<br>" not in backs["Which version added async/await?"]


def test_statements_answered_by_a_mark_alone_are_true_false_cards(tmp_path: Path) -> None:
    """A Japanese ○× quiz ('1. 水は100℃で沸騰する。' … '## 解答' / '1. ○' / '2. ×（太陽は恒星）'): the backs were the bare
    marks, the fronts no true-or-false prompt; an English statement keyed '✓' / '✗ (…)' too."""
    notes, _ = _notes(
        tmp_path / "ja",
        "ja.md",
        "# 理科 ○×クイズ\n\n次の文が正しければ○、誤りなら×を書きなさい。\n\n1. 水は100℃で沸騰する。\n2. 太陽は惑星である。\n"
        "3. 光合成では酸素が生まれる。\n\n## 解答\n1. ○\n2. ×（太陽は恒星）\n3. ○\n",
    )
    assert dict(notes)["正誤：太陽は惑星である。"] == "<p>誤</p><p>太陽は恒星</p>"
    assert dict(notes)["正誤：水は100℃で沸騰する。"] == "<p>正</p>"
    notes, _ = _notes(
        tmp_path / "en",
        "en.md",
        "# Quiz\n\n1. The Sun is a star.\n2. The Moon is a planet.\n\n## Answers\n1. ✓\n2. ✗ (a satellite)\n",
    )
    assert dict(notes)["True or false: The Moon is a planet."] == "<p>False</p><p>a satellite</p>"
    assert dict(notes)["True or false: The Sun is a star."] == "<p>True</p>"


TRIALS39 = Path(__file__).parent / "data" / "trials" / "trial39"


def test_a_details_answer_after_a_break_in_html_bold_is_plain_text(tmp_path: Path) -> None:
    """T39-11 (the devops-exercises shape): '<summary>…?</summary><br><b>' / the answer / '</b></details>' gave a back
    opening with an empty line, bold throughout; bold inside an answer, or Markdown's '**…**', stays."""
    text = (TRIALS39 / "t39-11-details-br-bold-answer" / "en-details-summary-question.md").read_text(encoding="utf-8")
    notes, _ = _notes(tmp_path / "a", "linux.md", text)
    backs = [back for _, back in notes]
    assert "<p>It gives the owner read, write and execute permission, and the group and others read and execute permission.</p>" in backs
    assert all("<br>" not in b and "<b>" not in b for b in backs)
    notes, _ = _notes(
        tmp_path / "b",
        "bold.md",
        "# Q\n\n<details>\n<summary>What is a hard link?</summary><br>\nAnother <b>name</b> for the same inode.\n</details>\n\n"
        "## What is the capital of France?\n**Paris**\n",
    )
    assert "Another <b>name</b> for the same inode." in dict(notes)["What is a hard link?"]
    assert dict(notes)["What is the capital of France?"].startswith("<p><strong>Paris</strong>")


def test_a_heading_over_a_list_of_interview_prompts_is_no_card(tmp_path: Path) -> None:
    """T39-10: '## Common Questions' over '* Tell me about yourself.' / '* [What's your proudest project?](…)' … and a
    'See more questions in this [bank](…).' line: one card whose back was the eight questions."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    text = (TRIALS39 / "t39-10-question-list-as-one-card" / "en-behavior-alirezadir.md").read_text(encoding="utf-8")
    (content / "sources" / "behavior.md").write_text(text, encoding="utf-8")
    (content / "sources" / "other.md").write_text("## What is TCP?\nA reliable transport protocol.\n", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [n.fields["Question"] for n in result.compiled.deck.notes] == ["What is TCP?"]
    said = [d.text() for d in result.compiled.diagnostics.items]
    # (trial51 T51-10: its three questions written as links ask too, so the file is a list of questions, said once)
    assert any(s.startswith("sources/behavior.md:8: warning: a list of 8 questions and no answers: this file adds no card") for s in said), said


def test_a_topic_heading_card_leaves_its_trailing_colon(tmp_path: Path) -> None:
    """T39-16: '### Recall@k:' over its definition bullets gave the front 'Recall@k:'."""
    notes, _ = _notes(
        tmp_path,
        "metrics.md",
        "# Offline Metrics\n\nMetrics used to judge search results:\n\n### Recall@k:\n  - Definition: the share of relevant items "
        "found in the top k.\n  - Use Case: retrieval.\n\n### Precision@k:\n\n  - Definition: the share of the top k that are "
        "relevant.\n\n### Mean Reciprocal Rank (MRR)\n  - Definition: the mean of one over the rank of the first hit.\n",
    )
    fronts = [front for front, _ in notes]
    assert "Recall@k" in fronts and "Precision@k" in fronts and not any(f.endswith(":") for f in fronts)


def test_obsidian_tags_closing_a_heading_leave_the_title_and_section(tmp_path: Path) -> None:
    """T39-14: '# Cell biology #flashcards' showed 'Cell biology #flashcards' on every card's context line."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / "cells.md").write_text(
        "# Cell biology #flashcards\n\nWhat is the powerhouse of the cell?::The mitochondrion\n\n"
        "## Membranes #bio/cells\n\nNucleus:::The organelle that holds the cell's DNA\n\n## Question #2\n\nWhat is ATP?::Energy currency\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fields = {n.fields["Question"]: n.fields for n in result.compiled.deck.notes}
    assert all("#flashcards" not in f.get("Sources", "") and "#bio" not in f.get("Section", "") for f in fields.values())
    assert fields["Nucleus"]["Section"] == "Membranes"
    from compiler.sources.markdown_blocks import without_tags

    assert without_tags("Question #2") == "Question #2" and without_tags("C# basics") == "C# basics"
    assert without_tags("Cell biology #flashcards #bio/cells") == "Cell biology"


def test_a_quoted_explanation_under_checkbox_options_leaves_its_label(tmp_path: Path) -> None:
    """T39-13: '> **Explanation:** `git add` only stages; …' under '- [x] …' options: the Explanation field showed the
    quote and its label."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / "git.md").write_text(
        "# Git quiz\n\n### Question 1\nWhat does `git add .` do?\n\n- [ ] Commits all files\n- [x] Stages all changes\n\n"
        "> **Explanation:** `git add` only stages; `git commit` records the snapshot.\n\n"
        "### Question 2\nWhich command shows the history?\n\n- [x] `git log`\n- [ ] `git show-all`\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    why = next(n.fields["Explanation"] for n in result.compiled.deck.notes if "git add" in n.fields["Question"])
    assert "Explanation:" not in why and "<code>git add</code> only stages; <code>git commit</code> records the snapshot." in why


def test_one_worksheet_s_questions_with_unlike_short_answers_are_not_put_to_the_user(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """T39-9: a five-card worksheet asked the user to decide '¿Cuál es el planeta más grande …?' (Júpiter) ~ '¿Cuántos
    planetas hay …?' (Ocho) and its two true/false statements; suggest_same_source = 0 still lists every pair."""
    from compiler.pipeline import compile_content

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    text = (TRIALS39 / "t39-9-same-source-suggestions" / "es-hoja-trabajo.md").read_text(encoding="utf-8")
    (content / "sources" / "hoja.md").write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    compiled = compile_content(content, now=1_000, embedder=real_model)
    assert len(compiled.deck.notes) == 5
    assert [p for p in compiled.dupes.pairs if p.status == "suggested"] == []
    (content / "dedupe.toml").write_text("[dedupe]\nsuggest_same_source = 0.0\n", encoding="utf-8")
    listed = compile_content(content, now=1_000, embedder=real_model)
    shown = {(p.a.item_id, p.b.item_id) for p in listed.dupes.pairs if p.status == "suggested"}
    assert ("hoja/la-luna-es-un-planeta", "hoja/el-sol-es-una-estrella") in shown


def test_chat_lines_around_a_table_of_cards_are_left_out_quietly(tmp_path: Path) -> None:
    """T39-15: 'Here's a set of flashcards in a table format …:' over '| Front | Back |' and '**Tip:** Review these …'
    under it were 'text outside any question … notes = "skip"' twice; a table under a lesson's own prose is not chat."""
    text = (TRIALS39 / "t39-9-same-source-suggestions" / "en-chatbot-table.md").read_text(encoding="utf-8")
    notes, said = _notes(tmp_path / "chat", "chat.md", text)
    assert len(notes) == 5 and not any("outside any question" in s for s in said)
    lesson = "The CPU runs programs; memory holds them while they run.\n\n" + text.split("\n", 2)[2]
    _, said = _notes(tmp_path / "lesson", "lesson.md", lesson)
    assert any("outside any question" in s for s in said)  # (its own prose: said, never dropped quietly)


def test_a_section_of_notes_with_no_question_is_said_as_such(tmp_path: Path) -> None:
    """T39-8: lecture sections with no question above the review questions were 'opens with 2 lines of text before its
    first item … the questions below may depend on them (… [[override]] …)'; a section that opens with text over its
    items keeps that message."""
    text = (TRIALS39 / "t39-8-notes-section-message" / "en-lecture-review-questions.md").read_text(encoding="utf-8")
    notes, said = _notes(tmp_path / "a", "lecture.md", text)
    assert len(notes) == 6  # (sitting 46: each section of notes is a card of its heading, said as such)
    heart = next(s for s in said if "7.1 The heart" in s)
    assert "holds notes and no question: a card" in heart and "questions below may depend" not in heart
    _, said = _notes(
        tmp_path / "b",
        "ex.md",
        "# Biology\n\n## Exercises\nRead the passage in chapter 2 first.\n\n1. What is osmosis?\nAnswer: Water crossing a membrane.\n"
        "2. What is diffusion?\nAnswer: Spreading from high to low concentration.\n\n## More exercises\n"
        "3. What is active transport?\nAnswer: Movement against the gradient.\n",
    )
    assert any("section 'Exercises' opens with 1 line of text before its first item" in s for s in said)
    assert not any("no question" in s for s in said)


def test_a_form_to_learn_equal_to_the_word_stays_on_the_back(tmp_path: Path) -> None:
    """T39-12: 'Fenster,das,Fenster,window' under 'Wort,Artikel,Plural,Bedeutung' dropped 'Plural: Fenster' (the plural
    that does not change is what the learner must learn); a base form equal to the word ('Stem') still says nothing."""
    text = (TRIALS39 / "t39-12-cell-equal-to-word" / "de-vokabeln-header.csv").read_text(encoding="utf-8")
    notes, _ = _notes(tmp_path / "de", "de.csv", text)
    assert dict(notes)["Fenster"] == "<p>window</p><p>Artikel: das</p><p>Plural: Fenster</p>"
    notes, _ = _notes(tmp_path / "stem", "words.csv", "Word,Stem,Meaning\nran,run,went quickly\nobstinate,obstinate,stubborn\n")
    assert dict(notes)["obstinate"] == "<p>stubborn</p>" and "Stem: run" in dict(notes)["ran"]


def test_a_header_row_over_two_rows_of_other_words_is_a_header(tmp_path: Path) -> None:
    """T37-11 with two data rows: 'Farmaco,Classe,Meccanismo d'azione' over two drugs was a card (three rows were
    needed to tell a header by its shape); a list of names over one more ('France,Paris' …) is still its own data."""
    notes, _ = _notes(
        tmp_path / "it",
        "it.csv",
        "Farmaco,Classe,Meccanismo d'azione\nMetformina,Biguanide,Riduce la gluconeogenesi epatica\n"
        "Furosemide,Diuretico dell'ansa,Inibisce il cotrasportatore Na-K-2Cl\n",
    )
    assert sorted(front for front, _ in notes) == ["Furosemide", "Metformina"]
    assert "Classe: Biguanide" in dict(notes)["Metformina"]
    notes, _ = _notes(tmp_path / "caps", "caps.csv", "France,Paris\nSpain,Madrid\n")
    assert sorted(front for front, _ in notes) == ["France", "Spain"]


def test_a_vocabulary_sheet_s_file_name_is_no_context_line(tmp_path: Path) -> None:
    """T39-7: every word of 'zh-hsk-header.tsv' showed 'zh-hsk-header' above it (the Section), as a heading naming no
    subject shows its page's title; a file's name is no title."""
    for name in ("fr-vocab-semicolon.csv", "zh-hsk-header.tsv"):
        text = (TRIALS39 / "t39-7-file-name-context-on-vocabulary" / name).read_text(encoding="utf-8")
        content = tmp_path / name / "content"
        (content / "sources").mkdir(parents=True)
        (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
        (content / "sources" / name).write_text(text, encoding="utf-8")
        result = build(content, tmp_path / name / "build", formats=("json",), now=1_000)
        assert result.compiled is not None and len(result.compiled.deck.notes) == 3
        assert all(not n.fields.get("Section") for n in result.compiled.deck.notes), name


def test_own_labels_only_when_every_item_carries_the_same_two(tmp_path: Path) -> None:
    """T39-3's limit (once lines.own_item_labels' test): labels that differ from item to item ('1. **Atom:** …' over
    '**Ion:** …'), or a single item, stay as written; the same two on every item leave."""
    from compiler.model import Block, BlockKind, Item, Locator
    from compiler.sources.item_labels import own_labels

    def item(n: int, question: str, answer: str) -> Item:
        return Item(source="p", question=question, answer=[Block(kind=BlockKind.text, text=answer)],
                    locator=Locator(file="sources/p.md", line=n), original=question)  # fmt: skip

    mixed = [item(1, "Atom: What is it?", "Ion: a charged atom."), item(3, "Cell: What is it?", "Gene: a unit.")]
    assert own_labels(mixed) == mixed
    one = [item(1, "Recto : Q?", "Verso : A.")]
    assert own_labels(one) == one
    two = [item(1, "Recto : Q1?", "Verso : A1."), item(3, "Recto : Q2?", "Verso : A2.")]
    assert [(i.question, i.answer[0].text) for i in own_labels(two)] == [("Q1?", "A1."), ("Q2?", "A2.")]


def test_a_glossary_section_after_the_last_answer_of_a_text_file_is_no_part_of_it(tmp_path: Path) -> None:
    """A plain-text review sheet: 'Q:' / 'A:' pairs, then 'Key terms' over 'Isotope - …' / 'Ion - …' lines: the title
    and the terms were glued onto the last answer ('Na Key terms: Isotope - …'); now each term is a card."""
    for n, title in enumerate(("Key terms", "Key terms:", "KEY TERMS")):
        notes, _ = _notes(
            tmp_path / str(n),
            "chem.txt",
            "Chemistry quick review\n\nQ: What is the atomic number of carbon?\nA: 6\nQ: What is the chemical symbol for sodium?\n"
            f"A: Na\n\n{title}\nIsotope - atoms of the same element with different numbers of neutrons\n"
            "Ion - an atom with a net electric charge\n\nGood luck on the test!\n",
        )
        backs = dict(notes)
        assert backs["What is the chemical symbol for sodium?"] == "<p>Na</p>", title
        assert backs["Isotope"] == "<p>atoms of the same element with different numbers of neutrons</p>", title
        assert backs["Ion"] == "<p>an atom with a net electric charge</p>", title


def test_answers_labelled_with_a_letter_and_a_full_stop_under_labelled_questions(tmp_path: Path) -> None:
    """'**Q1.** What is the unit of life?' / '**A.** The cell.' (and French '**R.** La cellule.', Spanish 'P:' / 'R:'):
    every question but the page's last had 'no answer' (the 'A.' line read as a lone option); options stay options."""
    page = "# Ch\n\n" + "\n".join(f"**Q{n}.** {q}\n**{label}.** {a}\n" for n, (q, a) in enumerate(
        [("What is the unit of life?", "The cell."), ("Where is DNA?", "In the nucleus."), ("What do mitochondria do?", "They make energy.")], 1
    ) for label in ["A"])  # fmt: skip
    notes, said = _notes(tmp_path / "en", "en.md", page)
    assert dict(notes) == {"What is the unit of life?": "<p>The cell.</p>", "Where is DNA?": "<p>In the nucleus.</p>",
                           "What do mitochondria do?": "<p>They make energy.</p>"}  # fmt: skip
    assert not any("no answer" in s for s in said)
    notes, _ = _notes(tmp_path / "fr", "fr.md", page.replace("**A.**", "**R.**"))
    assert dict(notes)["Where is DNA?"] == "<p>In the nucleus.</p>"
    notes, _ = _notes(tmp_path / "es", "es.txt", "Repaso\n\nP: ¿Cuál es la capital de Francia?\nR: París.\n\nP: ¿Cuántos continentes hay?\nR: Siete.\n")
    assert dict(notes) == {"¿Cuál es la capital de Francia?": "<p>París.</p>", "¿Cuántos continentes hay?": "<p>Siete.</p>"}
    quiz = "# Quiz\n\n" + "".join(f"Q{n}. Which is {w}?\nA. Mars\nB. Sun\nC. Moon\nD. Comet\nAnswer: {k}\n\n" for n, w, k in ((1, "a planet", "A"), (2, "a star", "B")))
    notes, _ = _notes(tmp_path / "mc", "mc.md", quiz)
    assert dict(notes) == {"Which is a planet?": "A) Mars", "Which is a star?": "B) Sun"}


def test_plain_a_dot_answers_under_numbered_q_labels_in_markdown_and_text(tmp_path: Path) -> None:
    """'Q1. What is the unit of life?' / 'A. The cell.' with no bold: in Markdown every question but the last had 'no
    answer' (the 'A.' line a lone option), in a text file 'A. The cell.' stayed on the back."""
    page = "# Ch\n\nQ1. What is the unit of life?\nA. The cell.\n\nQ2. Where is DNA?\nA. In the nucleus.\n\nQ3. What do mitochondria do?\nA. They make energy.\n"
    for name in ("ch.md", "ch.txt"):
        notes, said = _notes(tmp_path / name, name, page)
        assert dict(notes) == {"What is the unit of life?": "<p>The cell.</p>", "Where is DNA?": "<p>In the nucleus.</p>",
                               "What do mitochondria do?": "<p>They make energy.</p>"}, name  # fmt: skip
        assert not any("no answer" in s for s in said), name


def test_a_dash_after_a_bold_question_label_leaves_the_front(tmp_path: Path) -> None:
    """A Portuguese mock exam tried as a new user at the end of sitting 39: '**Questão 1** – Qual é …?' over its
    options and a 'Gabarito' key: right cards, but every front began with '– '."""
    page = "# Simulado\n\n" + "\n".join(
        f"**Questão {n}** – {q}\n(A) {a}\n(B) {b}\n(C) {c}\n" for n, (q, a, b, c) in enumerate(
            [("Qual é a capital da Bahia?", "Recife", "Salvador", "Natal"), ("Qual é o maior rio do Brasil?", "Amazonas", "Paraná", "Tietê")], 1)
    ) + "\n**Gabarito:** 1-B, 2-A\n"  # fmt: skip
    notes, _ = _notes(tmp_path, "pt.md", page)
    assert dict(notes) == {"Qual é a capital da Bahia?": "B) Salvador", "Qual é o maior rio do Brasil?": "A) Amazonas"}
