"""The user's loop, through the real Anki backend: study, edit the content, rebuild, re-import.

Runs on a temporary copy of content/ (the real content/deckc.lock is never touched):
build v1 and study it; change one answer, fix a typo in one question, insert an
item in the middle of a section and delete one; `deckc diff` predicts exactly
what the re-import then does, and review history survives.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ankiutil import answer, import_apkg, import_csv, notes, open_collection, scheduling, study_queue
from click.testing import CliRunner

from compiler.cli import main

CONTENT = Path(__file__).resolve().parent.parent / "content"
GRILL = "sources/regularization-interview-grill.txt"
DECK = "regularization"

ANSWER_EDIT = "grill/when-does-dropout-hurt"
TYPO_BEFORE, TYPO_AFTER = "grill/what-s-spectral-normalizaton", "grill/what-s-spectral-normalization"
INSERTED = "grill/what-does-dropconnect-drop"
DELETED = "grill/why-doesn-t-regularization-replace-good-data"


def deckc(*args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, list(args))
    return result


def build(content: Path, out: Path) -> str:
    result = deckc("build", str(content), "-o", str(out))
    assert result.exit_code == 0, result.output
    return result.output


def manifest(out: Path) -> dict[str, dict]:
    data = json.loads((out / f"{DECK}.json").read_text(encoding="utf-8"))
    return {n["id"]: n for n in data["notes"]}


def content_v1(tmp: Path) -> Path:
    """A copy of the content whose question 38 has a typo, as a user's first draft might."""
    content = tmp / "content"
    shutil.copytree(CONTENT, content)
    (content / "deckc.lock").unlink(missing_ok=True)
    grill = content / GRILL
    text = grill.read_text(encoding="utf-8")
    text = text.replace("38. What's spectral normalization?", "38. What's spectral normalizaton?", 1)
    grill.write_text(text, encoding="utf-8")
    return content


def edit_to_v2(content: Path) -> None:
    """The four edits of the scenario, made in the source file as a user would."""
    grill = content / GRILL
    text = grill.read_text(encoding="utf-8")
    edits = [
        # change one answer
        ("Tasks requiring all features (rare).", "Tasks requiring all features (rare). Tiny datasets with tiny models."),
        # fix the typo in question 38
        ("38. What's spectral normalizaton?", "38. What's spectral normalization?"),
        # insert an item in the middle of the Dropout section (numbered like its neighbour, so no renumbering)
        ("22. Typical dropout rates?", "22. What does DropConnect drop? Individual weights instead of activations.\n22. Typical dropout rates?"),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    # delete one item (its whole line)
    lines = [line for line in text.split("\n") if not line.startswith("45. Why doesn't regularization replace good data?")]
    assert len(lines) == text.count("\n")
    grill.write_text("\n".join(lines), encoding="utf-8")


def test_rebuild_and_reimport_keeps_history_and_edits(tmp_path: Path) -> None:
    content = content_v1(tmp_path)
    build(content, tmp_path / "v1")
    v1 = manifest(tmp_path / "v1")
    assert {ANSWER_EDIT, TYPO_BEFORE, DELETED} <= set(v1)

    # 1. import v1 and study: the two notes we will edit, then the head of the queue
    col = open_collection(tmp_path / "col")
    try:
        log = import_apkg(col, tmp_path / "v1" / f"{DECK}.apkg")
        assert log.new == len(v1) and col.note_count() == len(v1)
        col.decks.select(col.decks.id_for_name("Regularization"))
        targets = [v1[ANSWER_EDIT]["guid"], v1[TYPO_BEFORE]["guid"]]
        before_sched = scheduling(col)
        answer(col, [c["cid"] for g in targets for c in before_sched[g]], ease=4)
        studied = study_queue(col, 10, ease=4)
        assert len(studied) == 10
        studied_v1 = scheduling(col)
        reviewed = {g for g, cards in studied_v1.items() if any(c["revlog"] for c in cards)}
        assert len(reviewed) >= 10 and set(targets) <= reviewed
        assert all(c["ivl"] > 0 for g in targets for c in studied_v1[g])  # graduated: real intervals
        notes_v1 = notes(col)

        # 2./3. edit the content; `deckc diff` predicts the re-import before anything is rebuilt
        edit_to_v2(content)
        lock_v1 = (content / "deckc.lock").read_bytes()
        diff = deckc("diff", str(content), "--json")
        assert diff.exit_code == 0, diff.output
        report = json.loads(diff.output)
        assert report["totals"] == {"new": 1, "updated": 2, "unchanged": len(v1) - 3, "retired": 1}
        by_id = {n["id"]: n for n in report["notes"]}
        assert by_id[INSERTED]["status"] == "new"
        assert by_id[ANSWER_EDIT]["status"] == "updated" and by_id[ANSWER_EDIT]["fields"] == ["Answer"]
        assert by_id[TYPO_AFTER]["status"] == "updated"
        # the corrected spelling also matches the normalization topic's keyword: a new topic tag
        assert by_id[TYPO_AFTER]["fields"] == ["Question", "DeckcId", "tags"]
        assert (by_id[TYPO_AFTER]["previous_id"], by_id[TYPO_AFTER]["matched_by"]) == (TYPO_BEFORE, "typo")
        assert by_id[DELETED]["status"] == "retired"
        text = deckc("diff", str(content)).output
        assert "deckc diff: 1 new, 2 updated, " in text and ", 1 retired" in text
        assert f"updated    {ANSWER_EDIT}: Answer" in text
        assert (content / "deckc.lock").read_bytes() == lock_v1  # a dry run writes nothing

        summary = build(content, tmp_path / "v2")
        assert "1 new, 2 updated" in summary and f"retired {DELETED}" in summary
        v2 = manifest(tmp_path / "v2")
        assert v2[TYPO_AFTER]["guid"] == v1[TYPO_BEFORE]["guid"]
        assert v2[ANSWER_EDIT]["guid"] == v1[ANSWER_EDIT]["guid"]

        # 4. re-import: one note added, the two edits updated in place, nothing else touched
        log = import_apkg(col, tmp_path / "v2" / f"{DECK}.apkg")
        assert (log.new, log.updated, log.conflicting) == (1, 2, 0)
        assert log.duplicate == len(v1) - 3  # Anki's word for "already there and not newer: skipped"
        assert col.note_count() == len(v1) + 1
        landed = notes(col)
        ids = [n["fields"]["DeckcId"] for n in landed.values()]
        assert len(ids) == len(set(ids))  # no duplicate notes
        assert landed[v1[ANSWER_EDIT]["guid"]]["fields"]["Answer"].endswith("Tiny datasets with tiny models.</p>")
        assert landed[v1[TYPO_BEFORE]["guid"]]["fields"]["Question"] == "What's spectral normalization?"
        after = scheduling(col)
        for guid in targets:
            assert after[guid] == studied_v1[guid]  # same cards, intervals, due dates, review history
        untouched = set(notes_v1) - {*targets, v1[DELETED]["guid"]}
        assert len(untouched) == len(v1) - 3
        for guid in untouched:
            assert landed[guid] == notes_v1[guid]
            assert after[guid] == studied_v1[guid]

        # the retired note: still there (Anki never deletes), found by one tag search after importing the package
        retired = tmp_path / "v2" / f"{DECK}-retired.apkg"
        log = import_apkg(col, retired)
        assert (log.new, log.updated) == (0, 1)
        found = [col.get_note(nid).guid for nid in col.find_notes("tag:deckc::retired")]
        assert found == [v1[DELETED]["guid"]]
        assert after[v1[DELETED]["guid"]] == scheduling(col)[v1[DELETED]["guid"]]

        # 5. a hand edit in Anki survives a no-change rebuild and re-import
        hand = col.get_note(col.find_notes(f'"DeckcId:{"grill/what-is-dropout"}"')[0])
        hand["Answer"] = "My own words."
        col.update_note(hand)
        build(content, tmp_path / "v3")
        assert (content / "deckc.lock").read_bytes() != lock_v1
        lock_v2 = (content / "deckc.lock").read_bytes()
        log = import_apkg(col, tmp_path / "v3" / f"{DECK}.apkg")
        assert (log.new, log.updated, log.conflicting) == (0, 0, 0)
        assert col.get_note(hand.id)["Answer"] == "My own words."

        # 6. two more no-change rebuilds: identical lock, nothing to update
        build(content, tmp_path / "v4")
        build(content, tmp_path / "v5")
        assert (content / "deckc.lock").read_bytes() == lock_v2
        for name in (f"{DECK}.csv", f"{DECK}.json"):
            assert (tmp_path / "v4" / name).read_bytes() == (tmp_path / "v5" / name).read_bytes()
        for package in (f"{DECK}.apkg", f"{DECK}-retired.apkg"):
            log = import_apkg(col, tmp_path / "v5" / package)
            assert (log.new, log.updated, log.conflicting) == (0, 0, 0), package
        assert col.get_note(hand.id)["Answer"] == "My own words."
        assert col.note_count() == len(v1) + 1
    finally:
        col.close()


def test_rebuild_through_csv_importer(tmp_path: Path) -> None:
    content = content_v1(tmp_path)
    build(content, tmp_path / "v1")
    v1 = manifest(tmp_path / "v1")
    col = open_collection(tmp_path / "col")
    try:
        log = import_csv(col, tmp_path / "v1" / f"{DECK}.csv")
        assert log.new == len(v1)
        col.decks.select(col.decks.id_for_name("Regularization"))
        assert len(study_queue(col, 10, ease=4)) == 10
        studied = scheduling(col)
        before = notes(col)

        edit_to_v2(content)
        report = json.loads(deckc("diff", str(content), "--json").output)
        assert {k: report["totals"][k] for k in ("new", "updated", "retired")} == {"new": 1, "updated": 2, "retired": 1}
        build(content, tmp_path / "v2")

        log = import_csv(col, tmp_path / "v2" / f"{DECK}.csv")
        assert (log.new, log.updated, log.conflicting, log.missing_notetype) == (1, 2, 0, 0)
        assert log.duplicate == len(v1) - 3  # unchanged rows: matched by GUID and skipped
        assert col.note_count() == len(v1) + 1  # the CSV path cannot delete or tag the retired note
        landed = notes(col)
        assert "Tiny datasets with tiny models." in landed[v1[ANSWER_EDIT]["guid"]]["fields"]["Back"]
        assert landed[v1[TYPO_BEFORE]["guid"]]["fields"]["Front"] == "What's spectral normalization?"
        after = scheduling(col)
        for guid in set(before) - {v1[ANSWER_EDIT]["guid"], v1[TYPO_BEFORE]["guid"]}:
            assert landed[guid] == before[guid]
        for guid in before:
            assert after[guid] == studied[guid]
    finally:
        col.close()
