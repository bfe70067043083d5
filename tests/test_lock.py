"""The lock file and identity rules: which edits keep a note's GUID, and what the lock records.

Every test works on a temporary copy of content/ without its lock, so the
committed content/deckc.lock is never read or written here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import SharedEmbedder, real_content_copy

from compiler import lock as lockfile
from compiler.cli import main
from compiler.diagnostics import Diagnostics
from compiler.passes.lock import is_typo_fix
from compiler.pipeline import compile_content

CONTENT = Path(__file__).resolve().parent.parent / "content"
GRILL = "sources/regularization-interview-grill.txt"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    (copy / "deckc.lock").unlink(missing_ok=True)
    return copy


def build(content: Path, out: Path, *extra: str) -> Result:
    """``deckc build`` writing the deck, the manifest and the retired notes' deck: these tests are about the lock, and
    the cheat sheet and the CSV, made from the same notes, are not what they test and took a fifth of their CPU."""
    return CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "apkg,json,retired", *extra])


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The seed content without its lock, built once (per worker) into ``v1`` beside it, and its notes' GUIDs then:
    most tests here start from that first build, and only read it (each works on a copy, :func:`built`)."""
    root = tmp_path_factory.mktemp("first-build")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    (content / "deckc.lock").unlink(missing_ok=True)
    result = build(content, root / "v1")
    assert result.exit_code == 0, result.output
    return root, guids(content)


@pytest.fixture
def built(first_build: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    """A copy of the content after its first build, as ``build(content, tmp_path / "v1")`` leaves it: the lock it
    wrote (modes and times kept) in ``tmp_path / "content"``, its outputs in ``tmp_path / "v1"``."""
    root, _ = first_build
    shutil.copytree(root / "content", tmp_path / "content")
    shutil.copytree(root / "v1", tmp_path / "v1")
    return tmp_path / "content"


@pytest.fixture
def before(first_build: tuple[Path, dict[str, str]]) -> dict[str, str]:
    """note id -> GUID after the first build (what :func:`guids` gives on :func:`built`)."""
    return dict(first_build[1])


def write_lock(lock: lockfile.Lock, path: Path) -> None:
    """The lock as a build writes it (a build stages lockfile.render's bytes)."""
    path.write_bytes(lockfile.render(lock).encode("utf-8"))


def read_lock(path: Path) -> lockfile.Lock:
    diag = Diagnostics()
    lock = lockfile.load(path, path.name, diag)
    diag.raise_if_errors()
    return lock


def diff(content: Path) -> dict:
    result = CliRunner().invoke(main, ["diff", str(content), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def guids(content: Path) -> dict[str, str]:
    """note id -> GUID, as the next build would emit them."""
    return {n.id: n.guid for n in compile_content(content, now=10**9).deck.notes}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def statuses(report: dict) -> dict[str, str]:
    return {n["id"]: n["status"] for n in report["notes"] if n["status"] != "unchanged"}


def test_lock_is_sorted_json_lines_and_stable(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built  # (the first build's lock: the one test_lock's other tests start from)
    assert guids(content) == before
    first = (content / "deckc.lock").read_bytes()
    umask = os.umask(0)
    os.umask(umask)
    assert (content / "deckc.lock").stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
    lines = first.decode("utf-8").splitlines()
    assert json.loads(lines[0])["deckc_lock"] == 1
    entries = [json.loads(line) for line in lines[1:]]
    assert len(entries) == len(before)
    assert [(e["id"], e["guid"]) for e in entries] == sorted((e["id"], e["guid"]) for e in entries)
    assert list(entries[0]) == ["guid", "id", "status", "mtime", "hash", "items", "anchors", "tags", "notetype", "fields"]
    assert build(content, tmp_path / "b").exit_code == 0
    assert (content / "deckc.lock").read_bytes() == first


def test_unchanged_keep_mtime_changed_get_strictly_later(content: Path) -> None:
    lock_path = content / "deckc.lock"
    v1 = compile_content(content, now=1000)
    write_lock(v1.plan.lock, lock_path)
    assert {n.mtime for n in v1.deck.notes} == {1000}
    edit(content / GRILL, "Tasks requiring all features (rare).", "Tasks that need every feature.")

    same_second = compile_content(content, now=1000)
    mtimes = {n.id: n.mtime for n in same_second.deck.notes}
    assert mtimes.pop("grill/when-does-dropout-hurt") == 1001  # the clock has not moved: previous + 1
    assert set(mtimes.values()) == {1000}

    later = compile_content(content, now=5000)
    assert {n.id: n.mtime for n in later.deck.notes}["grill/when-does-dropout-hurt"] == 5000
    assert later.plan.totals() == {"new": 0, "updated": 1, "unchanged": len(mtimes), "retired": 0}


def test_typo_rule() -> None:
    assert is_typo_fix("what s spectral normalizaton", "what s spectral normalization") == 1
    assert is_typo_fix("why does l1 produce sparse weigths", "why does l1 produce sparse weights") == 2
    assert is_typo_fix("what is l1 regularization", "what is l2 regularization") is None  # numbers differ
    assert is_typo_fix("what s cutmix", "what s mixup") is None
    assert is_typo_fix("what is dropout", "what is dropout") is None  # identical: not a fix, same id anyway


def test_question_typo_fix_keeps_guid_but_rewrite_does_not(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    edit(content / GRILL, "38. What's spectral normalization?", "38. What's spectral normalisation?")
    edit(content / GRILL, "32. What's CutMix?", "32. Describe the CutMix augmentation.")
    after = guids(content)
    assert after["grill/what-s-spectral-normalisation"] == before["grill/what-s-spectral-normalization"]
    assert after["grill/describe-the-cutmix-augmentation"] not in before.values()
    assert statuses(diff(content)) == {
        "grill/what-s-spectral-normalisation": "updated",
        "grill/describe-the-cutmix-augmentation": "new",
        "grill/what-s-cutmix": "retired",
    }


def test_override_id_pins_a_rewritten_question(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    edit(content / GRILL, "32. What's CutMix?", "32. Describe the CutMix augmentation.")
    with (content / "overrides.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[override]]\nitem = "grill/describe-the-cutmix-augmentation"\nid = "grill/what-s-cutmix"\n')
    after = guids(content)
    assert after["grill/what-s-cutmix"] == before["grill/what-s-cutmix"]
    report = diff(content)
    assert statuses(report) == {"grill/what-s-cutmix": "updated"}
    change = next(n for n in report["notes"] if n["id"] == "grill/what-s-cutmix")
    assert change["matched_by"] == "pin" and change["fields"] == ["Question"]


def test_pinning_an_unchanged_item_keeps_its_guid(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    with (content / "overrides.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[override]]\nitem = "grill/what-s-cutmix"\nid = "cutmix"\n')
    assert guids(content)["cutmix"] == before["grill/what-s-cutmix"]
    assert build(content, tmp_path / "v2").exit_code == 0
    # later the question is rewritten: the pin alone carries the identity
    edit(content / GRILL, "32. What's CutMix?", "32. Describe the CutMix augmentation.")
    (content / "overrides.toml").write_text(
        (content / "overrides.toml").read_text(encoding="utf-8").replace(
            'item = "grill/what-s-cutmix"', 'item = "grill/describe-the-cutmix-augmentation"'
        ),
        encoding="utf-8",
    )
    assert guids(content)["cutmix"] == before["grill/what-s-cutmix"]


def test_moving_and_reordering_keep_guids(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    grill = content / GRILL
    lines = grill.read_text(encoding="utf-8").split("\n")
    droppath = next(i for i, line in enumerate(lines) if line.startswith("24. What's DropPath"))
    moved = lines.pop(droppath)
    lines.insert(next(i for i, line in enumerate(lines) if line.startswith("G. Modern")) + 1, moved)
    a = next(i for i, line in enumerate(lines) if line.startswith("5. State L2"))
    lines[a], lines[a + 1] = lines[a + 1], lines[a]  # swap two neighbours
    grill.write_text("\n".join(lines), encoding="utf-8")
    assert guids(content) == before
    report = diff(content)
    assert statuses(report) == {"grill/what-s-droppath-stochastic-depth": "updated"}
    change = next(n for n in report["notes"] if n["status"] == "updated")
    # merged with the essential list's stochastic-depth question, whose section is on the front:
    # moving the grill item changes only the note's section tags
    assert change["fields"] == ["tags"]


def test_merging_with_a_duplicate_from_another_source_keeps_its_guid(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    # the grill gains the question the essential list already asks: one note with both sources
    edit(
        content / GRILL,
        "22. Typical dropout rates?",
        "22. Differentiate Dropout and DropConnect. Dropout zeroes activations; DropConnect zeroes weights.\n"
        "22. Typical dropout rates?",
    )
    deck = compile_content(content, now=10**9).deck
    # the published note keeps its GUID and its id (trial23 T23-39), though a fresh build would name it after the
    # grill's item, the earlier source
    merged = next(n for n in deck.notes if n.id == "essential/differentiate-dropout-and-dropconnect")
    assert [i.source for i in merged.items] == ["essential", "grill"]  # the essential question is on the front
    assert merged.guid == before["essential/differentiate-dropout-and-dropconnect"]
    assert merged.fields["DeckcId"] == "essential/differentiate-dropout-and-dropconnect"
    report = diff(content)
    assert report["totals"]["new"] == 0 and report["totals"]["retired"] == 0
    change = next(n for n in report["notes"] if n["status"] == "updated")
    assert change["matched_by"] == "id" and change["previous_id"] == ""


def test_splitting_a_source_file_keeps_guids(built: Path, tmp_path: Path) -> None:
    content = built
    grill = content / GRILL
    lines = grill.read_text(encoding="utf-8").split("\n")
    start = lines.index("D. Dropout")
    end = next(i for i, line in enumerate(lines) if line.startswith("E. Early stopping"))
    part = lines[start:end]
    grill.write_text("\n".join(lines[:start] + lines[end:]), encoding="utf-8")
    (content / "sources" / "dropout.txt").write_text("\n".join(["Dropout — Interview Grill", "Part two.", *part, ""]), encoding="utf-8")
    with (content / "deck.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[source]]\nid = "dropout"\nfile = "sources/dropout.txt"\ntitle = "Dropout"\nlayout = "grill"\n')
    # the user renames the overrides of the moved items, as `deckc build` tells them to
    manifest = json.loads((tmp_path / "v1" / "regularization.json").read_text(encoding="utf-8"))
    moved_ids = {i["id"] for n in manifest["notes"] for i in n["items"] if i["source"] == "grill" and i["section"] == ["Dropout"]}
    # (and in decisions.toml), as `deckc build` warns them to
    for name in ("overrides.toml", "decisions.toml"):
        text = (content / name).read_text(encoding="utf-8")
        for item_id in moved_ids:
            text = text.replace(f'"{item_id}"', f'"{item_id.replace("grill/", "dropout/")}"')
        (content / name).write_text(text, encoding="utf-8")
    # every moved item ends up in a note with the GUID its note had before the split
    v1_guid = {i["id"]: n["guid"] for n in manifest["notes"] for i in n["items"]}
    v2_guid = {i.item_id: n.guid for n in compile_content(content, now=10**9).deck.notes for i in n.items}
    assert len(moved_ids) == 7
    for item_id in moved_ids:
        assert v2_guid[item_id.replace("grill/", "dropout/")] == v1_guid[item_id], item_id
    report = diff(content)
    assert report["totals"]["new"] == 0 and report["totals"]["retired"] == 0
    assert {n["matched_by"] for n in report["notes"] if n["id"].startswith("dropout/")} <= {"question", "id"}


def test_deleted_item_is_retired_then_revived(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    original = (content / GRILL).read_text(encoding="utf-8")
    lines = [line for line in original.split("\n") if not line.startswith("45. Why doesn't regularization replace good data?")]
    (content / GRILL).write_text("\n".join(lines), encoding="utf-8")
    result = build(content, tmp_path / "v2")
    assert result.exit_code == 0, result.output
    assert "deckc: retired grill/why-doesn-t-regularization-replace-good-data" in result.output
    assert "tag:deckc::retired" in result.output
    entries = [json.loads(line) for line in (content / "deckc.lock").read_text(encoding="utf-8").splitlines()[1:]]
    retired = [e for e in entries if e["status"] == "retired"]
    assert [(e["id"], e["guid"]) for e in retired] == [("grill/why-doesn-t-regularization-replace-good-data", before["grill/why-doesn-t-regularization-replace-good-data"])]
    assert (tmp_path / "v2" / "regularization-retired.apkg").is_file()
    # a rebuild does not retire it again
    assert diff(content)["totals"]["retired"] == 0
    # the item comes back: same GUID, updated so Anki drops the retired tag
    (content / GRILL).write_text(original, encoding="utf-8")
    report = diff(content)
    change = next(n for n in report["notes"] if n["id"] == "grill/why-doesn-t-regularization-replace-good-data")
    assert (change["status"], change["revived"], change["guid"]) == ("updated", True, before["grill/why-doesn-t-regularization-replace-good-data"])
    assert build(content, tmp_path / "v3").exit_code == 0
    assert not (tmp_path / "v3" / "regularization-retired.apkg").exists()


def test_frozen_refuses_a_changing_lock(content: Path, tmp_path: Path) -> None:
    missing = build(content, tmp_path / "out", "--frozen")
    assert missing.exit_code == 1
    assert f"{content / 'deckc.lock'}: error: --frozen: the lock does not exist" in missing.output
    assert not (tmp_path / "out").exists() and not (content / "deckc.lock").exists()

    assert build(content, tmp_path / "v1").exit_code == 0
    lock = (content / "deckc.lock").read_bytes()
    assert build(content, tmp_path / "v2", "--frozen").exit_code == 0
    edit(content / GRILL, "Tasks requiring all features (rare).", "Tasks that need every feature.")
    refused = build(content, tmp_path / "v3", "--frozen")
    assert refused.exit_code == 1
    assert "would change (0 new, 1 updated" in refused.output and "deckc diff" in refused.output
    assert "nothing was written" in refused.output
    assert not (tmp_path / "v3").exists()
    assert (content / "deckc.lock").read_bytes() == lock


def test_diff_text_lists_every_note_and_totals(built: Path, tmp_path: Path) -> None:
    content = built
    edit(content / GRILL, "Tasks requiring all features (rare).", "Tasks that need every feature.")
    result = CliRunner().invoke(main, ["diff", str(content)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    n = len(guids(content))
    assert sum(line.startswith("unchanged  ") for line in lines) == n - 1
    assert "updated    grill/when-does-dropout-hurt: Answer" in lines
    assert lines[-2].startswith(f"deckc diff: 0 new, 1 updated, {n - 1} unchanged, 0 retired")
    short = CliRunner().invoke(main, ["diff", str(content), "--changes-only"]).stdout.splitlines()
    assert len(short) == 3


def test_broken_lock_line_is_an_error_with_its_line(built: Path, tmp_path: Path) -> None:
    content = built
    lock = content / "deckc.lock"
    lines = lock.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "<<<<<<< HEAD")
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(content, tmp_path / "v2")
    assert result.exit_code == 1
    assert "deckc.lock:4: error: not a JSON line" in result.output and "merge conflict" in result.output
    assert not (tmp_path / "v2").exists()


def test_package_carries_each_notes_own_mtime(content: Path, tmp_path: Path) -> None:
    """genanki stamps one time on every note; deckc's package must carry the lock's time per note."""
    from ankiutil import import_apkg, notes, open_collection

    lock_path = content / "deckc.lock"
    write_lock(compile_content(content, now=1_700_000_000).plan.lock, lock_path)
    edit(content / GRILL, "Tasks requiring all features (rare).", "Tasks that need every feature.")
    assert build(content, tmp_path / "out").exit_code == 0
    expected = {e.guid: e.mtime for e in read_lock(lock_path).entries}
    assert sorted(set(expected.values()))[0] == 1_700_000_000 and len(set(expected.values())) == 2
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "out" / "regularization.apkg")
        assert {guid: n["mtime"] for guid, n in notes(col).items()} == expected
    finally:
        col.close()


def test_restored_item_loses_the_retired_tag_in_anki(built: Path, tmp_path: Path) -> None:
    from ankiutil import import_apkg, open_collection

    content = built
    original = (content / GRILL).read_text(encoding="utf-8")
    lines = [line for line in original.split("\n") if not line.startswith("45. Why doesn't regularization replace good data?")]
    (content / GRILL).write_text("\n".join(lines), encoding="utf-8")
    assert build(content, tmp_path / "v2").exit_code == 0
    (content / GRILL).write_text(original, encoding="utf-8")
    assert build(content, tmp_path / "v3").exit_code == 0
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "v1" / "regularization.apkg")
        import_apkg(col, tmp_path / "v2" / "regularization-retired.apkg")
        assert len(col.find_notes("tag:deckc::retired")) == 1
        log = import_apkg(col, tmp_path / "v3" / "regularization.apkg")
        assert (log.new, log.updated) == (0, 1)
        assert col.find_notes("tag:deckc::retired") == []
    finally:
        col.close()


def test_typo_rule_ignores_retired_notes(built: Path, tmp_path: Path, before: dict[str, str]) -> None:
    content = built
    """A new question one letter away from a question deleted in an earlier build is a new note."""
    original = (content / GRILL).read_text(encoding="utf-8")
    edit(content / GRILL, "32. What's CutMix?", "32. What's CutMiz?")
    assert guids(content)["grill/what-s-cutmiz"] == before["grill/what-s-cutmix"]  # same build: a typo
    lines = original.split("\n")
    (content / GRILL).write_text("\n".join(x for x in lines if not x.startswith("32. ")), encoding="utf-8")
    assert build(content, tmp_path / "v2").exit_code == 0  # CutMix retired
    (content / GRILL).write_text(original.replace("32. What's CutMix?", "32. What's CutMiz?"), encoding="utf-8")
    assert guids(content)["grill/what-s-cutmiz"] not in before.values()
    # the exact question coming back is a restore, not a typo: it gets its GUID back
    (content / GRILL).write_text(original, encoding="utf-8")
    assert guids(content)["grill/what-s-cutmix"] == before["grill/what-s-cutmix"]


def test_lock_that_is_a_directory_is_an_error_not_an_empty_lock(content: Path, tmp_path: Path) -> None:
    (content / "deckc.lock").mkdir()  # read as empty, every note would be published as new
    result = build(content, tmp_path / "out")
    assert result.exit_code == 1
    assert "deckc.lock: error: is a directory, not a file" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert sorted(p.name for p in content.iterdir() if p.name.startswith(".")) == []  # no temporary file left behind


def test_lock_lines_end_at_newlines_only(tmp_path: Path) -> None:
    """A field holding U+2028 or a control separator stays on its JSON line (str.splitlines would split it)."""
    entry = lockfile.LockEntry(
        guid="g", id="doc/x", mtime=5, hash="h", items=["doc/x"], anchors=["doc:x"], tags=[], notetype="deckc Basic",
        fields={"Question": "a\u2028b\x1ec\x85d"},
    )
    path = tmp_path / "deckc.lock"
    write_lock(lockfile.Lock(entries=[entry]), path)
    assert read_lock(path).entries == [entry]


def test_diff_without_a_lock_says_it_will_be_created(content: Path) -> None:
    result = CliRunner().invoke(main, ["diff", str(content), "--changes-only"])
    assert result.exit_code == 0
    assert "0 retired (no lock yet: `deckc build` creates" in result.stdout
    assert not (content / "deckc.lock").exists()


def test_committed_lock_matches_the_content(tmp_path: Path, real_model: SharedEmbedder) -> None:
    """content/deckc.lock is committed with the content: `deckc build --frozen`, real model, must accept it."""
    result = build(real_content_copy(tmp_path / "content"), tmp_path / "out", "--frozen")
    assert result.exit_code == 0, (
        "content/deckc.lock is out of date: run `make build` and commit content/deckc.lock "
        "(delete it first if no deck built from it was ever published)\n" + result.output
    )


def lock_entries(content: Path) -> list[dict]:
    return [json.loads(line) for line in (content / "deckc.lock").read_text(encoding="utf-8").splitlines()[1:]]


FIRST = "## What is overfitting?\n\nFitting the noise of the training set.\n\n"
OTHER = "## Why regularize?\n\nTo generalize to new data.\n\n"
SECOND = "## What is overfitting?\n\nGood on training data, bad on new data.\n"


@pytest.mark.parametrize("case", ["kept apart", "different answers", "same answer"])
def test_deleting_the_first_of_one_question_asked_twice_keeps_the_survivors_guid(tmp_path: Path, case: str) -> None:
    """Issue 11 item 9: a document asks one question twice (ids key, key-2). Delete the first: the survivor,
    now numbered ``key``, must not take the deleted note's GUID and review history. Two notes when the
    answers differ (or a decision keeps them apart); one note when the same question has the same answer."""
    kept_apart = case != "same answer"
    first = FIRST if case != "same answer" else SECOND + "\n"
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n\n[[source]]\nid = "faq"\nfile = "sources/faq.md"\nlayout = "markdown"\n', encoding="utf-8"
    )
    if case == "kept apart":  # two cards, on the user's decision
        (content / "decisions.toml").write_text(
            '[[keep_apart]]\nitems = ["faq/what-is-overfitting", "faq/what-is-overfitting-2"]\nwhy = "two answers"\n',
            encoding="utf-8",
        )
    faq = content / "sources" / "faq.md"
    faq.write_text("# FAQ\n\n" + first + OTHER + SECOND, encoding="utf-8")
    assert build(content, tmp_path / "a").exit_code == 0
    before = {e["id"]: e for e in lock_entries(content)}
    faq.write_text("# FAQ\n\n" + OTHER + SECOND, encoding="utf-8")
    result = build(content, tmp_path / "b")
    assert result.exit_code == 0, result.output
    after = lock_entries(content)
    [survivor] = [e for e in after if e["status"] == "active" and e["id"] == "faq/what-is-overfitting"]
    assert survivor["fields"]["Answer"] == "<p>Good on training data, bad on new data.</p>"
    if kept_apart:
        assert set(before) == {"faq/what-is-overfitting", "faq/what-is-overfitting-2", "faq/why-regularize"}
        assert survivor["guid"] == before["faq/what-is-overfitting-2"]["guid"]  # its own GUID and history
        [gone] = [e for e in after if e["status"] == "retired"]
        assert gone["guid"] == before["faq/what-is-overfitting"]["guid"]
        assert gone["fields"]["Answer"] == "<p>Fitting the noise of the training set.</p>"
        assert statuses(diff(content)) == {}, "the next build changes nothing: the survivor stays on its GUID"
        # ...also after an edit of the survivor's answer (no content to match: its item id decides)
        edit(faq, "bad on new data.", "poor on unseen data.")
        assert build(content, tmp_path / "c").exit_code == 0
        [survivor2] = [e for e in lock_entries(content) if e["status"] == "active" and e["id"] == "faq/what-is-overfitting"]
        assert survivor2["guid"] == survivor["guid"]
    else:
        # the same question and answer twice in one document are one note (docs/dedupe.md): it keeps its
        # GUID; nothing is retired
        assert before["faq/what-is-overfitting"]["items"] == ["faq/what-is-overfitting", "faq/what-is-overfitting-2"]
        assert survivor["guid"] == before["faq/what-is-overfitting"]["guid"]
        assert survivor["items"] == ["faq/what-is-overfitting"]
        assert not [e for e in after if e["status"] == "retired"]


def _two_question_deck(root: Path, deck: str) -> Path:
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(f'[deck]\nname = "{deck}"\nid = {1000 + len(deck)}\n', encoding="utf-8")
    (content / "sources" / "README.md").write_text(
        f"# {deck}\n\n## What is a closure?\n\nIn {deck}: a function that keeps its scope.\n\n"
        f"## What is {deck}?\n\nA language.\n",
        encoding="utf-8",
    )
    return content


def test_two_decks_asking_the_same_question_never_share_a_guid(tmp_path: Path) -> None:
    """learner L27: both decks' README.md asked "What is a closure?"; the notes had one GUID, so
    importing the second deck overwrote the first deck's card (real Anki: 1 updated)."""
    from ankiutil import import_apkg, notes, open_collection

    js = _two_question_deck(tmp_path / "js", "JavaScript")
    py = _two_question_deck(tmp_path / "py", "Python")
    for content in (js, py):
        assert build(content, content.parent / "out").exit_code == 0
    assert not set(guids(js).values()) & set(guids(py).values())
    before = guids(js)
    assert build(js, js.parent / "out").exit_code == 0
    assert guids(js) == before  # a rebuild keeps them
    col = open_collection(tmp_path / "col")
    try:
        logs = [import_apkg(col, next((c.parent / "out").glob("*.apkg"))) for c in (js, py)]
        assert [(log.new, log.updated) for log in logs] == [(2, 0), (2, 0)]
        closures = [n for n in notes(col).values() if n["fields"]["Question"].endswith("What is a closure?")]
        assert len(closures) == 2
    finally:
        col.close()


def test_a_lock_made_before_decks_salted_guids_keeps_them(tmp_path: Path) -> None:
    """Notes published under GUIDs made another way (the old rule: source and question only) keep them."""
    content = _two_question_deck(tmp_path, "Go")
    assert build(content, tmp_path / "out").exit_code == 0
    path = content / "deckc.lock"
    lock = read_lock(path)
    old = {e.id: f"old{n}" for n, e in enumerate(lock.entries)}
    write_lock(lock.model_copy(update={"entries": [e.model_copy(update={"guid": old[e.id]}) for e in lock.entries]}), path)
    assert build(content, tmp_path / "out").exit_code == 0
    assert guids(content) == old


def _quizzes(first: str) -> str:
    out = "# JS quiz\n\n"
    for n, (code, right) in enumerate([("typeof null", "object"), ("0.1 + 0.2 === 0.3", "false"), ("[] + []", "''")], 1):
        heading = first if n == 1 else "What's the output?"
        out += f"## {n}. {heading}\n\n```javascript\nconsole.log({code});\n```\n\n- A: `{right}`\n- B: `other{n}`\n\n**Answer: A**\n\n"
    return out


def test_rewording_one_of_three_like_worded_questions_keeps_every_note(tmp_path: Path) -> None:
    """learner L26: rewording question 1 of three 'What's the output?' retired it as 'merged into' the
    next one (whose id it had inherited), with no hint; following the hint then gave two notes one id."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Q"\nid = 77\n\n[[source]]\nid = "jsq"\nfile = "sources/quiz.md"\n', encoding="utf-8")
    quiz = content / "sources" / "quiz.md"
    quiz.write_text(_quizzes("What's the output?"), encoding="utf-8")
    assert build(content, tmp_path / "out").exit_code == 0
    before = set(guids(content).values())
    quiz.write_text(_quizzes("What does typeof null log?"), encoding="utf-8")
    result = build(content, tmp_path / "out")
    assert "merged into" not in result.output
    assert 'item = "jsq/what-does-typeof-null-log"' in result.output and 'id = "jsq/what-s-the-output"' in result.output
    # the user follows the hint (on a fresh lock, before importing)
    (content / "deckc.lock").unlink()
    quiz.write_text(_quizzes("What's the output?"), encoding="utf-8")
    assert build(content, tmp_path / "out").exit_code == 0
    quiz.write_text(_quizzes("What does typeof null log?"), encoding="utf-8")
    (content / "overrides.toml").write_text('[[override]]\nitem = "jsq/what-does-typeof-null-log"\nid = "jsq/what-s-the-output"\n', encoding="utf-8")
    result = build(content, tmp_path / "out")
    assert "0 new" in result.output and "0 retired" in result.output, result.output
    after = guids(content)
    assert set(after.values()) == before and len(after) == 3  # three notes, three distinct ids, the same GUIDs


def _primes(first: str) -> str:
    return (
        f"# Quiz\n\n### {first}\n\n- [ ] 4\n- [x] 7\n- [ ] 9\n\n"
        "### Which of the following is a prime number?\n\n- [x] 11\n- [ ] 12\n- [ ] 15\n\n"
        "### Which service stores secrets?\n\n- [ ] Azure Bastion\n- [x] Azure Key Vault\n"
    )


def test_pasting_the_printed_pin_after_rewording_one_of_two_like_worded_questions(tmp_path: Path) -> None:
    """trial9 T32: two task-box quizzes both asking 'Which of the following is a prime number?' (7, 11). The
    first is reworded and built (its note retired, the 11-question renumbered into its id); pasting the
    printed override then gave the reworded question the 11-question's GUID, and the 11-question a new one.
    In real Anki: each question keeps its own note and review history."""
    from ankiutil import answer, import_apkg, notes, open_collection

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "T32"\nid = 32\n\n[[source]]\nid = "practice"\nfile = "sources/practice.md"\n', encoding="utf-8")
    page = content / "sources" / "practice.md"
    page.write_text(_primes("Which of the following is a prime number?"), encoding="utf-8")
    out = tmp_path / "out"
    col = open_collection(tmp_path / "col")
    try:

        def build_and_import() -> Result:
            result = build(content, out)
            assert result.exit_code == 0, result.output
            import_apkg(col, out / "t32.apkg")
            if (out / "t32-retired.apkg").exists():  # as the build says: tags the retired notes
                import_apkg(col, out / "t32-retired.apkg")
            return result

        def by_answer() -> dict[str, str]:
            """The right option's text -> the GUID of the note in the collection asking it."""
            return {
                n["fields"]["Correct"].rsplit(")", 1)[-1].strip(): g for g, n in notes(col).items() if "prime" in n["fields"]["Question"]
            }

        build_and_import()
        first = by_answer()
        assert set(first) == {"7", "11"}
        answer(col, [int(c) for c in col.find_cards("")])  # studied: every card has a review history
        page.write_text(_primes("Which of the following is a prime number below 10?"), encoding="utf-8")
        result = build_and_import()
        # the 11-question kept its note; the printed override names the retired note's id and GUID
        assert by_answer()["11"] == first["11"]
        pin = f'id = "practice/which-of-the-following-is-a-prime-number"  # keeps GUID {first["7"]}'
        assert pin in result.output and "sources/practice.md:9 that has this id now keeps its own note" in result.output
        override = result.output[result.output.index("[[override]]") :].split(pin)[0] + pin
        (content / "overrides.toml").write_text("\n".join(line.strip() for line in override.splitlines()) + "\n", encoding="utf-8")
        result = build_and_import()
        assert "names note" not in result.output  # no refused pin
        now = {g: n for g, n in notes(col).items() if "deckc::retired" not in n["tags"] and "prime" in n["fields"]["Question"]}
        assert {g: n["fields"]["Correct"].rsplit(")", 1)[-1].strip() for g, n in now.items()} == {first["7"]: "7", first["11"]: "11"}
        assert "below 10" in now[first["7"]]["fields"]["Question"]
        revlog = dict(col.db.all("select n.guid, count() from revlog r join cards c on c.id = r.cid join notes n on n.id = c.nid group by n.guid"))
        assert revlog[first["7"]] == revlog[first["11"]] == 1  # each note's history is its own
    finally:
        col.close()
    result = build(content, out)
    assert "0 new, 0 updated" in result.output and "0 retired" in result.output, result.output  # stable


def test_a_pin_to_the_id_of_a_note_another_question_continues_is_refused(tmp_path: Path) -> None:
    """trial9 T32: an override that pins an item to the id of a note another, unchanged question continues
    never hands it that note's GUID: a warning names overrides.toml's line and the question that keeps it."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "T32"\nid = 32\n\n[[source]]\nid = "practice"\nfile = "sources/practice.md"\n', encoding="utf-8")
    (content / "sources" / "practice.md").write_text(_primes("Which of the following is a prime number?"), encoding="utf-8")
    assert build(content, tmp_path / "out").exit_code == 0
    before = guids(content)
    (content / "sources" / "practice.md").write_text(_primes("Which of the following is a prime number below 10?"), encoding="utf-8")
    (content / "overrides.toml").write_text(
        '# pinned to the wrong note\n[[override]]\nitem = "practice/which-of-the-following-is-a-prime-number-below-10"\n'
        'id = "practice/which-service-stores-secrets"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "overrides.toml:3: warning: the id 'practice/which-service-stores-secrets' pinned to" in result.output, result.output
    assert "the question at sources/practice.md:15 continues" in result.output
    assert "[[override]]" not in result.output  # no advice to add a second override for that item
    after = set(guids(content).values())
    assert before["practice/which-service-stores-secrets"] in after and before["practice/which-of-the-following-is-a-prime-number-2"] in after


def test_a_pin_pasted_while_the_like_worded_question_changes_too(tmp_path: Path) -> None:
    """trial9 T32, the same step with the 11-question's options edited as well: the pin takes the retired
    note (not the active one the 11-question inherited the id with), and the 11-question, its id moved
    aside and its content changed, still keeps its own note; the note the rewording added is retired as
    'pinned', not 'gone'."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "T32"\nid = 32\n\n[[source]]\nid = "practice"\nfile = "sources/practice.md"\n', encoding="utf-8")
    page = content / "sources" / "practice.md"
    page.write_text(_primes("Which of the following is a prime number?"), encoding="utf-8")
    assert build(content, tmp_path / "out").exit_code == 0
    before = guids(content)
    page.write_text(_primes("Which of the following is a prime number below 10?"), encoding="utf-8")
    assert build(content, tmp_path / "out").exit_code == 0
    added = guids(content)["practice/which-of-the-following-is-a-prime-number-below-10"]
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "practice/which-of-the-following-is-a-prime-number-below-10"\n'
        'id = "practice/which-of-the-following-is-a-prime-number"\n',
        encoding="utf-8",
    )
    edit(page, "- [ ] 12", "- [ ] 13")
    result = build(content, tmp_path / "out")
    assert "0 new, 2 updated, 1 unchanged, 1 retired" in result.output, result.output
    assert f"(GUID {added}): its item is pinned to note practice/which-of-the-following-is-a-prime-number" in result.output
    after = guids(content)
    assert after["practice/which-of-the-following-is-a-prime-number"] == before["practice/which-of-the-following-is-a-prime-number"]
    [eleven] = [g for i, g in after.items() if i.startswith("practice/which-of-the-following-is-a-prime-number-")]
    assert eleven == before["practice/which-of-the-following-is-a-prime-number-2"]


def test_words_spelled_apart_keep_their_notes_when_their_ids_stop_being_numbered(tmp_path: Path) -> None:
    """learner3 N28: 'tu' / 'tú' were ids 'accents/tu', 'accents/tu-2' (and a 'same question' warning); now the
    second's id comes from its spelling. A lock written with the numbered ids keeps both notes' GUIDs."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Accents"\nid = 28\n\n[[source]]\nid = "accents"\nfile = "sources/accents.md"\n', encoding="utf-8")
    (content / "sources" / "accents.md").write_text(
        "# Spanish\n\n| Word | Meaning |\n|---|---|\n| tu | your |\n| tú | you |\n| el | the |\n| él | he |\n", encoding="utf-8"
    )
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0 and "the same question" not in result.output, result.output
    before = guids(content)
    assert len(before) == 4 and "accents/tu" in before and any(i.startswith("accents/tu-") for i in before)
    path = content / "deckc.lock"
    lock = read_lock(path)

    def numbered(text: str) -> str:  # 'accents/tu-xxxx' -> 'accents/tu-2', 'accents:tu#xxxx' -> 'accents:tu#2'
        return re.sub(r"^(accents/(?:tu|el))-[0-9a-f]{4}$", r"\1-2", re.sub(r"#[0-9a-f]{4}$", "#2", text))

    old = [e.model_copy(update={"id": numbered(e.id), "items": [numbered(i) for i in e.items], "anchors": [numbered(a) for a in e.anchors]})
           for e in lock.entries]
    assert {e.id for e in old} == {"accents/tu", "accents/tu-2", "accents/el", "accents/el-2"}
    write_lock(lock.model_copy(update={"entries": old}), path)
    assert guids(content) == before
    result = build(content, tmp_path / "out")
    assert "0 new" in result.output and "0 retired" in result.output, result.output


def test_the_committed_seed_lock_is_current(tmp_path: Path) -> None:
    """The lock committed with content/ is what a build of it writes, note types' stamp included: a CSS change that
    did not regenerate it (9138390) left `deckc build content --frozen` failing on main with no test noticing."""
    seeds = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "content", seeds)
    result = build(seeds, tmp_path / "out", "--frozen")
    assert result.exit_code == 0, result.output
    first, rest = (seeds / "deckc.lock").read_text(encoding="utf-8").split("\n", 1)
    header = json.loads(first)
    header["notetypes"]["hash"] = "0" * 16  # as if the note types' style had changed since
    (seeds / "deckc.lock").write_text(json.dumps(header) + "\n" + rest, encoding="utf-8")
    refused = build(seeds, tmp_path / "out2", "--frozen")
    assert refused.exit_code == 1 and "the note types' style or templates changed" in refused.output
