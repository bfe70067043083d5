"""End to end: `deckc build` on the real content, its summary, manifest accounting and determinism."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from compiler.cli import main

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def build(tmp: Path, content: Path = CONTENT, *extra: str) -> Result:
    return CliRunner().invoke(main, ["build", str(content), "-o", str(tmp), *extra])


def test_build_writes_every_format(tmp_path: Path) -> None:
    result = build(tmp_path)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir() if p.name != ".cache")
    # the lock holds notes retired by merges (issue 10), so their package is written too
    assert names == ["regularization-retired.apkg", "regularization.apkg", "regularization.csv",
                     "regularization.json", "regularization.pdf"]
    assert "items from 6 sources" in result.output
    assert str(tmp_path / "regularization.apkg") in result.output


def test_only_limits_formats(tmp_path: Path) -> None:
    result = build(tmp_path, CONTENT, "--only", "csv")
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir() if p.name != ".cache"] == ["regularization.csv"]
    bad = build(tmp_path, CONTENT, "--only", "docx")
    assert bad.exit_code != 0
    assert "docx" in bad.output


def test_manifest_accounts_for_every_item(tmp_path: Path) -> None:
    assert build(tmp_path).exit_code == 0
    manifest = json.loads((tmp_path / "regularization.json").read_text(encoding="utf-8"))
    items = [i for n in manifest["notes"] for i in n["items"]]
    per_source = {s["id"]: s["item_count"] for s in manifest["sources"]}
    assert len(items) == manifest["summary"]["items_read"] == sum(per_source.values())
    for source, count in per_source.items():
        assert sum(1 for i in items if i["source"] == source) == count
    assert per_source["grill"] == 50
    assert per_source["essential"] == 20
    assert per_source["netdesign"] == 75
    assert per_source["lesson"] == 5
    for item in items:
        assert item["file"].startswith("sources/") and item["line"] >= 1
        assert item["role"] in {"primary", "merged"}
    # every note has exactly one primary item
    assert all(sum(i["role"] == "primary" for i in n["items"]) == 1 for n in manifest["notes"])


def test_no_mojibake_in_any_output(tmp_path: Path) -> None:
    assert build(tmp_path).exit_code == 0
    for name in ("regularization.csv", "regularization.json"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        for bad in ("â€", "Ã", "\ufffd"):
            assert bad not in text, (name, bad)
    assert "What is “internal covariate shift”?" in (tmp_path / "regularization.csv").read_text(encoding="utf-8")


def test_two_builds_are_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert build(a).exit_code == 0
    assert build(b).exit_code == 0
    for name in ("regularization.csv", "regularization.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_guids_ignore_answers_and_line_numbers(tmp_path: Path) -> None:
    """Editing an answer or inserting an item above keeps every other GUID."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    assert build(tmp_path / "v1", content).exit_code == 0
    grill = content / "sources" / "regularization-interview-grill.txt"
    text = grill.read_text(encoding="utf-8")
    # a user inserts an item in the middle of a section, reusing the number of its neighbour
    text = text.replace("20. Why scale by", "19. What is a brand new question? A new answer.\n20. Why scale by", 1)
    text = text.replace("Randomly drop entire residual blocks during training.", "Randomly skip whole residual blocks.")
    grill.write_text(text, encoding="utf-8")
    assert build(tmp_path / "v2", content).exit_code == 0

    def guids(folder: Path) -> dict[str, str]:
        data = json.loads((folder / "regularization.json").read_text(encoding="utf-8"))
        return {n["id"]: n["guid"] for n in data["notes"]}

    v1, v2 = guids(tmp_path / "v1"), guids(tmp_path / "v2")
    assert set(v2) - set(v1) == {"grill/what-is-a-brand-new-question"}
    assert all(v2[k] == g for k, g in v1.items())


def test_tags_have_no_spaces(tmp_path: Path) -> None:
    assert build(tmp_path).exit_code == 0
    manifest = json.loads((tmp_path / "regularization.json").read_text(encoding="utf-8"))
    for note in manifest["notes"]:
        assert note["tags"], note["id"]
        assert all(" " not in t for t in note["tags"])
        assert any(t.startswith("deckc::source::") for t in note["tags"])
        assert any(t.startswith("deckc::difficulty::") for t in note["tags"]), note["id"]


def test_the_collector_is_paused_only_while_the_compiler_is_first_imported(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    from compiler import build as building

    monkeypatch.setattr(building, "_spared", False)  # as in a fresh process
    assert gc.isenabled()
    with building._collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # a caller that keeps it off keeps it off
    try:
        with building._collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    monkeypatch.setattr(building, "_spared", True)  # `deckc watch` builds again: its later builds are collected as usual
    with building._collector_paused():
        assert gc.isenabled()
