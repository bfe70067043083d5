"""Twenty-third sitting, markup: how the Markdown reading turns a page's structure into items (trial22 T22-30 …,
trial23 findings). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- T22-30: options listed, then listed again ticked under the answer (Zenn quiz pages) -----------------------------

ZENN_PAGE = """---
title: "ブランチ"
---

## Q1: 新しいリポジトリを初期化するコマンドはどれか？

### 選択肢

- `git add .`
- `git init`
- `git commit`

### 回答欄

:::details 回答を見る
[公式ドキュメント](https://git-scm.com/docs/git-init)

- [ ] `git add .`
- [x] `git init`
- [ ] `git commit`

:::
"""

REVEALED_KEYS = """# Git quiz

## Q1: Which of these are version control systems?

### Choices

1. Git
2. Photoshop
3. Mercurial

### Answer

- [x] Git
- [ ] Photoshop
- [x] Mercurial

## Q2: Which command shows the current branch?

??? note "Show answer"
    `git branch --show-current`

## Q3: Steps to publish

- commit
- push

Checklist:

- [x] commit
- [x] push
"""


def test_ticked_copy_of_the_options_keys_them(tmp_path: Path) -> None:
    """The choices first, the same list ticked inside the answer toggle: a multiple-choice note with the options on
    the front, the ticked one correct, the toggle's other text the explanation; no label or toggle title printed."""
    notes, skipped, _ = _built(tmp_path, {"question001.md": ZENN_PAGE})
    assert len(notes) == 1 and not skipped
    fields = notes[0]["fields"]
    assert notes[0]["notetype"] == "deckc Multiple choice"
    assert _plain(fields["Correct"]) == "B) git init"
    assert "git add ." in _plain(fields["Options"]) and "git commit" in _plain(fields["Options"])
    assert _plain(fields["Explanation"]) == "公式ドキュメント"
    assert not any(w in _plain(fields[k]) for k in ("Question", "Explanation", "Options") for w in ("選択肢", "回答欄", "回答を見る", "☑"))


def test_ticked_copy_in_any_order_and_a_checklist_of_all_is_no_key(tmp_path: Path) -> None:
    """The copy may tick several (choose 2) under an '### Answer' label; a plain list re-listed with every entry ticked
    is a to-do checklist, left as written."""
    notes, _, _ = _built(tmp_path, {"quiz.md": REVEALED_KEYS})
    by_front = {_plain(n["fields"]["Question"]): n for n in notes}
    vcs = by_front["Which of these are version control systems?"]
    assert vcs["notetype"] == "deckc Multiple choice"
    assert _plain(vcs["fields"]["Correct"]) == "A) Git C) Mercurial"
    assert _plain(by_front["Which command shows the current branch?"]["fields"]["Answer"]) == "git branch --show-current"
    steps = next(n for n in notes if "Steps to publish" in _plain(n["fields"]["Question"]))
    assert steps["notetype"] == "deckc Basic" and "☑" in steps["fields"]["Answer"]
