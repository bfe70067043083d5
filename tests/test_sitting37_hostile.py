"""Thirty-seventh sitting, lead: hostile containers. A zip bomb among the sources is refused from the archive's
directory, before anything is unpacked, with its file and what to do; the rest of the deck builds."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.sources.base import zip_bomb

BOMB_BYTES = 30_000_000  # spaces: they pack about a thousand times


def _bomb(member: str, first: str = "[Content_Types].xml") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(first, "<Types/>")
        z.writestr(member, "<x>" + " " * BOMB_BYTES + "</x>")
    return out.getvalue()


def _deck(tmp_path: Path, name: str, data: bytes) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / name).write_bytes(data)
    (content / "sources" / "ok.md").write_text("## What is osmosis?\n\nWater crossing a membrane.\n", encoding="utf-8")
    return content


@pytest.mark.parametrize(
    ("name", "member", "first"),
    [("bomb.docx", "word/document.xml", "[Content_Types].xml"), ("bomb.xlsx", "xl/worksheets/sheet1.xml", "xl/workbook.xml")],
)
def test_a_zip_bomb_is_refused_unread_and_the_rest_builds(tmp_path: Path, name: str, member: str, first: str) -> None:
    """A 30 KB Word file or workbook whose part unpacks to 30 MB of spaces held the build for minutes (a 300 MB one:
    over ten, memory growing). Now: a warning naming the file and the part, nothing unpacked, the rest built."""
    content = _deck(tmp_path, name, _bomb(member, first))
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [n.primary.question for n in result.compiled.deck.notes] == ["What is osmosis?"]
    [said] = [d for d in result.compiled.diagnostics.warnings if d.file == f"sources/{name}"]
    assert f"its part {member} would unpack to 30,000,007 bytes" in said.message and "zip bomb" in said.message


def test_an_anki_package_bomb_is_an_error_like_any_damaged_package(tmp_path: Path) -> None:
    """An .apkg that cannot be read stops the build when deck.toml lists it (as a damaged package does), nothing written,
    the part named; unlisted, it is a warning and the rest builds, as a Word or Excel bomb (trial41 T41-2)."""
    content = _deck(tmp_path, "bomb.apkg", _bomb("collection.anki2", "media"))
    result = build(content, tmp_path / "unlisted", formats=("json",), now=1_000)
    assert result.compiled is not None and [n.primary.question for n in result.compiled.deck.notes] == ["What is osmosis?"]
    [said] = [d for d in result.compiled.diagnostics.warnings if d.file == "sources/bomb.apkg"]
    assert "its part collection.anki2 would unpack to 30,000,007 bytes" in said.message
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '[[source]]\nid = "bomb"\nfile = "sources/bomb.apkg"\n', encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in raised.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/bomb.apkg" and "its part collection.anki2 would unpack to 30,000,007 bytes" in error.message
    assert not (tmp_path / "build" / "mine.json").exists()


def test_an_ordinary_container_is_no_bomb() -> None:
    """Text packs 5 to 20 times, pictures hardly: a big part that packs little, or a small part that packs a
    thousand times, is read as before."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", " " * 1_000_000)  # packs ~1,000 times, but 1 MB is no threat
        z.writestr("word/media/image1.png", os.urandom(25_000_000))  # 25 MB that packs not at all
    assert zip_bomb(out.getvalue()) is None
    assert zip_bomb(b"not a zip") is None
