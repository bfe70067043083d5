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
