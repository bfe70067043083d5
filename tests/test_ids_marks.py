"""Ids keep the marks of non-Latin letters (sixth sitting): 'が' was 'か' (NFKD and every combining mark
stripped), so two Japanese questions one dakuten apart shared an id base; notes published before keep
their GUIDs through the lock's matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler import model
from compiler.build import build

PAGE = (
    "## がくせいとは？\n\n学校で学ぶ人。\n\n## かくせいとは？\n\n目が覚めること。\n\n"
    "## データベースとは何ですか？\n\nデータの集まり。\n\n## Что такое йогурт?\n\nКисломолочный продукт.\n\n"
    "## किताब क्या है?\n\nपढ़ने की चीज़।\n\n## What is a café?\n\nA coffee house.\n"
)


def _deck(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "ja.md").write_text(PAGE, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    return content


def _notes(build_dir: Path) -> dict[str, str]:
    notes = json.loads((build_dir / "mine.json").read_text(encoding="utf-8"))["notes"]
    return {n["fields"]["Answer"]: (n["guid"], n["id"]) for n in notes}


def test_questions_one_dakuten_apart_get_ids_of_their_own(tmp_path: Path) -> None:
    result = build(_deck(tmp_path), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.item_id for i in result.compiled.items] == [
        "ja/がくせいとは",
        "ja/かくせいとは",
        "ja/データベースとは何ですか",
        "ja/что-такое-йогурт",
        "ja/किताब-क्या-है",
        "ja/what-is-a-cafe",  # Latin accents still go
    ]
    assert not [w for w in result.compiled.diagnostics.warnings if "same question" in w.message]


def test_notes_published_by_the_old_rule_keep_their_guids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = _deck(tmp_path)
    model.normalize_text.cache_clear()  # (it remembers its answers: those of the rule before are forgotten after)
    with monkeypatch.context() as m:  # the rule before: NFKD, every combining mark stripped
        m.setattr(model, "_normalize_unicode", model._legacy)
        old = build(content, tmp_path / "old", formats=("json",), now=1_000)
    model.normalize_text.cache_clear()
    assert old.compiled is not None
    before = _notes(tmp_path / "old")
    assert before["<p>目が覚めること。</p>"][1] == "ja/かくせいとは-2"  # the collision this fixes
    new = build(content, tmp_path / "new", formats=("json",), now=2_000)
    after = _notes(tmp_path / "new")
    assert {a: g for a, (g, _) in after.items()} == {a: g for a, (g, _) in before.items()}  # every GUID kept
    assert new.summary.totals["new"] == 0 and new.summary.totals["retired"] == 0
    assert after["<p>目が覚めること。</p>"][1] == "ja/かくせいとは"
    assert after["<p>A coffee house.</p>"] == before["<p>A coffee house.</p>"]  # Latin text: nothing changes
