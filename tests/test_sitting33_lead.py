"""Sitting 33 (lead): advice after a renamed file (T32-20, second part)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

DATA = Path(__file__).parent / "data" / "trials" / "trial32"


def test_no_pin_onto_a_retired_duplicate_and_the_renamed_source_named(tmp_path: Path) -> None:
    """T32-20: the folder a learner had after renaming a listed file and re-keying its override as two messages
    told: `deckc diff` offered `item = X` / `id = X  # keeps GUID <a retired duplicate>` (moving the studied card
    onto the wrong GUID), and the ignored override was called 'its document was deleted'. Now no such pin is
    offered, and the warning names the item of the same name under the source's kept id."""
    content = tmp_path / "deck"
    shutil.copytree(DATA / "weeks-rename", content)
    run = CliRunner().invoke(main, ["diff", str(content)])
    assert run.exit_code == 0, run.output
    assert "keeps GUID" not in run.output and "Ae/IVnZP" not in run.output, run.output
    assert (
        "overrides.toml:3: warning: override for 'quiz-vitamins/which-organ-makes-bile' is ignored: its source "
        "'quiz-vitamins' is no longer in the deck (the deck's item 'quiz/which-organ-makes-bile' has that name "
        '(a renamed file keeps its [[source]] id): write item = "quiz/which-organ-makes-bile")'
    ) in run.output, run.output
    assert "0 new, 0 updated, 11 unchanged, 0 retired" in run.output, run.output


QUIZ = "1. Which organ makes bile?\nA. Gallbladder\nB. Liver\nC. Pancreas\n\n2. Which organ makes insulin?\nA. Liver\nB. Pancreas\nC. Spleen\n\nAnswer key: 1-B, 2-B\n"


def test_a_second_download_of_a_file_is_left_out_and_said(tmp_path: Path) -> None:
    """T32-33: `quiz (1).txt`, byte for byte the quiz already read, merged silently and made every note of the
    quiz "updated" (its Sources naming both files). Now it is left out, said once at the copy, and the notes stay
    unchanged; with neither file listed, the one without the copy's mark is read."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "quiz.txt").write_text(QUIZ, encoding="utf-8")
    table = '[[source]]\nid = "quiz"\nfile = "sources/quiz.txt"\ntitle = "Quiz"\nlayout = "numbered"\n'
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table, encoding="utf-8")
    out = tmp_path / "build"
    first = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert first.exit_code == 0 and "2 new" in first.output, first.output
    (content / "sources" / "quiz (1).txt").write_bytes((content / "sources" / "quiz.txt").read_bytes())
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert (
        "sources/quiz (1).txt: warning: not read: it has the same bytes as sources/quiz.txt (a second download or a "
        "copy?), which is read (delete it; or, to keep it, rename it #quiz (1).txt or move it out of sources/"
    ) in again.output, again.output
    assert "0 new, 0 updated, 2 unchanged, 0 retired" in again.output, again.output
    # neither listed: the plain name is read, the marked copy left out
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    loose = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "b2")])
    assert loose.exit_code == 0, loose.output
    assert "sources/quiz (1).txt: warning: not read: it has the same bytes as sources/quiz.txt" in loose.output, loose.output
    assert "wrote 2 notes" in loose.output, loose.output


def test_two_files_alike_but_not_byte_for_byte_are_both_read(tmp_path: Path) -> None:
    """Only the same bytes make a copy: a file of the same size with one letter changed is read as its own."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "a.txt").write_text(QUIZ, encoding="utf-8")
    (content / "sources" / "b.txt").write_text(QUIZ.replace("Spleen", "Spleeb"), encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert run.exit_code == 0 and "same bytes" not in run.output, run.output


LECTURE = """# Lecture 4: Monetary policy

Central banks steer short-term interest rates to keep inflation near a target.

## Instruments

Open market operations change the amount of reserves banks hold.

The discount rate is what the central bank charges banks for loans.

## Check yourself

**What does a central bank buy in an open market operation?**

Government bonds.
"""


def test_lecture_notes_name_the_knob_and_notes_skip_silences_them(tmp_path: Path) -> None:
    """T31-70: lecture notes with a question among them: every paragraph was warned 'put it under a question … or
    remove it', on every build. The message now asks first whether they are notes and names `notes = "skip"`; with
    it in the file's table, no message, and the card is the same."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "lecture.md").write_text(LECTURE, encoding="utf-8")
    table = '[[source]]\nid = "lecture"\nfile = "sources/lecture.md"\ntitle = "Lecture 4"\nlayout = "markdown"\n'
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table, encoding="utf-8")
    out = tmp_path / "build"
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert (
        "sources/lecture.md:3: warning: text outside any question is not in any card (under the page's title 'Lecture 4: "
        "Monetary policy' at line 1: its introduction) (notes, not questions? notes = \"skip\" in its "
        "[[source]] table stops this message; else put it under a question"
    ) in run.output, run.output
    assert "[3 times; also at line 7, line 9]" in run.output, run.output
    assert "wrote 1 note, 1 warning" in run.output, run.output
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table + 'notes = "skip"\n', encoding="utf-8")
    quiet = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert quiet.exit_code == 0 and "outside any question" not in quiet.output, quiet.output
    assert "wrote 1 note, 0 warnings" in quiet.output and "0 new, 0 updated, 1 unchanged" in quiet.output, quiet.output


def test_a_keyed_vignette_with_a_lab_table_is_no_misfit(tmp_path: Path) -> None:
    """T32-15: a two-question bank whose first question holds a case and a table of lab values was read right, yet
    warned 'one item holds 13 of the document's 21 lines: the layout does not seem to fit (choose another layout)'.
    A keyed quiz item that asks once is long by its stem, not by swallowing others: no such warning."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copy(DATA / "med-lab-table.md", content / "sources")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "build")])
    assert run.exit_code == 0, run.output
    assert "does not seem to fit" not in run.output, run.output
    assert "wrote 2 notes, 1 warning" in run.output, run.output  # (the table to paste)


def test_values_of_two_measures_are_two_questions(tmp_path: Path) -> None:
    """T32-44: 'normal range of serum calcium' / '… magnesium', answered '2.2–2.6 mmol/L.' / '0.7–1.0 mmol/L', was
    suggested with no note (the answers share their unit) while the drug pairs got one. Short answers with other
    numbers are other facts: the pair gets the note, never an automatic merge."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copytree(DATA / "dupes-antidotes", content / "sources", dirs_exist_ok=True)
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(content), "-o", str(content / "build")]).exit_code == 0
    run = CliRunner().invoke(main, ["dupes", str(content)])
    assert run.exit_code == 0, run.output
    assert '[other words ("calcium" vs "magnesium"): two questions, check]' in run.output, run.output
    assert "anaphylaxis" in run.output.split("calcium")[0], run.output  # (the real duplicates rank first)


def test_two_notes_of_an_anki_package_asking_alike_stay_two(tmp_path: Path) -> None:
    """T33-16: an Anki package whose two notes ask the same words and teach different things (Pāṇini's two
    pratyāhāras named 'अण्') was merged automatically ('same wording', 1.00): 52 notes in, 51 out, the second's
    answer under 'Also'; the warning called a note id a line. Two notes the author kept apart, each with its GUID,
    stay two notes (the pair is a suggestion) with their own GUIDs, and no 'the same question as line …' is said."""
    import genanki

    deck = genanki.Deck(2059400133, "Pratyāhāra")
    front = "अण् Which sounds does this pratyāhāra denote?"
    for guid, back in (("pa-an-1", "अ इ उ (6.3.111)"), ("pa-an-2", "अ इ उ ऋ ऌ ए ओ ऐ औ ह य व र ल (1.1.69)"), ("pa-ak", "अ इ उ ऋ ऌ")):
        question = front if guid != "pa-ak" else "अक् Which sounds does this pratyāhāra denote?"
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[question, back], guid=guid))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package([deck]).write_to_file(str(content / "sources" / "pratyahara.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "wrote 3 notes" in run.output and "the same question as" not in run.output, run.output
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert sorted(n["guid"] for n in notes) == ["pa-ak", "pa-an-1", "pa-an-2"], notes
    assert all(n["fields"]["Also"] == "" for n in notes), notes
    dupes = CliRunner().invoke(main, ["dupes", str(content), "-o", str(out)])
    # (each pair is two notes of the package, each with its GUID: kept apart for sure, nothing to decide; sitting 43)
    assert "pairs (3 suggested: 0 to decide, 3 kept apart for sure)" in dupes.output and "merged-auto" not in dupes.output, dupes.output


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        ("Indian Penal Code – important sections", [("Section 299", "Culpable homicide"), ("Section 302", "Punishment for murder"), ("Section 304B", "Dowry death"), ("Section 420", "Cheating")]),
        ("Grundgesetz", [("Art. 1", "Menschenwürde"), ("Art. 2", "Freie Entfaltung der Persönlichkeit"), ("Art. 3", "Gleichheit vor dem Gesetz")]),
        ("BGB", [("§ 823 BGB", "Schadensersatzpflicht"), ("§ 433 BGB", "Pflichten aus dem Kaufvertrag"), ("§ 929 BGB", "Einigung und Übergabe")]),
    ],
)
def test_a_list_of_numbered_sections_is_a_card_each(tmp_path: Path, title: str, rows: list[tuple[str, str]]) -> None:
    """T33-19: a law student's list, 'Section 302 – Punishment for murder' a line under a title: 'cannot tell this
    document's layout' ('Section 302' is a label elsewhere, 'Question 3'). Every line such a term and its meaning,
    nothing else in the file and nothing asked: a card per line."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    text = title + "\n\n" + "".join(f"{term} – {meaning}\n" for term, meaning in rows)
    (content / "sources" / "sections.txt").write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in notes] == [(t, f"<p>{m}</p>") for t, m in rows], notes


def test_question_labels_over_text_stay_questions(tmp_path: Path) -> None:
    """The other side of T33-19: 'Question 1 – …?' lines are questions, and 'Chapter 2 – Cells' lines over text
    are headings: neither is read as a list of terms."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    text = "".join(f"Question {n} – What is {w}?\nAnswer: {a}\n\n" for n, (w, a) in enumerate([("DNA", "A molecule."), ("RNA", "Another."), ("ATP", "Energy.")], 1))
    (content / "sources" / "q.txt").write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert [n["fields"]["Answer"] for n in notes] == ["<p>A molecule.</p>", "<p>Another.</p>", "<p>Energy.</p>"], notes


PROPS = (
    "Props pass data from a parent component to a child component. A child reads them and never changes them.\n\n"
    "A component re-renders when its props change.\n"
)


def test_a_renamed_one_note_page_is_offered_its_pin(tmp_path: Path) -> None:
    """T33-22: a page whose file name is its question ('03-Props.md' -> '03-React Props.md', the text the same)
    was retired and made again with no override offered: its source id changed with its name. A source gone and
    one new whose note answers word for word what the retired note did: the pin is printed, and pasting it keeps
    the GUID (Anki updates the note in place)."""
    content = tmp_path / "content"
    pages = content / "sources" / "React"
    pages.mkdir(parents=True)
    (pages / "03-Props.md").write_text(PROPS, encoding="utf-8")
    (pages / "06-State.md").write_text("State is data a component owns and changes over time.\n", encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    first = build_run(content, out)
    guid = next(n["guid"] for n in _notes_of(out) if "Props" in n["fields"]["Question"])
    (pages / "03-Props.md").rename(pages / "03-React Props.md")
    said = CliRunner().invoke(main, ["diff", str(content), "-o", str(out)])
    pin = '    [[override]]\n    item = "react-03-react-props/03-react-props"\n    id = "react-03-props/03-props"'
    assert pin in said.output, said.output
    (content / "overrides.toml").write_text(pin.replace("    ", "") + '\nwhy = "file renamed"\n', encoding="utf-8")
    again = build_run(content, out)
    assert "0 new, 1 updated, 1 unchanged, 0 retired" in again, again
    assert next(n["guid"] for n in _notes_of(out) if "Props" in n["fields"]["Question"]) == guid
    assert first


def build_run(content: Path, out: Path) -> str:
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    return run.output


def _notes_of(out: Path) -> list[dict]:
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]


def test_a_package_whose_guids_are_kept_says_what_anki_does_with_them(tmp_path: Path) -> None:
    """T33-23: a shared deck's package rebuilt by deckc keeps its GUIDs, so a collection that holds the originals
    meets deckc's notes as 'conflicting' and updates none; nothing said so. The table to paste says it, with the
    two ways out."""
    import genanki

    deck = genanki.Deck(2059400134, "Capitals")
    for guid, front, back in (("cap-fr", "Capital of France?", "Paris"), ("cap-es", "Capital of Spain?", "Madrid")):
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back], guid=guid))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package([deck]).write_to_file(str(content / "sources" / "capitals.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    # (built at a fixed time first: a note changed in Anki in the same second as the build is 'duplicate' to it)
    assert build(content, out, now=1_000).compiled is not None
    run = build_run(content, tmp_path / "again")
    assert (
        "its 2 notes keep the GUIDs it gave them: in an Anki collection that holds them already, deckc's .apkg meets "
        "them as 'conflicting' (their note type is not deckc's) and updates none; to update them in place, review history "
        "kept: import deckc's .apkg once, change those notes' type to deckc's (Browse › Notes › Change Note Type), then "
        "import it again with 'Update notes: Always'"
    ) in run, run
    # what it says, in Anki: the original package, then deckc's .apkg (conflicting), then deckc's CSV (updated)
    from ankiutil import import_apkg, open_collection

    col = open_collection(tmp_path / "col")
    try:
        assert import_apkg(col, content / "sources" / "capitals.apkg").new == 2
        cards = sorted(col.find_cards(""))  # (their reviews are kept by card id)
        package = import_apkg(col, next(out.glob("*.apkg")))
        assert (package.conflicting, package.updated) == (2, 0), package
        # Browse › Notes › Change Note Type: the originals to deckc's note type (which the import brought), fields in order
        old = col.models.get(col.get_note(col.find_notes("")[0]).mid)  # ('Basic (genanki)')
        new = col.models.by_name("deckc Basic")
        assert old is not None and new is not None
        info = col.models.change_notetype_info(old_notetype_id=old["id"], new_notetype_id=new["id"])
        request = info.input
        request.note_ids.extend(col.find_notes(f"mid:{old['id']}"))
        col.models.change_notetype_of_notes(request)
        # then the import dialog's 'Update notes: Always' (Change Note Type made the originals newer than the build)
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        options = col._backend.get_import_anki_package_presets()
        options.update_notes = ImportAnkiPackageOptions.DESCRIPTOR.fields_by_name["update_notes"].enum_type.values_by_name["IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS"].number
        request = ImportAnkiPackageRequest(package_path=str(next(out.glob("*.apkg"))), options=options)
        again = col.import_anki_package(request).log
        assert (len(again.updated), len(again.conflicting), len(again.new)) == (2, 0, 0), again
        assert sorted(col.get_note(n)["Question"] for n in col.find_notes("")) == ["Capital of France?", "Capital of Spain?"]
        assert sorted(col.find_cards("")) == cards
    finally:
        col.close()


def _page(question: str, level: str) -> str:
    return f"---\ntitle: {question}\ndifficulty: {level}\ntags: [angular]\n---\n\nThe answer to it, in a sentence or two.\n"


def test_a_folder_of_pages_at_several_levels_is_one_table(tmp_path: Path) -> None:
    """T33-10: a folder of one question per file, each with `difficulty:` in its front matter, printed a table for
    the folder and one more for each file whose level was not the folder's most common (28 tables for two folders),
    and its index.json was 'not a question bank … (it holds list)'. The front matter gives each page its level
    whatever the table says: one table, and the index named for what it is. Pasting the table changes no card."""
    content = tmp_path / "content"
    folder = content / "sources" / "angular"
    folder.mkdir(parents=True)
    levels = ["hard", "medium", "hard", "easy", "hard"]
    for n, level in enumerate(levels, 1):
        (folder / f"q{n}.md").write_text(_page(f"¿Pregunta número {n} sobre Angular?", level), encoding="utf-8")
    (folder / "index.json").write_text(json.dumps([f"q{n}.md" for n in range(1, 6)]), encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    run = build_run(content, out)
    assert run.count("    [[source]]") == 1, run
    assert "it holds a list of 5 file names, 'q1.md' …: a site's index of its pages, no cards" in run, run
    before = {n["fields"]["Question"]: n["tags"] for n in _notes_of(out)}
    assert sorted(t for tags in before.values() for t in tags if "difficulty" in t) == sorted(f"deckc::difficulty::{lv}" for lv in levels)
    lines = run.split("    [[source]]", 1)[1].splitlines()[1:]
    table = "[[source]]\n" + "\n".join(line[4:] for line in lines[: next(k for k, x in enumerate(lines) if not x.startswith("    "))])
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table + "\n", encoding="utf-8")
    again = build_run(content, out)
    assert "0 new, 0 updated, 5 unchanged" in again, (table, again)


def test_a_bank_question_holding_a_numbered_list_shows_no_backslashes(tmp_path: Path) -> None:
    """T33-11: a JSON bank question whose text holds a numbered list ('Ordena …:\\n1. $O(1)$\\n2. …') showed
    '\\1. \\(O(1)\\) \\2. …' on the front: the escape that keeps '1.' from starting a list went before the digit,
    where a backslash is text. The numbers show as written."""
    bank = [{"question": "Ordena de menor a mayor:\n1. $O(1)$\n2. $O(n^2)$\n3. $O(n!)$", "options": ["1, 2, 3", "3, 2, 1"], "answer": 0}]
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "ordena.json").write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    build_run(content, out)
    [note] = _notes_of(out)
    front = note["fields"]["Question"]
    assert "1. \\(O(1)\\)" in front and "2. \\(O(n^2)\\)" in front and "\\1." not in front and "\\2." not in front, front
