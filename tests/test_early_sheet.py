"""The cheat sheet typeset early from the lock's merges (compiler/earlysheet.py) is an optimisation only:
the sheet a build writes is the one a build without the guess writes, whether the guess was right or not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from compiler import earlysheet
from compiler.build import build
from compiler.emit import pdf
from compiler.pipeline import compile_content, guessed_groups

CONTENT = Path(__file__).parent.parent / "content"
FORMATS = ("json", "pdf")
EDITED = "sources/regularization-20-essential-qa.txt"


@pytest.fixture(autouse=True)
def _own_user_sheets(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Each test its own user folder: sheets another test typeset there would spare the compiles counted here
    (compiler/earlysheet.py keeps sheets per user).  Its own patch: the tests' monkeypatch.undo() keeps it."""
    from compiler import vectorstore

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(vectorstore.ENV, str(tmp_path_factory.mktemp("user")))
        yield


def _count_typst(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count Typst compiles of a sheet (the formula checks and glyph test are separate compiles)."""
    calls: list[str] = []
    real = pdf.compile_json

    def counted(data: str, date):  # type: ignore[no-untyped-def]
        calls.append(data)
        return real(data, date)

    monkeypatch.setattr(pdf, "compile_json", counted)
    return calls


def _without_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(earlysheet, "typeset_early", lambda options: None)


def _clean_build(content: Path, out: Path, now: int) -> bytes:
    """The sheet of a build of ``content`` (a copy) into an empty build dir, with no early guess (nor any sheet
    kept per user)."""
    from compiler import vectorstore

    with pytest.MonkeyPatch.context() as patch:
        _without_guess(patch)
        patch.setenv(vectorstore.ENV, "off")
        build(content, out, formats=FORMATS, now=now)
    return next(out.glob("*.pdf")).read_bytes()


def _edit_answer(content: Path) -> None:
    path = content / EDITED
    text = path.read_text(encoding="utf-8")
    assert "acts as ensemble" in text
    path.write_text(text.replace("acts as ensemble", "acts as an ensemble"), encoding="utf-8")


def test_a_right_guess_is_the_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, content)
    build(content, out, formats=FORMATS, now=1_000)
    _edit_answer(content)
    shutil.copytree(content, tmp_path / "same")  # the same content and lock, for a build without the guess

    calls = _count_typst(monkeypatch)
    build(content, out, formats=FORMATS, now=2_000)
    assert len(calls) == 1, "the guessed deck's sheet was the real one: typeset once"
    incremental = next(out.glob("*.pdf")).read_bytes()
    monkeypatch.undo()
    assert incremental == _clean_build(tmp_path / "same", tmp_path / "clean", 2_000)
    assert (out / "regularization.json").read_bytes() == (tmp_path / "clean" / "regularization.json").read_bytes()


def test_a_wrong_guess_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, content)
    build(content, out, formats=FORMATS, now=1_000)
    notes = json.loads((out / "regularization.json").read_text(encoding="utf-8"))["notes"]
    first, second = notes[0]["items"][0]["id"], notes[5]["items"][0]["id"]
    decisions = content / "decisions.toml"  # a new merge: the lock's groups are no longer the deck's
    decisions.write_text(
        decisions.read_text(encoding="utf-8") + f'\n[[merge]]\nitems = ["{first}", "{second}"]\nwhy = "test"\n',
        encoding="utf-8",
    )
    _edit_answer(content)
    shutil.copytree(content, tmp_path / "same")

    calls = _count_typst(monkeypatch)
    build(content, out, formats=FORMATS, now=2_000)
    assert len(calls) == 2 and calls[0] != calls[1], "the guess was typeset, then the real sheet"
    incremental = next(out.glob("*.pdf")).read_bytes()
    monkeypatch.undo()
    assert incremental == _clean_build(tmp_path / "same", tmp_path / "clean", 2_000)
    assert len(list((out / ".cache").glob("sheet-*.pdf"))) == 1, "the dropped guess is not kept"


def test_the_guess_follows_the_lock() -> None:
    """The lock a compile writes gives back that compile's groups, in the dedupe pass's order; an item
    the lock does not name is alone; a lock with no note gives no guess."""
    compiled = compile_content(CONTENT, now=1_000)
    assert compiled.plan is not None
    lock = compiled.plan.lock
    groups = [{i.item_id for i in note.items} for note in compiled.deck.notes]
    guessed = guessed_groups(compiled.items, lock)
    assert guessed is not None and [{i.item_id for i in g} for g in guessed] == groups
    assert any(len(g) > 1 for g in groups)

    merged = next(e for e in lock.entries if len(e.items) > 1)
    fewer = lock.model_copy(update={"entries": [e for e in lock.entries if e is not merged]})
    alone = guessed_groups(compiled.items, fewer)
    assert alone is not None
    assert [{i.item_id} for i in compiled.items if i.item_id in merged.items] == [
        {i.item_id for i in g} for g in alone if g[0].item_id in merged.items
    ]
    assert guessed_groups(compiled.items, type(lock)()) is None


def test_a_sheet_with_pictures_is_guessed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guessed deck carries the media files the sheet prints pictures from."""
    from test_sheet_pictures import png

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "neuron.png").write_bytes(png(40, 30))
    page = content / "sources" / "bio.md"
    page.write_text(
        "# Biology\n\n## What does a neuron look like?\n\n![neuron diagram](neuron.png)\n\nA cell body and an axon.\n\n"
        "## What carries the signal away?\n\nThe axon.\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Bio"\n', encoding="utf-8")
    out = tmp_path / "build"
    build(content, out, formats=FORMATS, now=1_000)
    page.write_text(page.read_text(encoding="utf-8").replace("The axon.", "The axon, away from the cell."), encoding="utf-8")
    shutil.copytree(content, tmp_path / "same")
    calls = _count_typst(monkeypatch)
    build(content, out, formats=FORMATS, now=2_000)
    assert len(calls) == 1
    incremental = next(out.glob("*.pdf")).read_bytes()
    monkeypatch.undo()
    assert incremental == _clean_build(tmp_path / "same", tmp_path / "clean", 2_000)


def test_a_wrong_guess_spares_the_parts_it_got_right(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet typeset in kept parts: the real sheet reuses the guess's parts whose data are the same."""
    from compiler.emit import sheetparts

    monkeypatch.setattr(pdf, "CACHED_PARTS_ABOVE", 20)
    monkeypatch.setattr(sheetparts, "CACHE_PART_NOTES", 30)
    content, out = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, content)
    build(content, out, formats=FORMATS, now=1_000)
    notes = json.loads((out / "regularization.json").read_text(encoding="utf-8"))["notes"]
    first, second = notes[0]["items"][0]["id"], notes[1]["items"][0]["id"]
    decisions = content / "decisions.toml"
    decisions.write_text(
        decisions.read_text(encoding="utf-8") + f'\n[[merge]]\nitems = ["{first}", "{second}"]\nwhy = "test"\n',
        encoding="utf-8",
    )
    shutil.rmtree(out / ".cache")  # no part kept from the first build: every part is typeset by the guess
    from compiler import vectorstore

    shutil.rmtree(vectorstore.folder() / earlysheet.SHARED_DIR)  # nor in the user's folder  # type: ignore[operator]
    shutil.copytree(content, tmp_path / "same")
    calls = _count_typst(monkeypatch)
    build(content, out, formats=FORMATS, now=2_000)
    parts = [json.loads(c) for c in calls if '"part"' in c]
    first_part = [n for n, p in enumerate(parts) if p["part"]["title"]]
    assert len(first_part) == 2, "the guess's parts, then the real sheet's"
    guess, real = parts[: first_part[1]], parts[first_part[1] :]
    assert len(guess) >= 3 and 0 < len(real) < len(guess), (len(guess), len(real))
    incremental = next(out.glob("*.pdf")).read_bytes()
    monkeypatch.undo()
    monkeypatch.setattr(pdf, "CACHED_PARTS_ABOVE", 20)
    monkeypatch.setattr(sheetparts, "CACHE_PART_NOTES", 30)
    assert incremental == _clean_build(tmp_path / "same", tmp_path / "clean", 2_000)


def test_a_sheet_typeset_before_is_found_in_the_users_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty build/ (or a second build folder) of the same content typesets nothing: its sheet is in the user's
    folder (issue 13); a damaged copy there is typeset again; the folder keeps at most SHARED_MAX bytes."""
    from compiler import vectorstore

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    build(content, tmp_path / "first", formats=FORMATS, now=1_000)
    sheet = next((tmp_path / "first").glob("*.pdf")).read_bytes()
    kept = sorted((vectorstore.folder() / earlysheet.SHARED_DIR).glob("sheet-*.pdf"))  # type: ignore[operator]
    assert len(kept) == 1
    calls = _count_typst(monkeypatch)
    build(content, tmp_path / "second", formats=FORMATS, now=1_000)
    assert calls == [], "typeset before: not again"
    assert next((tmp_path / "second").glob("*.pdf")).read_bytes() == sheet
    kept[0].write_bytes(kept[0].read_bytes()[:-100])  # damaged: removed, typeset again, kept again
    build(content, tmp_path / "third", formats=FORMATS, now=1_000)
    assert len(calls) == 1 and next((tmp_path / "third").glob("*.pdf")).read_bytes() == sheet
    assert kept[0].is_file()
    monkeypatch.undo()
    monkeypatch.setattr(earlysheet, "SHARED_MAX", len(sheet) - 1)  # no room: the least recently used goes
    _edit_answer(content)
    build(content, tmp_path / "fourth", formats=FORMATS, now=2_000)
    assert not kept[0].exists()
    assert assert_clean(content, tmp_path, "fourth")


def assert_clean(content: Path, tmp_path: Path, name: str) -> bool:
    shutil.copytree(content, tmp_path / f"{name}-copy")
    return next((tmp_path / name).glob("*.pdf")).read_bytes() == _clean_build(tmp_path / f"{name}-copy", tmp_path / f"{name}-clean", 2_000)
