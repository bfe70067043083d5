"""Sitting 31 (lead): the code fingerprint is kept per user; library versions without importlib.metadata."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

from compiler import uptodate


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uptodate, "_code", None)


def test_code_fingerprint_is_kept_per_user_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DECKC_VECTOR_CACHE", str(tmp_path))
    _fresh(monkeypatch)
    first = uptodate.code_fingerprint()
    memo = tmp_path / "code-fingerprint.json"
    data = json.loads(memo.read_text(encoding="utf-8"))
    assert data["code"] == first
    # the memo is what a later process reads while no file changed: prove it is used
    memo.write_text(json.dumps({"stamp": data["stamp"], "code": "kept"}), encoding="utf-8")
    _fresh(monkeypatch)
    assert uptodate.code_fingerprint() == "kept"
    # a memo for other files (another size or time of any file) is not used: the package is hashed again
    memo.write_text(json.dumps({"stamp": "other", "code": "kept"}), encoding="utf-8")
    _fresh(monkeypatch)
    assert uptodate.code_fingerprint() == first
    memo.write_text("not json", encoding="utf-8")
    _fresh(monkeypatch)
    assert uptodate.code_fingerprint() == first
    # nothing kept per user: the package is hashed, nothing written
    monkeypatch.setenv("DECKC_VECTOR_CACHE", "off")
    memo.unlink()
    _fresh(monkeypatch)
    assert uptodate.code_fingerprint() == first
    assert not memo.exists()


def test_code_stamp_changes_with_a_files_time() -> None:
    package = Path(uptodate.__file__).resolve().parent
    paths = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    versions = uptodate.library_versions(uptodate.LIBRARIES)
    before = uptodate._code_stamp(package, paths, versions)
    assert uptodate._code_stamp(package, paths, versions) == before
    assert uptodate._code_stamp(package, paths[1:], versions) != before
    assert uptodate._code_stamp(package, paths, {**versions, "numpy": "0"}) != before


def test_library_versions_agree_with_importlib_metadata() -> None:
    names = (*uptodate.LIBRARIES, "pytest", "no-such-library-deckc")
    found = uptodate.library_versions(names)
    for name in names:
        try:
            expected = metadata.version(name)
        except metadata.PackageNotFoundError:
            expected = "-"
        assert found[name] == expected, name


def test_glued_numbers_repair_is_linear_on_long_runs() -> None:
    """A 180,000-letter line in a document (found by fuzzing a build) took minutes: the pattern that puts back
    spaces lost around inline code tried every start in a run of letters.  Same repairs, one pass."""
    from compiler.sources.article import repair_glued

    assert repair_glued("up to0.5for the 1.5mm and x0.25times") == "up to 0.5 for the 1.5 mm and x 0.25 times"
    for run in ("x" * 200_000, "1" * 200_000, "a1" * 100_000):
        assert repair_glued(run) == run
    assert repair_glued("x" * 200_000 + "1.5ab") == "x" * 200_000 + " 1.5 ab"


_WORDS = """# Vocabulario – Unidad 3: La casa

## Sustantivos

- la cocina — the kitchen
- el dormitorio — the bedroom
- el baño — the bathroom
- la sala de estar — the living room
- el jardín — the garden

## Verbos

- limpiar — to clean
- barrer — to sweep
- hacer la cama — to make the bed

## Expresiones útiles

- ¿Dónde está el baño? — Where is the bathroom?
"""
_TRUE_FALSE = """Biology – True or False revision (Chapter 5)

1. The heart has four chambers. (T)
2. Arteries carry blood towards the heart. (F)
3. Red blood cells have a nucleus in mammals. (F)
4. Platelets help the blood to clot. (T)
"""


def test_one_lists_unlike_items_are_not_put_to_the_user(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """T31-23: a word list's 'la sala de estar' / 'hacer la cama' (score ~0.10) and a true/false sheet's two
    statements were 'possible duplicates to decide'; one document's two questions in other words are listed only
    from suggest_same_source (0.20), which dedupe.toml sets."""
    from compiler.pipeline import compile_content

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "vocab.md").write_text(_WORDS, encoding="utf-8")
    (content / "sources" / "tf.txt").write_text(_TRUE_FALSE, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    compiled = compile_content(content, now=1_000, embedder=real_model)
    assert len(compiled.deck.notes) == 13
    assert [p for p in compiled.dupes.pairs if p.status == "suggested"] == []
    (content / "dedupe.toml").write_text("[dedupe]\nsuggest_same_source = 0.0\n", encoding="utf-8")
    listed = compile_content(content, now=1_000, embedder=real_model)
    shown = [(p.a.item_id, p.b.item_id, p.reason) for p in listed.dupes.pairs if p.status == "suggested"]
    assert shown and all(reason == "same source" for _, _, reason in shown), shown
    assert [n.fields for n in listed.deck.notes] == [n.fields for n in compiled.deck.notes]


def test_indented_example_lines_in_an_answer_are_its_text(tmp_path: Path) -> None:
    """T31-28: '    Q: this line matches' indented under 'A: ^Q: — for example:' was a card of its own and the answer
    lost its example; only lines at the item's own indent start items."""
    from conftest import built_notes, note_back, note_front

    text = (
        'Q: Which regex matches a line that starts with "Q:"?\n'
        "A: ^Q: — for example:\n"
        "    grep '^Q:' notes.txt\n"
        "    Q: this line matches\n"
        "    A: this line does not\n\n"
        'Q: How do you print a literal "A:" in bash?\n'
        'A: echo "A:"\n\n'
        "  Q: What does the -v flag of grep do?\n"
        "  A: It inverts the match.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"regex.txt": text}, '[[source]]\nid = "r"\nfile = "sources/regex.txt"\nlayout = "qa"\n')
    assert not skipped, said
    assert [note_front(n) for n in notes] == [
        'Which regex matches a line that starts with "Q:"?',
        'How do you print a literal "A:" in bash?',
        "What does the -v flag of grep do?",
    ]
    first = note_back(notes[0])
    assert "grep '^Q:' notes.txt" in first and "Q: this line matches" in first and "A: this line does not" in first
    assert note_back(notes[2]) == "It inverts the match."


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a check box whose entry opens a fence it never closes: an empty nested code block (fuzzing, sitting 31)
        ("boxes.md", "- [ ] **b**\n    ```\n"),
        # a quote whose question-label check looked past the quote's own lines (fuzzing, sitting 31)
        ("quote.tsv", "<details><summary>двигатель</summary>\n    </details>\n  > &amp;\n2) 🙂?\n**" + "a" * 300 + "?**\n"),
    ],
)
def test_fuzzed_documents_build_without_an_internal_error(tmp_path: Path, name: str, text: str) -> None:
    """Documents a fuzzer made that stopped the build with an internal error (a bug in deckc): now a build, or a
    warning naming the file."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "internal error" not in result.output, result.output
    assert f"sources/{name}" in result.output


def test_a_labelled_follow_up_is_filed_under_the_question_it_follows(tmp_path: Path) -> None:
    """T31-53: '**Follow-up: How do you prevent it?**' under '## What is a deadlock?' was a card reading
    'Follow-up: How do you prevent it?' with no section: shuffled among other cards, 'it' was unknown."""
    from conftest import built_notes, note_front

    text = (
        "# Concurrency interview questions\n\n## What is a deadlock?\nTwo threads each wait for a lock the other holds.\n\n"
        "**Follow-up: What are the four Coffman conditions?**\nMutual exclusion, hold and wait, no preemption, circular wait.\n\n"
        "**Nachfrage: How do you prevent it?**\n\nAcquire locks in a global order.\n\n"
        "## What is a race condition?\nThe result depends on the timing of threads.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"followup.md": text})
    assert not skipped, said
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("What is a deadlock?", ""),
        ("What are the four Coffman conditions?", "What is a deadlock?"),
        ("How do you prevent it?", "What is a deadlock?"),
        ("What is a race condition?", ""),
    ]


def test_a_chats_spoiler_quiz_posts_are_a_card_each(tmp_path: Path) -> None:
    """T31-56: Discord quiz posts '**Q1:** …? ||Cysteine||' a line each, no blank line between them (a chat has
    none), were one card whose back held the other questions; a Reddit '>!…!<' question after them was glued on."""
    from conftest import built_notes, note_back, note_front

    text = (
        "**#biochem-study** — daily quiz 🧪\n\n"
        "**Q1:** Which amino acid has a thiol side chain? ||Cysteine||\n"
        "**Q2:** Which vitamin deficiency causes scurvy? ||Vitamin C (ascorbic acid)||\n"
        "**Q3:** What is the net ATP yield of glycolysis? ||2 ATP (4 made, 2 used)||\n\n"
        "Which enzyme unwinds DNA? >!Helicase!<\n"
    )
    for name in ("discord.md", "discord.txt"):
        notes, skipped, said = built_notes(tmp_path / name, {name: text})
        assert not skipped, said
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("Which amino acid has a thiol side chain?", "Cysteine"),
            ("Which vitamin deficiency causes scurvy?", "Vitamin C (ascorbic acid)"),
            ("What is the net ATP yield of glycolysis?", "2 ATP (4 made, 2 used)"),
            ("Which enzyme unwinds DNA?", "Helicase"),
        ], name


def test_asterisk_ticked_boxes_are_the_right_options(tmp_path: Path) -> None:
    """T31-20: hascard's '[*] Option' boxes under a heading were read as Markdown emphasis between two asterisks:
    the back showed '[ ] Option 1', italic text, '[ ] Option 3', every box unticked."""
    from conftest import built_notes

    text = "# Which planets are gas giants?\n[*] Jupiter\n[ ] Mars\n[*] Saturn\n[ ] Venus\n\n---\n\n# Which planet is red?\n[ ] Venus\n[*] Mars\n"
    notes, skipped, said = built_notes(tmp_path, {"cards.md": text})
    assert not skipped, said
    assert [(n["fields"]["Question"], n["fields"]["Correct"]) for n in notes] == [
        ("Which planets are gas giants?", "A) Jupiter<br>C) Saturn"),
        ("Which planet is red?", "B) Mars"),
    ]
    assert not any("<em>" in v for n in notes for v in n["fields"].values())


TRIAL31 = Path(__file__).parent / "data" / "trials" / "trial31"


def test_options_that_are_decimals_keep_their_labels(tmp_path: Path) -> None:
    """T31-25: '(A) 9.81' was read as a teacher's filled-in blank before item 9 ('(B) 3. …'), rewritten '9. 81 (A)':
    a Basic card of garbage; T31-24: in the PDF exam it also moved a '(correct)' onto the next question's option D."""
    from conftest import built_notes

    text = (TRIAL31 / "decimal-options-two-per-line.txt").read_text(encoding="utf-8")
    notes, skipped, said = built_notes(tmp_path, {"physics.txt": text})
    assert not skipped, said
    assert [n["fields"]["Correct"] for n in notes] == ["A) 9.81", "A) 1.60"]
    assert "9. 81" not in " ".join(n["fields"]["Options"] for n in notes)


def test_a_pdf_exam_with_decimal_options_is_keyed_by_its_key(tmp_path: Path) -> None:
    """T31-24: the Typst-made chemistry mid-term (two options a line, a key table on page 2): question 8 was keyed D
    'carbon dioxide', the key says C 'hydrogen'."""
    from conftest import built_notes, typeset_pdf

    pdf = typeset_pdf(tmp_path / "chem-midterm.pdf", (TRIAL31 / "chem-midterm.typ").read_text(encoding="utf-8"))
    notes, skipped, said = built_notes(tmp_path / "deck", {"chem-midterm.pdf": pdf})
    assert not skipped, said
    correct = {n["fields"]["Question"][:30]: n["fields"]["Correct"] for n in notes}
    assert correct["Which gas is produced when zin"] == "C) hydrogen"
    assert correct["Avogadro’s number is approxima"].startswith("A) 6.02")
    assert len(notes) == 8


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("quiz.txt", "Quiz\n\n1. What is the capital of France?\nA) Madrid\nB) Paris\nC) Rome\nD) Berlin\nAnswer: C) Paris\n\n"
         "2. Which is even?\nA) 3\nB) 5\nC) 8\nD) 9\nAnswer: C\n"),
        ("quiz.md", "## What is the capital of France?\n\n- A) Madrid\n- B) Paris\n- C) Rome\n- D) Berlin\n\n**Answer:** C) Paris\n\n"
         "## Which is even?\n\n- A) 3\n- B) 5\n- C) 8\n- D) 9\n\n**Answer:** C\n"),
        ("exam.txt", "1. What is the capital of France?\n(a) Madrid\n(b) Paris\n(c) Rome\n(d) Berlin\nAns: (c) Paris\n\n"
         "2. Which is even?\n(a) 3\n(b) 5\n(c) 8\n(d) 9\nAns: (c) 8\n"),
    ],
)
def test_a_key_whose_letter_and_words_disagree_is_said(tmp_path: Path, name: str, text: str) -> None:
    """T31-61: 'Answer: C) Paris' where C is 'Rome' and B 'Paris' made a card teaching Rome, silently. The words are
    the answer (a letter goes stale when options are reordered): the card takes B, and the build says so at the line."""
    from conftest import built_notes

    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert not skipped, said
    assert [n["fields"]["Correct"].replace("(", "").upper()[:2] for n in notes] == ["B)", "C)"], [n["fields"]["Correct"] for n in notes]
    warned = [s for s in said if "option its words are" in s]
    assert len(warned) == 1 and f"sources/{name}:" in warned[0] and "'Rome'" in warned[0], said


def test_one_unkeyed_list_does_not_offer_a_file_wide_choices_false(tmp_path: Path) -> None:
    """T31-39: one question whose key deckc could not read made the build print a whole-file table with
    choices = false; pasted, it turned the file's right multiple-choice cards into option lists. Offered only when
    most of the file's option lists have no key. T31-40: 'Answer: T' over 'A. True' / 'B. False' keys True."""
    from click.testing import CliRunner

    from compiler.cli import main

    keyed = "".join(f"{n}. Which is number {n}?\n(a) {n}\n(b) {n + 10}\n(c) {n + 20}\nAnswer: (a)\n\n" for n in range(1, 5))
    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "quiz.txt").write_text(
        keyed + "5. Which is the largest?\n(a) 1\n(b) 2\n(c) 3\nAnswer: the last one\n\n"
        "6. Water boils at 100 °C at sea level.\nA. True\nB. False\nAnswer: T\n", encoding="utf-8"
    )
    table = '[[source]]\nid = "quiz"\nfile = "sources/quiz.txt"\nlayout = "numbered"\nshuffle = false\n'
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table}', encoding="utf-8")
    out = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")]).output
    assert "sources/quiz.txt:25: warning: 3 options and none marked correct; no card" in out, out
    assert "choices = false" not in out, out
    manifest = json.loads((tmp_path / "out" / "mine.json").read_text(encoding="utf-8"))
    assert [n["fields"]["Correct"] for n in manifest["notes"]] == ["A) 1", "A) 2", "A) 3", "A) 4", "A) True"]
    # dropped in with no table and written as an Aiken quiz: the question whose key names no option is said, not lost
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    aiken = (content / "sources" / "quiz.txt").read_text(encoding="utf-8").replace("(a)", "A)").replace("(b)", "B)")
    (content / "sources" / "quiz.txt").write_text(aiken.replace("(c)", "C)").replace("Answer: A)", "Answer: A"), encoding="utf-8")
    out = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "auto")]).output
    assert "sources/quiz.txt:25: warning: lines 25-29 ('5. Which is the largest?') are in no Aiken question" in out, out
    manifest = json.loads((tmp_path / "auto" / "mine.json").read_text(encoding="utf-8"))
    assert len(manifest["notes"]) == 5 and "True" in manifest["notes"][-1]["fields"]["Correct"]
    # most option lists unkeyed: the file-wide switch is offered, as before
    unkeyed = "".join(f"{n}. Which is number {n}?\na) {n}\nb) {n + 10}\n\n" for n in range(1, 4))
    (content / "sources" / "quiz.txt").write_text(unkeyed, encoding="utf-8")
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table}', encoding="utf-8")
    out = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out2")]).output
    assert "choices = false" in out, out


def test_a_key_entry_that_keys_no_question_is_said(tmp_path: Path) -> None:
    """T31-51: a key '1-B, 2-C, 3-D, 4-A, 5-B' under a 4-question quiz: entry 5 was unused without a word, yet a key
    entry that keys nothing is the best sign that a question was lost or glued into another's answer."""
    from conftest import built_notes

    text = "Quiz\n\n" + "".join(f"{n}. Q {n}?\nA. a{n}\nB. b{n}\nC. c{n}\nD. d{n}\n\n" for n in range(1, 5))
    text += "Answers\n1-B, 2-C, 3-D, 4-A, 5-B\n"
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert not skipped, said
    assert [n["fields"]["Correct"][:2] for n in notes] == ["B)", "C)", "D)", "A)"]
    extra = [s for s in said if "names question 5" in s]
    assert len(extra) == 1 and "sources/quiz.txt:28" in extra[0], said
    notes, _, said = built_notes(tmp_path / "exact", {"quiz.txt": text.replace(", 5-B", "")})
    assert len(notes) == 4 and not any("names question" in s for s in said)


def test_a_bold_labelled_question_that_ends_with_a_full_stop_is_a_card(tmp_path: Path) -> None:
    """T31-65: '**Q: Define the Sharpe ratio.**' / 'A: …' was glued onto the next card's front (or, first on the page,
    'text outside any question'): a question label and an answer label ask, whatever the question ends with."""
    from conftest import built_notes, note_back, note_front

    pairs = [
        ("Define the Sharpe ratio.", "(Rp − Rf) / σp: excess return per unit of total risk."),
        ("What does a duration of 7 mean for a bond?", "A 1% rise in yields lowers the price by about 7%."),
        ("Explain convexity.", "How duration itself changes as yields change."),
        ("Which is riskier for a lender when rates rise?", "A fixed-rate loan."),
    ]
    text = "# CFA Level 1 — Quick review\n\n" + "".join(f"**Q: {q}**\nA: {a}\n\n" for q, a in pairs)
    notes, skipped, said = built_notes(tmp_path, {"finance.md": text})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == pairs
