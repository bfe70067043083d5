"""The whole-build up-to-date check: any change to an input or an output means a full build."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler import uptodate


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    content, build = tmp_path / "content", tmp_path / "build"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    (content / "sources" / "a.md").write_text("**Q?**\n\nA.\n", encoding="utf-8")
    build.mkdir()
    (build / "t.json").write_text("{}", encoding="utf-8")
    return content, build


OPTIONS = {"formats": ["json"]}


def saved(content: Path, build: Path, **kwargs: object) -> None:
    """Record a build that read deck.toml and every listed source (as the compile would have noted)."""
    found, _ = uptodate.check(content, build, OPTIONS)
    read = kwargs.pop("read", ["deck.toml", *found.listing])
    done = uptodate.record(found, OPTIONS, [build / "t.json"], read=read, content_dir=content, **kwargs)  # type: ignore[arg-type]
    uptodate.save(build, done)


def test_unchanged_inputs_and_outputs_are_up_to_date(project: tuple[Path, Path]) -> None:
    content, build = project
    assert uptodate.check(content, build, OPTIONS)[1] is None, "no record yet"
    saved(content, build, summary={"notes": 1})
    record = uptodate.check(content, build, OPTIONS)[1]
    assert record is not None and record.summary == {"notes": 1}


@pytest.mark.parametrize(
    "change",
    ["edit source", "add file", "remove file", "edit output", "remove output", "other options", "other embedder", "other deckc code", "damaged record"],
)
def test_any_change_means_a_full_build(project: tuple[Path, Path], change: str, monkeypatch: pytest.MonkeyPatch) -> None:
    content, build = project
    saved(content, build)
    options = OPTIONS
    if change == "edit source":
        (content / "sources" / "a.md").write_text("**Q?**\n\nB.\n", encoding="utf-8")
    elif change == "add file":
        (content / "sources" / "b.md").write_text("x", encoding="utf-8")
    elif change == "remove file":
        (content / "sources" / "a.md").unlink()
    elif change == "edit output":
        (build / "t.json").write_text("{ }", encoding="utf-8")
    elif change == "remove output":
        (build / "t.json").unlink()
    elif change == "other options":
        options = {"formats": ["csv"]}
    elif change == "other embedder":
        monkeypatch.setenv(uptodate.EMBEDDER_ENV, "something-else")
    elif change == "other deckc code":
        # an edited compiler file or an upgrade: code_fingerprint hashes every file of the package
        monkeypatch.setattr(uptodate, "_code", "another deckc")
    elif change == "damaged record":
        uptodate.record_path(build).write_text("{not json", encoding="utf-8")
    assert uptodate.check(content, build, options)[1] is None


def test_the_lock_the_build_wrote_is_an_input_as_written(project: tuple[Path, Path]) -> None:
    """Hashes are taken when the build starts; the lock it writes counts with the bytes it wrote."""
    content, build = project
    lock = b'{"deckc_lock": 1}\n'
    saved(content, build, written={"deckc.lock": lock})
    assert uptodate.check(content, build, OPTIONS)[1] is None, "the lock is not there yet"
    (content / "deckc.lock").write_bytes(lock)
    assert uptodate.check(content, build, OPTIONS)[1] is not None


def test_files_read_from_outside_the_content_folder_count(project: tuple[Path, Path], tmp_path: Path) -> None:
    content, build = project
    outside = tmp_path / "shared.md"
    outside.write_text("**Q?**\n\nA.\n", encoding="utf-8")
    saved(content, build, external=[outside])
    assert uptodate.check(content, build, OPTIONS)[1] is not None
    outside.write_text("**Q?**\n\nB.\n", encoding="utf-8")
    assert uptodate.check(content, build, OPTIONS)[1] is None


def test_the_build_folder_inside_the_content_folder_is_not_an_input(tmp_path: Path) -> None:
    content = tmp_path / "content"
    build = content / "out"
    build.mkdir(parents=True)
    (content / "deck.toml").write_text("", encoding="utf-8")
    (build / "t.json").write_text("{}", encoding="utf-8")
    saved(content, build)
    assert uptodate.check(content, build, OPTIONS)[1] is not None


def test_library_versions_are_the_ones_importlib_metadata_finds() -> None:
    from importlib import metadata

    from compiler.uptodate import LIBRARIES, library_versions

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    names = (*LIBRARIES, "no-such-library-deckc")
    assert library_versions(names) == {name: version(name) for name in names}


def test_changed_names_the_files_edited_added_or_removed_since_the_last_build(project: tuple[Path, Path]) -> None:
    content, build = project
    assert uptodate.changed(uptodate.inputs(content, build), build) is None, "no record: unknown"
    saved(content, build, written={"deckc.lock": b"lock"})
    (content / "deckc.lock").write_bytes(b"lock")
    assert uptodate.changed(uptodate.inputs(content, build), build) == set()
    (content / "sources" / "a.md").write_text("**Q?**\n\nAnother answer.\n", encoding="utf-8")
    (content / "sources" / "b.md").write_text("**R?**\n\nB.\n", encoding="utf-8")
    (content / "deckc.lock").unlink()
    assert uptodate.changed(uptodate.inputs(content, build), build) == {"sources/a.md", "sources/b.md", "deckc.lock"}


def test_the_files_that_change_no_text_are_named_as_their_modules_name_them() -> None:
    from compiler.build import TEXT_FREE
    from compiler.decisions import DECISIONS_NAME
    from compiler.lock import LOCK_NAME
    from compiler.passes.topics import TOPICS_NAME

    assert {LOCK_NAME, DECISIONS_NAME, TOPICS_NAME} == TEXT_FREE


@pytest.mark.parametrize(
    ("edit", "preloads"),
    [
        ("sources/a.md", True),
        ("overrides.toml", True),
        ("dedupe.toml", True),
        ("deck.toml", True),
        ("deckc.lock", False),
        ("decisions.toml", False),
        ("topics.toml", False),
    ],
)
def test_the_model_is_preloaded_only_when_a_text_may_need_embedding(
    project: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, edit: str, preloads: bool
) -> None:
    from compiler import build as build_module
    from compiler import embedworker

    content, build = project
    (content / "deckc.lock").write_bytes(b"lock")
    saved(
        content,
        build,
        read=["deck.toml", "sources/a.md", "overrides.toml", "dedupe.toml", "decisions.toml", "topics.toml"],
    )
    (content / edit).write_text("changed\n", encoding="utf-8")
    started: list[str] = []
    monkeypatch.delenv(uptodate.EMBEDDER_ENV, raising=False)
    monkeypatch.setattr(embedworker, "start", lambda: started.append("worker"))
    build_module._preload_model(uptodate.inputs(content, build), build)
    assert started == (["worker"] if preloads else [])


def test_a_parsed_source_is_read_again_by_other_deckc_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade or an edited reader must not reuse what the old code parsed (noticed in sitting 23)."""
    from compiler.config import SourceConfig
    from compiler.itemcache import ItemCache

    source = SourceConfig(id="a", file="sources/a.md")
    before = ItemCache(None).key("markdown", source, "sources/a.md", "**Q?**\n\nA.\n")
    monkeypatch.setattr(uptodate, "_code", "another deckc")
    assert ItemCache(None).key("markdown", source, "sources/a.md", "**Q?**\n\nA.\n") != before
