"""Highlighted code is kept between builds, and a cache entry can never change a card."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from compiler import cachefile, highlight

CODE = 'def f(x):\n    return x < 2 and "a&b"\n'


@pytest.fixture(autouse=True)
def _no_file_cache() -> Iterator[None]:
    yield
    highlight.use_cache(None)  # later tests highlight without a file cache


def _fresh() -> str:
    highlight.use_cache(None)
    return highlight.highlight_code(CODE, "python")


def _rewrite(path: Path, change: Callable[[str], str]) -> None:
    """Edit the cache's entries and give it a matching checksum, as a hand edit could."""
    data = cachefile.read_checked(path)
    data["entries"] = {k: change(v) for k, v in data["entries"].items()}
    cachefile.write_checked(path, json.dumps(data).encode())


def test_a_cached_highlight_is_used_without_building_a_lexer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _fresh()
    save = highlight.use_cache(tmp_path)
    assert highlight.highlight_code(CODE, "python") == expected
    save()
    assert (tmp_path / highlight.CACHE_NAME).is_file()
    highlight.use_cache(tmp_path)
    monkeypatch.setattr(highlight, "_lexer", lambda lang: pytest.fail("the lexer was built"))
    assert highlight.highlight_code(CODE, "python") == expected


@pytest.mark.parametrize(
    "change",
    [
        lambda html: html.replace("return", "yield"),  # other text
        lambda html: html + '<img src="x" onerror="alert(1)">',  # other markup
        lambda html: html.replace('<span style="', '<span onclick="x" style="', 1),  # another attribute
    ],
)
def test_an_edited_entry_is_not_used(tmp_path: Path, change: Callable[[str], str]) -> None:
    expected = _fresh()
    save = highlight.use_cache(tmp_path)
    highlight.highlight_code(CODE, "python")
    save()
    _rewrite(tmp_path / highlight.CACHE_NAME, change)
    highlight.use_cache(tmp_path)
    assert highlight.highlight_code(CODE, "python") == expected


def test_a_damaged_file_is_discarded_with_a_notice(tmp_path: Path) -> None:
    expected = _fresh()
    save = highlight.use_cache(tmp_path)
    highlight.highlight_code(CODE, "python")
    save()
    path = tmp_path / highlight.CACHE_NAME
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    with cachefile.collect() as notices:
        highlight.use_cache(tmp_path)
    assert not path.exists() and any("cache damaged" in n for n in notices)
    assert highlight.highlight_code(CODE, "python") == expected



def test_a_file_in_the_earlier_unchecked_format_is_replaced_without_a_notice(tmp_path: Path) -> None:
    expected = _fresh()
    path = tmp_path / highlight.CACHE_NAME
    path.write_text('{"format": 1, "entries": {}, "sha256": "x"}', encoding="utf-8")
    with cachefile.collect() as notices:
        save = highlight.use_cache(tmp_path)
        assert highlight.highlight_code(CODE, "python") == expected
        save()
    assert notices == []
    assert len(cachefile.read_checked(path)["entries"]) == 1  # rewritten in the checked format
