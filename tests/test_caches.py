"""Caches are verified: a damaged cache file is discarded with a notice, and no cache changes a build's output."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result

from compiler import cachefile
from compiler.cli import main

Built = tuple[Path, Path, dict[str, bytes]]  # content folder, build folder, outputs of a clean build

DECK = """[deck]
name = "T"

[[source]]
id = "one"
file = "sources/one.txt"
layout = "grill"

[[source]]
id = "two"
file = "sources/two.txt"
layout = "grill"
"""
ONE = "A. Basics\n1. What is batch normalization? Normalizes each feature over the batch.\n2. What is dropout? Zeroes random units and scales by \\( \\frac{1}{1-p} \\).\n"
TWO = "A. Basics\n1. What is layer normalization? Normalizes over the features of one example.\n2. What is early stopping? Stop when validation loss rises.\n"
OUTPUTS = ("t.apkg", "t.csv", "t.json", "t.pdf")


def make_content(tmp: Path) -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "one.txt").write_text(ONE, encoding="utf-8")
    (content / "sources" / "two.txt").write_text(TWO, encoding="utf-8")
    return content


def build(content: Path, out: Path) -> Result:
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result


def outputs(content: Path, out: Path) -> dict[str, bytes]:
    found = {name: (out / name).read_bytes() for name in OUTPUTS}
    found["deckc.lock"] = (content / "deckc.lock").read_bytes()
    return found


@pytest.fixture
def reference(tmp_path: Path) -> Built:
    """Content built once (so its caches exist), and the outputs a clean build of it gives."""
    content = make_content(tmp_path)
    build(content, tmp_path / "clean")
    clean = outputs(content, tmp_path / "clean")
    out = tmp_path / "build"
    shutil.copytree(tmp_path / "clean", out)
    return content, out, clean


def cache_files(out: Path) -> list[Path]:
    return sorted(p for p in (out / ".cache").rglob("*") if p.is_file() and p.name != "last-build.json")


DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "flipped byte": lambda data: data[: len(data) * 2 // 3] + bytes([data[len(data) * 2 // 3] ^ 0x40]) + data[len(data) * 2 // 3 + 1 :],
    "garbage": lambda data: b"\x00not a cache\xff" * 10,
}


def test_the_build_leaves_the_caches_this_test_damages(reference: Built) -> None:
    _, out, _ = reference
    names = {p.name.split("-")[0] for p in cache_files(out)} | {p.parent.name for p in cache_files(out)}
    assert {"embeddings", "neighbours", "items", "typst"} <= names, cache_files(out)


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_caches_are_discarded_and_outputs_are_the_same(reference: Built, damage: str) -> None:
    content, out, clean = reference
    for path in cache_files(out):
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
    (out / ".cache" / "last-build.json").unlink(missing_ok=True)  # make it a real rebuild
    result = build(content, out)
    assert "Traceback" not in result.output
    assert "cache damaged" in result.output, result.output
    assert outputs(content, out) == clean
    again = build(content, out)  # the discarded caches were rebuilt: no notice the second time
    assert "cache damaged" not in again.output


def test_cache_notices_are_not_content_warnings(reference: Built) -> None:
    content, out, _ = reference
    for path in cache_files(out):
        path.write_bytes(b"")
    (out / ".cache" / "last-build.json").unlink(missing_ok=True)
    result = build(content, out)
    assert "0 warnings" in result.output
    assert b"cache" not in (out / "t.json").read_bytes()


def test_a_raised_score_in_the_neighbour_cache_merges_nothing(reference: Built) -> None:
    """A cache whose checksum is right but whose scores are not the vectors' (edited) must not decide a merge."""
    content, out, clean = reference
    path = next(p for p in cache_files(out) if p.name.startswith("neighbours-"))
    data = cachefile.load_npz(path, "neighbours", 1)
    assert data is not None
    keys, sims = data["keys"], data["sims"].copy()
    assert len(sims) and sims.max() < 0.95, "the test needs a candidate pair that is not merged"
    sims[:] = 0.9999  # every cached pair now looks like the same question
    cachefile.save_npz(path, "neighbours", 1, {**data, "keys": keys, "sims": sims})
    (out / ".cache" / "last-build.json").unlink(missing_ok=True)
    (out / ".cache" / "scores.json").unlink(missing_ok=True)  # else the same items' scores are read back, neighbours unread
    result = build(content, out)
    assert "similarities that the vectors do not give" in result.output
    assert outputs(content, out) == clean


def test_lint_and_dupes_reuse_the_build_cache_and_create_no_build_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = make_content(tmp_path)
    monkeypatch.chdir(tmp_path / "content" / "sources")  # run from somewhere else: nothing may appear here
    result = CliRunner().invoke(main, ["lint", str(content)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "build").exists() and not (content / "sources" / "build").exists()
    build(content, tmp_path / "build")  # the default build folder: build/ beside content/
    vectors = next((tmp_path / "build" / ".cache").glob("embeddings-*.npz"))
    stamp = vectors.stat().st_mtime_ns
    for command in (["lint"], ["stats"], ["diff"], ["dupes"]):
        result = CliRunner().invoke(main, [*command, str(content)])
        assert result.exit_code == 0, (command, result.output)
    assert vectors.stat().st_mtime_ns == stamp, "nothing new to embed: the cache was read, not rebuilt"
    assert sorted(p.name for p in (content / "sources").iterdir()) == ["one.txt", "two.txt"]


def test_load_npz_rejects_wrong_shapes_with_a_good_checksum(tmp_path: Path) -> None:
    from compiler.similarity import DIM, EMBEDDINGS_FORMAT, _check_vectors

    path = tmp_path / "embeddings.npz"
    cachefile.save_npz(path, "embeddings", EMBEDDINGS_FORMAT, {"keys": np.array(["a"], dtype="U32"), "vectors": np.zeros((1, DIM - 1), np.float32)})
    with cachefile.collect() as notices:
        assert cachefile.load_npz(path, "embeddings", EMBEDDINGS_FORMAT, _check_vectors) is None
    assert notices == [f"{path}: cache damaged (vectors of the wrong type or shape); ignored and rebuilt, outputs are unaffected"]
    assert not path.exists()


def test_formulas_are_converted_once_per_user_and_change_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty build/ (or another deck) finds the formulas any build of this user converted (issue 13):
    compiler/emit/typstmath.py MathCache ``shared``, in the user's folder where the vectors are kept."""
    from compiler import vectorstore
    from compiler.emit import typstmath

    monkeypatch.setenv(vectorstore.ENV, str(tmp_path / "user"))
    converted: list[str] = []
    real = typstmath.convert

    def counting(tex: str):  # type: ignore[no-untyped-def]
        converted.append(tex)
        return real(tex)

    monkeypatch.setattr(typstmath, "convert", counting)
    content = make_content(tmp_path)
    build(content, tmp_path / "first")
    assert converted and (tmp_path / "user" / typstmath.SHARED_NAME).is_file()
    first = outputs(content, tmp_path / "first")
    converted.clear()
    build(content, tmp_path / "second")  # an empty build folder
    assert converted == [], "the user's file had every formula"
    assert outputs(content, tmp_path / "second") == first
    (tmp_path / "user" / typstmath.SHARED_NAME).write_bytes(b"garbage")  # damaged: discarded, converted again
    build(content, tmp_path / "third")
    assert converted and outputs(content, tmp_path / "third") == first
    converted.clear()
    monkeypatch.setenv(vectorstore.ENV, "off")  # nothing kept per user
    build(content, tmp_path / "fourth")
    assert converted and outputs(content, tmp_path / "fourth") == first
